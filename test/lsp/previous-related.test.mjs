// Cross-year diagnostics link to last year's report (breaker 41 #4): with last year's report found beside the draft
// on disk, carry-over's relatedInformation is last year's 结转下年度 cell (that file's URI, its line), and
// stock-flow's first one last year's 现行有效 cell, then the draft's own 制发 and 废止 cells; never one place twice.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { reportFolder, hongzeReports, carryOverOf } from './client.mjs';

const { y2024: HONGZE_2024, carrying2023 } = hongzeReports();
const NORMATIVE_5 = '行政规范性文件          0          5       5';
/** Last year's report carrying 2 applications over (2024 says 0) and with 6 行政规范性文件 in force (2024: 5 + 3 − 0 ≠ 8). */
const LAST_YEAR = carrying2023.replace(NORMATIVE_5, '行政规范性文件          0          5       6');
/** 0-based line of the one line of `text` that starts with `start`. */
const lineOf = (text, start) => text.split('\n').findIndex((l) => l.startsWith(start));

describe('cross-year diagnostics point into last year\'s report', () => {
  let s, u23, u24;
  before(async () => {
    assert.notEqual(LAST_YEAR, carrying2023, 'the 2023 行政规范性文件 row was changed');
    s = await reportFolder('related', { '洪泽区2023年报.md': LAST_YEAR, '洪泽区2024年报.md': HONGZE_2024 });
    u23 = s.uri('洪泽区2023年报.md');
    u24 = s.uri('洪泽区2024年报.md');
  });
  after(async () => { await s.close(); });

  test('carry-over: related is last year\'s file at its 四、结转下年度继续办理 cell; stock-flow: last year\'s cell, then the draft\'s', async () => {
    const d = await s.openAndWait(u24, HONGZE_2024);
    const carry = carryOverOf(d);
    assert.equal(carry.length, 2, d.map((x) => x.code).join(','));
    const carryLine = lineOf(LAST_YEAR, '四、结转下年度继续办理');
    const row = LAST_YEAR.split('\n')[carryLine];
    assert.deepEqual(carry.map((x) => x.relatedInformation.map((r) => [r.location.uri, r.location.range.start.line, r.location.range.start.character])), [
      [[u23, carryLine, row.indexOf('2')]],
      [[u23, carryLine, row.lastIndexOf('2')]],
    ]);
    const stock = d.filter((x) => x.code === 'stock-flow');
    assert.equal(stock.length, 1);
    const rel = stock[0].relatedInformation.map((r) => [r.location.uri, r.location.range.start.line]);
    assert.deepEqual(rel, [[u23, lineOf(LAST_YEAR, '行政规范性文件')], [u24, 52], [u24, 52]]);
    const places = stock[0].relatedInformation.map((r) => JSON.stringify(r.location));
    assert.equal(new Set(places).size, places.length, 'no two related entries are the same place');
  });
});
