// An applicant list that splits the count of new applications (breaker42 #3): in `新收政府信息公开申请46件，其中自然人申请
// 41件，法人或其他组织申请6件` the parts are new applications too, so 自然人申请41件 is compared with the 自然人 column's
// 新收 alone (no second reading 新收 + 上年结转), prose-table fixes it alone (with 40 the list adds up to 46), and prose-sum's
// 41 + 6 = 47 ≠ 46 says it follows from that term. A list after a count received (受理, which may include the carried-over
// applications) keeps both readings, as before. Also: a list of 表四 results, each case having one, is more than its
// total even when one result alone equals it (`行政诉讼（未经复议直接起诉）2件，其中结果维持2件、尚未审结1件`).
// Input: PROSE_BASES.B1 (表三 新收: 自然人 40, 法人或其他组织 6, total 46; 上年结转: 自然人 2; 表四 未经复议直接起诉: 维持 1,
// 其他结果 0, 尚未审结 1, total 2 — see test/fixtures/reports/breaker35-b1-2024.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, proseInput } from '../helpers.mjs';

/** The prose-sum and prose-table findings of B1 with its sentence line replaced by `line`, checked with `options`. */
function sumAndTable(line, options = {}) {
  const { findings } = core.analyze(proseInput('B1', line), options);
  return { sum: findings.filter((f) => f.ruleId === 'prose-sum'), table: findings.filter((f) => f.ruleId === 'prose-table') };
}

test('a 自然人 term of a 其中 list after 新收 is compared with 新收 alone, fixed, and explains prose-sum', () => {
  const { sum, table } = sumAndTable('本年新收政府信息公开申请46件，其中自然人申请41件，法人或其他组织申请6件。');
  assert.deepEqual(table.map((f) => [f.actual, f.expected, f.fix?.edits[0].newText]), [[41, 40, '40']]);
  assert.doesNotMatch(table[0].message, /上年结转/);
  assert.match(table[0].message, /改为 40 后各项之和正好是句中所说的总数 46/);
  assert.deepEqual(sum.map((f) => [f.actual, f.expected]), [[46, 47]]);
  assert.match(sum[0].message, /这是正文“自然人申请41件”（表三为 40）与表格不一致的结果/);
  const en = sumAndTable('本年新收政府信息公开申请46件，其中自然人申请41件，法人或其他组织申请6件。', { locale: 'en' }).sum[0];
  assert.match(en.message, /This follows from “自然人申请41件” \(表三: 40\) contradicting the table/);
});

test('the same list in a parenthesis after 新收 is read as 新收 too', () => {
  const { table } = sumAndTable('本年新收政府信息公开申请46件（自然人申请41件、法人或其他组织申请6件）。');
  assert.deepEqual(table.map((f) => [f.actual, f.expected]), [[41, 40]]);
  assert.doesNotMatch(table[0].message, /上年结转/);
});

test('after a count received (受理) the 自然人 term keeps both readings, and after 新收 a right list is silent', () => {
  const { table } = sumAndTable('本年受理政府信息公开申请47件，其中自然人申请41件，法人或其他组织申请6件。');
  // (受理 47 is neither 新收 46 nor 48 with the carried-over ones: reported too.)
  assert.deepEqual(table.map((f) => [f.actual, f.expected]), [[47, 46], [41, 40]]);
  assert.match(table[1].message, /按“自然人新收与上年结转申请之和”为 42/);
  const right = sumAndTable('本年新收政府信息公开申请46件，其中自然人申请40件，法人或其他组织申请6件。');
  assert.deepEqual([right.sum, right.table], [[], []]);
});

test('表四 results that are more than their total are reported even when one alone equals it', () => {
  const { sum } = sumAndTable('全年因政府信息公开被提起行政诉讼（未经复议直接起诉）2件，其中结果维持2件、尚未审结1件。');
  assert.deepEqual(sum.map((f) => [f.actual, f.expected]), [[2, 3]]);
  assert.match(sum[0].message, /这是正文“结果维持2件”（表四为 1）与表格不一致的结果/);
  // Not a list of things that may overlap (按期办结 and 提前办结 under 办结), nor twice the same result.
  for (const line of [
    '全年办结政府信息公开申请47件，其中按期办结47件、提前办结20件。',
    '全年因政府信息公开被提起行政诉讼（未经复议直接起诉）2件，其中结果维持2件、维持原决定1件。',
  ]) assert.deepEqual(sumAndTable(line).sum, [], line);
});
