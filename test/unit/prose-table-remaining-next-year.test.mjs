// The rest to be done in the next year (brk184 #5): `剩余2件将于2023年办结`, `…将于2023年继续办理` in a 2022 report say
// how many are carried over to next year, 表三's 结转下年度继续办理, as `剩余2件继续办理` does; another year named there
// is not the next one's count. Base: fixtures/reports/brk184-township-2022.md (a correct 2022 township report:
// 新收 13, 上年结转 1, 办理结果总计 13, 结转下年度继续办理 1), its 表三 sentence (line 15) rewritten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, proseTableOf } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/brk184-township-2022.md'), 'utf8');
/** The prose-table findings of the base with its 表三 sentence (line 15) replaced by `sentence`: words, table, prose. */
const found = (sentence) => {
  const lines = BASE.split('\n');
  lines[14] = sentence;
  return proseTableOf(lines.join('\n')).map((f) => [f.message.match(/正文“([^”]+)”/)[1], f.expected, f.actual]);
};
const HEAD = '2022年，我镇新收政府信息公开申请13件，加上2021年结转的1件，共需办理14件，截至年底已办结13件，按期答复率100%，';

test('剩余…将于<next year>办结 is the count carried over to next year', () => {
  for (const rest of ['剩余2件将于2023年办结。', '剩余2件将于2023年继续办理。', '剩余2件申请将于2023年内办结。', '其余2件将在2023年1月办理完毕。']) {
    const out = found(HEAD + rest);
    assert.equal(out.length, 1, rest);
    assert.equal(out[0][1], 1, rest);
    assert.equal(out[0][2], 2, rest);
  }
  // (As without the year, which was read before.)
  assert.deepEqual(found(`${HEAD}剩余2件继续办理。`), [['剩余2件继续办理', 1, 2]]);
});

test('the right count, or a year other than the next, is no error', () => {
  for (const rest of ['剩余1件将于2023年办结。', '剩余1件将于2023年继续办理。', '剩余2件将于2024年办结。', '剩余2件已于2022年12月办结。'])
    assert.deepEqual(found(HEAD + rest), [], rest);
});

test('the tester\'s correct variants stay clean', () => {
  for (const s of [
    '全年共受理政府信息公开申请14件（含上年结转1件），已办结13件，1件结转下年度继续办理。',
    `${HEAD}剩余1件将于2023年办结。`,
    '2022年共收到政府信息公开申请13件，同比下降18.8%（2021年16件），办结13件（含2021年结转1件），结转2023年1件。',
    '全年收到各类政府信息公开申请13件，与上年持平。其中，当面申请2件，网络申请9件，信函申请2件。所有申请均在法定期限内予以答复。',
    '2022年镇政府收到政府信息公开申请十三件，答复十三件，结转一件。',
    '依申请公开方面，全年收到申请13件，其中自然人11件、商业企业2件；从办理结果看，予以公开6件，部分公开1件，无法提供4件，不予处理1件，其他处理1件；另有1件尚在答复期内。',
  ]) assert.deepEqual(found(s), [], s);
});
