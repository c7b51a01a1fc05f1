// breaker50 #12: `公开公开再公开` (a deliberate repetition, the word once more after 再) was "fixed" to `公开再公开`.
// Such a repetition is written on purpose: not reported. A plain doubling beside it still is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SENTENCE = '严格落实公开前保密审查，动态更新政府信息公开指南和目录。';
const dup = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'duplicate-word');

test('a rhetorical repetition (公开公开再公开, 落实落实又落实) is not a doubled word', () => {
  assert.ok(CORRECT.includes(SENTENCE));
  for (const phrase of ['坚持公开公开再公开。', '做到落实落实再落实。', '抓好督促督促又督促。', '宣传宣传还宣传。']) {
    assert.deepEqual(dup(CORRECT.replace(SENTENCE, SENTENCE + phrase)), [], phrase);
  }
});

test('a doubled word is still one, also next to a repetition', () => {
  for (const [phrase, w] of [['坚持公开公开，提升质量。', '公开'], ['资金资金再分配。', '资金']]) {
    const found = dup(CORRECT.replace(SENTENCE, SENTENCE + phrase));
    assert.equal(found.length, 1, phrase);
    assert.match(found[0].message, new RegExp(`“${w}”重复了`));
  }
});
