// brk142 #7: small CLI things. `--report-year` (by analogy with --report-format) is told of --year; `new --agency
// '  某某局 '` writes the name without the spaces around it (a value from a spreadsheet); `inspect` with no file is
// told it needs one (it was told it takes only one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, ROOT } from '../helpers.mjs';

test('--report-year: did you mean --year', async () => {
  const r = await runCli(['check', '--report-year', '2024', join(ROOT, 'examples/correct-2024.nianbao.md')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /未知的选项 --report-year.*--year/);
  const inspect = await runCli(['inspect', '--report-year', '2024', join(ROOT, 'examples/correct-2024.nianbao.md')]);
  assert.match(inspect.stderr, /未知的选项 --report-year.*--year/);
});

test('new --agency with spaces around the name writes the name alone in the title and the signature', async () => {
  const r = await runCli(['new', '--year', '2024', '--agency', '  某某局 ']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], '# 某某局2024年政府信息公开工作年度报告');
  assert.ok(lines.includes('某某局'), 'the signature line');
  assert.ok(!lines.some((l) => /^\s+某某局|某某局\s+$/.test(l)));
});

test('inspect with no file says it needs one', async () => {
  const r = await runCli(['inspect']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /inspect 需要一个文件：nianbao inspect FILE/);
  assert.doesNotMatch(r.stderr, /只接受一个文件/);
  assert.match((await runCli(['inspect', 'a.md', 'b.md'])).stderr, /inspect 只接受一个文件/);
});
