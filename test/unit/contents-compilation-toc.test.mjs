// What is one report (breaker20 item 2): a compiled 汇编 whose cover is followed by a 目录 listing its reports is
// still checked report by report (the 目录 was read as the first report's title, so the file was one report), and a
// 目录 of one report's own sections splits nothing and is no set of headings (parse/contents.ts). Fixtures:
// test/fixtures/reports/breaker20-r14-compiled-townships-2020.md (the breaker's file), examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const fixture = (name) => readFileSync(join(ROOT, 'test', 'fixtures', 'reports', name), 'utf8');
const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const findings = (text) => core.checkReport(core.parseReport(text));
const ids = (fs) => fs.map((f) => f.ruleId);
const TITLE_A = '某某市某某局2024年政府信息公开工作年度报告';
const TITLE_B = '某某市另一局2024年政府信息公开工作年度报告';
/** The example's lines, the second agency's with （七）总计 49 instead of 47 in its 表三. */
const second = correct.replace(/某某市某某局/g, '某某市另一局').replace(/(\| （七）总计 +\|(?: [^|]+\|){6}) 47 /, '$1 49 ');

test('breaker20 r14: a 汇编 with a cover and a 目录 of its two reports is checked report by report', () => {
  const text = fixture('breaker20-r14-compiled-townships-2020.md');
  const lines = text.split('\n');
  const report = core.parseReport(text);
  // The first report's title, not `目录` joined with the first entry.
  assert.equal(report.title.text, '## 某某县甲镇人民政府2020年政府信息公开工作年度报告');
  const fs = findings(text);
  const multi = fs.filter((f) => f.ruleId === 'report-multiple');
  assert.equal(multi.length, 1);
  assert.equal(lines[multi[0].range.start.line], '## 某某县乙乡人民政府2020年政府信息公开工作年度报告');
  // The second report's seeded error is found (line 153), its tables are its own, its prose is compared with them.
  const sum = fs.find((f) => f.ruleId === 'sum-applicants');
  assert.ok(sum);
  assert.equal(sum.range.start.line + 1, 153);
  for (const id of ['table-repeated', 'prose-table', 'section-order']) assert.ok(!ids(fs).includes(id), id);
  // As without the 目录.
  const noContents = text.replace(/目录\n1\.[^\n]*\n2\.[^\n]*\n/, '');
  assert.notEqual(noContents, text);
  assert.deepEqual(ids(findings(noContents)), ids(fs));
});

test('a 汇编 of two agencies under a cover and a 目录 in the usual forms: one report-multiple, each report checked on its own', () => {
  const cover = '# 某某市2024年政府信息公开工作年度报告汇编';
  const forms = {
    numbered: `目录\n1.${TITLE_A}\n2.${TITLE_B}`,
    'dot leaders and page numbers': `目  录\n\n${TITLE_A}……………………1\n${TITLE_B}……………………6`,
    'bold, blank lines, no numbers': `**目录**\n\n${TITLE_A}\n\n${TITLE_B}`,
    'Markdown list with links': `## 目录\n\n- [${TITLE_A}](#a)\n- [${TITLE_B}](#b)`,
    'with each report\'s sections': `目录\n一、${TITLE_A} .......... 1\n  （一）总体情况 .......... 1\n  （二）主动公开政府信息情况 .......... 2\n二、${TITLE_B} .......... 6\n  （一）总体情况 .......... 6`,
  };
  for (const [name, contents] of Object.entries(forms)) {
    const text = `${cover}\n\n${contents}\n\n${correct}\n${second}`;
    const lines = text.split('\n');
    const fs = findings(text);
    const multi = fs.filter((f) => f.ruleId === 'report-multiple');
    assert.equal(multi.length, 1, name);
    assert.equal(lines[multi[0].range.start.line], `# ${TITLE_B}`, name);
    assert.match(multi[0].message, /本文件有 2 份年度报告/, name);
    // Only the second report's wrong total, at its cell, as without cover and 目录: no repeat, no section out of
    // order, no title said wrong.
    const rest = fs.filter((f) => f.ruleId !== 'report-multiple');
    assert.deepEqual(ids(rest), ids(findings(`${correct}\n${second}`).filter((f) => f.ruleId !== 'report-multiple')), name);
    assert.ok(ids(rest).includes('sum-results'), name);
    for (const f of rest) assert.equal(lines[f.range.start.line].slice(f.range.start.character, f.range.end.character), '49', name);
  }
});

test('a 目录 of one report\'s own sections, above or below its title, with page numbers or not: no finding, no split, the same sections', () => {
  const lines = correct.split('\n');
  const title = lines[0];
  const sections = lines.filter((l) => /^## [一二三四五六]、/.test(l)).map((l) => l.slice(3));
  assert.equal(sections.length, 6);
  const plain = core.parseReport(correct);
  const forms = [
    correct.replace(title, `${title}\n\n目录\n${sections.map((s, k) => `${s}……………${k + 1}`).join('\n')}`),
    correct.replace(title, `${title}\n\n目 录\n\n${sections.join('\n\n')}`),
    `目录\n${sections.map((s, k) => `${s} ${k + 1}`).join('\n')}\n\n${correct}`,
    `目录\n\n${sections.join('\n')}\n\n${correct}`,
  ];
  for (const text of forms) {
    assert.deepEqual(findings(text), [], text.slice(0, 120));
    const report = core.parseReport(text);
    assert.equal(report.title.text, title);
    assert.deepEqual(core.laterReports(report), []);
    assert.deepEqual(report.sections.map((s) => s.heading.title), plain.sections.map((s) => s.heading.title));
  }
  // A 目录 line followed by what the text does not repeat is no table of contents: its lines read as before.
  const notContents = correct.replace('## 六、其他需要报告的事项', '## 六、其他需要报告的事项\n\n目录\n\n（一）政府信息公开指南\n（二）政府信息公开目录清单\n');
  assert.deepEqual(core.parseReport(notContents).headings.map((h) => h.title), [...plain.headings.map((h) => h.title), '政府信息公开指南', '政府信息公开目录清单']);
});
