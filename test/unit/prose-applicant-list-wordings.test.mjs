// Applicant counts in the wordings agencies use besides 自然人申请N件: 公民 with the verb that hands the application in
// (公民提交的申请41件, 公民提出申请41件) is the 自然人 column, as 公民申请41件 already was; a list of 公民 and 法人或其他组织
// splits the whole count for prose-sum as 自然人 and 法人或其他组织 do; and a list introduced by 包括 splits 新收 as a
// 其中 list does, so prose-table fixes its wrong term and prose-sum says its sum follows from it.
// Input: PROSE_BASES.B1 (表三 新收: 自然人 40, 法人或其他组织 6, total 46; 上年结转: 自然人 2 — see
// test/fixtures/reports/breaker35-b1-2024.md), its sentence line rewritten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, proseInput } from '../helpers.mjs';

/** The prose-sum and prose-table findings of B1 with its sentence line replaced by `line`, checked with `options`. */
function sumAndTable(line, options = {}) {
  const { findings } = core.analyze(proseInput('B1', line), options);
  return { sum: findings.filter((f) => f.ruleId === 'prose-sum'), table: findings.filter((f) => f.ruleId === 'prose-table') };
}

test('公民提交的申请N件 and 公民提出申请N件 are compared with the 自然人 column', () => {
  for (const line of ['全年公民提交的申请41件。', '全年公民提出申请41件。', '全年公民提交的政府信息公开申请41件。']) {
    const { table } = sumAndTable(line);
    assert.deepEqual(table.map((f) => [f.actual, f.expected, f.data.quantity]), [[41, 40, 'natural:R1']], line);
    assert.match(table[0].message, /自然人新收申请为 40/, line);
  }
  // The right number (新收 40, or 42 with the carried-over ones) is silent.
  for (const line of ['全年公民提交的申请40件。', '全年公民提出申请42件。']) assert.deepEqual(sumAndTable(line).table, [], line);
});

test('a 其中 list of 公民 and 法人或其他组织 is a complete split: prose-sum reports its sum, as following from the wrong term', () => {
  for (const natural of ['公民申请41件', '公民提交的申请41件', '公民提出申请41件']) {
    const line = `本年新收政府信息公开申请46件，其中${natural}，法人或其他组织提交的申请6件。`;
    const { sum, table } = sumAndTable(line);
    assert.deepEqual(table.map((f) => [f.actual, f.expected, f.fix?.edits[0].newText]), [[41, 40, '40']], line);
    assert.match(table[0].message, /改为 40 后各项之和正好是句中所说的总数 46/, line);
    assert.deepEqual(sum.map((f) => [f.actual, f.expected]), [[46, 47]], line);
    assert.match(sum[0].message, new RegExp(`这是正文“${natural}”（表三为 40）与表格不一致的结果`), line);
  }
  // The table's numbers add up: silent.
  assert.deepEqual(Object.values(sumAndTable('本年新收政府信息公开申请46件，其中公民申请40件，法人或其他组织申请6件。')), [[], []]);
});

test('an applicant list after 包括 splits 新收 like a 其中 list: the term is fixed and prose-sum explains its sum', () => {
  const line = '本年新收政府信息公开申请46件，包括自然人申请41件、法人或其他组织申请6件。';
  const { sum, table } = sumAndTable(line);
  assert.deepEqual(table.map((f) => [f.actual, f.expected, f.fix?.edits[0].newText]), [[41, 40, '40']]);
  assert.doesNotMatch(table[0].message, /上年结转/);
  assert.match(table[0].message, /“包括”后列举的 2 个数（41件、6件）之一，改为 40 后各项之和正好是句中所说的总数 46/);
  assert.deepEqual(sum.map((f) => [f.actual, f.expected]), [[46, 47]]);
  assert.match(sum[0].message, /这是正文“自然人申请41件”（表三为 40）与表格不一致的结果/);
  const en = sumAndTable(line, { locale: 'en' }).sum[0];
  assert.match(en.message, /This follows from “自然人申请41件” \(表三: 40\) contradicting the table/);
  // The table's numbers: silent.
  assert.deepEqual(Object.values(sumAndTable('本年新收政府信息公开申请46件，包括自然人申请40件、法人或其他组织申请6件。')), [[], []]);
});

test('a 包括 list that may name examples only (no 自然人/法人 pair, no last 其他) is not summed', () => {
  // More than the total, but a 包括 list may overlap (两类 of one application): only complete 包括 lists are checked.
  const { sum } = sumAndTable('本年新收政府信息公开申请46件，包括涉及征地拆迁的申请30件、涉及规划许可的申请20件。');
  assert.deepEqual(sum, []);
});

// helper-212 #11: a list introduced by 涉及 (the topics of the applications) that ends in 其他 is complete: its sum is
// checked as a 包括 list's is; one without 其他 may name some topics only, and is not.
test('a complete list after 涉及 is checked; one that may name some topics only is not', () => {
  const bad = sumAndTable('全年收到政府信息公开申请46件，涉及征地拆迁类20件、规划建设类15件、其他12件。').sum;
  assert.deepEqual(bad.map((f) => [f.actual, f.expected]), [[46, 47]]);
  assert.match(bad[0].message, /20 \+ 15 \+ 12 = 47/);
  assert.deepEqual(sumAndTable('全年收到政府信息公开申请46件，涉及征地拆迁类20件、规划建设类15件、其他11件。').sum, []);
  assert.deepEqual(sumAndTable('全年收到政府信息公开申请46件，涉及征地拆迁类20件、规划建设类15件。').sum, []);
});

// helper-218 #9, #10: a list of topics whose items each open with 涉及 (joined by ，) was read as nested totals (each
// 涉及 opening a list of the counts after it); and the channels an item is published on (门户网站, 政务微博 …) were summed
// though the same item goes out on several.
test('topics each opening with 涉及 are one list; publishing channels are no split of the total', () => {
  for (const line of [
    '全年收到政府信息公开申请46件，从申请内容看，涉及征地拆迁的20件，涉及规划建设的15件，涉及社会保障的8件，其他3件。',
    '全年收到政府信息公开申请46件，其中，涉及征地拆迁的20件，涉及规划建设的15件，涉及社会保障的8件，其他3件。',
    '全年主动公开政府信息312条，其中门户网站发布300条、政务微博发布120条、政务微信发布98条。',
  ]) assert.deepEqual(sumAndTable(line).sum, [], line);
  // The same list of topics one short still adds up wrong.
  const [wrong] = sumAndTable('全年收到政府信息公开申请46件，其中涉及征地拆迁的20件，涉及规划建设的15件，其他12件。').sum;
  assert.deepEqual([wrong.actual, wrong.expected], [46, 47]);
});
