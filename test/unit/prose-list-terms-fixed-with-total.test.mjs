// prose-table: a complete list of 办理结果 after a total (`办结45件，其中予以公开24件、…、不予处理1件、其他处理1件`) whose
// total and some terms contradict 表三 (breaker37 #6, m32): the total was fixed alone (45 → 47), the term withheld
// (changing it alone changes the list's sum), and after --fix prose-sum warned that the list adds up to 45, not 47,
// while the term's fix was withheld in every later pass: a half-fixed sentence. Now, when every term that
// contradicts 表三 and the total are replaced by 表三's numbers and the terms then add up to the total, they are all
// fixed in one pass; else each term stays an error that says what is wrong, without a fix.
// Input: the breaker's B1 (test/fixtures/reports/breaker35-b1-2024.md: 表三 办理结果总计 47, 予以公开 24, 部分公开 6,
// 不予公开 6, 无法提供 7, 不予处理 3, 其他处理 1) with line 27 replaced, as its run.sh writes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, proseBrief as brief, proseTableOf as table, proseInput, proseLineOf } from '../helpers.mjs';

/** B1 with its line 27 replaced by `line`. */
const input = (line) => proseInput('B1', line);
const line27 = (text) => proseLineOf('B1', text);
const findingsOf = (text, rules) => core.analyze(text).findings.filter((f) => rules.includes(f.ruleId));

test('breaker37 m32: 办结45 and 不予处理1 both against 表三 (47, 3), the list adding up to 45: both fixed in one pass, nothing left', () => {
  const text = input('全年共受理政府信息公开申请46件，办结45件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理1件、其他处理1件。');
  const found = table(text);
  assert.deepEqual(found.map(brief), [[45, 47, 'R3.7', 'error', '47'], [1, 3, 'R3.5', 'error', '3']]);
  assert.match(found[1].message, /这个数是句中“其中”后列举的 6 个数（24件、6件、6件、7件、1件、1件）之一。列举中与表三不一致的“不予处理1件”和句中的总数“办结45件”都改为表三的数后，各项之和正好是总数 47，句子与表三、与它自己都一致/);
  const en = core.checkReport(core.parseReport(text), { locale: 'en' }).filter((f) => f.ruleId === 'prose-table')[1];
  assert.match(en.message, /With the list's counts that contradict 表三 \(“不予处理1件”\), and the sentence's total “办结45件”, replaced by 表三's numbers, the counts add up to the total, 47/);
  const out = core.fixAll(text);
  assert.equal(out.passes, 1);
  assert.equal(line27(out.text), '全年共受理政府信息公开申请46件，办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件。');
  assert.deepEqual(findingsOf(out.text, ['prose-table', 'prose-sum']), []);
});

test('a right total with two terms off in opposite directions: both terms fixed together, the total kept', () => {
  const text = input('全年共受理政府信息公开申请46件，办结47件，其中予以公开25件、部分公开5件、不予公开6件、无法提供7件、不予处理3件、其他处理1件。');
  assert.deepEqual(table(text).map(brief), [[25, 24, 'R3.1', 'error', '24'], [5, 6, 'R3.2', 'error', '6']]);
  const out = core.fixAll(text).text;
  assert.equal(line27(out), '全年共受理政府信息公开申请46件，办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件。');
  assert.deepEqual(findingsOf(out, ['prose-table', 'prose-sum']), []);
});

test('a list that did not add up as written is fixed with its total when 表三\'s numbers make it add up', () => {
  // 24 + 6 + 6 + 7 + 2 + 1 = 46, not 45 (prose-sum says so); with 47 and 3 all agree.
  const text = input('全年共受理政府信息公开申请46件，办结45件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理2件、其他处理1件。');
  assert.deepEqual(table(text).map(brief), [[45, 47, 'R3.7', 'error', '47'], [2, 3, 'R3.5', 'error', '3']]);
  const out = core.fixAll(text).text;
  assert.match(line27(out), /办结47件，其中.*不予处理3件/);
  assert.deepEqual(findingsOf(out, ['prose-table', 'prose-sum']), []);
});

test('a term that alone would make the list add up to the total as written is fixed with the others and the total', () => {
  // 23 + … + 1 = 44: 予以公开 24 alone would give the written 45, but 45 is wrong too (47), and so is 不予处理 (3).
  const text = input('全年共受理政府信息公开申请46件，办结45件，其中予以公开23件、部分公开6件、不予公开6件、无法提供7件、不予处理1件、其他处理1件。');
  const found = table(text);
  assert.deepEqual(found.map(brief), [[45, 47, 'R3.7', 'error', '47'], [23, 24, 'R3.1', 'error', '24'], [1, 3, 'R3.5', 'error', '3']]);
  for (const f of found.slice(1)) assert.match(f.message, /列举中与表三不一致的“予以公开23件”、“不予处理1件”和句中的总数“办结45件”都改为表三的数后，各项之和正好是总数 47/);
  const out = core.fixAll(text).text;
  assert.equal(line27(out), '全年共受理政府信息公开申请46件，办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件。');
  assert.deepEqual(findingsOf(out, ['prose-table', 'prose-sum']), []);
});

test('a contradicted term that is never rewritten (Chinese numerals) keeps the other terms unfixed; what is left says what is wrong', () => {
  // 不予处理一件 (1 against 3) is the author's style: not rewritten, so the list cannot be mended whole. 予以公开 is
  // fixed only as before (24 makes the terms add up to the written 45), and the errors left name 一件.
  const text = input('全年共受理政府信息公开申请46件，办结45件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理一件、其他处理1件。');
  const found = table(text);
  assert.deepEqual(found.map(brief), [[45, 47, 'R3.7', 'error', '47'], [1, 3, 'R3.5', 'error', undefined]]);
  assert.match(found[1].message, /只改它会改变它们的和：请核对整个列举后修改，未自动修改/);
  const after = core.fixAll(text).text;
  assert.match(line27(after), /办结47件.*不予处理一件/);
  const left = findingsOf(after, ['prose-table', 'prose-sum']);
  assert.ok(left.some((f) => f.ruleId === 'prose-table' && f.actual === 1 && f.expected === 3 && f.severity === 'error'), left.map((f) => f.message).join('\n'));
  assert.ok(left.some((f) => f.ruleId === 'prose-sum' && /总数写为 47件，但其中各项之和为 .* = 45/.test(f.message)), left.map((f) => f.message).join('\n'));
});
