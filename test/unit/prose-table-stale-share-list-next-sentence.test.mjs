// prose-table's fix of a count whose share is written after it (brk128 #2): a list term (`部分公开7件（占14.9%）`), two list
// terms fixed together, and a count in the sentence after its whole (`办结47件。予以公开25件，占53.2%。`) were fixed to 表三's
// number and left the share, worked out from the prose's number, wrong; the list messages even said the sentence would
// then agree with itself. Now none of them is fixed, and the message says which share goes with the count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// The example's 表三: 新收 46, 上年结转 2, 办结 47, 予以公开 24, 部分公开 6, 不予公开 6, 结转下年度 1.
const S = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const findings = (sentence, rule) => core.analyze(edit(CORRECT, S, sentence)).findings.filter((f) => f.ruleId === rule);

test('a list term whose share fits its own number is not fixed, though the table\'s number mends the list\'s sum', () => {
  const [f] = findings('全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件（占51.1%）、部分公开7件（占14.9%）、不予公开6件、无法提供7件、不予处理3件、其他处理1件。', 'prose-table');
  assert.equal(f.actual, 7);
  assert.equal(f.fix, undefined);
  assert.doesNotMatch(f.message.zh ?? f.message, /改这一个数即可/);
  assert.match(f.message.zh ?? f.message, /14\.9% 正是正文的 7 \/ 47：若改为 6，比率也应改为 12\.8%。请一并核对修改，未自动修改。/);
});

test('list terms fixed together are not fixed when a share after one of them fits the prose\'s number', () => {
  const fs = findings('全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件（占51.1%）、部分公开7件（占14.9%）、不予公开5件（占10.6%）、无法提供7件、不予处理3件、其他处理1件。', 'prose-table');
  assert.deepEqual(fs.map((f) => f.actual), [7, 5]);
  for (const f of fs) {
    assert.equal(f.fix, undefined);
    const m = f.message.zh ?? f.message;
    assert.doesNotMatch(m, /与它自己都一致/);
    assert.match(m, /14\.9% 正是正文的 7 \/ 47，改为 6 后应为 12\.8%；10\.6% 正是正文的 5 \/ 47，改为 6 后应为 12\.8%/);
    assert.match(m, /未自动修改。$/);
  }
  // Without the shares the two are fixed together, as before.
  const plain = findings('全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开7件、不予公开5件、无法提供7件、不予处理3件、其他处理1件。', 'prose-table');
  assert.deepEqual(plain.map((f) => f.fix?.edits[0].newText), ['6', '6']);
});

test('a count whose share of the count concluded in the sentence before fits it is not fixed alone; prose-percent reads that share', () => {
  const [f] = findings('全年新收政府信息公开申请46件，上年结转2件；办结47件。予以公开25件，占53.2%。', 'prose-table');
  assert.equal(f.fix, undefined);
  assert.match(f.message.zh ?? f.message, /53\.2% 正是正文的 25 \/ 47：若改为 24，比率也应改为 51\.1%/);
  // The share is read against that 办结 count: right as written, wrong with another number.
  assert.deepEqual(findings('全年新收政府信息公开申请46件，上年结转2件；办结47件。予以公开24件，占53.2%。', 'prose-percent').map((x) => [x.actual, x.expected]), [[53.2, 51.1]]);
  // A share that fits the table's number confirms it: fixed.
  const [confirmed] = findings('全年新收政府信息公开申请46件，上年结转2件；办结47件。予以公开25件，占51.1%。', 'prose-table');
  assert.equal(confirmed.fix.edits[0].newText, '24');
});
