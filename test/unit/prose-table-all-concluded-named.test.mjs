// prose-table: more ways of saying every one of the year's applications was concluded (breaker40 #1), each an error
// against a nonzero 结转下年度继续办理: the applications named before 均/全部/已 (所有申请均已办结, 全部申请已依法答复,
// 申请均已按期办结), a claim after `；` or in the next sentence (上述申请已全部办结), 依申请公开办结率达到100%, and
// 做到件件有回复、全部办结. The tester's sentences, on B1 (表三 新收 46, 上年结转 2, 办结 47, 结转下年度 1) with B1's
// numbers in place of report A's (新收 177, 上年结转 4, 办结 176, 结转下年度 5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { proseBrief as brief, proseTableOf as table, proseInput as input } from '../helpers.mjs';

test('breaker40 #1: "all concluded" with the applications named, after ；, in the next sentence, or as 依申请公开办结率: an error against 结转下年度', () => {
  for (const [line, phrase] of [
    ['全年新收政府信息公开申请46件，上年结转2件，所有申请均已办结。', '所有申请均已办结'],
    ['本机关共受理政府信息公开申请48件，所有申请均已在法定期限内办结。', '所有申请均已在法定期限内办结'],
    ['全年新收政府信息公开申请46件，上年结转2件，全部申请已依法答复。', '全部申请已依法答复'],
    ['全年新收政府信息公开申请46件，上年结转2件；申请均已按期办结。', '申请均已按期办结'],
    ['全年新收政府信息公开申请46件，上年结转2件；申请均已按期办结，未发生逾期答复情况。', '申请均已按期办结'],
    ['全年收到政府信息公开申请46件。截至2024年12月31日，上述申请已全部办结。', '上述申请已全部办结'],
    ['全年新收政府信息公开申请46件，上年结转2件，做到件件有回复、全部办结。', '做到件件有回复、全部办结'],
    ['全年共收到政府信息公开申请46件，依申请公开办结率达到100%。', '依申请公开办结率达到100%'],
  ]) {
    const found = table(input('B1', line));
    assert.deepEqual(found.map(brief), [[0, 1, 'R4', 'error', undefined]], line);
    assert.ok(found[0].message.includes(`正文“${phrase}”`) && found[0].message.includes('结转下年度继续办理为 1'), found[0].message);
  }
});

test('breaker40 #1: last year\'s, a part, what is not yet done, how the ones concluded were, another rate: not read as all concluded', () => {
  for (const line of [
    // The tester's non-claims.
    '全年新收政府信息公开申请46件，上年结转2件。上年结转的2件申请已全部办结。',
    '全年新收政府信息公开申请46件，上年结转2件，按时办结率100%。',
    '全年新收政府信息公开申请46件，上年结转2件，均在法定期限内答复，按时办结47件。',
    '全年新收政府信息公开申请46件，上年结转2件，已办结的申请均在法定期限内作出答复。',
    '全年新收政府信息公开申请46件，上年结转2件，办结47件，结转下年度继续办理1件，申请人满意率100%。',
    '全年受理12345热线工单2310件，办结率100%。全年新收政府信息公开申请46件，上年结转2件。',
    '全年新收政府信息公开申请46件，上年结转2件，已办结47件，其余1件将在法定期限内全部办结。',
    '全年新收政府信息公开申请46件，上年结转2件；对已办结的47件申请，全部在法定期限内答复。',
    // After ；, last year's or a part; in the next sentence, the ones concluded; a part before 、.
    '全年新收政府信息公开申请46件，上年结转2件；上年结转的2件已全部办结。',
    '全年新收政府信息公开申请46件，上年结转2件；其中网上申请30件，均已办结。',
    '全年新收政府信息公开申请46件。对已办结的申请，全部在法定期限内答复。',
    '全年新收政府信息公开申请46件，上年结转2件；部分申请已答复、其余均将在法定期限内办结。',
  ]) assert.deepEqual(table(input('B1', line)).map(brief), [], line);
});
