// brk161 #3 and #4: a row label completed over a shorter (or longer) one left the row out of line with its table.
// In a table laid out with spaces (pdftotext's), the label's padding stayed, so the numbers after it moved right by
// the label's extra width; now the gap before them takes the difference (as a fix's edit there does) and they keep
// their columns. In a web row (`4.无正当 | 0 |`) with the cursor after the space before ` | `, that space was eaten;
// now it stays. In an aligned pipe table, a row whose label cell's padding was off (part of a label deleted, the old
// padding left) kept it, 14 columns out of line; now the cell is padded to its column's width, as Format Document
// pads it, and only that cell's spaces change.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, acceptCompletion, pipeColumns } from './client.mjs';
import { core } from '../helpers.mjs';

const EXAMPLE = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const LABEL = '4.无正当理由大量反复申请';

/** The example with its 表三 (the pipe table under 三、) written as `pdftotext -layout` writes it: space-aligned columns. */
function spaced() {
  const lines = EXAMPLE.split('\n');
  const head = lines.findIndex((l) => l.startsWith('## 三、'));
  let a = head;
  while (!lines[a].startsWith('|')) a++;
  let b = a;
  while (lines[b + 1]?.startsWith('|')) b++;
  const rows = lines.slice(a, b + 1).filter((l) => !/^\|\s*-/.test(l)).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
  const out = rows.map(([label, ...cells]) => {
    const cellText = cells.map((c) => ' '.repeat(Math.max(1, 8 - core.displayWidth(c))) + c).join('');
    return (label + ' '.repeat(Math.max(2, 76 - core.displayWidth(label))) + cellText).trimEnd();
  });
  return [...lines.slice(0, a), ...out, ...lines.slice(b + 1)].join('\n');
}

/** The display columns where the words after a row's label start (its numbers' columns), from its first gap on. */
function numberColumns(line) {
  const gap = /\S( {2,})\S/.exec(line);
  if (!gap) return [];
  const cols = [];
  const re = /\S+/g;
  re.lastIndex = gap.index + 1 + gap[1].length;
  for (let m; (m = re.exec(line)); ) cols.push(core.displayWidth(line.slice(0, m.index)));
  return cols;
}

describe('completing a label keeps its row in line with the table (brk161 #3, #4)', () => {
  let s;
  let n = 0;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  const accept = (text, line, character, label) => acceptCompletion(s, `file:///tmp/nianbao-compl-repad/r${++n}.nianbao.md`, text, line, character, label);

  test('space-aligned 表三 (pdftotext): the numbers keep their columns, for a wider and a narrower label', async () => {
    const text = spaced();
    const lines = text.split('\n');
    const k = lines.findIndex((l) => l.startsWith(LABEL));
    assert.ok(k > 0);
    const cols = numberColumns(lines[k]);
    assert.equal(cols.length, 7);
    assert.deepEqual(numberColumns(lines[k - 1]), cols, 'the table is aligned');
    // The label partly deleted, the numbers left where they were (the spaces make up its width).
    const short = '4.无正当';
    lines[k] = short + ' '.repeat(LABEL.length * 2 - short.length * 2 + 2) + lines[k].slice(LABEL.length + 2);
    assert.deepEqual(numberColumns(lines[k]), cols);
    const draft = lines.join('\n');
    // At the end of the typed label, and after one space typed after it.
    for (const [character, typed] of [[short.length, short], [short.length + 1, short + ' ']]) {
      const { item, after } = await accept(draft, k, character, LABEL);
      // The main edit writes the label over what was typed (the space the cursor is after written back).
      assert.deepEqual(item.textEdit, { range: { start: { line: k, character: 0 }, end: { line: k, character } }, newText: typed.replace(short, LABEL) });
      const got = after.split('\n');
      assert.ok(got[k].startsWith(LABEL + '  '), got[k]);
      assert.deepEqual(numberColumns(got[k]), cols, got[k]);
      assert.equal(got[k].replace(/ +/g, ' '), lines[k].replace(short, LABEL).replace(/ +/g, ' '));
      // No other line changes.
      assert.deepEqual(got.filter((l, i) => i !== k), lines.filter((l, i) => i !== k));
    }
    // A narrower label: the gap gets the spaces.
    const { after } = await accept(draft, k, short.length, '3.其他');
    const got = after.split('\n');
    assert.ok(got[k].startsWith('3.其他  '), got[k]);
    assert.deepEqual(numberColumns(got[k]), cols, got[k]);
  });

  test('a web row (` | ` cells): the space before the ` | ` after the cursor stays', async () => {
    const lines = spaced().split('\n');
    const k = lines.findIndex((l) => l.startsWith(LABEL));
    for (let i = k - 20; i < k + 8; i++) if (/\d\s*$/.test(lines[i]) || /^[（(一二三四五六1-9]/.test(lines[i])) lines[i] = lines[i].trim().split(/ {2,}/).join(' | ') + ' |';
    assert.match(lines[k], /^4\.无正当理由大量反复申请 \| 0 \| 0 \|/);
    lines[k] = lines[k].replace(LABEL, '4.无正当');
    const draft = lines.join('\n');
    const { after } = await accept(draft, k, '4.无正当 '.length, LABEL);
    assert.equal(after.split('\n')[k], `${LABEL} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`);
  });

  test('aligned pipe 表三: a label cell whose padding was off is padded to its column (only its spaces change)', async () => {
    const lines = EXAMPLE.split('\n');
    const k = lines.findIndex((l) => l.startsWith(`| ${LABEL} `));
    assert.ok(k > 0);
    const aligned = pipeColumns(EXAMPLE, k);
    assert.equal(new Set(aligned).size, 1, 'the example\'s 表三 is aligned');
    const right = lines[k];
    // Part of the label deleted with the old padding left (the row 16 columns short), or spaces typed after it.
    for (const row of [right.replace(LABEL, '4.无正当'), right.replace(LABEL, '4.无正当' + ' '.repeat(30))]) {
      const text = [...lines.slice(0, k), row, ...lines.slice(k + 1)].join('\n');
      let top = k;
      while (lines[top - 1].startsWith('|')) top--;
      assert.notEqual(pipeColumns(text, k)[k - top], aligned[0], 'the row is out of line');
      const { item, after } = await accept(text, k, 2 + '4.无正当'.length, LABEL);
      // The main edit is the bare label over the typed one.
      assert.deepEqual(item.textEdit, { range: { start: { line: k, character: 2 }, end: { line: k, character: 2 + '4.无正当'.length } }, newText: LABEL });
      assert.deepEqual(pipeColumns(after, k), aligned);
      const got = after.split('\n');
      assert.equal(got[k], right);
      assert.deepEqual(got.filter((l, i) => i !== k), lines.filter((l, i) => i !== k));
    }
  });

  test('a compact row in an aligned pipe table stays compact', async () => {
    const lines = EXAMPLE.split('\n');
    const k = lines.findIndex((l) => l.startsWith(`| ${LABEL} `));
    lines[k] = '| 4.无正当 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
    const { item, after } = await accept(lines.join('\n'), k, 2 + '4.无正当'.length, LABEL);
    assert.equal(item.additionalTextEdits, undefined);
    assert.equal(after.split('\n')[k], `| ${LABEL} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`);
  });
});
