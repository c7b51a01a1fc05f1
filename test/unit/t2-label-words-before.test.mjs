// brk171 #1: a 表二 row label with words BEFORE the format's label, saying whose rows they are (`部门规章`,
// `地方政府规章`), or an emoji after it (`规章😀👨‍👩‍👧`), in the row's own place under its item's heading. It is the
// format's 规章 row under another name: row-label (warning) with the fix "改为“规章”", its numbers read, as `规章制度文件`
// already was. Before, row-missing said (error) the 规章 row "不在格式规定的位置" on the very line where it belongs,
// while row-label (info) called it a local row, and only suppression was offered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, rowValues, toTabs } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const ROW = '| 规章           | 0            | 0            | 0            |';
const rowId = (label) => core.templateOf('2021').tables.t2.blocks.flatMap((b) => b.rows).find((r) => r.label === label).id;

for (const [layout, write] of [['pipe', (t) => t], ['tab-separated', toTabs]]) {
  for (const label of ['部门规章', '地方政府规章', '规章😀👨‍👩‍👧', '规章制度文件']) {
    test(`${layout}: “${label}” in the 规章 row's place is that row: one row-label warning with the fix to 规章, no row-missing`, () => {
      const text = write(edit(CORRECT, ROW, ROW.replace('规章          ', label)));
      const { report, findings } = core.analyze(text);
      assert.deepEqual(findings.map((f) => `${f.ruleId}/${f.severity}`), ['row-label/warning'], findings.map((f) => f.message).join('\n'));
      const [f] = findings;
      assert.match(f.message, new RegExp(`第二十条第（一）项的行标签“${label}”与格式不一致，应为“规章”`));
      assert.doesNotMatch(f.message, /看不见的字符/);
      assert.equal(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), label);
      assert.deepEqual(rowValues(report, 't2', rowId('规章')), [0, 0, 0]);
      const fixed = core.fixAll(text).text;
      assert.deepEqual(core.analyze(fixed).findings, []);
      assert.match(fixed, /^\|? ?规章\s*[|\t]/m);
    });
  }
}

test('words before the label of another row of the item (`部门行政规范性文件`) name that row', () => {
  const text = edit(CORRECT, '| 行政规范性文件 |', '| 部门行政规范性文件 |');
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), ['row-label']);
  assert.match(findings[0].message, /应为“行政规范性文件”/);
  assert.deepEqual(rowValues(report, 't2', rowId('行政规范性文件')), [3, 1, 25]);
});

test('a label that names another row after the words (`行政处罚` under 规章\'s place) is no 规章 row', () => {
  const text = edit(CORRECT, ROW, ROW.replace('规章          ', '本机关行政处罚'));
  const { findings } = core.analyze(text);
  assert.ok(!findings.some((f) => f.ruleId === 'row-label' && /应为“规章”/.test(f.message)), findings.map((f) => f.message).join('\n'));
});
