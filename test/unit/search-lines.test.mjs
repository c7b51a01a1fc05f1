// text/search.ts: the lines that hold a pattern, a word or a character, found by one search over a range of the text
// (`linesWith`, `linesWithAfterEdit`, `linesWithIn`), must be exactly the lines a test of each line finds, whatever the line endings
// and the range; a pattern's search stops at the end of the range's last line (it no longer runs on to the end of a
// long text), so a property test compares it with the plain per-line answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import { core, ROOT } from '../helpers.mjs';

const require = createRequire(import.meta.url);
// The search functions and the line diff of versions, bundled from the source (they are internal to the core).
const bundled = buildSync({
  stdin: { contents: "export * from './server/src/core/text/search.ts'; export { diffLines } from './server/src/core/text/line-diff.ts';", resolveDir: ROOT, loader: 'ts' },
  bundle: true, write: false, format: 'cjs', platform: 'node', target: 'node20',
});
const m = { exports: {} };
new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(m, m.exports, require);
const { linesWith, linesWithAfterEdit, linesWithIn, patternFinder, charFinder, diffLines } = m.exports;

const PATTERNS = [/新[^\S\n\r]*收|结[^\S\n\r]*转/g, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, /(?:19|20)\d{2}[^\S\n\r]*年度?[^\S\n\r]*[，,]/g];
const PIECES = ['新收', '新 收', '结转', '新', '收', '2023年，', '2024 年度,', '年，', '\u0000', '\u000c', 'abc', ' ', '\n', '\r\n', '\r', '。'];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

/** The lines of `text` (as `LineIndex` splits them) in `[first, last)` whose own text matches `re`. */
function naive(text, re, first, last) {
  const lines = new core.LineIndex(text);
  const out = [];
  for (let i = first; i < last; i++) if (new RegExp(re.source).test(lines.line(i))) out.push(i);
  return out;
}

test('property: linesWith with a pattern over any run of whole lines gives the lines a per-line test gives', () => {
  fc.assert(fc.property(textArb, fc.constantFrom(...PATTERNS), fc.nat(), fc.nat(), (text, re, a, b) => {
    const lines = new core.LineIndex(text);
    const n = lines.lineCount;
    const [first, last] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y);
    const from = first < n ? lines.starts[first] : text.length;
    const to = last < n ? lines.starts[last] : text.length;
    assert.deepEqual(linesWith(text, lines.starts, lines.ends, patternFinder(re), from, to), naive(text, re, first, last));
  }), { numRuns: 400 });
});

test('property: linesWithAfterEdit from the lines of the version before is what a search of the whole new text gives', () => {
  fc.assert(fc.property(textArb, textArb, fc.nat(), fc.nat(), fc.constantFrom(...PATTERNS), (before, inserted, at, del, re) => {
    const s = at % (before.length + 1), e = Math.min(before.length, s + (del % 5));
    const after = before.slice(0, s) + inserted + before.slice(e);
    const [a, b] = [new core.LineIndex(before), new core.LineIndex(after)];
    const d = diffLines(a, b);
    const old = linesWith(before, a.starts, a.ends, patternFinder(re));
    assert.deepEqual(linesWithAfterEdit(old, d, b, patternFinder(re)), naive(after, re, 0, b.lineCount));
  }), { numRuns: 400 });
});

test('property: the same for versions read from their lines (`LineIndex.fromLines`, the language server\'s), searched line by line without joining them', () => {
  const lfText = textArb.map((t) => t.replace(/\r\n?/g, '\n'));
  fc.assert(fc.property(lfText, lfText, fc.nat(), fc.nat(), fc.constantFrom(...PATTERNS), fc.boolean(), (before, inserted, at, del, re, known) => {
    const s = at % (before.length + 1), e = Math.min(before.length, s + (del % 5));
    const after = before.slice(0, s) + inserted + before.slice(e);
    // The first version with its text at hand or not (a document just opened has it), the next one without.
    const a = core.LineIndex.fromLines(before.split('\n'), known ? before : undefined);
    const b = core.LineIndex.fromLines(after.split('\n'));
    const d = diffLines(a, b);
    const old = linesWithIn(a, patternFinder(re));
    assert.deepEqual(old, naive(before, re, 0, a.lineCount));
    assert.deepEqual(linesWithAfterEdit(old, d, b, patternFinder(re)), naive(after, re, 0, b.lineCount));
    assert.equal(b.hasText, false, 'the new version was not joined');
  }), { numRuns: 400 });
});

test('charFinder and patternFinder find the same first occurrence in a range', () => {
  const text = '甲\n附件1\r\n乙附\r附录';
  const lines = new core.LineIndex(text);
  assert.deepEqual(linesWith(text, lines.starts, lines.ends, charFinder('附')), [1, 2, 3]);
  assert.deepEqual(linesWith(text, lines.starts, lines.ends, patternFinder(/附/g)), [1, 2, 3]);
  assert.deepEqual(linesWith(text, lines.starts, lines.ends, patternFinder(/附/g), lines.starts[1], lines.starts[3]), [1, 2]);
});
