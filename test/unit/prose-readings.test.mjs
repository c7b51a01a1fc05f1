// Prose readings on real report text, each shown both ways (the real or corrected sentence stays silent, the same
// sentence with one number changed fires): percentages in words (百分之六十一), shares listed with 分别, the
// 部分公开 count inside 予以公开（含部分公开N件）M件, and negations (未发生…行政复议, 未收到…申请) against 表三/表四.
// Changed sentences are made with `edit`, which replaces one exact passage of the real text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, slice, only, edit, ROOT } from '../helpers.mjs';

const SEED_000 = corpusText('seeds/000_f7ed614ce96fc61e.txt');
const brief = (f) => [f.range.start.line + 1, f.actual, f.expected];

test('prose-percent reads a percentage in Chinese numerals as it reads 83.3% (庆城县 2018: 20 / 24 = 83.3%)', () => {
  assert.deepEqual(only(SEED_000, 'prose-percent').found, []);
  // Written in words and right: silent, as 83.3% is.
  assert.deepEqual(only(edit(SEED_000, '占总数的83.3%', '占总数的百分之八十三点三'), 'prose-percent').found, []);
  // Wrong in words: the finding covers 百分之九十三点三 and keeps its one decimal.
  const { report, found } = only(edit(SEED_000, '占总数的83.3%', '占总数的百分之九十三点三'), 'prose-percent');
  assert.deepEqual(found.map(brief), [[27, 93.3, 83.3]]);
  assert.equal(slice(report, found[0].range), '百分之九十三点三');
  assert.match(found[0].message, /比率写为 百分之九十三点三，但 20 \/ 24 = 83\.3%/);
  // Whole numbers (百分之十七 of 3 / 24 = 12.5%) and digits after 百分之 (百分之17) alike; 约百分之十七 is approximate.
  assert.deepEqual(only(edit(SEED_000, '占总数的12.5%', '占总数的百分之十七'), 'prose-percent').found.map(brief), [[27, 17, 12.5]]);
  assert.deepEqual(only(edit(SEED_000, '占总数的12.5%', '占总数的百分之17'), 'prose-percent').found.map(brief), [[27, 17, 12.5]]);
  assert.deepEqual(only(edit(SEED_000, '占总数的12.5%', '约占总数的百分之十七'), 'prose-percent').found, []);
  assert.deepEqual(only(edit(SEED_000, '占总数的12.5%', '占总数的百分之十二点五'), 'prose-percent').found, []);
});


const GOV_OFFICE = corpusText('peers/kiro_shanghai-gov-office_2025.txt');
const SHARES = '分公开 208 件（17.46%），不予公开 20 件（1.68%），因本机关';

test('prose-percent pairs shares listed with 分别 with the list\'s counts in order (上海市政府办公厅 2025, rewritten as 分别占)', () => {
  // Today's shares are of 办结 1191 (208 / 1191 = 17.46%, 20 / 1191 = 1.68%): as published, and rewritten with 分别占, silent.
  assert.deepEqual(only(GOV_OFFICE, 'prose-percent').found, []);
  const listed = (shares) => edit(GOV_OFFICE, SHARES, `分公开 208 件、不予公开 20 件，${shares}，因本机关`);
  assert.deepEqual(only(listed('分别占 17.46%、1.68%'), 'prose-percent').found, []);
  // Each share is checked against its own count: the first, the second, and with a named base (占办结总数的).
  const second = only(listed('分别占 17.46%、2.68%'), 'prose-percent');
  assert.deepEqual(second.found.map(brief), [[42, 2.68, 1.68]]);
  assert.equal(slice(second.report, second.found[0].range), '2.68%');
  assert.match(second.found[0].message, /20 \/ 1191 = 1\.68%/);
  assert.deepEqual(second.found[0].related.map((r) => slice(second.report, r.range)), ['20', '1191']);
  assert.deepEqual(only(listed('分别占 27.46%、1.68%'), 'prose-percent').found.map(brief), [[42, 27.46, 17.46]]);
  assert.deepEqual(only(listed('分别占办结总数的 17.46%、2.68%'), 'prose-percent').found.map(brief), [[42, 2.68, 1.68]]);
  assert.deepEqual(only(listed('分别为 17.46%、2.68%'), 'prose-percent').found.map(brief), [[42, 2.68, 1.68]]);
  // Not one share per count (three percentages, two counts), or growth rates (同比分别增长): not read.
  assert.deepEqual(only(listed('分别占 17.46%、2.68%、3%'), 'prose-percent').found, []);
  assert.deepEqual(only(listed('同比分别增长 17.46%、2.68%'), 'prose-percent').found, []);
});

const SEED_001 = corpusText('seeds/001_417062a3286660b0.txt');
const GRANTED = '其中予以公开5件、部分公开4件、';

test('prose-table checks the 部分公开 count inside 予以公开（含部分公开N件）M件 against 表三 (河东区 2020: 予以公开 5, 部分公开 4)', () => {
  const table = (text) => only(text, 'prose-table').found.filter((f) => f.data?.quantity !== 'R3.3');
  // Written as one figure that includes the other, right: silent (9 = 5 + 4, and 4).
  assert.deepEqual(table(edit(SEED_001, GRANTED, '其中予以公开（含部分公开4件）9件、')), []);
  // The inner count wrong: a finding on it, with the fix to 4.
  const { report, found } = only(edit(SEED_001, GRANTED, '其中予以公开（含部分公开3件）9件、'), 'prose-table');
  const inner = found.filter((f) => f.data?.quantity === 'R3.2');
  assert.deepEqual(inner.map(brief), [[17, 3, 4]]);
  assert.equal(slice(report, inner[0].range), '3');
  assert.match(inner[0].message, /正文“部分公开3件”与表三不一致：表三的部分公开为 4/);
  assert.equal(inner[0].fix.edits[0].newText, '4');
  // The outer figure is still read as 予以公开 + 部分公开 (8 ≠ 9), and the inner one with it.
  assert.deepEqual(table(edit(SEED_001, GRANTED, '其中予以公开（含部分公开3件）8件、')).map((f) => [f.data.quantity, f.actual, f.expected]), [['R3.2', 3, 4], ['R3.1+R3.2', 8, 9]]);
  // 其中 before the inner count (`（其中部分公开的3件）`) too.
  assert.deepEqual(table(edit(SEED_001, GRANTED, '其中予以公开（其中部分公开的3件）9件、')).map((f) => [f.data.quantity, f.actual]), [['R3.2', 3]]);
});

const L45 = '全年未发生因依申请公开被行政复议纠错或\n行政诉讼败诉情形';
const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');
const HONGZE_APPLIED = '2024 年，区政府办代表区政府受理政府\n信息公开申请 17 件，均已在法定期限内予以答复。';

test('prose-table: a sentence saying there was no 行政复议 / 行政诉讼 contradicts a nonzero 表四 total (上海市政府办公厅 2025: 复议 55, 诉讼 12 + 22)', () => {
  const table = (text) => only(text, 'prose-table');
  // As published: 未发生…被行政复议纠错或行政诉讼败诉 is about results (纠错, 败诉), not the totals: silent.
  assert.deepEqual(table(GOV_OFFICE).found, []);
  const { report, found } = table(edit(GOV_OFFICE, L45, '全年未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况'));
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity, f.actual, f.expected, f.data.quantity]), [[45, 'error', 0, 55, 'T4:G1'], [45, 'error', 0, 34, 'T4:lit']]);
  assert.deepEqual(found.map((f) => slice(report, f.range)), ['行政复议', '行政诉讼']);
  assert.match(found[0].message, /正文“未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况”说没有，而表四的行政复议总计为 55/);
  assert.ok(found.every((f) => f.fix === undefined));
  const en = core.analyze(edit(GOV_OFFICE, L45, '全年未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况'), { locale: 'en' }).findings.filter((f) => f.ruleId === 'prose-table');
  assert.match(en[0].message, /says there were none, but 表四's figure for administrative reviews \(总计\) is 55/);
  // Other wordings of the same statement.
  assert.deepEqual(table(edit(GOV_OFFICE, L45, '全年未发生因政府信息公开引起的行政复议和行政诉讼案件')).found.map((f) => f.data.quantity), ['T4:G1', 'T4:lit']);
  assert.deepEqual(table(edit(GOV_OFFICE, L45, '全年未收到因政府信息公开提起的行政诉讼')).found.map((f) => f.data.quantity), ['T4:lit']);
  // Negation scope: results (纠错, 败诉) and other things (收费) are not the totals; a plan (力争) is no statement.
  for (const said of ['全年未发生被纠错的情况', '全年未发生因政府信息公开被申请行政复议被纠错的情况', '全年未发生行政诉讼败诉案件', '全年未发生因政府信息公开引起的行政复议纠错', '力争不发生或未发生因政府信息公开引起的行政复议']) {
    assert.deepEqual(table(edit(GOV_OFFICE, L45, said)).found, [], said);
  }
  // Without 信息公开, a negation after other words may have a narrower subject (申请人均未提起…: some applicants): not
  // compared. One opening its sentence under the heading of 依申请公开 says there were none of any kind, so none about
  // 政府信息公开 either (brk106 #9), as right under 表四's heading.
  assert.deepEqual(table(edit(GOV_OFFICE, L45, '申请人均未提起行政复议、行政诉讼')).found, []);
  assert.deepEqual(table(edit(GOV_OFFICE, L45, '全年无行政复议、行政诉讼')).found.map((f) => [f.range.start.line + 1, f.data.quantity, f.expected]), [[45, 'T4:G1', 55], [45, 'T4:lit', 34]]);
  const under = table(edit(GOV_OFFICE, '四、政府信息公开行政复议、行政诉讼情况\n', '四、政府信息公开行政复议、行政诉讼情况\n本年度无行政复议、行政诉讼。\n')).found;
  assert.deepEqual(under.map((f) => [f.range.start.line + 1, f.data.quantity, f.expected]), [[174, 'T4:G1', 55], [174, 'T4:lit', 34]]);
});

test('prose-table: 未收到政府信息公开申请 / 本年度无依申请公开 contradicts a nonzero 表三 新收 (洪泽 2024: 95)', () => {
  const table = (text) => only(text, 'prose-table').found;
  const says = (s) => table(edit(HONGZE_2024, HONGZE_APPLIED, s));
  assert.deepEqual(says('2024 年，我区未收到政府信息公开申请。').map((f) => [f.range.start.line + 1, f.actual, f.expected, f.data.quantity, f.severity]), [[26, 0, 95, 'R1', 'error']]);
  assert.deepEqual(says('本年度无依申请公开。').map((f) => [f.expected, f.data.quantity]), [[95, 'R1']]);
  // Another year, a scope (区政府办 in the district government's report: info), a plan: as for numbers.
  assert.deepEqual(says('2023 年，我区未收到政府信息公开申请。'), []);
  assert.deepEqual(says('2024 年，区政府办未收到政府信息公开申请。').map((f) => f.severity), ['info']);
  assert.deepEqual(says('力争未收到政府信息公开申请。'), []);
  // What is not the applications of the year: silent.
  assert.deepEqual(says('2024 年，我区未收到政府信息公开申请的异议。'), []);
  assert.deepEqual(says('2024 年，无依申请公开收费。'), []);
});

test('prose-percent: shares listed with 分别 after the counts a 其中 splits (breaker16: 参训120人次，其中…60人次、…40人次，占比分别为50%和30%)', () => {
  const base = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const OPENING = '全年新收政府信息公开申请46件';
  const percents = (s) => only(edit(base, OPENING, `${s}\n\n${OPENING}`), 'prose-percent').found.map((f) => [Number(f.related[0].message.match(/\d+/)[0]), f.actual, f.expected]);
  // 40 / 120 = 33.3%, not 30%: the total before 其中 is the whole, not a third member of the list.
  for (const gap of ['，占比分别为', '，分别占', '，所占比例分别为', '，分别为']) {
    assert.deepEqual(percents(`参训120人次，其中镇机关干部60人次、村（社区）干部40人次${gap}50%和30%。`), [[40, 30, 33.3]], gap);
    assert.deepEqual(percents(`参训120人次，其中镇机关干部60人次、村（社区）干部40人次${gap}50%和33.3%。`), [], gap);
  }
  assert.deepEqual(percents('办结47件，其中予以公开24件、部分公开7件，分别占51.06%、24.77%。'), [[7, 24.77, 14.89]]);
  assert.deepEqual(percents('参训120人次，其中村干部40人次，所占比例为30%。'), [[40, 30, 33.3]]);
  // A count joined to the list without 其中 still makes it three counts for two shares: not read.
  assert.deepEqual(percents('收到3件、24件、7件，分别占51.06%、24.77%。'), []);
});
