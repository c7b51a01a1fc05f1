// prose-table's message parts (breaker39 #16): (1) a second reading that gives the same number as the first (a
// column whose 上年结转 is 0: 新收 + 上年结转 = 新收) is not printed; one that gives another number still is. (2) A
// quantity of several columns of one 表三 row (法人或其他组织 = its five columns' 新收) lists each term by its column
// (`商业企业 3 + …`), not by the row's name repeated with the column in brackets, in zh and en.
// Input: test/fixtures/reports/breaker35-b1-2024.md (表三 新收: 自然人 40, 商业企业 3, 社会公益组织 1, 法律服务机构 2,
// total 46; 上年结转: 自然人 2, the other columns 0), its line 27 replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, proseInput } from '../helpers.mjs';

/** The prose-table messages of B1 with its line 27 replaced by `line`, in `locale`. */
const messages = (line, locale = 'zh') => core.analyze(proseInput('B1', line), { locale }).findings.filter((f) => f.ruleId === 'prose-table').map((f) => f.message);

test('a second reading equal to the first (上年结转 0) is left out of the message', () => {
  const line = '全年共收到政府信息公开申请46件，其中法律服务机构申请3件。';
  assert.deepEqual(messages(line), ['正文“法律服务机构申请3件”与表三不一致：表三的法律服务机构新收申请为 2，正文写 3，相差 +1。']);
  assert.deepEqual(messages(line, 'en'), ['The prose “法律服务机构申请3件” contradicts 表三: its figure for new applications by legal service providers (法律服务机构) is 2, the prose says 3 (difference +1).']);
});

test('a second reading that gives another number (上年结转 2) is still given', () => {
  // (47 is neither 新收 46 nor 新收 + 上年结转 48, so its parts may be either; a split of 46 is of 新收 only, brk184 #6, and
  // one of 48 of 新收 + 上年结转 only, brk186 #14: see the next test.)
  const line = '全年共收到政府信息公开申请47件，其中自然人申请41件。';
  assert.deepEqual(messages(line).slice(1), ['正文“自然人申请41件”与表三不一致：表三的自然人新收申请为 40，正文写 41，相差 +1；按“自然人新收与上年结转申请之和”为 42，正文的 41 与两种读法都不符。']);
  assert.deepEqual(messages(line, 'en').slice(1), ['The prose “自然人申请41件” contradicts 表三: its figure for new applications by natural persons is 40, the prose says 41 (difference +1; read as new plus carried-over applications by natural persons, 表三 has 42; the prose\'s 41 matches neither reading).']);
});

test('a part of a count received that is 新收 + 上年结转 is named by that one reading (brk186 #14)', () => {
  const line = '全年共收到政府信息公开申请48件，其中自然人申请41件。';
  assert.deepEqual(messages(line), ['正文“自然人申请41件”与表三不一致：表三的自然人新收与上年结转申请之和为 42（本年新收政府信息公开申请数量 40 + 上年结转政府信息公开申请数量 2），正文写 41，相差 -1。']);
  assert.deepEqual(messages(line, 'en'), ['The prose “自然人申请41件” contradicts 表三: its figure for new plus carried-over applications by natural persons is 42 (本年新收政府信息公开申请数量 40 + 上年结转政府信息公开申请数量 2), the prose says 41 (difference -1).']);
});

test('法人或其他组织\'s columns are named by their column alone, without the row name or an equal second reading', () => {
  const line = '全年共收到政府信息公开申请46件，其中法人或其他组织申请7件。';
  assert.deepEqual(messages(line), ['正文“法人或其他组织申请7件”与表三不一致：表三的法人或其他组织新收申请为 6（商业企业 3 + 社会公益组织 1 + 法律服务机构 2），正文写 7，相差 +1。']);
  assert.deepEqual(messages(line, 'en'), ['The prose “法人或其他组织申请7件” contradicts 表三: its figure for new applications by legal persons and other organisations is 6 (商业企业 3 + 社会公益组织 1 + 法律服务机构 2), the prose says 7 (difference +1).']);
  // The related locations, each at its cell, still name the row with the column.
  const [f] = core.analyze(proseInput('B1', line)).findings.filter((x) => x.ruleId === 'prose-table');
  assert.deepEqual(f.related.map((r) => r.message), ['表三：本年新收政府信息公开申请数量（商业企业） 3', '表三：本年新收政府信息公开申请数量（社会公益组织） 1', '表三：本年新收政府信息公开申请数量（法律服务机构） 2']);
});
