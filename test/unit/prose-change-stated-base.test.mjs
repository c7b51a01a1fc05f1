// prose-change: last year's count written in the sentence without 比/较 (`46件（上年40件），增长20%`, `46件，上年为40件，
// 增长20%`, `46件，2023年为40件，同比增长20%`) and multiples (`较上年的20件增长1.3倍`, `是上年（20件）的2.3倍`) were not read
// (brk141 #9). Base: examples/correct-2024.nianbao.md (新收 46).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SENT = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const said = (sentence, previous = null) => {
  assert.ok(CORRECT.includes(SENT));
  return core.checkReport(core.parseReport(CORRECT.replace(SENT, sentence)), { previous }).filter((f) => f.ruleId === 'prose-change').map((f) => f.message);
};

test('brk141 #9: last year\'s count in brackets or in a clause of its own is checked with the rate or amount after it', () => {
  assert.deepEqual(said('全年新收政府信息公开申请46件（上年40件），增长20%。'), ['“（上年40件），增长20%”：(46 − 40) / 40 = 15.0%，正文写增长 20%。请核对这几个数。']);
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年为40件，增长20%。'), ['“上年为40件，增长20%”：(46 − 40) / 40 = 15.0%，正文写增长 20%。请核对这几个数。']);
  assert.deepEqual(said('全年新收政府信息公开申请46件，2023年为40件，同比增长20%。'), ['“2023年为40件，同比增长20%”：(46 − 40) / 40 = 15.0%，正文写增长 20%。请核对这几个数。']);
  assert.match(said('全年新收政府信息公开申请46件，上年为40件，增加7件。')[0] ?? '', /46 − 40 = 6，正文写增加 7件/);
  assert.match(said('全年新收政府信息公开申请46件，去年为50件，增长8%。')[0] ?? '', /是减少了 4件，正文却说增加（增长）/);
  assert.equal(said('全年新收政府信息公开申请46件，上年为40件，增加6件，增长20%。').length, 1);
  // Right as written: nothing.
  for (const ok of ['全年新收政府信息公开申请46件（上年40件），增长15%。', '全年新收政府信息公开申请46件，上年为40件，增长15%。',
    '全年新收政府信息公开申请46件，2023年为40件，同比增长15%。', '全年新收政府信息公开申请46件，上年为40件，增加6件，增长15%。',
    '全年新收政府信息公开申请46件，上年为50件，下降8%。', '全年新收政府信息公开申请46件，2023年为40件，增幅15%。',
    // Not last year's count: the carried-over, or the report's own year.
    '全年新收政府信息公开申请46件，上年结转2件，增长20%。', '全年新收政府信息公开申请46件，2024年为40件，增长20%。']) assert.deepEqual(said(ok), [], ok);
});

test('brk141 #9: a multiple is checked against both counts (增长X倍 read either way, 是X倍 as the ratio)', () => {
  assert.deepEqual(said('全年新收政府信息公开申请46件，是上年（20件）的3.3倍。'), ['“是上年（20件）的3.3倍”：46 / 20 = 2.3，应为是上年的 2.3 倍（即增长 1.3 倍），正文写 3.3倍。请核对这几个数。']);
  assert.deepEqual(said('全年新收政府信息公开申请46件，较上年的20件增长3倍。'), ['“较上年的20件增长3倍”：(46 − 20) / 20 = 1.3，应为增长 1.3 倍（即是上年的 2.3 倍），正文写增长 3倍。请核对这几个数。']);
  assert.equal(said('全年新收政府信息公开申请46件，是2023年20件的1.3倍。').length, 1);
  assert.equal(said('全年新收政府信息公开申请46件（上年20件），增长3.3倍。').length, 1);
  for (const ok of ['全年新收政府信息公开申请46件，较上年的20件增长1.3倍。', '全年新收政府信息公开申请46件，是上年（20件）的2.3倍。',
    // 增长2.3倍 for 2.3 times: a loose usage many reports have; both readings are allowed.
    '全年新收政府信息公开申请46件，较上年的20件增长2.3倍。', '全年新收政府信息公开申请46件，较上年的20件增长了1倍。',
    '全年新收政府信息公开申请46件，是上年20件的2.3倍。', '全年新收政府信息公开申请46件，是上年（50件）的0.9倍。']) assert.deepEqual(said(ok), [], ok);
});

test('brk141 #9: last year\'s count written so is checked against last year\'s report too', () => {
  const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
  const last = CORRECT.replaceAll('2024', '2023').replace(R1, R1.replace('| 40     |', '| 34     |').replace('| 46   |', '| 40   |'));
  assert.ok(CORRECT.includes(R1) && last !== CORRECT);
  const previous = core.parseReport(last);
  assert.match(said('全年新收政府信息公开申请46件，上年为36件，增长27.8%。', previous)[0] ?? '', /正文写上年为 36件，但新收申请本年为 46，上年（2023 年度）报告中为 40，按上年报告应为增长 15\.0%/);
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年为40件，增长15%。', previous), []);
});

test('brk141 #9: 有所增加 / 有所减少 after last year\'s count in the sentence is checked for its direction', () => {
  assert.deepEqual(said('全年新收政府信息公开申请46件，较上年的50件有所增加。'), ['“较上年的50件有所增加”：本年 46件，上年 50件，是减少了 4件，正文却说增加（增长）。请核对这几个数。']);
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年为40件，有所减少。'), ['“上年为40件，有所减少”：本年 46件，上年 40件，是增加了 6件，正文却说减少（下降）。请核对这几个数。']);
  assert.equal(said('全年新收政府信息公开申请46件（上年50件），略有增长。').length, 1);
  for (const ok of ['全年新收政府信息公开申请46件，较上年的40件有所增加。', '全年新收政府信息公开申请46件（上年50件），有所下降。',
    // Without last year's count in the sentence nothing is said.
    '全年新收政府信息公开申请46件，较上年有所减少。']) assert.deepEqual(said(ok), [], ok);
});
