// prose-table: a count of the agency's own organs (局机关, 我局, 本机关) beside which units under it count the same thing
// (same sentence or later in the paragraph) is the organs' share, not the whole (brk128 #1, brk125 #1).
// `局机关全年收到政府信息公开申请40件，局属单位收到6件，合计46件` was an error "40 与表三不一致（46）" though it adds up.
// Now the share is compared alone (表三 may count the organs only) and with the units' counts added (表三 may count all):
// only a sum that is neither is an error, without a fix; a stated 合计 is compared as the whole.
// Base: examples/correct-2024.nianbao.md (表三 新收 46, 上年结转 2, 予以公开 24).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterT3, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const found = (s) => table(afterT3(CORRECT, s)).map((f) => [f.actual, f.expected, f.severity ?? 'error', !!f.fix]);

test('the organs\' count split with the units\' adds up to 表三: not reported', () => {
  for (const s of [
    '局机关全年收到政府信息公开申请40件，局属单位收到6件，合计46件。',
    '我局收到政府信息公开申请40件，下属单位收到6件。',
    '本年度，局机关收到申请40件，予以公开20件；所属事业单位收到申请6件，予以公开4件。',
    '局机关收到政府信息公开申请40件。县人民医院等局属单位收到申请6件。',
    '局机关收到申请40件；11家委属单位收到申请6件。',
    '局机关予以公开20件，局属单位予以公开4件。',
  ]) assert.deepEqual(found(s), [], s);
});

test('a whole-系统 report splitting the year\'s count between the organs and the units is not reported', () => {
  // (brk125 sys/2023.md's paragraph, with this report's numbers.)
  assert.deepEqual(found('全年全系统共新收政府信息公开申请46件，较上年增加8件，上年结转2件。局机关收到政府信息公开申请40件，予以公开20件；县人民医院等局属单位收到申请6件，予以公开4件。'), []);
  assert.deepEqual(found('全年全系统共新收政府信息公开申请46件。局机关收到申请40件，予以公开20件；局属单位收到申请6件，予以公开4件。'), []);
});

test('a sum or a stated 合计 that contradicts 表三 is still an error', () => {
  // 40 + 7 = 47: neither the organs' 40 nor the sum is 表三's 46 (or 48).
  assert.deepEqual(found('局机关全年收到政府信息公开申请40件，局属单位收到7件。'), [[47, 46, 'error', false]]);
  assert.deepEqual(found('局机关予以公开20件，局属单位予以公开5件。'), [[25, 24, 'error', false]]);
  // A wrong 合计 is the whole, compared as such.
  assert.deepEqual(found('局机关全年收到政府信息公开申请40件，局属单位收到6件，合计47件。').map((f) => f.slice(0, 3)), [[47, 46, 'error']]);
  assert.deepEqual(found('局机关收到申请40件，局属单位收到6件，共收到申请47件。').map((f) => f.slice(0, 3)), [[47, 46, 'error']]);
  // The parts not adding up to a right 合计: the parts' sum is reported.
  assert.deepEqual(found('局机关全年收到政府信息公开申请40件，局属单位收到5件，合计46件。'), [[45, 46, 'error', false]]);
});

test('the organs alone, or their count equal to 表三 beside the units\', are compared as before', () => {
  assert.deepEqual(found('局机关收到申请40件。').map((f) => f.slice(0, 2)), [[40, 46]]);
  assert.deepEqual(found('局机关收到申请46件，局属单位收到6件。'), []);
  // The total first and its split after 其中: silent as before.
  assert.deepEqual(found('全年共收到申请46件，其中局机关收到40件，所属事业单位收到6件。'), []);
});

test('last year\'s count after the split (in a bracket or a comparison) is no unit\'s share (brk131 #1)', () => {
  // `与上年（新收40件）相比`: last year's count, once read as a third unit's (40 + 6 + 40 = 86 "与表三不一致").
  for (const s of [
    '局机关全年收到政府信息公开申请40件，局属单位收到6件，合计46件，与上年（新收40件）相比增加6件。',
    '局机关全年收到政府信息公开申请40件，局属单位收到6件，与上年（新收40件）相比增加6件。',
    '局机关全年收到政府信息公开申请40件，局属单位收到6件，较上年的新收40件增加6件。',
  ]) assert.deepEqual(found(s), [], s);
  // The units' wrong count is still said, the bracket aside.
  assert.deepEqual(found('局机关全年收到政府信息公开申请40件，局属单位收到7件，与上年（新收40件）相比增加7件。'), [[47, 46, 'error', false]]);
});
