// prose-table: a 其中 part before a 办结 leaves the total compared, and prose agreeing with the corrected table names
// the table's row (found by breaker21).
// breaker21 items 3 and 5 (prose-table).
// 3: `全年共收到政府信息公开申请46件（其中通过“局长信箱”提交10件），办结48件。` and `…申请46件，其中通过12345热线转办的申请5件，
//    已办结48件。` (表三 （七）总计 47) reported nothing: any 其中 earlier in the sentence made the 办结 "a part, not the
//    total", even in a parenthesis closed before it or when 48 cannot be a count of the 5 the 其中 names; and a 其中
//    part naming a channel (信箱, 热线) made the 办结 continue "another subject". A part of the count before (其中…,
//    （其中…）) names how some of the applications came: a later 办结 continues the count the part belongs to.
// 5: the breaker's r11 (予以公开 +2 in 自然人 and 总计, the balance still holds): prose-table told the user that the
//    prose 予以公开24件 was wrong because 表三 has 26, while 24 is the row less what the results are off by (T3-B
//    fails by +2, T3-A gives the total as written): the prose agrees with the corrected table, so the finding now
//    says the table's row is the likely error, at info, without a fix.
// Bases: examples/correct-2024.nianbao.md (某某市某某局 2024: 新收 46, 上年结转 2, 办结 47, 予以公开 24, 部分公开 6) and
// the breaker's files in test/fixtures/reports (h-prose-subjects 2024, r11 2022).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterT3, core, edit, lineOf, only, proseBrief as brief, proseTableOf as table, ROOT } from '../helpers.mjs';

const read = (p) => readFileSync(join(ROOT, p), 'utf8');
const CORRECT = read('examples/correct-2024.nianbao.md');
const H = read('test/fixtures/reports/breaker21-h-prose-subjects-2024.md');
const R11 = read('test/fixtures/reports/breaker21-r11-sum-results-2022.md');

// ------------------------------------------------------------------------------------ item 3: 其中 parts

test('h: a 办结 after a 其中 part naming the channel (局长信箱, 12345热线) is compared with 表三, as the lines the breaker found are', () => {
  const found = table(H);
  const at = (marker) => found.filter((f) => lineOf(H, f).startsWith(marker)).map(brief);
  assert.deepEqual(at('H2 '), [[48, 47, 'R3.7', 'error', '47']]);
  assert.deepEqual(at('H5 '), [[48, 47, 'R3.7', 'error', '47']]);
  // Kept: the lines the breaker says are right, and 建议提案's 办结 (H7) silent.
  assert.deepEqual(at('H4 '), [[48, 47, 'R3.7', 'error', '47']]);
  assert.deepEqual(at('H6 ').map((b) => b.slice(0, 3)), [[48, 47, 'R3.7'], [26, 24, 'R3.1']]);
  assert.deepEqual(at('H7 '), []);
  assert.equal(found.length, 5);
});

test('a part of the applications (其中…, （其中…）) does not stop the 办结 after it from being compared (but one that may count the part stays silent)', () => {
  for (const [sentence, expected] of [
    ['全年共收到政府信息公开申请46件（其中通过“局长信箱”提交10件），办结45件。', [[45, 47, 'R3.7', 'error', '47']]],
    ['全年共收到政府信息公开申请46件，其中通过12345热线转办的申请5件，已办结45件。', [[45, 47, 'R3.7', 'error', '47']]],
    ['全年共受理46件（含通过“局长信箱”提交10件），办结45件。', [[45, 47, 'R3.7', 'error', '47']]],
    // A 其中 part without 申请 is still a part of the applications; the 办结 after it is no other part of the list
    // (prose3 item 2: rewritten as with the parenthesis).
    ['全年共收到政府信息公开申请46件，其中通过“局长信箱”提交10件，办结45件。', [[45, 47, 'R3.7', 'error', '47']]],
  ]) {
    const text = afterT3(CORRECT, sentence);
    assert.deepEqual(table(text).map(brief), expected, sentence);
  }
  // Still silent: a 办结 that may count the 其中 part itself, or continues another subject's count.
  for (const sentence of [
    // 4 may be of the 5 the part names.
    '全年共收到政府信息公开申请46件，其中通过12345热线转办的申请5件，已办结4件。',
    // A part that says 申请 does not make the hotline's count one of applications.
    '全年共收到群众通过12369热线反映的问题3216件，其中涉及政府信息公开的申请10件，办结3198件。',
    '全年共收到群众通过12369热线反映的问题3216件（其中涉及政府信息公开的申请10件），办结3198件。',
    // 其中 in the phrase's own clause: a part, as before.
    '全年共收到政府信息公开申请46件，其中新收44件。',
  ]) {
    const text = afterT3(CORRECT, sentence);
    assert.deepEqual(table(text).map(brief), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
});

// ------------------------------------------------------------------------------------ item 5: prose agrees with the corrected table

test('r11: the prose 予以公开24件, the 予以公开 row less what the results are off by, is said to agree; the row is named, no fix', () => {
  const [f, ...rest] = table(R11);
  assert.deepEqual(rest, []);
  // (expected is the prose's own 24: the message says it is right, brk183 #4.)
  assert.deepEqual(brief(f), [24, 24, 'R3.1', 'info', undefined]);
  assert.ok(f.message.includes('但与表三的收支平衡一致：表三（总计列）各办理结果之和为 49，比（七）总计 47 多 2，而新收 46 + 上年结转 2 − 结转下年度 1 = 47 支持总计'), f.message);
  assert.ok(f.message.includes('很可能是表三的予以公开填错了（应为 24），而不是正文：请对照原表核对表三，不要改正文，未自动修改。'), f.message);
  assert.ok(!f.message.includes('与表三不一致'), f.message);
  assert.equal(core.fixAll(R11).text, R11);
  const en = core.checkReport(core.parseReport(R11), { locale: 'en' }).find((x) => x.ruleId === 'prose-table');
  assert.ok(en.message.includes('is likely the wrong number (it should be 24), not the prose'), en.message);
  // sum-results still blames a result row, in both columns.
  assert.equal(only(R11, 'sum-results').found.length, 2);
});

/** The base with a 表三 row's 自然人 and 总计 cells set (the row's applicant sum still holds). */
const withRow = (label, natural, total) => {
  const line = CORRECT.split('\n').find((l) => l.startsWith(`| ${label}`));
  const cells = line.split('|');
  cells[2] = cells[2].replace(/\d+/, String(natural));
  cells[8] = cells[8].replace(/\d+/, String(total));
  return edit(CORRECT, line, cells.join('|'));
};

test('a result row too high or too low while the balance holds: the prose stating it corrected is no prose error (other numbers still are)', () => {
  // 予以公开 +2: the prose's 24 is 26 − 2.
  const high = withRow('（一）予以公开', 23, 26);
  assert.deepEqual(table(high).map(brief), [[24, 24, 'R3.1', 'info', undefined]]);
  // 部分公开 −1: the results are 1 too low; the prose's 6 is 5 + 1.
  const low = withRow('（二）部分公开', 4, 5);
  const [f] = table(low);
  assert.deepEqual(brief(f), [6, 6, 'R3.2', 'info', undefined]);
  assert.ok(f.message.includes('比（七）总计 47 少 1') && f.message.includes('很可能是表三的部分公开填错了（应为 6）'), f.message);
  assert.equal(core.fixAll(low).text, low);
  // Otherwise the prose number is still the one said to differ from the table.
  // Not the row less the difference (26 − 2 is 24, not 25).
  const other = edit(withRow('（一）予以公开', 23, 26), '其中予以公开24件', '其中予以公开25件');
  const [g] = table(other);
  assert.deepEqual(brief(g), [25, 26, 'R3.1', 'error', undefined]);
  assert.ok(g.message.startsWith('正文“予以公开25件”与表三不一致：表三的予以公开为 26'), g.message);
  // The balance does not give the total (the total was raised with the row): the results add up, the prose differs.
  const total = CORRECT.split('\n').find((l) => l.startsWith('| （七）总计'));
  const both = edit(withRow('（一）予以公开', 23, 26), total, total.replace('| 41 ', '| 43 ').replace(/\| 47(\s*)\|$/, '| 49$1|'));
  assert.ok(table(both).some((x) => x.data.quantity === 'R3.1' && x.severity === 'error' && x.actual === 24 && x.expected === 26));
});
