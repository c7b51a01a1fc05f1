// A template row with no number at all (rules/unfilled.ts): the blank row row-missing's fix inserts, or a row pasted
// with its label only. It keeps the report failing (row-missing's error) until its numbers are written; in 表三, where
// the column sums decide the whole row and every other number adds up, its fix writes them, but not in the run of
// fixes that put the row back (brk106 #10); cell-blank does not report it again. 淮安市 2024 (test/fixtures/reports/huaian-2024-pipe.md, clean) and
// 沭阳县发改局 2023 (the corpus report whose 表三 rows have blank applicant cells).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, CORPUS, ROOT, runCli, slice } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/huaian-2024-pipe.md'), 'utf8');
const ROW = '| 2.重复申请 | 25 | 0 | 0 | 0 | 0 | 0 | 25 |';

test('nianbao check --fix inserts a deleted 表三 row blank; the next check still fails (exit 1) until its numbers are written', async () => {
  assert.ok(BASE.includes(`${ROW}\n`));
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-unfilled-'));
  const file = join(dir, 'huaian-2024.md');
  writeFileSync(file, BASE.replace(`${ROW}\n`, ''));
  const fix = await runCli(['check', '--fix', file]);
  assert.equal(fix.code, 1, fix.stdout + fix.stderr);
  assert.match(fix.stderr, /表三第 \d+ 行是空白行，按各列合计能定出它的数，但未自动填写：这一行是本次插入的/);
  const fixed = readFileSync(file, 'utf8');
  assert.match(fixed, /^\| 2\.重复申请 +(\| +){7}\|$/m, 'inserted blank');
  const again = await runCli(['check', '--format', 'json', file]);
  assert.equal(again.code, 1, 'a whole row of numbers missing keeps the report failing');
  const [diag, ...rest] = JSON.parse(again.stdout).files[0].diagnostics;
  assert.deepEqual(rest, []);
  assert.equal(diag.ruleId, 'row-missing');
  assert.equal(diag.severity, 'error');
  assert.equal(diag.fixable, true);
  assert.equal(diag.message, '表三“2.重复申请”行没有数字（整行空白）。按各列合计，这一行应为 自然人 25、商业企业 0、科研机构 0、社会公益组织 0、法律服务机构 0、其他 0、总计 25，修复按此填入；仅当表中其他数都无误时才对，请对照原表确认。空白不等于 0。');
  assert.equal(fixed.split('\n')[diag.line - 1].slice(diag.column - 1, diag.column - 1 + '2.重复申请'.length), '2.重复申请', 'on the row label');
  // A second --fix writes them: the report as it was, exit 0.
  const second = await runCli(['check', '--fix', file]);
  assert.equal(second.code, 0, second.stdout + second.stderr);
  assert.equal(readFileSync(file, 'utf8'), BASE);
  // The numbers written by hand: clean, exit 0.
  writeFileSync(file, fixed.replace(/^\| 2\.重复申请 +(\| +){7}\|$/m, ROW));
  assert.equal((await runCli(['check', file])).code, 0);
});

test('English message; a 表二 row pasted with its label only is an error too (one finding, not cell-blank as well)', () => {
  const text = BASE.replace('| 行政强制 | 88283 |', '| 行政强制 |  |');
  const { report, findings } = core.analyze(text, { locale: 'en' });
  assert.deepEqual(findings.map((f) => [f.ruleId, f.severity, slice(report, f.range), f.message]),
    [['row-missing', 'error', '行政强制', '表二 row “行政强制” has no numbers (the whole row is blank): fill it in from the original table. Blank is not 0; write 0 where nothing happened.']]);
});

test('沭阳县发改局 2023: a 表三 row with every cell blank is row-missing\'s error; rows with some numbers keep their cell-blank warnings', () => {
  const FGJ = readFileSync(join(CORPUS, 'peers/kiro_shuyang-fgj_2023.txt'), 'utf8');
  const base = core.analyze(FGJ).findings;
  const text = FGJ.replace('| 3.其他 | 0 |  |  |  |  |  | 0 |', '| 3.其他 |  |  |  |  |  |  |  |');
  assert.notEqual(text, FGJ);
  const { report, findings } = core.analyze(text);
  const brief = (fs) => fs.map((f) => `${f.ruleId}:${f.severity}:${f.range.start.line}`);
  const line = text.split('\n').findIndex((l) => l.startsWith('| 3.其他 '));
  const row = findings.filter((f) => f.range.start.line === line);
  assert.deepEqual(row.map((f) => [f.ruleId, f.severity, slice(report, f.range)]), [['row-missing', 'error', '3.其他']]);
  assert.deepEqual(brief(findings.filter((f) => f.range.start.line !== line)), brief(base.filter((f) => f.range.start.line !== line)));
  // Before, the row's blanks were among the columns blank in every row, said once (its line a related location).
  const column = base.find((f) => f.ruleId === 'cell-blank' && f.related?.some((r) => r.range.start.line === line));
  assert.match(column.message, /列整列空白（25 行/);
  assert.match(findings.find((f) => f.ruleId === 'cell-blank').message, /列整列空白（24 行/);
});
