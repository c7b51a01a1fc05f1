// Pasted table layouts and Convert to a pipe table: one-cell-per-line headers read by their labels and order, HTML
// tables replaced whole, a tab-separated 表四 one number short (found by breaker24).
// breaker24: pasted table layouts and "Convert to a pipe table" (core/model/tables.ts, core/editor/convert.ts).
// A 表三 pasted one cell per line was read by position whatever its header said: with 科研机构 before 商业企业 the
// numbers were read (and converted) under the wrong columns, with no column-order finding; 商业机构 got no
// column-label finding and the conversion silently wrote 商业企业. Converting an HTML table left its <table>/<thead>
// tags around the pipe table. A tab-separated 表四 one number short was only table-unreadable (info).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const DATA = (name) => readFileSync(join(ROOT, 'test/data/b24', name), 'utf8');

/** The template's 表三 header cells as a web page lists them row after row (templates.md §3.3), 商业企业 first. */
const CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const LEAVES = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const headerCells = (leaves = LEAVES) => [CORNER, '申请人情况', '自然人', '法人或其他组织', '总计', ...leaves];

/**
 * A 2025 draft from the template whose 表三 is pasted one cell per line: `header` (cells in order), then each row's
 * label and its seven values in the template's column order (`values(label)`, or nothing for a group label).
 */
function cellPerLineReport(header, values) {
  const lines = core.renderNewReport({ format: '2021', year: 2025, agency: '某某县水利局' }).split('\n');
  const a = lines.findIndex((l) => l.startsWith('| （本列数据'));
  let b = lines.findIndex((l) => l.startsWith('## 四、'));
  while (!lines[b].startsWith('|')) b--;
  const paste = [...header];
  for (const row of lines.slice(a + 2, b + 1)) {
    const cells = row.split('|').slice(1, -1).map((c) => c.trim());
    paste.push(cells[0]);
    if (cells.slice(1).some((c) => c !== '')) paste.push(...values(cells[0]).map(String));
  }
  return [...lines.slice(0, a), ...paste, ...lines.slice(b + 1)].join('\n');
}

/** 24 applications: 20 from 自然人, 3 and 1 from two kinds of organisation (in the template's column order), all disclosed. */
const SOME = [20, 3, 0, 1, 0, 0, 24];
const values = (label) => (/^(?:一、|（一）|（七）)/.test(label) ? SOME : [0, 0, 0, 0, 0, 0, 0]);

/** Table `id` of `report` as column label → the raw cells of its rows, for the columns the table's header names. */
function byColumn(report, id) {
  const t = report.tables[id];
  const out = {};
  for (const c of t.columns) if (c.id !== 'corner') out[c.label] = t.rows.filter((r) => r.cells.length && r.match.kind !== 'absent').map((r) => `${r.id}:${r.cells[t.columns.filter((x) => x.id !== 'corner').indexOf(c)]?.raw.trim() ?? ''}`);
  return out;
}

/** Converts table `id`, re-checks the result and returns it with its findings (the edit must exist). */
function convert(text, id) {
  const e = core.convertTableEdit(core.parseReport(text), id);
  assert.ok(e, `${id} is converted`);
  const after = core.applyFixes(text, [e]).text;
  return { after, edit: e, findings: core.analyze(after).findings };
}

/** The cells of the pipe table of `text` whose header row starts with `first`: the header's cells and each row's. */
function pipeTable(text, first) {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`| ${first}`));
  assert.ok(at >= 0, `a pipe table headed ${first}`);
  const rows = [];
  for (let i = at; i < lines.length && lines[i].startsWith('|'); i++) if (!/^\|[\s|:-]+\|$/.test(lines[i])) rows.push(lines[i].split('|').slice(1, -1).map((c) => c.trim()));
  return rows;
}

/** `rows` (a pipe table's cells, header first) as header label → the column's cells below it, label by row label. */
function columnsByHeader(rows) {
  const [head, ...body] = rows;
  const out = {};
  head.forEach((h, k) => { if (k > 0) out[h] = body.filter((r) => r.slice(1).some(Boolean)).map((r) => `${r[0]}:${r[k]}`); });
  return out;
}

/** The rules of `findings`, sorted; without the template's own notes (`template-note`: the draft is the template's). */
const rules = (findings) => findings.map((f) => f.ruleId).filter((r) => r !== 'template-note').sort();

test('表三 one cell per line, 科研机构 before 商业企业: read by the header\'s names, column-order said, the conversion keeps each number under its label', () => {
  const text = cellPerLineReport(headerCells(['科研机构', '商业企业', '社会公益组织', '法律服务机构', '其他']), values);
  const { report, findings } = core.analyze(text);
  const t3 = report.tables.t3;
  assert.deepEqual(t3.header.order, [0, 2, 1, 3, 4, 5, 6], 'the header\'s columns: 科研机构 second, 商业企业 third');
  const r1 = t3.rows.find((r) => r.id === 'R1');
  assert.deepEqual(r1.cells.map((c) => c.raw), ['20', '0', '3', '1', '0', '0', '24'], '3 is 科研机构\'s (the second value under the second label)');
  assert.deepEqual(rules(findings), ['column-order'], 'the order said once; nothing else (the sums hold)');
  const { after, findings: again } = convert(text, 't3');
  const rows = pipeTable(after, '（本列');
  const cols = columnsByHeader(rows);
  assert.equal(cols['科研机构'].find((c) => c.startsWith('一、')), '一、本年新收政府信息公开申请数量:3', 'the 3 the user wrote under 科研机构 stays under 科研机构');
  assert.equal(cols['商业企业'].find((c) => c.startsWith('一、')), '一、本年新收政府信息公开申请数量:0');
  assert.deepEqual(byColumn(core.parseReport(after), 't3'), byColumn(report, 't3'), 'every number in the same column, re-read');
  assert.deepEqual(rules(again), [], 'the converted table is in the template\'s order and adds up');
});

test('breaker24 r05b (one cell per line, swapped header): 3 stays under 科研机构 in the reading and after conversion', () => {
  const text = DATA('r05b-percell-swapped-cols.md');
  const { report, findings } = core.analyze(text);
  assert.ok(findings.some((f) => f.ruleId === 'column-order'), 'column-order');
  const r1 = report.tables.t3.rows.find((r) => r.id === 'R1');
  assert.deepEqual(r1.cells.map((c) => c.raw), ['20', '0', '3', '1', '0', '0', '24']);
  const { after, findings: again } = convert(text, 't3');
  assert.equal(columnsByHeader(pipeTable(after, '（本列'))['科研机构'][0], '一、本年新收政府信息公开申请数量:3');
  assert.deepEqual(byColumn(core.parseReport(after), 't3'), byColumn(report, 't3'));
  // The findings that do not depend on the layout stay: the prose mismatch and the row label as written.
  assert.deepEqual(rules(again), ['prose-table', 'row-label']);
});

test('one cell per line with 商业机构: a column-label finding at the cell; the conversion writes 商业机构 as written', () => {
  const text = cellPerLineReport(headerCells(['商业机构', '科研机构', '社会公益组织', '法律服务机构', '其他']), values);
  const { report, findings } = core.analyze(text);
  const found = findings.filter((f) => f.ruleId === 'column-label');
  assert.equal(found.length, 1);
  const line = text.split('\n')[found[0].range.start.line];
  assert.equal(line.slice(found[0].range.start.character, found[0].range.end.character), '商业机构');
  assert.equal(report.tables.t3.header, undefined, 'the template\'s order: read by position');
  const { after, findings: again } = convert(text, 't3');
  const rows = pipeTable(after, '（本列');
  assert.deepEqual(rows[0].slice(1), ['自然人', '商业机构', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'], 'the user\'s header words as written');
  assert.equal(columnsByHeader(rows)['商业机构'][0], '一、本年新收政府信息公开申请数量:3');
  assert.deepEqual(byColumn(core.parseReport(after), 't3'), byColumn(report, 't3'));
  assert.deepEqual(rules(again), ['column-label'], 'its own rule still reports it, now in the pipe table');
});

test('breaker24 r05: 商业机构 reported in the one-cell-per-line layout and kept by the conversion, as 以获取信息 is', () => {
  const text = DATA('r05-nanling-2023-percell.md');
  const { findings } = core.analyze(text);
  assert.deepEqual(rules(findings), ['column-label', 'prose-table', 'row-label']);
  const { after, findings: again } = convert(text, 't3');
  assert.match(after, /\| 自然人 \| 商业机构 \| 科研机构 \|/);
  assert.match(after, /\| 5\.要求行政机关确认或重新出具以获取信息 /);
  assert.deepEqual(rules(again), ['column-label', 'prose-table', 'row-label']);
});

test('a one-cell-per-line header the rows contradict (总计 first, rows adding up in the template\'s order): not converted', () => {
  const text = cellPerLineReport([CORNER, '申请人情况', '总计', '自然人', '法人或其他组织', ...LEAVES], values);
  const report = core.parseReport(text);
  assert.ok(report.tables.t3.headerContradicted, 'the header is the mistake');
  assert.equal(core.convertTableEdit(report, 't3'), null, 'which column the user meant cannot be told: no conversion');
});

test('a 表四 pasted one cell per line with its leaves in another order is read by their names (brk86, item 4); converted, each number stays under its leaf', () => {
  const base = core.renderNewReport({ format: '2021', year: 2025, agency: '某某县水利局' }).split('\n');
  const a = base.findIndex((l) => l.startsWith('| 行政复议'));
  let b = a;
  while (base[b + 1]?.startsWith('|')) b++;
  const leaves = ['结果纠正', '结果维持', '其他结果', '尚未审结', '总计'];
  const paste = ['行政复议', '行政诉讼', ...leaves, '未经复议直接起诉', '复议后起诉', ...leaves, ...leaves, '1', '0', '0', '0', '1', ...new Array(10).fill('0')];
  const text = [...base.slice(0, a), ...paste, ...base.slice(b + 1)].join('\n');
  const report = core.parseReport(text);
  assert.ok(report.tables.t4?.header, 'read by the leaves\' names');
  // 行政复议's first number, 1, is its 结果纠正 (the header's first leaf); 总计 1.
  assert.deepEqual(report.tables.t4.rows[0].cells.slice(0, 5).map((c) => c.value), [0, 1, 0, 0, 1]);
  assert.deepEqual(rules(core.analyze(text).findings).filter((r) => r !== 'template-note'), ['column-order']);
  const { after } = convert(text, 't4');
  const rows = pipeTable(after, '行政复议');
  assert.deepEqual(rows[2].slice(0, 5), ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
  assert.deepEqual(rows[3].slice(0, 5), ['0', '1', '0', '0', '1']);
  assert.deepEqual(core.parseReport(after).tables.t4.rows[0].cells.map((c) => c.value), report.tables.t4.rows[0].cells.map((c) => c.value));
});

/** Checks that the converted HTML table left no table tag behind and every line outside the table as it was. */
function noTags(text, edit, after) {
  const old = text.split('\n'), now = after.split('\n');
  const s = edit.range.start.line, e = edit.range.end.line;
  assert.deepEqual(now.slice(0, s), old.slice(0, s), 'the lines above');
  assert.deepEqual(now.slice(now.length - (old.length - e - 1)), old.slice(e + 1), 'the lines below');
  const table = now.slice(s, now.length - (old.length - e - 1)).join('\n');
  assert.doesNotMatch(table, /<\/?(?:table|thead|tbody|tr|td|th)\b/i, 'no HTML table tag in the replaced lines');
  // Nor around them: the table's section holds the pipe table and its prose only.
  const section = now.slice(now.slice(0, s).findLastIndex((l) => l.startsWith('## ')), now.findIndex((l, i) => i > s && l.startsWith('## ')));
  assert.doesNotMatch(section.join('\n'), /<\/?(?:table|thead|tbody|tr|td|th)\b/i, 'no HTML table tag left in the section');
}

test('breaker24 r06: converting the <table> 表四 replaces the whole table, tags included; numbers under their columns', () => {
  const text = DATA('r06-dongchuan-2025-html.md');
  const before = core.analyze(text);
  const { after, edit, findings } = convert(text, 't4');
  noTags(text, edit, after);
  assert.equal(text.split('\n')[edit.range.start.line], '<table border="1">');
  const rows = pipeTable(after, '行政复议');
  assert.deepEqual(rows[3], ['1', '1', '0', '0', '3', ...new Array(10).fill('0')], 'the 15 numbers in their order');
  assert.deepEqual(rows[2].slice(0, 5), ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
  assert.deepEqual(rules(findings), rules(before.findings), 'the same findings (sum-review, date-late) after');
});

test('breaker24 r02 (pandoc HTML, thead, tr class="header"): the conversion replaces <table> … </table>', () => {
  const text = DATA('r02-linjiang-2022-pandoc-html.md');
  const before = core.analyze(text);
  const { after, edit, findings } = convert(text, 't3');
  noTags(text, edit, after);
  assert.deepEqual(byColumn(core.parseReport(after), 't3'), byColumn(before.report, 't3'), 'every number in its column');
  assert.deepEqual(rules(findings), rules(before.findings));
});

test('text before <table> and after </table> on their lines stays, set apart from the pipe table', () => {
  const src = DATA('r06-dongchuan-2025-html.md');
  const lines = src.split('\n');
  const open = lines.indexOf('<table border="1">', lines.findIndex((l) => l.startsWith('## 四')));
  const close = lines.indexOf('</table>', open);
  lines[open] = '表四如下：<table border="1">';
  lines[close] = '</table>（单位：件）';
  const text = lines.join('\n');
  const { after, edit } = convert(text, 't4');
  assert.equal(edit.range.start.character, '表四如下：'.length);
  const now = after.split('\n');
  const at = now.indexOf('表四如下：');
  assert.ok(at >= 0, 'the words before the tag, on their own line');
  assert.equal(now[at + 1], '');
  assert.match(now[at + 2], /^\| 行政复议 /);
  const end = now.indexOf('（单位：件）');
  assert.ok(end > at, 'the words after the closing tag, on their own line');
  assert.equal(now[end - 1], '');
  assert.match(now[end - 2], /^\| 1 +\| 1 /);
  assert.doesNotMatch(after.split('## 四')[1].split('## 五')[0], /<\/?(?:table|tr|td)\b/i);
});

test('an HTML table with a caption (words between <table> and the cells): not converted', () => {
  const text = DATA('r06-dongchuan-2025-html.md').replace('<table border="1">\n<tr><td>行政复议', '<table border="1">\n<caption>表四 复议诉讼</caption>\n<tr><td>行政复议');
  assert.match(text, /<caption>/);
  assert.equal(core.convertTableEdit(core.parseReport(text), 't4'), null);
});

test('breaker24 r08: a tab-separated 表四 row with 14 numbers is a cell-count error, as in a pipe table', () => {
  const text = DATA('r08-beitang-2019-tabs.md');
  const { findings } = core.analyze(text);
  const cc = findings.filter((f) => f.ruleId === 'cell-count');
  assert.equal(cc.length, 1);
  assert.equal(cc[0].severity, 'error');
  assert.equal(cc[0].actual, 14);
  assert.ok(!findings.some((f) => f.ruleId === 'table-unreadable'));
});

test('a tab-separated 表四 from the template: 14 numbers cell-count; 15 cells one empty (two tabs) a blank third cell', () => {
  const base = core.renderNewReport({ format: '2021', year: 2025, agency: '某某县水利局' }).split('\n');
  const a = base.findIndex((l) => l.startsWith('| 行政复议'));
  let b = a;
  while (base[b + 1]?.startsWith('|')) b++;
  const header = [
    '行政复议\t\t\t\t\t行政诉讼',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
    '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
  ];
  const withRow = (row) => [...base.slice(0, a), ...header, row, ...base.slice(b + 1)].join('\n');
  const short = core.analyze(withRow(new Array(14).fill('0').join('\t'))).findings;
  assert.deepEqual(short.filter((f) => f.ruleId === 'cell-count').map((f) => [f.severity, f.actual]), [['error', 14]]);
  const full = core.analyze(withRow(new Array(15).fill('0').join('\t'))).findings;
  assert.deepEqual(rules(full), [], 'fifteen numbers: nothing');
  // breaker25: an empty field between two tabs is a blank cell of its own column (the row's 15 fields are the
  // header's 15 columns), as an empty pipe cell is.
  const gap = core.analyze(withRow(['0', '0', '', ...new Array(12).fill('0')].join('\t'))).findings;
  assert.deepEqual(rules(gap), ['cell-blank'], 'the empty cell kept in its column: blank, not unreadable nor short');
  assert.match(gap.find((f) => f.ruleId === 'cell-blank').message, /1 个空白单元格（行政复议·其他结果）/);
});
