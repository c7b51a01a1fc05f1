// The language server's document kept as lines (server/src/lsp/line-document.ts) against the library's
// TextDocument (vscode-languageserver-textdocument), which it replaces: after every edit of random sequences
// (fast-check) the two give the same text, line count, offsets, positions, ranges and line ends, including ranges
// past the end of a line or of the text, reversed ranges, and edits that bring in or remove `\r`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT } from '../helpers.mjs';

const require = createRequire(import.meta.url);
const { LineDocument } = require(path.join(ROOT, 'dist/test/line-document.js'));

const PIECES = ['a', '一、总体情况', '| 1 | 2 |', '\n', '\n\n', '\r\n', '\r', ' ', '𠀀', '。', '', '0', '\ufffd'];
const text = fc.array(fc.constantFrom(...PIECES.filter((p) => p !== '\r' && p !== '\r\n')), { maxLength: 30 }).map((a) => a.join(''));
const textWithCr = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));
/** A position anywhere, in the text or out of it (negative, past a line's end, past the last line). */
const position = fc.record({ line: fc.integer({ min: -2, max: 40 }), character: fc.integer({ min: -2, max: 60 }) });
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map((a) => a.join('')) }) },
  { weight: 1, arbitrary: textWithCr.map((t) => ({ text: t })) },
);

/**
 * Every observation a caller can make of both documents, compared. The text is the library's document's after the
 * same edit; offsets, positions and lines are those of the library's document made afresh from that text (its
 * incremental line index goes wrong on a range past the last line: `""` with `\n\n\n` put at line 2 counts 6 lines).
 */
function same(mine, edited, probes) {
  assert.equal(mine.getText(), edited.getText());
  // Kept through the changes, not read from the text: its length, whether it holds a U+FFFD.
  assert.equal(mine.length, edited.getText().length);
  assert.equal(mine.hasReplacementChar(), edited.getText().includes('\ufffd'));
  const theirs = TextDocument.create(edited.uri, edited.languageId, edited.version, edited.getText());
  assert.equal(mine.lineCount, theirs.lineCount);
  assert.equal(mine.version, theirs.version);
  for (const p of probes.positions) assert.equal(mine.offsetAt(p), theirs.offsetAt(p), JSON.stringify(p));
  for (const o of probes.offsets) assert.deepEqual(mine.positionAt(o), theirs.positionAt(o), `offset ${o}`);
  for (const r of probes.ranges) assert.equal(mine.getText(r), theirs.getText(r), JSON.stringify(r));
  for (const l of probes.lines) {
    assert.deepEqual(mine.getLineRange(l), theirs.getLineRange(l), `line ${l}`);
    assert.equal(mine.getEOLCharacters(l), theirs.getEOLCharacters(l), `line ${l}`);
  }
  const lines = mine.textLines();
  // Never kept as lines with a `\r` in the text (once one came in, it stays whole); the lines joined are the text; a
  // text known is that text.
  if (theirs.getText().includes('\r')) assert.equal(lines, null);
  if (lines) assert.equal(lines.join('\n'), theirs.getText());
  const known = mine.knownText();
  if (known !== undefined) assert.equal(known, theirs.getText());
}

const probes = fc.record({
  positions: fc.array(position, { maxLength: 6 }),
  offsets: fc.array(fc.integer({ min: -3, max: 400 }), { maxLength: 6 }),
  ranges: fc.array(fc.record({ start: position, end: position }), { maxLength: 4 }),
  lines: fc.array(fc.integer({ min: -2, max: 40 }), { maxLength: 4 }),
});

test('edits applied to the document kept as lines and to the library\'s document leave the same document', () => {
  fc.assert(fc.property(fc.oneof(text, textWithCr), fc.array(fc.tuple(change, probes), { maxLength: 12 }), probes, (start, steps, first) => {
    const mine = new LineDocument('file:///x.md', 'markdown', 1, start);
    let theirs = TextDocument.create('file:///x.md', 'markdown', 1, start);
    same(mine, theirs, first);
    let v = 1;
    for (const [c, p] of steps) {
      v++;
      mine.update([c], v);
      // Each change on a library document made afresh (see `same`: its line index after such a range is wrong, and
      // so would be the next change's offsets).
      theirs = TextDocument.create('file:///x.md', 'markdown', v - 1, theirs.getText());
      TextDocument.update(theirs, [c], v);
      same(mine, theirs, p);
    }
  }), { numRuns: 1500 });
});

test('a text without \\r is kept as its lines, and an edit changes only the lines it touches', () => {
  const doc = new LineDocument('file:///x.md', 'markdown', 1, '一、总体情况\n正文第一行\n| 1 | 2 |');
  const before = doc.textLines().slice();
  // The text as opened is at hand until the first change.
  assert.equal(doc.knownText(), '一、总体情况\n正文第一行\n| 1 | 2 |');
  doc.update([{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: '新' }], 2);
  const after = doc.textLines();
  assert.deepEqual(after, ['一、总体情况', '正文新第一行', '| 1 | 2 |']);
  assert.equal(after[0], before[0]);
  assert.equal(after[2], before[2]);
  assert.equal(doc.knownText(), undefined, 'not joined by the edit');
  // A `\r` pasted in: from then on the text is kept whole, as the library keeps it.
  doc.update([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '附注\r\n' }], 3);
  assert.equal(doc.textLines(), null);
  assert.equal(doc.getText(), '一、总体情况\n正文新第一行\n附注\r\n| 1 | 2 |');
  assert.deepEqual(doc.positionAt(doc.getText().length), { line: 3, character: 9 });
});
