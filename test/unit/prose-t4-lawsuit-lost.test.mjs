// brk151 #8: 败诉 (a lawsuit lost: the court revoked the act, found it unlawful or ordered it to act) is 表四's 结果纠正 of
// the 行政诉讼 groups, and `被提起行政诉讼2件，败诉1件` was never compared with it. It is now, as `结果纠正1件` is; not after
// 行政复议 (no lawsuit), and not 败诉率, 未败诉 or 无败诉 (no count of it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const MARKER = '## 六、其他需要报告的事项';
const inWu = (text, sentence) => text.replace(MARKER, `${sentence}\n\n${MARKER}`);
// 表四 with one lawsuit filed directly corrected (结果维持 1 → 0, 结果纠正 0 → 1): still adds up.
const T4_ROW = '| 2        | 0        | 1        | 0        | 3    | 1                | 0        | 0        | 1        | 2    |';
const ONE_LOST = CORRECT.replace(T4_ROW, '| 2        | 0        | 1        | 0        | 3    | 0                | 1        | 0        | 1        | 2    |');

test('a count of lawsuits lost that 表四 contradicts is prose-table, against 行政诉讼 结果纠正', () => {
  assert.ok(CORRECT.includes(MARKER) && CORRECT.includes(T4_ROW));
  for (const sentence of ['全年因政府信息公开被提起行政诉讼2件，败诉1件。', '全年因政府信息公开被提起行政诉讼2件，1件败诉。', '全年因政府信息公开被提起行政诉讼2件，败诉案件1件。']) {
    const found = core.analyze(inWu(CORRECT, sentence)).findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['prose-table'], sentence);
    assert.match(found[0].message, /表四的行政诉讼结果纠正为 0，正文写 1/, sentence);
    assert.equal(found[0].fix, undefined, sentence);
  }
  // With the table saying one was corrected, 败诉0件 is the wrong one.
  const [f] = core.analyze(inWu(ONE_LOST, '全年因政府信息公开被提起行政诉讼2件，败诉0件。')).findings;
  assert.equal(f?.ruleId, 'prose-table');
  assert.match(f.message, /结果纠正为 1，正文写 0/);
});

test('a count of lawsuits lost that 表四 holds, and 败诉 that counts nothing or no lawsuit, give nothing', () => {
  assert.deepEqual(core.analyze(ONE_LOST).findings.map((f) => f.ruleId), []);
  for (const sentence of ['全年因政府信息公开被提起行政诉讼2件，败诉1件。', '全年因政府信息公开被提起行政诉讼2件，1件败诉。']) {
    assert.deepEqual(core.analyze(inWu(ONE_LOST, sentence)).findings.map((f) => f.ruleId), [], sentence);
  }
  for (const sentence of ['全年因政府信息公开被提起行政诉讼2件，败诉0件。', '全年因政府信息公开被提起行政诉讼2件，未发生败诉。', '全年因政府信息公开被提起行政诉讼2件，败诉率为0。', '全年因政府信息公开被申请行政复议3件，败诉1件。', '全年因政府信息公开被提起行政诉讼2件，均未败诉。']) {
    assert.deepEqual(core.analyze(inWu(CORRECT, sentence)).findings.map((f) => f.ruleId), [], sentence);
  }
});
