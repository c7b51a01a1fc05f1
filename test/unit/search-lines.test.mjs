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
const { linesWith, linesWithAfterEdit, linesWithIn, patternFinder, charFinder, stringFinder, diffLines } = m.exports;

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

// A word's and a character's search of a short range of a long text run in a slice of it (`narrow`): `indexOf` on the
// whole text scanned on to its end whenever the range did not hold the word (every keystroke's changed line, for
// every word the reader had looked for: ~1 ms a keystroke on the bench's 10,000-line draft).
const WORDS = [['新收'], ['新收', '结转'], ['年，', '2023'], ['。']];
/** The first offset in `[from, to)` where one of `words` starts, by a plain scan. */
function firstAt(text, words, from, to) {
  for (let i = from; i < to; i++) if (words.some((w) => text.startsWith(w, i))) return i;
  return -1;
}

test('property: stringFinder and charFinder find the first occurrence starting in any range, a short one of a long text too', () => {
  const longArb = fc.array(fc.constantFrom(...PIECES), { minLength: 60, maxLength: 200, size: 'max' }).map((a) => a.join(''));
  fc.assert(fc.property(longArb, fc.constantFrom(...WORDS), fc.nat(), fc.nat(20), (text, words, a, len) => {
    const from = a % (text.length + 1), to = Math.min(text.length, from + len);
    assert.equal(stringFinder(...words).find(text, from, to), firstAt(text, words, from, to), `${JSON.stringify(words)} in [${from}, ${to})`);
    const ch = words[0][0];
    assert.equal(charFinder(ch).find(text, from, to), firstAt(text, [ch], from, to));
    // With a test of what follows: the offsets it is given are the text's own.
    const then = (t, at) => t[at] === '收';
    const expected = (() => { for (let i = from; i < to; i++) if (text[i] === '新' && then(text, i + 1)) return i; return -1; })();
    assert.equal(charFinder('新', then).find(text, from, to), expected);
  }), { numRuns: 600 });
});

test('property: linesWithAfterEdit with a word finder is what a search of the whole new text gives', () => {
  fc.assert(fc.property(textArb, textArb, fc.nat(), fc.nat(), fc.constantFrom(...WORDS), (before, inserted, at, del, words) => {
    const s = at % (before.length + 1), e = Math.min(before.length, s + (del % 5));
    const after = before.slice(0, s) + inserted + before.slice(e);
    const [a, b] = [new core.LineIndex(before), new core.LineIndex(after)];
    const old = linesWith(before, a.starts, a.ends, stringFinder(...words));
    const whole = linesWith(after, b.starts, b.ends, stringFinder(...words));
    assert.deepEqual(linesWithAfterEdit(old, diffLines(a, b), b, stringFinder(...words)), whole);
  }), { numRuns: 400 });
});

test('stringFinder and charFinder on every short range of a long text: a word that starts in the range and ends past it is found', () => {
  const text = '2023年，新收申请46件，结转2件。\n新\n收新收。新 收\r\n'.repeat(40);
  for (const words of WORDS) {
    const f = stringFinder(...words), c = charFinder(words[0][0]);
    for (let from = 0; from < text.length; from++) {
      for (let len = 0; len <= 12; len++) {
        const to = Math.min(text.length, from + len);
        assert.equal(f.find(text, from, to), firstAt(text, words, from, to), `${JSON.stringify(words)} in [${from}, ${to})`);
        assert.equal(c.find(text, from, to), firstAt(text, [words[0][0]], from, to));
      }
    }
  }
});
