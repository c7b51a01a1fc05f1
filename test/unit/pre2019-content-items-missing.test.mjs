// A pre-2019 report must report the content items of 2008《条例》第三十二条 (templates.md §2.1: 主动公开, 依申请公开,
// 收费及减免, 复议/诉讼, 问题及改进). Its sections are convention (§2.2), so each item is looked for by its words
// anywhere in the report; one that is nowhere is said (info), one finding per item (brk159 #2: reports without
// 依申请公开, without 收费 and 复议/诉讼, passed with no finding; only a report without both 主动公开 and 依申请公开
// had one). The introduction's list of the parts names a part and reports nothing. Seed 004, which says 依申请,
// 收支 and 复议/诉讼 in one sentence of its first part, stays silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, edit, ROOT } from '../helpers.mjs';

const fixture = (name) => readFileSync(join(ROOT, 'test/fixtures/reports', name), 'utf8');
const missing = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'section-missing');

test('a 2017 report without any 依申请公开 (renumbered, its intro not naming it): one info on that item', () => {
  const text = fixture('brk159-b38-2017-no-yishenqing-renumbered.md');
  assert.equal(core.parseReport(text).format, 'pre2019');
  const found = missing(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].severity, 'info');
  assert.match(found[0].message, /没有找到“依申请公开政府信息和不予公开政府信息的情况”的内容；2008《条例》第三十二条/);
  // Shown at the heading of the part that follows where it belongs (三、…收费…).
  assert.equal(found[0].range.start.line, 18);
});

test('a 2010 report without 收费 and without 复议/诉讼 (教育收费 is a topic of its 主动公开, not the fees): one info each', () => {
  const found = missing(fixture('brk159-b39-2010-no-fee-no-review-renumbered.txt'));
  assert.equal(found.length, 2, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /政府信息公开的收费及减免情况/);
  assert.match(found[1].message, /因政府信息公开申请行政复议、提起行政诉讼的情况/);
  assert.ok(found.every((f) => f.severity === 'info'));
});

test('the intro naming 依申请公开 among the parts does not count; the gap 二→四 is the missing part, not a numbering slip', () => {
  const text = fixture('brk159-b23-2017-no-yishenqing.md');
  const all = core.analyze(text).findings;
  const found = all.filter((f) => f.ruleId === 'section-missing');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /依申请公开政府信息/);
  // section-order no longer asks to renumber 四 to 三 (which hides the gap instead of filling it).
  assert.deepEqual(all.filter((f) => f.ruleId === 'section-order'), []);
  // A gap with every item there is still a numbering slip.
  const slip = edit(text, '## 二、主动公开政府信息情况', '## 二、主动公开政府信息情况\n\n本年度共受理政府信息公开申请3件，均已按期答复。');
  assert.deepEqual(missing(slip), []);
  assert.equal(core.analyze(slip).findings.filter((f) => f.ruleId === 'section-order').length, 1);
});

test('a report with only its overview: each missing item said once', () => {
  const text = '# 云河市卫生委2016年政府信息公开工作年度报告\n\n本报告中所列数据统计期限自2016年1月1日起至2016年12月31日止。\n\n## 一、概述\n\n2016年，我委重点推进医疗卫生领域信息公开，各项工作有序开展。\n\n云河市卫生委\n\n2017年3月28日\n';
  const found = missing(text);
  assert.equal(found.length, 5, found.map((f) => f.message).join('\n'));
  for (const [i, w] of ['主动公开', '依申请公开', '收费及减免', '行政复议', '存在的主要问题'].entries()) assert.match(found[i].message, new RegExp(w));
});

test('items folded into one sentence of another part (seed 004) and the old-era seeds: nothing said', () => {
  for (const seed of ['seeds/000_f7ed614ce96fc61e.txt', 'seeds/002_029685eb87fde92d.txt', 'seeds/004_f7bfe38ed4197dfc.txt']) {
    assert.deepEqual(missing(corpusText(seed)).map((f) => f.message), [], seed);
  }
  // Seed 004 without its sentence on the 收支 (its 价格和收费 is a topic disclosed, not the fees): the fee item is said.
  const seed = corpusText('seeds/004_f7bfe38ed4197dfc.txt');
  const noFees = edit(seed, '没有发生政府信息公开申请方面的收支;', '');
  const found = missing(noFees);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /收费及减免/);
});
