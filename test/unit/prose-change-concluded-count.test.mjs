// prose-change, a count change of 办结 against last year's report (brk135 #3): `办结47件，较上年增加9件` with last year's
// 表三 （七）总计 39 is 47 − 39 = 8, said as the same change given as a rate (`较上年增长30%`) is. The amount after the
// 办结 count was read as another count beside it in its clause (a pending one, `办结33件，4件尚在办理期限内`), which made the
// 办结 count possibly a part, so unread; a change against last year, or last year's count, is of the count, not beside it.
// Base: examples/correct-2024.nianbao.md (办结 47), and the same report made last year's with （七）总计 39.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const TOTAL = '| （七）总计                                                               | 41     | 3        | 0        | 1            | 2            | 0    | 47   |';
const LAST = CORRECT.replaceAll('2024', '2023').replace(TOTAL, TOTAL.replace('| 41     |', '| 33     |').replace('| 47   |', '| 39   |'));
const SENT = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const said = (sentence, previous = core.parseReport(LAST)) => {
  assert.ok(CORRECT.includes(SENT) && CORRECT.includes(TOTAL) && LAST.includes('| 39   |'));
  return core.checkReport(core.parseReport(CORRECT.replace(SENT, sentence)), { previous }).filter((f) => f.ruleId === 'prose-change').map((f) => f.message);
};

test('办结47件，较上年增加9件 against last year\'s 39: said as 应为增加 8件, as the rate is', () => {
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件。办结47件，较上年增加9件；结转下年度继续办理1件。'),
    ['“较上年增加9件”：办理结果总计本年为 47，上年（2023 年度）报告中为 39，47 − 39 = 8，应为增加 8件，正文写增加 9件。请改正增减数（或核对两年表格中的这个数）。']);
  // The rate, as before.
  assert.match(said('全年新收政府信息公开申请46件，上年结转2件。办结47件，较上年增长30%；结转下年度继续办理1件。')[0] ?? '', /办理结果总计本年为 47，上年（2023 年度）报告中为 39，\(47 − 39\) \/ 39 = 20\.5%，应为增长 20\.5%/);
});

test('办结, 答复, 办理完毕 with a count change in other wordings and places: each checked against last year\'s 39', () => {
  for (const s of [
    '全年新收政府信息公开申请46件，上年结转2件；办结47件，较上年增加9件；结转下年度继续办理1件。',
    '全年新收政府信息公开申请46件，上年结转2件。全年办结政府信息公开申请47件，同比增加9件；结转下年度继续办理1件。',
    '全年新收政府信息公开申请46件，同比增长15%；办结47件，比上年多9件；结转下年度继续办理1件。',
    '全年新收政府信息公开申请46件，上年结转2件；答复47件，较上年增加9件，其中予以公开24件；结转下年度继续办理1件。',
    '全年新收政府信息公开申请46件，上年结转2件；办理完毕47件，较上年增加9件，结转下年度继续办理1件。',
  ]) assert.match(said(s).join('\n'), /办理结果总计本年为 47，上年（2023 年度）报告中为 39，47 − 39 = 8，应为增加 8件，正文写增加 9件/, s);
  // Amount and rate together: the amount is named as wrong.
  assert.match(said('全年新收政府信息公开申请46件，上年结转2件；办结47件，同比增长20.5%，增加9件；结转下年度继续办理1件。').join('\n'), /47 − 39 = 8.*应为增加 8件，正文写增加 9件。请改正增减数/);
});

test('a right count change of 办结 is not said; a pending count after it still makes 办结 a possible part', () => {
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件；办结47件，较上年增加8件；结转下年度继续办理1件。'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件；办结47件，较上年增加9件；结转下年度继续办理1件。', null), []);
  // (`办结45件，2件尚在办理期限内`: 45 may be a part; its change is not read as the total's.)
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件；办结45件，较上年增加9件，2件尚在办理期限内。'), []);
});
