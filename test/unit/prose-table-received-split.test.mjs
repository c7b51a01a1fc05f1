// prose-table: a count received that the sentence itself splits into 新收 and 上年结转 (受理552件，其中新收539件，上年结转
// 14件) is 新收 + 上年结转, and is compared with that sum only, not with 新收 (breaker39 #12).
// B1 = breaker35-b1-2024.md line 27 (表三 新收 46, 上年结转 2: 48).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, proseBrief as brief, proseTableOf as table, proseInput as input, proseLineOf } from '../helpers.mjs';

test('受理N件，其中新收a件，上年结转b件: N is compared with 新收 + 上年结转, and fixed to it', () => {
  for (const [line, fixed] of [
    ['全年共受理政府信息公开申请47件，其中本年新收46件，上年结转2件。', '全年共受理政府信息公开申请48件，其中本年新收46件，上年结转2件。'],
    ['全年收到政府信息公开申请46件（其中新收46件、上年结转2件）。', '全年收到政府信息公开申请48件（其中新收46件、上年结转2件）。'],
    ['全年受理政府信息公开申请47件，包括上年结转2件、本年新收46件。', '全年受理政府信息公开申请48件，包括上年结转2件、本年新收46件。'],
  ]) {
    const text = input('B1', line);
    const found = table(text);
    assert.deepEqual(found.map(brief), [[line.includes('47件') ? 47 : 46, 48, 'R1+R2', 'error', '48']], line);
    assert.ok(found[0].message.includes('本年新收与上年结转申请之和为 48') && !found[0].message.includes('按“本年新收申请”'), found[0].message);
    assert.equal(proseLineOf('B1', core.fixAll(text).text), fixed);
  }
});

test('the same sentence with the right sum, and the readings of a count received that is not split so, are unchanged', () => {
  for (const line of [
    '全年共受理政府信息公开申请48件，其中本年新收46件，上年结转2件。',
    '全年收到政府信息公开申请48件（其中新收46件、上年结转2件）。',
    // (上年结转 apart, not after 其中: the count received is 新收.)
    '全年收到政府信息公开申请46件，上年结转2件。',
    // (Only 新收 after 其中: either reading.)
    '全年受理政府信息公开申请46件，其中本年新收46件。',
    '全年受理政府信息公开申请48件，其中上年结转2件。',
  ]) assert.deepEqual(table(input('B1', line)).map(brief), [], line);
  // (A 新收 and a 上年结转 after a semicolon do not split it: 46 is read as 新收, as before.)
  assert.deepEqual(table(input('B1', '全年受理政府信息公开申请46件；其中本年新收46件，上年结转2件。')).map(brief), []);
});

// brk93 #3: in such a split, 新收 is all of 新收, not a part of it; it was passed over as a part after 其中, so a wrong
// one (33 against 表三's 46) was never said.
test('受理N件，其中新收a件，上年结转b件: a is compared with 新收, not fixed (a term of the list)', () => {
  for (const line of [
    '全年共收到政府信息公开申请48件，其中新收40件、上年结转2件。',
    '全年收到政府信息公开申请48件（其中本年新收40件、上年结转2件）。',
  ]) {
    const found = table(input('B1', line));
    const brief40 = found.map(brief).find((b) => b[0] === 40);
    assert.deepEqual(brief40, [40, 46, 'R1', 'error', undefined], `${line}: ${found.map((f) => f.message).join(' | ')}`);
  }
  // Right, it is not said; nor is a 新收 after 其中 that splits another count (新收 of one applicant column stays a part).
  assert.deepEqual(table(input('B1', '全年共收到政府信息公开申请48件，其中新收46件、上年结转2件。')).map(brief), []);
  assert.deepEqual(table(input('B1', '全年共收到政府信息公开申请48件，其中自然人新收30件。')).map(brief), []);
});
