// The format document a report says it was compiled by (its introduction: 本报告根据……（国办公开办函〔2021〕30号）要求编制)
// must fit the report year (templates.md §1): 30号 was issued 2021-09-29, after every 2020 report was due
// (format-anachronism); from 2021 on 30号's format replaced 60号's (format-outdated, as a warning). brk158 #1: a 2020
// report citing 30号 and the correct 2024 example citing 60号（试行） both passed clean. Other mentions of 60号 (history,
// 整改, a body sentence), or both documents cited, say nothing of the format the report follows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit } from '../helpers.mjs';

const read = (p) => readFileSync(join(ROOT, p), 'utf8');
const REPORT_2024 = read('examples/correct-2024.nianbao.md');
const REPORT_2020 = read('test/fixtures/reports/brk140-b-scjg-2020-correct.md');
const CITE_30 = '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）';
const CITE_60 = '《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）';
const FORMAT_RULES = new Set(['format-anachronism', 'format-outdated', 'format-mixed']);
const formatFindings = (text, locale = 'zh') => core.analyze(text, { locale }).findings.filter((f) => FORMAT_RULES.has(f.ruleId));
const fixed = (text, f) => core.applyFixes(text, f.fix.edits).text;
const slice = (text, r) => text.split('\n')[r.start.line].slice(r.start.character, r.end.character);

test('the bases are clean and cite the document of their year', () => {
  assert.ok(REPORT_2024.includes(CITE_30));
  assert.ok(REPORT_2020.includes(CITE_60));
  assert.deepEqual(formatFindings(REPORT_2024), []);
  assert.deepEqual(formatFindings(REPORT_2020), []);
});

test('a 2024 report (2021 tables) compiled by 〔2019〕60号（试行）: format-outdated warning on the 文号, fixed to 30号', () => {
  const text = edit(REPORT_2024, CITE_30, CITE_60);
  const [f, ...rest] = formatFindings(text);
  assert.deepEqual(rest, []);
  assert.equal(f.ruleId, 'format-outdated');
  assert.equal(f.severity, 'warning');
  assert.equal(slice(text, f.range), '〔2019〕60号');
  assert.match(f.message, /国办公开办函〔2019〕60号.*2021 年度起该格式已被国办公开办函〔2021〕30号的 2021 年格式取代.*2024 年度的报告应按国办公开办函〔2021〕30号编制（本报告的表格正是 2021 年格式）/);
  const [en] = formatFindings(text, 'en');
  assert.match(en.message, /replaced by the 2021 format of 国办公开办函〔2021〕30号/);
  // The fix swaps the 文号 and drops the 试行 of the old title: the report as it was.
  assert.equal(fixed(text, f), REPORT_2024);
  // A bare 文号 (和国办公开办函〔2019〕60号要求编制) and the [ ] brackets of a typed draft too.
  const bare = edit(REPORT_2024, CITE_30, '国办公开办函[2019]60号');
  const [b] = formatFindings(bare);
  assert.equal(b?.ruleId, 'format-outdated');
  assert.equal(fixed(bare, b), edit(REPORT_2024, CITE_30, '国办公开办函[2021]30号'));
});

test('a 2020 report (2019 tables) compiled by 〔2021〕30号: format-anachronism on the 文号, fixed to 60号', () => {
  const text = edit(REPORT_2020, CITE_60, CITE_30);
  const [f, ...rest] = formatFindings(text);
  assert.deepEqual(rest, []);
  assert.equal(f.ruleId, 'format-anachronism');
  assert.equal(f.severity, 'warning');
  assert.equal(slice(text, f.range), '〔2021〕30号');
  assert.match(f.message, /国办公开办函〔2021〕30号（2021 年格式）编制，但该文件 2021年9月29日才印发.*2020 年度的报告应在 2021 年 3 月 31 日前发布.*2020 年度应按国办公开办函〔2019〕60号的 2019 年格式编制（本报告的表格正是 2019 年格式）/);
  assert.equal(fixed(text, f), edit(REPORT_2020, CITE_60, '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2019〕60号）'));
  // Cited by the title of another document (the 30号 notice): the 文号 alone cannot be swapped, no fix.
  const notice = edit(REPORT_2020, CITE_60, '《国务院办公厅政府信息与政务公开办公室关于印发修订后的〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）');
  const [n] = formatFindings(notice);
  assert.equal(n?.ruleId, 'format-anachronism');
  assert.equal(n.fix, undefined);
  // 2019 tables and 30号 in a 2019 report alike.
  const y2019 = REPORT_2020.replaceAll('2020年', '2019年');
  assert.deepEqual(formatFindings(y2019), []);
  assert.deepEqual(formatFindings(edit(y2019, CITE_60, CITE_30)).map((x) => x.ruleId), ['format-anachronism']);
});

test('only the document the report says it was compiled by counts', () => {
  // Both documents cited in the introduction: which one is followed is not said.
  const both = edit(REPORT_2024, CITE_30, `国办公开办函〔2019〕60号和${CITE_30}`);
  assert.deepEqual(formatFindings(both), []);
  // 60号 in the body (history, 整改) of a 2024 report compiled by 30号.
  const history = edit(REPORT_2024, '## 五、存在的主要问题及改进情况\n', '## 五、存在的主要问题及改进情况\n\n2020年以前我局年报按照国办公开办函〔2019〕60号要求编制，2021年起已按新格式编制。\n');
  assert.deepEqual(formatFindings(history), []);
  // An introduction naming 60号 without saying the report was compiled by it.
  const mention = edit(REPORT_2020, CITE_60, CITE_30).replace(/本报告根据[^。]*。/, '国办公开办函〔2021〕30号印发了修订后的年度报告格式。');
  assert.deepEqual(formatFindings(mention), []);
  // A 2020 report citing the 60号 notice (seed 001's words, 发布…年度报告) is right for its year.
  const seedWords = edit(REPORT_2020, CITE_60, '《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）');
  assert.deepEqual(formatFindings(seedWords), []);
});

test('another office\'s document numbered 〔2021〕30号 or 〔2019〕60号 is no format document: silent, nothing rewritten (brk165 #1, #2)', () => {
  // A city's notice on compiling the 2020 reports (the real 河东区 2020 introduction cites 临政办字〔2021〕30号), and a
  // city's own 〔2019〕60号 in a 2024 report.
  const city30 = edit(REPORT_2020, CITE_60, '《临沂市人民政府办公室关于做好2020年度政府信息公开工作年度报告编制发布工作的通知》(临政办字〔2021〕30号)');
  const city60 = edit(REPORT_2024, CITE_30, '《某某市人民政府办公室关于进一步规范政府信息公开工作的通知》（某政办发〔2019〕60号）');
  const state = edit(REPORT_2024, CITE_30, '《国务院办公厅关于印发2019年政务公开工作要点的通知》（国办发〔2019〕60号）');
  for (const text of [city30, city60, state]) assert.deepEqual(formatFindings(text), [], text.split('\n').find((l) => /号/.test(l)));
  // The format's 文号 with its issuer, and after the format's title alone, still count; a second 文号 listed after the
  // first has its issuer: both documents cited, nothing said.
  const issued = edit(REPORT_2020, CITE_60, '国办公开办函〔2021〕30号');
  assert.deepEqual(formatFindings(issued).map((f) => f.ruleId), ['format-anachronism']);
  const titled = edit(REPORT_2020, CITE_60, '《中华人民共和国政府信息公开工作年度报告格式》（〔2021〕30号）');
  assert.deepEqual(formatFindings(titled).map((f) => f.ruleId), ['format-anachronism']);
  const listed = edit(REPORT_2024, CITE_30, '国办公开办函〔2019〕60号、〔2021〕30号文件');
  assert.deepEqual(formatFindings(listed), []);
});
