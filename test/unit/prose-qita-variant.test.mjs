// 其它 for 其他 in prose (breaker15): `其它处理2件` is compared with 表三's （六）其他处理 as `其他处理2件` is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const text = readFileSync(join(ROOT, 'test/data/prose/qita-other-handling.md'), 'utf8');

test('`其它处理2件` against a 表三 其他处理 of 1: the same prose-table error as `其他处理2件`', () => {
  const pick = (t) => core.analyze(t).findings.filter((f) => f.ruleId === 'prose-table').map((f) => f.message.replace(/其[他它]处理/g, '其他处理'));
  assert.ok(text.includes('其它处理2件'));
  const qita = pick(text);
  assert.equal(qita.length, 1);
  assert.match(qita[0], /正文“其他处理2件”与表三不一致/);
  assert.deepEqual(qita, pick(text.replace('其它处理2件', '其他处理2件')));
});
