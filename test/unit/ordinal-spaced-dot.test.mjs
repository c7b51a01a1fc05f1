// An item number a space before its dot (`2 .重复申请`, `1 . 属于国家秘密`, `5 ．要求…`): justified text of a PDF and
// Word's full-width `．`, pasted as tab-separated or space-aligned rows. It is the label's ordinal, as in a pipe cell
// (helper-221 #3): the label was read as `.重复申请`, and row-label's fix wrote `2 2.重复申请`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues, toSpaces, toTabs } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const spacedDots = (text) => text
  .replace(/^2\.重复申请/m, '2 .重复申请')
  .replace(/^1\.属于国家秘密/m, '1 . 属于国家秘密')
  .replace(/^5\.要求行政机关确认/m, '5 ．要求行政机关确认')
  .replace(/^3\.其他(?=\t|\s{2})/m, '3 、其他');

for (const [layout, paste] of [['tab-separated', toTabs], ['space-aligned', toSpaces]]) {
  test(`${layout}: labels with a space before the ordinal's dot are read as the labels, nothing reported or fixed`, () => {
    const base = paste(example);
    assert.deepEqual(core.analyze(base).findings.map((f) => f.ruleId), [], 'the layout itself is clean');
    const text = spacedDots(base);
    for (const written of ['2 .重复申请', '1 . 属于国家秘密', '5 ．要求行政机关确认', '3 、其他']) assert.ok(text.includes(written), written);
    const { findings, report } = core.analyze(text);
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), []);
    for (const id of ['R3.3.1', 'R3.5.2', 'R3.5.5', 'R3.6.3']) assert.deepEqual(rowValues(report, 't3', id), rowValues(core.analyze(base).report, 't3', id), id);
  });
}

test('a wrong number in such a row is still found in its cell', () => {
  const text = spacedDots(toTabs(example)).replace(/^(2 \.重复申请\t)1\t/m, '$12\t');
  assert.match(text, /^2 \.重复申请\t2\t/m);
  const ids = core.analyze(text).findings.map((f) => f.ruleId);
  assert.ok(ids.includes('sum-applicants') || ids.includes('sum-results'), ids.join());
  assert.ok(!ids.includes('row-label'), ids.join());
});
