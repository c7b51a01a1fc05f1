// applyFixes never alters a character outside the edits it takes, never takes overlapping edits, and keeps line
// endings and a BOM; on generated drafts, fixAll ends with nothing fixable and only edited text changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { core, assertOnlyEditsChanged } from '../helpers.mjs';
import { LAYOUTS, wrap } from '../layouts.mjs';

const textArb = fc.array(fc.constantFrom('一', '、', '表', '三', '|', ' ', '0', '7', '\n', '\r\n', 'a', '（', '）'), { minLength: 0, maxLength: 120 }).map((a) => a.join(''));

function editArb(text) {
  const idx = new core.LineIndex(text);
  const off = fc.integer({ min: 0, max: text.length });
  return fc.array(fc.tuple(off, off, fc.string({ maxLength: 4 })), { maxLength: 8 })
    .map((es) => es.map(([a, b, t]) => ({ range: { start: idx.positionAt(Math.min(a, b)), end: idx.positionAt(Math.max(a, b)) }, newText: t })));
}

test('property: applyFixes changes text only inside the edits it takes, and the taken edits never overlap', () => {
  fc.assert(fc.property(textArb.chain((t) => fc.tuple(fc.constant(t), editArb(t))), ([text, edits]) => {
    const r = core.applyFixes(text, edits);
    assert.equal(r.applied + r.skipped, edits.length);
    for (let i = 0; i < r.taken.length; i++) for (let j = i + 1; j < r.taken.length; j++) assert.ok(!core.editsOverlap(r.taken[i], r.taken[j]));
    assertOnlyEditsChanged(text, r.text, r.taken, 0);
  }), { numRuns: 400 });
});

test('applyFixes keeps a BOM, CRLF line endings and astral characters outside the edits', () => {
  const text = '\ufeff一、总体情况\r\n𠀀 | 3 |\r\n';
  const idx = new core.LineIndex(text);
  const r = core.applyFixes(text, [{ range: { start: idx.positionAt(text.indexOf('3')), end: idx.positionAt(text.indexOf('3') + 1) }, newText: '4' }]);
  assert.equal(r.text, '\ufeff一、总体情况\r\n𠀀 | 4 |\r\n');
});

// Generated drafts: a correct 表三 in a random layout with random label and number errors.
const MISSPELL = [['部分公开', '不分公开'], ['已获取信息', '以获取信息'], ['商业企业', '商业机构'], ['行政法规禁止', '行政止']];
const draftArb = fc.record({
  values: fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 6, maxLength: 6 }), { minLength: 25, maxLength: 25 }),
  layout: fc.constantFrom('pipeTable', 'pipeNoDelimiter', 'htmlRows'),
  misspell: fc.subarray(MISSPELL),
  wrongTotals: fc.array(fc.integer({ min: 0, max: 24 }), { maxLength: 3 }),
  fullWidth: fc.boolean(),
});

test('property: on generated drafts, fixAll leaves nothing fixable and one pass of fixes changes only edited text', () => {
  fc.assert(fc.property(draftArb, ({ values, layout, misspell, wrongTotals, fullWidth }) => {
    const rows = values.map((v, i) => [...v, v.reduce((a, b) => a + b, 0) + (wrongTotals.includes(i) ? 1 : 0)]);
    let text = wrap(LAYOUTS[layout](rows));
    for (const [a, b] of misspell) text = text.replace(a, b);
    if (fullWidth) text = text.replace(/\| 1 \|/, '| １ |');
    const { findings } = core.analyze(text);
    const edits = findings.filter((f) => f.fix).flatMap((f) => f.fix.edits);
    const once = core.applyFixes(text, edits);
    assertOnlyEditsChanged(text, once.text, once.taken, 0);
    const fixed = core.fixAll(text);
    const left = core.analyze(fixed.text).findings.filter((f) => f.fix);
    assert.deepEqual(left.map((f) => f.ruleId), []);
  }), { numRuns: 60 });
});

test('property: TakenEdits takes a fix exactly when applyFixes over the edits taken so far plus the fix skips none', () => {
  // Offsets crowd into a few characters so that touching, nested and same-point edits are common.
  const fixesArb = (text) => {
    const idx = new core.LineIndex(text);
    const off = fc.integer({ min: 0, max: Math.min(text.length, 12) });
    const edit = fc.tuple(off, off, fc.string({ maxLength: 2 })).map(([a, b, t]) => ({ range: { start: idx.positionAt(Math.min(a, b)), end: idx.positionAt(Math.max(a, b)) }, newText: t }));
    return fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 10 });
  };
  fc.assert(fc.property(textArb.chain((t) => fc.tuple(fc.constant(t), fixesArb(t))), ([text, fixes]) => {
    const taken = new core.TakenEdits(new core.LineIndex(text));
    const reference = [];
    for (const edits of fixes) {
      const expected = core.applyFixes(text, [...reference, ...edits]).skipped === 0;
      if (expected) reference.push(...edits);
      assert.equal(taken.tryAdd(edits), expected, JSON.stringify({ text, reference, edits }));
    }
    assert.deepEqual(taken.edits, reference);
    assert.equal(core.applyFixes(text, taken.edits).skipped, 0);
  }), { numRuns: 2000 });
});
