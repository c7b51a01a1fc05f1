// brk102 #6: the real 淮安 2024 report (pdftotext text) with two cells changed, （二）部分公开 自然人 447→448 and
// （六）2 总计 6→7. No one cell explains every failing sum, and the first run said of the （二） row "总计应为 455…实为
// 454", at the 总计 cell, while the wrong cell is 自然人 448 (its row's sum and its column's results sum both fail
// through it); only after --fix repaired the other cell did the re-check name 448. Each typo explains the failing
// sums through it: the finding of its row names it and sits on it, and no fix rewrites the right 总计.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, CORPUS } from '../helpers.mjs';

const REAL = readFileSync(join(CORPUS, 'peers', 'govnianbao_huaian-city_2024.txt'), 'utf8');
const lines = REAL.split('\n');
const at = (text, r) => text.split('\n')[r.start.line].slice(r.start.character, r.end.character);
const mutate = () => {
  const out = [...lines];
  // （二）部分公开's numbers are on the label's wrapped line: 447 … 454.
  const a = out.findIndex((l) => /^\s+447\s+7\s+0\s+0\s+0\s+0\s+454\s*$/.test(l));
  const b = out.findIndex((l) => /求缴纳费用、行政机关不再处理\s+6(\s+0){5}\s+6\s*$/.test(l));
  assert.ok(a > 0 && b > 0);
  out[a] = out[a].replace('447', '448');
  out[b] = out[b].replace(/6(\s*)$/, '7$1');
  return { text: out.join('\n'), a, b };
};

test('the real 淮安 2024 table checks clean for the sums', () => {
  assert.deepEqual(core.analyze(REAL).findings.filter((f) => f.ruleId.startsWith('sum-')), []);
});

test('two typos: the （二） row\'s finding is at 自然人 448 and says it should be 447; no fix writes its 总计', () => {
  const { text, a, b } = mutate();
  const sums = core.analyze(text).findings.filter((f) => f.ruleId === 'sum-applicants');
  const two = sums.find((f) => f.message.includes('（二）部分公开'));
  assert.ok(two, sums.map((f) => f.message).join('\n'));
  assert.equal(two.range.start.line, a);
  assert.equal(at(text, two.range), '448');
  assert.match(two.message, /总计为 454，与六类申请人之和 455 不符/);
  assert.match(two.message, /“自然人”列这一格的合计（它所在的行和列）都不成立：它若为 447（现为 448）/);
  assert.doesNotMatch(two.message, /总计应为 455/);
  assert.equal(two.fix, undefined);
  const en = core.analyze(text, { locale: 'en' }).findings.find((f) => f.ruleId === 'sum-applicants' && f.range.start.line === a);
  assert.match(en.message, /with 447 there instead of 448/);
  // The other typo, a 总计, is named at its cell, and --fix sets it right; the （二） 总计 454 stays.
  const six = sums.find((f) => f.range.start.line === b);
  assert.match(six.message, /它若为 6（现为 7）/);
  const fixed = core.fixAll(text).text.split('\n');
  assert.match(fixed[a], /448\s+7\s+0\s+0\s+0\s+0\s+454/);
  assert.match(fixed[b], /6(\s+0){5}\s+6\s*$/);
  // The re-check names the same cell.
  const again = core.analyze(fixed.join('\n')).findings.find((f) => f.ruleId === 'sum-applicants');
  assert.match(again.message, /它若为 447（现为 448）/);
});
