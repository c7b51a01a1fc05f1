// 表三 one cell a line, the label line of a group's FIRST row lost (1.信访举报投诉类申请 under （五）不予处理): its
// numbers were read as the group's subtotals, and the row-missing fix inserted a blank row after them; the label line of
// the LAST row (四、结转下年度继续办理) lost: three of its numbers were read as more numbers of （七）总计, the others
// past the table, and again a blank row went in. The fix inserts the label line alone above the numbers (brk148 #2,
// the cases left by the first fix).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, CORPUS, toCells, rewriteRows } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const dropLine = (text, line) => {
  const out = text.split('\n').filter((l) => l !== line).join('\n');
  assert.notEqual(out, text, `${line} is a line of the text`);
  return out;
};
const LABELS = ['1.信访举报投诉类申请', '1.属于国家秘密', '1.本机关不掌握相关政府信息', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '四、结转下年度继续办理'];

test('brk148 #2: one cell a line, with and without ` |`, a group\'s first row or 四、结转 without its label line: the label alone goes back', () => {
  const layouts = [['one cell a line', toCells(CORRECT), ''], ['one cell a line with ` |`', rewriteRows(CORRECT, (cells) => cells.filter(Boolean).map((c) => `${c} |`)), ' |']];
  for (const [layout, base, end] of layouts) {
    for (const label of LABELS) {
      const text = dropLine(base, label + end);
      const missing = core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
      assert.equal(missing.length, 1, `${layout}, ${label}`);
      assert.match(missing[0].message, /修复只在这些数之前插入行名/, `${layout}, ${label}`);
      assert.deepEqual(missing[0].fix?.edits.map((e) => e.newText), [label + end + '\n'], `${layout}, ${label}: the label alone`);
      const fixed = core.fixAll(text).text;
      assert.equal(fixed, base, `${layout}, ${label}: the report as it was`);
      assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), [], `${layout}, ${label}: clean after --fix`);
    }
  }
});

test('brk148 #2: a group\'s first row lost says its numbers were read as the group\'s subtotals; 四 lost, those after （七）总计', () => {
  const base = rewriteRows(CORRECT, (cells) => cells.filter(Boolean).map((c) => `${c} |`));
  const [first] = core.analyze(dropLine(base, '1.信访举报投诉类申请 |')).findings.filter((f) => f.ruleId === 'row-missing');
  assert.match(first.message, /“（五）不予处理”之下的 7 个数（第 \d+–\d+ 行）被读作这一分组的小计/);
  const [last] = core.analyze(dropLine(base, '四、结转下年度继续办理 |')).findings.filter((f) => f.ruleId === 'row-missing');
  assert.match(last.message, /“（七）总计”行之后的 7 个数/);
});

test('brk148 #2: seed 001 without the label line of 1.信访举报投诉类申请 or 四、结转下年度继续办理: fixed as it was', () => {
  const base = readFileSync(join(CORPUS, 'seeds', '001_417062a3286660b0.txt'), 'utf8');
  for (const label of ['1.信访举报投诉类申请 |', '四、结转下年度继续办理 |']) {
    const text = dropLine(base, label);
    const [f] = core.analyze(text).findings.filter((x) => x.ruleId === 'row-missing');
    assert.deepEqual(f.fix.edits.map((e) => e.newText), [label + '\n'], label);
    assert.equal(core.fixAll(text).text, core.fixAll(base).text, `${label}: fixed as the report with its label line is`);
  }
});

test('brk148 #2: a group label over numbers that are not the row the totals give (a subtotal) gets no label inserted into them', () => {
  const base = rewriteRows(CORRECT, (cells) => cells.filter(Boolean).map((c) => `${c} |`));
  // 1.信访 lost and its numbers changed: they no longer are what the column totals give the row.
  const lines = dropLine(base, '1.信访举报投诉类申请 |').split('\n');
  const g = lines.indexOf('（五）不予处理 |');
  assert.equal(lines[g + 1], '1 |');
  lines[g + 1] = '3 |';
  const [f] = core.analyze(lines.join('\n')).findings.filter((x) => x.ruleId === 'row-missing');
  assert.doesNotMatch(f.message, /修复只在这些数之前插入行名/);
});
