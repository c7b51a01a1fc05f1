// Row labels that a paste wrapped over lines (helper-221 #1, #2, #10): a Word line break inside the label's cell,
// a narrow column of a PDF's text (`pdftotext -layout`), Word's HTML with a <p> a line, a continuation row of blank
// cells. The label is read whole: its misspelling is reported and fixed in the line that holds it, and row-order's
// fix moves every line of it. Before, row-order moved only the line with the numbers (the label's first part left as
// a stray row, the check then clean), and row-label's fix wrote the whole label over the second part (text doubled,
// the typo kept) or the typo in the first part went unseen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, toHtmlRows } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const R31 = '| （一）予以公开                                                           | 21     | 2        | 0        | 0            | 1            | 0    | 24   |';
const R32 = '| （二）部分公开（区分处理的，只计这一情形，不计其他情形）                 | 5      | 0        | 0        | 1            | 0            | 0    | 6    |';
const R32_CELLS = ' | 5 | 0 | 0 | 1 | 0 | 0 | 6 |';
assert.ok(example.includes(`${R31}\n${R32}\n`));

const fixAll = (text, rule) => core.applyFixes(text, core.analyze(text).findings.filter((f) => f.ruleId === rule && f.fix).flatMap((f) => f.fix.edits)).text;
const ruleIds = (text) => core.analyze(text).findings.map((f) => f.ruleId);

/** 表三's rows as `pdftotext -layout` writes them: the label padded to 44 columns, each number right-aligned in 14. */
function spaced(text, wrap = {}) {
  const width = (s) => [...s].reduce((n, c) => n + (/[\u3000-\uffef\u4e00-\u9fff]/.test(c) ? 2 : 1), 0);
  const pad = (s, n) => s + ' '.repeat(Math.max(1, n - width(s)));
  let inT3 = false;
  return text.split('\n').flatMap((line) => {
    if (line.includes('本列数据的勾稽关系')) inT3 = true;
    if (!inT3 || !line.startsWith('|')) {
      if (inT3 && !line.startsWith('|') && line.trim()) inT3 = false;
      return [line];
    }
    if (/^\|[\s:|-]+\|$/.test(line)) return [];
    const [label, ...cells] = line.slice(1, -1).split('|').map((c) => c.trim());
    const numbers = cells.map((c) => ' '.repeat(Math.max(1, 14 - width(c))) + c).join('');
    const w = wrap[label];
    if (!w) return [pad(label, 44) + numbers, ''];
    const rest = label.slice(w.first.length);
    return w.mid ? [w.first, ' '.repeat(44) + numbers, rest, ''] : [w.first, pad(rest, 44) + numbers, ''];
  }).join('\n');
}

test('row-order: a row whose label a Word line break wrapped moves with both its lines; the fixed text is clean', () => {
  const text = example.replace(`${R31}\n${R32}\n`, `| （二）部分公开\n（区分处理的，只计这一情形，不计其他情形）${R32_CELLS}\n${R31}\n`);
  const f = core.analyze(text).findings.find((x) => x.ruleId === 'row-order');
  assert.ok(f?.fix, 'row-order with a fix');
  const fixed = fixAll(text, 'row-order');
  assert.ok(fixed.includes(`${R31}\n| （二）部分公开\n（区分处理的，只计这一情形，不计其他情形）${R32_CELLS}\n`), fixed.split('\n').slice(60, 68).join('\n'));
  assert.deepEqual(ruleIds(fixed), []);
});

test('row-order in pdftotext text: the label\'s first line moves with the numbers\' line', () => {
  const wrap = { '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': { first: '（二）部分公开（区分处理的，' } };
  const good = spaced(example, wrap);
  assert.deepEqual(ruleIds(good), []);
  // （一） and （二） swapped, each with the blank line after it.
  const lines = good.split('\n');
  const i = lines.findIndex((l) => l.startsWith('（一）予以公开'));
  const moved = [...lines.slice(0, i), ...lines.slice(i + 2, i + 5), ...lines.slice(i, i + 2), ...lines.slice(i + 5)].join('\n');
  assert.deepEqual(ruleIds(moved), ['row-order']);
  const fixed = fixAll(moved, 'row-order');
  assert.equal(fixed, good);
});

test('row-label: a typo in the first line of a label a Word line break wrapped is reported and fixed on that line only', () => {
  const text = example.replace(R32, `| （二）不分公开\n（区分处理的，只计这一情形，不计其他情形）${R32_CELLS}`);
  const fs = core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /不分公开.*应为“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”（相差 1 个字）/);
  assert.equal(fs[0].range.start.line, text.split('\n').indexOf('| （二）不分公开'));
  const fixed = fixAll(text, 'row-label');
  assert.equal(fixed, text.replace('| （二）不分公开\n', '| （二）部分公开\n'));
  assert.deepEqual(ruleIds(fixed), []);
});

test('row-label in pdftotext text, numbers on the label\'s last or middle line: a typo in either part found and fixed in place', () => {
  const label = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
  for (const mid of [false, true]) {
    const good = spaced(example, { [label]: { first: '（二）部分公开（区分处理的，', mid } });
    assert.deepEqual(ruleIds(good), [], `mid ${mid}`);
    const typos = [
      good.replace(/^（二）部分公开（区分处理的，/m, '（二）不分公开（区分处理的，'),
      good.replace(/^(\s*)只计这一情形，不计其他情形）/m, '$1只计这一情形，不记其他情形）'),
    ];
    for (const text of typos) {
      assert.notEqual(text, good);
      const fs = core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');
      assert.equal(fs.length, 1, `mid ${mid}`);
      assert.ok(fs[0].fix, 'fixable');
      assert.equal(fixAll(text, 'row-label'), good, `mid ${mid}`);
    }
  }
});

test('row-label in Word\'s HTML, a <p> a line: a typo in the second paragraph is fixed in it, the first kept', () => {
  const html = toHtmlRows(example);
  const cell = '<td>（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>';
  assert.ok(html.includes(cell));
  assert.deepEqual(ruleIds(html), []);
  const good = html.replace(cell, '<td>\n<p class="MsoNormal">（二）部分公开（</p>\n<p class="MsoNormal">区分处理的，只计这一情形，不计其他情形）</p>\n</td>');
  assert.deepEqual(ruleIds(good), []);
  const text = good.replace('不计其他情形）</p>', '不记其他情形）</p>');
  const fs = core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');
  assert.equal(fs.length, 1);
  assert.equal(fixAll(text, 'row-label'), good);
});

test('row-label: a typo in a label continued in a pipe row of blank cells is found; the fix joins the two rows', () => {
  const text = example.replace(R32, `| （二）不分公开${R32_CELLS}\n| （区分处理的，只计这一情形，不计其他情形） |  |  |  |  |  |  |  |`);
  const fs = core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');
  assert.equal(fs.length, 1);
  const fixed = fixAll(text, 'row-label');
  assert.ok(fixed.includes('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'));
  assert.ok(!fixed.includes('不分公开'));
  assert.deepEqual(ruleIds(fixed), []);
});

test('a piece of a group label written down the side of a PDF\'s table is not taken into a row\'s label', () => {
  // `他处理` (of （六）其他处理) on a line between the parts of 2.申请人逾期未按收费通知…: the row is read, nothing said.
  const label = '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';
  const good = spaced(example, { [label]: { first: '2.申请人逾期未按收费通知要求', mid: true } });
  assert.deepEqual(ruleIds(good), []);
  const text = good.replace(/^2\.申请人逾期未按收费通知要求$/m, '他处理\n$&');
  assert.deepEqual(ruleIds(text), []);
});

test('pdftotext: 表三 whose 一、 and 二、 labels both wrap, numbers on the middle line, is read; a wrong total found (helper-221 #6)', () => {
  const wrap = {
    '一、本年新收政府信息公开申请数量': { first: '一、本年新收政府信息公开申请', mid: true },
    '二、上年结转政府信息公开申请数量': { first: '二、上年结转政府信息公开申请', mid: true },
  };
  const good = spaced(example, wrap);
  assert.match(good, /^一、本年新收政府信息公开申请\n +40 +3 +0 +1 +2 +0 +46\n数量$/m);
  assert.deepEqual(ruleIds(good), []);
  const bad = good.replace(/^( +40 +3 +0 +1 +2 +0 +)46$/m, '$147');
  assert.notEqual(bad, good);
  assert.deepEqual(ruleIds(bad).sort(), ['sum-applicants', 'sum-balance']);
});

test('row-duplicate: a row with a wrapped label pasted twice is found; an equal copy next to it is deleted whole (helper-221 #11)', () => {
  const wrapped = (cells) => `| （二）部分公开\n（区分处理的，只计这一情形，不计其他情形）${cells}`;
  const same = example.replace(R32, `${wrapped(R32_CELLS)}\n${wrapped(R32_CELLS)}`);
  const f = core.analyze(same).findings.filter((x) => x.ruleId === 'row-duplicate');
  assert.equal(f.length, 1);
  assert.ok(f[0].fix);
  const fixed = fixAll(same, 'row-duplicate');
  assert.equal(fixed, example.replace(R32, wrapped(R32_CELLS)));
  assert.deepEqual(ruleIds(fixed), []);
  // Other numbers in the copy: said, not fixed; the copy's lines named from its first.
  const other = example.replace(R32, `${wrapped(' | 4 | 0 | 0 | 1 | 0 | 0 | 5 |')}\n${wrapped(R32_CELLS)}`);
  const g = core.analyze(other).findings.filter((x) => x.ruleId === 'row-duplicate');
  assert.equal(g.length, 1);
  assert.equal(g[0].fix, undefined);
  assert.match(g[0].message, /数字不同/);
  const copyAt = other.split('\n').indexOf('| （二）部分公开');
  assert.equal(g[0].range.start.line, copyAt);
  assert.match(g[0].message, new RegExp(`按第 ${copyAt + 3} 行读取`));
});

test('pdftotext: 二、 wrapped after a few characters (`二、上年结转政府信` / numbers / `息公开申请数量`) is a row, not a section heading (helper-226 B3)', () => {
  // helper-226's layout of the example: a header of three lines, labels wrapped after 9 characters, numbers between.
  const good = readFileSync(join(ROOT, 'test/fixtures/reports/helper226-pdf-wrapped-anchors-2024.md'), 'utf8');
  assert.match(good, /^二、上年结转政府信\n +2 +0 +0 +0 +0 +0 +2 *\n息公开申请数量$/m);
  assert.deepEqual(ruleIds(good), []);
  const bad = good.replace(/^( +40 +3 +0 +1 +2 +0 +)46( *)$/m, '$147$2');
  assert.notEqual(bad, good);
  assert.deepEqual(ruleIds(bad).sort(), ['sum-applicants', 'sum-balance']);
});

test('pdftotext: a label wrapped over four lines, its last character alone beside the numbers, is read whole; a typo in it found (helper-226 B6)', () => {
  const good = spaced(example);
  const lines = good.split('\n');
  const at = lines.findIndex((l) => l.startsWith('2.申请人逾期未按收费通知'));
  const numbers = lines[at].slice(lines[at].search(/ {2,}\d/));
  const wrapped = (label) => [label.slice(0, 12), label.slice(12, 24), label.slice(24, 36), label.slice(36) + ' '.repeat(43) + numbers];
  const label = '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';
  assert.equal(label.length, 37);
  const text = [...lines.slice(0, at), ...wrapped(label), ...lines.slice(at + 1)].join('\n');
  assert.deepEqual(ruleIds(text), []);
  const typo = [...lines.slice(0, at), ...wrapped(label.replace('缴纳', '交纳')), ...lines.slice(at + 1)].join('\n');
  const f = core.analyze(typo).findings.filter((x) => x.ruleId === 'row-label');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /交纳/);
  assert.equal(fixAll(typo, 'row-label'), text);
});
