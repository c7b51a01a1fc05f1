// prose-sum on the applicants' split of a count whose total is 表三's 新收 while one part counts 新收 and 上年结转
// together (自然人 40 + 2 = 42 under 新收 46): the message says which part is counted otherwise and what it is counted
// as the total is (brk97 #5: it gave the sum alone; prose-table could not tell the scope of 42 then, and since brk184 #6
// reports it as 新收, the total being 新收 alone). Base:
// examples/correct-2024.nianbao.md (新收 46: 自然人 40, 法人或其他组织 6; 上年结转 2, all 自然人).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const FROM = '全年新收政府信息公开申请46件，上年结转2件；';
const sums = (words, locale) => {
  assert.ok(CORRECT.includes(FROM));
  const text = CORRECT.replace(FROM, words);
  return core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId === 'prose-sum' || f.ruleId === 'prose-table').map((f) => `${f.ruleId}: ${f.message}`);
};

test('the split right: nothing', () => {
  assert.deepEqual(sums('全年新收政府信息公开申请46件，其中自然人申请40件、法人或其他组织申请6件；上年结转2件；'), []);
});

test('自然人 counted with 上年结转 under a total received that is 表三 新收: the part and its count as the total is are named', () => {
  const words = '全年共收到政府信息公开申请46件，其中自然人申请42件、法人或其他组织申请6件；';
  // (prose-table now reads the parts of a count received that is 新收 alone as 新收 too and reports 42 (brk184 #6):
  // prose-sum says its finding follows from that.)
  assert.deepEqual(sums(words), [
    'prose-sum: 总数写为 46件，但其中各项之和为 42 + 6 = 48，相差 +2。总数是表三的新收（46），而“自然人申请42件”是表三新收加上年结转的自然人数，两处口径不一：按新收应为 40件，请统一。这是正文“自然人申请42件”（表三为 40）与表格不一致的结果（见 prose-table 的报告）：按表格的数，各项之和为 40 + 6 = 46，等于总数 46。请先核对这个数。',
    'prose-table: 正文“自然人申请42件”与表三不一致：表三的自然人新收申请为 40，正文写 42，相差 +2。这个数是句中“其中”后列举的 2 个数（42件、6件）之一，改为 40 后各项之和正好是句中所说的总数 46（prose-sum 报告的各项之和不符由此而来）：改这一个数即可。',
  ]);
  assert.match(sums(words, 'en')[0], /The total is 表三's new applications \(新收\) \(46\), while “自然人申请42件” is its new plus carried-over applications \(新收 \+ 上年结转\) by natural persons: the two are counted differently; counted as the total is, it is 40: make them agree\. This follows from “自然人申请42件” \(表三: 40\) contradicting the table/);
});

test('a total said to be 新收: prose-table compares the part (its scope is in the words), and prose-sum says it follows from it', () => {
  const found = sums('全年新收政府信息公开申请46件，其中自然人申请42件、法人或其他组织申请6件；上年结转2件；');
  assert.equal(found.length, 2);
  assert.match(found[0], /^prose-sum: .*这是正文“自然人申请42件”（表三为 40）与表格不一致的结果/);
  assert.doesNotMatch(found[0], /口径不一/);
  assert.match(found[1], /^prose-table: 正文“自然人申请42件”与表三不一致/);
});

test('the other way: a total of 新收 and 上年结转 with 自然人 of 新收 alone', () => {
  const [f, ...rest] = sums('全年共收到政府信息公开申请48件，其中自然人申请40件、法人或其他组织申请6件；');
  assert.match(f, /总数是表三的新收加上年结转（48），而“自然人申请40件”是表三新收的自然人数，两处口径不一：按新收加上年结转应为 42件，请统一。$/);
  // (The parts add up to 新收, 46, and not to the 48 stated: the list splits the new ones, and prose-table finds each
  // part right against its column's 新收; brk187, which undid brk186 #14's sums for such a list.)
  assert.deepEqual(rest, []);
});

test('a part that matches neither count gets no such note (prose-table says what it is against the table)', () => {
  const found = sums('全年新收政府信息公开申请46件，其中自然人申请43件、法人或其他组织申请6件；上年结转2件；');
  assert.ok(found.some((f) => f.startsWith('prose-sum')), found.join('\n'));
  assert.ok(!found.some((f) => /口径不一/.test(f)), found.join('\n'));
});
