// brk186 #6: format-mixed merging the 2021 （六）其他处理 sub-rows of an HTML 表三 into the 2019 row left the
// `<td rowspan="22">三、本年度办理结果</td>` over them as it was: the 2019 table has two rows fewer, so the cell reached
// over （七）总计 and 四、结转下年度继续办理 and pushed their cells a column right in a browser (the re-check said
// nothing). The merge now lowers every rowspan that covered the rows merged away. The grid is laid out as a browser
// does and every row's cells must stand under their columns.
// Base: test/fixtures/crossyear-pre2019/某某市某某局2020.md (2019 format, clean), its 表三 written as HTML with the
// template's merged cells (templates.md §4.3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/crossyear-pre2019/某某市某某局2020.md'), 'utf8');
const check = (text) => core.checkReport(core.parseReport(text), { previous: null });
const td = (text, attrs = '') => `<td${attrs}>${text}</td>`;
const cellsOf = (line) => line.split('|').slice(1, -1).map((c) => c.trim());
const SUBS_2021 = [
  ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [1, 0, 0, 0, 0, 0, 1]],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 1, 0, 0, 0, 0, 1]],
  ['3.其他', [0, 0, 0, 0, 0, 0, 0]],
];

/**
 * BASE with its pipe 表三 written as HTML, one <tr> a line, as Word saves it: the corner note over three label
 * columns, 三、本年度办理结果 a cell spanning its results, （三）（四）（五） cells spanning their sub-rows. `six`: how
 * （六）其他处理 is written: '2019' (one row), '2021' (its label a cell spanning the three sub-rows) or '2021-nogroup'
 * (the three sub-rows without it).
 */
function htmlT3(six) {
  const lines = BASE.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| 一、本年新收'));
  const end = lines.findIndex((l) => l.startsWith('| 四、结转下年度'));
  let head = start;
  while (lines[head - 1].startsWith('|')) head--;
  const rows = lines.slice(start, end + 1).map(cellsOf).map(([label, ...v]) => [label, v]);
  const subRows = six === '2019' ? 0 : 2;
  const out = ['<table>',
    `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' colspan="3" rowspan="3"')}${td('申请人情况', ' colspan="7"')}</tr>`,
    `<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>`,
    `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((c) => td(c)).join('')}</tr>`];
  let group = null;
  let first = true;
  for (const [i, [label, v]] of rows.entries()) {
    const values = v.map((x) => td(x)).join('');
    if (/^[一二四]、/.test(label)) { out.push(`<tr>${td(label, ' colspan="3"')}${values}</tr>`); continue; }
    if (label.startsWith('三、')) { first = true; continue; }
    const lead = first ? td('三、本年度办理结果', ` rowspan="${20 + subRows}"`) : '';
    first = false;
    if (/^（[三四五]）/.test(label)) {
      let n = 0;
      while (rows[i + 1 + n] && /^\d\./.test(rows[i + 1 + n][0])) n++;
      group = { label, n };
      continue;
    }
    if (/^\d\./.test(label)) {
      const g = group && group.n ? td(group.label, ` rowspan="${group.n}"`) : '';
      if (g) group = { ...group, n: 0 };
      out.push(`<tr>${lead}${g}${td(label)}${values}</tr>`);
      continue;
    }
    if (label.startsWith('（六）') && six !== '2019') {
      for (const [k, [sub, sv]] of SUBS_2021.entries()) {
        const g = six === '2021' ? (k ? '' : td('（六）其他处理', ' rowspan="3"')) + td(sub) : td(sub, ' colspan="2"');
        out.push(`<tr>${k ? '' : lead}${g}${sv.map((x) => td(x)).join('')}</tr>`);
      }
      continue;
    }
    out.push(`<tr>${lead}${td(label, ' colspan="2"')}${values}</tr>`);
  }
  out.push('</table>');
  return [...lines.slice(0, head), ...out, ...lines.slice(end + 1)].join('\n');
}

/**
 * The table's rows laid out on the grid as a browser does (cells of rows above that span rows taking their columns):
 * per <tr>, its cells' texts by the grid column each starts at.
 */
function grid(text) {
  const table = text.slice(text.indexOf('<table>'), text.indexOf('</table>'));
  const out = [];
  let carry = [];
  for (const tr of table.match(/<tr>.*?<\/tr>/g)) {
    const row = new Map();
    const next = carry.map((n) => Math.max(0, n - 1));
    let col = 0;
    for (const [, attrs, body] of tr.matchAll(/<td([^>]*)>(.*?)<\/td>/g)) {
      while ((carry[col] ?? 0) > 0) col++;
      const colspan = Number(/colspan="(\d+)"/.exec(attrs)?.[1] ?? 1), rowspan = Number(/rowspan="(\d+)"/.exec(attrs)?.[1] ?? 1);
      row.set(col, body);
      for (let k = col; k < col + colspan; k++) next[k] = rowspan - 1;
      col += colspan;
    }
    out.push(row);
    carry = next;
  }
  return out;
}

/** Every row below the header: its label in a label column (0–2), its seven numbers in columns 3–9, none past them. */
function assertGridRight(text) {
  const rows = grid(text).slice(3);
  assert.equal(rows.length, 23);
  for (const row of rows) {
    const cols = [...row.keys()];
    const label = [...row.entries()].filter(([, t]) => !/^\d+$/.test(t)).pop();
    assert.ok(label[0] <= 2, `${label[1]} in column ${label[0]}`);
    assert.deepEqual(cols.filter((c) => c > 2), [3, 4, 5, 6, 7, 8, 9], `${label[1]}: numbers in columns ${cols.filter((c) => c > 2)}`);
  }
}

test('the correct 2019 HTML 表三 (group cell rowspan="20") is silent and its grid right', () => {
  const text = htmlT3('2019');
  assert.deepEqual(check(text).map((f) => f.message), []);
  assertGridRight(text);
});

for (const six of ['2021', '2021-nogroup']) {
  test(`${six}: the merge lowers 三、本年度办理结果's rowspan to 20, every row under its columns`, () => {
    const text = htmlT3(six);
    assert.match(text, /<td rowspan="22">三、本年度办理结果<\/td>/);
    const found = check(text);
    assert.deepEqual(found.map((f) => f.ruleId), ['format-mixed'], found.map((f) => f.message).join('\n'));
    const [mixed] = found;
    assert.match(mixed.message, /修复会合并为一行/);
    const { text: fixed, skipped } = core.applyFixes(text, mixed.fix.edits);
    assert.equal(skipped, 0);
    assert.match(fixed, /<td rowspan="20">三、本年度办理结果<\/td>/);
    assert.doesNotMatch(fixed, /rowspan="3">（六）/);
    assertGridRight(fixed);
    // The 2019 row: the three sub-rows added up; and the table as the 2019 format writes it, silent.
    assert.deepEqual(core.parseReport(fixed).tables.t3.rows.find((r) => r.id === 'R3.6').cells.map((c) => c?.value ?? null), [1, 1, 0, 0, 0, 0, 2]);
    assert.deepEqual(check(fixed).map((f) => f.message), []);
  });
}
