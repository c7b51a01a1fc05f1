// brk130 #10: approximate counts said what they allow backwards. 逾/超过/超/多于 mean MORE than the number (逾90件: 90
// itself does not fit), 不足/不到/少于 FEWER than it; 以上/不少于 and 以下/不超过/不多于 include it. The message says the
// bound as written (`多于 90 的数`, `少于 80 的数`), and 不超过80件 is at most 80, not at least.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表二 of the example: 行政处罚 本年处理决定数量 86.
const END = '现行有效25件。';
assert.ok(CORRECT.includes(END));
const found = (s) => core.analyze(CORRECT.replace(END, END + s)).findings.filter((f) => f.ruleId === 'prose-table');

test('逾/超过/不足/不到 are strict bounds, said as written', () => {
  for (const [s, allows] of [
    ['全年作出行政处罚决定逾90件。', '而正文说的是多于 90 的数'],
    ['全年作出行政处罚决定不足80件。', '而正文说的是少于 80 的数'],
    ['全年作出行政处罚决定逾86件。', '而正文说的是多于 86 的数'],
    ['全年作出行政处罚决定超过86件。', '而正文说的是多于 86 的数'],
    ['全年作出行政处罚决定不到86件。', '而正文说的是少于 86 的数'],
    ['全年作出行政处罚决定少于86件。', '而正文说的是少于 86 的数'],
    ['全年作出行政处罚决定多于90件。', '而正文说的是多于 90 的数'],
  ]) {
    const fs = found(s);
    assert.equal(fs.length, 1, `${s}: ${fs.map((f) => f.message).join('\n')}`);
    assert.ok(fs[0].message.includes(`表二的行政处罚本年处理决定数量为 86，${allows}`), fs[0].message);
    assert.equal(fs[0].fix, undefined, s);
  }
  const [en] = core.analyze(CORRECT.replace(END, END + '全年作出行政处罚决定逾90件。'), { locale: 'en' }).findings.filter((f) => f.ruleId === 'prose-table');
  assert.match(en.message, /means a number more than 90\./);
});

test('以上/以下/不少于/不超过 include the number; 不超过 is an upper bound', () => {
  for (const s of ['全年作出行政处罚决定86件以上。', '全年作出行政处罚决定86件以下。', '全年作出行政处罚决定不少于86件。', '全年作出行政处罚决定不超过86件。', '全年作出行政处罚决定逾85件。', '全年作出行政处罚决定不足87件。']) {
    assert.deepEqual(found(s), [], s);
  }
  const [f, ...rest] = found('全年作出行政处罚决定不超过80件。');
  assert.equal(rest.length, 0);
  assert.ok(f.message.includes('而正文说的是不多于 80 的数'), f.message);
  const [g] = found('全年作出行政处罚决定85件以下。');
  assert.ok(g.message.includes('而正文说的是不多于 85 的数'), g.message);
});
