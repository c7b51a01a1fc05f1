// prose-table: a 100% 办结率 or 答复率 in brackets right after a count (`办结47件（办结率100%）`) says all the year's
// applications were concluded, as the rate standing as a clause of its own does (`办结47件，办结率100%`; see
// prose-table-all-concluded.test.mjs): an error against a nonzero 结转下年度继续办理, without a fix. It was not read at
// all. The same exceptions hold: `按时办结率100%` (the one pending may still be on time), a rate below 100%, a count of
// something other than applications.
// Input: the breaker's B1 (test/fixtures/reports/breaker35-b1-2024.md: 表三 新收 46, 上年结转 2, 办理结果总计 47,
// 结转下年度 1) with line 27 replaced, as its run.sh writes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, proseBrief as brief, proseTableOf as table, proseInput } from '../helpers.mjs';

/** B1 with its line 27 replaced by `line`. */
const input = (line) => proseInput('B1', line);

test('a 100% rate in brackets after the count concluded contradicts 结转下年度 1: an error at the rate, no fix', () => {
  for (const [line, phrase] of [
    ['全年受理申请46件，办结47件（办结率100%）。', '办结率100%'],
    ['全年共受理政府信息公开申请46件，办结47件（办结率为100%），其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件。', '办结率为100%'],
    ['全年新收政府信息公开申请46件（办结率达100%）。', '办结率达100%'],
  ]) {
    const found = table(input(line));
    assert.deepEqual(found.map(brief), [[0, 1, 'R4', 'error', undefined]], line);
    assert.ok(found[0].message.startsWith(`正文“${phrase}”说申请的办结率为 100%`) && found[0].message.includes('还有 1 件未办结'), found[0].message);
    const [at] = found;
    assert.equal(input(line).split('\n')[at.range.start.line].slice(at.range.start.character, at.range.end.character), phrase);
  }
  // Beside a wrong count concluded, which is fixed as before; the rate stays wrong after the fix.
  const text = input('全年受理申请46件，办结45件（办结率100%）。');
  assert.deepEqual(table(text).map(brief), [[45, 47, 'R3.7', 'error', '47'], [0, 1, 'R4', 'error', undefined]]);
  assert.deepEqual(table(core.fixAll(text).text).map(brief), [[0, 1, 'R4', 'error', undefined]]);
});

test('the bracketed rate keeps the exceptions of the rate as a clause: 按时办结率, below 100%, a count of another thing', () => {
  for (const line of [
    '全年受理申请46件，办结47件（按时办结率100%）。',
    // A 答复率 may be of the applications due, a carried-over one not yet (brk146 #2).
    '全年受理申请46件，办结47件(答复率100%)。',
    '全年受理申请46件，办结47件（办结率97.9%）。',
    '全年受理12345热线工单46件，办结47件（办结率100%）。',
    // A rate in brackets after a word, not a count, is not this.
    '全年受理申请46件，办结47件，满意度（办结率100%）较高。',
  ]) assert.deepEqual(table(input(line)).map(brief), [], line);
});
