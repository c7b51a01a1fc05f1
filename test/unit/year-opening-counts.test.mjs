// breaker50 #12: in 总体情况, a sentence that opens with last year and the report's counts (`2023年新收政府信息公开申请
// 46件` in 一（二） of a 2024 report: text left from last year's report) passed; only `2023年，…` was caught. A sentence
// opening with an earlier year followed by 新收/受理/主动公开/… is the same warning; comparisons still are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SENTENCE = '全年新收政府信息公开申请46件';

test('a sentence of 总体情况 opening with last year and a count is year-mismatch (warning) at the year', () => {
  assert.ok(CORRECT.includes(SENTENCE));
  for (const opening of ['2023年新收政府信息公开申请46件', '2023年全年新收政府信息公开申请46件', '2023年度受理政府信息公开申请46件']) {
    const text = CORRECT.replace(SENTENCE, opening);
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => `${f.ruleId}/${f.severity}`), ['year-mismatch/warning'], opening);
    assert.match(found[0].message, /以“2023年”开头，而本报告是 2024 年度的/);
    assert.equal(text.split('\n')[found[0].range.start.line].slice(found[0].range.start.character, found[0].range.end.character), '2023年');
  }
});

test('the report year itself, or a comparison with last year, is not', () => {
  assert.deepEqual(core.analyze(CORRECT.replace(SENTENCE, '2024年新收政府信息公开申请46件')).findings, []);
  assert.deepEqual(core.analyze(CORRECT.replace(SENTENCE, '2023年新收申请40件，本年增长15%，全年新收政府信息公开申请46件')).findings.filter((f) => f.ruleId === 'year-mismatch'), []);
});

// brk88 #11: `较2023年的40件增加8件；办结47件。2023年新收申请38件。` in one paragraph: the sentence opening with 2023 goes
// on with the comparison the one before it makes (last year's report would have compared with 2022). Not in another
// paragraph, and not after a comparison with another year.
test('a sentence after one comparing with that same year, in its paragraph, is not; elsewhere it still is', () => {
  const para = (tail) => CORRECT.replace(SENTENCE, `全年新收政府信息公开申请46件，较2023年的40件增加6件。${tail}`);
  const mismatches = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'year-mismatch');
  assert.deepEqual(mismatches(para('2023年新收申请中有38件已办结')), []);
  // The same sentence in a paragraph of its own is still last year's text.
  const alone = CORRECT.replace(SENTENCE, `全年新收政府信息公开申请46件，较2023年的40件增加6件。\n\n2023年新收申请中有38件已办结`);
  assert.equal(mismatches(alone).length, 1);
  // A comparison with another year does not cover it.
  const other = CORRECT.replace(SENTENCE, `全年新收政府信息公开申请46件，较2022年的40件增加6件。2023年新收申请中有38件已办结`);
  assert.equal(mismatches(other).length, 1);
});

// brk91 #8: `2023年共收到政府信息公开申请39件。2024年共收到政府信息公开申请46件，同比增长17.9%。`: the 2023 figure is the
// base of the comparison the next sentence makes with the report year. Not when the next sentence names no report
// year or compares nothing.
test('a sentence opening with last year, followed by one that compares the report year with it, is not', () => {
  const mismatches = (tail) => core.analyze(CORRECT.replace(`${SENTENCE}，`, `${tail}`)).findings.filter((f) => f.ruleId === 'year-mismatch');
  assert.deepEqual(mismatches('2023年共收到政府信息公开申请39件。2024年共收到政府信息公开申请46件，同比增长17.9%；'), []);
  assert.deepEqual(mismatches('2023年共收到政府信息公开申请39件。本年度共收到政府信息公开申请46件，比上年增加7件；'), []);
  assert.equal(mismatches('2023年共收到政府信息公开申请39件。2024年共收到政府信息公开申请46件；').length, 1);
  assert.equal(mismatches('2023年共收到政府信息公开申请39件。办结率同比提高；全年新收政府信息公开申请46件，').length, 1);
});
