// sum-suspect: a finding on a correct total asks for no other number, and the likely typo's note is whole only once
// (found by breaker30).
// breaker30 #7/#8: when the sum rules name one cell as the likely typo, a finding on another (correct) total does not
// say that total "应为" another number; and the long explanation of that cell is said in full by the first finding
// (reading order) only, the later ones give its short form. expected/actual stay the two sides (rules.md), but for
// sum-results' total said to be right (brk183 #4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, cellTypo } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const typo = cellTypo;
const sums = (text, locale = 'zh') => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId.startsWith('sum-'));
const LONG = '各处不成立的合计都经过';

test('an applicant cell typo (予以公开 法律服务机构 1 → 4): no headline asks for another 总计; the note is whole once, short after', () => {
  const text = typo(correct, '（一）予以公开', 4, 1, 4);
  const fs = sums(text);
  assert.deepEqual(fs.map((f) => f.ruleId), ['sum-applicants', 'sum-results']);
  const [app, res] = fs;
  assert.ok(app.message.startsWith('表三“（一）予以公开”行的总计为 24，与六类申请人之和 27 不符，相差 -3。'), app.message);
  assert.ok(app.message.includes(`${LONG}“（一）予以公开”行“法律服务机构”列这一格：它若为 1（现为 4）`), app.message);
  assert.ok(res.message.startsWith('表三（七）总计（法律服务机构列）为 2，与各办理结果之和不符，相差 -3'), res.message);
  assert.ok(!res.message.includes(LONG), res.message);
  assert.ok(res.message.includes('（同上：很可能是“（一）予以公开”行“法律服务机构”列这一格填错了，现为 4，应为 1；它不是总计，不自动修复。）'), res.message);
  assert.ok(!/应为 27|应为 5/.test(app.message + res.message));
  // The JSON contract: expected/actual are the two sides; sum-results' expected is the total as written when its
  // message says another cell, not the total, is the typo (README, brk183 #4).
  assert.deepEqual([app.expected, app.actual, res.expected, res.actual], [27, 24, 2, 2]);
  const en = sums(text, 'en');
  assert.ok(en[0].message.startsWith('表三 row “（一）予以公开”: 总计 is 24, the six applicant columns add up to 27 (difference -3).'), en[0].message);
  assert.ok(en[1].message.includes(' (As above: the likely typo is row “（一）予以公开”, column 法律服务机构: 4, which should be 1; not a total, so not fixed automatically.)'), en[1].message);
});

test('a wrong （七）总计 total (47 → 48): three findings at the cell, the explanation whole in the first only; the headlines still ask for 47', () => {
  const fs = sums(typo(correct, '（七）总计', 6, 47, 48));
  assert.deepEqual(fs.map((f) => f.ruleId), ['sum-applicants', 'sum-balance', 'sum-results']);
  assert.equal(fs.filter((f) => f.message.includes(LONG)).length, 1);
  assert.ok(fs[0].message.includes(LONG));
  for (const f of fs.slice(1)) assert.ok(f.message.endsWith('（同上：很可能是“（七）总计”行“总计”列这一格填错了，现为 48，应为 47。）'), f.message);
  assert.ok(fs[0].message.startsWith('表三“（七）总计”行的总计应为 47（六类申请人之和），实为 48'), fs[0].message);
  assert.ok(fs[2].message.startsWith('表三（七）总计（总计列）应为 47，实为 48'), fs[2].message);
});
