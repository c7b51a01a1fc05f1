// A received count (`收到`, `受理`, `办理`) may mean 新收 or 新收 + 上年结转 in real reports. When the sentence counts
// 上年结转 apart from it (`收到申请48件，上年结转2件`, `上年结转2件，本年收到48件`), the count is 新收 alone: 48
// against 新收 46 is an error, though 46 + 2 = 48. 结转 that is part of it (`其中`, `（含…）`, `共受理`) or a
// sentence that also names 新收 keeps both readings.
// Base: examples/correct-2024.nianbao.md (表三 新收 46, 上年结转 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const OPENING = '全年新收政府信息公开申请46件，上年结转2件；';
const table = (sentence) => only(edit(CORRECT, OPENING, sentence), 'prose-table').found;

test('上年结转 counted apart, after or before: 收到/受理/接到 48 is 新收 alone and disagrees with 46', () => {
  for (const s of [
    '全年共收到政府信息公开申请48件，上年结转2件；',
    '全年受理政府信息公开申请48件，另有上年结转2件；',
    '上年结转2件，本年收到政府信息公开申请48件；',
    '全年接到政府信息公开申请48件，上年结转的申请2件；',
  ]) {
    const [f, ...rest] = table(s);
    assert.deepEqual(rest, [], s);
    assert.ok(f, s);
    assert.deepEqual([f.actual, f.expected, f.data.quantity], [48, 46, 'R1'], s);
  }
});

test('the same sentences with 46 agree', () => {
  for (const s of ['全年共收到政府信息公开申请46件，上年结转2件；', '上年结转2件，本年收到政府信息公开申请46件；']) assert.deepEqual(table(s), [], s);
});

test('上年结转 as a part of the count (其中, （含…）, 共受理 after it) or 新收 named too: 48 is 新收 + 上年结转 and agrees', () => {
  for (const s of [
    '全年共收到政府信息公开申请48件（含上年结转2件）；',
    '全年共收到政府信息公开申请48件，其中上年结转2件；',
    '全年共收到政府信息公开申请48件，其中新收46件、上年结转2件；',
    '上年结转2件，本年共受理政府信息公开申请48件；',
    '共受理政府信息公开申请48件，上年结转2件，新收46件；',
  ]) assert.deepEqual(table(s), [], s);
});
