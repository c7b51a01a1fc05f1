// brk188 #2: a NUL inside a row label (`| 规\u0000章 |` in 表二) gave, beside encoding-invalid's finding, a row-label
// finding whose message held the raw U+0000, which an editor shows as nothing: “row label “规章” differs from the
// template: “规章” (1 character apart)”. A control character a message quotes from the report is now shown by its code
// point (`规[U+0000]章`), in every rule's message (they all pass toFinding), as invisible characters are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

for (const [what, ch, shown] of [['a NUL', '\u0000', '[U+0000]'], ['an escape (U+001B)', '\u001b', '[U+001B]'], ['a C1 control (U+0085)', '\u0085', '[U+0085]']]) {
  test(`${what} in 表二's row label 规章: the row-label message shows it as ${shown}, no raw control character`, () => {
    assert.ok(CORRECT.includes('| 规章 '));
    const text = CORRECT.replace('| 规章 ', `| 规${ch}章 `);
    for (const locale of ['zh', 'en']) {
      const { findings } = core.analyze(text, { locale });
      const label = findings.find((f) => f.ruleId === 'row-label');
      assert.ok(label, findings.map((f) => f.ruleId).join(', '));
      assert.ok(label.message.includes(`规${shown}章`), label.message);
      for (const f of findings) assert.doesNotMatch(f.message, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/, `${f.ruleId}: ${JSON.stringify(f.message)}`);
    }
    // The fix still writes the template's label, the control character gone.
    const label = core.analyze(text).findings.find((f) => f.ruleId === 'row-label');
    assert.equal(core.applyFixes(text, label.fix.edits).text, CORRECT);
  });
}
