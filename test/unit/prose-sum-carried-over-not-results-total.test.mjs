// brk134 #1: a count carried over to next year (`结转下年度继续办理1件`) ending the sentence before a list of 办理结果
// (`办理结果为：`, `从办理结果看：`) is not the total the results split — the count concluded before it is. prose-sum
// gave a warning on a correct report, taking 1 for the total; it now checks the list against the count concluded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表三 of the example: 新收 46, 上年结转 2, 予以公开 24, 部分公开 6, 不予公开 6, 无法提供 7, 不予处理 3, 其他处理 1,
// （七）总计 47, 结转下年度 1.
const T4_PROSE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const sumOf = (s) => core.analyze(edit(CORRECT, T4_PROSE, `${T4_PROSE}\n\n${s}`)).findings.filter((f) => f.ruleId === 'prose-sum');
const SENTENCE = '全年新收政府信息公开申请46件，加上上年结转2件，本年办理完毕47件，结转下年度继续办理1件。';
const RESULTS = (other) => `予以公开24件，部分公开6件，不予公开6件，无法提供7件，不予处理3件，其他处理${other}件。`;

test('a 结转下年度 count before 办理结果为 / 从办理结果看 is not taken as the total of the results', () => {
  for (const opener of ['办理结果为：', '从办理结果看：', '从办理结果看，']) {
    for (const gap of ['\n\n', '']) {
      const s = `${SENTENCE}${gap}${opener}${RESULTS(1)}`;
      assert.deepEqual(sumOf(s).map((f) => f.message), [], s);
    }
  }
  // Other words for the applications not concluded.
  for (const pending of ['结转至2025年继续办理1件', '尚有1件正在办理', '转入下一年度办理1件']) {
    const s = `全年新收政府信息公开申请46件，加上上年结转2件，本年办理完毕47件，${pending}。办理结果为：${RESULTS(1)}`;
    assert.deepEqual(sumOf(s).map((f) => f.message), [], s);
  }
});

test('the list is checked against the count concluded before the 结转 count instead', () => {
  const s = `${SENTENCE}\n\n办理结果为：${RESULTS(2)}`;
  const found = sumOf(s);
  assert.deepEqual(found.map((f) => [f.actual, f.expected]), [[47, 48]], s);
  assert.match(found[0].message, /总数写为 47件/);
});
