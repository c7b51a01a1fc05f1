// The engine reads every 表三 and 表四 value that the corpus READMEs list, from the real text, in every layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, rowValues } from '../helpers.mjs';

const parse = (name) => core.parseReport(corpusText(name));
const col = (report, ids, c) => ids.map((id) => rowValues(report, 't3', id)[c]);
const t4 = (report) => report.tables.t4.rows[0].cells.map((c) => c?.value ?? null);
const groupSum = (report, prefix, c = 6) => report.tables.t3.rows.filter((r) => r.id.startsWith(prefix + '.') && r.cells.length).reduce((s, r) => s + r.cells[c].value, 0);

test('seed 001 (2019 format, one cell per line): 表三 and 表四 values', () => {
  const r = parse('seeds/001_417062a3286660b0.txt');
  assert.equal(r.format, '2019');
  assert.equal(r.year, 2020);
  assert.equal(r.tables.t3.layout, 'cell-per-line');
  assert.deepEqual(rowValues(r, 't3', 'R1'), [20, 0, 0, 0, 0, 0, 20]);
  assert.deepEqual(rowValues(r, 't3', 'R2'), [0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(col(r, ['R3.1', 'R3.2', 'R3.3.7', 'R3.3.8', 'R3.4.1', 'R3.7', 'R4'], 6), [5, 4, 1, 1, 9, 20, 0]);
  assert.deepEqual(t4(r), [3, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
});

test('seed 003 (2019 format, one row per line with " | "): all 161 表三 cells are 0, labels misspelled as the README says', () => {
  const r = parse('seeds/003_7487cbc35b761747.txt');
  assert.equal(r.format, '2019');
  assert.equal(r.year, 2018);
  const cells = r.tables.t3.rows.flatMap((x) => x.cells);
  assert.equal(cells.length, 23 * 7);
  assert.ok(cells.every((c) => c.value === 0));
  assert.deepEqual(t4(r), new Array(15).fill(0));
  const misspelled = r.tables.t3.rows.filter((x) => x.match.kind === 'misspelled').map((x) => x.id);
  assert.deepEqual(misspelled, ['R3.2', 'R3.5.5']);
});

test('淮安 2024 (pdftotext -layout, wrapped labels, vertical 三、本年度办理结果)', () => {
  const r = parse('peers/govnianbao_huaian-city_2024.txt');
  assert.deepEqual([r.format, r.year, r.tables.t3.layout], ['2021', 2024, 'space-aligned']);
  assert.deepEqual(col(r, ['R1', 'R2', 'R3.7', 'R4'], 6), [3119, 34, 3050, 103]);
  assert.deepEqual(col(r, ['R1', 'R2', 'R3.7', 'R4'], 0), [3001, 34, 2932, 103]);
  const results = ['R3.1', 'R3.2', 'R3.3.1', 'R3.3.2', 'R3.3.3', 'R3.3.4', 'R3.3.5', 'R3.3.6', 'R3.3.7', 'R3.3.8', 'R3.4.1', 'R3.4.2', 'R3.4.3',
    'R3.5.1', 'R3.5.2', 'R3.5.3', 'R3.5.4', 'R3.5.5', 'R3.6.1', 'R3.6.2', 'R3.6.3'];
  assert.deepEqual(col(r, results, 6), [1362, 454, 2, 31, 5, 6, 8, 12, 9, 105, 769, 11, 1, 62, 25, 0, 0, 1, 71, 6, 110]);
  assert.deepEqual(t4(r), [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
  assert.deepEqual(rowValues(r, 't2', 'T2.1'), [1, 0, 11]);
  assert.deepEqual(rowValues(r, 't2', 'T2.2'), [8, 26, 66]);
  assert.deepEqual(rowValues(r, 't2', 'T2.7'), [96171.6]);
});

test('洪泽 2023 (pdftotext -layout): 表三 with a single （六） row, 表四 as printed (two failing groups)', () => {
  const r = parse('peers/kiro_hongze-district_2023.txt');
  assert.deepEqual([r.format, r.year], ['2021', 2023]);
  assert.equal(r.tables.t3.otherHandlingLayout, 'single');
  assert.deepEqual(rowValues(r, 't3', 'R1'), [21, 0, 0, 0, 0, 0, 21]);
  assert.deepEqual(col(r, ['R3.1', 'R3.2', 'R3.3.1', 'R3.3.2', 'R3.3.3', 'R3.3.4', 'R3.3.5', 'R3.3.6', 'R3.3.7', 'R3.3.8', 'R3.4.1', 'R3.4.2', 'R3.4.3', 'R3.5.1', 'R3.6', 'R3.7', 'R4'], 6),
    [0, 4, 1, 0, 0, 0, 0, 1, 1, 0, 10, 3, 0, 1, 0, 21, 0]);
  assert.deepEqual(t4(r), [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]);
});

test('洪泽 2024: 95 + 0 = 95 + 0 and the README group sums; 表四', () => {
  const r = parse('peers/kiro_hongze-district_2024.txt');
  assert.deepEqual(col(r, ['R1', 'R2', 'R3.7', 'R4'], 6), [95, 0, 95, 0]);
  assert.deepEqual([rowValues(r, 't3', 'R3.1')[6], rowValues(r, 't3', 'R3.2')[6], groupSum(r, 'R3.3'), groupSum(r, 'R3.4'), groupSum(r, 'R3.5'), rowValues(r, 't3', 'R3.6')[6]], [50, 9, 3, 32, 1, 0]);
  assert.deepEqual(t4(r), [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]);
});

test('沭阳 2025 (OCR markdown split into many small tables, columns 数据1…6)', () => {
  const r = parse('peers/kiro_shuyang-county_2025.txt');
  assert.deepEqual([r.format, r.year], ['2021', 2025]);
  assert.deepEqual(col(r, ['R1', 'R2', 'R3.7', 'R4'], 6), [713, 36, 718, 31]);
  assert.deepEqual(col(r, ['R1', 'R2', 'R3.7', 'R4'], 0), [705, 36, 710, 31]);
  assert.deepEqual([rowValues(r, 't3', 'R3.1')[6], rowValues(r, 't3', 'R3.2')[6], groupSum(r, 'R3.3'), groupSum(r, 'R3.4'), groupSum(r, 'R3.5'), groupSum(r, 'R3.6')], [294, 101, 32, 113, 19, 159]);
  assert.deepEqual(t4(r), [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]);
});

test('上海办公厅 2025 (markdown from PDF, rows scattered): values by label and by order', () => {
  const r = parse('peers/kiro_shanghai-gov-office_2025.txt');
  assert.deepEqual([r.format, r.year], ['2021', 2025]);
  assert.deepEqual(col(r, ['R1', 'R2', 'R3.7', 'R4'], 6), [1295, 189, 1191, 293]);
  assert.deepEqual(col(r, ['R1', 'R2', 'R3.7', 'R4'], 0), [1259, 170, 1139, 290]);
  assert.deepEqual(col(r, ['R1', 'R2', 'R3.7', 'R4'], 1), [36, 15, 48, 3]);
  assert.deepEqual(col(r, ['R1', 'R2', 'R3.7', 'R4'], 4), [0, 4, 4, 0]);
  assert.deepEqual([rowValues(r, 't3', 'R3.1')[6], rowValues(r, 't3', 'R3.2')[6], groupSum(r, 'R3.3'), groupSum(r, 'R3.4'), groupSum(r, 'R3.5'), groupSum(r, 'R3.6')], [206, 2, 20, 564, 80, 319]);
  assert.deepEqual(t4(r), [40, 0, 10, 5, 55, 2, 0, 4, 6, 12, 6, 0, 9, 7, 22]);
});

test('上海科委 2024: the blank 结转下年度/总计 cell stays blank, not 0', () => {
  const r = parse('peers/kiro_shanghai-stcsm_2024.txt');
  const r4 = r.tables.t3.rows.find((x) => x.id === 'R4');
  assert.deepEqual(r4.cells.map((c) => c.raw), ['1', '0', '0', '0', '0', '0', '']);
  assert.equal(r4.cells[6].value, null);
  assert.deepEqual(rowValues(r, 't3', 'R1'), [32, 2, 0, 0, 0, 0, 34]);
});

test('沭阳发改局 2023 (transcribed HTML): the five 法人或其他组织 columns are blank cells, not 0', () => {
  const r = parse('peers/kiro_shuyang-fgj_2023.txt');
  for (const row of r.tables.t3.rows.filter((x) => x.cells.length)) {
    assert.deepEqual(row.cells.slice(1, 6).map((c) => c.raw), ['', '', '', '', ''], row.id);
    assert.equal(row.cells[1].value, null);
  }
  assert.deepEqual(rowValues(r, 't3', 'R1').filter((v) => v !== null), [26, 26]);
});

test('format and year of every corpus file equal expected.json', () => {
  const expected = JSON.parse(corpusText('expected.json'));
  for (const [name, e] of Object.entries(expected)) {
    const r = parse(name);
    assert.equal(r.format, e.format, `${name} format`);
    assert.equal(r.year, e.year ?? null, `${name} year`);
  }
});
