// sum-results with a result row missing or blank (breaker51 #5): the column's sum is not known, but counts are never
// negative, so results that already add up to more than （七）总计 are wrong whatever the missing numbers are. That was
// not said at all (the sum was skipped); results that add up to less than the total are not a finding of this rule
// (the missing row may hold the rest; row-missing asks for it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = EXAMPLE.split('\n');
const row = (label) => lines.find((l) => l.startsWith(`| ${label}`));
const cells = (l) => l.split('|').slice(1, -1).map((c) => c.trim());
const write = (c) => `| ${c.join(' | ')} |`;
const findingsOf = (text) => core.checkReport(core.parseReport(text));
const PARTIAL = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';

/** The example with （一）予以公开's 自然人 and 总计 raised by `by`, and （二）'s row dropped or blanked (`how`). */
function variant(by, how) {
  const granted = cells(row('（一）予以公开'));
  granted[1] = String(Number(granted[1]) + by);
  granted[7] = String(Number(granted[7]) + by);
  let text = EXAMPLE.replace(row('（一）予以公开'), write(granted));
  const partial = row(PARTIAL);
  text = how === 'missing' ? text.replace(partial + '\n', '') : text.replace(partial, write([PARTIAL, ...Array(7).fill('')]));
  return text;
}

for (const how of ['missing', 'blank']) {
  test(`a result row ${how} and the others already above the total: sum-results says so in each such column, with no fix`, () => {
    const found = findingsOf(variant(20, how)).filter((f) => f.ruleId === 'sum-results');
    // 自然人: 41 − 21 − 5 + 41 = 56 > 41; 总计: 47 − 24 − 6 + 44 = 61 > 47. The other columns add up to no more.
    // `expected`: the results written, the least the column's results add up to (the review summary shows it; it
    // printed “undefined”, helper-203 #8).
    assert.deepEqual(found.map((f) => [f.severity, f.expected, f.actual, Boolean(f.fix)]), [['error', 56, 41, false], ['error', 61, 47, false]]);
    assert.match(found[0].message, /表三（七）总计（自然人列）为 41，而已填写的各办理结果之和已是 .* = 56，比总计多 15；“（二）部分公开.*”在这一列没有数/);
    assert.match(found[1].message, /（总计列）为 47，.* = 61，比总计多 14/);
    assert.ok(findingsOf(variant(20, how)).some((f) => f.ruleId === 'row-missing'));
  });

  test(`a result row ${how} and the others below the total: no sum-results finding (the row may hold the rest)`, () => {
    assert.deepEqual(findingsOf(variant(0, how)).filter((f) => f.ruleId === 'sum-results'), []);
    // Exactly the total without the row: not above it either.
    assert.deepEqual(findingsOf(variant(5, how)).filter((f) => f.ruleId === 'sum-results' && /自然人/.test(f.message)), []);
  });
}
