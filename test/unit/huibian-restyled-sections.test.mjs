// breaker46 #1, #2: a 汇编 (several agencies' reports in one file) whose reports number their six sections （一）…（六）
// got six section-missing: the whole text repeats each title, so no （一） heading was read as a section, and no
// second report was found (it starts at （一）总体情况, not at 一、). Each report is now read on its own (its part),
// with its （一）…（六） as its sections; its tables and sums are checked there. Under a report title numbered as a
// 汇编 numbers them (`## 一、某某市甲局2024年政府信息公开工作年度报告`, `### （一）总体情况` below), the title is the
// report's, no section, and `（一）` is the sections' right ordinal. Base: examples/correct-2024.nianbao.md (0
// findings), the agency renamed, its headings renumbered, two copies one after the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
/** The example with the agency renamed and its six section headings numbered `## （一）…` under its `# …报告` title. */
const parenNumbered = (agency) => NUMERALS.reduce((t, n) => t.replace(`## ${n}、`, `## （${n}）`), CORRECT).replaceAll('某某市某某局', agency);
/**
 * The example as the `k`-th report of a 汇编 (0-based): its title numbered `## 一、…报告`, its sections `### （一）…`,
 * their sub-headings `#### （一）主动公开`….
 */
const nested = (agency, k) => {
  const t = CORRECT.replaceAll('某某市某某局', agency).replace(/^### /gm, '#### ');
  return NUMERALS.reduce((x, n) => x.replace(`## ${n}、`, `### （${n}）`), t).replace(/^# (.*)$/m, `## ${NUMERALS[k]}、$1`);
};
const COVER = '# 某某市2024年政府信息公开工作年度报告汇编\n\n';
/** 表三's 自然人 cell of 本年新收 written 41 instead of 40 (its 总计 46 and the column's balance then fail). */
const NEW_ROW = '| 一、本年新收政府信息公开申请数量                                         | 40     |';
const withWrongCell = (text) => {
  assert.equal(text.split(NEW_ROW).length, 2);
  return text.replace(NEW_ROW, NEW_ROW.replace('| 40 ', '| 41 '));
};
/** A finding in brief, its line moved up by `shift` lines: rule, line, the text it points at. */
const brief = (text, shift = 0) => (f) => [f.ruleId, f.range.start.line - shift, text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character)];
const lineCount = (text) => text.split('\n').length;

test('two reports numbered （一）…（六）: two reports, each with its six sections; findings as each report alone gets', () => {
  const a = parenNumbered('某某市甲局'), b = parenNumbered('某某市乙局');
  const text = `${a}\n\n${b}`;
  const report = core.parseReport(text);
  const parts = core.reportParts(report);
  assert.deepEqual(parts.map((p) => p.title), ['某某市甲局2024年政府信息公开工作年度报告', '某某市乙局2024年政府信息公开工作年度报告']);
  for (const p of parts) assert.deepEqual(p.report.sections.map((s) => s.heading.canonical), [0, 1, 2, 3, 4, 5]);
  const found = core.checkReport(report);
  assert.deepEqual(found.filter((f) => f.ruleId === 'section-missing'), []);
  assert.deepEqual(found.filter((f) => f.ruleId === 'report-multiple').map((f) => f.range.start.line), [lineCount(a) + 1]);
  // Each report gets what it gets alone: the ordinal （一） where the format writes 一、 (section-order), nothing else.
  const alone = core.checkReport(core.parseReport(a)).map(brief(a));
  assert.deepEqual(alone.map((f) => f[0]), Array(6).fill('section-order'));
  const rest = found.filter((f) => f.ruleId !== 'report-multiple');
  assert.deepEqual(rest.filter((f) => f.range.start.line < lineCount(a)).map(brief(text)), alone);
  assert.deepEqual(rest.filter((f) => f.range.start.line >= lineCount(a)).map(brief(text, lineCount(a) + 1)), alone);
  // --fix writes 一、… in both reports, nothing else: the two reports as the format numbers them.
  const usual = (agency) => CORRECT.replaceAll('某某市某某局', agency);
  assert.equal(core.fixAll(text).text, `${usual('某某市甲局')}\n\n${usual('某某市乙局')}`);
});

test('two reports numbered （一）…（六）, a wrong cell in the second\'s 表三: found at that report\'s cell', () => {
  const a = parenNumbered('某某市甲局'), b = withWrongCell(parenNumbered('某某市乙局'));
  const text = `${a}\n\n${b}`;
  const sums = (t) => core.analyze(t).findings.filter((f) => f.ruleId.startsWith('sum-'));
  const alone = sums(b).map(brief(b));
  assert.deepEqual(alone, [['sum-applicants', 60, '46'], ['sum-balance', 88, '41']]);
  assert.deepEqual(sums(text).map(brief(text, lineCount(a) + 1)), alone);
});

test('a 汇编 numbering its reports `## 一、…报告` with their sections `### （一）…`: no finding but report-multiple', () => {
  for (const [name, cover] of [['with a cover title', COVER], ['without', '']]) {
    const a = nested('某某市甲局', 0), b = nested('某某市乙局', 1);
    const text = `${cover}${a}\n\n${b}`;
    const report = core.parseReport(text);
    const parts = core.reportParts(report);
    assert.deepEqual(parts.map((p) => p.title), ['一、某某市甲局2024年政府信息公开工作年度报告', '二、某某市乙局2024年政府信息公开工作年度报告'], name);
    for (const p of parts) {
      assert.deepEqual(p.report.sections.map((s) => s.heading.canonical), [0, 1, 2, 3, 4, 5], name);
      // Rightly numbered one level below the report's title: no other style said.
      assert.ok(p.report.sections.every((s) => !s.heading.writtenStyle), name);
      assert.deepEqual(p.report.sections[0].children.map((c) => c.title), ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'], name);
    }
    const found = core.checkReport(report);
    assert.deepEqual(found.map((f) => [f.ruleId, text.split('\n')[f.range.start.line]]), [['report-multiple', '## 二、某某市乙局2024年政府信息公开工作年度报告']], name);
  }
});

test('a 汇编 numbering its reports `## 一、…报告`, a wrong cell in the second\'s 表三: found at that report\'s cell', () => {
  const a = nested('某某市甲局', 0), b = withWrongCell(nested('某某市乙局', 1));
  const text = `${COVER}${a}\n\n${b}`;
  const shift = lineCount(COVER) - 1 + lineCount(a) + 1;
  const found = core.analyze(text).findings.filter((f) => f.ruleId !== 'report-multiple');
  assert.deepEqual(found.map(brief(text, shift)), [['sum-applicants', 60, '46'], ['sum-balance', 88, '41']]);
  // As the second report alone finds them.
  assert.deepEqual(core.analyze(b).findings.map(brief(b)), found.map(brief(text, shift)));
});

test('one report numbered as a 汇编 numbers it, and the usual report with （一）主动公开 sub-headings: no finding', () => {
  const one = nested('某某市甲局', 0);
  const r = core.parseReport(one);
  assert.equal(r.title.text, '## 一、某某市甲局2024年政府信息公开工作年度报告');
  assert.deepEqual(r.sections.map((s) => s.heading.canonical), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(core.checkReport(r), []);
  // `# 某某市某某局…年度报告` then `## 一、总体情况` with `### （一）主动公开`…: as before, its sections the `一、` ones.
  const usual = core.parseReport(CORRECT);
  assert.deepEqual(usual.sections.map((s) => [s.heading.ordinal, s.heading.canonical]), NUMERALS.map((n, i) => [`${n}、`, i]));
  assert.equal(usual.sections[0].children.length, 5);
  assert.deepEqual(core.checkReport(usual), []);
});

test('a 汇编 whose reports number their sections `### 1、总体情况` under `## 一、…报告`: section-order says `（一）` (not `一、`), and its fix writes it', () => {
  const arabic = (t) => NUMERALS.reduce((x, n, i) => x.replace(new RegExp(`^### （${n}）`, 'm'), `### ${i + 1}、`), t);
  const text = `${COVER}${arabic(nested('某某市甲局', 0))}\n\n${arabic(nested('某某市乙局', 1))}`;
  const found = core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'section-order');
  assert.equal(found.length, 12);
  const lines = text.split('\n');
  assert.equal(lines[found[0].range.start.line], '### 1、总体情况');
  assert.match(found[0].message, /^“1、总体情况”是格式规定的第一部分；报告标题已编为“一、”等，其下各部分的序号应为“（一）”，这里写作“1、”/);
  assert.ok(found.every((f) => !/序号应为“[一二三四五六]、”/.test(f.message)), found.map((f) => f.message).join('\n'));
  // Fixed: exactly the 汇编 numbered `### （一）…`, which has no finding but report-multiple.
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, `${COVER}${nested('某某市甲局', 0)}\n\n${nested('某某市乙局', 1)}`);
  assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), ['report-multiple']);
});
