// breaker50 #3: when both 表三 labels 一、本年新收政府信息公开申请数量 and 二、上年结转政府信息公开申请数量 wrapped onto a
// second line (pdftotext -layout with a narrow label column, a Word tab copy with a line break in the cell), 表三 was
// not found at all: a false table-missing error on a complete, balancing table, whose fix inserted a second, blank
// 表三 above the real one. The wrapped label is the row (templates.md §0.2: labels compared without line breaks), and
// table-missing never inserts a table where the section holds rows of numbers it could not read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, corpusText, toTabs, rowValues } from '../helpers.mjs';

const HUAIAN = corpusText('peers/govnianbao_huaian-city_2024.txt');
const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LABELS = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量'];

/** The 淮安 pdftotext report with both anchor labels wrapped after 公开: numbers on the first line, or on the second. */
function wrappedHuaian(numbersBelow) {
  return HUAIAN.split('\n').flatMap((line) => {
    const label = LABELS.find((l) => line.startsWith(l));
    if (!label) return [line];
    const head = label.slice(0, -4);
    const numbers = line.slice(label.length);
    return numbersBelow ? [head, '申请数量' + ' '.repeat(12) + numbers] : [head + ' '.repeat(4) + numbers, '申请数量'];
  }).join('\n');
}

test('淮安 2024 (pdftotext) with both anchor labels wrapped: read as the unwrapped report, no finding', () => {
  assert.deepEqual(core.analyze(HUAIAN).findings, []);
  const plain = ['R1', 'R2', 'R4'].map((id) => rowValues(core.parseReport(HUAIAN), 't3', id));
  for (const below of [false, true]) {
    const text = wrappedHuaian(below);
    assert.notEqual(text, HUAIAN);
    assert.deepEqual(core.analyze(text).findings, [], `numbers ${below ? 'below' : 'beside'}`);
    assert.deepEqual(['R1', 'R2', 'R4'].map((id) => rowValues(core.parseReport(text), 't3', id)), plain);
  }
});

test('a Word tab copy whose anchor label cells hold a line break: read, no finding', () => {
  const tabs = toTabs(CORRECT);
  let text = tabs;
  for (const l of LABELS) text = text.replace(`${l}\t`, `${l.slice(0, -4)}\n申请数量\t`);
  assert.notEqual(text, tabs);
  assert.deepEqual(core.analyze(tabs).findings, []);
  assert.deepEqual(core.analyze(text).findings, []);
  assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R1'), [40, 3, 0, 1, 2, 0, 46]);
});

test('a section whose rows of numbers cannot be read as 表三: table-missing inserts no second table', () => {
  // The anchor labels gone altogether (rows of numbers under other words): still no standard table inserted.
  const text = wrappedHuaian(false).replace('一、本年新收政府信息公开', '一、本年新收的').replace('二、上年结转政府信息公开', '二、上年结转的');
  const missing = core.analyze(text).findings.filter((f) => f.ruleId === 'table-missing');
  assert.equal(missing.length, 1);
  assert.equal(missing[0].fix, undefined);
  assert.match(missing[0].message, /未能读出表三：第 \d+ 行起的表格排版无法按表三读取/);
});
