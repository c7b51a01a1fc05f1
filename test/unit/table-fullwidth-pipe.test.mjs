// table-fullwidth-pipe: a template table typed with the full-width ｜ (Chinese punctuation mode) is read, but no
// Markdown renderer shows it as a table; one warning per table, and a fix that writes | for every ｜ of its rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, only } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

/** Every | of the table rows (lines with two or more) written ｜; prose keeps its text. */
const fullWidth = (text) => text.split('\n').map((l) => ((l.match(/\|/g) ?? []).length >= 2 ? l.replaceAll('|', '｜') : l)).join('\n');

test('a report whose tables are typed with ｜ gets one warning per table naming it, and the fix gives back the | report exactly', () => {
  assert.equal(only(CORRECT, 'table-fullwidth-pipe').found.length, 0, 'the | report has none');
  const text = fullWidth(CORRECT);
  const { found } = only(text, 'table-fullwidth-pipe');
  assert.deepEqual(found.map((f) => f.message.slice(0, 2)), ['表二', '表三', '表四']);
  assert.ok(found.every((f) => f.severity === 'warning' && f.message.includes('Markdown')));
  // The tables are still read: no other finding on the correct report.
  assert.deepEqual(core.analyze(text).findings.filter((f) => f.ruleId !== 'table-fullwidth-pipe'), []);
  assert.equal(core.fixAll(text).text, CORRECT);
});

test('a table with ｜ in some rows only is one finding; a line between 表二\'s parts and the prose keep their ｜', () => {
  // One 表三 row typed in Chinese punctuation mode; a note line with a ｜ between two parts of 表二.
  let text = CORRECT.replace('| （一）予以公开', '｜ （一）予以公开');
  text = text.replace(/(\| 行政许可 \| 1520 +\|\n)/, '$1\n注：行政许可｜含审批服务事项\n');
  assert.ok(text.includes('注：行政许可｜含审批服务事项'));
  const { found } = only(text, 'table-fullwidth-pipe');
  assert.equal(found.length, 1);
  assert.ok(found[0].message.startsWith('表三') && found[0].message.includes('（1 处）'), found[0].message);
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.includes('| （一）予以公开'));
  assert.ok(fixed.includes('注：行政许可｜含审批服务事项'), 'the note is not a table row');
});

test('a ｜ table pasted without its | --- | lines gets one under each part\'s first row: it renders (helper-213 #6)', () => {
  const isDelimiter = (l) => /^\|[\s:|-]+\|$/.test(l);
  const text = fullWidth(CORRECT.split('\n').filter((l) => !isDelimiter(l)).join('\n'));
  const { found } = only(text, 'table-fullwidth-pipe');
  assert.equal(found.length, 3);
  const fixed = core.applyFixes(text, found.flatMap((f) => f.fix.edits)).text;
  const fixedLines = fixed.split('\n');
  // Each part of 表二, 表三 and 表四 has its delimiter row right under its first row, as wide as that row.
  const delimiters = fixedLines.map((l, i) => [l, i]).filter(([l]) => isDelimiter(l));
  assert.equal(delimiters.length, CORRECT.split('\n').filter(isDelimiter).length);
  for (const [l, i] of delimiters) {
    const header = fixedLines[i - 1];
    assert.ok(header.startsWith('|') && !isDelimiter(fixedLines[i - 2] ?? ''), header);
    assert.equal(l.split('|').length, header.trim().split('|').length);
  }
  // Without the delimiter rows, the text is the example's; the report checks as the example does.
  assert.equal(fixed.split('\n').filter((l) => !isDelimiter(l)).join('\n'), CORRECT.split('\n').filter((l) => !isDelimiter(l)).join('\n'));
  assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), core.analyze(CORRECT).findings.map((f) => f.ruleId));
});

// helper-214 #2, #3: a delimiter row typed with full-width dashes or bars stayed as a row of dashes (and one more was
// added above it; with ——, 表四 then had 15 number-invalid errors); in a blockquote the added row had no `> ` and ended
// the quote and the table. Rendered with markdown-it, as GitHub and VS Code show Markdown.
test('full-width delimiter rows are rewritten, and rows added in a blockquote are quoted: every table renders', async () => {
  const { default: MarkdownIt } = await import('markdown-it');
  const md = new MarkdownIt();
  const tables = (text) => (md.render(text).match(/<table>/g) ?? []).length;
  const isDelimiter = (l) => /^\|[\s:|-]+\|$/.test(l);
  const expected = tables(CORRECT);
  assert.equal(expected, 6);
  for (const [name, make] of [
    ['｜——｜', (t) => fullWidth(t).split('\n').map((l) => (isDelimiter(l.replaceAll('｜', '|')) ? l.replace(/-+/g, '——') : l)).join('\n')],
    ['｜－－－｜', (t) => fullWidth(t).split('\n').map((l) => (isDelimiter(l.replaceAll('｜', '|')) ? l.replace(/-+/g, '－－－') : l)).join('\n')],
    ['quoted, no delimiter rows', (t) => fullWidth(t.split('\n').filter((l) => !isDelimiter(l)).join('\n')).split('\n').map((l) => (l.includes('｜') ? `> ${l}` : l)).join('\n')],
  ]) {
    const text = make(CORRECT);
    assert.equal(tables(text), 0, name);
    const fixed = core.fixAll(text).text;
    assert.equal(tables(fixed), expected, name);
    assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), [], name);
    assert.ok(!/[－—]{2}/.test(fixed), name);
  }
});

// helper-214 #9: rows written without outer bars (`行政许可 ｜ 1520`): 表二's two-column parts have one bar a row, and
// were taken for notes: their bars stayed full-width and three of 表二's four tables did not render.
test('｜ tables without outer bars: every part of 表二 is fixed and renders, two-column parts too', async () => {
  const { default: MarkdownIt } = await import('markdown-it');
  const md = new MarkdownIt();
  const tables = (text) => (md.render(text).match(/<table>/g) ?? []).length;
  const isDelimiter = (l) => /^\|[\s:|-]+\|$/.test(l);
  const text = CORRECT.split('\n').filter((l) => !isDelimiter(l))
    .map((l) => ((l.match(/\|/g) ?? []).length >= 2 ? l.trim().slice(1, -1).trim().replaceAll('|', '｜') : l)).join('\n');
  assert.ok(text.includes('行政许可 ｜ 1520') && !text.includes('| 行政许可'));
  const t2 = only(text, 'table-fullwidth-pipe').found.find((f) => f.message.startsWith('表二'));
  // 3 rows of 3 bars, then 2 + 3 + 2 rows of one.
  assert.ok(t2.message.includes('（16 处）'), t2.message);
  const fixed = core.fixAll(text).text;
  assert.equal(tables(fixed), 6);
  assert.ok(!fixed.includes('｜'));
  assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), []);
});

// brk80 #6: a ｜ in a cell's text (`规章（见｜附件）`) was made | with the bars around it, and cut the label into two
// cells (table-header-width then said the header had 4 cells and the row 5). The fix changes only the ｜ that
// separate cells: a row with more bars than the table's others keeps those in brackets as its text, or is left whole
// when which are extra is unclear; no row's cell count changes.
test('a ｜ inside a cell\'s brackets stays; a row with extra bars that are not bracketed is left, with a note', () => {
  const lines = CORRECT.split('\n');
  // 1-based lines 33–36: 表二 第（一）项.
  assert.match(lines[34], /^\| 规章 +\|/);
  const fw = (rows) => lines.map((l, i) => (i >= 32 && i <= 35 ? rows(l.replaceAll('|', '｜'), i) : l)).join('\n');
  const markdownCells = (l) => l.split(/(?<!\\)\|/).length;
  const check = (text, expectRow35, note) => {
    const { found } = only(text, 'table-fullwidth-pipe');
    assert.equal(found.length, 1);
    assert.match(found[0].message, note);
    const fixed = core.applyFixes(text, found[0].fix.edits).text.split('\n');
    // Every row of the table has the header's cell count but the one left; line 35 is as expected.
    assert.equal(fixed[34], expectRow35);
    for (const i of [32, 33, 35]) assert.equal(markdownCells(fixed[i]), markdownCells(lines[i]), fixed[i]);
    assert.deepEqual(core.analyze(fixed.join('\n')).findings.filter((f) => f.ruleId === 'table-header-width'), []);
    return fixed;
  };
  const bracketed = fw((l, i) => (i === 34 ? l.replace('｜ 规章           ｜', '｜ 规章（见｜附件）           ｜') : l));
  const fixed = check(bracketed, '| 规章（见｜附件）           | 0            | 0            | 0            |', /第 35 行括号中的“｜”是单元格中的文字/);
  assert.equal(fixed[33], lines[33]);
  const unclear = fw((l, i) => (i === 34 ? l.replace('｜ 规章           ｜', '｜ 规章 见｜附件           ｜') : l));
  const { found } = only(unclear, 'table-fullwidth-pipe');
  assert.match(found[0].message, /第 35 行的竖线比表格其他行多.*请把其中分隔单元格的“｜”手动改为“|”/);
  const left = core.applyFixes(unclear, found[0].fix.edits).text.split('\n');
  assert.equal(left[34], unclear.split('\n')[34], 'the row is left as it was');
  for (const i of [32, 33, 35]) assert.equal(left[i], lines[i]);
  // English message.
  const en = core.analyze(bracketed, { locale: 'en' }).findings.find((f) => f.ruleId === 'table-fullwidth-pipe');
  assert.match(en.message, /The “｜” in brackets on line 35 is cell text: the fix leaves it\./);
});
