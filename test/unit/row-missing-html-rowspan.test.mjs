// row-missing's fix in a 表三 kept as HTML with merged group cells (breaker51 #2): the row goes in under
// `<td rowspan="…">（五）不予处理</td>` and `三、本年度办理结果`, whose spans must take it in, or the group's last row and
// every row after it shift a column when the table is shown. Built from a Word HTML table formatted by prettier
// (test/fixtures/reports/breaker47-html-t3-prettier.md, a clean 2019-format report: 三's rowspan 20, （五）'s 5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/breaker47-html-t3-prettier.md'), 'utf8');
const findingsOf = (text) => core.checkReport(core.parseReport(text));

/** `text` without the `<tr>…</tr>` of the row labelled `label`. */
function withoutRow(text, label) {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(`>${label}<`));
  assert.ok(i > 0, label);
  let a = i, b = i;
  while (lines[a].trim() !== '<tr>') a--;
  while (lines[b].trim() !== '</tr>') b++;
  return [...lines.slice(0, a), ...lines.slice(b + 1)].join('\n');
}

/** The rowspans of the cells labelled 三、本年度办理结果 and （五）不予处理, in that order. */
function spans(text) {
  const lines = text.split('\n');
  return ['三、本年度办理结果', '（五）不予处理'].map((label) => {
    const i = lines.findIndex((l) => l.includes(`>${label}<`));
    let k = i;
    while (!/rowspan/.test(lines[k])) k--;
    return Number(/rowspan="(\d+)"/.exec(lines[k])[1]);
  });
}

/** `text` with the rowspan of the cell labelled `label` set to `n`. */
function withSpan(text, label, n) {
  const lines = text.split('\n');
  let k = lines.findIndex((l) => l.includes(`>${label}<`));
  while (!/rowspan/.test(lines[k])) k--;
  lines[k] = lines[k].replace(/rowspan="\d+"/, `rowspan="${n}"`);
  return lines.join('\n');
}

test('the base is clean, with 三 spanning 20 rows and （五）不予处理 its 5', () => {
  assert.deepEqual(findingsOf(BASE).map((f) => f.message), []);
  assert.deepEqual(spans(BASE), [20, 5]);
});

test('a row deleted with the spans lowered to match: the fix inserts it and raises both spans back', () => {
  const text = withSpan(withSpan(withoutRow(BASE, '2.重复申请'), '三、本年度办理结果', 19), '（五）不予处理', 4);
  assert.ok(findingsOf(text).some((f) => f.ruleId === 'row-missing' && f.message.includes('2.重复申请')));
  const fixed = core.fixAll(text).text;
  assert.deepEqual(spans(fixed), [20, 5]);
  // Written as its neighbours are (brk145 #6): `<tr>`, each `<td>` with its `<p>`/`<span>` on lines of their own.
  assert.match(fixed, /\n  <tr>\n    <td>\n      <p class="MsoNormal" align="center">\n        <span style="font-family:仿宋_GB2312;font-size:10\.5pt">2\.重复申请<\/span>/);
  assert.deepEqual(findingsOf(fixed).map((f) => f.ruleId), ['row-missing'], 'only the blank row is left to fill in');
  // Filled in (by the next fix, from the sums), the table is the base again.
  const filled = core.fixAll(fixed).text;
  assert.deepEqual(findingsOf(filled).map((f) => f.message), []);
  assert.equal(filled, BASE);
  assert.deepEqual(rowValues(core.parseReport(filled), 't3', 'R3.5.2'), rowValues(core.parseReport(BASE), 't3', 'R3.5.2'));
});

test('a row deleted with the spans left as they were: the spans already take the row in and are not raised', () => {
  const text = withoutRow(BASE, '2.重复申请');
  assert.deepEqual(spans(text), [20, 5]);
  const fixed = core.fixAll(text).text;
  assert.match(fixed, />2\.重复申请</);
  assert.deepEqual(spans(fixed), [20, 5]);
});

test('the last row of a group and two rows of one group: the group\'s span takes each in', () => {
  const last = withSpan(withSpan(withoutRow(BASE, '5.要求行政机关确认或重新出具已获取信息'), '三、本年度办理结果', 19), '（五）不予处理', 4);
  const fixedLast = core.fixAll(last).text;
  assert.deepEqual(spans(fixedLast), [20, 5]);
  assert.ok(fixedLast.indexOf('>5.要求行政机关确认或重新出具已获取信息<') > fixedLast.indexOf('>4.无正当理由大量反复申请<'));
  const two = withSpan(withSpan(withoutRow(withoutRow(BASE, '2.重复申请'), '3.要求提供公开出版物'), '三、本年度办理结果', 18), '（五）不予处理', 3);
  const fixedTwo = core.fixAll(two).text;
  assert.deepEqual(spans(fixedTwo), [20, 5]);
  assert.deepEqual(findingsOf(fixedTwo).map((f) => f.ruleId), ['row-missing', 'row-missing']);
});

test('a row inserted after a group is not put in that group\'s span', () => {
  // （六）其他处理 (a single row in the 2019 format) deleted: it goes in after （五）'s last row, outside （五）'s span.
  const text = withSpan(withoutRow(BASE, '（六）其他处理'), '三、本年度办理结果', 19);
  assert.ok(findingsOf(text).some((f) => f.ruleId === 'row-missing' && f.message.includes('（六）其他处理')), findingsOf(text).map((f) => f.message).join('\n'));
  const fixed = core.fixAll(text).text;
  assert.deepEqual(spans(fixed), [20, 5]);
});

/**
 * The 2024 example with 表三 as Word writes it on one line a row: the group labels as merged cells
 * (`<td rowspan="21">三、本年度办理结果</td>`, `<td rowspan="8">（三）不予公开</td>` on their first rows), the 一、 labels over
 * three columns (`colspan="3"`), the （一） labels over two; `drop`: rows left out, the spans written for the rows left.
 */
function wordHtml(drop = []) {
  const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const lines = example.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('| 四、结转下年度继续办理'));
  const rows = lines.slice(start, end + 1).filter((l) => !/^\|[\s:|-]+\|$/.test(l)).map((l) => l.slice(1, -1).split('|').map((c) => c.trim()));
  const kept = rows.filter((r) => !drop.includes(r[0]));
  const groupOf = (label) => (/^\d\./.test(label) ? kept.slice(0, kept.findIndex((r) => r[0] === label)).reverse().find((r) => /^（[三四五六]）/.test(r[0]))?.[0] : null);
  const results = kept.filter((r) => /^（|^\d\./.test(r[0]) && !/^（[三四五六]）|^（本列/.test(r[0]));
  const out = [];
  let firstResult = true;
  for (const [label, ...values] of kept) {
    if (label === '三、本年度办理结果' || /^（[三四五六]）/.test(label)) continue;
    const cells = values.map((v) => `<td>${v}</td>`).join('');
    if (/^[一二四]、|^（本列/.test(label)) { out.push(`<tr><td colspan="3">${label}</td>${cells}</tr>`); continue; }
    let pre = '';
    if (firstResult) { pre = `<td rowspan="${results.length}">三、本年度办理结果</td>`; firstResult = false; }
    const group = groupOf(label);
    if (group) {
      const members = results.filter((r) => groupOf(r[0]) === group);
      if (members[0][0] === label) pre += `<td rowspan="${members.length}">${group}</td>`;
      out.push(`<tr>${pre}<td>${label}</td>${cells}</tr>`);
    } else out.push(`<tr>${pre}<td colspan="2">${label}</td>${cells}</tr>`);
  }
  return [...lines.slice(0, start), '<table>', ...out, '</table>', ...lines.slice(end + 1)].join('\n');
}

test('the first row of a group missing in Word\'s HTML (the group cell now on the next row): the new row takes the group cell, its span one more (helper-203 #5)', () => {
  const full = wordHtml();
  assert.deepEqual(findingsOf(full).map((f) => f.message), []);
  const text = wordHtml(['1.属于国家秘密']);
  assert.match(text, /<tr><td rowspan="7">（三）不予公开<\/td><td>2\.其他法律行政法规禁止公开<\/td>/);
  assert.match(text, /<td rowspan="21">三、本年度办理结果<\/td>/);
  const fixed = core.fixAll(text).text;
  assert.match(fixed, /<tr><td rowspan="8">（三）不予公开<\/td><td>1\.属于国家秘密<\/td>(<td><\/td>){7}<\/tr>\n<tr><td>2\.其他法律行政法规禁止公开<\/td>/);
  assert.match(fixed, /<td rowspan="22">三、本年度办理结果<\/td>/);
  const filled = fixed.replace('<td>1.属于国家秘密</td>' + '<td></td>'.repeat(7), '<td>1.属于国家秘密</td>' + '<td>0</td>'.repeat(7));
  assert.deepEqual(findingsOf(filled).map((f) => f.message), []);
});

test('the group cell taken over with its rowspan left stale (8 over 7 rows after the deletion) spans the group, not one more (helper-205 #9)', () => {
  const text = wordHtml(['1.属于国家秘密']).replace('<td rowspan="7">（三）不予公开</td>', '<td rowspan="8">（三）不予公开</td>');
  const fixed = core.fixAll(text).text;
  assert.match(fixed, /<tr><td rowspan="8">（三）不予公开<\/td><td>1\.属于国家秘密<\/td>/);
  assert.match(fixed, /<td rowspan="22">三、本年度办理结果<\/td>/);
});

test('a missing row whose level spans label columns is written with that colspan (helper-203 #4)', () => {
  const partial = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
  const fixedPartial = core.fixAll(wordHtml([partial])).text;
  assert.match(fixedPartial, new RegExp(`<tr><td colspan="2">${partial.replace(/[（）]/g, '.')}</td>(<td></td>){7}</tr>`));
  const fixedCarry = core.fixAll(wordHtml(['二、上年结转政府信息公开申请数量'])).text;
  assert.match(fixedCarry, /<tr><td colspan="3">二、上年结转政府信息公开申请数量<\/td>(<td><\/td>){7}<\/tr>/);
});
