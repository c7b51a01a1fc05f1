// prose-table: counts of another quantity (公开属性, another body, last year) are silent; 表二 counts named by a verb, in
// 万元, 2019's 政府集中采购 are compared (found by breaker8).
// Prose readings found by an eighth fresh user (breaker 8): counts whose subject is not the reporting agency's
// applications (documents sorted by 公开属性, another body, last year) are another quantity and are neither
// reported nor "fixed"; 表二 counts named by a verb alone (废止, 现行有效), the fee in 万元, 2019's 政府集中采购,
// `提出申请`, `无上年结转申请` and `已全部办结` are compared; a 其中 list ends where a stronger separator than its
// own ends its clause.
// Bases: examples/correct-2024.nianbao.md (a department's report, 某某市某某局: 表三 新收 46, 上年结转 2, 予以公开 24,
// 不予公开 6, 结转下年度 1; 法人或其他组织 6; 表四 行政复议 3), 洪泽区 2024 (表二 行政规范性文件 3/0/8, 行政事业性收费
// 7545 万元) and seed 001 (河东区政府办公室 2020, 2019 format: 政府集中采购 0 个).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, edit, only, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');
const SEED_001 = corpusText('seeds/001_417062a3286660b0.txt');
/** The 表三 sentence of the base, and the sentence of 一（三）政府信息管理. */
const T3_SENTENCE = '其他处理1件；结转下年度继续办理1件。';
const MANAGEMENT = '严格落实公开前保密审查，动态更新政府信息公开指南和目录。';
const brief = (f) => [f.actual, f.expected, f.data.quantity, f.fix?.edits[0].newText];
/** The findings about 表二 (洪泽区 2024 has an info on 区政府办代表区政府 17 件, seed 001 an error on 不予公开1件: both 表三's). */
const table2 = (text) => table(text).filter((f) => f.data.quantity.startsWith('T2.'));

// ------------------------------------------------------------------------------------ not the applications

test('documents sorted by 公开属性 are not 表三’s 办理结果: silent, and --fix leaves them; 不予公开 about applications is still compared', () => {
  for (const sentence of [
    '全年印发文件356件，主动公开210件，依申请公开36件，不予公开110件。',
    '全年共制发公文356件，经公开属性审查，其中主动公开210件、依申请公开36件、不予公开110件。',
    '全年发文356件。其中主动公开210件，依申请公开36件，不予公开110件。',
  ]) {
    const text = edit(CORRECT, MANAGEMENT, sentence + MANAGEMENT);
    assert.deepEqual(table(text), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
  const [f] = table(edit(CORRECT, MANAGEMENT, '收到政府信息公开申请46件，不予公开110件。' + MANAGEMENT));
  assert.deepEqual(brief(f).slice(0, 3), [110, 6, 'R3.3']);
  const [g] = table(edit(CORRECT, MANAGEMENT, '全年印发文件356件；收到政府信息公开申请46件，予以公开20件。' + MANAGEMENT));
  assert.deepEqual(brief(g), [20, 24, 'R3.1', '24']);
});

test('another body’s counts are another quantity: silent, and --fix leaves them; the agency itself (本机关, 我局, its name) is compared', () => {
  for (const sentence of [
    '县政府办公室收到政府信息公开申请12件，予以公开8件。',
    '下属单位某某中心收到申请5件，予以公开3件，不予公开2件。',
    '各乡镇（街道）共收到政府信息公开申请4件，均予以公开。',
    '县长信箱共受理16件，办结15件。',
  ]) {
    const text = edit(CORRECT, T3_SENTENCE, T3_SENTENCE + sentence);
    assert.deepEqual(table(text), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
  for (const subject of ['本机关', '我局', '某某局', '某某市某某局']) {
    const [f] = table(edit(CORRECT, T3_SENTENCE, `${T3_SENTENCE}${subject}收到政府信息公开申请12件，予以公开8件。`));
    assert.deepEqual(f && brief(f).slice(0, 3), [12, 46, 'R1'], subject);
  }
  // The body opens its clause; the next sentence is the agency's again.
  const [g] = table(edit(CORRECT, T3_SENTENCE, `${T3_SENTENCE}县政府办公室收到申请12件。予以公开20件。`));
  assert.deepEqual(brief(g), [20, 24, 'R3.1', '24']);
});

// brk112 #1: a sub-unit's own figures introduced with 另 (`公证处另收到申请6件，其中予以公开4件`) were compared with 表三,
// and --fix rewrote the sub-unit's 4 to 表三's 予以公开 (6 received, 7 disclosed).
test('another body’s counts with 另/另外/还 (公证处另收到…, 局属公证处、法律援助中心另收到…) are another quantity; the agency’s own 另 is compared', () => {
  for (const sentence of [
    '公证处另收到申请6件，其中予以公开4件。',
    '公证处另外收到申请6件，其中予以公开4件。',
    '公证处还收到申请6件，予以公开4件。',
    '县公证处全年另受理政府信息公开申请6件，予以公开4件。',
    '局属公证处、法律援助中心另收到申请6件，均已答复，其中予以公开4件。',
    '局属公证处、法律援助中心收到申请6件，均已答复，其中予以公开4件。',
    '公证处、法律援助中心等局属单位另收到申请6件，其中予以公开4件。',
    '此外，公证处收到申请6件，其中予以公开4件。',
  ]) {
    const text = edit(CORRECT, T3_SENTENCE, T3_SENTENCE + sentence);
    assert.deepEqual(table(text).map((f) => f.message), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
  // No other body named: 另 adds to the agency's own figures, which 表三 holds (新收 46, 予以公开 24).
  for (const sentence of ['另外，本机关还收到申请12件，其中予以公开8件。', '我局另收到申请12件，其中予以公开8件。', '另收到申请12件，其中予以公开8件。', '此外，还收到申请12件，其中予以公开8件。']) {
    assert.deepEqual(table(edit(CORRECT, T3_SENTENCE, T3_SENTENCE + sentence)).map((f) => brief(f).slice(0, 3)), [[12, 46, 'R1'], [8, 24, 'R3.1']], sentence);
  }
  // 另有 after the agency's figures is its own pending count (表三 结转下年度 1).
  assert.deepEqual(table(edit(CORRECT, T3_SENTENCE, T3_SENTENCE + '另有3件正在办理中。')).map((f) => brief(f).slice(0, 3)), [[3, 1, 'R4']]);
  // Words joined by 、 that are not all bodies are no subject (`…细化落实党中央、国务院全年收到…`: the agency's count).
  assert.deepEqual(table(edit(CORRECT, T3_SENTENCE, T3_SENTENCE + '细化落实党中央、国务院全年收到政府信息公开申请12件。')).map((f) => brief(f).slice(0, 3)), [[12, 46, 'R1']]);
});

// brk115 #1: the same with a plural or counted subject (`各县区另收到申请200件，其中予以公开150件`): two errors, and --fix
// rewrote the sub-units' 150 to 表三's 24.
test('several bodies named by 各 or by their number (各县区, 12个乡镇, 下属3个事业单位, 市、县两级) with 另 are another quantity; the agency’s own is compared', () => {
  for (const sentence of [
    '各县区另收到申请200件，其中予以公开150件。',
    '各镇街另收到申请120件。',
    '各县（市、区）另收到申请200件。',
    '各乡镇政府另收到申请120件，予以公开100件。',
    '12个乡镇另收到申请120件。',
    '五个街道另收到申请12件，予以公开8件。',
    '3个下属事业单位另收到申请9件。',
    '局机关以外，下属3个事业单位另收到申请9件。',
    '全县12个乡镇另收到申请120件。',
    '2024年各县区另收到申请200件。',
    '市、县两级另收到申请300件。',
    '县乡两级另收到申请300件。',
  ]) {
    const text = edit(CORRECT, T3_SENTENCE, T3_SENTENCE + sentence);
    assert.deepEqual(table(text).map((f) => f.message), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
  // The agency itself, with a year or a count of its own, is still compared (表三 新收 46, 予以公开 24).
  for (const sentence of ['我局另收到申请12件，其中予以公开8件。', '2024年我局另收到申请12件，其中予以公开8件。', '另收到申请12件，其中予以公开8件。']) {
    assert.deepEqual(table(edit(CORRECT, T3_SENTENCE, T3_SENTENCE + sentence)).map((f) => brief(f).slice(0, 3)), [[12, 46, 'R1'], [8, 24, 'R3.1']], sentence);
  }
  // A number that is not a count of bodies names none (`收到申请12件` after a year's 12 alone is the agency's).
  assert.deepEqual(table(edit(CORRECT, T3_SENTENCE, T3_SENTENCE + '全年另收到申请12件。')).map((f) => brief(f).slice(0, 3)), [[12, 46, 'R1']]);
});

// brk116 #1: the same with a body whose name ends in 馆/台 (市档案馆另收到…), 各县（市、区）政府, 分别 between 另 and the verb,
// or the body named in an appositive clause before the verb: two errors, and --fix rewrote the sub-unit's 予以公开 to 24.
test('bodies named 市档案馆, 市气象台, 各县（市、区）政府, X和Y另分别…, or in an appositive clause (X作为本局直属单位，另收到…) are another quantity', () => {
  for (const sentence of [
    '市档案馆另收到申请8件，其中予以公开5件。',
    '市图书馆还收到申请8件，其中予以公开5件。',
    '市博物馆另收到申请8件，其中予以公开5件。',
    '市气象台另收到申请8件，其中予以公开5件。',
    '市红十字会另收到申请8件，其中予以公开5件。',
    '局属事业单位市档案馆还受理政府信息公开申请8件，均已按期答复，其中予以公开5件。',
    '各县（市、区）政府另收到申请500件，其中予以公开300件。',
    '各县（市、区）政府也收到申请500件，办结498件。',
    '市公证处和市法律援助中心另分别收到申请12件和3件，其中予以公开10件。',
    '市公证处、市法律援助中心分别收到申请12件和3件。',
    '市不动产登记中心作为本局直属单位，另收到申请30件，其中予以公开25件。',
    '另外，市医保局作为本机关代管单位，收到申请20件，其中予以公开12件。',
  ]) {
    const text = edit(CORRECT, T3_SENTENCE, T3_SENTENCE + sentence);
    assert.deepEqual(table(text).map((f) => f.message), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
  // The agency itself, in an appositive or with 另分别, is still compared (表三 新收 46, 予以公开 24).
  for (const sentence of ['我局作为市政府工作部门，另收到申请12件，其中予以公开8件。', '我局另分别收到申请12件。', '本机关还收到申请12件。']) {
    const found = table(edit(CORRECT, T3_SENTENCE, T3_SENTENCE + sentence));
    assert.deepEqual(found.map((f) => brief(f).slice(0, 3)[0]), sentence.includes('予以公开') ? [12, 8] : [12], sentence);
  }
});

// brk121 #4: the same appositive said with 是, 为 or 系 (`市不动产登记中心是本局直属单位，另收到…`), or 另行 before the verb
// (`市档案馆另行收到…`): an error on the sub-unit's 收到 and an info on its 予以公开.
test('a sub-unit named with 是/为/系 + a unit under a body (X是本局直属单位，另收到…), or with 另行 (X另行收到…), is another quantity', () => {
  for (const sentence of [
    '市不动产登记中心是本局直属单位，另收到申请8件，其中予以公开5件。',
    '市不动产登记中心为本局直属单位，另收到申请8件，其中予以公开5件。',
    '市不动产登记中心系本局下属事业单位，全年另收到申请8件，其中予以公开5件。',
    '市公证处为局属公益一类事业单位，收到申请8件，其中予以公开5件。',
    '市档案馆另行收到申请8件，其中予以公开5件。',
    '市公证处全年另行受理政府信息公开申请8件，予以公开5件。',
  ]) {
    const text = edit(CORRECT, T3_SENTENCE, T3_SENTENCE + sentence);
    assert.deepEqual(table(text).map((f) => f.message), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
  // The agency itself, its own office, or 另行 with no body named: still compared (表三 新收 46).
  for (const sentence of [
    '我局是市政府直属单位，另收到申请12件。',
    '局办公室为本局政务公开工作机构，全年收到申请12件。',
    '另行收到申请12件。',
    '我局另行收到申请12件。',
  ]) {
    assert.deepEqual(table(edit(CORRECT, T3_SENTENCE, T3_SENTENCE + sentence)).map((f) => brief(f).slice(0, 3)), [[12, 46, 'R1']], sentence);
  }
});

// brk116 #1 (safety net): a result after a count received that 表三 contradicts too is said as an info, never fixed
// (the clause is probably another body's); the agency's own typo in one result, with a count received that matches
// 表三 (新收 46, or 48 with the carried-over), is still an error with its fix.
test('a result after a count received that contradicts 表三 too is an info without a fix; after a matching count, an error with a fix', () => {
  for (const sentence of ['我局另收到申请8件，其中予以公开5件。', '全年新收政府信息公开申请40件，予以公开23件。', '本机关收到政府信息公开申请8件，其中予以公开5件。']) {
    const text = edit(CORRECT, T3_SENTENCE, T3_SENTENCE + sentence);
    const result = table(text).find((f) => f.data.quantity === 'R3.1');
    assert.equal(result.severity, 'info', sentence);
    assert.equal(result.fix, undefined, sentence);
    assert.match(result.message, /也与表三不符/, sentence);
    assert.ok(!core.fixAll(text).text.includes(sentence.replace(/5件|23件/, '24件')), sentence);
  }
  for (const sentence of ['全年共收到政府信息公开申请46件，其中予以公开23件。', '全年共收到政府信息公开申请48件，其中予以公开23件。', '受理申请48件（含上年结转2件），办结47件，其中予以公开23件。']) {
    const text = edit(CORRECT, T3_SENTENCE, T3_SENTENCE + sentence);
    const found = table(text);
    assert.deepEqual(found.map(brief), [[23, 24, 'R3.1', '24']], sentence);
    assert.notEqual(found[0].severity, 'info', sentence);
    assert.ok(core.fixAll(text).text.includes(sentence.replace('23件', '24件')), sentence);
  }
});

test('a clause opening with last year governs the clauses after it: silent, and --fix leaves them; 今年 opens this year again', () => {
  for (const sentence of ['去年同期新收申请40件，予以公开20件。', '上年度新收申请40件，行政复议1件。', '上一年，新收申请40件，不予公开2件。', '2023年新收申请40件，予以公开20件。']) {
    const text = edit(CORRECT, T3_SENTENCE, T3_SENTENCE + sentence);
    assert.deepEqual(table(text), [], sentence);
    assert.equal(core.fixAll(text).text, text, sentence);
  }
  const [f] = table(edit(CORRECT, T3_SENTENCE, `${T3_SENTENCE}去年同期新收申请40件，今年予以公开20件。`));
  assert.deepEqual(brief(f), [20, 24, 'R3.1', '24']);
  // 上年结转 is this year's count.
  const [g] = table(edit(CORRECT, '上年结转2件；', '上年结转3件；'));
  assert.deepEqual(brief(g).slice(0, 3), [3, 2, 'R2']);
});

// ------------------------------------------------------------------------------------ compared now

test('表二: 废止 and 现行有效 after 制发行政规范性文件 count that row’s columns (洪泽区 2024: 3, 0, 8)', () => {
  const at = '解读信息发布 7 条。';
  assert.deepEqual(table2(edit(HONGZE_2024, at, at + '制发行政规范性文件3件，废止0件，现行有效8件。')), []);
  const found = table2(edit(HONGZE_2024, at, at + '制发行政规范性文件3件，废止1件，现行有效9件。'));
  assert.deepEqual(found.map(brief), [[1, 0, 'T2.2:repealed', undefined], [9, 8, 'T2.2:in-force', undefined]]);
  assert.match(found[1].message, /正文“现行有效9件”与表二不一致：表二的行政规范性文件现行有效件数为 8，正文写 9，相差 \+1/);
  // Without a row named before it in the sentence, 废止 names nothing.
  assert.deepEqual(table2(edit(HONGZE_2024, at, at + '清理后废止1件。')), []);
});

test('表二: the fee in 万元 is compared to the precision written (洪泽区 2024: 7545 万元)', () => {
  const at = '解读信息发布 7 条。';
  for (const said of ['7545万元', '7545.0万元', '7545.4万元']) assert.deepEqual(table2(edit(HONGZE_2024, at, `${at}全年收取行政事业性收费${said}。`)), [], said);
  const [f] = table2(edit(HONGZE_2024, at, `${at}全年收取行政事业性收费7645.3万元。`));
  assert.deepEqual(brief(f), [7645.3, 7545, 'T2.7:fee', undefined]);
  assert.match(f.message, /相差 \+100\.3。/);
  // Counted in 元 or in 项 it is another figure.
  assert.deepEqual(table2(edit(HONGZE_2024, at, `${at}清理行政事业性收费3项。`)), []);
});

// brk93 #7: `12.5万元` against a 表二 of 125000 (the table filled in 元 under its 万元 header) was said only as
// `相差 -124987.5`.
test('表二: the fee in the table exactly 10,000 times the prose\'s in 万元 is said to be the table filled in 元, not fixed', () => {
  const at = '解读信息发布 7 条。';
  const inYuan = edit(HONGZE_2024, at, `${at}全年收取行政事业性收费0.7545万元。`);
  const [f] = table2(inYuan);
  // (expected is the prose's own 0.7545: the message says the table is the wrong one, brk183 #4.)
  assert.deepEqual(brief(f), [0.7545, 0.7545, 'T2.7:fee', undefined]);
  assert.match(f.message, /表二的数正好是正文的 10000 倍：表二的金额以万元为单位（见表头），很可能是按元填写了表格，7545元即 0\.7545万元。请核对表格，应填 0\.7545；未自动修改。/);
  assert.equal(f.fix, undefined);
  assert.ok(core.fixAll(inYuan).text.includes('全年收取行政事业性收费0.7545万元。'));
  // Any other difference is said as before, with no such note.
  assert.doesNotMatch(table2(edit(HONGZE_2024, at, `${at}全年收取行政事业性收费0.7546万元。`))[0].message, /10000 倍/);
});

test('表二 (2019 format): 政府集中采购项目 counts 采购项目数量 (seed 001: 0)', () => {
  const at = '(二)依申请公开情况';
  const [f] = table2(edit(SEED_001, at, '全年完成政府集中采购项目2个。\n' + at));
  assert.deepEqual(brief(f), [2, 0, 'T2.8:purchases', undefined]);
  assert.deepEqual(table2(edit(SEED_001, at, '全年完成政府集中采购项目0个。\n' + at)), []);
});

test('自然人（法人或其他组织）提出申请 counts that applicant’s applications', () => {
  const [f] = table(edit(CORRECT, T3_SENTENCE, `${T3_SENTENCE}其中自然人提出申请40件，法人或其他组织提出申请7件。`));
  assert.deepEqual(brief(f).slice(0, 3), [7, 6, 'legal:R1']);
});

test('无上年结转申请 (上年度无结转申请) contradicts a nonzero 上年结转, without a fix', () => {
  for (const said of ['无上年结转申请', '上年度无结转申请', '没有上一年度结转的申请']) {
    const found = table(edit(CORRECT, '上年结转2件；', `${said}；`));
    assert.deepEqual(found.map((f) => [f.data.quantity, f.expected, f.fix]), [['R2', 2, undefined]], said);
    assert.match(found[0].message, new RegExp(`正文“${said}”说没有，而表三的上年结转申请为 2`));
  }
});

test('已全部办结 right after the year’s applications says none is carried over; about last year’s only, it is not compared', () => {
  const all = table(edit(CORRECT, '上年结转2件；办结47件，', '上年结转2件，已全部办结；办结47件，'));
  assert.deepEqual(all.map((f) => [f.data.quantity, f.expected, f.fix]), [['R4', 1, undefined]]);
  assert.match(all[0].message, /正文“已全部办结”说本年的申请已全部办结，而表三的结转下年度继续办理为 1/);
  for (const [from, to] of [
    ['上年结转2件；', '上年结转的2件已全部办结；'],
    ['上年结转2件；', '上年结转2件；上年结转的申请已全部办结；'],
    ['上年结转2件；办结47件，', '上年结转2件；上年结转2件，均已办结；办结47件，'],
  ]) assert.deepEqual(table(edit(CORRECT, from, to)), [], to);
});

test('a 其中 list joined by 、 ends at the clause break: 上年结转 after it is not one of its parts', () => {
  const text = edit(CORRECT, '全年新收政府信息公开申请46件，上年结转2件；', '全年新收政府信息公开申请46件，其中自然人申请40件、法人或其他组织申请7件，上年结转2件；');
  const [f] = table(text);
  assert.match(f.message, /这个数是句中“其中”后列举的 2 个数（40件、7件）之一/);
  const [s] = only(text, 'prose-sum').found;
  assert.deepEqual([s.expected, s.actual, s.related.length], [47, 46, 2]);
  // `；` ends a list joined by `，`: 结转下年度 is no part of 办结's split, and is fixed like any other count.
  const [g] = table(edit(CORRECT, '结转下年度继续办理1件', '结转下年度继续办理3件'));
  assert.deepEqual(brief(g), [3, 1, 'R4', '1']);
});
