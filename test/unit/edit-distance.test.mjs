// editDistance (text/normalize.ts) decides which template label a misspelt one is, and how far off it is (the
// “相差 N 个字” of row-label and section-title). It works in two reused rows of a typed array; this checks it against
// the textbook recursion on random labels and on the cases whose answer is known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { core } from '../helpers.mjs';

/** Levenshtein distance by its definition (memoised recursion over prefixes). */
function oracle(a, b) {
  const memo = new Map();
  const d = (i, j) => {
    if (i === 0) return j;
    if (j === 0) return i;
    const key = i * 1000 + j;
    if (!memo.has(key)) memo.set(key, Math.min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    return memo.get(key);
  };
  return d(a.length, b.length);
}

test('editDistance of known pairs', () => {
  assert.equal(core.editDistance('行政处罚', '行政处罚'), 0);
  assert.equal(core.editDistance('', '行政许可'), 4);
  assert.equal(core.editDistance('行政许可', ''), 4);
  assert.equal(core.editDistance('重复申清', '重复申请'), 1);
  assert.equal(core.editDistance('行政强制措施', '行政强制'), 2);
  assert.equal(core.editDistance('kitten', 'sitting'), 3);
  // A long label after short ones (the rows grow) and a short one after it (they are reused).
  const long = '三、本年度办理结果（一）予以公开（二）部分公开（区分处理的，只计这一情形，不计其他情形）'.repeat(3);
  assert.equal(core.editDistance(long, long.slice(1)), 1);
  assert.equal(core.editDistance('ab', 'ba'), 2);
});

test('editDistance is the Levenshtein distance (random labels over a small alphabet)', () => {
  const label = fc.array(fc.constantFrom('行', '政', '许', '可', '处', '罚', 'a', '1', '（', '）'), { maxLength: 40 }).map((cs) => cs.join(''));
  fc.assert(fc.property(label, label, (a, b) => core.editDistance(a, b) === oracle(a, b) && core.editDistance(a, b) === core.editDistance(b, a)), { numRuns: 500, seed: 20261206 });
});
