// Ranges of counts and shares with a direction (brk141 #10): `50至60件`, `50-60件` allow 50 to 60, so a table figure of
// 46 contradicts them as it does `50余件` and `超过50件`; `占比超过六成` and `占比超过60%` say more than 60%, which
// 24 / 47 = 51.1% is not. Base: examples/correct-2024.nianbao.md (表三: 新收 46, 办结 47, 予以公开 24, 部分公开 6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SENTENCE = /^全年新收政府信息公开申请46件.*$/m;
const found = (s) => core.checkReport(core.parseReport(CORRECT.replace(SENTENCE, s)))
  .filter((f) => f.ruleId.startsWith('prose-')).map((f) => ({ rule: f.ruleId, message: f.message, fix: Boolean(f.fix) }));
const SHARE = '全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开24件，';

test('the base holds the sentence', () => assert.ok(SENTENCE.test(CORRECT)));

test('a range of counts that leaves out the table\'s figure contradicts it, without a fix', () => {
  for (const range of ['50至60件', '50-60件', '50～60件']) {
    const out = found(`全年新收政府信息公开申请${range}，上年结转2件，共办结47件。`);
    assert.equal(out.length, 1, range);
    assert.equal(out[0].rule, 'prose-table');
    assert.match(out[0].message, new RegExp(`^正文“新收政府信息公开申请${range}”与表三不一致：表三的本年新收申请为 46，而正文说的是在 50 至 60 之间的数`));
    assert.equal(out[0].fix, false);
  }
});

test('a range that holds the figure, or one made loose, says nothing; other ranges are no counts', () => {
  for (const s of [
    '全年新收政府信息公开申请40至50件，上年结转2件，共办结47件。',
    '全年新收政府信息公开申请40-50件，上年结转2件，共办结47件。',
    '全年新收政府信息公开申请约50至60件，上年结转2件，共办结47件。',
    '全年新收政府信息公开申请46件，上年结转2件，共办结47件，平均办理时间为3-5个工作日。',
    '2023至2024年，全年新收政府信息公开申请46件，上年结转2件，共办结47件。',
  ]) assert.deepEqual(found(s), [], s);
});

test('a share more (or less) than a figure, in % or in 成, is checked by its side', () => {
  for (const [tail, written] of [['占比超过六成。', '超过六成'], ['占比超过60%。', '超过60%'], ['占比不足五成。', '不足五成']]) {
    const out = found(SHARE + tail);
    assert.equal(out.length, 1, tail);
    assert.equal(out[0].rule, 'prose-percent');
    assert.equal(out[0].message, `比率写为 ${written}，但 24 / 47 = 51.1%。请核对比率或这两个数字。`);
  }
  for (const tail of ['占比超过五成。', '占比超过50%。', '占比五成以上。', '占比近五成。', '占比六成。', '占比不足六成。'])
    assert.deepEqual(found(SHARE + tail), [], tail);
  assert.deepEqual(found('全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开24件、部分公开6件，合计占比超过六成。'), []);
});
