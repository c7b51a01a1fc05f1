// prose-change with last year's report (brk99 #1): a rate written without last year's count (`新收46件，同比增长25%`)
// is checked against last year's table when the check has last year's report (found beside the file or --previous):
// (46 − 40) / 40 = 15%. Without last year's report, or for a count the table does not hold, nothing is said.
// Base: examples/correct-2024.nianbao.md (新收 46), and the same report made last year's with 新收 40. The second test guards what held before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
/** Last year's report: the same agency's for 2023, 新收 40 (自然人 34). */
const LAST = CORRECT.replaceAll('2024', '2023').replace(R1, R1.replace('| 40     |', '| 34     |').replace('| 46   |', '| 40   |'));
const FROM = '全年新收政府信息公开申请46件，';
const changes = (words, previous = core.parseReport(LAST)) => {
  assert.ok(CORRECT.includes(FROM) && LAST !== CORRECT);
  const text = CORRECT.replace(FROM, `全年新收政府信息公开申请46件，${words}`);
  return core.checkReport(core.parseReport(text), { previous }).filter((f) => f.ruleId === 'prose-change').map((f) => f.message);
};

test('the report of last year reads 新收 40: 同比增长15% holds, 25% and 下降15% are said', () => {
  assert.equal(core.parseReport(LAST).year, 2023);
  assert.deepEqual(changes('同比增长15%，'), []);
  assert.deepEqual(changes('较上年增长15.0%，'), []);
  assert.deepEqual(changes('同比增长25%，'), ['“同比增长25%”：新收申请本年为 46，上年（2023 年度）报告中为 40，(46 − 40) / 40 = 15.0%，应为增长 15.0%，正文写增长 25%。请核对这几个数。']);
  // The wrong direction is said as the right one, as for an amount (`应为增加 6件`; brk121 #11).
  assert.deepEqual(changes('同比下降15%，'), ['“同比下降15%”：新收申请本年为 46，上年（2023 年度）报告中为 40，(46 − 40) / 40 = 15.0%，应为增长 15.0%，正文写下降 15%。请核对这几个数。']);
});

test('without the report of last year, or when the prose count is not the one of the table, a rate alone is not checked', () => {
  assert.deepEqual(changes('同比增长25%，', null), []);
  const text = CORRECT.replace(FROM, '全年新收政府信息公开申请47件，同比增长25%，');
  assert.deepEqual(core.checkReport(core.parseReport(text), { previous: core.parseReport(LAST) }).filter((f) => f.ruleId === 'prose-change'), []);
});

// brk112 #2: `收到` / `受理` may mean 新收 or 新收 + 上年结转 (prose-table reads both). The rate is checked when the reading
// is certain: this year's count is one of the two (46 is 新收, 48 新收 + 上年结转 2), or both readings agree in both years
// (no carry-over in either); the message says which reading was used. Otherwise nothing is said.
const SENT = '全年新收政府信息公开申请46件，上年结转2件；';
const R2 = '| 二、上年结转政府信息公开申请数量                                         | 2      | 0        | 0        | 0            | 0            | 0    | 2    |';
const NO_CARRY = (text) => text.replace(R2, R2.replace('| 2      |', '| 0      |').replace('| 2    |', '| 0    |'));
const said = (sentence, { now = CORRECT, last = LAST } = {}) => {
  assert.ok(now.includes(SENT) && CORRECT.includes(R2) && NO_CARRY(CORRECT) !== CORRECT);
  const text = now.replace(SENT, sentence);
  return core.checkReport(core.parseReport(text), { previous: last && core.parseReport(last) }).filter((f) => f.ruleId === 'prose-change').map((f) => f.message);
};

test('收到/受理 with a rate alone: checked against last year under the reading this year\'s table gives it, which the message names', () => {
  assert.deepEqual(said('全年收到政府信息公开申请46件，同比增长25%；'), ['“同比增长25%”：新收申请本年为 46（正文的数按此读：本年表三中新收与上年结转申请之和为 48，不是 46），上年（2023 年度）报告中为 40，(46 − 40) / 40 = 15.0%，应为增长 15.0%，正文写增长 25%。请核对这几个数。']);
  assert.deepEqual(said('全年收到政府信息公开申请46件，同比增长15%；'), []);
  assert.match(said('全年共收到申请46件，比上年增长25%；')[0] ?? '', /新收申请本年为 46.*\(46 − 40\) \/ 40 = 15\.0%/);
  // 48 is 新收 + 上年结转: last year's 40 + 2 = 42, (48 − 42) / 42 = 14.3%.
  assert.deepEqual(said('全年受理政府信息公开申请48件，同比增长20%；'), ['“同比增长20%”：新收与上年结转申请之和本年为 48（正文的数按此读：本年表三中新收申请为 46，不是 48），上年（2023 年度）报告中为 42，(48 − 42) / 42 = 14.3%，应为增长 14.3%，正文写增长 20%。请核对这几个数。']);
  assert.deepEqual(said('全年受理政府信息公开申请48件，同比增长14.3%；'), []);
  // An applicant column under 收到 (the repro of brk112: 自然人 34 → 40).
  assert.match(said('全年收到政府信息公开申请46件，同比增长15%，其中自然人申请40件，同比增长40%；')[0] ?? '', /自然人新收申请本年为 40.*上年（2023 年度）报告中为 34，\(40 − 34\) \/ 34 = 17\.6%，应为增长 17\.6%，正文写增长 40%/);
});

test('收到 with a rate alone: silent when the reading is uncertain, checked when both years agree on both readings', () => {
  // No carry-over this year (46 is both readings), last year 40 or 42: which one is not known.
  assert.deepEqual(said('全年收到政府信息公开申请46件，同比增长25%；', { now: NO_CARRY(CORRECT) }), []);
  // No carry-over in either year: both readings are 46 and 40.
  assert.deepEqual(said('全年收到政府信息公开申请46件，同比增长25%；', { now: NO_CARRY(CORRECT), last: NO_CARRY(LAST) }), ['“同比增长25%”：新收申请本年为 46（正文的数可读作新收申请或新收与上年结转申请之和，两者本年都为 46，上年都为 40），上年（2023 年度）报告中为 40，(46 − 40) / 40 = 15.0%，应为增长 15.0%，正文写增长 25%。请核对这几个数。']);
  // A count that is neither reading, and no report of last year.
  assert.deepEqual(said('全年收到政府信息公开申请47件，同比增长25%；'), []);
  assert.deepEqual(said('全年收到政府信息公开申请46件，同比增长25%；', { last: null }), []);
});

// brk112 #3: a change written as a count alone (`较上年减少6件`, `比上年多5件`, `与上年持平`) is checked against last year's
// report as the rate is: 46 − 40 = 6.
test('a count of change alone is checked against last year: direction and amount, digits or Chinese numerals, 持平', () => {
  for (const ok of ['较上年增加6件；', '比上年增加6件；', '同比增加6件；', '比上年多6件；', '同比增加六件；', '与上年基本持平；', '比上年增加6件，增长15%；']) {
    assert.deepEqual(said(`全年新收政府信息公开申请46件，${ok}`), [], ok);
  }
  assert.deepEqual(said('全年新收政府信息公开申请46件，较上年减少6件；'), ['“较上年减少6件”：新收申请本年为 46，上年（2023 年度）报告中为 40，46 − 40 = 6，应为增加 6件，正文写减少 6件。请改正增减数（或核对两年表格中的这个数）。']);
  assert.deepEqual(said('全年新收政府信息公开申请46件，比上年多5件；'), ['“比上年多5件”：新收申请本年为 46，上年（2023 年度）报告中为 40，46 − 40 = 6，应为增加 6件，正文写增加 5件。请改正增减数（或核对两年表格中的这个数）。']);
  assert.match(said('全年新收政府信息公开申请四十六件，同比增加五件；')[0] ?? '', /46 − 40 = 6，应为增加 6件，正文写增加 5件/);
  assert.match(said('全年新收政府信息公开申请46件，同比少6件；')[0] ?? '', /应为增加 6件，正文写减少 6件/);
  assert.deepEqual(said('全年新收政府信息公开申请46件，与上年持平；'), ['“与上年持平”：新收申请本年为 46，上年（2023 年度）报告中为 40，46 − 40 = 6，应为增加 6件，正文写“与上年持平”。请改正增减数（或核对两年表格中的这个数）。']);
  assert.deepEqual(said('全年新收政府信息公开申请46件，与上年持平；', { last: CORRECT.replaceAll('2024', '2023') }), []);
  // An applicant column: 自然人 34 → 40.
  assert.match(said('全年新收政府信息公开申请46件，其中自然人申请40件，较上年增加4件；')[0] ?? '', /自然人新收申请本年为 40，上年（2023 年度）报告中为 34，40 − 34 = 6，应为增加 6件，正文写增加 4件/);
  // 收到 with a count: as for a rate (46 is 新收 only).
  assert.match(said('全年收到政府信息公开申请46件，较上年增加8件；')[0] ?? '', /新收申请本年为 46（正文的数按此读：.*应为增加 6件，正文写增加 8件/);
  // The amount with a rate in the sentence: against last year's report when there is one (brk116 #4; the amount is
  // right, the rate is named), else its own check (the base is 46 − 6 = 40, worked out from the words).
  assert.deepEqual(said('全年新收政府信息公开申请46件，较上年增加6件，同比增长25%；'), ['“较上年增加6件，同比增长25%”：新收申请本年为 46，上年（2023 年度）报告中为 40，46 − 40 = 6，(46 − 40) / 40 = 15.0%，应为增长 15.0%，正文写增长 25%。请改正增长率（或核对两年表格中的这个数）。']);
  assert.deepEqual(said('全年新收政府信息公开申请46件，较上年增加6件，同比增长25%；', { last: null }), ['“较上年增加6件，同比增长25%”：(46 − 40) / 40 = 15.0%（上年为 46 − 6 = 40），正文写增长 25%。请核对这几个数。']);
});

test('a count of change alone stays silent without last year\'s figure or with an uncertain reading', () => {
  assert.deepEqual(said('全年新收政府信息公开申请46件，较上年减少6件；', { last: null }), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件，与上年持平；', { last: null }), []);
  assert.deepEqual(said('全年收到政府信息公开申请46件，较上年增加8件；', { now: NO_CARRY(CORRECT) }), []);
  // A count the table does not hold (47), and a count that is no table quantity.
  assert.deepEqual(said('全年新收政府信息公开申请47件，较上年减少6件；'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件；全年接待来访群众30人次，较上年减少6人次；'), []);
});

// brk115 #2: a comparison with a year before last (`较2022年增加10件` in the 2024 report) is not one with the report
// beside it (2023's): silent. 比2023年 / 比上年（2023年）are last year's and checked.
test('a change against an earlier year than last is not checked against last year\'s report; 上年（2023年） is', () => {
  for (const earlier of ['较2022年增加10件；', '较2021年增加20件；', '比2022年度增长50%；', '与2022年持平；', '比上年（2022年）增加9件；']) {
    assert.deepEqual(said(`全年新收政府信息公开申请46件，${earlier}`), [], earlier);
  }
  assert.match(said('全年新收政府信息公开申请46件，较2023年增加10件；')[0] ?? '', /46 − 40 = 6，应为增加 6件，正文写增加 10件/);
  assert.match(said('全年新收政府信息公开申请46件，较2023年度增长50%；')[0] ?? '', /\(46 − 40\) \/ 40 = 15\.0%，应为增长 15\.0%，正文写增长 50%/);
  // brk115 #8: 上年 with its year in brackets.
  assert.deepEqual(said('全年新收政府信息公开申请46件，比上年（2023年）增加9件；'), ['“比上年（2023年）增加9件”：新收申请本年为 46，上年（2023 年度）报告中为 40，46 − 40 = 6，应为增加 6件，正文写增加 9件。请改正增减数（或核对两年表格中的这个数）。']);
  assert.deepEqual(said('全年新收政府信息公开申请46件，比上年（2023年）增加6件；'), []);
});

// brk115 #3: a change after 上年结转 listed after the sentence's subject is of the subject (the total or 新收), not of
// 上年结转 (2 this year and last: the old reading said 应为与上年持平).
test('a change after 上年结转 listed with the total or 新收 is not read as 上年结转\'s, count or rate', () => {
  for (const s of ['全年新收政府信息公开申请46件，上年结转2件，同比增加6件；', '全年共收到政府信息公开申请48件，其中本年新收46件、上年结转2件，同比增加6件；',
    '全年新收政府信息公开申请46件，上年结转2件，同比增长15%；']) {
    assert.deepEqual(said(s), [], s);
  }
  // (`与上年持平` is right for 上年结转, 2 both years, but the subject rose by 6: brk121 #9.)
  assert.match(said('全年新收政府信息公开申请46件，上年结转2件，与上年持平；')[0] ?? '', /新收申请本年为 46，上年（2023 年度）报告中为 40，46 − 40 = 6，应为增加 6件，正文写“与上年持平”/);
  // 上年结转 alone in its sentence is still read as itself (2 both years).
  assert.match(said('全年新收政府信息公开申请46件。上年结转2件，同比增加2件；')[0] ?? '', /上年结转申请本年为 2，上年（2023 年度）报告中为 2，2 − 2 = 0，应为与上年持平/);
  // The subject's own change is still checked.
  assert.match(said('全年新收政府信息公开申请46件，同比增加9件，上年结转2件；')[0] ?? '', /应为增加 6件，正文写增加 9件/);
});

// brk115 #8: changes that were missed.
test('missed changes: an amount after a rate, 增幅, 各类, a breakdown in brackets before the change', () => {
  assert.deepEqual(said('全年新收政府信息公开申请46件，同比增长15%，较上年增加7件；', { last: null }), ['“同比增长15%，较上年增加7件”：(46 − 39) / 39 = 17.9%（上年为 46 − 7 = 39），正文写增长 15%。请核对这几个数。']);
  // (With last year's report, 40: the rate is right and the amount is named; brk116 #4.)
  assert.deepEqual(said('全年新收政府信息公开申请46件，同比增长15%，较上年增加7件；'), ['“同比增长15%，较上年增加7件”：新收申请本年为 46，上年（2023 年度）报告中为 40，46 − 40 = 6，(46 − 40) / 40 = 15.0%，应为增加 6件，正文写增加 7件。请改正增减数（或核对两年表格中的这个数）。']);
  assert.deepEqual(said('全年新收政府信息公开申请46件，同比增长15%，较上年增加6件；'), []);
  // (Against two different years: two changes, the rate's checked, the other year's not.)
  assert.deepEqual(said('全年新收政府信息公开申请46件，同比增长15%，较2022年增加10件；'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件，较2023年增长15%，较2023年增加6件；'), []);
  assert.match(said('全年新收政府信息公开申请46件，较2023年增长15%，较2023年增加7件；', { last: null })[0] ?? '', /17\.9%/);
  assert.match(said('全年新收政府信息公开申请46件，较2023年增长15%，较2023年增加7件；')[0] ?? '', /应为增加 6件，正文写增加 7件。请改正增减数/);
  assert.match(said('全年新收政府信息公开申请46件，较上年增加6件，增幅为25%；', { last: null })[0] ?? '', /\(46 − 40\) \/ 40 = 15\.0%（上年为 46 − 6 = 40），正文写增长 25%/);
  assert.match(said('全年新收政府信息公开申请46件，较上年增加6件，增幅为25%；')[0] ?? '', /\(46 − 40\) \/ 40 = 15\.0%，应为增长 15\.0%，正文写增长 25%/);
  assert.match(said('全年新收政府信息公开申请46件，较上年增加6件，增幅25%；')[0] ?? '', /正文写增长 25%/);
  assert.deepEqual(said('全年新收政府信息公开申请46件，较上年增加6件，增幅为15%；'), []);
  assert.match(said('全年新收政府信息公开申请46件，同比增幅为25%；')[0] ?? '', /\(46 − 40\) \/ 40 = 15\.0%，应为增长 15\.0%，正文写增长 25%/);
  assert.match(said('全年新收各类政府信息公开申请46件，较上年增加9件；')[0] ?? '', /新收申请本年为 46，.*应为增加 6件，正文写增加 9件/);
  assert.deepEqual(said('全年新收各类政府信息公开申请46件，同比增长15%；'), []);
  assert.match(said('全年新收政府信息公开申请46件（自然人40件、法人或其他组织6件），较上年增加9件；')[0] ?? '', /新收申请本年为 46，.*应为增加 6件，正文写增加 9件/);
  assert.deepEqual(said('全年新收政府信息公开申请46件（自然人40件、法人或其他组织6件），较上年增加6件；'), []);
  // (The last part in the brackets is not what the change is of; a bracket with a year is last year's count.)
  assert.deepEqual(said('全年新收政府信息公开申请46件（2023年40件），较上年增加6件；'), []);
});

// brk116 #4: an amount and a rate written together with no last year's count agree with each other (46 − 16 = 30,
// 16 / 30 = 53.3%) but not with last year's report (40: 6 and 15%). With last year's figure known (as for an amount or
// a rate alone) the pair is checked against it and the message names each number that is wrong; without it, or with an
// uncertain reading, the pair keeps its own check.
test('an amount and a rate that agree with each other are checked against last year\'s report, naming each that is wrong', () => {
  const both = '“较上年增加16件，增长53.3%”：新收申请本年为 46，上年（2023 年度）报告中为 40，46 − 40 = 6，(46 − 40) / 40 = 15.0%，应为增加 6件、增长 15.0%，正文写增加 16件、增长 53.3%。请改正增减数和增长率（或核对两年表格中的这个数）。';
  assert.deepEqual(said('全年新收政府信息公开申请46件，较上年增加16件，增长53.3%；'), [both]);
  // The rate first, then the amount (f23c), and a pair that disagrees with itself too (增长40%): both named, not the rate only.
  assert.match(said('全年新收政府信息公开申请46件，同比增长53.3%，较上年增加16件；')[0] ?? '', /应为增加 6件、增长 15\.0%，正文写增加 16件、增长 53\.3%。请改正增减数和增长率/);
  assert.match(said('全年新收政府信息公开申请46件，较上年增加16件，增长40%；')[0] ?? '', /应为增加 6件、增长 15\.0%，正文写增加 16件、增长 40%。请改正增减数和增长率/);
  assert.equal(said('全年新收政府信息公开申请46件，较上年增加16件，增长40%；').length, 1);
  // A wrong direction: both wrong.
  assert.match(said('全年新收政府信息公开申请46件，较上年减少6件，下降13%；')[0] ?? '', /应为增加 6件、增长 15\.0%，正文写减少 6件、下降 13%/);
  // 收到: the reading this year's table gives it (46 is 新收), named.
  assert.match(said('全年收到政府信息公开申请46件，同比增加16件，增长53.3%；')[0] ?? '', /新收申请本年为 46（正文的数按此读：.*应为增加 6件、增长 15\.0%/);
  // Right against last year: silent, in either order and with 增幅.
  for (const ok of ['较上年增加6件，增长15%；', '同比增长15%，较上年增加6件；', '较上年增加6件，增幅为15.0%；', '比上年（2023年）增加6件，增长15%；']) {
    assert.deepEqual(said(`全年新收政府信息公开申请46件，${ok}`), [], ok);
  }
  // Without last year's report, an uncertain reading (收到 46 with no carry-over this year), a count the table does not
  // hold (47), or a comparison with an earlier year: the pair's own check only (this pair agrees with itself: silent).
  assert.deepEqual(said('全年新收政府信息公开申请46件，较上年增加16件，增长53.3%；', { last: null }), []);
  assert.deepEqual(said('全年收到政府信息公开申请46件，较上年增加16件，增长53.3%；', { now: NO_CARRY(CORRECT) }), []);
  assert.deepEqual(said('全年新收政府信息公开申请47件，较上年增加16件，增长51.6%；'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件，较2022年增加16件，增长53.3%；'), []);
  // A part (其中网上申请) is not checked against last year.
  assert.deepEqual(said('全年新收政府信息公开申请46件，其中网上申请30件，较上年增加10件，增长50%；'), []);
});

// brk116 #8: the count named again bare before its comparison (`46件，数量较上年增加9件`) was missed, while `较上年增加9件`
// was found. 申请量 / 申请数量 name the applications: read only after an application count. `同比基本持平` stays unread.
test('a bare 数量 / 申请量 / 申请数量 between the count and its comparison', () => {
  for (const named of ['数量', '申请量', '申请数量']) {
    assert.match(said(`全年新收政府信息公开申请46件，${named}较上年增加9件；`)[0] ?? '', /新收申请本年为 46，.*应为增加 6件，正文写增加 9件/, named);
    assert.deepEqual(said(`全年新收政府信息公开申请46件，${named}较上年增加6件；`), [], named);
  }
  assert.match(said('全年新收政府信息公开申请46件，数量同比增长25%；')[0] ?? '', /\(46 − 40\) \/ 40 = 15\.0%，应为增长 15\.0%，正文写增长 25%/);
  assert.match(said('全年新收政府信息公开申请46件，申请量与上年持平；')[0] ?? '', /应为增加 6件，正文写“申请量与上年持平”/);
  assert.match(said('全年新收政府信息公开申请46件，数量较上年增加16件，增长53.3%；')[0] ?? '', /应为增加 6件、增长 15\.0%/);
  assert.match(said('全年新收政府信息公开申请46件，数量比上年的40件增加9件；')[0] ?? '', /46 − 40 = 6，正文写增加 9件/);
  assert.deepEqual(said('全年新收政府信息公开申请46件，数量比上年的40件增加6件；'), []);
  // 申请量 after a count that is not of the applications: the change is of another count, not read.
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件；全年予以公开24件，申请量较上年增加6件；'), []);
  // 基本持平 allows a change: not read.
  assert.deepEqual(said('全年新收政府信息公开申请46件，数量同比基本持平；'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件，同比基本持平；'), []);
});

test('what the count is named again after the comparison: 与上年相比，申请数量增加9件; 同比申请量增长25%', () => {
  assert.match(said('全年新收政府信息公开申请46件，与上年相比，申请数量增加9件；')[0] ?? '', /新收申请本年为 46，.*应为增加 6件，正文写增加 9件/);
  assert.deepEqual(said('全年新收政府信息公开申请46件，与上年相比，申请数量增加6件；'), []);
  assert.match(said('全年新收政府信息公开申请46件，较上年，数量减少3件；')[0] ?? '', /应为增加 6件，正文写减少 3件/);
  assert.match(said('全年新收政府信息公开申请46件，同比申请量增长25%；')[0] ?? '', /\(46 − 40\) \/ 40 = 15\.0%，应为增长 15\.0%，正文写增长 25%/);
  assert.deepEqual(said('全年新收政府信息公开申请46件，同比申请量增长15%；'), []);
  // 申请量 after a count that is not of the applications, named after the comparison too: not read.
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件；全年予以公开24件，与上年相比，申请量增加6件；'), []);
});

test('a change of the applications in the sentence after their count: 全年新收…46件。与上年相比，申请数量增加9件。', () => {
  assert.match(said('全年新收政府信息公开申请46件。与上年相比，申请数量增加9件；')[0] ?? '', /“与上年相比，申请数量增加9件”：新收申请本年为 46，.*应为增加 6件，正文写增加 9件/);
  assert.match(said('全年新收政府信息公开申请46件。申请数量较上年增加9件；')[0] ?? '', /应为增加 6件，正文写增加 9件/);
  assert.match(said('全年新收政府信息公开申请46件。申请量同比下降15%；')[0] ?? '', /\(46 − 40\) \/ 40 = 15\.0%，应为增长 15\.0%，正文写下降 15%/);
  assert.deepEqual(said('全年新收政府信息公开申请46件。与上年相比，申请数量增加6件；'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件。申请量同比增长15%；'), []);
  // The count is the sentence's subject, not a part listed after it (自然人 40 against last year's 34 would be +6 too).
  assert.deepEqual(said('全年新收政府信息公开申请46件，其中自然人申请40件。与上年相比，申请数量增加6件；'), []);
  // Not after a count of something else, without a comparison, or against an earlier year than last.
  assert.deepEqual(said('全年予以公开24件。申请数量较上年增加9件；'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件。申请数量增加9件；'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件。申请数量较2022年增加9件；'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件。与上年相比，依申请公开办理更加规范，答复时限缩短9天；'), []);
});

// brk117 #6: the message names the quantity once and says the year once, whatever the table's label holds: not
// `本年行政许可本年处理决定数量为 1318` (表二's column starts with 本年) nor `本年上年结转申请为 2`.
test('the message names the quantity without a second 本年, in both languages', () => {
  const PERMITS = '| 行政许可 | 1520             |';
  const last = LAST.replace(PERMITS, '| 行政许可 | 1400             |');
  const messages = (sentence, locale) => {
    assert.ok(CORRECT.includes(SENT) && LAST.includes(PERMITS) && last !== LAST);
    const text = CORRECT.replace(SENT, sentence);
    return core.checkReport(core.parseReport(text), { previous: core.parseReport(last), locale }).filter((f) => f.ruleId === 'prose-change').map((f) => f.message);
  };
  const permits = '全年作出行政许可决定1520件，同比增长20%；新收政府信息公开申请46件，上年结转2件；';
  assert.deepEqual(messages(permits, 'zh'), ['“同比增长20%”：行政许可的处理决定数量本年为 1520，上年（2023 年度）报告中为 1400，(1520 − 1400) / 1400 = 8.6%，应为增长 8.6%，正文写增长 20%。请核对这几个数。']);
  assert.deepEqual(messages(permits, 'en'), ['“同比增长20%”: the figure for 行政许可 处理决定数量 is 1520 this year and 1400 in last year\'s (2023) report, (1520 − 1400) / 1400 = 8.6%, so up 8.6%, but the text says up 20%. Check these numbers.']);
  const carried = '全年新收政府信息公开申请46件。上年结转2件，同比增加2件；';
  assert.match(messages(carried, 'zh')[0] ?? '', /：上年结转申请本年为 2，上年（2023 年度）报告中为 2，/);
  assert.match(messages(carried, 'en')[0] ?? '', /: the figure for applications carried over from last year is 2 this year and 2 in last year's \(2023\) report,/);
  const received = '全年收到政府信息公开申请46件，同比增长25%；';
  assert.match(messages(received, 'zh')[0] ?? '', /：新收申请本年为 46（正文的数按此读：本年表三中新收与上年结转申请之和为 48，不是 46），/);
  assert.match(messages(received, 'en')[0] ?? '', /: the figure for new applications is 46 this year \(the text's count read as this: this year's figure for new plus carried-over applications is 48, not 46\) and 40 in/);
});

// brk121 #9: the change after a listed 上年结转 is checked as the subject's: 新收 or the total (both parts are listed, so
// either may be meant); it is said to be wrong only when it is neither, and the message names each reading. Last year
// without carry-over (新收 40, total 40): 新收 46 − 40 = 6, total 48 − 40 = 8.
test('a change after a listed 上年结转 is checked against the subject, 新收 or the total, and said when it is neither', () => {
  const last = NO_CARRY(LAST);
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件，同比增加2件；', { last }), ['“同比增加2件”（说的是句子的主语，不是前面所列的上年结转）：新收申请本年为 46，上年（2023 年度）报告中为 40，46 − 40 = 6；新收与上年结转申请之和本年为 48，上年（2023 年度）报告中为 40，48 − 40 = 8，应为增加 6件或增加 8件，正文写增加 2件。请改正增减数（或核对两年表格中的这个数）。']);
  for (const ok of ['同比增加6件；', '同比增加8件；', '同比增长15%；', '同比增长20%；', '较上年增加8件；']) {
    assert.deepEqual(said(`全年新收政府信息公开申请46件，上年结转2件，${ok}`, { last }), [], ok);
    assert.deepEqual(said(`全年共收到政府信息公开申请48件，其中本年新收46件、上年结转2件，${ok}`, { last }), [], ok);
  }
  assert.match(said('全年新收政府信息公开申请46件，上年结转2件，同比增长25%；', { last })[0] ?? '', /\(46 − 40\) \/ 40 = 15\.0%；新收与上年结转申请之和本年为 48，.*\(48 − 40\) \/ 40 = 20\.0%，应为增长 15\.0%或增长 20\.0%，正文写增长 25%/);
  assert.match(said('全年新收政府信息公开申请46件，上年结转2件，与上年持平；', { last })[0] ?? '', /应为增加 6件或增加 8件，正文写“与上年持平”/);
  assert.match(said('全年共收到政府信息公开申请48件，其中本年新收46件、上年结转2件，同比增加2件；', { last })[0] ?? '', /应为增加 6件或增加 8件，正文写增加 2件/);
  // Carry-over 2 in both years: both readings rose by 6, one is named (the subject's). 8 is wrong then (48 − 42).
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件，同比增加2件；'), ['“同比增加2件”（说的是句子的主语，不是前面所列的上年结转）：新收申请本年为 46，上年（2023 年度）报告中为 40，46 − 40 = 6，应为增加 6件，正文写增加 2件。请改正增减数（或核对两年表格中的这个数）。']);
  assert.match(said('全年共收到政府信息公开申请48件，其中本年新收46件、上年结转2件，同比增加8件；')[0] ?? '', /新收与上年结转申请之和本年为 48，上年（2023 年度）报告中为 42，48 − 42 = 6，应为增加 6件，正文写增加 8件/);
  // An amount and a rate after it: against last year's report when one reading is left, never against each other
  // (that would be 上年结转's: 2 − 1 = 1, 1 / 1 = 100%).
  assert.match(said('全年新收政府信息公开申请46件，上年结转2件，同比增加1件，增长2.2%；')[0] ?? '', /46 − 40 = 6，\(46 − 40\) \/ 40 = 15\.0%，应为增加 6件、增长 15\.0%/);
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件，同比增加6件，增长15%；'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件，同比增加1件，增长2.2%；', { last: null }), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件，同比增加1件，增长2.2%；', { last }), []);
  // Without last year's report, or when this year's table does not agree with the sentence: silent.
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件，同比增加2件；', { last: null }), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转3件，同比增加2件；', { last }), []);
  assert.deepEqual(said('全年新收政府信息公开申请47件，上年结转2件，同比增加2件；', { last }), []);
});

// brk121 #9: a rate with no comparison before it (`增长15%`) followed by an amount that names one (`较上年增加16件`) is
// read as the pair `同比增长15%，较上年增加16件` is; a bare rate alone, or with a bare amount, is not read.
test('a bare 增长 rate with the comparison in the amount after it is a pair', () => {
  assert.deepEqual(said('全年新收政府信息公开申请46件，增长15%，较上年增加16件；'), ['“增长15%，较上年增加16件”：新收申请本年为 46，上年（2023 年度）报告中为 40，46 − 40 = 6，(46 − 40) / 40 = 15.0%，应为增加 6件，正文写增加 16件。请改正增减数（或核对两年表格中的这个数）。']);
  assert.deepEqual(said('全年新收政府信息公开申请46件，增长15%，较上年增加16件；', { last: null }), ['“增长15%，较上年增加16件”：(46 − 30) / 30 = 53.3%（上年为 46 − 16 = 30），正文写增长 15%。请核对这几个数。']);
  assert.match(said('全年新收政府信息公开申请46件，增长25%，比上年增加6件；')[0] ?? '', /应为增长 15\.0%，正文写增长 25%/);
  for (const ok of ['增长15%，较上年增加6件；', '增长15%，同比增加6件；', '增长25%；', '增长25%，增加6件；', '下降15%，较上年增加6件；']) {
    assert.deepEqual(said(`全年新收政府信息公开申请46件，${ok}`), [], ok);
  }
});
