// row-missing in a 表三 pasted one cell a line without pipes (breaker34 item 4): the fix inserted a pipe-table row
// (`| 4.无正当理由大量反复申请 |   |   | … |`) into the middle of the paste, two layouts in one table. An empty line is
// no cell to the reader, so a blank cell cannot be written there: the fix now inserts the label line alone, which
// reads back as the row with no numbers (row-missing keeps asking for them), and the message says to write the
// numbers one a line below it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';
import { DATA_ROWS, wrap, cellPerLine } from '../layouts.mjs';

const LABEL = '4.无正当理由大量反复申请';
/** A 2021 draft whose 表三 is pasted one cell a line without pipes (a browser copy), every row zero. */
const PLAIN = wrap(cellPerLine(DATA_ROWS.map(() => [0, 0, 0, 0, 0, 0, 0])).split('\n').filter((l) => !/^\|+$/.test(l)).map((l) => l.replace(/ \|$/, '')).join('\n'));
/** PLAIN without the row `LABEL` (its label line and its seven numbers). */
function withoutRow(text) {
  const lines = text.split('\n');
  const at = lines.indexOf(LABEL);
  assert.ok(at > 0);
  lines.splice(at, 8);
  return lines.join('\n');
}
/** The findings of `text` other than section-missing (the draft has only the sections around its tables). */
const tableFindings = (text) => core.analyze(text).findings.filter((f) => f.ruleId !== 'section-missing');
const rowMissing = (text, locale) => core.analyze(text, { locale }).findings.filter((f) => f.ruleId === 'row-missing');

test('the missing row is inserted as its label line alone, in the table\'s own layout, and reads back as the row with no numbers', () => {
  const text = withoutRow(PLAIN);
  const report = core.parseReport(text);
  assert.equal(report.tables.t3.layout, 'none');
  const [f] = rowMissing(text);
  assert.equal(f.fix.edits.length, 1);
  assert.equal(f.fix.edits[0].newText, `\n${LABEL}`);
  assert.match(f.message, /修复只插入行名这一行（表格每行一格，写不出空白单元格），请在它下面对照原表逐行填写 7 个数（按各列合计推算为 自然人 0、/);
  assert.match(rowMissing(text, 'en')[0].message, /The fix inserts its label line alone \(the table has one cell a line, where a blank cell cannot be written\): write its 7 numbers below it, one a line, from the original table/);
  const fixed = core.applyFixes(text, f.fix.edits).text;
  assert.doesNotMatch(fixed.slice(0, fixed.indexOf('四、政府信息公开行政复议')), /\|/, 'no pipe row put into the paste');
  const again = tableFindings(fixed);
  assert.deepEqual(again.map((x) => x.ruleId), ['row-missing']);
  assert.match(again[0].message, /“4\.无正当理由大量反复申请”行没有数字（整行空白）/);
  assert.equal(again[0].fix, undefined, 'nothing inserted twice');
  // Its numbers written one a line below the label: the table reads as the original.
  const filled = fixed.replace(`${LABEL}\n`, `${LABEL}\n${'0\n'.repeat(7)}`);
  assert.equal(filled, PLAIN);
  assert.deepEqual(tableFindings(filled), []);
});
