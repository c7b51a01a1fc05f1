// prose-table: 表四's groups listed with their verbs, the time that opens a clause, counts written in 万 (found by
// breaker10).
// Prose readings found by a tenth fresh user (breaker 10): a list of 表四's groups with their verbs
// (`被申请行政复议和提起行政诉讼共5件`) is still one count of the whole list; a time that opens a clause governs only the
// clauses that continue it (up to `；` or a clause opening with this year), and a year named in a comparison
// (`较2023年增加6件`) is no time of the clauses after it; counts written in 万 (`22.89万件`) are compared at the precision
// written.
// Base: examples/correct-2024.nianbao.md (a department's report, 某某市某某局 2024: 表三 新收 46, 上年结转 2, 予以公开 24;
// 表四 行政复议 3, 行政诉讼 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
/** The 表三 sentence of the base. */
const T3_SENTENCE = '其他处理1件；结转下年度继续办理1件。';
const brief = (f) => [f.actual, f.expected, f.data.quantity, f.fix?.edits[0].newText];

// ------------------------------------------------------------------------------------ lists of 表四's groups

test('行政复议 and 行政诉讼 listed with their verbs (被申请, 提起, 被提起) are counted together: 3 + 2 = 5 agrees, 6 does not', () => {
  for (const list of ['被申请行政复议和提起行政诉讼', '被申请行政复议、被提起行政诉讼', '被申请行政复议及被提起行政诉讼']) {
    const ok = edit(CORRECT, T3_SENTENCE, `${T3_SENTENCE}全年因政府信息公开${list}共5件，均依法积极应诉。`);
    assert.deepEqual(table(ok), [], list);
    const [f, ...rest] = table(edit(CORRECT, T3_SENTENCE, `${T3_SENTENCE}全年因政府信息公开${list}共6件，均依法积极应诉。`));
    assert.deepEqual(rest, [], list);
    assert.deepEqual(brief(f).slice(0, 3), [6, 5, 'list:T4:G1,T4:lit'], list);
  }
});

// ------------------------------------------------------------------------------------ how far a time governs

/** The 表三 sentence of the base, from its opening (新收 46, 上年结转 2) to 予以公开 (24). */
const NEW_TO_GRANTED = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、';

test('the report year opening a clause again (after 2023年为40件；) makes its counts this year’s: 予以公开20件 vs 24', () => {
  const [f, ...rest] = table(edit(CORRECT, NEW_TO_GRANTED, '2024年新收申请46件，2023年为40件；2024年予以公开20件、'));
  assert.deepEqual(rest, []);
  assert.deepEqual(brief(f), [20, 24, 'R3.1', '24']);
  // Without 2024年 after the semicolon, and with 24, there is nothing to report.
  assert.deepEqual(table(edit(CORRECT, NEW_TO_GRANTED, '2024年新收申请46件，2023年为40件；2024年予以公开24件、')), []);
});

test('a year named in a comparison (较2023年增加6件, 比2023年的40件增加6件) is no time of the clauses after it', () => {
  for (const opening of [
    '本年度新收申请46件，较2023年增加6件；办结47件，其中予以公开20件、',
    '本年度新收申请46件，比2023年的40件增加6件，其中予以公开20件、',
    '本年度新收申请46件，与2023年相比增加6件，其中予以公开20件、',
  ]) {
    const [f, ...rest] = table(edit(CORRECT, NEW_TO_GRANTED, opening));
    assert.deepEqual(rest, [], opening);
    assert.deepEqual(brief(f).slice(0, 3), [20, 24, 'R3.1'], opening);
  }
});

test('a clause opening with 2023年 or 上年度 governs the clauses that continue it, up to ；', () => {
  for (const opening of [
    // Ambiguous (last year's 予以公开, or this year's?): not compared.
    '全年新收申请46件，较上年增加6件，上年度新收40件，予以公开20件；办结47件，其中予以公开24件、',
    '全年新收申请46件；2023年新收申请40件，予以公开20件；办结47件，其中予以公开24件、',
  ]) assert.deepEqual(table(edit(CORRECT, NEW_TO_GRANTED, opening)), [], opening);
  // After the semicolon the counts are this year's again.
  for (const opening of ['上年度新收申请40件；办结47件，其中予以公开20件、', '2023年新收申请40件，较2022年增加2件；予以公开20件、']) {
    const [f, ...rest] = table(edit(CORRECT, NEW_TO_GRANTED, opening));
    assert.deepEqual(rest, [], opening);
    assert.deepEqual(brief(f).slice(0, 3), [20, 24, 'R3.1'], opening);
  }
});

// ------------------------------------------------------------------------------------ counts written in 万

/** The base with a 市公安局's 表二 (行政许可 356,231, 行政处罚 128,905), as the user's report had it. */
const POLICE = edit(edit(CORRECT, '| 行政许可 | 1520             |', '| 行政许可 | 356,231          |'), '| 行政处罚 | 86               |', '| 行政处罚 | 128,905          |');
const MANAGEMENT = '严格落实公开前保密审查，动态更新政府信息公开指南和目录。';

test('a 表二 count written in 万 is compared at the precision written: 22.89万件 vs 128,905 is a contradiction (without a fix, like 128,095件)', () => {
  const text = edit(POLICE, MANAGEMENT, `全年作出行政处罚决定22.89万件。${MANAGEMENT}`);
  const [f, ...rest] = table(text);
  assert.deepEqual(rest, []);
  assert.deepEqual(brief(f), [228900, 128905, 'T2.5:decisions', undefined]);
  assert.match(f.message, /正文写 22\.89万（228900），相差 \+99995/);
  assert.equal(core.fixAll(text).text, text);
});

test('a count in 万 that rounds the table’s (12.89万, 12.9万, 13万 for 128,905; 35.62万 for 356,231) is no contradiction', () => {
  for (const said of ['作出行政处罚决定12.89万件', '作出行政处罚决定12.9万件', '作出行政处罚决定13万件', '作出行政许可决定35.62万件，作出行政处罚决定12.89万件']) {
    assert.deepEqual(table(edit(POLICE, MANAGEMENT, `全年${said}。${MANAGEMENT}`)), [], said);
  }
  const small = edit(CORRECT, '| 行政处罚 | 86               |', '| 行政处罚 | 12,345           |');
  assert.deepEqual(table(edit(small, MANAGEMENT, `全年作出行政处罚决定1.2万件。${MANAGEMENT}`)), []);
  // One more unit than rounding allows is one.
  const [f] = table(edit(POLICE, MANAGEMENT, `全年作出行政许可决定35.64万件。${MANAGEMENT}`));
  assert.deepEqual(brief(f).slice(0, 3), [356400, 356231, 'T2.3:decisions']);
});

// ------------------------------------------------------------------------------------ 表四's results under 依申请公开

/** The paragraph of 一（二）依申请公开 (under its heading) as the user wrote it: no 信息公开 in it. */
const T3_PARAGRAPH = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const T4_SAID = (results) => edit(CORRECT, T3_PARAGRAPH, `全年新收申请46件。${results}`);

test('under the heading of 依申请公开, 表四’s results after 行政复议/行政诉讼 are compared (维持 3 vs 2, 纠正 1 vs 0); the right breakdown is silent', () => {
  const [f, ...rest] = table(T4_SAID('被申请行政复议3件，其中结果维持3件；被提起行政诉讼2件。'));
  assert.deepEqual(rest, []);
  assert.deepEqual(brief(f), [3, 2, 'T4:G1:0', undefined]);
  const [g, ...more] = table(T4_SAID('被申请行政复议3件；被提起行政诉讼2件，其中结果纠正1件。'));
  assert.deepEqual(more, []);
  assert.deepEqual(brief(g).slice(0, 3), [1, 0, 'T4:lit:1']);
  assert.deepEqual(table(T4_SAID('被申请行政复议3件，其中结果维持2件、其他结果1件；被提起行政诉讼2件，均为未经复议直接起诉，其中结果维持1件、尚未审结1件。')), []);
});
