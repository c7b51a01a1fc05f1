// prose-change: the changes of several counts after 分别 (`新收46件、办结47件，同比分别减少3件、增加3件`), each with its own
// direction or 持平, paired in order with the counts of the clause before them, only as many as those (fixY4). Base:
// examples/correct-2024.nianbao.md (新收 46, 上年结转 2, 办结 47), and the same report made last year's with 新收 40
// (上年结转 2, 办结 47): 新收 rose by 6 (15%), 上年结转 and 办结 are unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, proseChangeSaid } from '../helpers.mjs';

const said = proseChangeSaid;
const NEW_WRONG = /新收申请本年为 46，上年（2023 年度）报告中为 40，46 − 40 = 6，应为增加 6件/;
const CONCLUDED_WRONG = /办理结果总计本年为 47，上年（2023 年度）报告中为 47，47 − 47 = 0，应为与上年持平/;

test('fixY4: 同比分别减少…、增加… after counts joined by 、 pairs each change with its count', () => {
  const wrong = said('全年新收政府信息公开申请46件、办结47件，同比分别减少3件、增加3件。');
  assert.equal(wrong.length, 2);
  assert.match(wrong[0], NEW_WRONG);
  assert.match(wrong[0], /正文写减少 3件/);
  assert.match(wrong[1], CONCLUDED_WRONG);
  assert.match(wrong[1], /正文写增加 3件/);
  assert.deepEqual(said('全年新收政府信息公开申请46件、办结47件，同比分别增加6件、持平。'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件、办结47件，同比分别增加6件、与上年持平。'), []);
  // Without last year's report nothing can be checked.
  assert.deepEqual(said('全年新收政府信息公开申请46件、办结47件，同比分别减少3件、增加3件。', null), []);
});

test('fixY4: 较上年分别 / 分别较上年 with one direction for all, 、 or 和 between the counts and the changes', () => {
  const wrong = said('全年新收政府信息公开申请46件、办结47件，较上年分别增加6件、3件。');
  assert.equal(wrong.length, 1);
  assert.match(wrong[0], CONCLUDED_WRONG);
  assert.match(wrong[0], /正文写增加 3件/);
  assert.deepEqual(said('全年新收政府信息公开申请46件、办结47件，较上年分别增加6件、0件。'), []);
  assert.match(said('全年新收政府信息公开申请46件和办结47件，分别较上年增加6件和减少2件。').join('\n'), /正文写减少 2件/);
  assert.equal(said('全年新收政府信息公开申请46件和办结47件，分别较上年增加6件和减少2件。').length, 1);
  assert.deepEqual(said('全年新收政府信息公开申请46件和办结47件，分别较上年增加6件和持平。'), []);
});

test('fixY4: 分别增长 c%、d%, mixed directions and 持平 among rates', () => {
  const wrong = said('全年新收政府信息公开申请46件、办结47件，同比分别增长15%、下降2%。');
  assert.equal(wrong.length, 1);
  assert.match(wrong[0], /办理结果总计本年为 47，上年（2023 年度）报告中为 47，\(47 − 47\) \/ 47 = 0\.0%，应为与上年持平，正文写下降 2%/);
  assert.match(said('全年新收政府信息公开申请46件、办结47件，同比分别增长20%、持平。')[0] ?? '', /\(46 − 40\) \/ 40 = 15\.0%，应为增长 15\.0%，正文写增长 20%/);
  assert.deepEqual(said('全年新收政府信息公开申请46件、办结47件，同比分别增长15%、持平。'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件、办结47件，同比分别增长15%、0%。'), []);
});

test('fixY4: 分别为增加…、减少…, and 持平 said of a count that changed', () => {
  const wrong = said('全年新收政府信息公开申请46件、办结47件，与上年相比分别为增加6件、减少1件。');
  assert.equal(wrong.length, 1);
  assert.match(wrong[0], CONCLUDED_WRONG);
  assert.match(wrong[0], /正文写减少 1件/);
  assert.deepEqual(said('全年新收政府信息公开申请46件、办结47件，与上年相比分别为增加6件、持平。'), []);
  const flat = said('全年新收政府信息公开申请46件、办结47件，同比分别持平、持平。');
  assert.equal(flat.length, 1);
  assert.match(flat[0], NEW_WRONG);
});

test('fixY4: three terms are paired in order; more or fewer changes than counts say nothing', () => {
  const wrong = said('全年新收政府信息公开申请46件，上年结转2件，办结47件，同比分别增加6件、增加1件、持平。');
  assert.equal(wrong.length, 1);
  assert.match(wrong[0], /上年结转申请本年为 2，上年（2023 年度）报告中为 2，2 − 2 = 0，应为与上年持平，正文写增加 1件/);
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件，办结47件，同比分别增加6件、持平、持平。'), []);
  // Three counts, two changes; two counts, three changes: which change is whose cannot be told.
  assert.deepEqual(said('全年新收政府信息公开申请46件，上年结转2件，办结47件，同比分别减少3件、增加3件。'), []);
  assert.deepEqual(said('全年新收政府信息公开申请46件、办结47件，同比分别减少3件、增加3件、增加1件。'), []);
});

test('fixY4: the finding\'s own repro, 某某局2024 against 某某局2023 beside it', () => {
  const dir = join(ROOT, 'test/fixtures/crossyear');
  const now = readFileSync(join(dir, '某某局2024.md'), 'utf8').split('\n');
  const previous = core.parseReport(readFileSync(join(dir, '某某局2023.md'), 'utf8'));
  const check = (sentence) => {
    const lines = [...now];
    assert.match(lines[14], /^全年新收政府信息公开申请46件/);
    lines[14] = sentence;
    return core.checkReport(core.parseReport(lines.join('\n')), { previous }).filter((f) => f.ruleId === 'prose-change').map((f) => f.message);
  };
  const paired = check('全年新收政府信息公开申请46件、办结47件，同比分别减少3件、增加3件。');
  const apart = check('全年新收政府信息公开申请46件，同比减少1件；办结47件，同比增加3件。');
  assert.equal(apart.length, 1);
  assert.equal(paired.length, 2);
  assert.match(paired[1], /办理结果总计本年为 47，上年（2023 年度）报告中为 47，47 − 47 = 0，应为与上年持平，正文写增加 3件/);
  assert.deepEqual(check('全年新收政府信息公开申请46件、办结47件，同比分别减少1件、持平。'), []);
});
