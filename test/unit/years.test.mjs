// year-mismatch and date-invalid on real reports: silent on every corpus report, and found when one real
// date or year of a report is changed (with `edit`, one exact passage of the real text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, slice, CORPUS, only, edit, ROOT } from '../helpers.mjs';

const corpus = ['seeds', 'peers'].flatMap((d) => readdirSync(join(CORPUS, d)).filter((f) => f.endsWith('.txt')).map((f) => `${d}/${f}`));
const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');

test('no year-mismatch or date-invalid in any corpus report (titles, periods, 发布日期 and signatures agree)', () => {
  for (const name of corpus) {
    const { findings } = core.analyze(corpusText(name));
    assert.deepEqual(findings.filter((f) => f.ruleId === 'year-mismatch' || f.ruleId === 'date-invalid').map((f) => f.message), [], name);
  }
});

test('year-mismatch: a 2024 title with a 2023 statistics period (洪泽 2024, period changed) points at the period and names the title', () => {
  const text = edit(HONGZE_2024, '统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止', '统计期限自 2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止');
  const { report, found } = only(text, 'year-mismatch');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity, f.expected, f.actual]), [[8, 'error', 2024, 2023]]);
  assert.match(slice(report, found[0].range), /统计期限自 2023 年 1 月 1 日/);
  assert.equal(found[0].related[0].range.start.line + 1, 4);
});

test('year-mismatch: the introduction naming last year\'s report (沭阳县发改局 2023 → “2022年度政府信息公开年度报告”)', () => {
  const fgj = corpusText('peers/kiro_shuyang-fgj_2023.txt');
  const text = edit(fgj, '现向社会公布沭阳县发展和改革局2023年度政府信息公开年度报告', '现向社会公布沭阳县发展和改革局2022年度政府信息公开年度报告');
  const { found } = only(text, 'year-mismatch');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[19, 2023, 2022]]);
});

test('date-invalid: a signature in the report year (庐山 2018 signed 2018年1月14日) and a 公开日期 before the year ends', () => {
  const seed002 = corpusText('seeds/002_029685eb87fde92d.txt');
  const signed = only(edit(seed002, '\n2019年1月14日\n', '\n2018年1月14日\n'), 'date-invalid').found;
  assert.deepEqual(signed.map((f) => [f.range.start.line + 1, f.severity, f.expected, f.actual]), [[159, 'warning', 2019, 2018]]);
  const fgj = corpusText('peers/kiro_shuyang-fgj_2023.txt');
  const published = only(edit(fgj, '| 公开日期 | 2024-01-17 |', '| 公开日期 | 2023-01-17 |'), 'date-invalid').found;
  assert.deepEqual(published.map((f) => f.range.start.line + 1), [12]);
  // Not a calendar date.
  const feb30 = only(edit(seed002, '\n2019年1月14日\n', '\n2019年2月30日\n'), 'date-invalid').found;
  assert.equal(feb30.length, 1);
  assert.match(feb30[0].message, /不是有效日期/);
});

test('date-invalid: a statistics period that lost digits (“12 月 3 日”, “202 年”, “年 月”)', () => {
  const cases = [
    ['起至 2024 年 12 月 31 日止', '起至 2024 年 12 月 3 日止'],
    ['统计期限自 2024 年 1 月 1 日', '统计期限自 202 年 1 月 1 日'],
    ['统计期限自 2024 年 1 月 1 日', '统计期限自 2024 年 月 1 日'],
  ];
  for (const [from, to] of cases) {
    const { found } = only(edit(HONGZE_2024, from, to), 'date-invalid');
    assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity]), [[8, 'warning']], to);
  }
  // 庆城 2018's “自2018年1月1日起至12月31日止” (year written once) is complete.
  assert.deepEqual(only(corpusText('seeds/000_f7ed614ce96fc61e.txt'), 'date-invalid').found, []);
});

test('date-invalid: a statistics period that does not cover the whole report year (洪泽 2024, period edited)', () => {
  const period = '统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止';
  const cases = [
    ['统计期限自2024年1月1日起至2024年11月30日止', /止于 11 月 30 日，缺少此后到 12 月 31 日的数据/, /ends on 30 November/],
    ['统计期限自 2024 年 3 月 1 日\n起至 2024 年 12 月 31 日止', /始于 3 月 1 日，缺少此前自 1 月 1 日起的数据/, /starts on 1 March/],
    // 30 is not a digit of 31 that was lost: a period one day short, not a garbled date.
    ['统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 30 日止', /止于 12 月 30 日/, /ends on 30 December/],
    ['统计期限自2023年7月1日起至2024年6月30日止', /跨越 2023 年和 2024 年/, /runs from 2023 into 2024/],
    ['统计期限自二〇二四年一月一日起至十一月三十日止', /止于 11 月 30 日/, /ends on 30 November/],
    ['统计期限自2023年1月1日起至2023年6月30日止', /且年份为 2023 年，而报告年度为 2024 年/, /it is in 2023, while the report year is 2024/],
  ];
  for (const [to, zh, en] of cases) {
    const text = edit(HONGZE_2024, period, to);
    const { report, found } = only(text, 'date-invalid');
    assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity, f.data.period]), [[8, 'warning', 'partial']], to);
    assert.match(found[0].message, /没有覆盖整个报告年度/, to);
    assert.match(found[0].message, zh, to);
    // A period running into another year has no explanation to give: only the dates to correct.
    if (/跨越/.test(found[0].message)) assert.match(found[0].message, /应为2024年1月1日至2024年12月31日；请改正日期。$/, to);
    else assert.match(found[0].message, /应为2024年1月1日至2024年12月31日；请改正日期，或在报告中说明只统计部分年度的原因：在引言或总体情况中写明机构/, to);
    assert.match(slice(report, found[0].range), /^[二〇\d]/, to);
    const enMsg = core.analyze(text, { locale: 'en' }).findings.find((f) => f.ruleId === 'date-invalid').message;
    assert.match(enMsg, /does not cover the whole report year/, to);
    assert.match(enMsg, en, to);
    // A partial period is this rule's, not year-mismatch's (which compares whole-year periods).
    assert.deepEqual(only(text, 'year-mismatch').found, [], to);
  }
});

// brk112 #4: the 2008《条例》(国务院令第492号) took effect on 1 May 2008, so 2008 reports rightly count from that day;
// and the message's remedy (say why only part of the year is counted) must clear the warning when followed.
test('date-invalid: a 2008 report counting from 2008年5月1日 (the day the 条例 took effect) is not flagged', () => {
  const report2008 = (period, intro = '《条例》自2008年5月1日起施行。我局编制了公开指南和公开目录。') => [
    '柳营市国土资源局2008年政府信息公开工作年度报告', '',
    `根据《中华人民共和国政府信息公开条例》规定，特公布本报告。本报告中所列数据的${period}。`, '',
    '一、概述', '', intro, '', '二、主动公开政府信息情况', '', '共主动公开政府信息326条。', '',
    '三、依申请公开政府信息情况', '', '共受理申请7件，均已答复。', '', '柳营市国土资源局', '2009年3月27日', ''].join('\n');
  for (const period of ['统计期限自2008年5月1日起至2008年12月31日止', '统计期限为2008年5月1日至12月31日', '统计期限自二〇〇八年五月一日起至二〇〇八年十二月三十一日止']) {
    assert.deepEqual(only(report2008(period), 'date-invalid').found.map((f) => f.message), [], period);
    assert.deepEqual(only(report2008(period, '我局编制了公开指南和公开目录。'), 'date-invalid').found.map((f) => f.message), [], period);
  }
  // Another start in 2008, or 5月1日 in another year, is still a partial year.
  for (const period of ['统计期限自2008年6月1日起至2008年12月31日止', '统计期限自2008年5月1日起至2008年11月30日止']) {
    assert.equal(only(report2008(period, '我局编制了公开指南和公开目录。'), 'date-invalid').found.length, 1, period);
  }
});

test('date-invalid: a partial year the report explains (本局于2024年3月1日组建) is not flagged; an unexplained or mismatched one is', () => {
  const period = '统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止';
  const intro = '  一、总体情况\n';
  const march = edit(HONGZE_2024, period, '统计期限自 2024 年 3 月 1 日\n起至 2024 年 12 月 31 日止');
  const explained = [
    '本局于2024年3月1日组建，统计期限自组建之日起。',
    '本局于3月1日正式挂牌成立。',
    '2024年3月1日，本机关正式挂牌运行。',
    '本局成立于2024年3月1日。',
    '本局于二〇二四年三月一日组建。',
  ];
  for (const why of explained) {
    assert.deepEqual(only(edit(march, intro, `${intro}  ${why}\n`), 'date-invalid').found.map((f) => f.message), [], why);
  }
  // Also in the introduction, next to the period (a sentence of its own).
  assert.deepEqual(only(edit(march, '起至 2024 年 12 月 31 日止。', '起至 2024 年 12 月 31 日止（本局于2024年3月1日设立）。'), 'date-invalid').found, []);
  // An agency closed during the year, on the period's last day.
  const closed = edit(HONGZE_2024, period, '统计期限自 2024 年 1 月 1 日\n起至 2024 年 10 月 31 日止');
  assert.deepEqual(only(edit(closed, intro, `${intro}  本局于2024年10月31日撤销，职责划入区数据局。\n`), 'date-invalid').found, []);
  // Still flagged: no reason; a reason with another date; a date with no reason; a reason after the first section.
  const still = [
    march,
    edit(march, intro, `${intro}  本局于2024年4月1日组建。\n`),
    edit(march, intro, `${intro}  2024年3月1日，召开政务公开工作会议。\n`),
    edit(march, intro, `${intro}  本局于2023年3月1日组建。\n`),
    // Another body than the report's agency (淮安市洪泽区人民政府), though of the same district (brk115 #8).
    edit(march, intro, `${intro}  2024年3月1日，淮安市洪泽区数据局正式挂牌运行。\n`),
    edit(closed, intro, `${intro}  本局于2024年10月31日组建。\n`),
    edit(march, '二、主动公开政府信息情况\n', '二、主动公开政府信息情况\n  本局于2024年3月1日组建。\n'),
  ];
  for (const text of still) {
    assert.equal(only(text, 'date-invalid').found.length, 1, text.slice(text.indexOf('一、总体情况'), text.indexOf('一、总体情况') + 40));
  }
  // The message says what clears it.
  const msg = only(march, 'date-invalid').found[0].message;
  assert.match(msg, /在引言或总体情况中写明机构设立（组建、成立、挂牌）的日期，与统计期限的起始日期相同（如“本机关于2024年3月1日组建”）/);
  assert.match(only(closed, 'date-invalid').found[0].message, /机构撤销（撤并、并入）的日期，与统计期限的截止日期相同（如“本机关于2024年10月31日撤销”）/);
});

// brk115 #8: a partial period was excused by a sub-unit's date (局属某某中心于2024年3月15日组建) or a document's
// (《某某市政府信息公开规定》于2024年3月15日起施行): only the agency's own setting up or closing explains it.
test('date-invalid: only the agency itself set up (or closed) on the period’s date explains a partial year, not a sub-unit or a document', () => {
  const base = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const march = edit(base, '统计期限自2024年1月1日起', '统计期限自2024年3月15日起');
  const at = '2024年，某某市某某局认真贯彻落实《条例》';
  const with_ = (why) => edit(march, at, why + at);
  for (const why of [
    '本局于2024年3月15日组建。', '我局于2024年3月15日正式挂牌。', '本机关成立于2024年3月15日。', '于2024年3月15日组建。',
    '2024年3月15日，某某市某某局正式挂牌。', '某某市某某局于2024年3月15日挂牌成立。', '根据机构改革方案，本局于2024年3月15日组建。',
    '2024年3月15日，按照机构改革部署，新组建的某某市某某局正式成立。',
    '《某某市某某局职能配置、内设机构和人员编制规定》自2024年3月15日起施行，本局同日正式运行。',
  ]) assert.deepEqual(only(with_(why), 'date-invalid').found.map((f) => f.message), [], why);
  for (const why of [
    '局属某某中心于2024年3月15日组建。', '2024年3月15日，局属某某中心正式挂牌。', '某某市某某中心成立于2024年3月15日。',
    '《某某市政府信息公开规定》于2024年3月15日起施行。', '《某某市政府信息公开规定》自2024年3月15日起施行。', '某某市政府信息公开办法于2024年3月15日起实施。',
  ]) assert.equal(only(with_(why), 'date-invalid').found.length, 1, why);
});

// brk115 #9: a 2008 report that starts on another day than 1 January was told only of 1 January; 1 May 2008, the day
// the 条例 took effect, is accepted too, and the message says so.
test('date-invalid: the message for a 2008 period names 2008年5月1日 (the 条例 took effect) as an accepted start', () => {
  const report2008 = (period) => [
    '柳营市国土资源局2008年政府信息公开工作年度报告', '',
    `根据《中华人民共和国政府信息公开条例》规定，特公布本报告。本报告中所列数据的${period}。`, '',
    '一、概述', '', '我局编制了公开指南和公开目录。', '', '二、主动公开政府信息情况', '', '共主动公开政府信息326条。', '',
    '三、依申请公开政府信息情况', '', '共受理申请7件，均已答复。', '', '柳营市国土资源局', '2009年3月27日', ''].join('\n');
  const [f] = only(report2008('统计期限自2008年6月1日起至2008年12月31日止'), 'date-invalid').found;
  assert.match(f.message, /应为2008年1月1日至2008年12月31日，或自《条例》施行之日起的2008年5月1日至2008年12月31日；/);
  // Another year's message names 1 January only.
  const other = only(report2008('统计期限自2008年6月1日起至2008年12月31日止').replaceAll('2008', '2010').replace('2009年3月27日', '2011年3月27日'), 'date-invalid').found[0];
  assert.match(other.message, /应为2010年1月1日至2010年12月31日；/);
});

// brk116 #3: the agency's own setting-up date given in brackets, inside the period or after it, did not excuse it.
test('date-invalid: the agency’s setting-up date in brackets (2024年3月15日（我局组建之日）起, （我局于2024年3月15日组建）) explains the partial year', () => {
  const base = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const period = /统计期限自2024年1月1日起至2024年12月31日止。?/.exec(base)[0];
  const with_ = (text) => edit(base, period, text);
  for (const text of [
    '统计期限自2024年3月15日（我局组建之日）起至2024年12月31日止。',
    '统计期限为2024年3月15日（本局挂牌成立之日）至2024年12月31日。',
    '统计期限自2024年3月15日（组建之日）起至2024年12月31日止。',
    '统计期限自2024年3月15日起至2024年12月31日止。（我局于2024年3月15日组建）',
    '统计期限自2024年3月15日起至2024年12月31日止。（本局于2024年3月15日组建，此前数据由原某某局统计）',
    '统计期限自2024年3月15日起至2024年12月31日止。（本局2024年3月15日组建，此前数据由原某某局统计）',
  ]) assert.deepEqual(only(with_(text), 'date-invalid').found.map((f) => f.message), [], text);
  // Another body's date in brackets explains nothing.
  for (const text of [
    '统计期限自2024年3月15日（局属某某中心组建之日）起至2024年12月31日止。',
    '统计期限自2024年3月15日（《某某市政府信息公开规定》施行之日）起至2024年12月31日止。',
    '统计期限自2024年3月15日起至2024年12月31日止。（局属某某中心于2024年3月15日组建）',
    '统计期限自2024年3月15日起至2024年12月31日止。（本局于2024年4月1日组建）',
  ]) assert.equal(only(with_(text), 'date-invalid').found.length, 1, text);
});

// brk121 #3: a date in brackets after the period, before its 。, made three dates, and the period was not read at all:
// any body's date there excused a partial period. The period is the two dates outside the brackets, and the bracket is
// read as any other sentence: only the agency's own setting up (or closing) on the period's first (or last) day explains it.
test('date-invalid: a bracket after the period before its 。 explains a partial year only with the agency’s own date', () => {
  const base = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const period = /统计期限自2024年1月1日起至2024年12月31日止。?/.exec(base)[0];
  const with_ = (text) => edit(base, period, text);
  for (const bracket of [
    '（局属某某中心于2024年3月15日组建）', '（《某某市政府信息公开规定》于2024年3月15日起施行）', '（市数据局于2024年3月15日组建）',
    '（我局于2024年1月1日组建）', '（2024年3月15日局属某某中心组建）',
  ]) {
    const found = only(with_(`统计期限自2024年3月15日起至2024年12月31日止${bracket}。`), 'date-invalid').found;
    assert.equal(found.length, 1, bracket);
    assert.match(found[0].message, /^统计期限“2024年3月15日起至2024年12月31日”没有覆盖整个报告年度：始于 3 月 15 日/, bracket);
  }
  for (const text of [
    '统计期限自2024年3月15日起至2024年12月31日止（我局于2024年3月15日组建）。',
    '统计期限自2024年3月15日起至2024年12月31日止（本局由原某某局和原某某中心于2024年3月15日合并组建）。',
    '统计期限自2024年3月15日起至2024年12月31日止（2024年3月15日本局组建）。',
    '统计期限自2024年1月1日起至2024年10月31日止（本局于2024年10月31日撤销）。',
    // A whole year with a date in a bracket beside it.
    '统计期限自2024年1月1日起至2024年12月31日止（其中2024年3月15日前的数据由原某某局统计）。',
  ]) assert.deepEqual(only(with_(text), 'date-invalid').found.map((f) => f.message), [], text);
  assert.equal(only(with_('统计期限自2024年1月1日起至2024年10月31日止（局属某某中心于2024年10月31日撤销）。'), 'date-invalid').found.length, 1);
});

// brk121 #8: `本局由原某某局和原某某中心于2024年3月15日合并组建` was not read as the agency's own setting up (those it was
// made of were taken for the subject); and the body named after 组建 / 成立 / 撤销 is the one set up or closed.
test('date-invalid: the agency set up by a merger (本局由…于…合并组建, …合并组建某某市某某局) explains a partial year; a body it set up does not', () => {
  const base = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const march = edit(base, '统计期限自2024年1月1日起', '统计期限自2024年3月15日起');
  const at = '2024年，某某市某某局认真贯彻落实《条例》';
  const with_ = (text, why) => edit(text, at, why + at);
  for (const why of [
    '本局由原某某局和原某某中心于2024年3月15日合并组建。', '某某市某某局由原某某局和原某某中心于2024年3月15日合并组建。',
    '本机关由原某某局于2024年3月15日组建。', '由原某某局和原某某中心于2024年3月15日合并组建。',
    '由原某某局和原某某中心合并组建的某某市某某局于2024年3月15日正式挂牌。',
    '2024年3月15日，原某某局与原某某中心合并组建本局。', '2024年3月15日，整合组建某某市某某局。', '2024年3月15日合并组建。',
  ]) assert.deepEqual(only(with_(march, why), 'date-invalid').found.map((f) => f.message), [], why);
  for (const why of [
    '局属某某中心由本局于2024年3月15日组建。', '由原某某局和原某某中心合并组建的局属某某中心于2024年3月15日正式挂牌。',
    '2024年3月15日，局属某某中心由原某某中心合并组建。', '我局于2024年3月15日成立政务公开工作领导小组。',
    '本局于2024年3月15日组建某某中心。',
  ]) assert.equal(only(with_(march, why), 'date-invalid').found.length, 1, why);
  const october = edit(base, '至2024年12月31日止', '至2024年10月31日止');
  assert.equal(only(with_(october, '本局于2024年10月31日撤销某某科。'), 'date-invalid').found.length, 1);
  assert.deepEqual(only(with_(october, '2024年10月31日，撤销本局。'), 'date-invalid').found, []);
});

// brk122 #2, #3: in a bracket after the period, the words after its date were read past the bracket's close (to the
// 。 after it), so the body named after 组建 / 成立 there was not read: `（…合并组建本局）` was a false warning and
// `（我局于…成立政务公开工作领导小组）` explained the period. The bracket is read as a sentence that ends where it closes.
test('date-invalid: a sentence in a bracket after the period is read as the same sentence in 总体情况', () => {
  const base = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const period = '统计期限自2024年1月1日起至2024年12月31日止。';
  const march = '统计期限自2024年3月15日起至2024年12月31日止';
  const at = '2024年，某某市某某局认真贯彻落实《条例》';
  const inside = (sentence) => edit(base, period, `${march}（${sentence}）。`);
  const outside = (sentence) => edit(edit(base, period, `${march}。`), at, `${sentence}。${at}`);
  const count = (text) => only(text, 'date-invalid').found.length;
  for (const [sentence, warned] of [
    ['2024年3月15日，原某某局与原某某中心合并组建本局', 0], ['2024年3月15日原某某局与原某某中心合并组建本局', 0],
    ['原某某局与原某某中心于2024年3月15日合并组建本局', 0], ['市政府于2024年3月15日批复组建我局', 0],
    ['本局由原某某局和原某某中心于2024年3月15日合并组建', 0], ['我局于2024年3月15日组建', 0],
    ['我局于2024年3月15日成立政务公开工作领导小组', 1], ['我局于2024年3月15日成立领导小组', 1],
    ['本局于2024年3月15日组建某某中心', 1], ['局属某某中心于2024年3月15日组建', 1], ['我局于2024年3月15日召开政务公开工作会议', 1],
  ]) {
    assert.equal(count(inside(sentence)), warned, `（${sentence}）`);
    assert.equal(count(outside(sentence)), warned, sentence);
  }
});

// brk116 #7: the 2008 message told a period from 2008年5月1日 (an accepted start) that it lacked data from 1 January,
// and a period over two years that it lacked data before its start.
test('date-invalid: a 2008 period from 5月1日 is told only of its end; a period over two years only that it runs over them', () => {
  const report2008 = (period) => [
    '柳营市国土资源局2008年政府信息公开工作年度报告', '',
    `根据《中华人民共和国政府信息公开条例》规定，特公布本报告。本报告中所列数据的${period}。`, '',
    '一、概述', '', '我局编制了公开指南和公开目录。', '', '二、主动公开政府信息情况', '', '共主动公开政府信息326条。', '',
    '三、依申请公开政府信息情况', '', '共受理申请7件，均已答复。', '', '柳营市国土资源局', '2009年3月27日', ''].join('\n');
  const [end] = only(report2008('统计期限自2008年5月1日起至2008年11月30日止'), 'date-invalid').found;
  assert.match(end.message, /没有覆盖整个报告年度：止于 11 月 30 日，缺少此后到 12 月 31 日的数据。/);
  assert.doesNotMatch(end.message, /始于|设立/);
  assert.match(end.message, /机构撤销（撤并、并入）的日期，与统计期限的截止日期相同（如“本机关于2008年11月30日撤销”）/);
  const [over] = only(report2008('统计期限自2007年5月1日起至2008年12月31日止'), 'date-invalid').found;
  assert.match(over.message, /没有覆盖整个报告年度：跨越 2007 年和 2008 年。/);
  // Another start in 2008 still lacks the data before it.
  assert.match(only(report2008('统计期限自2008年6月1日起至2008年11月30日止'), 'date-invalid').found[0].message, /始于 6 月 1 日，缺少此前自 1 月 1 日起的数据，止于 11 月 30 日/);
  // Other years: a period over two years is told that only.
  const other = only(report2008('统计期限自2009年7月1日起至2010年6月30日止').replaceAll('2008', '2010').replace('2009年3月27日', '2011年3月27日'), 'date-invalid').found[0];
  assert.match(other.message, /没有覆盖整个报告年度：跨越 2009 年和 2010 年。/);
});

test('date-invalid: the whole year written in the ways real reports write it is not flagged', () => {
  const period = '统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止';
  const variants = [
    '统计期限为1月1日至12月31日',
    '统计期限为 2024\n年 1 月 1 日至 12 月 31 日',
    '统计期限自２０２４年１月１日起至２０２４年１２月３１日止',
    '统计期限自二〇二四年一月一日起至十二月三十一日止',
    '统计期限自二○二四年元月一日至二○二四年十二月三十一日',
    '统计期限2024年1月1日—12月31日',
    '统计期限自2024年1月1日起，至2024年12月31日止',
    '统计时限为2024年1月1日到2024年12月31日',
  ];
  for (const to of variants) assert.deepEqual(only(edit(HONGZE_2024, period, to), 'date-invalid').found.map((f) => f.message), [], to);
});

test('year-mismatch: a title year in Chinese numerals (洪泽 2024 titled 二〇二四 / 二零二四年, period changed to 2023) is the title\'s year', () => {
  const period = edit(HONGZE_2024, '统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止', '统计期限自 2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止');
  for (const numerals of ['二〇二四', '二零二四']) {
    const text = edit(period, '    2024 年政府信息公开工作年度报告', `    ${numerals}年政府信息公开工作年度报告`);
    const { report, found } = only(text, 'year-mismatch');
    assert.equal(report.year, 2024, numerals);
    assert.deepEqual(report.yearEvidence.filter((e) => e.source === 'title').map((e) => [e.year, e.range.start.line + 1]), [[2024, 4]], numerals);
    assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[8, 2024, 2023]], numerals);
    assert.equal(found[0].related[0].range.start.line + 1, 4, numerals);
  }
});

test('year-mismatch: a Markdown title in Chinese numerals above a blank line is the title (not the introduction), against a 2023 period', () => {
  // `nianbao new` output with the title year written out and last year's period left in.
  const text = edit(edit(core.renderNewReport({ format: '2021', year: 2024, agency: '某某市某某局' }), '# 某某市某某局2024年', '# 某某市某某局二〇二四年'),
    '统计期限自2024年1月1日起至2024年12月31日止', '统计期限自2023年1月1日起至2023年12月31日止');
  const { report, found } = only(text, 'year-mismatch');
  assert.deepEqual(report.yearEvidence.filter((e) => e.source !== 'signature').map((e) => [e.source, e.year]), [['title', 2024], ['period', 2023]]);
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[3, 2024, 2023]]);
  assert.match(found[0].message, /而标题为 2024 年/);
});

// Found by a third fresh user: last year's report cited in the introduction (对照2023年…年度报告提出的问题, 体例与
// 《…2023年…年度报告》保持一致) was read as this report's own name: a year-mismatch error on a correct report.
test('year-mismatch: another year\'s report cited in the introduction is not this report\'s name', () => {
  const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const intro = '要求编制。';
  assert.ok(correct.includes(intro));
  for (const cited of ['对照2023年政府信息公开工作年度报告提出的问题，本年度逐项整改。', '体例与《某某市某某局2023年政府信息公开工作年度报告》保持一致。']) {
    const text = correct.replace(intro, intro + cited);
    const r = core.parseReport(text);
    assert.equal(r.year, 2024, cited);
    assert.ok(!r.yearEvidence.some((e) => e.year === 2023), cited);
    assert.deepEqual(core.checkReport(r).filter((f) => f.ruleId === 'year-mismatch'), [], cited);
  }
  // This report's own name in the introduction with another year is still one.
  const own = correct.replace(intro, intro + '现将本机关2023年政府信息公开工作年度报告公布如下。');
  assert.equal(core.checkReport(core.parseReport(own)).filter((f) => f.ruleId === 'year-mismatch').length, 1);
});

// Found by a third fresh user: with the title at 2024 and the period and signature at 2023, year-mismatch called the
// title wrong (report year 2023) while date-invalid, working with the title's year, called the signature too early.
// breaker28 item 5: a body that names the title's year (2024年，某某市某某局…) sides with the title, which then wins over
// the signature date; with a body naming the signature's year (2023年，…) the signature breaks the tie. Either way
// year-mismatch and date-invalid work with one year.
test('the model\'s report year is the one year-mismatch decides: title and body over the signature, else the signature; no contradicting date-invalid', () => {
  const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const text = correct.replace('统计期限自2024年1月1日起至2024年12月31日止', '统计期限自2023年1月1日起至2023年12月31日止').replace('2025年1月20日', '2024年1月20日');
  assert.notEqual(text, correct);
  const r = core.parseReport(text);
  assert.deepEqual(r.extras.yearDecision, { year: 2024, by: 'prose' });
  const f = core.checkReport(r);
  const ym = f.filter((x) => x.ruleId === 'year-mismatch');
  assert.deepEqual(ym.map((x) => [x.range.start.line, x.expected, x.actual]), [[2, 2024, 2023]], 'on the period');
  assert.match(ym[0].message, /统计期限写的是 2023 年，而标题为 2024 年。正文中的年份也多为 2024 年。/);
  assert.deepEqual(f.filter((x) => x.ruleId === 'date-invalid').map((x) => [x.expected, x.actual]), [[2025, 2024]]);
  // The body left at last year's too: the signature sides with it, and the title is the odd one out.
  const old = text.replace('2024年，某某市某某局', '2023年，某某市某某局');
  assert.notEqual(old, text);
  const o = core.parseReport(old);
  assert.deepEqual(o.extras.yearDecision, { year: 2023, by: 'signature' });
  const of = core.checkReport(o);
  const oym = of.filter((x) => x.ruleId === 'year-mismatch');
  assert.equal(oym.length, 1);
  assert.equal(oym[0].range.start.line, 0, 'on the title');
  assert.match(oym[0].message, /标题写的是 2024 年，而统计期限为 2023 年。落款日期也指向 2023 年度。/);
  assert.deepEqual(of.filter((x) => x.ruleId === 'date-invalid'), []);
});
