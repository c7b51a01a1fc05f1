// brk137 #1: row-label's fix wrote the template's ordinal punctuation over the author's: in a report whose （六） group
// writes `1、…`, `2、…`, a mistyped `4、其他` was said "应为“3.其他”（相差 1 个字）" and fixed to `3.其他`, two
// characters changed and the group's `、` (a tolerated variant, templates.md §0.1/§0.3) swapped for `.`. The fix and the
// message keep the ordinal as the row (or, without one of its own, its group) writes it; only what is wrong changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, ROOT } from '../helpers.mjs';

const labels = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');
const swap = (text, from, to) => {
  assert.equal(text.split(from).length, 2, from);
  return text.replace(from, to);
};

test('row-label: `4、其他` in a group written `1、…`, `2、…` is said and fixed as `3、其他` (brk137 #1)', () => {
  const original = corpusText('peers/govnianbao_huaian-city_2024.txt');
  for (const wrong of ['4、其他', '2、其他']) {
    const text = swap(original, '               3、其他  ', `               ${wrong}  `);
    const found = labels(text);
    assert.equal(found.length, 1, wrong);
    assert.match(found[0].message, /应为“3、其他”（相差 1 个字）/, wrong);
    assert.equal(core.applyFixes(text, found[0].fix.edits).text, original, wrong);
    assert.equal(core.fixAll(text).text, original, wrong);
  }
});

test('row-label: the fix keeps a full-width dot, full-width digits, `、` and ASCII brackets as written (brk137 #1)', () => {
  const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const cases = [
    // [the template's row in the example, the row as mistyped by an author, the label the fix writes]
    ['| 3.其他 ', '| 4．其他 ', '3．其他'],
    ['| 3.其他 ', '| ４．其他 ', '３．其他'],
    ['| 3.其他 ', '| 3、其它他 ', '3、其他'],
    ['| 2.其他法律行政法规禁止公开 ', '| 2、其他法律行政法规禁止工开 ', '2、其他法律行政法规禁止公开'],
    ['| （三）不予公开 ', '| (三)不于公开 ', '(三)不予公开'],
  ];
  for (const [right, wrong, label] of cases) {
    const text = swap(correct, right, wrong);
    const found = labels(text);
    assert.equal(found.length, 1, wrong);
    assert.ok(found[0].message.includes(`应为“${label}”（相差 1 个字）`), found[0].message);
    assert.deepEqual(found[0].fix.edits.map((e) => e.newText.trim()), [label], wrong);
  }
});
