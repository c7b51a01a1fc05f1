// brk126 #1: a known title variant that also ends with `。` (`五、存在主要问题及改进情况。`, as seed 003 writes titles)
// was said to hold words of the text and got no fix; each defect alone was fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

test('a variant title with a trailing 。 or ； is fixed to the canonical title, with no claim of text in it', () => {
  for (const [from, to] of [
    ['## 五、存在的主要问题及改进情况', '## 五、存在主要问题及改进情况。'],
    ['## 五、存在的主要问题及改进情况', '## 五、存在的主要问题及下步工作打算；'],
    ['## 六、其他需要报告的事项', '## 六、其他需要报告事项。'],
  ]) {
    const text = CORRECT.replace(from, to);
    assert.notEqual(text, CORRECT);
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['section-title'], to);
    assert.ok(found[0].fix, to);
    assert.doesNotMatch(found[0].message, /正文/, to);
    assert.match(found[0].message, /末尾也不应有/, to);
    assert.equal(core.fixAll(text).text, CORRECT, to);
  }
});

test('a variant with a remark and a trailing 。 keeps the remark; a title holding a sentence is still not fixed', () => {
  const text = CORRECT.replace('## 五、存在的主要问题及改进情况', '## 五、存在的主要问题及下步工作打算（2025年）。');
  assert.equal(core.fixAll(text).text, CORRECT.replace('## 五、存在的主要问题及改进情况', '## 五、存在的主要问题及改进情况（2025年）'));
  const prose = CORRECT.replace('## 五、存在的主要问题及改进情况', '## 五、存在主要问题。改进情况。');
  const f = core.analyze(prose).findings.filter((x) => x.ruleId === 'section-title');
  for (const x of f) assert.equal(x.fix, undefined);
});
