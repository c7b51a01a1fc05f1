// Usage messages that say what to do, not only what is wrong (brk123 #7): an option before the command, a misspelt
// command or --rule setting gets a suggestion (from core/suggest.ts closestName); `new -o FOLDER` asks for a file
// name. (The cross-year notes counting files, as the summary line does: cli-i18n, cli.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, folderWith } from '../helpers.mjs';

const EN = { NIANBAO_LOCALE: 'en' };

const dirWith = folderWith;

test('an option before the command, a misspelt command and a misspelt --rule setting get a suggestion', async () => {
  const opt = await runCli(['--locale', 'en', 'chek']);
  assert.equal(opt.code, 2);
  assert.match(opt.stderr, /unknown command "--locale": options go after the command, as in nianbao check --locale/);
  assert.match((await runCli(['chek', 'examples'])).stderr, /未知的命令 "chek"；是不是 check？/);
  assert.match((await runCli(['chek', 'examples'], { env: EN })).stderr, /unknown command "chek"; did you mean check\?/);
  assert.match((await runCli(['frobnicate'], { env: EN })).stderr, /^nianbao: unknown command "frobnicate"; try nianbao --help\n$/);
  assert.match((await runCli(['check', '--rule', 'row-label=of', 'examples'])).stderr, /不是 "row-label=of"；是不是 row-label=off？/);
  assert.match((await runCli(['check', '--rule', 'row-label=eror', 'examples'], { env: EN })).stderr, /not "row-label=eror"; did you mean row-label=error\?/);
  // A setting cut short, and misspelt options (brk124 #6): the one they stand for; a word that is no option, nothing.
  assert.match((await runCli(['check', '--rule', 'row-label=warn', 'examples'])).stderr, /不是 "row-label=warn"；是不是 row-label=warning？/);
  assert.match((await runCli(['check', '--fromat', 'json', 'examples'])).stderr, /^nianbao：未知的选项 --fromat（是不是 --format？）；nianbao check --help 列出全部选项\n$/);
  assert.match((await runCli(['check', '--quite', 'examples'], { env: EN })).stderr, /unknown option --quite \(did you mean --quiet\?\)/);
  assert.match((await runCli(['inspect', '--fix-dryrun', 'examples/correct-2024.nianbao.md'], { env: EN })).stderr, /^nianbao: unknown option --fix-dryrun; the options are listed by nianbao inspect --help\n$/);
  assert.match((await runCli(['check', '--xyzzy', 'examples'], { env: EN })).stderr, /^nianbao: unknown option --xyzzy; the options/);
});

test('new -o an existing folder says it is a folder and asks for a file name', async () => {
  const cwd = dirWith({ 'drafts/.keep': '' });
  const zh = await runCli(['new', '--year', '2024', '--agency', '某局', '-o', 'drafts'], { cwd });
  assert.equal(zh.code, 2);
  assert.match(zh.stderr, /drafts 是文件夹：-o 要写新文件的文件名，如 -o drafts\/2024\.md/);
  const en = await runCli(['new', '--year', '2024', '--agency', '某局', '-o', 'drafts/'], { cwd, env: EN });
  assert.match(en.stderr, /drafts\/ is a folder: -o takes the name of a new file, such as -o drafts\/2024\.md/);
});
