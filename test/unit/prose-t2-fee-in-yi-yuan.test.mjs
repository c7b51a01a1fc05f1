// prose-table: 表二's fee written in 亿元 in the prose (`全年全市收取行政事业性收费8.6亿元`, as city and province reports
// write it) is compared in 万元 to the precision written, as one in 元 is; it was never compared (brk147 #8, brk151 #9).
// Base: 洪泽区 2024 (表二 行政事业性收费 7545 万元, i.e. 0.7545 亿元).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, edit, proseTableOf as table } from '../helpers.mjs';

const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');
const at = '解读信息发布 7 条。';
const fees = (text) => table(text).filter((f) => f.data.quantity === 'T2.7:fee');

test('表二: a fee in 亿元 that rounds the table\'s 万元 to the digits written agrees', () => {
  for (const said of ['0.7545亿元', '0.75亿元', '0.8亿元', '0.755亿元']) {
    assert.deepEqual(fees(edit(HONGZE_2024, at, `${at}全年收取行政事业性收费${said}。`)), [], said);
  }
});

test('表二: a fee in 亿元 off by more than its last digit is reported in 万元, without a fix', () => {
  const text = edit(HONGZE_2024, at, `${at}全年收取行政事业性收费0.86亿元。`);
  const [f] = fees(text);
  assert.ok(f, 'reported');
  assert.equal(f.severity, 'error');
  assert.equal(f.expected, 7545);
  assert.equal(f.actual, 8600);
  assert.match(f.message, /正文写 0\.86亿元（即 8600万元），相差 \+1055。正文的金额以亿元为单位，表二以万元为单位：7545万元即 0\.7545亿元。/);
  assert.equal(f.fix, undefined);
  assert.ok(core.fixAll(text).text.includes('全年收取行政事业性收费0.86亿元。'));
  // A whole number of 亿元 is precise to 10000 万元: 1亿元 for 7545 万元 is 0.75 rounded up, within a unit; 2亿元 is not.
  assert.deepEqual(fees(edit(HONGZE_2024, at, `${at}全年收取行政事业性收费1亿元。`)), []);
  assert.equal(fees(edit(HONGZE_2024, at, `${at}全年收取行政事业性收费2亿元。`)).length, 1);
});

test('表二: a fee in 亿元 is the table\'s rounded to its last digit, half a unit either side, not a whole unit (brk157 #2)', () => {
  // 7545 万元 is 0.7545 亿元: 0.1亿元 (1000 万元) and 0.7亿元 are not it rounded; 0.8亿元 and 1亿元 are.
  for (const said of ['0.1亿元', '0.7亿元', '0.6亿元']) assert.equal(fees(edit(HONGZE_2024, at, `${at}全年收取行政事业性收费${said}。`)).length, 1, said);
  for (const said of ['0.8亿元', '1亿元', '0.75亿元']) assert.deepEqual(fees(edit(HONGZE_2024, at, `${at}全年收取行政事业性收费${said}。`)), [], said);
});
