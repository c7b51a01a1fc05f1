// The pull-request outputs as breaker43 used them (GitHub annotations, the step summary, the Markdown comment, rdjson
// for reviewdog, the action's script), on examples/errors-2024.nianbao.md: links that land on the line of a Markdown
// report, GitHub's 10-annotations limit counting the run's own annotations, a step summary within GitHub's 1 MiB, the
// "could not complete" block listing only what made the run incomplete, sum-balance's expected and actual labelled, no
// reviewdog suggestions into a GB18030 file, and the wording of counts and names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { runCli, ROOT } from '../helpers.mjs';
import { runner, runAction } from '../action-runner.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const GITHUB = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'example/reports', GITHUB_SHA: 'abc123' };
const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-pr-'));

/** A folder holding the example report as `name` (and any more files given as name → text). */
function folder(files = { 'errors-2024.md': EXAMPLE }) {
  const dir = tmp();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test('markdown: links to a line of a .md or .markdown report add ?plain=1 (GitHub and GitLab); a .txt report is linked as before', async () => {
  const dir = folder({ 'a.md': EXAMPLE, 'b.markdown': EXAMPLE, 'c.txt': EXAMPLE });
  const gh = (await runCli(['check', '--format', 'markdown', 'a.md', 'b.markdown', 'c.txt'], { cwd: dir, env: GITHUB })).stdout;
  assert.match(gh, /\[a\.md:61\]\(https:\/\/github\.com\/example\/reports\/blob\/abc123\/a\.md\?plain=1#L61\) `number-invalid`/);
  assert.match(gh, /\(https:\/\/github\.com\/example\/reports\/blob\/abc123\/b\.markdown\?plain=1#L61\)/);
  assert.match(gh, /\(https:\/\/github\.com\/example\/reports\/blob\/abc123\/c\.txt#L61\)/);
  assert.doesNotMatch(gh, /c\.txt\?plain/);
  const gl = (await runCli(['check', '--format', 'markdown', 'a.md'], { cwd: dir, env: { CI_PROJECT_URL: 'https://gitlab.example/org/reports', CI_COMMIT_SHA: 'abc123' } })).stdout;
  assert.match(gl, /\(https:\/\/gitlab\.example\/org\/reports\/-\/blob\/abc123\/a\.md\?plain=1#L61\)/);
});

test('github: the annotations for paths that could not be checked come first and count toward the 10 errors GitHub shows', async () => {
  // 6 error findings, and 5 error annotations of the run's own: a binary file, three missing files, an empty glob.
  const dir = folder({ 'errors-2024.md': EXAMPLE, 'scan.txt': Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0x80, 0x81, 0]) });
  const summary = join(dir, '..', `${dir.split('/').pop()}-summary.md`);
  const r = await runCli(['check', '--format', 'github', 'scan.txt', 'errors-2024.md', 'gone1.md', 'gone2.md', 'gone3.md', '*.docx'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
  assert.equal(r.code, 2);
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
  assert.equal(errors.length, 11);
  assert.deepEqual(errors.slice(0, 5).map((l) => /file=([^,]*),/.exec(l)?.[1] ?? l), ['scan.txt', 'gone1.md', 'gone2.md', 'gone3.md', '::error title=nianbao::*.docx：没有匹配的文件']);
  // The 11 are annotations, 6 of them findings: not said as 11 errors beside the summary's count of 6.
  assert.match(readFileSync(summary, 'utf8'), /GitHub 在差异视图中每种级别只显示前 10 条注释：11 条错误注释（6 个问题和 5 条 nianbao 自己的注释）中的 1 条没有显示在差异中。下面列出全部问题。/);
  const en = await runCli(['check', '--format', 'github', '--locale', 'en', 'scan.txt', 'errors-2024.md', 'gone1.md', 'gone2.md', 'gone3.md', '*.docx'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: `${summary}.en` } });
  assert.match(readFileSync(`${summary}.en`, 'utf8'), /GitHub shows only the first 10 annotations of each kind on the diff: 1 of 11 error annotations \(6 findings and 5 of nianbao's own\) are not shown there\./, en.stdout);
  assert.match(r.stdout, /差异视图中每种级别只显示前 10 条，全部见步骤摘要/);
});

test('github: the step summary of 300 reports stays within GitHub\'s 1 MiB, says how many reports and findings it leaves out, and promises no full list', async () => {
  const dir = tmp();
  for (let i = 1; i <= 300; i++) writeFileSync(join(dir, `局${i}.md`), EXAMPLE);
  const summary = join(dir, '..', `${dir.split('/').pop()}-summary.md`);
  const r = await runCli(['check', '--format', 'github', '.'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
  assert.equal(r.code, 1);
  assert.ok(statSync(summary).size <= 1_000_000, `${statSync(summary).size} bytes`);
  const md = readFileSync(summary, 'utf8');
  const shown = md.split('\n').filter((l) => l.startsWith('### ')).length;
  const listed = md.split('\n').filter((l) => l.startsWith('- [')).length;
  assert.ok(shown > 10 && shown < 300, `${shown} reports shown`);
  const left = new RegExp(`> 篇幅所限，前 ${shown} 个文件之后的 ${300 - shown} 个未列出，未列出的问题共 ${300 * 13 - listed} 个(?:；其中 \`局\\d+\\.md\` (?:只列出了一部分：[^；]+|只列出了表格检查，其问题（[^；]+）均未列出))?；完整结果见 \`nianbao check --format json\` 或 SARIF`);
  assert.match(md, left);
  assert.doesNotMatch(md, /下面列出全部问题/);
  assert.match(md, /下面按篇幅列出其中一部分，其余见末尾的说明。/);
  assert.match(r.stdout, /更多见步骤摘要/);
  assert.doesNotMatch(r.stdout, /全部见步骤摘要/);
});

test('action: the "could not complete" block refers to the paths listed at the top (only those that could not be checked), not the notes on stderr', () => {
  const r = runner();
  // An ignore glob that matches none of the files: a note on stderr when a glob is expanded, no reason for exit code 2.
  writeFileSync(join(r.ws, '.nianbao.jsonc'), '{ "ignore": ["README.md"] }\n');
  const out = runAction(r, { NIANBAO_PATHS: 'reports/*.txt\nreports/missing.md' });
  assert.equal(out.code, 2);
  assert.match(out.stderr, /ignore\[0\] "README\.md" 与本次找到的/);
  const block = out.summary.slice(out.summary.indexOf('### ❗ 未能完成检查'));
  assert.match(out.summary, /^- ❗ `reports\/missing\.md`: 没有这个文件或文件夹$/m);
  assert.match(block, /上面标有 ❗ 的 1 个路径未能检查/);
  assert.doesNotMatch(out.summary, /ignore\[0\]|上一年度/);
});

test('action: a run stopped by its config gives annotations without a second "nianbao" before the message', () => {
  const r = runner(['seeds/001_417062a3286660b0.txt']);
  const out = runAction(r, { NIANBAO_PATHS: 'reports', NIANBAO_ARGS: '--config missing.jsonc' });
  assert.equal(out.code, 2);
  // (Annotated by the CLI's github format at the config file, brk108 #3.)
  assert.match(out.stdout, /^::error file=missing\.jsonc,title=nianbao::配置文件有误，未检查任何报告：无法读取配置文件（没有这个文件）$/m);
  assert.doesNotMatch(out.stdout, /::nianbao/);
});

test('markdown: 表三\'s balance line labels expected and actual (the total that balances, the total written; zh and en); the JSON keeps them', async () => {
  const dir = folder();
  const zh = (await runCli(['check', '--format', 'markdown', 'errors-2024.md'], { cwd: dir })).stdout;
  assert.match(zh, /\| 表三 \| 收支平衡：[^|]*\| ❌ \| 总计列：新收 \+ 上年结转 − 结转下年度 = 47，（七）总计 48 \|/);
  const en = (await runCli(['check', '--format', 'markdown', '--locale', 'en', 'errors-2024.md'], { cwd: dir })).stdout;
  assert.match(en, /\| 表三 \| balance: [^|]*\| ❌ \| column 总计: 新收 \+ 上年结转 − 结转下年度 = 47, （七）总计 48 \|/);
  // The other sums keep expected and actual of the cell they point at.
  assert.match(en, /\| 表四 \| [^|]*\| ❌ \| [^|]*sum of the results 3, total 4/);
  const json = JSON.parse((await runCli(['check', '--format', 'json', 'errors-2024.md'], { cwd: dir })).stdout);
  const balance = json.files[0].diagnostics.find((d) => d.ruleId === 'sum-balance');
  // (48 + 0 = 48 + 1: the total that balances is 47, as sum-results and sum-applicants say of the same cell; brk174 #3.)
  assert.deepEqual([balance.expected, balance.actual], [47, 48]);
});

test('rdjson: a GB18030 report gets its diagnostics without suggestions; the same report in UTF-8 gets them', async () => {
  const iconv = createRequire(join(ROOT, 'package.json'))('iconv-lite');
  const dir = folder({ 'utf8.md': EXAMPLE });
  writeFileSync(join(dir, 'gbk.md'), iconv.encode(EXAMPLE, 'gb18030'));
  const rd = JSON.parse((await runCli(['check', '--format', 'rdjson', 'utf8.md', 'gbk.md'], { cwd: dir })).stdout);
  const of = (p) => rd.diagnostics.filter((d) => d.location.path === p);
  assert.equal(of('gbk.md').length, of('utf8.md').length);
  assert.ok(of('utf8.md').filter((d) => d.suggestions).length >= 5);
  assert.equal(of('gbk.md').filter((d) => d.suggestions).length, 0);
});

test('markdown and github: with --quiet over --max-warnings the warnings are counted once; info findings are counted as info in English (brk114 #6)', async () => {
  const dir = folder();
  const md = (await runCli(['check', '--format', 'markdown', '--locale', 'en', '--quiet', '--max-warnings', '0', 'errors-2024.md'], { cwd: dir })).stdout;
  const totals = md.split('\n')[2];
  assert.equal(totals, '1 report checked: ❌ 6 errors, ❌ 6 warnings (not listed with --quiet, but counted), more than --max-warnings 0, ℹ️ 1 info (--quiet: only errors listed)');
  const plain = (await runCli(['check', '--format', 'markdown', '--locale', 'en', 'errors-2024.md'], { cwd: dir })).stdout;
  assert.match(plain, /ℹ️ Info \(1\)/);
  const gh = (await runCli(['check', '--format', 'github', '--locale', 'en', 'errors-2024.md'], { cwd: dir })).stdout;
  assert.match(gh, /6 errors, 6 warnings, 1 info$/m);
});

test('markdown cut for length: a report listed with its table checks and none of its findings is said so, never "only in part: 0 of 6" (helper-207 #5)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-md-cut-'));
  const errors = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
  // (The names' length sets where the cut falls: `rrr` puts it right after a report's table checks in both languages
  // (`rrrr` did until brk183 #5 made the summary's missing-row line longer).
  // A change in the length of the messages moves it; then pick the prefix again.)
  for (let i = 0; i < 40; i++) writeFileSync(join(dir, `rrr${String(i).padStart(2, '0')}.md`), errors);
  const closing = async (locale) => (await runCli(['check', '--format', 'markdown', '--locale', locale, '.'], { cwd: dir })).stdout.split('\n').filter((l) => l.startsWith('> ')).pop();
  // The 23rd report (15th in English) gets its heading and table checks, no finding; info counted as info (brk114 #6).
  assert.equal(await closing('zh'), '> 篇幅所限，前 23 个文件之后的 17 个未列出，未列出的问题共 234 个；其中 `rrr22.md` 只列出了表格检查，其问题（6 个错误、6 个警告、1 个提示）均未列出；完整结果见 `nianbao check --format json` 或 SARIF（Action 的 `sarif-file`）。');
  assert.match(await closing('en'), /; `rrr\d\d\.md` is listed with its table checks only, none of its findings \(6 errors, 6 warnings, 1 info\) shown;/);
});

test('markdown: report text with an @name quoted in a finding mentions no one (helper-207 #6)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-md-at-'));
  const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  writeFileSync(join(dir, 'at.md'), correct.replace(/^(\| （一）予以公开 +\| )21 /m, '$13 @octocat '));
  const r = await runCli(['check', '--format', 'markdown', 'at.md'], { cwd: dir });
  assert.match(r.stdout, /“3 @&#8203;octocat”不是数字/);
  assert.doesNotMatch(r.stdout, /@octocat/);
});
