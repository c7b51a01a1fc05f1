// Cells a fix of a --fix run (CLI or editor fix-all) put in blank are never filled by another fix of the same run:
// they are announced as blank for a person to fill from the original table (README; docs/rules/row-missing.md,
// format-mixed.md). brk144 #1: a 表三 row inserted in the 2nd report of a 汇编 was filled with 0s in the same run
// (in the 1st report and a single report it stayed blank). brk140 #1: format-mixed's conversion of a 2021-style
// 表二 block of a 2019 report announced its new cells blank, and cell-blank wrote 0s into them in the same run.
// brk145 #8: in a table pasted one cell a line, the blank cells row-missing inserts were `  |`, filled later as ` 0 |`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, runCli, corpusText } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const ROW = /^\| 3\.补正后申请内容仍不明确 .*\n/m;
const agency = (name) => CORRECT.replaceAll('某某市某某局', name);
/** A 汇编 of three agencies' correct reports, with `edit` applied to report `k` (0-based). */
const compiled = (k, edit) => ['柳营市财政局', '柳营市教育局', '柳营市卫生健康委员会'].map((a, i) => (i === k ? edit(agency(a)) : agency(a))).join('\n\n');
const tempFile = (name, text) => {
  const file = join(mkdtempSync(join(tmpdir(), 'nianbao-own-blanks-')), name);
  writeFileSync(file, text);
  return file;
};

for (const k of [0, 1, 2]) {
  test(`brk144 #1: a 表三 row missing from report ${k + 1} of a 汇编 is put back blank, not filled in the same run`, async () => {
    const text = compiled(k, (t) => t.replace(ROW, ''));
    const before = core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
    assert.equal(before.length, 1);
    const run = core.fixAll(text);
    const rows = run.text.split('\n').filter((l) => l.startsWith('| 3.补正后申请内容仍不明确'));
    assert.equal(rows.length, 3);
    // The inserted row has no number; the other reports' rows keep theirs.
    rows.forEach((l, i) => assert.equal(/\| 0 /.test(l), i !== k, l));
    assert.deepEqual(run.withheld.map((f) => [f.ruleId, f.data.row]), [['row-missing', 'R3.4.3']]);
    // Still an error, whose fix (the next run, or the quick fix) writes what the sums give.
    const after = core.analyze(run.text).findings.filter((f) => f.ruleId === 'row-missing');
    assert.equal(after.length, 1);
    assert.equal(after[0].severity, 'error');
    assert.equal(core.fixAll(core.fixAll(run.text).text).text, core.fixAll(run.text).text);
    // The CLI says so, and fails.
    const file = tempFile('汇编.md', text);
    const cli = await runCli(['check', '--fix', file]);
    assert.match(cli.stderr, /未自动填写：这一行是本次插入的/);
    assert.doesNotMatch(cli.stderr, /row-missing ×2/);
    assert.equal(cli.code, 1);
    assert.equal(readFileSync(file, 'utf8'), run.text);
  });
}

const REPORT_2019 = readFileSync(join(ROOT, 'test/fixtures/reports/breaker47-jd-2020-pipe.txt'), 'utf8');
const BLOCK_2019 = '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n|---|---|---|---|\n| 行政处罚 | 3 | 0 | 1 |\n| 行政强制 | 0 | 0 | 0 |';
const BLOCK_2021 = '| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政处罚 | 1 |\n| 行政强制 | 0 |';

test('brk140 #1: the cells format-mixed\'s conversion of a 2021-style block puts in blank are not filled with 0 in the same run', async () => {
  assert.ok(REPORT_2019.includes(BLOCK_2019));
  const text = REPORT_2019.replace(BLOCK_2019, BLOCK_2021);
  const mixed = core.analyze(text).findings.filter((f) => f.ruleId === 'format-mixed');
  assert.equal(mixed.length, 1);
  assert.match(mixed[0].message, /空白单元格待填写/);
  const run = core.fixAll(text);
  assert.deepEqual(run.fixed.map((f) => f.ruleId), ['format-mixed']);
  const lines = run.text.split('\n');
  const row = (label) => lines.find((l) => l.startsWith(`| ${label} `)).split('|').slice(2, -1).map((c) => c.trim());
  assert.deepEqual(row('行政处罚'), ['', '', '1']);
  assert.deepEqual(row('行政强制'), ['', '', '0']);
  // Held back: 行政强制's blanks (0 would fit its row). 行政处罚's get no fix at all: with 处理决定数量 1, two 0s would
  // mean no item all year beside a decision (cell-blank, brk177 #3).
  assert.deepEqual(run.withheld.map((f) => f.ruleId), ['cell-blank']);
  // The blanks stay reported.
  assert.equal(core.analyze(run.text).findings.filter((f) => f.ruleId === 'cell-blank').length, 2);
  // The CLI says why they were not filled (not the prose fixes' reason).
  const file = tempFile('r.txt', text);
  const cli = await runCli(['check', '--fix', file]);
  assert.match(cli.stderr, /修复了 1 个问题（format-mixed ×1）/);
  assert.match(cli.stderr, /空白单元格是本次修复插入的，留待填写，未自动填数/);
  assert.doesNotMatch(cli.stderr, /正文第/);
  assert.equal(readFileSync(file, 'utf8'), run.text);
  // A blank the author left in such a table is filled as before (cell-blank's 0): only the run's own are held.
  const run2 = core.fixAll(REPORT_2019.replace('| 行政强制 | 0 | 0 | 0 |', '| 行政强制 | 0 |  | 0 |'));
  assert.match(run2.text, /\| 行政强制 \| 0 \| 0 \| 0 \|/);
  assert.deepEqual(run2.withheld, []);
});

test('the editor\'s fix-all (fixAllSteps) holds the same cells back', () => {
  const text = REPORT_2019.replace(BLOCK_2019, BLOCK_2021);
  const run = core.runSteps(core.fixAllSteps(text));
  assert.equal(run.text, core.fixAll(text).text);
  assert.match(run.text, /\| 行政处罚 \| +\| +\| 1 +\|/);
});

test('brk145 #8: one cell a line: the inserted row\'s blank cells are ` |`, and the run after writes `0 |` as the other lines', () => {
  const base = corpusText('seeds/001_417062a3286660b0.txt');
  const gone = '2.重复申请 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n||\n';
  assert.ok(base.includes(gone));
  const text = base.replace(gone, '');
  const once = core.fixAll(text).text;
  const at = once.split('\n').indexOf('2.重复申请 |');
  assert.ok(at > 0);
  assert.deepEqual(once.split('\n').slice(at + 1, at + 8), new Array(7).fill(' |'));
  const twice = core.fixAll(once).text;
  assert.deepEqual(twice.split('\n').slice(at + 1, at + 8), new Array(7).fill('0 |'));
});
