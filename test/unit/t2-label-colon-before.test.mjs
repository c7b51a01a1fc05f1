// brk177 #1: a 表二 label with words and a colon before the format's label (`其中：规章`, `其中:规章`) was fixed to
// `规章：规章`: the fix took `：规章` for a remark after the label (as `：` opens one in `规章 备注：无`) and kept it, and
// `规章：规章` then passed as 规章 with a remark. A tail holding the label is where the label is; the label written
// twice after a colon is a doubled label, reported with the fix to the bare label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, toTabs } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const ROW = '| 规章           | 0            | 0            | 0            |';

for (const [layout, write] of [['pipe', (t) => t], ['tab-separated', toTabs]]) {
  for (const label of ['其中：规章', '其中:规章', '规章：规章', '规章:规章', '含：规章']) {
    test(`${layout}: “${label}” in the 规章 row's place is fixed to the bare label 规章, and nothing is left to say`, () => {
      const text = write(edit(CORRECT, ROW, ROW.replace('规章          ', label)));
      const { findings } = core.analyze(text);
      assert.deepEqual(findings.map((f) => `${f.ruleId}/${f.severity}`), ['row-label/warning'], findings.map((f) => f.message).join('\n'));
      assert.match(findings[0].message, new RegExp(`行标签“${label}”与格式不一致，应为“规章”`));
      const fixed = core.fixAll(text).text;
      assert.doesNotMatch(fixed, /规章[：:]规章/);
      assert.match(fixed, /^\|? ?规章\s*[|\t]/m);
      assert.deepEqual(core.analyze(fixed).findings, []);
    });
  }
}

test('a remark after the label is still kept (`规章（含规章解释）`, `规章 备注：无`: no finding)', () => {
  for (const label of ['规章（含规章解释）', '规章 备注：无']) {
    const text = edit(CORRECT, ROW, ROW.replace('规章          ', label));
    assert.deepEqual(core.analyze(text).findings, [], label);
  }
});
