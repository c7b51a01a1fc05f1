// breaker45 #14: a 表四 header wrapped over two lines and written with single spaces (a web copy, or pdftotext
// without -layout: `结果 结果 其他 尚未 总计 …` over `维持 纠正 结果 审结 …`) gave 12 column-label warnings saying each
// upper half was the label cut short. The lower line's words now complete, in order, the upper words that are no
// label on their own (总计 has no second part), so the header reads as the template's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues } from '../helpers.mjs';

const LAYOUT = readFileSync(join(ROOT, 'test/fixtures/pdftext-township-report/r10-township-2024.txt'), 'utf8');

/** The fixture with the two lines of its wrapped 表四 header written with single spaces (`change` then applied to the lower one). */
function singleSpaced(change = (l) => l) {
  const lines = LAYOUT.split('\n');
  const upper = lines.findIndex((l) => l.startsWith('  结果  结果  其他'));
  assert.ok(upper >= 0 && lines[upper + 1].startsWith('  维持  纠正'));
  lines[upper] = lines[upper].trim().split(/\s+/).join(' ');
  lines[upper + 1] = change(lines[upper + 1].trim().split(/\s+/).join(' '));
  return { text: lines.join('\n'), upper };
}
const t4Labels = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'column-label' && f.data.table === 't4');

test('a wrapped 表四 header with single spaces is read whole: no column-label, the values as in the layout version', () => {
  const { text } = singleSpaced();
  assert.deepEqual(t4Labels(text).map((f) => f.message), []);
  assert.deepEqual(rowValues(core.parseReport(text), 't4', 'T4'), rowValues(core.parseReport(LAYOUT), 't4', 'T4'));
});

test('a misspelled lower half in a single-spaced wrapped header (结果 / 维待) is named whole, not as a label cut short', () => {
  const { text } = singleSpaced((l) => l.replace('维持', '维待'));
  const found = t4Labels(text);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /“结果维待”（折行写作“结果”“维待”）与格式不一致，应为“结果维持”/);
});
