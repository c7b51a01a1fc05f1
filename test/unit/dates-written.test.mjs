// Found by a fresh user (third try): years typed with the letter O for 〇 (二O二四, 二Ｏ二四), signature dates in
// full-width digits (２０２４年１２月２０日) or with that year, an impossible period date called incomplete, a prose
// total in Chinese numerals quoted as digits, an upper-case rule id without a suggestion, and a 表四 cell named as
// a row. Each case edits one exact passage of a corpus report (`edit`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, slice, ROOT, edit } from '../helpers.mjs';

const only = (text, rule, locale) => {
  const { report, findings } = core.analyze(text, locale ? { locale } : undefined);
  return { report, found: findings.filter((f) => f.ruleId === rule) };
};
const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');
const PERIOD = '统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止';
const cn = (y) => `统计期限自${y}年一月一日起至${y}年十二月三十一日止`;

test('a year with the letter O/Ｏ/o typed for 〇 (二O二四) is read as the year: period silent, year evidence, year-mismatch', () => {
  for (const y of ['二O二四', '二Ｏ二四', '二o二四']) {
    const text = edit(HONGZE_2024, PERIOD, cn(y));
    const { report, found } = only(text, 'date-invalid');
    assert.deepEqual(found.map((f) => f.message), [], y);
    assert.deepEqual(report.yearEvidence.filter((e) => e.source === 'period').map((e) => e.year), [2024], y);
  }
  // Last year's period in that form is last year's.
  const { report, found } = only(edit(HONGZE_2024, PERIOD, cn('二O二三')), 'year-mismatch');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[8, 2024, 2023]]);
  assert.match(slice(report, found[0].range), /二O二三年一月一日起至二O二三年十二月三十一日$/);
  // A lone O is no digit: `O四年` has no four-digit year.
  const lone = only(edit(HONGZE_2024, PERIOD, '统计期限自二O年一月一日起至二O二四年十二月三十一日止'), 'date-invalid').found;
  assert.equal(lone.length, 1);
  assert.match(lone[0].message, /年份不是四位数/);
});

test('date-invalid: a signature in full-width digits or with 二O二四 is read like 2024年12月20日 (seed 002, 庐山 2018)', () => {
  const seed002 = corpusText('seeds/002_029685eb87fde92d.txt');
  for (const sig of ['２０１８年１２月２０日', '二O一八年十二月二十日', '２０１８年1２月20日']) {
    const { report, found } = only(edit(seed002, '\n2019年1月14日\n', `\n${sig}\n`), 'date-invalid');
    assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[159, 2019, 2018]], sig);
    assert.equal(slice(report, found[0].range), sig);
    assert.match(found[0].message, new RegExp(`落款日期“${sig}”不晚于报告年度`));
    assert.deepEqual(report.yearEvidence.filter((e) => e.source === 'signature').map((e) => e.year), [2017], sig);
  }
  for (const sig of ['２０１９年１月１４日', '二O一九年一月十四日']) assert.deepEqual(only(edit(seed002, '\n2019年1月14日\n', `\n${sig}\n`), 'date-invalid').found, [], sig);
  const feb30 = only(edit(seed002, '\n2019年1月14日\n', '\n２０１９年２月３０日\n'), 'date-invalid').found;
  assert.deepEqual(feb30.map((f) => f.message), ['落款日期“２０１９年２月３０日”不是有效日期。']);
});

test('date-invalid: a period date read in full but not on the calendar (十二月三十二日) is a wrong date, not an incomplete one', () => {
  const text = edit(HONGZE_2024, PERIOD, '统计期限自二〇二四年一月一日起至二〇二四年十二月三十二日止');
  assert.deepEqual(only(text, 'date-invalid').found.map((f) => f.message), ['统计期限的日期有误：“二〇二四年十二月三十二日”不是有效日期。']);
  assert.deepEqual(only(text, 'date-invalid', 'en').found.map((f) => f.message), ['The statistics period has a wrong date: “二〇二四年十二月三十二日” is not a calendar date.']);
  // A date that lost its month is still incomplete.
  const lost = only(edit(HONGZE_2024, PERIOD, '统计期限自2024年月1日起至2024年12月31日止'), 'date-invalid').found;
  assert.deepEqual(lost.map((f) => f.message), ['统计期限的日期残缺：“2024年月1日”不是完整的日期。']);
});

test('prose-sum: a total in Chinese numerals is quoted as written (沭阳县 2025: 七百四十九件)', () => {
  const text = edit(corpusText('peers/kiro_shuyang-county_2025.txt'), '共受理政府信息公开申请 749 件，其中自然人申请 741 件', '共受理政府信息公开申请七百四十九件，其中自然人申请 742 件');
  // (The 742 is 自然人's 新收 of the 749 受理, which 表三 gives as 741: prose-table says so, and prose-sum's message names
  // it as the cause since the parts of a count equal to 新收 are read as 新收's, brk184 #6.)
  assert.deepEqual(only(text, 'prose-sum').found.map((f) => f.message), ['总数写为“七百四十九件”（749），但其中各项之和为 742 + 8 = 750，相差 +1。这是正文“自然人申请 742 件”（表三为 741）与表格不一致的结果（见 prose-table 的报告）：按表格的数，各项之和为 741 + 8 = 749，等于总数 749。请先核对这个数。']);
  assert.deepEqual(only(text, 'prose-sum', 'en').found.map((f) => f.message), ['The total is written “七百四十九件” (749), but its listed parts add up to 742 + 8 = 750 (difference +1). This follows from “自然人申请 742 件” (表三: 741) contradicting the table, as prose-table reports: with the table\'s number the parts add up to 741 + 8 = 749, the total, 749. Check that number first.']);
});

test('disable-unknown-rule: an id in the wrong case (SUM-APPLICANTS) is honoured, and told the id in lower case', () => {
  const lines = corpusText('seeds/003_7487cbc35b761747.txt').split('\n');
  lines.splice(34, 0, '<!-- nianbao-disable-next-line SUM-APPLICANTS -->');
  const [f] = only(lines.join('\n'), 'disable-unknown-rule').found;
  assert.equal(f.message, 'nianbao-disable-next-line 注释中的规则 id 写作“SUM-APPLICANTS”，规则列表中写作“sum-applicants”（已按“sum-applicants”屏蔽）。');
  assert.deepEqual(f.data.suggestions, ['sum-applicants']);
  assert.deepEqual(f.fix.edits.map((e) => e.newText), ['sum-applicants']);
});

test('table-repeated: a 表四 copy with other figures names the cell by group and column, not by a row', () => {
  const text = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const lines = text.split('\n');
  const head = lines.findIndex((l) => /^\| *行政复议 *\|/.test(l));
  assert.ok(head > 0);
  let end = head;
  while (lines[end + 1]?.startsWith('|')) end++;
  const copy = lines.slice(head, end + 1);
  const last = copy.length - 1;
  copy[last] = copy[last].replace(/^(\| *)(\d+)( *\| *)(\d+)/, (_, a, x, b, y) => `${a}${x}${b}${Number(y) + 1}`);
  const pasted = [...lines.slice(0, end + 1), '', ...copy, ...lines.slice(end + 1)].join('\n');
  const zh = only(pasted, 'table-repeated').found;
  assert.equal(zh.length, 1);
  assert.match(zh[0].message, /两张表的数字不同（1 处，如“行政复议”的“结果纠正”：第一张为 \d+，这一张为 \d+）/);
  assert.match(only(pasted, 'table-repeated', 'en').found[0].message, /e\.g\. “行政复议”, column “结果纠正”: /);
});

test('date-invalid: a signature date ending with 。 (2018年12月20日。) is read like one without it (seed 002)', () => {
  const seed002 = corpusText('seeds/002_029685eb87fde92d.txt');
  const { report, found } = only(edit(seed002, '\n2019年1月14日\n', '\n2018年12月20日。\n'), 'date-invalid');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[159, 2019, 2018]]);
  assert.deepEqual(report.yearEvidence.filter((e) => e.source === 'signature').map((e) => e.year), [2017]);
  assert.deepEqual(only(edit(seed002, '\n2019年1月14日\n', '\n2019年1月14日。\n'), 'date-invalid').found, []);
});
