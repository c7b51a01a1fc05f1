// breaker50 #4: with two independent errors in 表三 (an applicant cell of `1.属于国家秘密` 0 → 1, and （七）总计's 总计
// 47 → 48), --fix "corrected" the row's right total 0 → 1: with the wrong （七）总计 beside it, the 总计 column's result
// rows then agreed with that wrong total. A fix that makes the result rows disagree with 新收 + 上年结转 − 结转下年度
// (which they matched) is not offered, and 表三's sum fixes are weighed together (two that each look right alone may
// contradict each other). Property: whatever 1 or 2 cells are mistyped, no fix writes a number into a cell that is
// neither what the report had nor what the typo wrote. (Three typos can cancel out so that a wrong fix balances every
// sum through it; no checker can tell those from one typo without the original table.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINES = CORRECT.split('\n');
const T3 = core.parseReport(CORRECT).tables.t3;
/** The value cells of 表三: line, UTF-16 range, value. */
const CELLS = T3.rows.filter((r) => r.cells.length).flatMap((r) => r.cells.map((c) => ({ line: c.range.start.line, from: c.range.start.character, to: c.range.end.character, value: c.value })));
const valuesOf = (text) => core.parseReport(text).tables.t3.rows.filter((r) => r.cells.length).flatMap((r) => r.cells.map((c) => c.value));

/** The example with cells `k` set to their value + delta (a cell is written in its place, its padding adjusted). */
function withTypos(typos) {
  const lines = [...LINES];
  for (const { k, delta } of [...typos].sort((a, b) => CELLS[b.k].from - CELLS[a.k].from)) {
    const c = CELLS[k];
    const now = String(Math.max(0, c.value + delta));
    const line = lines[c.line];
    // The padding after the cell gives way to a longer number, and grows for a shorter one.
    let end = c.to;
    const cell = now.padEnd(c.to - c.from);
    while (cell.length > end - c.from && line[end] === ' ' && line[end + 1] === ' ') end++;
    lines[c.line] = line.slice(0, c.from) + cell + line.slice(end);
  }
  return lines.join('\n');
}

test('two errors: the row total that its column confirms is not changed; only （七）总计 is fixed', () => {
  const text = CORRECT.replace(/^(\| 1\.属于国家秘密 +\| 0 +\| 0 +\| )0 /m, '$11 ').replace(/^(\| （七）总计 +\|(?: [^|]+\|){6} )47 /m, '$148 ');
  assert.equal(text.split('\n').filter((l, i) => l !== LINES[i]).length, 2);
  const fixed = core.fixAll(text).text;
  const before = valuesOf(CORRECT), typed = valuesOf(text), after = valuesOf(fixed);
  after.forEach((v, i) => assert.ok(v === before[i] || v === typed[i], `cell ${i}: ${typed[i]} → ${v}, the report had ${before[i]}`));
  // The （七）总计 is back to 47; the mistyped applicant cell is left for a person, and named.
  assert.equal(after[valuesOf(CORRECT).length - 8], 47);
  assert.ok(core.analyze(fixed).findings.some((f) => /很可能是“1\.属于国家秘密”行“科研机构”列这一格填错了/.test(f.message)));
});

test('property: with 1 or 2 mistyped cells of 表三, every fix writes a cell back to what the report had or leaves the typo', () => {
  const typo = fc.record({ k: fc.integer({ min: 0, max: CELLS.length - 1 }), delta: fc.constantFrom(-3, -2, -1, 1, 2, 3) });
  fc.assert(fc.property(fc.uniqueArray(typo, { minLength: 1, maxLength: 2, selector: (t) => t.k }), (typos) => {
    const text = withTypos(typos);
    const before = valuesOf(CORRECT), typed = valuesOf(text);
    const after = valuesOf(core.fixAll(text).text);
    return after.every((v, i) => v === before[i] || v === typed[i]);
  }), { numRuns: 150, seed: 50 });
});
