// Property: `fixAll` never writes a number the user did not write and the report did not hold. Starting from real
// reports with every sum right, one or two 表三/表四 cells are mistyped or blanked at random (a fixed seed); after
// fixAll every table cell holds either the report's number or the user's, and no prose line is rewritten (the
// mistakes are in the tables only, so prose that changed would have been made to follow a typo).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const REPORTS = ['examples/correct-2024.nianbao.md', 'test/fixtures/reports/huaian-2024-pipe.md'];
const VARIANTS = 60;

/** Every 表三 and 表四 cell by table, row index and column. */
function cellsOf(report) {
  const m = new Map();
  for (const id of ['t3', 't4']) report.tables[id]?.rows.forEach((r, ri) => r.cells.forEach((c, ci) => c && m.set(`${id}:${ri}:${ci}`, c)));
  return m;
}

for (const file of REPORTS) {
  test(`fixAll writes no number that is neither the report's nor the user's (${file}, ${VARIANTS} variants)`, () => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const report = core.parseReport(text);
    assert.deepEqual(core.checkReport(report).filter((f) => f.severity === 'error').map((f) => f.ruleId), [], 'a report whose sums are right');
    const original = cellsOf(report);
    const numbers = [...original.entries()].filter(([, c]) => c.value !== null);
    let seed = 20261201;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const wrong = [];
    for (let v = 0; v < VARIANTS; v++) {
      const picked = new Map();
      while (picked.size < (rnd() < 0.5 ? 1 : 2)) {
        const [key, cell] = numbers[Math.floor(rnd() * numbers.length)];
        picked.set(key, { cell, typed: rnd() < 0.3 ? '' : String(cell.value + 1 + Math.floor(rnd() * 9)) });
      }
      const mutated = core.applyFixes(text, [...picked.values()].map((p) => ({ range: p.cell.range, newText: p.typed }))).text;
      const fixed = core.fixAll(mutated).text;
      for (const [key, cell] of cellsOf(core.parseReport(fixed))) {
        const was = original.get(key)?.value ?? null;
        const typed = picked.has(key) ? (picked.get(key).typed === '' ? null : Number(picked.get(key).typed)) : was;
        if (cell.value !== was && cell.value !== typed) wrong.push(`${[...picked].map(([k, p]) => `${k}=${p.typed || 'blank'}`).join(', ')}: ${key} was ${was}, typed ${typed}, fixed to ${cell.value}`);
      }
      const before = mutated.split('\n');
      fixed.split('\n').forEach((line, i) => {
        if (!line.trimStart().startsWith('|') && line !== before[i] && line !== text.split('\n')[i]) wrong.push(`${[...picked.keys()].join(', ')}: prose line ${i + 1} rewritten: ${line.slice(0, 60)}`);
      });
    }
    assert.deepEqual(wrong, []);
  });
}
