// 表三 reading: last year's 表三 above the report's own, merged pipe headers with a 小计 column or 其它 (found by breaker14
// and breaker15).
// Breaker 14's 表三 findings, on the example 2024 report: (1) two 表三 in one report, last year's (captioned
// `2023年度…（上年数据）`) above the report's own: the report's own is read, the prose is never compared with last
// year's numbers and `--fix` leaves it alone; (2) a merged two-row pipe header with a `小计` column after the five
// 法人或其他组织 columns: read by the header, one cell-count warning naming 小计, no sum errors; (3) a merged header
// with `法人或其它组织` (它 for 他): 其它 is a variant of 其他 in labels, and the empty cells under a merged header
// cell (自然人, 总计 over two header rows) are no empty column labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues, slice } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** The example's lines and 表三's 0-based line span `[from, to]` (corner note to 结转下年度继续办理). */
function table3(text = EXAMPLE) {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.includes('勾稽关系'));
  const to = lines.findIndex((l, i) => i > from && l.includes('结转下年度继续办理'));
  assert.ok(from >= 0 && to > from, '表三 found');
  return { lines, from, to };
}

const brief = (r, findings) => findings.map((f) => [f.ruleId, f.severity, f.range.start.line + 1, slice(r, f.range)]);

/** Every data row's values of 表三, by template column. */
const table3Values = (r) => r.tables.t3.rows.filter((x) => x.cells.length).map((x) => [x.id, rowValues(r, 't3', x.id)]);

/**
 * Last year's 表三: the example's with other numbers (新收 自然人 40 → 30 and its 总计, 予以公开 自然人 and its
 * 总计 one less), so that the prose (新收46件, 予以公开24件) disagrees with it.
 */
function lastYearsTable() {
  const { lines, from, to } = table3();
  return lines.slice(from, to + 1).map((l) => {
    if (l.includes('一、本年新收')) return l.replace(/\| 40 (\s*)\|/, '| 30 $1|').replace(/\| 46 (\s*)\|$/, '| 36 $1|');
    if (l.includes('（一）予以公开')) return l.replace(/\| 21 (\s*)\|/, '| 20 $1|').replace(/\| 24 (\s*)\|$/, '| 23 $1|');
    return l;
  });
}

/** The example with `before` lines put above its 表三 and `after` lines below it. */
function around(before, after = []) {
  const { lines, from, to } = table3();
  return [...lines.slice(0, from), ...before, ...lines.slice(from, to + 1), ...after, ...lines.slice(to + 1)].join('\n');
}

test('last year\'s 表三 first (captioned 2023年度…（上年数据）), the 2024 one below: the 2024 one is read; no finding, nothing fixed', () => {
  const prev = lastYearsTable();
  assert.ok(prev.some((l) => /\| 30 /.test(l)) && prev.some((l) => /\| 23 /.test(l)), 'last year\'s table differs');
  const text = around(['2023年度收到和处理政府信息公开申请情况（上年数据）', '', ...prev, '', '2024年度收到和处理政府信息公开申请情况', '']);
  const { report: r, findings } = core.analyze(text);
  assert.deepEqual(brief(r, findings), []);
  const own = text.split('\n').findLastIndex((l) => l.includes('勾稽关系'));
  assert.equal(r.extras.spans.t3.start, own, 'the table read is the second one');
  assert.equal(rowValues(r, 't3', 'R1')[0], 40);
  assert.equal(core.fixAll(text).text, text, 'the fix leaves the prose as it is');
});

test('last year\'s 表三 first, captioned （上年数据） alone and the report\'s own with no caption: the report\'s own is read', () => {
  const text = around(['（上年数据）', '', ...lastYearsTable(), '']);
  const { report: r, findings } = core.analyze(text);
  assert.deepEqual(brief(r, findings), []);
  assert.equal(rowValues(r, 't3', 'R1')[0], 40);
});

test('the 2024 表三 first, last year\'s below it (为便于比较…2023年度…): the first is read, the second is a comparison, not a repeat', () => {
  const text = around([], ['', '为便于比较，列出2023年度同口径数据如下：', '', '2023年度收到和处理政府信息公开申请情况', '', ...lastYearsTable()]);
  const { report: r, findings } = core.analyze(text);
  assert.deepEqual(brief(r, findings), []);
  assert.equal(r.extras.spans.t3.start, table3().from + 0, 'the first table is read');
  assert.equal(rowValues(r, 't3', 'R1')[0], 40);
});

test('a 表三 captioned with the report year above one captioned 2023年度: the first (the report\'s own) is read', () => {
  const { lines, from, to } = table3();
  const own = lines.slice(from, to + 1);
  const text = [...lines.slice(0, from), '2024年度收到和处理政府信息公开申请情况', '', ...own, '', '2023年度收到和处理政府信息公开申请情况', '', ...lastYearsTable(), ...lines.slice(to + 1)].join('\n');
  const { report: r, findings } = core.analyze(text);
  assert.deepEqual(brief(r, findings), []);
  assert.equal(rowValues(r, 't3', 'R1')[0], 40);
});

/**
 * The example with 表三's header as three pipe rows, as pasted from the template's merged cells: 申请人情况 over
 * everything; 自然人, `group` (法人或其他组织, followed by empty cells for its other columns) and 总计; the five
 * columns under the group (`leaf` for the sixth, 其他), and `subtotal` (a column after them, its values the sum of
 * the five) when given.
 */
function mergedHeader({ group = '法人或其他组织', leaf = '其他', subtotal = null, subtotalFirst = false } = {}) {
  const { lines, from, to } = table3();
  const cells = (l) => l.split('|').slice(1, -1).map((c) => c.trim());
  const five = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', leaf];
  const leaves = subtotal ? (subtotalFirst ? [subtotal, ...five] : [...five, subtotal]) : five;
  const width = leaves.length + 2;
  const row = (cs) => `| ${cs.join(' | ')} |`;
  const out = [
    row([CORNER, '申请人情况', ...new Array(width - 1).fill('')]),
    `|${' --- |'.repeat(width + 1)}`,
    row(['', '自然人', group, ...new Array(leaves.length - 1).fill(''), '总计']),
    row(['', '', ...leaves, '']),
  ];
  for (const l of lines.slice(from + 2, to + 1)) {
    const [label, ...vals] = cells(l);
    if (vals.every((v) => v === '')) out.push(row([label, ...new Array(width).fill('')]));
    else {
      const v = vals.map(Number);
      const sub = subtotal ? [v.slice(1, 6).reduce((a, b) => a + b, 0)] : [];
      out.push(row(subtotalFirst ? [label, v[0], ...sub, ...v.slice(1, 6), v[6]] : [label, ...v.slice(0, 6), ...sub, v[6]]));
    }
  }
  return [...lines.slice(0, from), ...out, ...lines.slice(to + 1)].join('\n');
}

test('表三 with a merged three-row pipe header and a 小计 column after the five 法人或其他组织 columns: one cell-count warning at 小计, rows read by the header', () => {
  const base = core.analyze(EXAMPLE);
  const { report: r, findings } = core.analyze(mergedHeader({ subtotal: '小计' }));
  assert.deepEqual(brief(r, findings).map((f) => [f[0], f[1], f[3]]), [['cell-count', 'warning', '小计']]);
  assert.match(findings[0].message, /多出格式中没有的列“小计”/);
  assert.deepEqual(r.tables.t3.header.order, [0, 1, 2, 3, 4, 5, -1, 6]);
  assert.deepEqual(table3Values(r), table3Values(base.report));
});

test('breaker15: the 小计 column first under the merged 法人或其他组织 header: the same one warning, rows read by the header', () => {
  const base = core.analyze(EXAMPLE);
  const { report: r, findings } = core.analyze(mergedHeader({ subtotal: '小计', subtotalFirst: true }));
  assert.deepEqual(brief(r, findings).map((f) => [f[0], f[1], f[3]]), [['cell-count', 'warning', '小计']]);
  assert.deepEqual(r.tables.t3.header.order, [0, -1, 1, 2, 3, 4, 5, 6]);
  assert.deepEqual(table3Values(r), table3Values(base.report));
});

test('表三 with a merged three-row pipe header (法人或其他组织 over its five columns, 自然人 and 总计 over two rows): clean, read as the template', () => {
  const base = core.analyze(EXAMPLE);
  const { report: r, findings } = core.analyze(mergedHeader());
  assert.deepEqual(brief(r, findings), []);
  assert.deepEqual(table3Values(r), table3Values(base.report));
});

test('表三 with a merged header naming 法人或其它组织 and 其它 (它 for 他): no finding; the cells under 自然人 and 总计 are no blank labels', () => {
  const base = core.analyze(EXAMPLE);
  for (const variant of [{ group: '法人或其它组织' }, { group: '法人或其它组织', leaf: '其它' }]) {
    const { report: r, findings } = core.analyze(mergedHeader(variant));
    assert.deepEqual(brief(r, findings), [], JSON.stringify(variant));
    assert.deepEqual(table3Values(r), table3Values(base.report));
  }
});

test('其它 for 其他 in a row label and a column label of the plain header is the same label: no row-label or column-label warning', () => {
  const { lines, from } = table3();
  assert.match(lines[from], /\| 其他 \|/);
  const text = EXAMPLE.replace('2.其他法律行政法规禁止公开', '2.其它法律行政法规禁止公开').replace(lines[from], lines[from].replace('| 其他 |', '| 其它 |'));
  assert.notEqual(text, EXAMPLE);
  const { report: r, findings } = core.analyze(text);
  assert.deepEqual(brief(r, findings), []);
  assert.equal(core.labelKey('法人或其它组织'), core.labelKey('法人或其他组织'));
  assert.equal(core.labelKey('| 其它 |'), '其他');
  assert.equal(core.labelKey('2、其它法律'), '2.其他法律');
  // Only 其它: 它 elsewhere is kept.
  assert.equal(core.labelKey('它们'), '它们');
});

test('breaker15: captions in Chinese numerals (二〇二三年度 above last year’s, 二〇二四年度 above this year’s): the 2024 one is read', () => {
  const text = around(['二〇二三年度收到和处理政府信息公开申请情况', '', ...lastYearsTable(), '', '二〇二四年度收到和处理政府信息公开申请情况', '']);
  const { report: r, findings } = core.analyze(text);
  assert.deepEqual(brief(r, findings), []);
  assert.equal(rowValues(r, 't3', 'R1')[0], 40);
});

test('breaker15: last year’s 表三 first without a caption, the 2024 one captioned below it: no fix rewrites the prose', () => {
  // breaker15's t3/two-2024-caption-only.md: a 青石镇 2024 report whose first 表三 (no caption) is 2023's.
  const text = readFileSync(join(ROOT, 'test/data/two-t3/last-year-first-uncaptioned.md'), 'utf8');
  const { findings } = core.analyze(text);
  const prose = findings.filter((f) => f.ruleId === 'prose-table');
  assert.ok(prose.length > 0, 'the first table is read, so the prose disagrees with it');
  for (const f of prose) assert.equal(f.fix, undefined);
  // Those the table alone would have fixed say why they are not.
  assert.ok(prose.filter((f) => /报告中另有一张数字不同的同类表格（第 \d+ 行）：请先确认哪一张是本年度的，未自动修改/.test(f.message)).length >= 3);
  // Only table cells may change (a sum fix), never a line of prose.
  const fixed = core.fixAll(text).text.split('\n');
  text.split('\n').forEach((l, i) => { if (!l.trimStart().startsWith('|')) assert.equal(fixed[i], l); });
});
