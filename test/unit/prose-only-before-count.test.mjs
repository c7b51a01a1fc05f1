// brk151 #6: 仅/仅有/只有 before a count (`予以公开仅12件`, `收到申请仅30件`, `被申请行政复议仅1件`) hid it from prose-table:
// the same sentences without 仅 were errors. The word says the count is small, not that it is a part: compared as the
// count alone is, in 一（二） and in 五 alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3_SENTENCE = '结转下年度继续办理1件。';
const after = (sentence) => CORRECT.replace(T3_SENTENCE, `${T3_SENTENCE}\n\n${sentence}`);
const brief = (text) => core.analyze(text).findings.map((f) => [f.ruleId, f.actual, f.expected]);

test('a count after 仅, 仅有, 只有 that 表三 or 表四 contradicts is prose-table', () => {
  assert.ok(CORRECT.includes(T3_SENTENCE));
  for (const only of ['仅', '仅有', '只有', '仅为']) {
    const found = brief(after(`全年办结申请47件，予以公开${only}12件。全年收到政府信息公开申请${only}30件。全年被申请行政复议${only}1件。`));
    assert.deepEqual(found.map(([r]) => r), ['prose-table', 'prose-table', 'prose-table'], only);
    assert.deepEqual(found.map(([, a, e]) => [a, e]), [[12, 24], [30, 46], [1, 3]], only);
  }
  // In 五 too, and fixed as the count alone is.
  const wu = '一是依申请公开办理质量有待提升，全年办结政府信息公开申请47件，予以公开仅12件，公开比例偏低。';
  const marker = '## 六、其他需要报告的事项';
  assert.ok(CORRECT.includes(marker));
  const text = CORRECT.replace(marker, `${wu}\n\n${marker}`);
  const found = core.analyze(text).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['prose-table']);
  assert.equal(found[0].fix?.edits[0].newText, '24');
});

test('the same counts right after 仅 give nothing', () => {
  assert.deepEqual(brief(after('全年办结申请47件，予以公开仅24件。全年收到政府信息公开申请仅46件。全年被申请行政复议仅3件。')), []);
});
