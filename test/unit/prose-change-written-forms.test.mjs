// prose-change: forms of a change against last year that were not read (brk128 #3–#6, brk125 #5). Base:
// examples/correct-2024.nianbao.md (新收 46, 上年结转 2, 办结 47), and the same report made last year's with 新收 40
// (新收 + 上年结转 42, 办结 47).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, lastYearOfCorrect, proseChangeSaid } from '../helpers.mjs';

const LAST = lastYearOfCorrect();
const said = proseChangeSaid;

test('brk128 #3: the second change of a sentence, and changes after 分别, are checked against last year', () => {
  assert.deepEqual(said('全年新收政府信息公开申请46件，同比增长15%；办结47件，同比增长20%。'),
    ['“同比增长20%”：办理结果总计本年为 47，上年（2023 年度）报告中为 47，(47 − 47) / 47 = 0.0%，应为与上年持平，正文写增长 20%。请核对这几个数。']);
  assert.equal(said('全年新收政府信息公开申请46件，同比增长15%。办结47件，同比增长20%。').length, 1);
  assert.deepEqual(said('全年新收政府信息公开申请46件，办结47件，分别同比增长15%、20%。'),
    ['“分别同比增长15%、20%”：办理结果总计本年为 47，上年（2023 年度）报告中为 47，(47 − 47) / 47 = 0.0%，应为与上年持平，正文写增长 20%。请核对这几个数。']);
  assert.match(said('全年新收政府信息公开申请46件，办结47件，较上年分别增长20%和0%。')[0] ?? '', /新收申请本年为 46，上年（2023 年度）报告中为 40，\(46 − 40\) \/ 40 = 15\.0%，应为增长 15\.0%，正文写增长 20%/);
  assert.deepEqual(said('全年新收政府信息公开申请46件，同比增长15%；办结47件，与上年持平。'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件，办结47件，分别同比增长15%、0%。'), []);
  // Without last year's report nothing can be checked.
  assert.deepEqual(said('全年新收政府信息公开申请46件，同比增长15%；办结47件，同比增长20%。', null), []);
});

test('brk128 #4: last year\'s count written in the sentence is checked against last year\'s report', () => {
  assert.deepEqual(said('全年新收政府信息公开申请46件，较上年的36件增加10件，增长27.8%。'),
    ['“较上年的36件增加10件，增长27.8%”：正文写上年为 36件，但新收申请本年为 46，上年（2023 年度）报告中为 40，按上年报告应为增加 6件、增长 15.0%。请核对上年的数（或两年表格中的这个数）。']);
  assert.match(said('全年新收政府信息公开申请46件，较上年（36件）增加10件。')[0] ?? '', /正文写上年为 36件，但新收申请本年为 46，上年（2023 年度）报告中为 40，按上年报告应为增加 6件/);
  assert.match(said('全年新收政府信息公开申请46件，同比增加10件（上年为36件）。')[0] ?? '', /正文写上年为 36件/);
  assert.deepEqual(said('全年新收政府信息公开申请46件，较上年的40件增加6件，增长15%。'), []);
  // Another year than last is not checked against last year's report; without it the written count is used.
  assert.deepEqual(said('全年新收政府信息公开申请46件，比2022年的36件增加10件，增长27.8%。'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件，较上年的36件增加10件，增长27.8%。', null), []);
});

test('brk128 #5: 与上年（N件）持平 is checked against the count in brackets', () => {
  assert.deepEqual(said('全年新收政府信息公开申请46件，与上年（40件）持平。', null),
    ['“与上年（40件）持平”：本年 46件，上年 40件，是增加了 6件，正文却说与上年持平。请核对这几个数。']);
  assert.match(said('全年新收政府信息公开申请46件，与上年（46件）持平。')[0] ?? '', /正文写上年为 46件，但新收申请本年为 46，上年（2023 年度）报告中为 40，按上年报告应为增加 6件/);
  assert.deepEqual(said('全年新收政府信息公开申请46件，与上年（46件）持平。', null), []);
});

test('brk128 #6: 增幅 / 降幅 alone, and after 有所增长, is a rate against last year', () => {
  assert.deepEqual(said('全年新收政府信息公开申请46件，增幅25%。'),
    ['“增幅25%”：新收申请本年为 46，上年（2023 年度）报告中为 40，(46 − 40) / 40 = 15.0%，应为增长 15.0%，正文写增长 25%。请核对这几个数。']);
  assert.match(said('全年新收政府信息公开申请46件，较上年有所增长，增幅为25%。')[0] ?? '', /\(46 − 40\) \/ 40 = 15\.0%，应为增长 15\.0%，正文写增长 25%/);
  assert.deepEqual(said('全年新收政府信息公开申请46件，增幅15%。'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件，较上年有所增长，增幅为15%。'), []);
});

// (The bracket says the count holds the carried-over ones: it is read as 新收 + 上年结转 alone, so no reading is named.)
test('brk125 #5: （含上年结转N件） between the count and its change is passed over', () => {
  assert.deepEqual(said('全年受理政府信息公开申请48件（含上年结转2件），较上年增加9件。'),
    ['“较上年增加9件”：新收与上年结转申请之和本年为 48，上年（2023 年度）报告中为 42，48 − 42 = 6，应为增加 6件，正文写增加 9件。请改正增减数（或核对两年表格中的这个数）。']);
  assert.deepEqual(said('全年受理政府信息公开申请48件（含上年结转2件），较上年增加6件。'), []);
});

// `（按新收计）` after the change says which count it is of (the correct prov/2020 of brk125: 428件（含上年结转30件），
// 较上年增加18件（按新收计）, 398 − 380 = 18). Last year's report here with no carry-over: 新收 40, 新收 + 上年结转 40.
const R2 = '| 二、上年结转政府信息公开申请数量                                         | 2      | 0        | 0        | 0            | 0            | 0    | 2    |';
const LAST_NO_CARRY = LAST.replace(R2, R2.replace('| 2      |', '| 0      |').replace('| 2    |', '| 0    |'));

test('brk125 #5: a change said to be of the new applications (按新收计) is checked as 新收\'s', () => {
  assert.ok(LAST.includes(R2) && LAST_NO_CARRY !== LAST);
  const last = core.parseReport(LAST_NO_CARRY);
  assert.deepEqual(said('全年受理政府信息公开申请48件（含上年结转2件），较上年增加6件（按新收计）。', last), []);
  assert.deepEqual(said('全年受理政府信息公开申请48件（含上年结转2件），较上年增加8件。', last), []);
  assert.deepEqual(said('全年受理政府信息公开申请48件（含上年结转2件），较上年增加8件（按新收计）。', last),
    ['“较上年增加8件”：新收申请本年为 46（正文写明按新收计），上年（2023 年度）报告中为 40，46 − 40 = 6，应为增加 6件，正文写增加 8件。请改正增减数（或核对两年表格中的这个数）。']);
});
