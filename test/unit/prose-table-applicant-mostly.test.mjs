// brk128 #10 (a wording without a file): a kind of applicant said to be the most with its count next
// (`申请人以自然人为主，共41件`, `以法人或其他组织为主，共7件`) was silent; the count is that column's, as in `自然人申请41件`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表三 of the example: 新收 46 (自然人 40, 法人或其他组织 6), 上年结转 2 (自然人 2).
const APPLY = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
assert.ok(CORRECT.includes(APPLY));
const found = (written) => core.analyze(CORRECT.replace(APPLY, written)).findings.filter((f) => f.ruleId === 'prose-table');

test('a kind of applicant said to be the most, with its count next, is compared with its column', () => {
  const [f, ...rest] = found('全年新收政府信息公开申请46件，申请人以自然人为主，共41件。');
  assert.equal(rest.length, 0);
  assert.deepEqual([f.actual, f.expected, f.data.quantity], [41, 40, 'natural:R1']);
  const [g] = found('全年新收政府信息公开申请46件，其中自然人申请最多，为41件。');
  assert.deepEqual([g.actual, g.expected], [41, 40]);
  const [h] = found('全年新收政府信息公开申请46件，以法人或其他组织为主，共7件。');
  assert.deepEqual([h.actual, h.expected], [7, 6]);
  // The correct sentences, and the same words without the column's count, are silent.
  assert.deepEqual(found('全年新收政府信息公开申请46件，申请人以自然人为主，共40件。'), []);
  assert.deepEqual(found('全年新收政府信息公开申请46件，上年结转2件，申请人以自然人为主，共42件。'), []);
  assert.deepEqual(found('全年新收政府信息公开申请46件，以法人或其他组织为主，共6件。'), []);
  assert.deepEqual(found('全年新收政府信息公开申请46件，申请人以自然人为主，占87%。'), []);
  assert.deepEqual(found('全年新收政府信息公开申请46件，申请人以自然人为主，共收到申请46件。'), []);
});
