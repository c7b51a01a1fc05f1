// A level-1 title glued to the end of the paragraph before (a line break lost) in a report whose numbering is checked
// only for gaps (pre-2019, helper-206 #4): section-order said the numbering skipped from 二 to 四 and to renumber the
// correct 四. It now says where the skipped title is, and its fix breaks the line before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

const findingsOf = (text) => core.checkReport(core.parseReport(text));
const TITLE = '三、政府信息依申请公开办理情况';

test('seed 000 with the line break before 三 lost: the title is named at the end of its line, and the fix restores the heading', () => {
  const original = corpusText('seeds/000_f7ed614ce96fc61e.txt');
  const at = original.indexOf(TITLE);
  assert.ok(at > 0);
  // The line break(s) before the title taken out.
  const before = original.slice(0, at).replace(/\s+$/, '');
  const text = before + original.slice(at);
  assert.notEqual(text, original);
  const order = findingsOf(text).filter((f) => f.ruleId === 'section-order');
  assert.equal(order.length, 1, order.map((f) => f.message).join('\n'));
  assert.match(order[0].message, new RegExp(`一级标题“${TITLE}”写在了第 \\d+ 行末尾，接在上一段文字之后`));
  assert.doesNotMatch(order[0].message, /应为“三、”/);
  const fixed = core.fixAll(text, { only: ['section-order'] }).text;
  assert.ok(fixed.split(/\r?\n/).includes(TITLE));
  assert.deepEqual(findingsOf(fixed).filter((f) => f.ruleId === 'section-order'), []);
  assert.deepEqual(core.parseReport(fixed).headings.filter((h) => h.level === 1).map((h) => h.ordinal), core.parseReport(original).headings.filter((h) => h.level === 1).map((h) => h.ordinal));
});

test('a skipped number with no such title anywhere is still said as a skip', () => {
  const original = corpusText('seeds/000_f7ed614ce96fc61e.txt');
  const text = original.replace(TITLE, '政府信息依申请公开办理情况');
  const order = findingsOf(text).filter((f) => f.ruleId === 'section-order');
  assert.ok(order.some((f) => /编号跳号/.test(f.message)), order.map((f) => f.message).join('\n'));
});
