// brk86 #10: an approximate count in the prose (`收到申请100余件` against 表三's 46) was never compared: every count
// with 余, 多, 约, 超过 … was skipped. The ones that say what they allow are compared by that: 余/多 after a round
// number (100余 101–199, 120余 121–129, 40多 41–49), 以上 (at least), 超过/逾 (more than: brk130 #10), 以下 (at most),
// 不足/不到 (fewer than: brk130 #10). Said as written (`多于 50`, `少于 40`), never fixed.
// 约, 近, 左右 allow too much to contradict anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const COUNT = '全年新收政府信息公开申请46件';
const withCount = (written) => CORRECT.replace(COUNT, `全年新收政府信息公开申请${written}`);

test('an approximate count that 表三 does not fit is prose-table, with what it allows, and no fix', () => {
  assert.ok(CORRECT.includes(COUNT));
  for (const [written, allows] of [['100余件', '在 101 至 199 之间'], ['120余件', '在 121 至 129 之间'], ['50多件', '在 51 至 59 之间'], ['超过50件', '多于 50 '], ['逾50件', '多于 50 '], ['50件以上', '不少于 50 '], ['不足40件', '少于 40 '], ['不到40件', '少于 40 '], ['不到46件', '少于 46 '], ['逾46件', '多于 46 '], ['不超过40件', '不多于 40 '], ['40件以下', '不多于 40 '], ['多于50件', '多于 50 '], ['少于40件', '少于 40 ']]) {
    const text = withCount(written);
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['prose-table'], written);
    const [f] = found;
    assert.match(f.message, new RegExp(`表三的本年新收申请为 46，而正文说的是${allows}的数`), written);
    assert.equal(f.fix, undefined, written);
    assert.ok(f.related?.length, written);
    // Nothing is rewritten.
    assert.equal(core.fixAll(text).text, text, written);
  }
  const [en] = core.analyze(withCount('100余件'), { locale: 'en' }).findings;
  assert.match(en.message, /is 46, while the prose's approximate count means a number between 101 and 199/);
});

test('an approximate count that 表三 fits, or one that allows too much, is not', () => {
  for (const written of ['40余件', '40多件', '超过40件', '超过45件', '46件以上', '46件以下', '不少于46件', '不超过46件', '不足50件', '不到47件', '约50件', '近50件', '50件左右', '约100件']) {
    assert.deepEqual(core.analyze(withCount(written)).findings, [], written);
  }
});

// brk92 #3: the same counts in Chinese numerals (`五十余件`, `一百余件`, `超过五十件`) were never compared, while `50余件` was;
// `百余件`, `千余件` (a unit alone before 余) were not read as numbers at all.
test('an approximate count in Chinese numerals is compared as the Arabic one is', () => {
  for (const [written, allows] of [['五十余件', '在 51 至 59 之间'], ['一百余件', '在 101 至 199 之间'], ['超过五十件', '多于 50 '], ['五十件以上', '不少于 50 '], ['不足四十件', '少于 40 '], ['百余件', '在 101 至 199 之间'], ['千余件', '在 1001 至 1999 之间'], ['万余件', '在 10001 至 19999 之间']]) {
    const found = core.analyze(withCount(written)).findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['prose-table'], written);
    assert.match(found[0].message, new RegExp(`而正文说的是${allows}的数`), written);
    assert.equal(found[0].fix, undefined, written);
  }
  for (const written of ['四十余件', '四十多件', '超过四十件', '约五十件']) assert.deepEqual(core.analyze(withCount(written)).findings, [], written);
  // A unit alone is read only before 余/多: `百件` and `数百件` stay words.
  for (const written of ['百件', '数百件', '数十件']) assert.deepEqual(core.analyze(withCount(written)).findings, [], written);
});
