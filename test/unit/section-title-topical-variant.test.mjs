// A section title of other words than the format's, at the section's place and naming its topic (brk146 #1:
// `五、存在的问题及下一步工作打算；`, `五、存在问题及改进措施。` got nothing, while `…下步工作打算` and a trailing 。 are
// said): section-title says it differs, and the fix writes the format's title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const CANONICAL = '## 五、存在的主要问题及改进情况';

for (const title of ['五、存在的问题及下一步工作打算；', '五、存在问题及改进措施。', '五、存在的不足及下一步打算']) {
  test(`“${title}” at section 五's place is said and fixed to the format's title`, () => {
    const text = edit(example, CANONICAL, `## ${title}`);
    const found = core.analyze(text).findings.filter((f) => f.ruleId === 'section-title');
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.match(found[0].message, /与标准标题不一致，格式规定为“五、存在的主要问题及改进情况”/);
    assert.ok(found[0].fix, 'the fix writes the title');
    const fixed = core.fixAll(text).text;
    assert.ok(fixed.includes(`${CANONICAL}\n`), fixed.split('\n').find((l) => l.startsWith('## 五')));
    assert.deepEqual(core.analyze(fixed).findings.filter((f) => f.ruleId === 'section-title'), []);
  });
}
