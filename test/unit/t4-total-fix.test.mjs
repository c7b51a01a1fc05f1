// Found by a third fresh user: `--fix` set a correct 表四 总计 to the sum of a typo'd result and then rewrote the
// correct prose to match (行政复议4件 → 10件), so the typo became permanent in two places. A 表四 group has one
// identity only: the total is set only when the prose confirms it is the wrong number, and fixAll never lets
// prose-table rewrite the prose to a table value an earlier pass changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const fixture = (name) => readFileSync(join(ROOT, 'test', 'fixtures', 'reports', name), 'utf8');
const findings = (text) => core.checkReport(core.parseReport(text));
const T4_ROW = '| 2        | 0        | 1        | 0        | 3    |';
const PROSE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
/** The example with its 表四 value row's 15 numbers replaced (same widths, so the aligned table stays aligned). */
function t4Row(values) {
  const line = correct.split('\n').find((l) => l.startsWith(T4_ROW));
  assert.ok(line);
  const cells = line.split('|').slice(1, -1);
  assert.equal(cells.length, 15);
  const row = '|' + cells.map((c, i) => ` ${String(values[i]).padEnd(c.length - 1)}`).join('|') + '|';
  return correct.replace(line, row);
}
const ROW = [2, 0, 1, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0];
const withRow = (changes) => t4Row(ROW.map((v, i) => (i in changes ? changes[i] : v)));

test('sum-review: a typo in a result (the breaker\'s t7_t4.md) keeps its correct total and prose; the re-check still says it', () => {
  const text = fixture('breaker3-t4-result-typo.md');
  const f = findings(text).filter((x) => x.ruleId === 'sum-review');
  assert.equal(f.length, 1);
  assert.equal(f[0].fix, undefined);
  assert.match(f[0].message, /正文“行政复议4件”与总计 4 一致/);
  assert.doesNotMatch(f[0].message, /改为/);
  const out = core.fixAll(text);
  assert.equal(out.text, text);
  assert.deepEqual(findings(out.text).filter((x) => x.ruleId === 'sum-review').map((x) => x.message), [f[0].message]);
});

test('sum-review: the same on the example (结果纠正 0 → 6, total 3 and 行政复议3件 right): nothing is changed', () => {
  const text = withRow({ 1: 6 });
  const f = findings(text).filter((x) => x.ruleId === 'sum-review');
  assert.equal(f.length, 1);
  assert.equal(f[0].fix, undefined);
  assert.ok(f[0].related.some((r) => /行政复议3件/.test(r.message)), 'the prose is a related location');
  assert.equal(core.fixAll(text).text, text);
});

test('sum-review: a typo in the total that the prose confirms (行政复议3件, total 8) is still fixed', () => {
  const text = withRow({ 4: 8 });
  const f = findings(text).filter((x) => x.ruleId === 'sum-review');
  assert.equal(f.length, 1);
  assert.ok(f[0].fix);
  assert.match(f[0].message, /正文“行政复议3件”与各项之和 3 一致/);
  assert.equal(core.fixAll(text).text, correct);
});

test('sum-review: 行政诉讼N件 confirms a suit group\'s total when the other suit group adds up', () => {
  const text = withRow({ 9: 5 });
  const f = findings(text).filter((x) => x.ruleId === 'sum-review');
  assert.equal(f.length, 1);
  assert.ok(f[0].fix);
  // 2 = 直接起诉 2 (1 + 0 + 0 + 1) + 复议后起诉 0.
  assert.match(f[0].message, /行政诉讼2件”与各项之和 2 一致/);
  assert.equal(core.fixAll(text).text, correct);
});

test('sum-review: prose silent on the group: no fix, and the message asks to check the five numbers without "set the total"', () => {
  const text = withRow({ 4: 8 }).replace(PROSE, '全年未发生其他情况。');
  const f = findings(text).filter((x) => x.ruleId === 'sum-review');
  assert.equal(f.length, 1);
  assert.equal(f[0].fix, undefined);
  assert.match(f[0].message, /核对这五个数（结果维持 2、结果纠正 0、其他结果 1、尚未审结 0、总计 8）/);
  assert.doesNotMatch(f[0].message, /改为/);
  assert.equal(core.fixAll(text).text, text);
});

test('sum-review: a prose result that differs from the table\'s withholds the fix even when the count agrees with the sum', () => {
  const text = withRow({ 4: 8 }).replace(PROSE, '全年因政府信息公开被申请行政复议3件，其中结果维持1件。被提起行政诉讼2件。');
  const f = findings(text).filter((x) => x.ruleId === 'sum-review');
  assert.equal(f.length, 1);
  assert.equal(f[0].fix, undefined);
  assert.match(f[0].message, /与表中该结果数不同/);
});

test('fixAll: prose-table never rewrites the prose to a table value an earlier pass changed', () => {
  // 表三 （七）总计 total typo 47 → 74, repeated in the prose (办结74件): the table's other sums set the cell back to
  // 47 in the first pass; the prose said 74 and is left for the user (prose-table still says it).
  const text = correct.replace(/(\| （七）总计 +\| 41 +\| 3 +\| 0 +\| 1 +\| 2 +\| 0 +\| )47/, '$174').replace('办结47件', '办结74件');
  assert.notEqual(text, correct);
  assert.ok(findings(text).some((x) => x.ruleId !== 'prose-table' && x.fix), 'a table fix is offered');
  const out = core.fixAll(text);
  assert.match(out.text, /办结74件/);
  assert.match(out.text, /\| （七）总计 +\| 41 +\| 3 +\| 0 +\| 1 +\| 2 +\| 0 +\| 47/);
  assert.equal(out.fixed.filter((x) => x.ruleId === 'prose-table').length, 0);
  assert.equal(out.withheld.filter((x) => x.ruleId === 'prose-table').length, 1);
  const after = findings(out.text).filter((x) => x.ruleId === 'prose-table');
  assert.equal(after.length, 1);
  assert.equal(after[0].actual, 74);
});

test('fixAll: prose-table still fixes prose whose table cells no pass changed', () => {
  const text = correct.replace('办结47件', '办结74件');
  const out = core.fixAll(text);
  assert.equal(out.text, correct);
  assert.deepEqual(out.withheld, []);
});

test('sum-results: with two typos (the breaker\'s t4_two_typos.md) the withheld fix is not advised ("或把总计改为" would spread a typo)', () => {
  const f = findings(fixture('breaker3-t3-two-typos.md')).filter((x) => x.ruleId === 'sum-results');
  assert.ok(f.length >= 1);
  for (const x of f) {
    assert.equal(x.fix, undefined);
    assert.doesNotMatch(x.message, /改为/);
    // The typos are in result cells (本机关不掌握 自然人 16 for 10, 部分公开 商业企业 3 for 1): each explains the
    // failing sums through it (its row's and its column's), and the message of its column names it (brk102 #6; it
    // said only that some result was too large).
    assert.match(x.message, /很可能是“(1\.本机关不掌握相关政府信息”行“自然人”列这一格填错了，现为 16，应为 10|（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行“商业企业”列这一格填错了，现为 3，应为 1)/);
  }
});

test('prose-table: a 表四 group that adds up around a typo (2/0/1/0/3 typed 3/0/1/0/4) is no ground to rewrite the prose 行政复议3件', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { core: c, ROOT: root } = await import('../helpers.mjs');
  const correct = readFileSync(join(root, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const text = correct.replace(/^\| 2( +)\| 0( +)\| 1( +)\| 0( +)\| 3( +)\|/m, '| 3$1| 0$2| 1$3| 0$4| 4$5|');
  assert.notEqual(text, correct);
  const f = c.checkReport(c.parseReport(text)).filter((x) => x.ruleId === 'prose-table');
  assert.ok(f.some((x) => x.message.includes('表四每组只有一个勾稽关系，看不出错的是正文还是表格：请对照原表核对，未自动修改。')), f.map((x) => x.message).join('\n'));
  assert.ok(f.every((x) => !x.fix), 'no prose rewrite from 表四');
  const fixed = c.fixAll(text).text;
  assert.ok(fixed.includes('行政复议3件'), 'the correct prose stays');
  assert.ok(c.checkReport(c.parseReport(fixed)).some((x) => x.ruleId === 'prose-table'), 'the contradiction is still reported');
});
