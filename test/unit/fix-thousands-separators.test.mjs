// breaker45 #8: `--fix` wrote a corrected total without the thousands separators the agency writes (`1,200` and
// `1,300` in the row, the fix gave `1300`). A fixed number is now grouped as the cell, or else its table, writes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

const DRAFT = core.renderNewReport({ format: '2021', year: 2024, agency: '某某市某某局' });
/** The new draft's 表三 with 新收, 予以公开 and （七）总计 rows written as `cells` (six applicant columns and 总计). */
function withRows(rows) {
  return DRAFT.split('\n').map((line) => {
    for (const [label, cells] of rows) if (line.startsWith(`| ${label} `)) return `| ${label} | ${cells.join(' | ')} |`;
    return line;
  }).join('\n');
}
const fixedLine = (text, label) => core.fixAll(text).text.split('\n').find((l) => l.startsWith(`| ${label} `));

// (A full-width comma, `1，200`, is not copied: number-invalid warns of it, as it may be two numbers run together; the
// fix writes plain digits, fixB #3.)
test('a corrected total keeps the cell\'s ASCII thousands separators (`1,200` → `1,300`); with a full-width comma, plain digits', () => {
  for (const sep of [',', '，']) {
    const text = withRows([
      ['一、本年新收政府信息公开申请数量', [`1${sep}200`, '100', '0', '0', '0', '0', `1${sep}200`]],
      ['（一）予以公开', [`1${sep}200`, '100', '0', '0', '0', '0', `1${sep}300`]],
      ['（七）总计', [`1${sep}200`, '100', '0', '0', '0', '0', `1${sep}300`]],
    ]);
    const found = core.analyze(text).findings.filter((f) => f.ruleId === 'sum-applicants');
    assert.equal(found.length, 1, found.map((f) => f.message.en ?? f.message).join('\n'));
    const line = fixedLine(text, '一、本年新收政府信息公开申请数量');
    assert.match(line, new RegExp(`\\| 1${sep === ',' ? ',' : ''}300 *\\|$`), line);
    assert.deepEqual(core.analyze(core.fixAll(text).text).findings.filter((f) => f.ruleId.startsWith('sum-')), []);
  }
});

test('a cell without separators gets the table\'s (`999` → `1,300` where 表三 writes `1,300`); a table without any, none', () => {
  const grouped = withRows([
    ['一、本年新收政府信息公开申请数量', ['1,200', '100', '0', '0', '0', '0', '999']],
    ['（一）予以公开', ['1,200', '100', '0', '0', '0', '0', '1,300']],
    ['（七）总计', ['1,200', '100', '0', '0', '0', '0', '1,300']],
  ]);
  assert.match(fixedLine(grouped, '一、本年新收政府信息公开申请数量'), /\| 1,300 *\|$/);
  const plain = withRows([
    ['一、本年新收政府信息公开申请数量', ['1200', '100', '0', '0', '0', '0', '1200']],
    ['（一）予以公开', ['1200', '100', '0', '0', '0', '0', '1300']],
    ['（七）总计', ['1200', '100', '0', '0', '0', '0', '1300']],
  ]);
  assert.match(fixedLine(plain, '一、本年新收政府信息公开申请数量'), /\| 1300 *\|$/);
});
