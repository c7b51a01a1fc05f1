// duplicate-word's excerpt is taken from the doubled word's own line (found by breaker23).
// breaker23 item 9: the duplicate-word excerpt took text from the line above (a `[//]: # (…)` comment's `d)`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const of = (text, rule, options) => core.analyze(text, options).findings.filter((f) => f.ruleId === rule);

test('duplicate-word: the excerpt is taken from the line of the doubled word, not from the line above (breaker23 item 9)', () => {
  const sentence = '全年通过门户网站主动公开政府信息312条';
  for (const above of ['[//]: # (nianbao-disable-next-line duplicate-word)', '<!-- 数据已核实 -->', '上一行的文字']) {
    const text = correct.replace(sentence, `${above}\n全年办结办结10件。${sentence}`);
    const found = of(text, 'duplicate-word');
    assert.equal(found.length, 1, above);
    assert.equal(found[0].message.zh ?? found[0].message, '“办结”重复了：“全年办结办结10件。”，请删去重复的“办结”。', above);
  }
});
