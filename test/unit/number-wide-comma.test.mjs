// brk120 #5: a full-width comma between digits in a table cell (`1，520`) was read as 1520 without a word. In a
// Chinese table it is as likely two numbers run together (1 and 520) as a thousands separator typed in the full-width
// input mode: it is still read as 1520, but number-invalid says the cell is not a plain number (no fix: only the
// original table tells). ASCII commas grouping three digits (`1,520`) are thousands separators, as documented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, only } from '../helpers.mjs';

const DRAFT = core.renderNewReport({ format: '2021', year: 2024, agency: '某某市某某局' }).replaceAll('（请在此处填写本部分内容。）', '本局依法做好政府信息公开工作。').replace('（文字描述，收取信息处理费情况在此处报告。）', '本局依法做好政府信息公开工作。');
/** The draft with 表二's 行政许可 row holding `count`. */
const withLicences = (count) => DRAFT.replace(/^\| 行政许可 +\|.*$/m, `| 行政许可 | ${count} |`);

test('`1，520` in 表二: a number-invalid warning naming the two readings, read as 1520, no fix', () => {
  const { report, found } = only(withLicences('1，520'), 'number-invalid');
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /“1，520”.*全角逗号.*1520.*两个数/);
  assert.equal(found[0].fix, undefined);
  assert.equal(report.tables.t2.rows.find((r) => r.label === '行政许可').cells[0].value, 1520);
});

test('`1,520` and `12,305` (ASCII thousands separators) are plain numbers; `1，52` is not a number', () => {
  for (const n of ['1,520', '12,305']) assert.deepEqual(only(withLicences(n), 'number-invalid').found, [], n);
  assert.equal(only(withLicences('1，52'), 'number-invalid').found[0]?.severity, 'error');
});
