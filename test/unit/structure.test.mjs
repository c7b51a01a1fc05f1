// Structure reading on real phrasing: nested 一、二、 lists inside a section, section topics, and arithmetic
// findings lowered to info when the table's rows could only be matched by their order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, ROOT } from '../helpers.mjs';
import { LAYOUTS, wrap, DATA_ROWS } from '../layouts.mjs';

const SIX = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

test('a list typed with 一、二、 inside section 五 is not a run of sections; the outline keeps six sections', () => {
  const text = ['某某局2024年政府信息公开工作年度报告', '', ...SIX.slice(0, 5).flatMap((h) => [h, '正文。']),
    '一、进一步加强组织领导', '落实责任。', '二、进一步完善制度', '健全机制。', SIX[5], '无。'].join('\n');
  const { report, findings } = core.analyze(text, { format: '2021' });
  assert.deepEqual(report.sections.map((s) => s.heading.ordinal + s.heading.title), SIX);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'section-order'), []);
  assert.deepEqual(report.sections[4].children.map((h) => h.title), ['进一步加强组织领导', '进一步完善制度']);
});

test('a numbering restart that never resumes stays a restart and is reported (上海科委 style)', () => {
  const text = ['某某委2024年政府信息公开工作年度报告', '', '一、总体情况', '二、工作机制保障', '三、平台建设', '一、主动公开政府信息情况', '二、收到和处理政府信息公开申请情况'].join('\n');
  const { findings } = core.analyze(text, { format: '2021' });
  assert.ok(findings.some((f) => f.ruleId === 'section-order' && f.range.start.line === 5));
});

test('section-order renumbers only when the new number stays unique: a narrative run of 一–六 before the template sections is left to the author', () => {
  const narrative = ['某某委2024年政府信息公开工作年度报告', '', '一、总体情况', '正文。', '二、工作机制保障', '正文。', '三、平台建设', '正文。',
    '一、主动公开政府信息情况', '正文。', '二、收到和处理政府信息公开申请情况', '正文。'].join('\n');
  const order = core.analyze(narrative, { format: '2021' }).findings.filter((f) => f.ruleId === 'section-order');
  const atEight = order.find((f) => f.range.start.line === 8);
  assert.ok(atEight, JSON.stringify(order));
  assert.equal(atEight.fix, undefined);
  assert.match(atEight.message, /第 5 行“二、工作机制保障”也编为“二、”/);
  assert.match(atEight.message, /（一）/);
  // fixAll leaves the numbers alone (it would otherwise make two 二、 headings).
  const fixed = core.fixAll(narrative, { format: '2021' }).text;
  assert.equal(fixed.match(/^二、/gm).length, 2, 'no new duplicate number');
  assert.ok(!/^二、主动公开/m.test(fixed));
  // No section heading is inserted above the misnumbered one that already carries its title (each title once),
  // and the tables that fixAll inserted stay blank for the author to fill in (no invented 0s).
  for (const title of ['主动公开政府信息情况', '收到和处理政府信息公开申请情况']) assert.equal(fixed.split(title).length - 1, 1, title);
  const left = core.analyze(fixed, { format: '2021' }).findings;
  assert.deepEqual(left.filter((f) => f.ruleId === 'table-empty').length, 3);
  assert.ok(!/^\|\s*规章\s*\|\s*0/m.test(fixed), 'no 0 written into the inserted 表二');
  const missing = left.find((f) => f.ruleId === 'section-missing' && f.range.start.line === 8);
  assert.ok(missing && !missing.fix, JSON.stringify(left.map((f) => [f.ruleId, f.range.start.line])));
  assert.match(missing.message, /就是这一部分的标题/);
  // Two swapped numbers: each target is freed by the other's renumbering, so both are fixed.
  const swapped = ['某某局2024年政府信息公开工作年度报告', '', ...SIX.map((h, i) => (i === 1 ? '三、主动公开政府信息情况' : i === 2 ? '二、收到和处理政府信息公开申请情况' : h)).flatMap((h) => [h, '正文。'])].join('\n');
  const fixes = core.analyze(swapped, { format: '2021' }).findings.filter((f) => f.ruleId === 'section-order' && f.fix);
  assert.equal(fixes.length, 2);
  const after = core.applyFixes(swapped, fixes.flatMap((f) => f.fix.edits)).text;
  assert.deepEqual(after.split('\n').filter((l) => /^[一二三四五六]、/.test(l)), SIX);
  assert.deepEqual(core.analyze(after, { format: '2021' }).findings.filter((f) => f.ruleId === 'section-order'), []);
});

test('section 一 is recognised by its topic in common variants', () => {
  const t = core.templateOf('2021');
  for (const title of ['总体情况', '工作总体情况', '总体工作情况', '基本情况', '概述']) assert.equal(core.classifySection(title, t), 0, title);
  assert.equal(core.classifySection('因政府信息公开申请行政复议、提起行政诉讼的情况', t), 3);
  assert.equal(core.classifySection('政府信息公开工作存在的主要问题及改进情况', t), 4);
});

test('a wrong total in a table matched by labels is an error; in rows matched only by order it is info', () => {
  const values = DATA_ROWS.map((_, i) => [i, 1, 0, 0, 0, 0, i + 1]);
  values[0][6] += 1; // 新收 总计 off by one
  const labelled = core.analyze(wrap(LAYOUTS.pipeTable(values))).findings.find((f) => f.ruleId === 'sum-applicants');
  assert.equal(labelled.severity, 'error');
  // The same rows with most labels lost (markdown from a PDF): only 新收, 上年结转 and 结转下年度 keep theirs.
  const keep = /本年新收|上年结转|结转下年度/;
  const scattered = wrap(LAYOUTS.pipeTable(values).split('\n').map((l, i) => (i > 1 && !keep.test(l) ? l.replace(/^\| (?!\d+ +\|)[^|]+\|/, '|') : l)).join('\n'));
  const f = core.analyze(scattered).findings.find((x) => x.ruleId === 'sum-applicants');
  assert.equal(f.severity, 'info');
  assert.match(f.message, /按顺序对应/);
});

test('format-outdated: a 2022 report wholly in the 2019 format is reported; a 2020 one is not', () => {
  const seed = corpusText('seeds/001_417062a3286660b0.txt');
  const outdated = core.analyze(seed.replace(/2020/g, '2022')).findings.filter((f) => f.ruleId === 'format-outdated');
  assert.equal(outdated.length, 1);
  assert.match(outdated[0].message, /2022 年度.*〔2021〕30号/);
  // An error: the report does not give the numbers its year asks for (breaker12: it passed CI as a warning).
  assert.equal(outdated[0].severity, 'error');
  assert.deepEqual(core.analyze(seed).findings.filter((f) => f.ruleId === 'format-outdated'), []);
});

test('sub-headings right after 表四\'s numbers are headings again (上海办公厅 2025: （一）/（二） under 四 after the table)', () => {
  const report = core.parseReport(corpusText('peers/kiro_shanghai-gov-office_2025.txt'));
  const four = report.sections.find((s) => s.heading.line === 172);
  assert.ok(four, 'section 四 at line 173');
  assert.ok(report.tables.t4, '表四 read');
  const subs = four.children.map((h) => [h.line + 1, h.title]);
  assert.deepEqual(subs.map(([l]) => l), [185, 205], JSON.stringify(subs));
  assert.match(subs[0][1], /2024 年工作中存在问题的改进情况/);
  // The 表四 rows themselves never read as headings.
  assert.ok(report.headings.every((h) => h.line < report.extras.spans.t4.start || h.line >= report.extras.spans.t4.end || h.level === 1));
});

test('table-repeated: a report pasted twice, or a second 表三 pasted below the first, is said (only the first is checked)', () => {
  const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const errors = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
  const repeated = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'table-repeated');
  assert.deepEqual(repeated(correct), []);
  assert.deepEqual(repeated(errors), []);
  // The same agency's report twice (a draft and its revision; another agency's report is a second report: report-multiple).
  const twice = `${correct}\n${errors.replace('某某市某某区某某局2024年', '某某市某某局2024年')}`;
  const second = core.parseReport(errors).extras.spans.t3.start + correct.split('\n').length;
  // 表二 and 表四 are said too (table-repeated.test.mjs); here 表三.
  assert.deepEqual(repeated(twice).map((f) => f.data.table), ['t2', 't3', 't4']);
  const found = repeated(twice).filter((f) => f.data.table === 't3');
  assert.deepEqual(found.map((f) => [f.range.start.line, f.severity]), [[second, 'warning']]);
  assert.match(found[0].message, new RegExp(`表三在第 ${second + 1} 行又出现了一次（第一张在第 ${core.parseReport(correct).extras.spans.t3.start + 1} 行）`));
  // A revised 表三 pasted right below the real one, with one number changed.
  const lines = correct.split('\n');
  const span = core.parseReport(correct).extras.spans.t3;
  const table = lines.slice(span.start, span.end);
  const revised = [...lines.slice(0, span.end), '', '修订后的表三：', '', ...table.map((l) => l.replace(/\| 46 /, '| 99 ')), ...lines.slice(span.end)].join('\n');
  assert.equal(repeated(revised).length, 1);
});

test('section-order: a narrative run of level-1 headings before the template\'s own 一–六 is one finding at the restart, blaming neither run\'s order', () => {
  const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const lines = correct.split('\n');
  const at = lines.findIndex((l) => l.startsWith('## 一、总体情况'));
  const narrative = ['## 一、工作概况', '正文。', '## 二、工作机制保障', '正文。', '## 三、主动公开工作情况', '正文。', ''];
  const text = [...lines.slice(0, at), ...narrative, ...lines.slice(at)].join('\n');
  const order = core.analyze(text).findings.filter((f) => f.ruleId === 'section-order');
  assert.deepEqual(order.map((f) => f.range.start.line), [at + narrative.length]);
  assert.match(order[0].message, new RegExp(`第 ${at + narrative.length + 1} 行起是格式规定的各部分，而第 ${at + 1}–${at + 5} 行另有一套“一、”至“三、”`));
  assert.equal(order[0].fix, undefined);
  assert.equal(core.fixAll(text).text.split('\n').filter((l) => /^## [一二三四五六]、/.test(l)).length, 9, 'no heading renumbered or inserted');
});
