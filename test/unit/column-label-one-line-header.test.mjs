// column-label with a one-line 表三 header in a tab-separated or space-aligned copy, whose first cell
// `（本列数据的勾稽关系为：…）` made the whole line one text: `商业机构`, `社会公益组识` were read by position and missed
// (breaker18). Fixtures: the breaker's reports, in test/fixtures/one-line-header-typos/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const read = (f) => readFileSync(join(ROOT, 'test/fixtures/one-line-header-typos', f), 'utf8');
const labels = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'column-label' && f.message.startsWith('表三'));

for (const [file, typo, right] of [['one-line-header-tab-2024.txt', '商业机构', '商业企业'], ['one-line-header-space-2022.txt', '社会公益组识', '社会公益组织']]) {
  test(`${file}: “${typo}” in a one-line header is said at its cell, and the fix writes “${right}” there, keeping the layout`, () => {
    const text = read(file);
    const [f, ...rest] = labels(text);
    assert.deepEqual(rest, []);
    assert.equal(f.message, `表三的列标题“${typo}”与格式不一致，应为“${right}”。`);
    const line = text.split('\n')[f.range.start.line];
    assert.equal(line.slice(f.range.start.character, f.range.end.character), typo);
    const fixed = core.applyFixes(text, f.fix.edits).text;
    assert.equal(fixed, text.replace(typo, right));
    assert.deepEqual(labels(fixed), []);
  });
}
