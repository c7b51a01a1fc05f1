// Display width (core/editor/pipeTables.ts): the width Format Document, aligned fixes and rendered tables pad
// cells to. Its fast paths (ASCII, CJK Unified Ideographs) must agree with the full rule on every code point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eastAsianWidth } from 'get-east-asian-width';
import { core } from '../helpers.mjs';

/**
 * The rule as written out in full: controls and zero-width marks 0, combining marks 0, else East Asian width,
 * Ambiguous characters wide (`displayWidth`: curly quotes in a Chinese document) or narrow (`layoutWidth`).
 */
function reference(cp, ambiguousAsWide = true) {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x200b || cp === 0x200d || cp === 0xfeff) return 0;
  const ch = String.fromCodePoint(cp);
  if (/\p{Mn}|\p{Me}/u.test(ch) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  return eastAsianWidth(cp, { ambiguousAsWide });
}

test('every code point has the width of the full rule (surrogates excepted)', () => {
  const wrong = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const w = [core.displayWidth(ch), core.layoutWidth(ch)];
    if ((w[0] !== reference(cp) || w[1] !== reference(cp, false)) && wrong.push(cp.toString(16)) > 20) break;
  }
  assert.deepEqual(wrong, []);
});

test('strings: report text, astral characters, marks and a lone surrogate', () => {
  assert.equal(core.displayWidth('| 一、本年新收政府信息公开申请数量 | 26 |'), 2 + 2 * 16 + 3 + 2 + 2);
  assert.equal(core.displayWidth('（一）'), 6);
  assert.equal(core.displayWidth('〿'), 1, 'U+303F IDEOGRAPHIC HALF FILL SPACE is narrow, unlike its CJK neighbours');
  assert.equal(core.displayWidth('𠀀a'), 3, 'a CJK Extension B character (a surrogate pair) is one wide character');
  assert.equal(core.displayWidth('e\u0301'), 1, 'a combining accent takes no column');
  assert.equal(core.displayWidth('\u200b\ufeff'), 0);
  assert.equal(core.displayWidth('\ud800x'), core.displayWidth('\ud800') + 1, 'a lone surrogate is one character');
});
