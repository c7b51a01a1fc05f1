// Cross-year findings point to last year's cell (breaker 41 #4): carry-over and stock-flow carry a related location
// marked `report: 'previous'`, whose range is the compared cell in last year's text; this year's own related cells
// stay as they were, and no two related entries are the same place. The CLI's JSON (whose `related` has no file)
// leaves last year's entries out rather than give their line as one of the checked file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, corpusText, slice, runCli, edit } from '../helpers.mjs';

const HONGZE_2023 = corpusText('peers/kiro_hongze-district_2023.txt');
const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');
const CARRY_0 = '四、结转下年度继续办理                            0    0   0   0    0    0   0';
const CARRY_2 = '四、结转下年度继续办理                            2    0   0   0    0    0   2';
const NORMATIVE_2023 = '行政规范性文件          0          5       5';

/** The carry-over and stock-flow findings of `text` checked against `prevText`, with both models. */
function cross(text, prevText) {
  const previous = core.parseReport(prevText);
  const { report, findings } = core.analyze(text, { previous });
  return { report, previous, found: findings.filter((f) => f.ruleId === 'carry-over' || f.ruleId === 'stock-flow') };
}

/** 1-based line of the one line of `text` that starts with `start`. */
const lineOf = (text, start) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

/** A related entry as [report, 1-based line, text it covers in its own report]. */
const where = (report, previous) => (r) => [r.report ?? 'this', r.range.start.line + 1, slice(r.report === 'previous' ? previous : report, r.range)];

test('carry-over: one related location, on last year\'s 结转下年度 cell of the same column', () => {
  const prev = edit(HONGZE_2023, CARRY_0, CARRY_2);
  const { report, previous, found } = cross(HONGZE_2024, prev);
  const carry = lineOf(prev, '四、结转下年度继续办理');
  assert.deepEqual(found.map((f) => f.related.map(where(report, previous))), [
    [['previous', carry, '2']],
    [['previous', carry, '2']],
  ]);
  // 自然人 (the first number of the row) and 总计 (the last): two cells of last year's row, not one.
  const [a, b] = found.map((f) => f.related[0].range.start.character);
  assert.equal(a, prev.split('\n')[carry - 1].indexOf('2'));
  assert.equal(b, prev.split('\n')[carry - 1].lastIndexOf('2'));
  assert.match(found[0].related[0].message, /上一年度报告（2023年）的“四、结转下年度继续办理”（自然人列）：2/);
});

test('stock-flow: last year\'s 现行有效 cell first, then this year\'s 制发 and 废止 cells, all different places', () => {
  const prev = edit(HONGZE_2023, NORMATIVE_2023, '行政规范性文件          0          5       6');
  const { report, previous, found } = cross(HONGZE_2024, prev);
  assert.equal(found.length, 1);
  const rel = found[0].related.map(where(report, previous));
  assert.deepEqual(rel, [['previous', lineOf(prev, '行政规范性文件'), '6'], ['this', 53, '3'], ['this', 53, '0']]);
  assert.equal(new Set(found[0].related.map((r) => JSON.stringify([r.report, r.range]))).size, 3, 'no two the same place');
  assert.match(found[0].related[0].message, /上一年度报告的现行有效件数 6/);
});

test('CLI JSON: carry-over has no related line of the checked file; stock-flow lists only this year\'s two cells', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-related-'));
  try {
    const prev = edit(edit(HONGZE_2023, CARRY_0, CARRY_2), NORMATIVE_2023, '行政规范性文件          0          5       6');
    writeFileSync(join(dir, 'hongze-2023.txt'), prev);
    writeFileSync(join(dir, 'hongze-2024.txt'), HONGZE_2024);
    const r = await runCli(['check', 'hongze-2024.txt', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    const diags = JSON.parse(r.stdout).files[0].diagnostics;
    const carry = diags.filter((d) => d.ruleId === 'carry-over');
    assert.equal(carry.length, 2);
    assert.ok(carry.every((d) => d.related === undefined), JSON.stringify(carry.map((d) => d.related)));
    const stock = diags.filter((d) => d.ruleId === 'stock-flow');
    assert.deepEqual(stock.map((d) => d.related.map((x) => [x.line, x.message])), [[[53, '本年制发 3'], [53, '本年废止 0']]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
