// breaker48 A: a struck-through or marked value cell read as in a pipe table in every layout. A 表三 row pasted with
// tabs (Word/Excel) or aligned with spaces whose first or second value was `~~21~~`, `<del>21</del>`, `\*21` or an
// unclosed `**21` lost that cell (merged into the label, or dropped): cell-count "6 个数值", the row read one column
// off and false sum findings. In a pipe table the same held for `~~２１~~` (full-width digits) and `~~22~~ 21` (the old
// value struck, the new one beside it) as the first value. Now each layout reads them alike: a struck number is one
// number-invalid at its cell, `**21` reads as 21, `\*21` is one number-invalid, and the other cells keep their columns.
// `~~22~~ 21` reads as 21 but is one number-invalid (a deleted number is still printed there), left out of the sums
// until fixed, with a fix that writes 21.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

/** The example with its pipe tables written with `sep` between cells (a tab: a Word/Excel paste; spaces: aligned). */
function layout(sep) {
  if (sep === '|') return CORRECT;
  return CORRECT.split('\n').flatMap((line) => {
    if (!line.startsWith('|')) return [line];
    if (/^\|[\s:|-]+\|$/.test(line)) return [];
    return [line.slice(1, -1).split('|').map((c) => c.trim()).join(sep)];
  }).join('\n');
}

/** `n` in full-width digits (`21` → `２１`). */
const wide = (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

const LAYOUTS = { pipe: '|', tab: '\t', spaces: '    ' };

/** `text` with value `k` (0-based) of the 表三 row starting `label` written `cell`. */
function withCell(text, label, k, cell) {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.replace(/^\|\s*/, '').startsWith(label));
  assert.ok(i >= 0, label);
  const line = lines[i];
  if (line.startsWith('|')) {
    const cells = line.split('|');
    cells[k + 2] = ` ${cell} `;
    lines[i] = cells.join('|');
  } else {
    const sep = line.includes('\t') ? '\t' : '    ';
    const cells = line.split(sep);
    cells[k + 1] = cell;
    lines[i] = cells.join(sep);
  }
  return lines.join('\n');
}

const ROWS = { 'application-result-disclose': '（一）予以公开', 'unable-not-held': '1.本机关不掌握相关政府信息' };
const rowId = (label) => core.parseReport(CORRECT).tables.t3.rows.find((r) => r.label.includes(label.replace(/^\d\./, ''))).id;

test('a struck-through value cell (first or second, ASCII or full-width, spaced) is one number-invalid at its cell in a pipe, tab or space-aligned 表三', () => {
  for (const [name, sep] of Object.entries(LAYOUTS)) {
    const base = layout(sep);
    for (const label of Object.values(ROWS)) {
      const id = rowId(label);
      const plain = rowValues(core.parseReport(base), 't3', id);
      for (const k of [0, 1]) {
        for (const struck of [`~~${plain[k]}~~`, `<del>${plain[k]}</del>`, `~~${wide(plain[k])}~~`, `~~ ${plain[k]} ~~`]) {
          const what = `${name} ${label} cell ${k}: ${struck}`;
          const text = withCell(base, label, k, struck);
          const { findings } = core.analyze(text);
          assert.deepEqual(findings.map((f) => f.ruleId), ['number-invalid'], what);
          assert.match(findings[0].message, /删除线/, what);
          assert.ok(findings[0].message.includes(`“${struck}”`), what);
          const values = rowValues(core.parseReport(text), 't3', id);
          assert.deepEqual(values, plain.map((v, j) => (j === k ? null : v)), what);
        }
      }
    }
  }
});

test('an unclosed marker beside a first value cell reads as the number; an asterisk beside it is one number-invalid; the row keeps its columns, in every layout', () => {
  for (const [name, sep] of Object.entries(LAYOUTS)) {
    const base = layout(sep);
    const id = rowId(ROWS['application-result-disclose']);
    const plain = rowValues(core.parseReport(base), 't3', id);
    for (const cell of ['**21', '21**', '<strong>21', '21</b>']) {
      const text = withCell(base, ROWS['application-result-disclose'], 0, cell);
      assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), [], `${name} ${cell}`);
      assert.deepEqual(rowValues(core.parseReport(text), 't3', id), plain, `${name} ${cell}`);
    }
    for (const cell of ['\\*21', '21\\*']) {
      const text = withCell(base, ROWS['application-result-disclose'], 0, cell);
      const { findings } = core.analyze(text);
      assert.deepEqual(findings.map((f) => f.ruleId), ['number-invalid'], `${name} ${cell}`);
      assert.ok(findings[0].message.includes(`“${cell}”`), `${name} ${cell}`);
      assert.deepEqual(rowValues(core.parseReport(text), 't3', id), [null, ...plain.slice(1)], `${name} ${cell}`);
    }
  }
});

test('the old value struck through beside the new one (~~22~~ 21, 21 ~~22~~) reads as the new one: one number-invalid, fixed to it, in every layout', () => {
  for (const [name, sep] of Object.entries(LAYOUTS)) {
    const base = layout(sep);
    const id = rowId(ROWS['application-result-disclose']);
    const plain = rowValues(core.parseReport(base), 't3', id);
    for (const k of [0, 6]) {
      for (const cell of [`~~${plain[k] + 1}~~ ${plain[k]}`, `${plain[k]} ~~${plain[k] + 1}~~`, `<del>${plain[k] + 1}</del> ${plain[k]}`]) {
        const what = `${name} cell ${k}: ${cell}`;
        const text = withCell(base, ROWS['application-result-disclose'], k, cell);
        const { findings } = core.analyze(text);
        assert.deepEqual(findings.map((f) => f.ruleId), ['number-invalid'], what);
        assert.match(findings[0].message, /带删除线的旧数和现在的数/, what);
        const row = core.parseReport(text).tables.t3.rows.find((r) => r.id === id);
        assert.deepEqual(row.cells.map((c) => c.value), plain, what);
        assert.equal(row.cells[k].invalid, 'struck-beside', what);
        const fixed = core.applyFixes(text, findings[0].fix.edits).text;
        assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), [], what);
        assert.deepEqual(rowValues(core.parseReport(fixed), 't3', id), plain, what);
      }
    }
  }
});

test('a struck-through first value on a row of numbers one space apart is its own cell; one space there still parts two cells', () => {
  const id = rowId(ROWS['application-result-disclose']);
  const base = layout('    ');
  const plain = rowValues(core.parseReport(base), 't3', id);
  const oneSpace = (text) => text.split('\n').map((l) => (l.startsWith(ROWS['application-result-disclose']) ? l.split('    ').join(' ') : l)).join('\n');
  const text = oneSpace(withCell(base, ROWS['application-result-disclose'], 0, '~~21~~'));
  assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), ['number-invalid']);
  assert.deepEqual(rowValues(core.parseReport(text), 't3', id), [null, ...plain.slice(1)]);
});
