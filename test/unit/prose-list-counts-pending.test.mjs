// prose-table: a count after a list counts the whole list, 正在办理 counts what is pending, messages name rows by short
// names (found by breaker6).
// Prose readings found by a sixth fresh user (breaker 6): a count after a list of 办理结果 (or 表四 groups) counts
// the whole list, 正在办理 counts what is still pending, and the messages name table rows by their short names.
// The base is examples/correct-2024.nianbao.md: 表三 不予公开 6, 无法提供 7, 不予处理 3, 办结 47, 结转下年度 1;
// 表四 行政复议 3, 行政诉讼 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const SENTENCE = '其他处理1件；结转下年度继续办理1件。';
const LIST = '其中予以公开24件、部分公开6件、不予公开6件';
/** The base report with `added` written after its 表三 sentence. */
const withSentence = (added) => edit(CORRECT, SENTENCE, SENTENCE + added);
const zh = (f) => f.message;

for (const added of [
  '不予公开、无法提供、不予处理合计16件，占办结总数的34.04%。',
  '不予公开、无法提供和不予处理共16件。',
  '不予公开、无法提供、不予处理的共计16件。',
  '无法提供、不予处理的申请合计10件。',
  '不予公开及无法提供的13件均已依法告知理由。',
  '行政复议和行政诉讼共5件。',
  '上年结转和本年新收申请共48件。',
]) {
  test(`a count after a list counts the whole list: “${added}” agrees with the tables, and --fix leaves it`, () => {
    const text = withSentence(added);
    assert.deepEqual(table(text), []);
    assert.equal(core.fixAll(text).text, text);
  });
}

test('a wrong total of a list is compared with the sum of what it names, and fixed to it when 表三 adds up', () => {
  const [f] = table(withSentence('不予公开、无法提供、不予处理合计17件。'));
  assert.deepEqual([f.expected, f.actual, f.data.quantity, f.fix?.edits[0].newText], [16, 17, 'list:R3.3,R3.4,R3.5', '16']);
  assert.match(zh(f), /正文“不予公开、无法提供、不予处理合计17件”与表三不一致：表三的不予公开、无法提供与不予处理之和为 16（不予公开 6 \+ 无法提供 7 \+ 不予处理 3）/);
  // 表四: compared, not fixed (one identity per group).
  const [g] = table(withSentence('行政复议和行政诉讼共6件。'));
  assert.deepEqual([g.expected, g.actual, g.data.quantity, g.fix], [5, 6, 'list:T4:G1,T4:lit', undefined]);
});

test('a list whose count is each one’s (均, 各) is compared for each phrase, without a fix; one whose parts have more than one reading is not compared', () => {
  // 不予公开 is 6 in 表三, 无法提供 7: the sentence says 6 of each (see prose-respective-lists.test.mjs).
  const each = table(withSentence('不予公开、无法提供的均为6件。'));
  assert.deepEqual(each.map((f) => [f.expected, f.actual, f.fix]), [[7, 6, undefined]]);
  assert.deepEqual(table(withSentence('不予公开、无法提供的均为6件。'.replace('无法提供', '不予处理').replace('6件', '3件'))).map((f) => [f.expected, f.actual]), [[6, 3]]);
  // 自然人 and 法人或其他组织 may each count 新收 or 新收 + 结转: the sum has no single reading.
  assert.deepEqual(table(withSentence('自然人和法人或其他组织申请共40件。')), []);
});

for (const added of ['全年共收到申请48件，已办结47件，正在办理1件。', '办结47件，仍在办理1件。', '另有1件正在办理中。', '截至2024年12月31日，尚有1件申请在办理中。', '还有1件在办理中。']) {
  test(`正在办理 / 仍在办理 counts what is pending (结转下年度继续办理 1), not 办理 as a total: “${added}”`, () => {
    assert.deepEqual(table(withSentence(added)), []);
    const [f] = table(withSentence(added.replace('1件', '2件')));
    assert.deepEqual([f.expected, f.actual, f.data.quantity, f.fix?.edits[0].newText], [1, 2, 'R4', '1']);
  });
}

test('messages name 表三 rows by their short names, without ordinals or the template\'s explanation', () => {
  const [f] = table(edit(CORRECT, LIST, '其中予以公开（含部分公开）31件，不予公开6件'));
  assert.match(zh(f), /表三的予以公开与部分公开之和为 30（予以公开 24 \+ 部分公开 6）/);
  assert.doesNotMatch(zh(f), /（（|区分处理的/);
  assert.equal(f.related[0].message, '表三：予以公开 24');
});

test('a combined total that is one of the counts after 其中 says which counts it is listed with', () => {
  const text = edit(CORRECT, LIST + '、无法提供7件、不予处理3件、' + SENTENCE, '其中予以公开和部分公开共31件，不予公开6件。');
  const [f] = table(text);
  assert.deepEqual([f.expected, f.actual, f.fix], [30, 31, undefined]);
  assert.match(zh(f), /这个数是句中“其中”后列举的 2 个数（31件、6件）之一，只改它会改变它们的和/);
  const en = core.checkReport(core.parseReport(text), { locale: 'en' }).find((x) => x.ruleId === 'prose-table');
  assert.match(en.message, /one of the 2 counts listed after “其中” \(of which\) \(“31件”, “6件”\)/);
});
