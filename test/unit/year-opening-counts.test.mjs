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
