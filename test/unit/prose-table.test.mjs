// prose-table on real report text: each anchored phrase compares its number with the table quantity it names;
// each qualifier (备案, 其中, another year, 累计, a scope) and each ambiguity (受理 = 新收 or 新收 + 上年结转) is shown
// both ways: the real sentence stays silent, and the same sentence with the number (or qualifier) changed fires.
// Changed sentences are made with `edit`, which replaces one exact passage of the real text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, slice, edit, ROOT } from '../helpers.mjs';

const RULE = 'prose-table';
const check = (text) => {
  const { report, findings } = core.analyze(text);
  return { report, found: findings.filter((f) => f.ruleId === RULE) };
};
const brief = (f) => ({ line: f.range.start.line + 1, severity: f.severity, expected: f.expected, actual: f.actual });

const SEED_001 = corpusText('seeds/001_417062a3286660b0.txt');
const HONGZE_2023 = corpusText('peers/kiro_hongze-district_2023.txt');
const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');
const HUAIAN = corpusText('peers/govnianbao_huaian-city_2024.txt');
const SHUYANG = corpusText('peers/kiro_shuyang-county_2025.txt');
const STCSM = corpusText('peers/kiro_shanghai-stcsm_2024.txt');
const GOV_OFFICE = corpusText('peers/kiro_shanghai-gov-office_2025.txt');
const FGJ = corpusText('peers/kiro_shuyang-fgj_2023.txt');
const SEED_003 = corpusText('seeds/003_7487cbc35b761747.txt');

test('seed 001: 不予公开1件 contradicts 表三 (7.行政执法案卷 1 + 8.行政查询事项 1 = 2): one error with the cells, without a fix (1 is a term of the sentence\'s list of parts)', () => {
  const { report, found } = check(SEED_001);
  assert.deepEqual(found.map(brief), [{ line: 17, severity: 'error', expected: 2, actual: 1 }]);
  const f = found[0];
  assert.equal(slice(report, f.range), '1');
  assert.match(report.lines.line(17 - 1).slice(f.range.start.character - 4, f.range.end.character + 1), /不予公开1件/);
  // The related locations are the 总计 cells of 7.属于行政执法案卷 (label on line 192) and 8.属于行政查询事项 (201).
  assert.deepEqual(f.related.map((r) => [r.range.start.line + 1, slice(report, r.range)]), [[199, '1'], [208, '1']]);
  assert.equal(report.lines.line(192 - 1), '7.属于行政执法案卷 |');
  assert.equal(report.lines.line(201 - 1), '8.属于行政查询事项 |');
  // 其中予以公开5件、部分公开4件、不予公开1件、…: setting 1 to 2 alone would make the list add up to 22.
  assert.equal(f.fix, undefined);
  assert.match(f.message, /这个数是句中“其中”后列举的 6 个数（5件、4件、1件、9件、1件、1件）之一/);
  // Corrected by hand, the sentence agrees with the table.
  assert.deepEqual(check(SEED_001.replace('不予公开1件', '不予公开2件')).found, []);
});

test('the list of parts is read from the number\'s own sentence, however many sentences come before it in the paragraph', () => {
  // Seed 001's line 17 with 2,000 sentences put in front of it in the same paragraph (a report pasted without
  // paragraph breaks): the same single finding, still without a fix.
  const filler = Array.from({ length: 2000 }, (_, i) => `第${i + 1}项工作已完成。`).join('');
  const line = SEED_001.split('\n')[16];
  const text = edit(SEED_001, line, filler + line);
  const found = check(text).found;
  assert.deepEqual(found.map((f) => [f.expected, f.actual, f.fix === undefined]), [[2, 1, true]]);
  assert.match(found[0].message, /“其中”后列举的 6 个数（5件、4件、1件、9件、1件、1件）之一/);
  // A 其中 list in an earlier sentence says nothing about this number: with the list cut off before 不予公开, it
  // is no longer a term of one, and the fix is offered.
  const cut = edit(text, '部分公开4件、不予公开1件', '部分公开4件。不予公开1件');
  const alone = check(cut).found;
  assert.deepEqual(alone.map((f) => [f.expected, f.actual]), [[2, 1]]);
  assert.ok(alone[0].fix, alone[0].message);
});

test('a contradicting prose number that is not a term of a list keeps its fix', () => {
  const text = SEED_001.replace('不予公开1件', '不予公开2件').replace('受理政府信息公开申请20件', '受理政府信息公开申请21件');
  const found = check(text).found;
  assert.equal(found.length, 1);
  assert.equal(found[0].fix?.edits[0].newText, '20');
});

test('seed 001: every other anchored number of the sentence agrees, and each fires when changed', () => {
  const cases = [
    ['受理政府信息公开申请20件', '受理政府信息公开申请21件', 20],
    ['上年结转办理0件', '上年结转办理1件', 0],
    ['其中予以公开5件', '其中予以公开6件', 5],
    ['部分公开4件', '部分公开3件', 4],
    ['无法提供9件', '无法提供8件', 9],
    ['行政执法案卷1件', '行政执法案卷2件', 1],
    ['行政查询事项1件', '行政查询事项0件', 1],
  ];
  for (const [from, to, expected] of cases) {
    const { found } = check(edit(SEED_001, from, to));
    const extra = found.filter((f) => f.expected !== 2);
    assert.deepEqual(extra.map(brief), [{ line: 17, severity: 'error', expected, actual: Number(/\d+(?=件$)/.exec(to)[0]) }], to);
  }
});

test('洪泽 2024: “区政府办代表区政府受理…17 件” is the office\'s share (scope), not the district\'s 95: info only, no fix', () => {
  const { found } = check(HONGZE_2024);
  assert.deepEqual(found.map(brief), [{ line: 27, severity: 'info', expected: 95, actual: 17 }]);
  assert.equal(found[0].fix, undefined);
  // Without the scope qualifier the same sentence is a contradiction.
  const unscoped = check(edit(HONGZE_2024, '区政府办代表区政府受理政府', '全区受理政府'));
  assert.deepEqual(unscoped.found.map(brief), [{ line: 27, severity: 'error', expected: 95, actual: 17 }]);
  assert.equal(unscoped.found[0].fix.edits[0].newText, '95');
});

test('洪泽 2023: in a district government\'s report 全区 is the table\'s own scope: 21 agrees, 22 is an error', () => {
  assert.deepEqual(check(HONGZE_2023).found, []);
  const { found } = check(edit(HONGZE_2023, '全区受理政府信息公开申请 21 件', '全区受理政府信息公开申请 22 件'));
  assert.deepEqual(found.map(brief), [{ line: 23, severity: 'error', expected: 21, actual: 22 }]);
});

test('其中 makes a total a part: “全区受理…95 件，其中区政府办代表区政府受理…17 件” says nothing about 17', () => {
  const text = edit(HONGZE_2024, '2024 年，区政府办代表区政府受理政府', '2024 年，全区受理政府信息公开申请 95 件，其中区政府办代表区政府受理政府');
  assert.deepEqual(check(text).found, []);
});

test('another year: 2023\'s real sentence “2023 年全区受理政府信息公开申请 21 件” inside the 2024 report is not compared', () => {
  const sentence = '2023 年全区受理政府信息公开申请 21 件，均在法定期限答复。';
  const at = '（三）政府信息管理情况。加强区政府门户网站及政务新媒';
  assert.deepEqual(check(edit(HONGZE_2024, at, sentence + at)).found.filter((f) => f.severity !== 'info'), []);
  const withoutYear = check(edit(HONGZE_2024, at, sentence.replace('2023 年', '') + at)).found.filter((f) => f.severity !== 'info');
  assert.deepEqual(withoutYear.map((f) => [f.expected, f.actual]), [[95, 21]]);
});

test('累计 is a different quantity: “截至 2024 年底，累计受理政府信息公开申请 17 件” is not compared', () => {
  const text = edit(HONGZE_2024, '2024 年，区政府办代表区政府受理政府', '截至 2024 年底，累计受理政府');
  assert.deepEqual(check(text).found, []);
});

test('沭阳 2025: 受理 749 = 新收 713 + 上年结转 36, 自然人 741 = 705 + 36, 法人 8, 办理 718, 结转 31 all agree; either reading of 受理 is accepted', () => {
  assert.deepEqual(check(SHUYANG).found, []);
  // 713 is 新收 alone: accepted, but then its split is of 新收 too, and 自然人 741 (705 + 36) is not 705 (brk184 #6);
  // fixed to it, the split adds up to 713 again.
  const ofNew = check(edit(SHUYANG, '共受理政府信息公开申请 749 件', '共受理政府信息公开申请 713 件')).found;
  assert.deepEqual(ofNew.map(brief), [{ line: 28, severity: 'error', expected: 705, actual: 741 }]);
  assert.equal(ofNew[0].fix.edits[0].newText, '705');
  const { found } = check(edit(SHUYANG, '共受理政府信息公开申请 749 件', '共受理政府信息公开申请 750 件'));
  assert.deepEqual(found.map(brief), [{ line: 28, severity: 'error', expected: 713, actual: 750 }]);
  assert.match(found[0].message, /713/);
  assert.match(found[0].message, /749/);
  assert.equal(found[0].fix, undefined, 'two readings: no single number to write');
  assert.deepEqual(check(edit(SHUYANG, '结转下一年 31 件', '结转下一年 30 件')).found.map(brief), [{ line: 28, severity: 'error', expected: 31, actual: 30 }]);
  assert.deepEqual(check(edit(SHUYANG, '法人或其他组织申请 8 件', '法人或其他组织申请 9 件')).found.map((f) => [f.expected, f.actual]), [[8, 9]]);
});

test('宿迁 2024\'s 备案 sentence: cases filed for record are not 表四\'s cases; without 备案 the same numbers contradict 表四', () => {
  const sentence = '全市全年备案政府信息依申请公开领域行政复议案件134件，行政诉讼案件57件。';
  const at = '尚未审结 7 件。';
  assert.deepEqual(check(edit(HUAIAN, at, at + sentence)).found, []);
  const { found } = check(edit(HUAIAN, at, at + sentence.replace('备案', '')));
  assert.deepEqual(found.map((f) => [f.expected, f.actual]), [[351, 134], [46, 57]]);
});

test('淮安 2024: 行政复议 351 with its four results, 行政诉讼 46 = 26 + 20 with its results, 规章 1 件 = 制发; 政策性文件 11 件 is not 行政规范性文件', () => {
  assert.deepEqual(check(HUAIAN).found, []);
  // 诉讼's 结果维持 25 = 13 (direct) + 12 (after review): the phrase is read in the 行政诉讼 group of its sentence.
  const lit = check(edit(HUAIAN, '其中结果维持 25', '其中结果维持 24')).found;
  assert.deepEqual(lit.map((f) => [f.expected, f.actual, f.related.length]), [[25, 24, 2]]);
  const rev = check(edit(HUAIAN, '其中结果维持 72 件', '其中结果维持 70 件')).found;
  assert.deepEqual(rev.map((f) => [f.expected, f.actual]), [[72, 70]]);
  const rules = check(edit(HUAIAN, '市政府规章 1 件', '市政府规章 2 件')).found;
  assert.deepEqual(rules.map((f) => [f.expected, f.actual]), [[1, 2]]);
  assert.equal(rules[0].fix, undefined, '表二 has no identity to confirm it');
  assert.deepEqual(check(edit(HUAIAN, '政策性文件 11 件', '政策性文件 12 件')).found, []);
  // The number may stand before its phrase: “另有 103 件顺延到下年度答复”.
  assert.deepEqual(check(edit(HUAIAN, '另有 103 件顺延', '另有 104 件顺延')).found.map((f) => [f.expected, f.actual]), [[103, 104]]);
});

test('上海市科委 2024: “有 1 件涉及政府信息公开工作的行政复议” (number first) agrees; a blank 总计 cell is not compared', () => {
  assert.deepEqual(check(STCSM).found, []);
  assert.deepEqual(check(edit(STCSM, '有 1 件涉及政府信息公开工作的行政复', '有 2 件涉及政府信息公开工作的行政复')).found.map((f) => [f.expected, f.actual]), [[1, 2]]);
  // 四、结转下年度继续办理 总计 is blank in the table: “转下一年度…有 1 件” cannot be compared, whatever it says.
  assert.deepEqual(check(edit(STCSM, '年度办理答复的有 1 件', '年度办理答复的有 5 件')).found, []);
});

test('上海市政府办公厅 2025: 受理 1295, 办结 1191 （含上年结转 189）, 予以公开及部分公开 208 … all agree', () => {
  assert.deepEqual(check(GOV_OFFICE).found, []);
  assert.deepEqual(check(edit(GOV_OFFICE, '上年结转 189 件', '上年结转 180 件')).found.map((f) => [f.expected, f.actual]), [[189, 180]]);
  assert.deepEqual(check(edit(GOV_OFFICE, '分公开 208 件', '分公开 209 件')).found.map((f) => [f.expected, f.actual]), [[208, 209]]);
});

test('words that are not 政府信息公开申请 are not compared: 受理审批事项 (seed 003), 受理网络问政 (沭阳县发改局)', () => {
  assert.deepEqual(check(SEED_003).found, []);
  // The same place with the application phrase is compared (表三 of seed 003 is all 0); not as the count of one
  // channel (`“96128”政务热线共受理`), which is a part of the applications (breaker22 item 2).
  assert.deepEqual(check(edit(SEED_003, '“96128”政务热线共受理政务信息查询电话6960次', '全年共受理政府信息公开申请6960件')).found.map((f) => [f.expected, f.actual]), [[0, 6960]]);
  assert.deepEqual(check(edit(SEED_003, '受理政务信息查询电话6960次', '受理政府信息公开申请6960件')).found, []);
  assert.deepEqual(check(FGJ).found, []);
  assert.deepEqual(check(edit(FGJ, '全年受理网络问政182件', '全年受理网络问政183件')).found, []);
  assert.deepEqual(check(edit(FGJ, '共收到依申请信息公开26件', '共收到依申请信息公开27件')).found.map((f) => [f.expected, f.actual]), [[26, 27]]);
});

test('全区 in a department\'s report is another scope: seed 001 (河东区政府办公室) “全区共收到…行政复议3件” is not compared', () => {
  assert.deepEqual(check(edit(SEED_001, '行政复议3件', '行政复议5件')).found.filter((f) => f.expected !== 2), []);
});

test('a table that contradicts itself: the prose may follow either of its figures (洪泽 2023 表四 行政复议 总计 0, results 10 + 1 = 11)', () => {
  const at = '均在法定期限答复。';
  const said = (n) => check(edit(HONGZE_2023, at, `${at}全区共收到因政府信息公开提起的行政复议${n}件。`)).found;
  assert.deepEqual(said(0), []);
  assert.deepEqual(said(11), []);
  const f = said(12);
  assert.deepEqual(f.map((x) => [x.expected, x.actual]), [[0, 12]]);
  assert.equal(f[0].fix, undefined, 'table 四 does not add up: no fix');
});

test('a comparison of two years (宿迁 2023 vs 2024, no single report year) is not compared', () => {
  assert.deepEqual(check(corpusText('peers/kiro_suqian-city_2023-vs-2024_comparison.txt')).found, []);
});

test('a zero-width character inside a prose number (申请4\\u200b8件) does not split it: 48 is compared with 表三, the range covers the number as written, and the fix replaces it whole', () => {
  const CORRECT_2024 = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  for (const zw of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) {
    const text = edit(CORRECT_2024, '新收政府信息公开申请46件', `新收政府信息公开申请4${zw}8件`);
    const { report, found } = check(text);
    assert.deepEqual(found.map(brief), [{ line: 15, severity: 'error', expected: 46, actual: 48 }], JSON.stringify(zw));
    assert.equal(slice(report, found[0].range), `4${zw}8`);
    const fixed = core.applyFixes(text, found[0].fix.edits).text;
    assert.equal(fixed, CORRECT_2024);
  }
  // Around a number it is skipped as white space is: 申请\u200b46件 agrees with the table.
  assert.deepEqual(check(edit(CORRECT_2024, '新收政府信息公开申请46件', '新收政府信息公开申请\u200b46件')).found, []);
});

test('both terms of a two-part list splitting 新收 (其中 or 包括 自然人申请38件、法人或其他组织申请8件) contradict 表三: fixed together to the table\'s 40 and 6, which keep the total 46, and the fixed text checks clean', () => {
  const CORRECT_2024 = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const SENTENCE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
  // 表三: 自然人 40, 法人或其他组织 6 (of 46). The prose's 38 + 8 = 46 holds; each term contradicts the table. The
  // parts of a split of 新收 are 新收 too (one reading each), and with the table's numbers they still add up to 46.
  for (const list of ['46件，其中自然人申请38件、法人或其他组织申请8件', '46件，包括自然人申请38件、法人或其他组织申请8件', '46件（自然人申请38件、法人或其他组织申请8件）']) {
    const text = edit(CORRECT_2024, SENTENCE, `全年新收政府信息公开申请${list}。`);
    const { found } = check(text);
    assert.deepEqual(found.map(brief), [{ line: 15, severity: 'error', expected: 40, actual: 38 }, { line: 15, severity: 'error', expected: 6, actual: 8 }], list);
    const fixed = core.fixAll(text).text;
    // (A 包括 list of 自然人 and 法人或其他组织 is as complete as a 其中 list: fixed the same way.)
    assert.deepEqual(found.map((f) => f.fix?.edits.map((e) => e.newText)), [['40'], ['6']], list);
    assert.match(found[1].message, /列举的 2 个数（38件、8件）之一.*都改为表三的数后，各项之和正好是总数 46/);
    assert.ok(fixed.includes(list.replace('38件', '40件').replace('8件', '6件')), list);
    assert.deepEqual(core.analyze(fixed).findings.filter((f) => /^prose-(sum|table)$/.test(f.ruleId)), []);
  }
  // Two statements split by ；are not a list: 上年结转3件 keeps its fix to 2.
  const two = edit(CORRECT_2024, SENTENCE, '全年新收政府信息公开申请46件，其中自然人申请40件；上年结转3件。');
  assert.deepEqual(check(two).found.map((f) => [f.actual, f.fix?.edits[0].newText]), [[3, '2']]);
});

test('表二: 作出行政许可决定N件 / 行政处罚决定N件 are compared with the row\'s 处理决定数量 (2021: the only column; 2019: the third), without a fix; other counts of 行政许可 are not', () => {
  const CORRECT_2024 = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const add = (sentence) => edit(CORRECT_2024, '参训48人次。', `参训48人次。${sentence}`);
  // 表二: 行政许可 1520, 行政处罚 86, 行政强制 4.
  assert.deepEqual(check(add('全年作出行政许可决定1520件，行政处罚决定86件，行政强制决定4件。')).found, []);
  const { report, found } = check(add('全年作出行政许可决定1250件，行政处罚决定86件。'));
  assert.deepEqual(found.map(brief), [{ line: 27, severity: 'error', expected: 1520, actual: 1250 }]);
  assert.equal(slice(report, found[0].range), '1250');
  assert.deepEqual(found[0].related.map((r) => slice(report, r.range)), ['1520']);
  assert.equal(found[0].fix, undefined);
  assert.deepEqual(check(add('全年作出行政处罚决定68件。')).found.map(brief), [{ line: 27, severity: 'error', expected: 86, actual: 68 }]);
  // Counts of other things: 决定书 published, 事项, 双公示 entries; another year.
  for (const s of ['公开行政许可决定书1250份。', '办理行政许可事项1250件。', '公示行政许可决定信息1250条。', '2023年作出行政许可决定1250件。']) assert.deepEqual(check(add(s)).found, [], s);
  // 2019 format (seed 001): 上一年项目数量 5, 本年增/减 1, 处理决定数量 12.
  const seed = edit(edit(SEED_001, '行政许可 |\n0 |\n0 |\n0 |', '行政许可 |\n5 |\n1 |\n12 |'), '(五)监督保障情况\n', '(五)监督保障情况\n全年作出行政许可决定12件。');
  assert.deepEqual(check(seed).found.filter((f) => f.data?.quantity === 'T2.3:decisions'), []);
  assert.deepEqual(check(seed.replace('行政许可决定12件', '行政许可决定13件')).found.filter((f) => f.data?.quantity === 'T2.3:decisions').map((f) => [f.expected, f.actual]), [[12, 13]]);
});

// Seen by a helper: 制发/废止/现行有效 before a 表二 count named the 2021 columns by position (0/1/2), so in a 2019
// report 废止…规范性文件 was compared with 本年新公开数量 and 现行有效 with 对外公开总数量.
test('2019 表二: 制发 is compared with 本年新制作数量; 废止 and 现行有效 have no 2019 column and are not compared', () => {
  const y2018 = readFileSync(join(ROOT, 'examples', 'errors-2018.nianbao.md'), 'utf8');
  const at = '主动公开政府信息126条。';
  assert.ok(y2018.includes(at));
  const with_ = (s) => y2018.replace(at, at + s);
  const findings = (t) => core.checkReport(core.parseReport(t)).filter((f) => f.ruleId === RULE);
  const base = findings(y2018).length;
  const made = findings(with_('全年制发规范性文件3件。'));
  assert.equal(made.length, base + 1);
  assert.ok(made.some((f) => f.message.includes('本年新制作数量')), made.map((f) => f.message).join('\n'));
  assert.equal(findings(with_('全年废止规范性文件3件。')).length, base);
  assert.equal(findings(with_('现行有效规范性文件3件。')).length, base);
});
