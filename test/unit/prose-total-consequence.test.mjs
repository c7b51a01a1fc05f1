// A prose total that contradicts a table while its own listed parts add up to the table's value is the one wrong
// number (brk99 #3): prose-table says so and fixes it to the table's value (it said it could not tell the prose from
// the table), prose-sum says the list follows the table. Base: corpus peer 淮安 2024 (行政复议 351 = 72 + 64 + 178 + 37).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

const HUAIAN = corpusText('peers/govnianbao_huaian-city_2024.txt');
const FROM = '政府信息公开行政复议 351\n';
const prose = (text, locale) => core.checkReport(core.parseReport(text), { locale }).filter((f) => /^prose-/.test(f.ruleId));

test('the total 315 against 表四 351 and its parts 72 + 64 + 178 + 37: the total is named the wrong number, fixed to 351', () => {
  assert.ok(HUAIAN.includes(FROM));
  assert.deepEqual(prose(HUAIAN).map((f) => f.ruleId), []);
  const text = HUAIAN.replace(FROM, '政府信息公开行政复议 315\n');
  const found = prose(text);
  assert.deepEqual(found.map((f) => f.ruleId).sort(), ['prose-sum', 'prose-table']);
  const table = found.find((f) => f.ruleId === 'prose-table'), sum = found.find((f) => f.ruleId === 'prose-sum');
  assert.equal(table.message, '正文“行政复议 315件”与表四不一致：表四的行政复议总计为 351，正文写 315，相差 -36。正文列举的各项之和 72 + 64 + 178 + 37 = 351 也与表四一致：很可能是正文的总数写错了，修复把它改为 351。');
  assert.match(sum.message, /各项之和与表四一致：很可能是总数写错了（见 prose-table 的报告）。$/);
  assert.match(prose(text, 'en').find((f) => f.ruleId === 'prose-table').message, /the prose's total is likely the wrong number; the fix writes 351\.$/);
  // The fix gives the text back, and fix-all too.
  assert.equal(core.applyFixes(text, table.fix.edits).text, HUAIAN);
  assert.equal(core.fixAll(text).text, HUAIAN);
});

test('when a part is the wrong number (the parts do not add up to the value of the table), the total is not blamed', () => {
  const text = HUAIAN.replace('结果维持 72 件', '结果维持 73 件');
  assert.ok(!prose(text).some((f) => /总数写错了/.test(f.message)));
});
