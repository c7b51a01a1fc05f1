// A paragraph of thousands of counts and shares in one sentence (an OCR or pdftotext dump; helper-216 #1): the prose
// rules read it in time linear in its length (measured by `npm run bench`, core: "one dense paragraph"), and still
// find a wrong share near its whole. Base: examples/correct-2024.nianbao.md (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

test('a wrong share in a sentence of 3,000 shares is found; the right ones and the 其中 lists are silent', () => {
  // `共受理申请3000件，其中第1类1件，占比0.03%，第2类2件，…`: each share right (k / 3000), but the 10th.
  const items = Array.from({ length: 3000 }, (_, i) => {
    const k = i + 1;
    const pct = k === 10 ? '3.3' : ((k / 3000) * 100).toFixed(2);
    return `第${k}类${k}件，占比${pct}%`;
  });
  const text = `${CORRECT.trimEnd()}\n\n共受理申请3000件，其中${items.join('，')}。\n`;
  assert.ok(text.length > CORRECT.length + 60000);
  const found = core.analyze(text).findings.filter((f) => f.ruleId === 'prose-percent');
  assert.deepEqual(found.map((f) => [f.actual, f.message.includes('10 / 3000')]), [[3.3, true]]);
});
