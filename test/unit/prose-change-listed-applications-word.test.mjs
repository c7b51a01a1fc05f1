// brk152 #9: `全年新收申请、办结申请分别为46件和47件，同比分别减少3件和1件` was silent: a phrase of the applications
// listed before 分别为 may end with the word 申请 (`新收申请、办结申请`), which the list did not take as joined by 、, so
// the counts were no one's and their changes were not checked (prose-change), nor the counts themselves (prose-table).
// Base: examples/correct-2024.nianbao.md (新收 46, 上年结转 2, 办结 47), and the same report made last year's with 新收 40
// (上年结转 2, 办结 47): 新收 rose by 6, 办结 is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
const LAST = CORRECT.replaceAll('2024', '2023').replace(R1, R1.replace('| 40     |', '| 34     |').replace('| 46   |', '| 40   |'));
const SENT = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const findings = (sentence, rule) => {
  assert.ok(CORRECT.includes(SENT) && CORRECT.includes(R1) && LAST !== CORRECT);
  return core.checkReport(core.parseReport(CORRECT.replace(SENT, sentence)), { previous: core.parseReport(LAST) }).filter((f) => f.ruleId === rule);
};
const changes = (sentence) => findings(sentence, 'prose-change').map((f) => f.message);

test('brk152 #9: 新收申请、办结申请分别为46件和47件，同比分别… checks each change against last year\'s report', () => {
  const [f, ...rest] = changes('全年新收申请、办结申请分别为46件和47件，同比分别减少3件和1件。');
  assert.deepEqual(rest.length, 1);
  assert.match(f, /新收申请本年为 46，上年（2023 年度）报告中为 40，46 − 40 = 6，应为增加 6件/);
  assert.match(rest[0], /办理结果总计本年为 47，上年（2023 年度）报告中为 47，47 − 47 = 0，应为与上年持平/);
  // With 、 between the counts too, and with 和 between the phrases.
  assert.equal(changes('新收申请、办结申请分别为46件、47件，同比分别减少3件、1件。').length, 2);
  assert.equal(changes('全年新收申请和办结申请分别为46件和47件，同比分别减少3件和1件。').length, 2);
  // The right changes are silent.
  assert.deepEqual(changes('全年新收申请、办结申请分别为46件和47件，同比分别增加6件和持平。'), []);
  assert.deepEqual(changes('全年新收政府信息公开申请、办结申请分别为46件和47件，较上年分别增加6件、持平。'), []);
});

test('brk152 #9: the listed counts are compared with 表三 as well (prose-table)', () => {
  const [f, ...rest] = findings('全年新收申请、办结申请分别为45件和47件。', 'prose-table');
  assert.deepEqual(rest, []);
  assert.deepEqual([f.actual, f.expected, f.data.quantity], [45, 46, 'R1']);
  assert.deepEqual(findings('全年新收申请、办结申请分别为46件和47件。', 'prose-table'), []);
});
