// A fix that writes a number into a column of a table aligned with spaces (`pdftotext -layout`) keeps the column's
// alignment (breaker36 #10): `增2` → `2` in a 2019 表二 whose numbers are right-aligned was written left-aligned
// (`2  `), as no other cell started or ended exactly where the wider `增2` did. Now the side nearer to where the
// column's other numbers start or end is taken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

/** A clean 2019 draft (as `nianbao new` writes it), its fill-in notes replaced by text. */
const DRAFT = core.renderNewReport({ format: '2019', year: 2020, agency: '测试局' }).replaceAll('（请在此处填写本部分内容。）', '本局依法做好政府信息公开工作。');
/** Display width: an ideograph takes two columns. */
const width = (s) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
/** Every pipe table of the draft as `pdftotext -layout` prints it: the label in 24 columns, each value right-aligned in 18. */
function spaced(text) {
  return text.split('\n').flatMap((line) => {
    if (!line.startsWith('|')) return [line];
    if (/^\|[\s:|-]+\|$/.test(line)) return [];
    const [label, ...cells] = line.slice(1, -1).split('|').map((c) => c.trim());
    return [`  ${label}${' '.repeat(Math.max(2, 24 - width(label)))}${cells.map((c) => ' '.repeat(Math.max(2, 18 - width(c))) + c).join('')}`];
  }).join('\n');
}

test('增2 in a right-aligned 本年增/减 column is fixed to a right-aligned 2: the columns after it stay put', () => {
  // As in the PDF's text the reporter had: the wider `增2` ends a column short of the numbers under it.
  const text = spaced(DRAFT.replace(/^\| 行政许可 +\|.*$/m, '| 行政许可 | 56 | 增2 | 1520 |')).replace(`${' '.repeat(15)}增2`, `${' '.repeat(14)}增2 `);
  const line = text.split('\n').find((l) => l.includes('增2'));
  const { findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), ['number-invalid']);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split('\n').find((l) => l.startsWith('  行政许可')), line.replace('增2', '  2'));
});
