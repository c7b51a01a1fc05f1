// prose-change (helper-210 #8): a change against last year with both counts in the sentence — the amount is their
// difference, the rate the difference over last year's count, at the precision written. Base:
// examples/correct-2024.nianbao.md (clean; 新收 46).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3 = '全年新收政府信息公开申请46件，';
const changes = (words) => {
  const text = CORRECT.replace(T3, `全年新收政府信息公开申请46件，${words}`);
  return core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'prose-change').map((f) => ({
    at: text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), expected: f.expected, actual: f.actual, message: f.message, severity: f.severity,
  }));
};

test('the base holds the sentence and has no finding', () => {
  assert.ok(CORRECT.includes(T3));
  assert.deepEqual(changes(''), []);
});

test('right changes and rates say nothing, in each wording', () => {
  for (const w of [
    '比2023年的40件增加6件，增长15%，',
    '较上年的40件增长15%，',
    '较上年同期的40件增加6件，同比增长15.0%，',
    '与上年的40件相比，增加6件，',
    '比上年的50件减少4件，下降8%，',
    '同比增长15%，',
    '比上年增加6件，',
  ]) assert.deepEqual(changes(w), [], w);
  // `（2023年40件）` before the comma: the sentence's count right before the bracket.
  const text = CORRECT.replace(T3, '全年新收政府信息公开申请46件（2023年40件），同比增长15%，');
  assert.deepEqual(core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'prose-change'), []);
});

test('a wrong amount, a wrong rate, a wrong direction are said, as warnings without a fix', () => {
  const [amount] = changes('较上年的40件增加8件，');
  assert.equal(amount.at, '8');
  assert.deepEqual([amount.expected, amount.actual, amount.severity], [6, 8, 'warning']);
  assert.match(amount.message, /46 − 40 = 6，正文写增加 8件/);
  const [rate] = changes('比2023年的40件增加6件，增长25%，');
  assert.equal(rate.at, '25%');
  assert.deepEqual([rate.expected, rate.actual], [15, 25]);
  assert.match(rate.message, /\(46 − 40\) \/ 40 = 15\.0%/);
  const [way] = changes('比上年的50件增加4件，');
  assert.match(way.message, /是减少了 4件，正文却说增加/);
  const fixes = core.checkReport(core.parseReport(CORRECT.replace(T3, `${T3}较上年的40件增加8件，`))).filter((f) => f.ruleId === 'prose-change' && f.fix);
  assert.deepEqual(fixes, []);
});

test('a rate that rounds or truncates to the one written is accepted, one rounded up is not', () => {
  // 46 / 41 − 1 = 12.195…%: 12.2% or 12.1% (truncated) or 12% fit; 12.3% does not.
  for (const ok of ['12.2%', '12.1%', '12%']) assert.deepEqual(changes(`较上年的41件增长${ok}，`), [], ok);
  assert.equal(changes('较上年的41件增长12.3%，').length, 1);
});

test('a change with its amount and rate but no base (the base is the count less the amount), or with the base in brackets (helper-212 #11)', () => {
  // 46 − 6 = 40 last year: 6 / 40 = 15%.
  assert.deepEqual(changes('较上年增加6件，增长15%，'), []);
  assert.deepEqual(changes('同比增加6件，增长率为15%，'), []);
  assert.deepEqual(changes('比上年增长15%（上年为40件），'), []);
  assert.deepEqual(changes('较2023年增加6件，增长15%（2023年为40件），'), []);
  const [derived] = changes('较2023年增加6件，增长20%，');
  assert.match(derived.message, /\(46 − 40\) \/ 40 = 15\.0%（上年为 46 − 6 = 40），正文写增长 20%/);
  const [bracketed] = changes('比上年增长20%（上年为40件），');
  assert.match(bracketed.message, /\(46 − 40\) \/ 40 = 15\.0%，正文写增长 20%/);
  const [fall] = changes('同比下降20%（2023年50件），');
  assert.match(fall.message, /\(46 − 50\) \/ 50 = -8\.0%，正文写下降 20%/);
  // An amount without a rate, or a rate without base or amount, cannot be checked.
  assert.deepEqual(changes('较上年增加9件，'), []);
  assert.deepEqual(changes('同比增长25%，'), []);
});

test('last year\'s count in brackets after 上年, a rate in brackets or before the amount, a colon in the bracket (helper-215)', () => {
  for (const right of ['较上年（40件）增加6件，', '比上年同期（40件）增长15%，', '比上年的40件增加6件（增长15%），', '较上年增长15%，增加6件，', '同比增长15%（2023年：40件），']) {
    assert.deepEqual(changes(right), [], right);
  }
  for (const [wrong, says] of [
    ['较上年（40件）增加7件，', /46 − 40 = 6，正文写增加 7件/],
    ['比上年同期（40件）增长25%，', /= 15\.0%，正文写增长 25%/],
    ['比上年的40件增加6件（增长25%），', /“比上年的40件增加6件（增长25%）”/],
    ['较上年增长25%，增加6件，', /（上年为 46 − 6 = 40），正文写增长 25%/],
    ['同比增长25%（2023年：40件），', /= 15\.0%，正文写增长 25%/],
  ]) {
    const [f, more] = changes(wrong);
    assert.equal(more, undefined, wrong);
    assert.match(f?.message ?? '', says, wrong);
  }
});

test('a change given as an amount and then as a rate against last year\'s count in brackets: the amount is no count (brk95 #1)', () => {
  // 46 − 40 = 6, 6 / 40 = 15%: right, in each wording; 6 was read as this year's count against 40 (“减少了 34件”).
  for (const w of ['较去年增加6件，同比增长15%（2023年为40件），', '新增6件，同比增长15%（2023年40件），', '比上年增加6件，同比增长15%（去年为40件），']) assert.deepEqual(changes(w), [], w);
  // A wrong rate in that wording is said once, against 46 and 40, and nothing about the direction.
  const found = changes('较去年增加6件，同比增长20%（2023年为40件），');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /\(46 − 40\) \/ 40 = 15\.0%，正文写增长 20%/);
  // A count of its own after a comma and 同比 is still read (`46件，同比增长15%（2023年为40件）`).
  assert.equal(changes('同比增长20%（2023年为40件），').length, 1);
});
