// A plain-text file (.txt) is no Markdown: a line of backticks in it fences no code, so a report pasted between two
// is read and checked as the report it is (brk123 #6: 未识别为年度报告 and exit 0, its errors unseen). In a Markdown file
// a fenced block stays no part of the report (README: a note quoting a report in a code block is not read as one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, runCli } from '../helpers.mjs';

const ERRORS = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const FENCED = '```text\n' + ERRORS + '\n```\n';
const brief = (fs) => fs.map((f) => `${f.range.start.line}:${f.ruleId}`);

test('a report inside ``` fences in a .txt file is read as the report, its findings those of the report without the fences', () => {
  const txt = core.parseReport(FENCED, { fileName: '报告2024.txt' });
  assert.ok(txt.isReport);
  const plain = brief(core.checkReport(core.parseReport(ERRORS)));
  assert.ok(plain.length > 5);
  // (Each finding one line lower: the opening fence line is the first.)
  assert.deepEqual(brief(core.checkReport(txt)), plain.map((s) => s.replace(/^\d+/, (n) => String(+n + 1))));
  // In a Markdown file the fences hold code, no part of the report.
  assert.equal(core.parseReport(FENCED, { fileName: '报告2024.md' }).isReport, false);
  assert.equal(core.parseReport(FENCED).isReport, false);
});

test('nianbao check on a fenced report: a .txt file fails with its errors and --fix fixes them, a .md file is still not a report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-fence-txt-'));
  writeFileSync(join(dir, 'r.txt'), FENCED);
  writeFileSync(join(dir, 'r.md'), FENCED);
  const txt = await runCli(['check', 'r.txt'], { cwd: dir });
  assert.equal(txt.code, 1);
  assert.match(txt.stdout, /^r\.txt:\d+:\d+ +error +sum-applicants/m);
  // --fix reads the text as the check did: the report between the fences fixed as it is without them.
  await runCli(['check', '--fix', 'r.txt'], { cwd: dir });
  assert.equal(readFileSync(join(dir, 'r.txt'), 'utf8'), '```text\n' + core.fixAll(ERRORS).text + '\n```\n');
  const md = await runCli(['check', 'r.md'], { cwd: dir });
  assert.equal(md.code, 0);
  assert.match(md.stderr, /未识别为年度报告：文中大部分写在代码块（```）中/);
});

test('nianbao inspect reads a fenced .txt report as check does (brk124 #1)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-fence-inspect-'));
  writeFileSync(join(dir, 'r.txt'), FENCED);
  writeFileSync(join(dir, 'r.md'), FENCED);
  const checked = JSON.parse((await runCli(['check', '--format', 'json', 'r.txt'], { cwd: dir })).stdout).files[0].diagnostics.length;
  const txt = await runCli(['inspect', 'r.txt'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
  assert.match(txt.stdout, /^是否为年报：是$/m);
  assert.match(txt.stdout, new RegExp(`^检查结果：${checked} 个问题$`, 'm'));
  assert.match((await runCli(['inspect', 'r.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } })).stdout, /^是否为年报：否$/m);
});
