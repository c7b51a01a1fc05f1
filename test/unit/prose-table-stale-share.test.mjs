// prose-table's fix of a count followed by its share (helper-218 #7): `部分公开7件，占14.9%` (7 / 47) with 表三's 6 was fixed
// to `部分公开6件，占14.9%`, a share then wrong (prose-percent said so). Now the count is not fixed alone: the message
// says the share goes with it and what it would be. A share that fits the table's number still gets the one fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const S = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const table = (sentence) => core.analyze(CORRECT.replace(S, S + sentence)).findings.filter((f) => f.ruleId === 'prose-table');

test('a count whose share fits it is not fixed alone; a share that fits the table\'s number is', () => {
  const [stale] = table('办结47件，其中予以公开24件，占51.1%；部分公开7件，占14.9%。');
  assert.equal(stale.fix, undefined);
  assert.match(stale.message, /正文紧接着写的 14\.9% 正是正文的 7 \/ 47：若改为 6，比率也应改为 12\.8%。请一并核对修改，未自动修改。$/);
  const [confirmed] = table('办结47件，部分公开7件，占12.8%。');
  assert.equal(confirmed.fix.edits[0].newText, '6');
  assert.match(confirmed.message, /12\.8% 也正好是 6 \/ 47/);
});
