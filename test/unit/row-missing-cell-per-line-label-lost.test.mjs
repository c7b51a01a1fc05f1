// 表三 pasted one cell a line, a row's label line lost: its numbers are read as more numbers of the row before. The
// row-missing fix inserts the label line alone above them, not the label with a blank cell a line in front of them,
// which left one row of 14 cells and 7 blank cells never in the report (brk148 #2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, CORPUS, toCells, rewriteRows } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const dropLine = (text, line) => text.split('\n').filter((l) => l !== line).join('\n');

test('brk148 #2: seed 001 (`X |` a line) without its 二、上年结转 label line: the fix inserts that line alone, and the table reads clean', () => {
  const base = readFileSync(join(CORPUS, 'seeds', '001_417062a3286660b0.txt'), 'utf8');
  const label = '二、上年结转政府信息公开申请数量 |';
  const text = dropLine(base, label);
  assert.notEqual(text, base);
  const [f] = core.analyze(text).findings.filter((x) => x.ruleId === 'row-missing');
  assert.match(f.message, /多出的 7 个数.*修复只在这些数之前插入行名/);
  assert.deepEqual(f.fix.edits.map((e) => e.newText), [label + '\n']);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, core.fixAll(base).text, 'fixed as the report with its label line is');
  assert.deepEqual(core.analyze(fixed).findings.map((x) => x.ruleId).filter((r) => /^(cell-|row-)/.test(r)), [], 'no cell-count, row-missing or cell-blank left');
  assert.deepEqual(core.parseReport(fixed).tables.t3.rows.find((r) => r.id === 'R2').cells.map((c) => c?.value), [0, 0, 0, 0, 0, 0, 0]);
});

test('brk148 #2: one cell a line, with and without ` |`, a row\'s label line lost: the label alone goes back above its numbers', () => {
  const layouts = [['one cell a line', toCells(CORRECT), ''], ['one cell a line with ` |`', rewriteRows(CORRECT, (cells) => cells.filter(Boolean).map((c) => `${c} |`)), ' |']];
  for (const [layout, base, end] of layouts) {
    assert.deepEqual(core.analyze(base).findings.map((f) => f.ruleId), [], `${layout}: the base is clean`);
    for (const label of ['二、上年结转政府信息公开申请数量', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '2.其他法律行政法规禁止公开', '3.要求提供公开出版物']) {
      const text = dropLine(base, label + end);
      assert.notEqual(text, base, label);
      const missing = core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
      assert.equal(missing.length, 1, label);
      assert.deepEqual(missing[0].fix?.edits.map((e) => e.newText), [label + end + '\n'], `${layout}, ${label}: the label alone`);
      const fixed = core.fixAll(text).text;
      assert.equal(fixed, base, `${layout}, ${label}: the report as it was`);
      assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), [], `${layout}, ${label}: clean after --fix`);
    }
  }
});
