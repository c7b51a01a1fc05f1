// prose-percent: a result of 表三 named right before its share, after the list of results (breaker51 #7):
// `…，其他处理1件，予以公开占20%` and `予以公开率为75%` are shares of the applications concluded, the part the result's
// count named earlier in the sentence. They were not compared at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LIST = '办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件';
const percents = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'prose-percent');
const withShare = (share) => EXAMPLE.replace(`${LIST}；`, `${LIST}，${share}；`);

test('a named result\'s share that does not fit its count over the applications concluded is a warning', () => {
  assert.ok(EXAMPLE.includes(`${LIST}；`));
  for (const [share, written] of [['予以公开占20%', 20], ['予以公开率为75%', 75], ['部分公开占比为30%', 30]]) {
    const found = percents(withShare(share));
    assert.equal(found.length, 1, share);
    assert.equal(found[0].actual, written, share);
    assert.match(found[0].message, /写为 \d+%，但 (24|6) \/ 47 = /, share);
  }
});

test('the same shares written right are not findings', () => {
  for (const share of ['予以公开占51.1%', '予以公开率为51%', '部分公开占比为12.8%', '不予处理占6.4%']) assert.deepEqual(percents(withShare(share)), [], share);
});

test('results named before a list of counts with 分别占: shares of 办结, never of 新收 or 新收 + 上年结转 (helper-220 #11)', () => {
  const line = (s) => EXAMPLE.split('\n').map((l, i) => (i === 14 ? s : l)).join('\n');
  // 办结 not written: the whole cannot be told, nothing is said (it said 6 / 46 or 6 / 48 for 12.8%, which is 6 / 47).
  assert.deepEqual(percents(line('全年新收政府信息公开申请46件，上年结转2件。予以公开、部分公开的分别为24件、6件，分别占51.1%、12.8%。')).map((f) => f.message), []);
  // 办结 written: compared with it.
  const found = percents(line('全年新收政府信息公开申请46件，上年结转2件，办结47件。予以公开、部分公开的分别为24件、6件，分别占51.1%、12.9%。'));
  assert.equal(found.length, 1);
  assert.match(found[0].message, /12\.9%，但 6 \/ 47 = 12\.8%/);
  // Parts of the count received (channels) are still shares of it.
  const channels = percents(line('全年新收政府信息公开申请46件，其中网上申请30件、信函申请16件，分别占65.2%、35.8%。'));
  assert.equal(channels.length, 1);
  assert.match(channels[0].message, /16 \/ 46 = 34\.8%/);
});
