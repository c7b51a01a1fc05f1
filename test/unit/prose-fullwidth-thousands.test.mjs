// brk147 #7: a prose count grouped by a full-width comma (`新收政府信息公开申请1，243件`, typed with the Chinese input
// method) was dropped without a word, while `1,243件` and `1 243件` were compared with 表三. `1，243` is read as 1243;
// a comma followed by other than three digits (`1，2345`) is no grouping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const COUNT = '全年新收政府信息公开申请46件';
const ACTIVE = '全年通过门户网站主动公开政府信息312条，其中机构职能信息12条、政策文件68条、政策解读25条、工作动态207条。';

test('a count grouped by a full-width comma is compared with 表三 as 1,046 is', () => {
  assert.ok(CORRECT.includes(COUNT));
  for (const written of ['1，046', '1,046']) {
    const text = CORRECT.replace(COUNT, `全年新收政府信息公开申请${written}件`);
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['prose-table', 'error']], written);
    assert.match(found[0].message, /表三的本年新收申请为 46，正文写 1046/, written);
    assert.equal(core.fixAll(text).text, CORRECT, written);
  }
});

test('a count grouped by a full-width comma that the table holds gives nothing; a comma before other than three digits is no grouping', () => {
  const SENTENCE = '结转下年度继续办理1件。';
  assert.ok(CORRECT.includes(SENTENCE));
  const say = (written) => CORRECT.replace(SENTENCE, `${SENTENCE}全年作出行政许可决定${written}件。`);
  assert.deepEqual(core.analyze(say('1，520')).findings.map((f) => f.ruleId), []);
  assert.deepEqual(core.analyze(say('1520')).findings.map((f) => f.ruleId), []);
  const wrong = core.analyze(say('1，250')).findings;
  assert.deepEqual(wrong.map((f) => f.ruleId), ['prose-table']);
  assert.match(wrong[0].message, /1520，正文写 1250/);
  // `1，5200`: not three digits after the comma, so no 1,5200; nothing read as 15200.
  assert.ok(!core.analyze(say('1，5200')).findings.some((f) => /15200/.test(f.message)));
});
