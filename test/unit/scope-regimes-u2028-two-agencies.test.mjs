// Scope, what is one report to check: a 2019 report in the conventional form, other disclosure regimes, U+2028 line
// breaks, two agencies in one file (found by breaker8).
// Found by an eighth fresh user (breaker8 items 9, 12, 13, 17): what the engine takes as one report to check. A 2019
// report in the conventional form (the unified format was only encouraged that year), a university's 学年 report
// (another disclosure regime), line breaks written as U+2028, and two agencies' reports in one file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, runCli } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const findings = (text, options) => core.checkReport(core.parseReport(text), options);
const ids = (fs) => fs.map((f) => f.ruleId);

/** A township's 2019 report in the conventional seven-section form of the 2008 条例, without tables. */
const conventional = (year) => `# 某某县某某镇人民政府${year}年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特向社会公布${year}年度本镇政府信息公开工作年度报告。本报告由概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息公开申请行政复议、提起行政诉讼的情况，政府信息公开工作存在的主要问题及改进情况，其他需要报告的事项等七部分组成。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。

一、概述

${year}年，我镇认真贯彻落实《条例》，成立了以镇长为组长的政务公开工作领导小组，明确党政办公室具体负责政府信息公开日常工作，配备兼职工作人员2名。

二、主动公开政府信息情况

${year}年，我镇共主动公开政府信息326条，其中机构职能类12条、政策法规类45条、财政预决算类18条、民生保障类251条。

三、依申请公开政府信息情况

${year}年，我镇共受理政府信息公开申请3件，均为当面申请，已全部按期答复，其中同意公开2件，信息不存在1件。

四、政府信息公开的收费及减免情况

${year}年，我镇未收取任何政府信息公开相关费用。

五、因政府信息公开申请行政复议、提起行政诉讼的情况

${year}年，我镇未发生因政府信息公开申请行政复议、提起行政诉讼的情况。

六、政府信息公开工作存在的主要问题及改进情况

一是公开内容不够全面；二是工作人员业务水平有待提高。

七、其他需要报告的事项

无。

某某县某某镇人民政府
${year + 1}年1月15日
`;

test('2019 report wholly in the conventional form: read in that form, one info that the unified format was encouraged (60号), no table-missing; 2020 the same but an error; 2018 and a 2019 report with unified titles as before', () => {
  const text = conventional(2019);
  const report = core.parseReport(text);
  assert.equal(report.format, 'pre2019');
  const fs = findings(text);
  assert.deepEqual(ids(fs), ['format-outdated']);
  assert.equal(fs[0].severity, 'info');
  assert.match(fs[0].message, /鼓励按照统一格式发布/);
  assert.match(fs[0].message, /2020 年度起应使用统一格式/);
  assert.equal(fs[0].range.start.line, 0);
  assert.match(findings(text, { locale: 'en' })[0].message, /only encouraged the unified format/);
  // The leniency is the templates' year data: 60号's format is required from 2020 (requiredFrom), so a 2020 report in
  // that form is read the same way but its one format-outdated is an error (test/unit/oldform-2020-fix-sections.test.mjs); the
  // conventional form was the rule until 2018.
  assert.equal(core.parseReport(conventional(2020)).format, 'pre2019');
  assert.deepEqual(findings(conventional(2020)).map((f) => `${f.ruleId} ${f.severity}`), ['format-outdated error']);
  assert.equal(core.parseReport(conventional(2018)).format, 'pre2019');
  assert.deepEqual(ids(findings(conventional(2018))).filter((id) => id.startsWith('format-')), []);
  // A 2019 report in the unified section titles without tables is still checked as the 2019 format.
  const unified = conventional(2019)
    .replace('一、概述', '一、总体情况')
    .replace('三、依申请公开政府信息情况', '三、收到和处理政府信息公开申请情况')
    .replace('四、政府信息公开的收费及减免情况\n\n2019年，我镇未收取任何政府信息公开相关费用。\n\n', '')
    .replace('五、因政府信息公开申请行政复议、提起行政诉讼的情况', '四、政府信息公开行政复议、行政诉讼情况')
    .replace('六、政府信息公开工作存在的主要问题及改进情况', '五、存在的主要问题及改进情况')
    .replace('七、其他需要报告的事项', '六、其他需要报告的事项');
  assert.equal(core.parseReport(unified).format, '2019');
  assert.equal(findings(unified).filter((f) => f.ruleId === 'table-missing').length, 3);
});

const university = `# 某某大学2023—2024学年信息公开工作年度报告

根据《高等学校信息公开办法》《教育部关于公布〈高等学校信息公开事项清单〉的通知》要求，现公布某某大学2023—2024学年信息公开工作年度报告。本报告统计时间为2023年9月1日至2024年8月31日。

一、概述

学校高度重视信息公开工作，持续完善信息公开制度，不断拓宽公开渠道。

二、主动公开情况

本学年学校通过信息公开网主动公开信息1268条，其中招生考试信息215条、财务资产信息46条。

三、依申请公开和不予公开情况

本学年共收到信息公开申请5件，已全部按期答复，其中予以公开3件，不予公开1件，信息不存在1件。

四、对信息公开的评议情况

学校通过教代会、师生座谈会等形式开展评议，师生满意度较高。

五、因学校信息公开工作受到举报、复议、诉讼的情况

本学年未发生因信息公开工作受到举报、复议、诉讼的情况。

六、信息公开工作存在的主要问题及改进措施

公开内容的时效性有待提高。下一步将加强督促检查。

七、其他需要报告的事项

无。

某某大学
2024年10月30日
`;

test('a university’s 学年 report (《高等学校信息公开办法》) is not a 政府信息公开 report: skipped, and the CLI says which regime; a government report naming 学校/学年 still is one', async () => {
  const report = core.parseReport(university);
  assert.equal(report.isReport, false);
  assert.equal(report.extras.otherRegime.zh, '高等学校信息公开年度报告');
  assert.deepEqual(findings(university), []);
  const dir = mkdtempSync(join(tmpdir(), 'nb-scope-'));
  try {
    writeFileSync(join(dir, 'u.md'), university);
    const r = await runCli(['check', 'u.md'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stderr, 'nianbao：u.md：不是政府信息公开工作年度报告，而是高等学校信息公开年度报告（其他信息公开制度，没有国家统一格式），未检查\n');
    const en = await runCli(['check', '--locale', 'en', 'u.md'], { cwd: dir });
    assert.match(en.stderr, /Not a 政府信息公开工作年度报告 but a university’s 高等学校信息公开 annual report .*skipped/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // A government report that mentions 学校, 学年 or 《高等学校信息公开办法》 is still checked.
  const bureau = correct
    .replace('# 某某市某某局2024年政府信息公开工作年度报告', '# 某某市教育局2024年政府信息公开工作年度报告')
    .replace('本报告电子版可在', '本局督促各学校按《高等学校信息公开办法》做好2023—2024学年信息公开工作。本报告电子版可在');
  const read = core.parseReport(bureau);
  assert.equal(read.isReport, true);
  assert.equal(read.extras.otherRegime, undefined);
  assert.deepEqual(findings(bureau), []);
  // Without 政府 in its title, a department's report is still one unless it names another regime.
  const plain = bureau.replace('2024年政府信息公开工作年度报告', '2024年信息公开工作年度报告');
  assert.equal(core.parseReport(plain).isReport, true);
});

test('a hospital’s report under 《医疗卫生机构信息公开管理办法》 is another regime', () => {
  const text = university.replace('某某大学2023—2024学年', '某某市人民医院2023年度').replace(/根据《高等学校信息公开办法》[^。]*。/, '根据《医疗卫生机构信息公开管理办法》要求，现公布本院2023年度信息公开工作年度报告。');
  assert.equal(core.parseReport(text).extras.otherRegime.zh, '医疗卫生机构信息公开年度报告');
});

const lineSeparated = correct.replace(/\n/g, '\u2028');

test('lines broken with U+2028: one error with a fix to line breaks, instead of six section-missing', () => {
  const fs = findings(lineSeparated);
  assert.deepEqual(ids(fs), ['line-separator']);
  const [f] = fs;
  assert.equal(f.severity, 'error');
  assert.match(f.message, /U\+2028（行分隔符）/);
  // Positions are those of the real line endings (LSP: \n, \r\n, \r only): one line, the first separator.
  const first = lineSeparated.indexOf('\u2028');
  assert.deepEqual(f.range, { start: { line: 0, character: first }, end: { line: 0, character: first + 1 } });
  assert.equal(f.fix.edits.length, correct.split('\n').length - 1);
  // The fix gives back exactly the text with real line breaks (nothing else changes), which checks clean.
  assert.equal(core.applyFixes(lineSeparated, f.fix.edits).text, correct);
  assert.deepEqual(core.fixAll(lineSeparated).text, correct);
});

test('U+2028 with other problems: fixAll makes the lines first, then fixes the rest (the structure count before says nothing)', () => {
  const withTypo = correct.replace('## 五、存在的主要问题及改进情况', '## 五、存在主要问题及改进情况');
  const fixed = core.fixAll(withTypo.replace(/\n/g, '\u2028'));
  assert.equal(fixed.text, correct);
  assert.deepEqual(fixed.fixed.map((f) => f.ruleId), ['line-separator', 'section-title']);
});

test('a few stray U+2029/U+0085 before headings in a report with line breaks: the one error, whose fix writes the file’s line ending', () => {
  const crlf = correct.replace(/\n/g, '\r\n');
  const text = crlf.replace('\r\n## 一、总体情况', '\u2029## 一、总体情况').replace('\r\n## 二、', '\u0085## 二、');
  const fs = findings(text);
  assert.deepEqual(ids(fs), ['line-separator']);
  // The headings they hide cannot be read: an error (it was a warning, with section-missing errors after it).
  assert.equal(fs[0].severity, 'error');
  assert.deepEqual(fs[0].fix.edits.map((e) => e.newText), ['\r\n', '\r\n']);
  assert.equal(core.applyFixes(text, fs[0].fix.edits).text, crlf);
  // Switched off, the report is checked line by line as before.
  assert.ok(!ids(findings(lineSeparated, { rules: { 'line-separator': 'off' } })).includes('line-separator'));
});

/** The example twice, the second for another agency, with （七）总计 49 instead of 47 in its 表三. */
function twoAgencies() {
  const second = correct.replace(/某某市某某局/g, '某某市另一局').replace(/(\| （七）总计 +\|(?: [^|]+\|){6}) 47 /, '$1 49 ');
  assert.notEqual(second, correct.replace(/某某市某某局/g, '某某市另一局'));
  return correct + '\n' + second;
}

test('two agencies’ reports in one file: each checked on its own, its findings on its own lines; an info says so', () => {
  const text = twoAgencies();
  const secondAt = correct.split('\n').length;
  const fs = findings(text);
  assert.ok(!ids(fs).includes('table-repeated'));
  assert.ok(!ids(fs).includes('section-order'));
  const multi = fs.filter((f) => f.ruleId === 'report-multiple');
  assert.equal(multi.length, 1);
  assert.equal(multi[0].range.start.line, secondAt);
  assert.match(multi[0].message, /本文件有 2 份年度报告：第 \d+ 行起是第 2 份（某某市另一局）/);
  // The second report's wrong total is found, at its line of the whole file, and its fix writes 47 there.
  const sums = fs.filter((f) => f.ruleId === 'sum-results');
  assert.equal(sums.length, 1);
  const lines = text.split('\n');
  const at = sums[0].range.start;
  assert.ok(at.line > secondAt);
  assert.equal(lines[at.line].slice(at.character, sums[0].range.end.character), '49');
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, correct + '\n' + correct.replace(/某某市某某局/g, '某某市另一局'));
});

test('two agencies’ reports: line numbers cited in the second report’s messages are of the whole file; one agency’s report twice is still table-repeated', () => {
  const text = twoAgencies().replace(/(\n[^]*)## 五、存在的主要问题及改进情况\n/, '$1');
  const f = findings(text).find((x) => x.ruleId === 'section-missing');
  assert.ok(f);
  const cited = [...f.message.matchAll(/第 (\d+) 行/g)].map((m) => Number(m[1]));
  assert.ok(cited.length > 0);
  for (const n of cited) assert.equal(n, f.range.start.line + 1);
  // The same agency's report pasted twice is still a repeat (table-repeated), not two reports.
  const twice = findings(correct + '\n' + correct);
  assert.ok(!ids(twice).includes('report-multiple'));
  assert.ok(ids(twice).includes('table-repeated'));
});

test('two agencies’ reports: a year forced for the file (--year, config) is the year of the second report too', () => {
  // The second report's years are 2023 while its signature stays 2025年: read alone it is a 2023 report signed late.
  const second = correct.replace(/某某市某某局/g, '某某市另一局').replace(/2024/g, '2023');
  const text = correct + '\n' + second;
  const secondAt = correct.split('\n').length;
  const late = (fs) => fs.filter((f) => f.ruleId === 'year-mismatch' && f.range.start.line >= secondAt);
  assert.equal(late(findings(text)).length, 1);
  assert.deepEqual(late(core.checkReport(core.parseReport(text, { year: 2024 }))), []);
  // Not forced, each report's own year is read: the first report (2024) is clean.
  assert.deepEqual(findings(text).filter((f) => f.range.start.line < secondAt && f.ruleId !== 'report-multiple'), []);
});

test('an enterprise\'s environmental disclosure report is another regime\'s, with or without 信息公开 in its title (helper-222 #10)', () => {
  for (const text of [
    '# 某某公司2024年环境信息公开年度报告\n\n## 一、总体情况\n\n本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n',
    '# 某某化工有限公司2024年度环境信息依法披露报告\n\n## 一、总体情况\n\n本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。公司全年排放废水12万吨。\n\n## 二、企业基本信息\n\n公司位于某某市。\n',
  ]) {
    const report = core.parseReport(text);
    assert.equal(report.extras.otherRegime?.zh, '企业环境信息公开（披露）报告', text);
    assert.deepEqual(ids(findings(text)), [], text);
  }
  // A government body's report naming 环境信息 in its prose stays a report.
  assert.equal(core.parseReport(correct.replace('优化门户网站政府信息公开专栏', '优化环境信息公开专栏')).extras.otherRegime, undefined);
});

test('one agency’s reports of two years in one file (brk90 #1): each checked on its own, the later compared with the earlier; the same year twice is still table-repeated', () => {
  // correct-2024 as the 2023 report (signed in 2024): its 结转下年度 is 1 (自然人), while the 2024 report's 上年结转 is 2.
  const y2023 = correct.replace(/2024/g, '2023').replace(/2025/g, '2024');
  for (const [name, text, earlierFirst] of [['2023 then 2024', y2023 + '\n' + correct, true], ['2024 then 2023', correct + '\n' + y2023, false]]) {
    const secondAt = (earlierFirst ? y2023 : correct).split('\n').length;
    const fs = findings(text);
    for (const id of ['table-repeated', 'section-order', 'year-mismatch']) assert.ok(!ids(fs).includes(id), `${name}: ${id}`);
    const multi = fs.filter((f) => f.ruleId === 'report-multiple');
    assert.equal(multi.length, 1, name);
    assert.match(multi[0].message, new RegExp(`第 ${secondAt + 1} 行起是第 2 份（某某市某某局${earlierFirst ? 2024 : 2023}年度），与前面的报告是同一机关另一年度的报告`), name);
    // The 2024 report's 上年结转 against the 2023 report's 结转下年度 in the same file: at the 2024 lines, with the
    // 2023 cell as a related location of this file.
    const carry = fs.filter((f) => f.ruleId === 'carry-over');
    assert.ok(carry.length >= 1, name);
    const in2024 = (l) => (earlierFirst ? l >= secondAt : l < secondAt);
    for (const f of carry) {
      assert.ok(in2024(f.range.start.line), `${name}: ${f.range.start.line}`);
      assert.equal(f.related.length, 1);
      assert.equal(f.related[0].report, undefined);
      assert.ok(!in2024(f.related[0].range.start.line), name);
      assert.match(text.split('\n')[f.related[0].range.start.line], /^\| 四、结转下年度继续办理/);
    }
  }
  // A wrong total in the second report is found at its line.
  const wrong = y2023 + '\n' + correct.replace(/^(\| （七）总计 .*\| )47( +\|)$/m, '$149$2');
  const sums = findings(wrong).filter((f) => f.ruleId === 'sum-results');
  assert.equal(sums.length, 1);
  assert.ok(sums[0].range.start.line >= y2023.split('\n').length);
  // The CLI counts two reports.
  assert.equal(core.reportParts(core.parseReport(wrong)).length, 2);
});

test('one agency’s reports of two years whose titles are over two lines (the agency above the year, as pdftotext centres them) are two reports (brk92 #1)', () => {
  const twoLine = (text) => text.replace(/^# (某某市某某局)(\d{4}年政府信息公开工作年度报告)$/m, '      $1\n   $2');
  const y2023 = twoLine(correct.replace(/2024/g, '2023').replace(/2025/g, '2024'));
  const y2024 = twoLine(correct);
  assert.ok(y2024.startsWith('      某某市某某局\n   2024年'));
  const text = `${y2023}\n${y2024}`;
  const fs = findings(text);
  for (const id of ['table-repeated', 'section-order', 'year-mismatch']) assert.ok(!ids(fs).includes(id), id);
  const multi = fs.filter((f) => f.ruleId === 'report-multiple');
  assert.equal(multi.length, 1);
  // The second report starts at its agency's line.
  assert.equal(multi[0].range.start.line, y2023.split('\n').length);
  assert.ok(fs.some((f) => f.ruleId === 'carry-over'));
  assert.equal(core.reportParts(core.parseReport(text)).length, 2);
});

// brk94 #1: a compilation whose titles vary from the template's wording, a line right above the first title, or a
// first report with no title at all was read as one report: the later reports' tables only table-repeated, their
// prose compared with the first report's tables, their own errors lost.
test('two agencies’ reports are told apart whatever their titles’ wording, with a line above the first, or no first title', () => {
  const cases = {
    '2024年度政府信息公开工作报告': (t) => t.replace('# 某某市另一局2024年政府信息公开工作年度报告', '# 某某市另一局2024年度政府信息公开工作报告'),
    '（全文）': (t) => t.replace('# 某某市另一局2024年政府信息公开工作年度报告', '# 某某市另一局2024年政府信息公开工作年度报告（全文）'),
    '政府信息公开年度报告': (t) => t.replace('# 某某市某某局2024年政府信息公开工作年度报告', '# 某某市某某局2024年政府信息公开年度报告'),
    'a line right above the first title': (t) => `来源：某某市人民政府网\n${t}`,
    'no first title': (t) => t.replace('# 某某市某某局2024年政府信息公开工作年度报告\n', '索引号：000000/2025-00001\n'),
  };
  // The second report's （七）总计 is 49, not 47 (`twoAgencies`).
  const base = twoAgencies();
  assert.ok(base.includes('# 某某市另一局2024年政府信息公开工作年度报告'));
  for (const [name, make] of Object.entries(cases)) {
    const text = make(base);
    assert.notEqual(text, base, name);
    const fs = findings(text);
    assert.ok(!ids(fs).includes('table-repeated'), `${name}: ${ids(fs).join(', ')}`);
    assert.equal(fs.filter((f) => f.ruleId === 'report-multiple').length, 1, name);
    // The second report's own wrong total is found, on its line.
    const lines = text.split('\n');
    const secondAt = lines.findIndex((l) => l.includes('某某市另一局2024'));
    assert.ok(fs.some((f) => f.ruleId.startsWith('sum-') && f.range.start.line > secondAt), `${name}: ${ids(fs).join(', ')}`);
    assert.ok(!fs.some((f) => f.ruleId === 'prose-table'), name);
  }
});
