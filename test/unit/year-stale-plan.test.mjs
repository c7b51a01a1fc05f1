// breaker50 #12: `2024年将增加图解…` in 五、存在的主要问题及改进情况 of a 2024 report (a plan for a year that is over when the
// report is published: text left from last year's report) passed. It is a year-mismatch warning on the year; a plan for
// the next year, the disposal 将 (`2024年将政务公开纳入考核`: what was done), a plan quoted with what became of it
// (`原计划2024年将…`) and the same words outside that section are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const PLAN = '2025年将增加图解、视频等解读形式';
const yearFindings = (text, locale) => core.analyze(text, locale ? { locale } : {}).findings.filter((f) => f.ruleId === 'year-mismatch');

test('a plan for the report year or before in 五 is year-mismatch (warning) on the year', () => {
  for (const [plan, year] of [
    ['2024年将增加图解、视频等解读形式', 2024],
    ['2024年，我局将进一步增加图解、视频等解读形式', 2024],
    ['2024年我们将继续增加图解、视频等解读形式', 2024],
    ['2023 年度，本机关将把图解、视频等解读形式作为重点', 2023],
  ]) {
    const text = edit(CORRECT, PLAN, plan);
    const found = yearFindings(text);
    assert.equal(found.length, 1, plan);
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].actual, year);
    assert.equal(found[0].expected, 2025);
    assert.match(found[0].message, /存在的主要问题及改进情况/);
    assert.match(found[0].message, /改进计划应写 2025 年/);
    const { start, end } = found[0].range;
    assert.equal(start.line, end.line);
    assert.match(text.split('\n')[start.line].slice(start.character, end.character), new RegExp(`^${year} ?年$`));
    assert.match(text.split('\n')[start.line], /^政策解读的形式还不够丰富。/, 'on the plan line of 五');
  }
});

test('the message in English names the plan and the year it should be for', () => {
  const [f] = yearFindings(edit(CORRECT, PLAN, '2024年将增加图解、视频等解读形式'), 'en');
  assert.match(f.message, /A plan in 存在的主要问题及改进情况 reads “2024年将……”, but this is the 2024 report \(published in 2025\)/);
  assert.match(f.message, /should be for 2025/);
});

test('a plan for the next year, the disposal 将, a quoted plan, and the words outside 五 are not', () => {
  assert.deepEqual(yearFindings(CORRECT), []);
  for (const plan of [
    '2024年将政务公开纳入年度绩效考核，增加图解、视频等解读形式',
    '原计划2024年将增加图解、视频等解读形式，已于年内落实；2025年还将增加图解、视频等解读形式',
    '上年度报告提出2024年将增加图解、视频等解读形式',
  ]) assert.deepEqual(yearFindings(edit(CORRECT, PLAN, plan)), [], plan);
  // The same plan sentence in 一、总体情况 is not this check's (the section's plan is read in 五 only).
  const intro = CORRECT.replace(/(## 一、总体情况\n\n)/, '$12024年将进一步增加图解、视频等解读形式。\n\n');
  assert.notEqual(intro, CORRECT);
  assert.ok(!yearFindings(intro).some((f) => /存在的主要问题/.test(f.message)));
});

test('a sentence of 五 opening with an earlier year is a warning, as in 总体情况; one saying what became of last year\'s problems is not (breaker51 #8)', () => {
  const opening = '政策解读的形式还不够丰富。';
  assert.ok(CORRECT.includes(opening));
  const left = edit(CORRECT, opening, '2023年，我局政务公开工作取得一定成效，但仍存在不足。政策解读的形式还不够丰富。');
  const found = yearFindings(left);
  assert.deepEqual(found.map((f) => [f.severity, f.actual, f.expected]), [['warning', 2023, 2024]]);
  assert.match(found[0].message, /“存在的主要问题及改进情况”中的句子以“2023年”开头，而本报告是 2024 年度的/);
  assert.equal(left.split('\n')[found[0].range.start.line].slice(found[0].range.start.character, found[0].range.end.character), '2023年');
  for (const quote of ['2023年度报告提出的问题已全部整改。', '2023年，我局针对上年报告指出的问题进行了整改。', '2023年以来，我局持续推进政策解读。']) {
    assert.deepEqual(yearFindings(edit(CORRECT, opening, quote + opening)), [], quote);
  }
});

test('a plan with its year after the verb (将于2024年底前, 计划在2024年) is one too; a plan quoted, a deed and the disposal 将 are not (helper-218 #15)', () => {
  for (const [plan, year] of [
    ['我局将于2024年底前增加图解、视频等解读形式', 2024],
    ['下一步，我局计划在2024年增加图解、视频等解读形式', 2024],
    ['力争2023年内增加图解、视频等解读形式', 2023],
    ['2024年将于6月前增加图解、视频等解读形式', 2024],
  ]) {
    const text = edit(CORRECT, PLAN, plan);
    const found = yearFindings(text);
    assert.equal(found.length, 1, plan);
    assert.equal(found[0].actual, year);
    assert.equal(found[0].expected, 2025);
    const { start, end } = found[0].range;
    assert.match(text.split('\n')[start.line].slice(start.character, end.character), new RegExp(`^${year}年$`), plan);
  }
  for (const plan of [
    '我局将于2025年底前增加图解、视频等解读形式',
    '原计划于2024年底前增加图解形式，已完成',
    '已于2024年6月增加图解、视频等解读形式',
    '将2020年以来的所有政策解读全部分类入库',
  ]) assert.deepEqual(yearFindings(edit(CORRECT, PLAN, plan)).map((f) => f.message), [], plan);
});

test('本报告所列数据截至 a year\'s 12月31日 is the statistics period (helper-218 #15)', () => {
  const text = edit(CORRECT, PLAN, `${PLAN}。本报告所列数据截至2023年12月31日`);
  const found = yearFindings(text);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /统计期限写的是 2023 年，而标题为 2024 年/);
  assert.deepEqual(yearFindings(edit(CORRECT, PLAN, `${PLAN}。本报告所列数据截至2024年12月31日`)), []);
  // A count's date is no period (a count of documents as of an older year-end is another rule's).
  assert.ok(!yearFindings(edit(CORRECT, PLAN, `${PLAN}。截至2023年12月31日，门户网站累计发布信息1200条`)).some((f) => /统计期限/.test(f.message)));
});
