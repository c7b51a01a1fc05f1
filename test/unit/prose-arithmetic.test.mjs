// prose-percent and prose-sum on real sentences: what the corpus says and what must stay silent; a changed
// number (made with `edit`, one exact passage of the real text) shows that the same sentence is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, slice, ROOT, only, edit } from '../helpers.mjs';


const SEED_000 = corpusText('seeds/000_f7ed614ce96fc61e.txt');
const SEED_003 = corpusText('seeds/003_7487cbc35b761747.txt');
const GOV_OFFICE = corpusText('peers/kiro_shanghai-gov-office_2025.txt');
const SHUYANG = corpusText('peers/kiro_shuyang-county_2025.txt');
const FGJ = corpusText('peers/kiro_shuyang-fgj_2023.txt');

test('prose-percent, seed 003: 转接5873次, 转接成功4382次, 转接成功率为89.52% — 4382 / 5873 = 74.61%; 答复满意率94.87% (4157 / 4382) is right', () => {
  const { report, found } = only(SEED_003, 'prose-percent');
  assert.equal(found.length, 1);
  const f = found[0];
  assert.deepEqual([f.range.start.line + 1, f.severity, slice(report, f.range), f.expected, f.actual], [6, 'warning', '89.52%', 74.61, 89.52]);
  assert.deepEqual(f.related.map((r) => slice(report, r.range)), ['4382', '5873']);
  // Written as the text rounds it, the rate passes.
  assert.deepEqual(only(edit(SEED_003, '转接成功率为89.52%', '转接成功率为74.61%'), 'prose-percent').found, []);
  assert.deepEqual(only(edit(SEED_003, '转接成功率为89.52%', '转接成功率为74.6%'), 'prose-percent').found, []);
});

// brk114 #4: with a subject before the whole's verb (`热线转接5873次`), or a rate named by the part's verb alone
// (`全年来电100次，接通80次，接通率为90%`), the whole was not found and nothing was said. The whole is the one count of
// the clause right before the part's.
const PROBLEMS = '政策解读的形式还不够丰富。';
/** The correct 2024 example with `sentence` appended to its paragraph of problems: prose-percent's [written, expected, part, whole]. */
const percentIn = (sentence) => {
  const { report, found } = only(edit(CORRECT_2024, PROBLEMS, PROBLEMS + sentence), 'prose-percent');
  return found.map((f) => [slice(report, f.range), f.expected, ...f.related.map((r) => slice(report, r.range))]);
};

test('prose-percent: a subject before the whole (热线转接5873次) or a rate named by the part (接通80次，接通率) is read from the clause before', () => {
  // Seed 003 with 热线 before 转接: still 4382 / 5873 (the sentence's 6960 before it is no whole).
  const { report, found } = only(edit(SEED_003, ',转接5873次,', ',热线转接5873次,'), 'prose-percent');
  assert.deepEqual(found.map((f) => [slice(report, f.range), f.expected, ...f.related.map((r) => slice(report, r.range))]), [['89.52%', 74.61, '4382', '5873']]);
  // The doc's sentence with a subject, appended to a paragraph (its sentence before has no numbers).
  assert.deepEqual(percentIn('热线转接5873次,转接成功4382次,转接成功率为89.52%。'), [['89.52%', 74.61, '4382', '5873']]);
  assert.deepEqual(percentIn('全年来电100次，接通80次，接通率为90%。'), [['90%', 80, '80', '100']]);
  assert.deepEqual(percentIn('市民热线全年来电100次，接通80次，接通率为90%。'), [['90%', 80, '80', '100']]);
  // Right as written: silent.
  assert.deepEqual(percentIn('热线转接5873次,转接成功4382次,转接成功率为74.61%。'), []);
  assert.deepEqual(percentIn('全年来电100次，接通80次，接通率为80%。'), []);
});

test('prose-percent: the clause before is not read as the whole when it is uncertain', () => {
  // Two counts of the unit before the part: which one is the whole is not told.
  assert.deepEqual(percentIn('来电100次，咨询90次，接通80次，接通率为85%。'), []);
  // The clause before holds two numbers.
  assert.deepEqual(percentIn('来电100次、留言20次，接通80次，接通率为90%。'), []);
  // Another unit.
  assert.deepEqual(percentIn('全年来电100次，接通80人次，接通率为90%。'), []);
  // The rate is not the part's own name (成功接通 / 接通率), and the whole's label is no start of it.
  assert.deepEqual(percentIn('受理来电100次，成功接通80次，接通率为90%。'), []);
  // A growth rate: of last year's count, not this one.
  assert.deepEqual(percentIn('主动公开信息1200条，增加300条，增加率为33%。'), []);
  // The whole in the sentence before: not the clause before.
  assert.deepEqual(percentIn('全年来电100次。接通80次，接通率为90%。'), []);
});

// brk115 #4: counts rounded to 万 or 亿 (or written with decimals) stand for a range of counts, hence of rates:
// 接通1.1万次 / 来电1.2万次 is 10500–11499 of 11500–12499, 84%–100%. A rate is reported only when none of them gives it.
test('prose-percent: a rate of counts rounded to 万 is checked against every rate the rounded counts allow', () => {
  // Named rate (brk114 #4's reading) and the older paths (a share of a 其中 list, 占比, （占…）): 92.3% may be right.
  for (const s of [
    '全年来电1.2万次，接通1.1万次，接通率为92.3%。',
    '全年来电1.2万次，其中接通1.1万次，占92.3%。',
    '本年度受理咨询1.2万件，其中电话咨询1.1万件，占比92.3%。',
    '全年来电1.2万次，其中接通1.1万次（占92.3%）。',
    '全年来电2亿次，接通1亿次，接通率为60%。',
    '热线转接1.2千次，转接成功1.1千次，转接成功率为92.3%。',
    // 9800次 of 1万次 (0.5万–1.5万): 65.3%–100%.
    '全年来电1万次，接通9800次，接通率98%。',
  ]) assert.deepEqual(percentIn(s), [], s);
  // Outside every rate the rounding allows: reported, with that range.
  const { report, found } = only(edit(CORRECT_2024, PROBLEMS, PROBLEMS + '全年来电1.2万次，接通1.1万次，接通率为60%。'), 'prose-percent');
  assert.deepEqual(found.map((f) => [slice(report, f.range), f.expected]), [['60%', 91.7]]);
  assert.match(found[0].message, /84\.0%–100\.0%/);
  assert.deepEqual(percentIn('全年来电1.2万次，其中接通1.1万次，占60%。'), [['60%', 91.7, '1.1', '1.2']]);
  // Counts written in full are exact: 11000 / 12000 = 91.7%, not 92.3%.
  assert.deepEqual(percentIn('全年来电12000次，接通11000次，接通率为92.3%。'), [['92.3%', 91.7, '11000', '12000']]);
});

// brk115 #8: a rate named by its part was left alone when any two counts gave it: of the sentence before (the 表三
// sentence's 6件 and 6件: 100%; 47件 and 48件: 98%) or of a rate written before it in the sentence (80 / 100). Only its
// part (the count its name labels) over another count is another reading of it.
/** The correct 2024 example with `sentence` right after its 表三 sentence, in the same paragraph. */
const afterT3In = (sentence) => {
  const { report, found } = only(edit(CORRECT_2024, '结转下年度继续办理1件。', '结转下年度继续办理1件。' + sentence), 'prose-percent');
  return found.map((f) => [slice(report, f.range), f.expected, ...f.related.map((r) => slice(report, r.range))]);
};
test('prose-percent: a named rate is not excused by two counts its name does not label (of the sentence before, of a rate before it)', () => {
  assert.deepEqual(afterT3In('受理网上咨询200件，回复180件，回复率100%。'), [['100%', 90, '180', '200']]);
  assert.deepEqual(afterT3In('全年发放问卷1000份，回收960份，回收率为98%。'), [['98%', 96, '960', '1000']]);
  assert.deepEqual(afterT3In('全年来电100次，接通80次，接通率为80%；人工转接50次，转接成功45次，转接成功率为80%。'), [['80%', 90, '45', '50']]);
  // Right as written, or the part not the rate's name (按期回复 / 回复率, 当场答复 / 答复率): silent.
  for (const s of [
    '受理网上咨询200件，回复200件，回复率100%。',
    '受理网上咨询200件，按期回复195件，回复率100%。',
    '全年发放问卷1000份，回收960份，回收率为96%，满意率为98%。',
    '全年来电100次，接通80次，接通率为80%；人工转接50次，转接成功45次，转接成功率为90%。',
    '全年接听来电300个，接通后当场答复270个，答复率为100%。',
    '政务热线共受理诉求3000件，办结2950件，办结率98.3%，群众满意率96.5%。',
    // The whole in the sentence before: still excused by any two counts that give the rate.
    '接通47次，接通率为98%。',
    // The part over another count: 接通80次 of 来电100次 (the whole read is 人工接听95次).
    '全年来电100次，其中人工接听95次，接通80次，接通率为80%。',
  ]) assert.deepEqual(afterT3In(s), [], s);
});

// brk121 #5: a count rounded to 万 or 亿 was read as its digits (`1.2亿人次` as 1.2): it paired with no count written in
// full (`来电1.2万次，接通11000次`), and the 表三 sentence's counts before it excused a wrong share (1.2 / 2件 = 60%, 0.3 /
// 1件 = 30%, 6件 / 24件 = 25% for a share of 条). It is read as the count it stands for (12000 次, 11500–12499), and only
// counts of what the share's part counts give it another reading.
test('prose-percent: counts rounded to 万 or 亿 are read as the counts they stand for, mixed with counts in full and after the 表三 sentence', () => {
  const cases = [
    ['全年来电1.2万次，接通11000次，接通率为80%。', '80%', 91.7, '11000', '1.2', /11000 \/ 1\.2万 = 91\.7%（按这两个数的四舍五入，比率在 88\.0%–95\.7% 之间）/],
    ['全年来电12000次，接通1.1万次，接通率为80%。', '80%', 91.7, '1.1', '12000', /1\.1万 \/ 12000 = 91\.7%（按这两个数的四舍五入，比率在 87\.5%–95\.8% 之间）/],
    ['门户网站访问量1.2亿人次，其中移动端0.9亿人次，占60%。', '60%', 75, '0.9', '1.2', /0\.9亿 \/ 1\.2亿 = 75\.0%（按这两个数的四舍五入，比率在 68\.0%–82\.6% 之间）/],
    ['全年主动公开信息1.5万条，其中政策文件0.3万条，占30%。', '30%', 20, '0.3', '1.5', /16\.1%–24\.1%/],
    ['全年主动公开信息1.5万条，其中政策文件0.3万条（占30%）。', '30%', 20, '0.3', '1.5', /16\.1%–24\.1%/],
    ['全年主动公开信息1.5万条，其中政策文件3000条，占30%。', '30%', 20, '3000', '1.5', /3000 \/ 1\.5万 = 20\.0%（按这两个数的四舍五入，比率在 19\.4%–20\.7% 之间）/],
    ['全年主动公开信息1.5万条，其中政策文件3000条，占25%。', '25%', 20, '3000', '1.5', /19\.4%–20\.7%/],
  ];
  for (const [s, pct, expected, part, whole, message] of cases) {
    const { report, found } = only(edit(CORRECT_2024, '结转下年度继续办理1件。', '结转下年度继续办理1件。' + s), 'prose-percent');
    assert.deepEqual(found.map((f) => [slice(report, f.range), f.expected, ...f.related.map((r) => slice(report, r.range))]), [[pct, expected, part, whole]], s);
    assert.match(found[0].message, message, s);
  }
  // Inside what the rounding allows, or right as written: silent.
  for (const s of [
    '全年来电1.20万次，接通1.10万次，接通率为92.3%。',
    '政务热线全年受理1.2万件，办结1.1万件，办结率100%。',
    '全年来电1.2万次，接通11000次，接通率为91.7%。',
    '全年来电1.2万次，接通11000次，接通率为95%。',
    '门户网站访问量1.2亿人次，其中移动端0.9亿人次，占75%。',
    '全年主动公开信息1.5万条，其中政策文件3000条，占20%。',
    '全年来电1万次，接通9800次，接通率98%。',
  ]) assert.deepEqual(afterT3In(s), [], s);
  // A range of one value (9000万 of 12000万 is 75.0% whatever they stand for) is said as that value alone (brk121 #11).
  const [range] = only(edit(CORRECT_2024, PROBLEMS, PROBLEMS + '门户网站访问量12000万人次，其中移动端9000万人次，占60%。'), 'prose-percent').found;
  assert.equal(range.message, '比率写为 60%，但 9000万 / 12000万 = 75.0%。请核对比率或这两个数字。');
});

// brk116 #2: a 办结率 right after the 表三 sentence was read as 表三's (办结47件 of 新收46件 + 上年结转2件: “47 / 48 = 97.9%”)
// even when its own sentence counts other matters (建议, 提案, 工单, 来信来访, 行政复议案件). It is the rate of those: checked
// when its part and whole are in its clause chain, else silent; never against 表三.
test('prose-percent: a 办结率 of other matters (建议, 提案, 工单, 来信来访, 复议案件) is not read as the applications\' one', () => {
  for (const s of [
    '全年收到人大代表建议30件、政协提案20件，办结率100%。',
    '全年共承办人大代表建议和政协提案50件，办结率100%。',
    '全年受理12345热线工单3000件，办结率100%。',
    '全年受理群众来信来访120件，办结率100%。',
    '全年办理行政复议案件15件，办结率100%。',
    '全年承办人大代表建议30件，已全部办结，办结率100%。',
    '全年共办理人大代表建议和政协提案50件，办结率100%，满意率98%。',
    // Part and whole of the other matter, right as written.
    '全年受理群众来信来访120件，办结118件，办结率98%。',
    '全年受理12345热线工单3000件，办结2950件，办结率98.3%。',
    '全年办理行政复议案件15件，办结12件，办结率80%。',
    // A part that is not the rate's own name (按期办结 / 办结率): no part, nothing checked.
    '全年受理群众来信来访120件，按期办结110件，办结率100%。',
  ]) assert.deepEqual(afterT3In(s), [], s);
  // Wrong against its own counts: reported with them.
  assert.deepEqual(afterT3In('全年受理群众来信来访120件，办结110件，办结率100%。'), [['100%', 91.7, '110', '120']]);
  assert.deepEqual(afterT3In('全年受理12345热线工单3000件，办结2950件，办结率90%。'), [['90%', 98.3, '2950', '3000']]);
  // A 办结率 of the applications is still checked: alone after the 表三 sentence, or after counts of applications (one of
  // them through a hotline).
  assert.deepEqual(afterT3In('办结率95%。'), [['95%', 97.9, '47', '46']]);
  assert.deepEqual(percentIn('全年收到政府信息公开申请48件，办结47件，办结率95%。'), [['95%', 97.9, '47', '48']]);
  assert.deepEqual(percentIn('全年收到政府信息公开申请48件，通过12345热线转来5件，办结47件，办结率95%。'), [['95%', 97.9, '47', '48']]);
  assert.deepEqual(percentIn('全年收到政府信息公开申请48件，其中通过12345热线转办5件，办结47件，办结率95%。'), [['95%', 97.9, '47', '48']]);
});

// brk116 #8: a comma of thousands (`12,000次`) was read as a clause break, so the clause before the part held no count and
// the rate was left alone. `numbersIn` reads 12,000 as 12000 (as prose-sum and prose-table do): so is the clause now.
test('prose-percent: counts with thousands separators (来电12,000次，接通11,000次) are read as one count each', () => {
  assert.deepEqual(afterT3In('全年来电12,000次，接通11,000次，接通率95.5%。'), [['95.5%', 91.7, '11,000', '12,000']]);
  assert.deepEqual(percentIn('全年来电1,200次，接通1,100次，接通率95.5%。'), [['95.5%', 91.7, '1,100', '1,200']]);
  assert.deepEqual(percentIn('受理网上咨询1,200件，回复1,080件，回复率100%。'), [['100%', 90, '1,080', '1,200']]);
  for (const s of ['全年来电12,000次，接通11,000次，接通率91.7%。', '受理网上咨询1,200件，回复1,080件，回复率90%。']) assert.deepEqual(afterT3In(s), [], s);
});

test('prose-percent, seed 000: 20 / 24 = 83.3%, 3 / 24 = 12.5%, 1 / 24 = 4.2% of “占总数的…” agree; a wrong share is found', () => {
  assert.deepEqual(only(SEED_000, 'prose-percent').found, []);
  const { found } = only(edit(SEED_000, '部分办结的20件,占总数的83.3%', '部分办结的20件,占总数的80.3%'), 'prose-percent');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[27, 83.3, 80.3]]);
});

test('prose-percent, 上海市政府办公厅 2025: the shares are of 办结 1191, not of 受理 1295 — any two numbers that give the rate are accepted', () => {
  assert.deepEqual(only(GOV_OFFICE, 'prose-percent').found, []);
});

test('prose-percent: growth rates (同比增长1.05%, 分别比去年增长19.05%) are not ratios of the numbers beside them', () => {
  assert.deepEqual(only(corpusText('peers/kiro_suqian-city_2023-vs-2024_comparison.txt'), 'prose-percent').found, []);
  assert.deepEqual(only(edit(SEED_003, '分别比去年增长19.05%', '分别比去年增长18.05%'), 'prose-percent').found.filter((f) => f.actual !== 89.52), []);
});

test('prose-sum, 沭阳 2025: 749 = 自然人 741 + 法人或其他组织 8; a part changed breaks it', () => {
  assert.deepEqual(only(SHUYANG, 'prose-sum').found, []);
  const { report, found } = only(edit(SHUYANG, '法人或其他组织申请 8 件', '法人或其他组织申请 18 件'), 'prose-sum');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity, slice(report, f.range), f.expected, f.actual]), [[28, 'warning', '749', 759, 749]]);
  assert.deepEqual(found[0].related.map((r) => slice(report, r.range)), ['741', '18']);
});

test('prose-sum: lists that may name only some parts, or overlapping ones, are not added up (seed 003 1674个(其中…1166个,…111个), 沭阳县发改局 249条)', () => {
  assert.deepEqual(only(SEED_003, 'prose-sum').found, []);
  assert.deepEqual(only(FGJ, 'prose-sum').found, []);
  // The 发改局 list ends with a named item, not 其他: even a changed part is not reported ...
  assert.deepEqual(only(edit(FGJ, '政府信息公开制度1条', '政府信息公开制度2条'), 'prose-sum').found, []);
  // ... while a list closed by 其他 is: 9 + 7 + 39 + 6 + 1 + 1 + 185 + 1 + 其他 3 = 252 ≠ 249.
  const { found } = only(edit(FGJ, '政府信息公开制度1条。', '政府信息公开制度1条；其他信息3条。'), 'prose-sum');
  assert.deepEqual(found.map((f) => [f.expected, f.actual]), [[252, 249]]);
});

test('prose-sum: 其他结果 in the middle of 淮安\'s 行政复议 list is a category, not “the rest”; the list is complete because it names all four 表四 results', () => {
  const huaian = corpusText('peers/govnianbao_huaian-city_2024.txt');
  assert.deepEqual(only(huaian, 'prose-sum').found, []);
  // 72 + 64 + 178 + 38 = 352 against 351: complete by its four results (结果维持, 结果纠正, 其他结果, 尚未审结).
  assert.deepEqual(only(edit(huaian, '尚\n未审结 37 件', '尚\n未审结 38 件'), 'prose-sum').found.map((f) => [f.expected, f.actual]), [[352, 351]]);
  // Without 尚未审结 the list no longer names them all, and 其他结果 does not close it as “the rest”.
  assert.deepEqual(only(edit(huaian, '，尚\n未审结 37 件；', '；'), 'prose-sum').found, []);
});

test('prose-sum: 自然人 + 法人或其他组织 are the whole; a second breakdown after them in the same sentence is another list (宿迁 style)', () => {
  const text = edit(SHUYANG, '法人或其他组织申请 8 件；', '法人或其他组织申请 8 件，予以公开 294 件，其他 101 件；');
  assert.deepEqual(only(text, 'prose-sum').found, []);
});

const CORRECT_2024 = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const PUBLISHED = '全年通过门户网站主动公开政府信息312条，其中机构职能信息12条、政策文件68条、政策解读25条、工作动态207条。';

test('prose-sum: 其中 opening the next sentence or after ；splits the total that ends the sentence before (…312条。其中，… / …312条；其中…)', () => {
  // The example's list closed by 其他 (12 + 68 + 25 + 其他 207 = 312) with one part changed: 12 + 68 + 25 + 217 = 322.
  const closed = edit(CORRECT_2024, PUBLISHED, '全年通过门户网站主动公开政府信息312条，其中机构职能信息12条、政策文件68条、政策解读25条、其他信息217条。');
  for (const [from, to] of [['312条，其中', '312条。其中，'], ['312条，其中', '312条；其中'], ['信息12条、政策文件68条、政策解读25条、', '信息12条，政策文件68条，政策解读25条，']]) {
    const text = from === '312条，其中' ? edit(closed, from, to) : edit(edit(closed, '312条，其中', '312条。其中，'), from, to);
    const { report, found } = only(text, 'prose-sum');
    assert.deepEqual(found.map((f) => [f.range.start.line + 1, slice(report, f.range), f.expected, f.actual]), [[11, '312', 322, 312]], to);
    assert.deepEqual(found[0].related.map((r) => slice(report, r.range)), ['12', '68', '25', '217']);
  }
  // Adding up, it is silent.
  assert.deepEqual(only(edit(closed, '312条，其中', '312条。其中，').replace('其他信息217条', '其他信息207条'), 'prose-sum').found, []);
});

test('prose-sum: after 。/；the sentence before must hold the total alone — seed 000 收到170件,办结170件。其中… is not read; a list of 办理结果 splits the 办结 count ending it', () => {
  // 24 + 6 + 7 + 7 + 3 + 1 = 48 > 47: 46, 2 and 47 are all 件, but only the applications concluded (办结47件) have
  // 办理结果 (breaker28 finding 4; this was not read before).
  const wrong = edit(CORRECT_2024, '不予公开6件、无法提供7件', '不予公开7件、无法提供7件');
  assert.deepEqual(only(edit(wrong, '办结47件，其中', '办结47件。其中'), 'prose-sum').found.map((f) => [f.actual, f.expected]), [[47, 48]]);
  assert.deepEqual(only(edit(wrong, '办结47件，其中', '办结47件；其中'), 'prose-sum').found.map((f) => [f.actual, f.expected]), [[47, 48]]);
  // A list of something else after the same sentence may split either count: not read.
  assert.deepEqual(only(edit(CORRECT_2024, '办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件', '办结47件。其中自然人申请40件、法人或其他组织申请8件'), 'prose-sum').found, []);
  // Ending with 同比增加6件 (a second 件), the sentence before does not end with one total. Ending with a rate on the
  // total (增长15%), it does: the rate is an aside on it, as between commas (`312条，同比增长15%，其中…`; brk159 #6).
  const opened = edit(CORRECT_2024, PUBLISHED, '全年通过门户网站主动公开政府信息312条。其中，机构职能信息12条、政策文件68条、政策解读25条、其他信息217条。');
  assert.equal(only(opened, 'prose-sum').found.length, 1);
  assert.deepEqual(only(edit(opened, '312条。', '312条，同比增长15%。'), 'prose-sum').found.map((f) => [f.actual, f.expected]), [[312, 322]]);
  assert.deepEqual(only(edit(opened, '312条。', '312条，比上年增加6条。'), 'prose-sum').found, []);
  // A list in another unit (件 after 条) is not a split of it.
  assert.deepEqual(only(edit(opened, '其中，机构职能信息12条、政策文件68条、政策解读25条、其他信息217条', '其中，机构职能信息12件、政策文件68件、政策解读25件、其他信息217件'), 'prose-sum').found, []);
  // Seed 000: without 办结170件 the sentence before holds one total, but the list joined by , and ; is not
  // one split (each mailbox 受理 and 办结): 109 + 109 + … is not added up.
  assert.deepEqual(only(SEED_000, 'prose-sum').found, []);
  assert.deepEqual(only(edit(SEED_000, '有效信件170件,办结170件。', '有效信件170件。'), 'prose-sum').found, []);
});

test('prose-sum: parts joined by 、 that add up to more than the total are reported even when the list may be incomplete; fewer are not', () => {
  // correct-2024 without its last result: 办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件
  // (= 46; 其他处理 is not named, so the list is not known to be complete).
  const five = edit(CORRECT_2024, '、其他处理1件', '');
  assert.deepEqual(only(five, 'prose-sum').found, []);
  const { report, found } = only(edit(five, '不予公开6件、无法提供7件', '不予公开8件、无法提供7件'), 'prose-sum');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, slice(report, f.range), f.expected, f.actual]), [[15, '47', 48, 47]]);
  assert.deepEqual(only(edit(five, '不予公开6件、无法提供7件', '不予公开5件、无法提供7件'), 'prose-sum').found, []);
  // With all six results named the list is complete: fewer is reported too (24 + 6 + 5 + 7 + 3 + 1 = 46 ≠ 47).
  assert.deepEqual(only(edit(CORRECT_2024, '不予公开6件、无法提供7件', '不予公开5件、无法提供7件'), 'prose-sum').found.map((f) => [f.expected, f.actual]), [[46, 47]]);
  // The user's sentence, on the example: 30 + 10 + 10 = 50 > 46; 30 + 10 + 5 = 45 may leave some out.
  const sent = (list) => edit(CORRECT_2024, '全年新收政府信息公开申请46件，上年结转2件；', `全年新收政府信息公开申请46件，其中${list}，上年结转2件；`);
  assert.deepEqual(only(sent('网络平台提交30件、信函提交10件、当面提交10件'), 'prose-sum').found.map((f) => [f.expected, f.actual]), [[50, 46]]);
  assert.deepEqual(only(sent('网络平台提交30件、信函提交10件、当面提交5件'), 'prose-sum').found, []);
  // A part as large as the whole: a nested statement (all on time, some early), not one split.
  assert.deepEqual(only(sent('按期办结46件、提前办结20件'), 'prose-sum').found, []);
});

test('prose-sum: a list of 办结 that names all six 办理结果 is complete — 办结48件，其中予以公开24件、…、其他处理1件 (= 47) is reported even when 表三 says 48 too', () => {
  const text = edit(CORRECT_2024, '办结47件，其中', '办结48件，其中');
  const { report, found } = only(text, 'prose-sum');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, slice(report, f.range), f.expected, f.actual]), [[15, '48', 47, 48]]);
  assert.deepEqual(found[0].related.map((r) => slice(report, r.range)), ['24', '6', '6', '7', '3', '1']);
  // The next statement after ；(结转下年度继续办理1件) is not one of the results.
  assert.deepEqual(only(CORRECT_2024, 'prose-sum').found, []);
  // 予以公开及部分公开 names two results at once (上海市政府办公厅's wording).
  const merged = edit(text, '予以公开24件、部分公开6件', '予以公开及部分公开30件');
  assert.deepEqual(only(merged, 'prose-sum').found.map((f) => [f.expected, f.actual]), [[47, 48]]);
  // With one result left out the list may be incomplete; a total of 受理/收到 need not equal 办结 (carry-over).
  assert.deepEqual(only(edit(text, '、其他处理1件', ''), 'prose-sum').found, []);
  assert.deepEqual(only(edit(text, '办结48件，其中', '共收到申请48件，其中'), 'prose-sum').found, []);
});

const APPLICATIONS = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
/** correct-2024 with its 依申请公开 sentence replaced by `sentence`. */
const withSentence = (sentence) => edit(CORRECT_2024, APPLICATIONS, sentence);
const percents = (text) => only(text, 'prose-percent').found.map((f) => [f.expected, f.actual]);

test('prose-percent, 上海市政府办公厅 2025: a changed share is recomputed against 办结 1191, the base its other shares fit, not against 受理 1295', () => {
  const { report, found } = only(edit(GOV_OFFICE, '564 件（47.36%）', '564 件（57.36%）'), 'prose-percent');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, slice(report, f.range), f.expected, f.actual]), [[43, '57.36%', 47.36, 57.36]]);
  assert.deepEqual(found[0].related.map((r) => slice(report, r.range)), ['564', '1191']);
  assert.deepEqual(percents(edit(GOV_OFFICE, '208 件（17.46%）', '208 件（27.46%）')), [[17.46, 27.46]]);
  // Two shares changed: the other three still tell the base.
  assert.deepEqual(percents(edit(edit(GOV_OFFICE, '564 件（47.36%）', '564 件（57.36%）'), '80 件（6.72%）', '80 件（8.72%）')), [[47.36, 57.36], [6.72, 8.72]]);
});

test('prose-percent: the shares of a 其中 list are of the total it splits (办结47件), however the share is written', () => {
  for (const share of ['（占90%）', '（90%）', '，占90%', '，占比90%', '，占比为90%', '，占办结总数的90%', '，占总数的90%', '（占办结数的90%）']) {
    assert.deepEqual(percents(withSentence(`全年办结政府信息公开申请47件，其中予以公开24件${share}。`)), [[51.1, 90]], share);
    // Written right (24 / 47 = 51.06%), it is silent.
    assert.deepEqual(percents(withSentence(`全年办结政府信息公开申请47件，其中予以公开24件${share.replace('90', '51.1')}。`)), [], share);
  }
  // 办结, not the 新收 46 said first (24 / 46 = 52.2%).
  assert.deepEqual(percents(withSentence('全年新收政府信息公开申请46件，办结47件，其中予以公开24件，占比80%。')), [[51.1, 80]]);
  // 24 / 46 = 52.2%: two numbers of the sentence give it, so the text may mean them (as before).
  assert.deepEqual(percents(withSentence('全年新收政府信息公开申请46件，办结47件，其中予以公开24件，占比52.2%。')), []);
  // A named base: 占办结总数的 is of 办结 wherever it stands.
  assert.deepEqual(percents(withSentence('全年新收政府信息公开申请46件，办结47件。予以公开24件，占办结总数的90.0%。')), [[51.1, 90]]);
  // Each share of a list; only the wrong one (6 / 47 = 12.8%) is reported.
  const { report, found } = only(withSentence('全年办结47件，其中予以公开24件（占51.1%）、部分公开6件（占22.8%）、不予公开17件。'), 'prose-percent');
  assert.deepEqual(found.map((f) => [slice(report, f.range), f.expected, f.actual]), [['22.8%', 12.8, 22.8]]);
  assert.deepEqual(found[0].related.map((r) => slice(report, r.range)), ['6', '47']);
});

test('prose-percent: when the base is uncertain nothing is said — two totals and no 其中, a base not in the text, a named base two counts fit', () => {
  assert.deepEqual(percents(withSentence('全年新收政府信息公开申请46件，办结47件，予以公开24件，占比80%。')), []);
  assert.deepEqual(percents(withSentence('全年办结政府信息公开申请47件，予以公开24件，占全市的80%。')), []);
  assert.deepEqual(percents(withSentence('全年新收政府信息公开申请46件，办结政府信息公开申请47件，予以公开24件，占申请总数的80%。')), []);
  // 占总数的 with a stated total smaller than the part: the numbers contradict each other, not the rate.
  assert.deepEqual(percents(withSentence('建议共12件，已办结的14件，占总数的80%。')), []);
});
