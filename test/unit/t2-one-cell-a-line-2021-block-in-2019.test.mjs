// A 2020 report in the 2019 format pasted one cell a line, its 第二十条第（五）项 block still under the 2021 header
// (本年处理决定数量) with 行政许可's one number (brk185 #2, repro 30): row-missing's fix put `其他对外管理服务事项 |`
// and three blank cells under that header, leaving the block half 2019 and half 2021 (the format-mixed warning
// stayed, and 340 read under no certain column), and format-mixed said nothing of what to do. Now the row is not
// inserted under the other format's header (as a pipe table's row of another cell count is not): the message says
// to rewrite the block in the 2019 format first, and format-mixed says how (a block of one cell a line is not
// converted by its fix).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDraft, core, rewriteRows, toCells } from '../helpers.mjs';

/** Repro 30's （五） block: the 2021 header, 行政许可 with one number, no 其他对外管理服务事项. */
const ITEM5_2021 = `第二十条第（五）项

| 信息内容 | 本年处理决定数量 |
|---|---|
| 行政许可 | 340 |
`;
/** One cell a line, as a browser copy writes it: with a `|` after each cell (repro 30), or the cells alone. */
const LAYOUTS = {
  'cell-per-line': (text) => rewriteRows(text, (cells) => cells.filter(Boolean).map((c) => `${c} |`)),
  none: toCells,
};
/** A clean 2020 report in the 2019 format, one cell a line, its （五） block replaced by `block` (pipe rows, converted). */
function withItem5(block, layout) {
  const text = cleanDraft('2019');
  const from = text.indexOf('第二十条第（五）项');
  const to = text.indexOf('第二十条第（六）项');
  return LAYOUTS[layout](text.slice(0, from) + block + '\n' + text.slice(to));
}
const byRule = (text, id) => core.analyze(text).findings.filter((f) => f.ruleId === id);

for (const layout of Object.keys(LAYOUTS)) {
  test(`${layout}: one cell a line, （五） under the 2021 header: 其他对外管理服务事项 is missing, and not inserted under that header`, () => {
    const text = withItem5(ITEM5_2021, layout);
    assert.equal(core.parseReport(text).tables.t2.layout, layout);
    const [f] = byRule(text, 'row-missing');
    assert.equal(f.data.row, 'T2.4');
    assert.match(f.message, /表二缺少第二十条第（五）项的“其他对外管理服务事项”行/);
    assert.match(f.message, /第二十条第（五）项的表头（“本年处理决定数量”）仍是2021年格式.*未自动插入；请先按2019年格式重写这一块/);
    assert.equal(f.fix, undefined);
  });

  test(`${layout}: one cell a line, （五） under the 2021 header: format-mixed says to rewrite it as the 2019 第二十条第（五）项 table`, () => {
    const [f] = byRule(withItem5(ITEM5_2021, layout), 'format-mixed').filter((x) => x.message.includes('本年处理决定数量'));
    assert.match(f.message, /请按2019年格式的“第二十条第（五）项”表（列为“上一年项目数量”“本年增\/减”“处理决定数量”）重写这一块/);
  });

  test(`${layout}: one cell a line, （五） rewritten in the 2019 format: the row is inserted, one cell a line, as before`, () => {
    const block = ITEM5_2021.replace('| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | 340 |', '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n|---|---|---|---|\n| 行政许可 | 12 | -1 | 340 |');
    const text = withItem5(block, layout);
    const [f] = byRule(text, 'row-missing');
    assert.equal(f.data.row, 'T2.4');
    assert.ok(f.fix, 'no fix');
    assert.match(f.fix.edits[0].newText, /其他对外管理服务事项/);
    assert.deepEqual(byRule(text, 'format-mixed'), []);
  });
}
