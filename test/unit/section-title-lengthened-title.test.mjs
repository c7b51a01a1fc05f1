// breaker89 #00e: a title lengthened by the agency (`## 二、主动公开政府信息情况及政策解读情况`) was read as the canonical title
// with text run in after it (a line break lost), and the fix split `及政策解读情况` off into a paragraph of its own. A
// phrase joined to the title with 及/和/与 that ends as a title does is part of the title: said, and no fix splits it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const titles = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'section-title');

test('section-title: a title lengthened with 及/和/与 + …情况 is said, not split into a paragraph (breaker89 #00e)', () => {
  for (const [title, added] of [
    ['二、主动公开政府信息情况', '及政策解读情况'],
    ['二、主动公开政府信息情况', '和政策解读情况'],
    ['三、收到和处理政府信息公开申请情况', '及办理情况'],
    ['四、政府信息公开行政复议、行政诉讼情况', '及应诉情况'],
  ]) {
    const text = edit(correct, `## ${title}\n`, `## ${title}${added}\n`);
    const found = titles(text);
    assert.equal(found.length, 1, added);
    assert.equal(found[0].fix, undefined, added);
    assert.match(found[0].message, new RegExp(added), added);
    const fixed = core.fixAll(text).text;
    assert.ok(fixed.includes(`## ${title}${added}\n`), added);
    assert.ok(!fixed.split('\n').includes(added), added);
  }
  runInStillBroken();
});

/** A sentence run in after the title (a line break lost) is still broken off onto its own line. */
function runInStillBroken() {
  const text = edit(correct, '## 二、主动公开政府信息情况\n', '## 二、主动公开政府信息情况 及时公开政府信息120条\n');
  const found = titles(text);
  assert.equal(found.length, 1);
  const fixed = core.applyFixes(text, found[0].fix.edits).text;
  assert.ok(fixed.includes('## 二、主动公开政府信息情况\n\n及时公开政府信息120条\n'));
}
