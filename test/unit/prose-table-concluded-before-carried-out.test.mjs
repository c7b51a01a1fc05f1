// brk134 #2: a count carried over to next year after a 办结 count (`另有1件因在法定答复期内结转至2025年办理`) is the
// applications not concluded, not another part of those concluded: it no longer hides a 办结 count that contradicts 表三.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表三 of the example: 新收 46, 上年结转 2, （七）总计 47, 结转下年度 1.
const T4_PROSE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const tableOf = (s) => core.analyze(edit(CORRECT, T4_PROSE, `${T4_PROSE}\n\n${s}`)).findings.filter((f) => f.ruleId === 'prose-table');

test('a 办结 count followed by 另有N件…结转下年度 is still compared with 表三', () => {
  for (const rest of ['另有1件因在法定答复期内结转至2025年办理', '另有1件因在法定答复期内，结转至2025年办理', '另有1件结转下年度继续办理']) {
    for (const rate of ['', '，办结率95.8%']) {
      const s = `全年共收到政府信息公开申请46件。加上上年结转的2件，共需处理48件，已办结46件${rate}，${rest}。`;
      const found = tableOf(s).filter((f) => f.actual === 46 && f.expected === 47);
      assert.equal(found.length, 1, s);
    }
  }
  // The right count gives nothing.
  assert.deepEqual(tableOf('全年共收到政府信息公开申请46件。加上上年结转的2件，共需处理48件，已办结47件，另有1件因在法定答复期内结转至2025年办理。').map((f) => f.message), []);
});

test('another count concluded beside it still makes a smaller 办结 count a part', () => {
  assert.deepEqual(tableOf('全年共收到政府信息公开申请46件。加上上年结转的2件，及时办结45件，另有2件延期办结。').filter((f) => f.actual === 45).map((f) => f.message), []);
});
