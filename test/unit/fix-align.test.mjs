// Fixes keep an aligned pipe table aligned: a cell's new content takes the cell's display width (a Chinese
// character counts 2), a column too narrow for it is widened in every row of that table, an inserted row is
// written at the columns' widths, and a compact table stays compact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { core, edit, runCli, ROOT } from '../helpers.mjs';
import { wrap } from '../layouts.mjs';

const example = (name) => readFileSync(join(ROOT, 'examples', name), 'utf8');

/** The display columns (0-based) of a line's unescaped pipes. */
function pipeColumns(line) {
  const out = [];
  let col = 0;
  for (let i = 0; i < line.length; ) {
    const ch = String.fromCodePoint(line.codePointAt(i));
    if (ch === '\\' && line[i + 1] === '|') { col += 2; i += 2; continue; }
    if (ch === '|') out.push(col);
    col += core.displayWidth(ch);
    i += ch.length;
  }
  return out;
}

/** The pipe tables of a text: runs of two or more lines starting with `|`, as [first line, lines]. */
function pipeTables(text) {
  const lines = text.split(/\r\n|\n|\r/);
  const out = [];
  for (let i = 0; i < lines.length; ) {
    if (!/^\s*\|/.test(lines[i])) { i++; continue; }
    let j = i;
    while (j < lines.length && /^\s*\|/.test(lines[j])) j++;
    if (j - i >= 2) out.push([i, lines.slice(i, j)]);
    i = j;
  }
  return out;
}

/** Every row of every pipe table has its pipes at the same display columns (a row without its last cells: a prefix). */
function assertAligned(text, what) {
  for (const [at, rows] of pipeTables(text)) {
    const cols = rows.map(pipeColumns);
    const full = cols.reduce((a, b) => (b.length > a.length ? b : a));
    cols.forEach((c, k) => assert.deepEqual(c, full.slice(0, c.length), `${what}: line ${at + k + 1} is out of line:\n${rows[k]}\n${rows[cols.indexOf(full)]}`));
  }
}

const count = (text) => core.analyze(text).findings.length;
/** The example's 表二 block 第二十条第（一）项 after its 行政规范性文件 row was inserted by --fix: aligned, the column widened. */
const T2_WITH_INSERTED_ROW = [
  '| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
  '| -------------- | ------------ | ------------ | ------------ |',
  '| 规章           | 0            | 0            | 0            |',
  // Blank, not 0: 表二 has no sums that decide the row's numbers (cell-blank asks for them).
  '| 行政规范性文件 |              |              |              |',
];
const lineOf = (text, re) => text.split('\n').find((l) => re.test(l));

test('errors-2024 example: check --fix keeps every pipe table aligned, and the row one character off comes back into line', async () => {
  const before = example('errors-2024.nianbao.md');
  // The 表三 row with 3件 is one column off from the others; every other row of every table is aligned.
  assert.ok(pipeTables(before).length >= 6);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-align-'));
  const file = join(dir, 'errors-2024.nianbao.md');
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), file);
  const r = await runCli(['check', '--fix', file]);
  assert.match(r.stderr, /修复了 \d+ 个问题/);
  const after = readFileSync(file, 'utf8');
  assertAligned(after, 'errors-2024 after --fix');
  // The longer label, the corrected totals, the number without its unit, the filled blank and the inserted row.
  assert.equal(lineOf(after, /^\| 行政规范性文件/), '| 行政规范性文件 | 3            | 1            | 25           |');
  assert.match(lineOf(after, /^\| （七）总计/), /\| 41     \| 3        \| 0        \| 1            \| 2            \| 0    \| 47   \|$/);
  assert.match(lineOf(after, /^\| 一、本年新收/), /\| 40     \| 3        \| 0        \|/);
  assert.match(lineOf(after, /^\| 3\.要求提供公开出版物/), /\| 0      \| 0        \| 0        \| 0            \|/);
  // Inserted blank (the author fills it in), at the columns' widths.
  assert.match(lineOf(after, /^\| 4\.无正当理由大量反复申请/), /^\| 4\.无正当理由大量反复申请 {49}(\| +){7}\|$/);
  assert.match(lineOf(after, /^\| 2 +\| 0 +\| 1 /), /^\| 2        \| 0        \| 1        \| 0        \| 3    \|/);
  assert.ok(count(after) <= count(before), `${count(before)} → ${count(after)} findings`);
});

/** correct-2024 with 表四's first two groups holding totals wider than the 总计 columns, both wrong. */
function wideTable4() {
  const lines = example('correct-2024.nianbao.md').split('\n');
  const i = lines.findIndex((l) => /^\| 结果维持/.test(l)) + 1;
  lines[i] = lines[i].replace(/^\| 2        \| 0        \| 1        \| 0        \| 3    \| 1                \|/, '| 9000     | 1000     | 1        | 0        | 3    | 9999             |');
  assert.match(lines[i], /^\| 9000 /);
  // The prose states the groups' sums: it confirms that the totals are the wrong numbers (sum-review fixes them).
  const p = lines.indexOf('全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。');
  assert.ok(p > i);
  lines[p] = '全年因政府信息公开被申请行政复议10001件，被提起行政诉讼10000件。';
  return { text: lines.join('\n'), line: i };
}

test('表四: two totals wider than their columns are both fixed in one pass; each widens its own column, in 表四 only', () => {
  const { text, line } = wideTable4();
  const fixes = core.analyze(text).findings.filter((f) => f.ruleId === 'sum-review');
  assert.equal(fixes.length, 2);
  assert.ok(fixes.every((f) => f.fix));
  const r = core.fixAll(text);
  assert.deepEqual(r.fixed.filter((f) => f.ruleId === 'sum-review').length, 2);
  assertAligned(r.text, '表四 widened');
  const out = r.text.split('\n');
  assert.match(out[line], /^\| 9000     \| 1000     \| 1        \| 0        \| 10001 \| 9999             \| 0        \| 0        \| 1        \| 10000 \| 0          \|/);
  assert.match(out[line - 1], /\| 总计  \| 结果维持 {9}\| .* \| 总计  \| 结果维持   \| .* \| 总计 \|$/);
  assert.match(out[line - 3], /^\| -------- \| -------- \| -------- \| -------- \| ----- \| -{16} \|/);
  // Lines outside 表四 are the fixed prose only: every other table is as it was.
  const tablesBefore = pipeTables(text).slice(0, -1), tablesAfter = pipeTables(r.text).slice(0, -1);
  assert.deepEqual(tablesAfter, tablesBefore);
  assert.ok(count(r.text) <= count(text));
});

/** A pipe row with every cell's content moved to the right end of the cell (delimiter cells get `--:`). */
function rightAligned(line) {
  const cells = line.split('|').slice(1, -1);
  return '|' + cells.map((c) => (/^ *-+ *$/.test(c) ? ` ${'-'.repeat(c.length - 3)}: ` : ' '.repeat(c.length - c.trimEnd().length - 1) + c.trimEnd() + ' ')).join('|') + '|';
}

test('a right-aligned table stays right-aligned: a full-width number made half-width, totals wider than their columns', () => {
  const lines = wideTable4().text.split('\n');
  const first = lines.findIndex((l) => /^\| 行政复议/.test(l));
  for (let i = first; i < first + 5; i++) lines[i] = rightAligned(lines[i]);
  // A full-width ０ (2 columns) in the last 总计.
  lines[first + 4] = lines[first + 4].replace(/\|    0 \|$/, '|   ０ |');
  const text = lines.join('\n');
  assertAligned(text, 'right-aligned 表四');
  assert.match(lines[first + 4], /^\|     9000 \|     1000 \|        1 \|        0 \|    3 \|             9999 \|/);
  const r = core.fixAll(text);
  assert.deepEqual(r.fixed.map((f) => f.ruleId).filter((x) => x !== 'prose-table').sort(), ['number-invalid', 'sum-review', 'sum-review']);
  assertAligned(r.text, 'right-aligned 表四, fixed');
  const out = r.text.split('\n');
  assert.match(out[first + 4], /^\|     9000 \|     1000 \|        1 \|        0 \| 10001 \|             9999 \|        0 \|        0 \|        1 \| 10000 \|          0 \|        0 \|        0 \|        0 \|    0 \|$/);
  assert.match(out[first + 3], /^\| 结果维持 \| 结果纠正 \| 其他结果 \| 尚未审结 \|  总计 \|/);
  assert.match(out[first + 1], /^\| -------: \| -------: \| -------: \| -------: \| ----: \|/);
});

test('one quick fix alone (one finding\'s edits) keeps the table aligned: one edit per line of the table', () => {
  const { text } = wideTable4();
  const [f] = core.analyze(text).findings.filter((x) => x.ruleId === 'sum-review');
  const lines = f.fix.edits.map((e) => e.range.start.line);
  assert.ok(f.fix.edits.every((e) => e.range.start.line === e.range.end.line));
  assert.equal(new Set(lines).size, lines.length, 'one edit per line');
  const r = core.applyFixes(text, f.fix.edits);
  assert.equal(r.skipped, 0);
  assertAligned(r.text, 'one sum-review fix');
});

test('an inserted row is aligned like the others; a label wider than its column widens that column of that table', () => {
  const correct = example('correct-2024.nianbao.md');
  // 表三 without （一）予以公开: the row comes back blank, at the columns' widths.
  const t3 = correct.split('\n').filter((l) => !/^\| （一）予以公开/.test(l)).join('\n');
  const fixed3 = core.fixAll(t3).text;
  assertAligned(fixed3, '表三 with an inserted row');
  assert.match(lineOf(fixed3, /^\| （一）予以公开/), /^\| （一）予以公开 {59}(\| +){7}\|$/);
  // 表二's first block, narrow, without 行政规范性文件.
  const lines = correct.split('\n');
  const b = lines.findIndex((l) => /^\| 信息内容 +\| 本年制发件数/.test(l));
  lines.splice(b, 4, '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| -------- | ------------ | ------------ | ------------ |', '| 规章     | 0            | 0            | 0            |');
  const t2 = lines.join('\n');
  const r = core.fixAll(t2);
  assert.deepEqual(r.fixed.map((f) => f.ruleId), ['row-missing']);
  assertAligned(r.text, '表二 with an inserted row');
  assert.deepEqual(r.text.split('\n').slice(b, b + 4), T2_WITH_INSERTED_ROW);
});

test('a fix that widens a column and one that inserts a row in the same table both apply, and the table ends aligned', () => {
  const lines = example('correct-2024.nianbao.md').split('\n');
  const b = lines.findIndex((l) => /^\| 信息内容 +\| 本年制发件数/.test(l));
  // 本年制件数 (misspelled, 2 columns narrower than 本年制发件数) and no 行政规范性文件 row.
  lines.splice(b, 4, '| 信息内容 | 本年制件数 | 本年废止件数 | 现行有效件数 |', '| -------- | ---------- | ------------ | ------------ |', '| 规章     | 0          | 0            | 0            |');
  const text = lines.join('\n');
  const fixes = core.analyze(text).findings.filter((f) => f.fix);
  assert.deepEqual(fixes.map((f) => f.ruleId).sort(), ['column-label', 'row-missing']);
  // Their edits overlap (the row's fix rewrites the delimiter row the label's fix widens): one waits a pass.
  const taken = new core.TakenEdits(new core.LineIndex(text));
  assert.deepEqual(fixes.map((f) => taken.tryAdd(f.fix.edits, f.fix.holds)), [true, false]);
  const r = core.fixAll(text);
  assert.deepEqual(r.fixed.map((f) => f.ruleId).sort(), ['column-label', 'row-missing']);
  assertAligned(r.text, 'label and row fixed');
  assert.deepEqual(r.text.split('\n').slice(b, b + 4), T2_WITH_INSERTED_ROW);
  assert.deepEqual(core.analyze(r.text).findings.filter((f) => f.fix), []);
});

test('a compact table stays compact while an aligned one in the same report is kept aligned', () => {
  const lines = example('errors-2024.nianbao.md').split('\n');
  const s3 = lines.findIndex((l) => l.startsWith('## 三、')), s4 = lines.findIndex((l) => l.startsWith('## 四、'));
  // 表三 compact (`|a|b|`), the rest as it is.
  for (let i = s3; i < s4; i++) if (lines[i].startsWith('|')) lines[i] = lines[i].replace(/ *\| */g, '|');
  const text = lines.join('\n');
  const fixed = core.fixAll(text).text;
  assert.equal(lineOf(fixed, /^\|（七）总计/), '|（七）总计|41|3|0|1|2|0|47|');
  assert.equal(lineOf(fixed, /^\|一、本年新收/), '|一、本年新收政府信息公开申请数量|40|3|0|1|2|0|46|');
  assert.equal(lineOf(fixed, /^\|（二）部分公开/), '|（二）部分公开（区分处理的，只计这一情形，不计其他情形）|5|0|0|1|0|0|6|');
  // 表二 and 表四 (written `| a | b |`) stay aligned around their fixes.
  const padded = pipeTables(fixed).filter(([, rows]) => rows[0].startsWith('| '));
  assert.equal(padded.length, pipeTables(fixed).length - 1);
  for (const [, rows] of padded) assertAligned(rows.join('\n'), 'aligned tables beside a compact one');
  assert.equal(lineOf(fixed, /^\| 行政规范性文件/), '| 行政规范性文件 | 3            | 1            | 25           |');
});

test('a compact row inside an aligned table keeps its cells compact where a fix writes one; a padded row keeps its widths (brk114 #8)', () => {
  const base = example('correct-2024.nianbao.md');
  const aligned = '| 规章           | 0            | 0            | 0            |';
  const row = (text) => lineOf(core.fixAll(text).text, /^\| ?规章/);
  // number-invalid: `无` (two columns wide) becomes `0` with one space each side, not `0` padded to the old width.
  assert.equal(row(edit(base, aligned, '| 规章 | 无 | 0 | 0 |')), '| 规章 | 0 | 0 | 0 |');
  assert.equal(row(edit(base, aligned, '| 规章  | 无 | 0 | 0 |')), '| 规章  | 0 | 0 | 0 |');
  assert.equal(lineOf(core.fixAll(edit(base, aligned, '|规章|无|0|0|')).text, /^\|规章/), '|规章|0|0|0|');
  // cell-blank: a wide blank cell of a compact row is filled the same way.
  assert.equal(row(edit(base, aligned, '| 规章 |        | 0 | 0 |')), '| 规章 | 0 | 0 | 0 |');
  // A row of the aligned table keeps its column's width; so does a padded row out of line (its cells keep theirs).
  assert.equal(row(edit(base, aligned, '| 规章           | 无           | 0            | 0            |')), aligned);
  assert.equal(row(edit(base, aligned, '| 规章          | 无           | 0            | 0            |')), '| 规章          | 0            | 0            | 0            |');
  // A padded cell of a row that is otherwise compact keeps its width (a wrapped header's `| 商业机   |`: grid-header).
  assert.equal(row(edit(base, aligned, '| 规章 | 无   | 0 | 0 |')), '| 规章 | 0    | 0 | 0 |');
});

// Generated drafts: 表三 aligned as the editor's formatter writes it, with wrong totals (some wider than the
// 总计 column) and misspelled labels.
const t3 = core.templateOf('2021').tables.t3;
const MISSPELL = [['部分公开', '不分公开'], ['商业企业', '商业机构'], ['行政法规禁止', '行政止']];
const draftArb = fc.record({
  values: fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 6, maxLength: 6 }), { minLength: 25, maxLength: 25 }),
  big: fc.option(fc.integer({ min: 0, max: 24 })),
  wrongTotals: fc.array(fc.integer({ min: 0, max: 24 }), { maxLength: 3 }),
  misspell: fc.subarray(MISSPELL),
});

test('property: on generated aligned tables, fixAll keeps every table aligned, keeps the labels and leaves nothing fixable', () => {
  fc.assert(fc.property(draftArb, ({ values, big, wrongTotals, misspell }) => {
    const rows = [[t3.corner, ...t3.columns.map((c) => c.label)]];
    let k = 0;
    for (const r of t3.rows) {
      if (!r.data) { rows.push([r.label, '', '', '', '', '', '', '']); continue; }
      const v = values[k].map((x) => (k === big ? x * 100 : x));
      const total = v.reduce((a, b) => a + b, 0);
      rows.push([r.label, ...v.map(String), String(wrongTotals.includes(k) ? total % 10 : total)]);
      k++;
    }
    // Misspelled before aligning: the table is aligned as its author wrote it.
    for (const [a, b] of misspell) for (const r of rows) r.forEach((c, i) => (r[i] = c.replace(a, b)));
    const text = wrap(core.renderPipeTable(rows));
    assertAligned(text, 'generated');
    const fixed = core.fixAll(text);
    assertAligned(fixed.text, 'generated, fixed');
    for (const r of t3.rows) assert.ok(fixed.text.includes(`| ${r.label} `), r.label);
    assert.deepEqual(core.analyze(fixed.text).findings.filter((f) => f.fix).map((f) => f.ruleId), []);
  }), { numRuns: 40 });
});

test('unalignedFixes (the language server\'s first look): the same findings and fixable ones, with the rules\' own edits', () => {
  const text = example('errors-2024.nianbao.md');
  const report = core.parseReport(text);
  const aligned = core.checkReport(report);
  const raw = core.checkReport(report, { unalignedFixes: true });
  assert.deepEqual(raw.map((f) => [f.ruleId, f.range, Boolean(f.fix)]), aligned.map((f) => [f.ruleId, f.range, Boolean(f.fix)]));
  // In an aligned table the aligned fix pads the new content; the first look's fix does not (and is never applied).
  const padded = aligned.filter((f, i) => f.fix && JSON.stringify(f.fix.edits) !== JSON.stringify(raw[i].fix.edits));
  assert.ok(padded.length > 0, 'some fix in an aligned table is padded');
  for (const f of padded) {
    const i = aligned.indexOf(f);
    for (const e of raw[i].fix.edits) assert.ok(!/^ +| +$/.test(e.newText) || e.newText.includes('\n'), `unpadded edit: ${JSON.stringify(e.newText)}`);
  }
});
