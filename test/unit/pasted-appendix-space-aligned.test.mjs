// A pre-2019 report's 《政府信息公开情况统计表》 appendix aligned with spaces instead of tabs (breaker36 #7): as a PDF's
// text has it (ASCII spaces, indented or not) or typed with full-width spaces. Its rows whose labels start like
// headings (`四、行政复议数量    件    0`) and its group rows (`一、主动公开情况`) were read as sections: section-order,
// section-empty. A unit (件, 条, 个, 万元…) between the label and the number tells such a row from a table of contents'
// line, which has a page number after its title and no unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

/** A clean pre-2019 report (as `nianbao new` writes it), its fill-in notes replaced by text, signed. */
function report() {
  return core.renderNewReport({ format: 'pre2019', year: 2017, agency: '某某县农业农村局' }).replaceAll('（请在此处填写本部分内容。）', '本局依法做好政府信息公开工作。');
}

const ROWS = [
  ['统计指标', '单位', '统计数'],
  ['一、主动公开情况'],
  ['（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', '170'],
  ['其中：主动公开规范性文件数', '条', '3'],
  ['二、回应解读情况'],
  ['三、依申请公开情况'],
  ['（一）收到申请数', '件', '24'],
  ['1.当面申请数', '件', '4'],
  ['（二）申请办结数', '件', '24'],
  ['四、行政复议数量', '件', '0'],
  ['五、行政诉讼数量', '件', '0'],
];
/** Display width: an ideograph or full-width character takes two columns. */
const width = (s) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const LAYOUTS = {
  'ASCII spaces, padded to display width': (cells) => (cells.length === 1 ? cells[0] : `${cells[0]}${' '.repeat(Math.max(2, 70 - width(cells[0])))}${cells[1]}${' '.repeat(6)}${cells[2]}`),
  'ASCII spaces, indented as pdftotext writes it': (cells) => `  ${cells.length === 1 ? cells[0] : `${cells[0]}${' '.repeat(Math.max(2, 66 - width(cells[0])))}${cells[1]}    ${cells[2]}`}`,
  'full-width spaces': (cells) => cells.join('　　'),
};

for (const [name, write] of Object.entries(LAYOUTS)) {
  test(`the rows of a 统计表 appendix aligned with ${name} are no headings: the outline and findings are the report's`, () => {
    const base = report();
    const clean = core.analyze(base);
    const text = `${base.trimEnd()}\n\n附表：政府信息公开情况统计表\n\n${ROWS.map(write).join('\n')}\n`;
    const { report: r, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), clean.findings.map((f) => f.ruleId));
    assert.deepEqual(r.headings.map((h) => h.ordinal + h.title), clean.report.headings.map((h) => h.ordinal + h.title));
  });
}

test('lines shaped like group rows with no row of the table next to them stay headings', () => {
  const base = report();
  // The appendix's group rows with no row of the table under them: no table, headings as before.
  const text = `${base.trimEnd()}\n\n${['一、主动公开情况', '二、回应解读情况'].join('\n')}\n\n本局依法做好政府信息公开工作。\n`;
  const { report: r } = core.analyze(text);
  assert.ok(r.headings.some((h) => h.ordinal + h.title === '二、回应解读情况'));
});
