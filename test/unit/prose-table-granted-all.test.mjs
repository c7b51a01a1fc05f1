// brk128 #10 (a wording without a file): 全部公开, the other name of 予以公开 beside 部分公开 (`全部公开25件`), was
// silent; it is compared as 予以公开 is, and is one of the six results of a complete list (prose-sum).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表三 of the example: 新收 46, 上年结转 2, 办结 47, 予以公开 24.
const APPLY = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
assert.ok(CORRECT.includes(APPLY));
const all = (written) => core.analyze(CORRECT.replace(APPLY, written)).findings;
const found = (written) => all(written).filter((f) => f.ruleId === 'prose-table');

test('全部公开 with its count is compared with 予以公开 and fixed like it', () => {
  const [f, ...rest] = found('全年新收政府信息公开申请46件，上年结转2件，全部公开25件。');
  assert.equal(rest.length, 0);
  assert.deepEqual([f.actual, f.expected, f.data.quantity], [25, 24, 'R3.1']);
  assert.ok(f.fix, 'fixed as 予以公开25件 is');
  const [g] = found('全年新收政府信息公开申请46件，上年结转2件，予以全部公开25件。');
  assert.deepEqual([g.actual, g.expected], [25, 24]);
  // The correct sentences are silent.
  assert.deepEqual(found('全年新收政府信息公开申请46件，上年结转2件，全部公开24件。'), []);
  assert.deepEqual(all('全年新收政府信息公开申请46件，上年结转2件，办结47件，其中全部公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。').filter((x) => x.severity !== 'info'), []);
});

test('全部公开 is one of the six results of a complete list, and no count before it or a negation is read', () => {
  // 23 + 6 + 6 + 7 + 3 + 1 = 46, not 47: the list names all six results, so prose-sum checks it.
  const fs = all('全年新收政府信息公开申请46件，上年结转2件，办结47件，其中全部公开23件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件。');
  assert.ok(fs.some((x) => x.ruleId === 'prose-sum'));
  assert.deepEqual(fs.filter((x) => x.ruleId === 'prose-table').map((x) => [x.actual, x.expected]), [[23, 24]]);
  // After a count, 全部公开 says how those were answered: not a count of 予以公开.
  assert.deepEqual(found('全年新收政府信息公开申请46件，上年结转2件，办结47件，全部公开。'), []);
  assert.deepEqual(found('全年新收政府信息公开申请46件，上年结转2件，未全部公开的23件均已说明理由。'), []);
});
