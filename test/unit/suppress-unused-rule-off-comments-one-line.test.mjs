// brk142 #3: with --report-unused-disable and a rule turned off for the run (--rule template-note=off, a config, an
// override for one folder), a suppression of that rule was called unused ("该处没有报告 template-note", false: the
// rule did not run) and --fix deleted it, reason and all. A directive for a rule that is off is not judged.
// brk142 #4: many HTML comments on one line (Word's list-item comments in a minified saved page, `<!--` never closed,
// suppression comments) are read as before: closed comments hide their text, directives on one line suppress, an
// unclosed one suppresses nothing. (Their linear time is measured by `npm run bench`, core: "many comments on one line".)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, runCli, ROOT, folderWith } from '../helpers.mjs';

const ERRORS = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const NOTE = '（文字描述，收取信息处理费情况在此处报告。）';
const DIRECTIVE = '<!-- nianbao-disable-next-line template-note -- 按上级要求保留这句说明 -->';
const withDirective = ERRORS.replace(NOTE, `${DIRECTIVE}\n${NOTE}`);

test('a suppression of a rule that is off is not called unused, and --fix keeps it', async () => {
  assert.ok(withDirective.includes(DIRECTIVE));
  const unusedOf = (rules) => core.checkReport(core.parseReport(withDirective), { reportUnusedDisable: true, rules }).filter((f) => f.ruleId === core.UNUSED_DISABLE);
  assert.deepEqual(unusedOf({}), [], 'the rule on: the directive suppresses its note');
  assert.deepEqual(unusedOf({ 'template-note': 'off' }), [], 'the rule off: nothing says the directive is unused');
  // A directive of a rule that is on and reports nothing there is still unused.
  const idle = withDirective.replace(DIRECTIVE, '<!-- nianbao-disable-next-line duplicate-word -->');
  const found = core.checkReport(core.parseReport(idle), { reportUnusedDisable: true, rules: { 'template-note': 'off' } }).filter((f) => f.ruleId === core.UNUSED_DISABLE);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /该处没有报告 duplicate-word/);
  const dir = folderWith({ 'r.md': withDirective, '.nianbao.jsonc': '{ "rules": { "template-note": "off" } }\n' });
  const fixed = await runCli(['check', '--fix', '--report-unused-disable', 'r.md'], { cwd: dir });
  assert.doesNotMatch(fixed.stderr + fixed.stdout, /unused-disable-directive/);
  assert.ok(readFileSync(join(dir, 'r.md'), 'utf8').includes(DIRECTIVE), 'the comment and its reason are kept');
  const cli = await runCli(['check', '--report-unused-disable', '--rule', 'template-note=off', 'r.md'], { cwd: dir });
  assert.doesNotMatch(cli.stdout, /unused-disable-directive/);
});

test('many comments on one line: closed comments hide their text, directives on one line suppress, an unclosed one nothing', () => {
  const word = '<!--[if !supportLists]--><span>1.</span><!--[endif]-->';
  const line = `<p>${word.repeat(3000)}${'<!--'.repeat(3000)}</p>`;
  const text = ERRORS.replace(NOTE, `${line}\n\n${'<!-- nianbao-disable-next-line template-note -->'.repeat(3000)}\n${NOTE}`);
  const ids = (t) => core.checkReport(core.parseReport(t), { reportUnusedDisable: true }).map((f) => f.ruleId);
  const got = ids(text);
  assert.ok(!got.includes('template-note'), 'the directives on one line suppress the note below them');
  assert.equal(got.filter((id) => id === core.UNUSED_DISABLE).length, 2999, 'each directive after the first is unused');
  // `<!-- nianbao-disable-next-line template-note` repeated and never closed: no directive, the note reported.
  const unclosed = ERRORS.replace(NOTE, `${'<!-- nianbao-disable-next-line template-note '.repeat(3000)}\n${NOTE}`);
  assert.ok(ids(unclosed).includes('template-note'));
  // The year read from a title line of thousands of comments and tags, as from the plain title.
  const title = ERRORS.split('\n')[0];
  const noisy = ERRORS.replace(title, `${'<!--[if !supportLists]-->'.repeat(2000)}${title}${'<!--'.repeat(2000)}<br`);
  assert.equal(core.parseReport(noisy).year, core.parseReport(ERRORS).year);
});
