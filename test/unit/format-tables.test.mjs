// Format Document (core/editor/pipeTables.ts, formatPipeTables): it aligns pipe tables and changes nothing but
// padding. breaker9: a 表四 row of `-` values was rewritten as a delimiter row; pipe lines in code blocks and HTML
// comments were formatted; ideographic spaces indenting labels were stripped; emoji clusters and tabs misaligned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T4_VALUES = '| 2        | 0        | 1        | 0        | 3    | 1                | 0        | 0        | 1        | 2    | 0          | 0        | 0        | 0        | 0    |';

/** `text` with the edits applied. */
const format = (text) => core.applyFixes(text, core.formatPipeTables(text)).text;

test('a 表四 row of `-` values stays values: same cells, same findings', () => {
  const dashes = CORRECT.replace(T4_VALUES, '| - | - | - | - | - | - | - | - | - | - | - | - | - | - | - |');
  const after = format(dashes);
  const row = after.split('\n').find((l) => /^\| -  /.test(l));
  assert.ok(row, 'the row is padded');
  assert.deepEqual(row.split('|').slice(1, -1).map((c) => c.trim()), new Array(15).fill('-'));
  const ids = (t) => core.analyze(t).findings.map((f) => `${f.ruleId}@${f.range.start.line}`);
  assert.deepEqual(ids(after), ids(dashes));
  // The 15 `-` cells are read (one number-invalid for the table: none written as a dash).
  assert.deepEqual(core.analyze(after).findings.filter((f) => f.ruleId === 'number-invalid').map((f) => /^表四有 (\d+) 格/.exec(f.message)?.[1]), ['15']);
  // The delimiter under a header is still recognised and re-padded (`|-|-|` → dashes as wide as the column).
  assert.equal(format('| 名称 | 数量 |\n|-|-|\n| - | - |\n'), '| 名称 | 数量 |\n| ---- | ---- |\n| -    | -    |\n');
  // Cells of one dash right under a header of the same width are its delimiter row (as GFM reads it).
  assert.equal(format('| a | b |\n| - | :-: |\n| 1 | 2 |\n'), '| a   |  b  |\n| --- | :-: |\n| 1   |  2  |\n');
});

test('pipe lines in fenced code, HTML comments and indented code blocks are left alone', () => {
  const literal = ['```', '|a|b|', '|-|-|', '```', '', '<!--', '|a|b|', '|-|-|', '-->', '', '    |a|b|', '    |-|-|', '', '~~~~md', '|x|y|', '|-|-|', '~~~~', ''].join('\n');
  const text = CORRECT + '\n' + literal;
  const edits = core.formatPipeTables(text);
  const firstLiteral = CORRECT.split('\n').length;
  assert.deepEqual(edits.filter((e) => e.range.start.line >= firstLiteral), []);
  // The tables of the report itself are still formatted.
  const squeezed = text.replace('| 2        | 0        | 1  ', '|2|0|1  ');
  assert.ok(core.formatPipeTables(squeezed).some((e) => e.range.start.line < firstLiteral));
});

test('an ideographic space indenting a label is content: only ASCII spaces and tabs are padding', () => {
  const text = CORRECT.replace('| 1.属于国家秘密 ', '| 　　1.属于国家秘密');
  const after = format(text);
  assert.ok(after.includes('| 　　1.属于国家秘密 '), 'the U+3000 indentation stays');
  const widths = after.split('\n').filter((l) => /^\| （一）予以公开|^\| 　　1\.属于/.test(l)).map((l) => core.displayWidth(l));
  assert.equal(new Set(widths).size, 1, `aligned: ${widths}`);
});

test('emoji clusters count two columns; a row with a tab inside a cell is left as it is', () => {
  assert.equal(core.displayWidth('❤️'), 2, 'U+2764 U+FE0F');
  assert.equal(core.displayWidth('👨‍👩‍👧'), 2, 'a ZWJ family');
  assert.equal(core.displayWidth('🇨🇳'), 2, 'a flag');
  assert.equal(core.displayWidth('e\u0301'), 1, 'e and a combining acute');
  const text = '| 信息内容 | 数量 |\n| --- | --- |\n| 行政许可❤️ | 1 |\n| 行政👨‍👩‍👧 | 2 |\n| 行政\t强制 | 3 |\n| 其他 | 4 |\n';
  const lines = format(text).split('\n');
  const aligned = [0, 2, 3, 5].map((i) => core.displayWidth(lines[i]));
  assert.equal(new Set(aligned).size, 1, `${aligned}`);
  assert.equal(lines[4], '| 行政\t强制 | 3 |');
});

/** A text as seen once every ASCII space and tab is gone, a row's closing pipe dropped, and the dashes of each
 *  table's second line (its delimiter row, if any) counted as one: what formatting may change. */
function content(text) {
  const lines = text.split('\n');
  return lines.map((l, i) => {
    // A row's closing pipe (an escaped `\|` closes nothing), read before the spaces go.
    let raw = l.replace(/[ \t]+$/, '');
    if (/^[ \t]*\|/.test(raw) && raw.trim().length > 1 && raw.endsWith('|') && !raw.endsWith('\\|')) raw = raw.slice(0, -1);
    let t = raw.replace(/[ \t]/g, '');
    // A line of dashes and pipes under a row: a delimiter row, whose dashes are padding (a table's header is the row
    // right above its delimiter row, which may be below other lines of pipes that are no table: brk136 #4).
    const under = i >= 1 && /^[ \t]*\|/.test(lines[i - 1]);
    if (under && /^[|:\-]+$/.test(t)) t = t.replace(/-+/g, '-');
    return t;
  }).join('\n');
}

test('property: formatting changes no character but padding (random tables among code, comments and prose)', () => {
  const cellChar = fc.constantFrom('a', '1', '-', ':', '　', ' ', '\t', '\\', '|', '❤️', '👨‍👩‍👧', '表', 'é', '`', '<!--', '-->', '*');
  const cell = fc.array(cellChar, { maxLength: 5 }).map((a) => a.join(''));
  const row = fc.tuple(fc.constantFrom('', ' ', '  ', '    ', '\t'), fc.array(cell, { minLength: 1, maxLength: 5 }), fc.boolean())
    .map(([indent, cells, closed]) => `${indent}|${cells.join('|')}${closed ? '|' : ''}`);
  const other = fc.constantFrom('', '正文。', '```', '~~~', '<!--', '-->', '    code', '| - | - |', '|-|-|', '| --- | --- |', '# 一、总体情况');
  const doc = fc.array(fc.oneof(row, row, other), { minLength: 1, maxLength: 14 }).map((ls) => ls.join('\n'));
  fc.assert(fc.property(doc, (text) => {
    const after = format(text);
    assert.equal(content(after), content(text), JSON.stringify(text));
    // Formatting twice changes nothing more.
    assert.equal(format(after), after);
  }), { numRuns: 3000 });
});

test('breaker19: a row with comments after its last cell (as the comment fixes write them) is aligned with its table; the comments stay after it', () => {
  const rows = [
    '| 信息内容 | 本年制发件数 |',
    '| --- | --- |',
    '| 规章 | 0 | <!-- 数据待核实 --> <!-- nianbao-disable-next-line cell-blank -->',
    '| 行政规范性文件 | 12 |',
  ];
  const text = rows.join('\n') + '\n';
  const out = core.applyFixes(text, core.formatPipeTables(text)).text.split('\n');
  assert.deepEqual(out.slice(0, 4), [
    '| 信息内容       | 本年制发件数 |',
    '| -------------- | ------------ |',
    '| 规章           | 0            | <!-- 数据待核实 --> <!-- nianbao-disable-next-line cell-blank -->',
    '| 行政规范性文件 | 12           |',
  ]);
  // Formatting again changes nothing.
  const again = out.join('\n');
  assert.deepEqual(core.formatPipeTables(again), []);
});

test('a second line with a comment after it is no delimiter row (GFM reads the comment as a cell): no table, kept', () => {
  // The property test's counterexample (CI, seed -84000231): `|-|<!--|-->` had its dash widened to `---`. Without a
  // delimiter row the lines are no table at all, and stay as written (brk136 #4).
  assert.equal(format('|\n|-|<!--|-->\n'), '|\n|-|<!--|-->\n');
  assert.equal(format('| a | b |\n|-|-| <!-- x -->\n| 1 | 2 |\n'), '| a | b |\n|-|-| <!-- x -->\n| 1 | 2 |\n');
  // Without the comment the same line is the delimiter row, re-padded.
  assert.equal(format('| a | b |\n|-|-|\n| 1 | 2 |\n'), '| a   | b   |\n| --- | --- |\n| 1   | 2   |\n');
});

test('a delimiter row with fewer cells than the header keeps three dashes per cell, so formatting twice changes nothing (property counterexample `|a||\\n|---:\\n|`)', () => {
  const once = format('|a||\n|---:\n|');
  assert.equal(once, '|    a |     |\n| ---: |\n|      |');
  assert.equal(format(once), once);
});

test('brk136 #4: lines of pipes with no delimiter row are no table: Format Document leaves them byte for byte', () => {
  // The `|` / `||` marker lines of a one-cell-a-line paste (seed 001 writes them; left alone after a row is deleted).
  const markers = '# 某局2019年政府信息公开工作年度报告\n\n一、总体情况\n\n|\n||\n\n文字\n';
  assert.deepEqual(core.formatPipeTables(markers), []);
  // Web rows with a leading pipe but no delimiter row (seed 003's 表三 with `| ` before each row): GFM renders them as
  // text, and padding them made ragged columns (the group label cell pushed its row's numbers one column right).
  const web = [
    '三、收到和处理政府信息公开申请情况',
    '| (本列数据的勾稽关系为:第一项加第二项之和等于第三项加第四项之和) | 申请人情况 |',
    '| 自然人 | 法人或其他组织 | 总计 |',
    '| 商业机构 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
    '| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '| 三、本年度办理结果 | (一)予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '| (二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '',
  ].join('\r\n');
  assert.deepEqual(core.formatPipeTables(web), []);
  // Lines of pipes right above a real table (no blank line between): the table is aligned from its header row, the
  // row right above its delimiter row, and the lines above it stay as written.
  const above = '|\n||\n| 信息内容 | 本年制发件数 |\n|-|-|\n| 规章 | 0 |\n';
  assert.equal(format(above), '|\n||\n| 信息内容 | 本年制发件数 |\n| -------- | ------------ |\n| 规章     | 0            |\n');
  // The same in a blockquote.
  const quoted = '> | 规章 | 0 |\n> | 行政规范性文件 | 12 |\n';
  assert.deepEqual(core.formatPipeTables(quoted), []);
  assert.equal(format(`> |\n${quoted.replace('> | 规章', '> |-|-|\n> | 规章').replace(/^/, '> | 信息内容 | 本年制发件数 |\n')}`),
    '> |\n> | 信息内容       | 本年制发件数 |\n> | -------------- | ------------ |\n> | 规章           | 0            |\n> | 行政规范性文件 | 12           |\n');
});
