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
