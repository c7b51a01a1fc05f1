// A 办结 count larger than the 新收 count right before it (brk141 #5): it cannot be among the new ones, so it counts all
// the applications and is compared with 表三's 办理结果总计 and fixed, as docs/rules/prose-table.md says (“新收申请46件，
// 办结47件”…说的是全部申请). It was an info saying the sentence did not say it was all of them. Base:
// examples/correct-2024.nianbao.md (表三: 新收 46, 上年结转 2, 办理结果总计 47).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SENTENCE = /^全年新收政府信息公开申请46件.*$/m;
const found = (s) => core.checkReport(core.parseReport(CORRECT.replace(SENTENCE, s)))
  .filter((f) => f.ruleId.startsWith('prose-')).map((f) => ({ rule: f.ruleId, severity: f.severity, message: f.message, fix: f.fix?.edits?.[0]?.newText }));

test('the base holds the sentence', () => assert.ok(SENTENCE.test(CORRECT)));

test('办结 more than the 新收 before it is all the applications: an error fixed to the total', () => {
  for (const [s, written] of [
    ['全年新收政府信息公开申请46件，办结48件。', 48],
    ['全年新收申请46件，办结48件。', 48],
    ['本年度新收政府信息公开申请46件，办结49件。', 49],
  ]) {
    const out = found(s);
    assert.equal(out.length, 1, s);
    assert.equal(out[0].severity, 'error', s);
    assert.equal(out[0].message, `正文“办结${written}件”与表三不一致：表三的办理结果总计为 47，正文写 ${written}，相差 +${written - 47}。`);
    assert.equal(out[0].fix, '47');
  }
});

test('a count the new ones may hold stays among them: bounded, never fixed to the total', () => {
  assert.deepEqual(found('全年新收政府信息公开申请46件，办结47件。'), []);
  assert.deepEqual(found('全年新收政府信息公开申请46件，办结45件。'), []);
  const [low] = found('全年新收政府信息公开申请46件，办结40件。');
  assert.equal(low.rule, 'prose-table');
  assert.equal(low.fix, undefined);
});
