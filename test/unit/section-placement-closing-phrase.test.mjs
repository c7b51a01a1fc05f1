// A missing last section goes before the closing phrase above the signature (`特此报告。`), which belongs to the
// signature block, not to the last section (breaker19). Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const lines = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').trimEnd().split('\n');

test('六 missing, 特此报告。 above the signature: the fix inserts 六 before 特此报告。', () => {
  const six = lines.findIndex((l) => /^#*\s*六、/.test(l));
  const sig = lines.length - 2;
  for (const close of ['特此报告。', '特此报告']) {
    const text = [...lines.slice(0, six), close, '', ...lines.slice(sig), ''].join('\n');
    const [f] = core.analyze(text).findings.filter((x) => x.ruleId === 'section-missing');
    assert.match(f.message, /落款之前/);
    const out = core.fixAll(text).text.split('\n');
    const at = out.findIndex((l) => /六、其他需要报告的事项/.test(l));
    assert.ok(at >= 0 && at < out.indexOf(close), `六 at ${at}, ${close} at ${out.indexOf(close)}`);
  }
});
