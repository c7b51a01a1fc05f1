// brk113 #3: a table whose cells are separated by 丨 (U+4E28, the CJK stroke that Chinese input methods and web titles
// use as a vertical bar) got table-empty ("表三的数值单元格全部为空") and row-label warnings asking to delete "丨丨丨丨丨丨丨".
// Lines that are clearly table rows are read as if written with the full-width ｜ (table-fullwidth-pipe then names the
// 丨, and its fix writes |); a 丨 in prose or a title stays text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, core, only, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

/** The report's table rows (lines with two | or more) written with `bar` between the cells, no outer bars, no delimiter rows. */
const barred = (text, bar) => text.split('\n')
  .filter((l) => !/^\|[\s:|-]+\|$/.test(l))
  .map((l) => ((l.match(/\|/g) ?? []).length >= 2 ? l.replace(/^\|\s*|\s*\|$/g, '').split(/\s*\|\s*/).join(bar) : l))
  .join('\n');
const values = (report) => Object.fromEntries(Object.entries(report.tables).map(([id, t]) => [id, t.rows.map((r) => r.cells.map((c) => c?.value ?? null))]));

test('tables separated by 丨 are read as those separated by ｜: the same values, one table-fullwidth-pipe per table naming 丨', () => {
  const stroke = barred(CORRECT, '丨');
  const wide = barred(CORRECT, '｜');
  assert.ok(stroke.includes('一、本年新收政府信息公开申请数量丨'));
  const a = core.analyze(stroke), b = core.analyze(wide);
  assert.deepEqual(values(a.report), values(core.analyze(CORRECT).report));
  assert.deepEqual(a.findings.map((f) => f.ruleId), b.findings.map((f) => f.ruleId));
  assert.deepEqual(a.findings.map((f) => f.ruleId), ['table-fullwidth-pipe', 'table-fullwidth-pipe', 'table-fullwidth-pipe']);
  for (const f of a.findings) {
    assert.match(f.message, /用“丨”（U\+4E28，汉字的竖笔画，不是竖线）分隔单元格/);
    assert.match(f.fix.title.zh, /中的“丨”改为“\|”/);
  }
  // The fix writes | (and the delimiter rows): the tables of the | report, no finding left.
  const fixed = core.fixAll(stroke).text;
  assert.ok(!/丨/.test(fixed));
  assert.deepEqual(core.analyze(fixed).findings, []);
  assert.deepEqual(values(core.analyze(fixed).report), values(a.report));
});

test('the tester\'s 表三 (丨 rows, empty group rows 三、本年度办理结果丨丨丨丨丨丨丨): no table-empty, no row-label', () => {
  const text = readFileSync(join(ROOT, 'test/data/paste/table-u4e28-separators.md'), 'utf8');
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), ['table-fullwidth-pipe']);
  assert.equal(report.tables.t3.rows[0].cells.at(-1).value, 46);
  const fixed = core.fixAll(text).text;
  assert.deepEqual(core.analyze(fixed).findings, []);
  assert.ok(fixed.includes('一、本年新收政府信息公开申请数量|40|3|0|1|2|0|46'));
});

test('a table with ｜ and 丨 rows names both', () => {
  const wide = barred(CORRECT, '｜').split('\n');
  const at = wide.findIndex((l) => l.startsWith('（一）予以公开｜'));
  wide[at] = wide[at].replaceAll('｜', '丨');
  const [f] = only(wide.join('\n'), 'table-fullwidth-pipe').found.filter((x) => x.message.startsWith('表三'));
  assert.match(f.message, /用全角竖线“｜”和“丨”/);
});

test('丨 in prose, a title, a short list or a line of words stays text', () => {
  const lines = [
    '# 某某市某某局丨2024年政府信息公开工作年度报告',
    '本局门户网站丨政务公开专栏全年更新信息312条。',
    '联系电话丨12345678',
    '学习丨工作丨生活丨成长',
    '2023丨2024',
  ];
  for (const line of lines) {
    const text = CORRECT.replace('## 一、总体情况', `${line}\n\n## 一、总体情况`);
    const { report, findings } = core.analyze(text);
    assert.equal(report.lines.line(text.split('\n').indexOf(line)), line, line);
    assert.deepEqual(findings.map((f) => f.ruleId).filter((id) => id === 'table-fullwidth-pipe'), [], line);
  }
  // Nor is the text read through a view when no table is written with 丨.
  const plain = CORRECT.replace('## 一、总体情况', '学习丨工作丨生活丨成长\n\n## 一、总体情况');
  assert.equal(core.parseReport(plain).extras.sourceLines, undefined);
});

// brk115 #6: a table written without outer bars has an empty first cell where a row starts with a bar (表四's caption
// row 丨丨丨丨丨未经复议直接起诉丨…): the fix wrote it `|||||未经复议直接起诉|…`, and Markdown, taking the first pipe for the
// border, showed the caption a column left. Rows of such a table are now written with a pipe at both ends.
const md = createRequire(import.meta.url)('markdown-it')();
/** The tables markdown-it renders from `text`: each a list of rows, each row its cells' text. */
const rendered = (text) => {
  const out = [];
  let row = null;
  for (const t of md.parse(text, {})) {
    if (t.type === 'table_open') out.push([]);
    if (t.type === 'tr_open') row = [];
    if (t.type === 'inline' && row) row.push(t.content);
    if (t.type === 'tr_close') { out[out.length - 1].push(row); row = null; }
  }
  return out;
};

test('the fix keeps each cell in its column when rows of a table without outer bars start with a bar (表四 caption row)', () => {
  for (const bar of ['丨', '｜']) {
    const text = barred(CORRECT, bar);
    assert.ok(text.includes(`${bar}${bar}${bar}${bar}${bar}未经复议直接起诉${bar}`), bar);
    const fixed = core.fixAll(text).text;
    assert.deepEqual(rendered(fixed), rendered(CORRECT), bar);
    const t4 = fixed.split('\n').filter((l) => l.includes('未经复议直接起诉') || l.startsWith('|2|'));
    assert.deepEqual(t4, ['||||||未经复议直接起诉|||||复议后起诉|||||', '|2|0|1|0|3|1|0|0|1|2|0|0|0|0|0|'], bar);
    assert.deepEqual(core.analyze(fixed).findings, [], bar);
    assert.equal(core.fixAll(fixed).text, fixed, bar);
  }
});

test('a table without outer bars whose rows start and end with text is written as it was (no pipes added)', () => {
  const text = barred(CORRECT, '丨');
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.includes('\n一、本年新收政府信息公开申请数量|40|3|0|1|2|0|46\n'));
  assert.ok(fixed.includes('\n三、本年度办理结果|||||||\n'));
  // And a table written with outer bars keeps them, none added.
  const outer = text.split('\n').map((l) => (/丨.*丨/.test(l) ? `丨${l}丨` : l)).join('\n');
  const fixedOuter = core.fixAll(outer).text;
  assert.ok(fixedOuter.includes('\n|一、本年新收政府信息公开申请数量|40|3|0|1|2|0|46|\n'));
  assert.ok(fixedOuter.includes('\n||||||未经复议直接起诉|||||复议后起诉|||||\n'));
  assert.deepEqual(rendered(fixedOuter), rendered(CORRECT));
});

// brk121 #1, #2: 表二's small tables (第二十条第（五）项, （六）项) written with 丨 and outer bars were not read as tables:
// the header's first cell (`丨信息内容丨…`) was taken as empty. Spaced (`丨 行政处罚 丨 86 丨`), the row was read as words and
// its label as “行政处罚 丨”: row-label's fix deleted the bar between the label and its number (`丨 行政处罚 86 丨`), and
// the broken table then checked clean. Unspaced (`丨行政处罚丨86丨`), one word: row-missing said the row was “不在格式规定的
// 位置…应在第二十条第（六）项中”, where it was.
const T2_SIX = '| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n| 行政处罚 | 86               |\n| 行政强制 | 4                |';
const T2_FIVE = '| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n| 行政许可 | 1520             |';

test('表二（五）/（六） in 丨 with outer bars, spaced or not, a delimiter row or none: read, one table-fullwidth-pipe, fixed to |', () => {
  for (const [name, block, item, rows] of [
    ['（六） spaced', '丨 信息内容 丨 本年处理决定数量 丨\n丨 行政处罚 丨 86 丨\n丨 行政强制 丨 4 丨', T2_SIX, ['| 行政处罚 | 86 |', '| 行政强制 | 4 |']],
    ['（六） unspaced', '丨信息内容丨本年处理决定数量丨\n丨行政处罚丨86丨\n丨行政强制丨4丨', T2_SIX, ['|行政处罚|86|', '|行政强制|4|']],
    ['（六） with 丨--丨--丨', '丨信息内容丨本年处理决定数量丨\n丨--丨--丨\n丨行政处罚丨86丨\n丨行政强制丨4丨', T2_SIX, ['|行政处罚|86|']],
    ['（六） under a header of other words', '丨 事项 丨 本年处理决定数量 丨\n丨 行政处罚 丨 86 丨\n丨 行政强制 丨 4 丨', T2_SIX, ['| 行政处罚 | 86 |']],
    ['（五）', '丨信息内容丨本年处理决定数量丨\n丨行政许可丨1520丨', T2_FIVE, ['|行政许可|1520|']],
    ['（五） a 丨 row in a | table', '| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n丨 行政许可 丨 1520 丨', T2_FIVE, ['| 行政许可 | 1520 |']],
  ]) {
    const text = edit(CORRECT, item, block);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['table-fullwidth-pipe'], name);
    assert.match(findings[0].message, /^表二用“丨”/, name);
    assert.deepEqual(values(report), values(core.analyze(CORRECT).report), name);
    const fixed = core.fixAll(text).text;
    for (const row of rows) assert.ok(fixed.split('\n').includes(row), `${name}: ${row}`);
    assert.ok(!fixed.includes('丨'), name);
    assert.deepEqual(core.analyze(fixed).findings, [], name);
    assert.equal(core.fixAll(fixed).text, fixed, name);
  }
});

test('a 丨 standing alone between the words of a row not read as a table is no part of its label; no fix deletes it', () => {
  // (`行政许可 丨 1520` under 表二（五）'s header: read as words; the label was “行政许可 丨”, and row-label's fix deleted the bar.)
  const text = edit(CORRECT, T2_FIVE, '| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n行政许可 丨 1520');
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), []);
  assert.deepEqual(values(report), values(core.analyze(CORRECT).report));
  assert.ok(core.fixAll(text).text.includes('\n行政许可 丨 1520\n'));
});
