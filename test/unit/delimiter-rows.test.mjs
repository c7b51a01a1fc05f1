// Delimiter rows as people paste them (parse/tokens.ts `isDelimiterRow`): 淮安市 2024 in the pipe-table template
// (test/fixtures/reports/huaian-2024-pipe.md, clean) with every `| --- |` row written compact (`|-|-|`), with
// colons, without outer pipes, with full-width pipes or dashes. Each is the delimiter, never a row of `-` values;
// a row of `-` values under the header rows (below the delimiter, or a header of another width) stays values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, CORPUS, ROOT, slice } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/huaian-2024-pipe.md'), 'utf8');

/** The base with every delimiter row (`| ---- | --- |`) replaced by `style(cells)`. */
function withDelimiters(style) {
  let n = 0;
  const text = BASE.split('\n').map((line) => {
    if (!/^\|( -+ \|)+$/.test(line)) return line;
    n++;
    return style(line.split('|').length - 2);
  }).join('\n');
  assert.equal(n, 6, 'the base has six delimiter rows');
  return text;
}

const STYLES = {
  compact: (k) => `|${'-|'.repeat(k)}`,
  colons: (k) => `|${':-|'.repeat(k)}`,
  centred: (k) => `|${':-:|'.repeat(k)}`,
  'no outer pipes': (k) => Array(k).fill('-').join('|'),
  'full-width pipes and dashes': (k) => `｜${'－｜'.repeat(k)}`,
  'spaced em dashes': (k) => `|${' — |'.repeat(k)}`,
  'mixed widths': (k) => `|${Array.from({ length: k }, (_, c) => (c % 2 ? '-' : '--')).join('|')}|`,
};

/** Every table's rows as `id: values` (raw text of each cell), the model's reading of the numbers. */
const values = (report) => Object.fromEntries(Object.entries(report.tables).map(([id, t]) =>
  [id, t.rows.map((r) => `${r.id}: ${r.cells.map((c) => (c ? c.raw : '∅')).join(' ')}`)]));
const brief = (r, findings) => findings.map((f) => [f.ruleId, f.severity, f.range.start.line + 1, slice(r, f.range)]);

test('compact, colon, outer-pipe-less, full-width and em-dash delimiter rows are delimiters: the report reads as with `| --- |`, clean', () => {
  const base = core.analyze(BASE);
  assert.deepEqual(brief(base.report, base.findings), [], 'the base report is clean');
  for (const [name, style] of Object.entries(STYLES)) {
    const text = withDelimiters(style);
    const { report, findings } = core.analyze(text);
    // A delimiter row typed with ｜ makes the table one Markdown does not show: table-fullwidth-pipe says so.
    assert.deepEqual(brief(report, findings.filter((f) => f.ruleId !== 'table-fullwidth-pipe')), [], `${name}: no findings`);
    assert.deepEqual(values(report), values(base.report), `${name}: every table reads the same values`);
  }
});

test('a row of `-` values under the header rows stays values: 表四 below its compact delimiter and three header rows', () => {
  const T4_ROW = '| 72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20 |';
  const dashes = `|${'-|'.repeat(15)}`;
  // As the `| --- |` base reads it, and as the compact table must.
  const spaced = core.analyze(BASE.replace(T4_ROW, dashes));
  const compact = core.analyze(withDelimiters(STYLES.compact).replace(T4_ROW, dashes));
  const t4 = (r) => r.tables.t4.rows[0].cells.map((c) => c?.raw ?? null);
  assert.deepEqual(t4(spaced.report), Array(15).fill('-'));
  assert.deepEqual(t4(compact.report), Array(15).fill('-'));
  // The values row, not the delimiter row three lines above it (which also is a row of 15 dashes).
  const line = BASE.split('\n').indexOf(T4_ROW);
  assert.ok(line > 0);
  assert.deepEqual(compact.report.tables.t4.rows[0].cells.map((c) => c.range.start.line), Array(15).fill(line));
  const invalid = (a) => a.findings.filter((f) => f.ruleId === 'number-invalid').map((f) => [f.range.start.line, f.range.start.character]);
  // The 15 `-` cells are invalid numbers (none written as a dash: one finding for the table), as in the spaced table.
  assert.equal(invalid(compact).length, 1);
  assert.match(compact.findings.find((f) => f.ruleId === 'number-invalid').message, /^表四有 15 格（1 行）写的是“-”这类文字或记号而不是数字/);
  assert.deepEqual(invalid(compact), invalid(spaced));
  assert.deepEqual(compact.findings.map((f) => f.ruleId).sort(), spaced.findings.map((f) => f.ruleId).sort());
});

test('沭阳县发改局 2023 (pipe rows, no delimiter): a compact delimiter under any of 表四\'s header rows is no row of values; 15 `-` values under the 10-column header stay values', () => {
  const FGJ = readFileSync(join(CORPUS, 'peers/kiro_shuyang-fgj_2023.txt'), 'utf8');
  const HEAD1 = '| 行政复议 | 行政诉讼 |\n';
  const HEAD3 = '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n';
  const ROW = '| 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
  const t4 = (text) => core.analyze(text).report.tables.t4.rows[0].cells.map((c) => c?.raw ?? null);
  const base = t4(FGJ);
  assert.deepEqual(base, ROW.slice(2, -2).split(' | '));
  // (A delimiter row under a header row makes a GFM table as wide as that header: table-header-width rightly says its
  // rows lose cells when shown; that rendering finding is not the reading compared here.)
  const rules = (text) => core.analyze(text).findings.filter((f) => f.ruleId !== 'table-fullwidth-pipe' && f.ruleId !== 'table-header-width').map((f) => `${f.ruleId}:${f.range.start.line}`).join(' ');
  assert.equal(core.analyze(FGJ.replace(HEAD1, `${HEAD1}|-|-|\n`)).findings.filter((f) => f.ruleId === 'table-header-width').length, 1);
  const shifted = (text) => rules(text).replace(/:(\d+)/g, (_, l) => `:${Number(l) > 79 ? Number(l) - 1 : l}`);
  for (const [after, row] of [[HEAD1, '|-|-|'], [HEAD1, '-|-'], [HEAD1, '｜—｜—｜'], [HEAD3, `|${'-|'.repeat(10)}`], [HEAD3, `| ${Array(10).fill('—').join(' | ')} |`]]) {
    const text = FGJ.replace(after, `${after}${row}\n`);
    assert.deepEqual(t4(text), base, `${row}: 表四's values as without it`);
    assert.equal(shifted(text), rules(FGJ), `${row}: the same findings (on the lines below, one line further down)`);
  }
  // The values row written as dashes (none) right under the third header row, which is 10 cells wide: values.
  const none = FGJ.replace(ROW, `| ${Array(15).fill('-').join(' | ')} |`);
  assert.deepEqual(t4(none), Array(15).fill('-'));
  assert.deepEqual(core.analyze(none).findings.filter((f) => f.ruleId === 'number-invalid').map((f) => /^表四有 (\d+) 格/.exec(f.message)?.[1]), ['15']);
});

test('incremental parse: a line of dashes is read anew when the header row above it changes (沭阳县发改局 2023 with `|-|-|` under 表四\'s first header row)', () => {
  const FGJ = readFileSync(join(CORPUS, 'peers/kiro_shuyang-fgj_2023.txt'), 'utf8');
  const text = FGJ.replace('| 行政复议 | 行政诉讼 |\n', '| 行政复议 | 行政诉讼 |\n|-|-|\n');
  // A third header cell typed: the row below is no longer as wide, so it reads as two `-` values.
  const wider = text.replace('| 行政复议 | 行政诉讼 |', '| 行政复议 | 行政诉讼 | 合计 |');
  const invalid = (r) => core.checkReport(r).filter((f) => f.ruleId === 'number-invalid').length;
  assert.equal(invalid(core.parseReport(wider)), 2);
  assert.equal(invalid(core.parseReport(text)), 0);
  const prev = core.parseReport(wider, { previous: null });
  const next = core.parseReport(text, { previous: prev });
  assert.equal(JSON.stringify(next), JSON.stringify(core.parseReport(text)));
  assert.equal(invalid(next), 0);
  // And back: the cell typed again.
  const again = core.parseReport(wider, { previous: next });
  assert.equal(JSON.stringify(again), JSON.stringify(core.parseReport(wider)));
});
