// One wrong number in 表三 breaks its row's sum (T3-C) and its column's (T3-A or T3-B) alike; the sum rules then
// name that cell instead of each telling the user to change a correct total (from a fresh user's try).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
/** The report with the first value cell of row `label` (`| label | 21 |` → 22) replaced. */
const typo = (text, label, from, to) => {
  const re = new RegExp(`^(\\| ${label.replace(/[.()（）]/g, '\\$&')} +\\| )${from}( +\\|)`, 'm');
  assert.match(text, re);
  return text.replace(re, `$1${to}$2`);
};
const sums = (text, locale = 'zh') => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId.startsWith('sum-'));

test('a typo in a result row (予以公开/自然人 21 → 22): sum-applicants and sum-results both name that cell and its number', () => {
  const text = typo(correct, '（一）予以公开', 21, 22);
  const found = sums(text);
  assert.deepEqual(found.map((f) => f.ruleId).sort(), ['sum-applicants', 'sum-results']);
  // The first finding (reading order) explains the cell in full, the later one in short (breaker30 #8).
  assert.ok(found[0].message.includes('各处不成立的合计都经过“（一）予以公开”行“自然人”列这一格：它若为 21（现为 22），表中所有合计都成立，很可能是这个数填错了，请对照原表核对；若 22 无误，则需更新经过它的各个合计'), found[0].message);
  assert.ok(found[1].message.includes('（同上：很可能是“（一）予以公开”行“自然人”列这一格填错了，现为 22，应为 21；它不是总计，不自动修复。）'), found[1].message);
  for (const f of found) {
    assert.ok(!f.message.includes('或把总计改为'), `no advice to change the correct total: ${f.message}`);
    const line = text.split('\n').findIndex((l) => l.startsWith('| （一）予以公开'));
    assert.ok(f.related.some((r) => r.range.start.line === line && r.message === '可能填错：（一）予以公开（自然人）22 → 21'), JSON.stringify(f.related));
    // Each cell once: the named cell's entry replaces its plain one.
    const at = f.related.map((r) => `${r.range.start.line}:${r.range.start.character}`);
    assert.equal(new Set(at).size, at.length, JSON.stringify(f.related));
    assert.equal(f.fix, undefined, 'no total is set to match the typo');
  }
  const en = sums(text, 'en').find((f) => f.ruleId === 'sum-applicants');
  assert.ok(en.message.includes('Every sum that fails runs through one cell, row “（一）予以公开”, column 自然人: with 21 there instead of 22, every sum of the table holds, so that number is the likely typo; check it against the original table (if 22 is right, the sums through it need updating)'), en.message);
  // The fixed report keeps the typo for the person to correct.
  assert.ok(core.fixAll(text).text.includes('| 22 '));
});

test('a typo in 新收 (自然人 40 → 43): sum-applicants and sum-balance name it', () => {
  const text = typo(correct, '一、本年新收政府信息公开申请数量', 40, 43);
  const found = sums(text);
  assert.deepEqual(found.map((f) => f.ruleId).sort(), ['sum-applicants', 'sum-balance']);
  assert.ok(found[0].message.includes('“一、本年新收政府信息公开申请数量”行“自然人”列这一格：它若为 40（现为 43）'), found[0].message);
  assert.ok(found[1].message.includes('“一、本年新收政府信息公开申请数量”行“自然人”列这一格填错了，现为 43，应为 40'), found[1].message);
});

test('two typos in different rows and columns: no single cell explains them, so none is named', () => {
  const text = typo(typo(correct, '（一）予以公开', 21, 22), '1.本机关不掌握相关政府信息', 5, 7);
  const found = sums(text);
  assert.ok(found.length >= 3, found.map((f) => f.ruleId).join());
  for (const f of found) assert.ok(!f.message.includes('这一格'), f.message);
  assert.ok(found.some((f) => f.ruleId === 'sum-results' && f.message.includes('核对各办理结果')));
});

test('a wrong 总计 cell is itself the cell named, and its fix (set the total) is still offered', () => {
  assert.deepEqual(sums(correct), []);
  const text = correct.replace(/^(\| （一）予以公开 .*\| )24( +\|)$/m, '$125$2');
  assert.notEqual(text, correct);
  const found = sums(text);
  assert.deepEqual(found.map((f) => f.ruleId).sort(), ['sum-applicants', 'sum-results']);
  assert.ok(found[0].message.includes('“（一）予以公开”行“总计”列这一格：它若为 24（现为 25）'), found[0].message);
  assert.ok(found[1].message.includes('“（一）予以公开”行“总计”列这一格填错了，现为 25，应为 24。）'), found[1].message);
  const applicants = found.find((f) => f.ruleId === 'sum-applicants');
  assert.ok(applicants.fix, 'the total is the wrong number: setting it is the fix');
  assert.equal(core.fixAll(text).text, correct);
});

test('a result row one value short (商业企业 dropped when pasting): the column sums through it are info and say why; no cell is named', () => {
  const row = correct.split('\n').find((l) => l.startsWith('| （一）予以公开'));
  const cells = row.split('|');
  const text = correct.replace(row, [...cells.slice(0, 3), ...cells.slice(4)].join('|'));
  const all = core.checkReport(core.parseReport(text));
  assert.deepEqual(all.filter((f) => f.severity === 'error').map((f) => f.ruleId), ['cell-count']);
  const results = all.filter((f) => f.ruleId === 'sum-results');
  assert.ok(results.length >= 2, all.map((f) => f.ruleId).join());
  for (const f of results) {
    assert.equal(f.severity, 'info');
    assert.ok(f.message.includes('（“（一）予以公开”行的数值个数与格式不符，各数可能错了一列，这一列的合计因此未必有误：请先按原表补齐该行）'), f.message);
    assert.ok(!f.message.includes('或把总计改为') && !f.message.includes('这一格'), f.message);
    assert.equal(f.fix, undefined);
  }
  // A column sum the short row is not part of (T3-A: 新收, 上年结转, （七）总计, 结转下年度) keeps its severity.
  const balance = core.checkReport(core.parseReport(typo(text, '二、上年结转政府信息公开申请数量', 2, 3))).filter((f) => f.ruleId === 'sum-balance');
  assert.ok(balance.length >= 1 && balance.every((f) => f.severity === 'error'), JSON.stringify(balance.map((f) => f.severity)));
});

test('two typos (予以公开/自然人 21 → 22, 部分公开/总计 6 → 7): --fix restores the mistyped total only, and never copies the other typo into a correct total', () => {
  const text = typo(correct, '（一）予以公开', 21, 22).replace(/^(\| （二）部分公开.*\| )6( +\|)$/m, '$17$2');
  assert.equal(text.split('\n').filter((l, i) => l !== correct.split('\n')[i]).length, 2);
  const fixed = core.fixAll(text).text;
  const rowOf = (t, label) => t.split('\n').find((l) => l.startsWith(`| ${label}`)).split('|').slice(2, -1).map((c) => c.trim());
  assert.deepEqual(rowOf(fixed, '（二）部分公开'), rowOf(correct, '（二）部分公开'), 'the mistyped total is set back');
  assert.deepEqual(rowOf(fixed, '（一）予以公开'), rowOf(text, '（一）予以公开'), 'the row with the typo is left for the person: its total 24 stays');
  assert.ok(core.checkReport(core.parseReport(fixed)).some((f) => f.ruleId === 'sum-applicants'), 'the typo is still reported');
});
