// prose-table: the count received in short words (全年收到申请178件, 本年度共受理180件) is compared with 表三 under an
// unnumbered Markdown heading of section 一 naming 依申请公开 (`### 依申请公开情况`, `#### 依申请公开`), up to the next
// heading, as under the bold line `**依申请公开情况**`. A heading that names something else (`### 政务热线`,
// `### 信访工作`) opens no such scope, and a 受理 after a 信访 count stays silent under either.
// Input: breaker40's correct report A (test/fixtures/reports/breaker40-a-2024.md: 表三 新收 177, 上年结转 4) with its
// line 7 (the sentence under ## 一、总体情况) replaced by a heading and the sentence under it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, proseBrief as brief, proseTableOf as table } from '../helpers.mjs';

const A = readFileSync(join(ROOT, 'test/fixtures/reports/breaker40-a-2024.md'), 'utf8');
/** Report A with line 7 replaced by `lines` (joined by blank lines). */
function input(...lines) {
  const all = A.split('\n');
  all[6] = lines.join('\n\n');
  return all.join('\n');
}

const WRONG = [
  // [sentence, the count as written]
  ['全年收到申请178件。', 178],
  ['本年度共受理180件。', 180],
];

test('a short count received under an unnumbered Markdown heading on 依申请公开 (### 依申请公开情况, #### 依申请公开) is compared with 表三', () => {
  for (const heading of ['### 依申请公开情况', '#### 依申请公开', '### 依申请公开工作', '<h3>依申请公开情况</h3>']) {
    for (const [sentence, actual] of WRONG) {
      const text = input(heading, sentence);
      const found = table(text);
      assert.deepEqual(found.map((f) => brief(f).slice(0, 4)), [[actual, 177, 'R1', 'error']], `${heading} / ${sentence}`);
      assert.equal(text.split('\n')[found[0].range.start.line], sentence, 'on the sentence’s line, below the heading');
    }
    // The right count stays silent.
    assert.deepEqual(table(input(heading, '全年收到申请177件。')).map(brief), [], heading);
  }
});

test('under an unnumbered heading on something else (### 政务热线, ### 信访工作) the short count received stays silent', () => {
  for (const heading of ['### 政务热线', '### 信访工作', '### 主动公开情况']) {
    for (const [sentence] of WRONG) assert.deepEqual(table(input(heading, sentence)).map(brief), [], `${heading} / ${sentence}`);
  }
});

test('under ### 依申请公开情况 a 信访 受理 stays silent, and the next heading ends the scope', () => {
  for (const heading of ['### 依申请公开情况', '#### 依申请公开']) {
    assert.deepEqual(table(input(heading, '全年收到群众信访来信30封，受理25件。')).map(brief), [], heading);
    // The paragraph under the next heading (### 政务热线) is no longer about 依申请公开.
    assert.deepEqual(table(input(heading, '本机关依法办理申请。', '### 政务热线', '全年收到申请178件。')).map(brief), [], heading);
    // A second paragraph under the same heading still is.
    assert.deepEqual(table(input(heading, '本机关依法办理。', '全年收到申请178件。')).map((f) => brief(f).slice(0, 2)), [[178, 177]], heading);
  }
});

test('an unnumbered 依申请公开 heading outside section 一 (under 六、其他需要报告的事项) opens no such scope', () => {
  const text = A.replace('本年度未收取信息处理费。', '### 依申请公开情况\n\n全年收到申请178件。');
  assert.notEqual(text, A);
  assert.deepEqual(table(text).map(brief), []);
});
