// brk104 #1: a 表三 row whose label is exactly a template row's was aligned with another row when a row was missing
// around it: `| 一、本年新收政府信息公开申请数量 | 32 | … | 34 |` with 二、上年结转 deleted (or a table whose header text
// reads like a label) was read as 上年结转, row-label said the exact label was a misspelling of
// “二、上年结转政府信息公开申请数量” (4 characters apart) and its fix relabelled the row, so that 34 new applications
// read as carried over (and --fix inserted a blank 本年新收 row above it). A label that is exactly one template row's
// (after labelKey) is that row; the row that is missing is row-missing, nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, corpusText } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const STCSM = corpusText('peers/kiro_shanghai-stcsm_2024.txt');
const T3_LABELS = core.parseReport(CORRECT).tables.t3.rows.map((r) => r.label);

/** The lines of `text` that are pipe rows of 表三 whose first cell is exactly a template row's label (`[index, label]`). */
function exactRows(text) {
  const out = [];
  text.split('\n').forEach((l, i) => {
    const m = /^\|\s*([^|]+?)\s*\|\s*\d/.exec(l);
    if (m && T3_LABELS.includes(m[1])) out.push([i, m[1]]);
  });
  return out;
}

/** `text` without line `i`. */
const without = (text, i) => text.split('\n').filter((_, k) => k !== i).join('\n');

/** Asserts that no row of `text` written with an exact template label is said or fixed as another row's. */
function assertExactLabelsKept(text, what) {
  const { findings } = core.analyze(text);
  const lines = text.split('\n');
  for (const [i, label] of exactRows(text)) {
    const said = findings.filter((f) => f.ruleId === 'row-label' && f.range.start.line === i);
    assert.deepEqual(said.map((f) => f.message.zh ?? f.message), [], `${what}: ${label}`);
  }
  // The fixes leave every exact label where it was, on the same numbers.
  const fixed = core.applyFixes(text, findings.filter((f) => f.fix).flatMap((f) => f.fix.edits)).text.split('\n');
  for (const [i, label] of exactRows(text)) {
    const numbers = lines[i].split('|').slice(2).map((c) => c.trim()).filter(Boolean).join(' ');
    const row = fixed.find((l) => l.includes(`| ${label} `) || l.startsWith(`|${label}|`));
    assert.ok(row, `${what}: ${label} kept`);
    const after = row.split('|').slice(2).map((c) => c.trim()).filter(Boolean).join(' ');
    assert.ok(after.startsWith(numbers), `${what}: ${label} keeps ${numbers}, has ${after}`);
  }
}

test('the repro: one 表三 row with an exact label under a garbled header is that row, not a misspelling of 上年结转', () => {
  const text = '自然人总计\n本年\n## 表三：收到和处理政府信息公开申请情况\n| 业 | 构 | 益组织 | 务机构 |  |  |  |  |  |\n| 一、本年新收政府信息公开申请数量 | 32 | 2 | 0 | 0 | 0 | 0 | 34 |  |\n总计总计';
  const row = core.parseReport(text).tables.t3.rows.find((r) => r.match.kind !== 'absent' && r.match.kind !== 'positional');
  assert.equal(row?.label, '一、本年新收政府信息公开申请数量');
  assert.equal(row.match.kind, 'exact');
  assert.deepEqual(row.cells.map((c) => c?.value), [32, 2, 0, 0, 0, 0, 34]);
  assertExactLabelsKept(text, 'repro');
});

test('the Shanghai STCSM 2024 report with its 上年结转 row deleted: row-missing for that row, 本年新收 kept', () => {
  const i = STCSM.split('\n').findIndex((l) => l.startsWith('| 二、上年结转政府信息公开申请数量 |'));
  const text = without(STCSM, i);
  const { findings, report } = core.analyze(text);
  const r1 = report.tables.t3.rows.find((r) => r.label === '一、本年新收政府信息公开申请数量');
  assert.equal(r1.match.kind, 'exact');
  assert.equal(r1.cells[6].value, 34);
  assert.equal(report.tables.t3.rows.find((r) => r.label === '二、上年结转政府信息公开申请数量').match.kind, 'absent');
  const missing = findings.filter((f) => f.ruleId === 'row-missing').map((f) => f.message.zh ?? f.message);
  assert.ok(missing.some((m) => m.startsWith('表三缺少“二、上年结转政府信息公开申请数量”行。应在“一、本年新收政府信息公开申请数量”之后。')), missing.join('\n'));
  // The prose's 上年结转 2 is not compared with the 34 of 本年新收.
  assert.ok(!findings.some((f) => f.ruleId === 'prose-table' && /上年结转/.test(f.message.zh ?? f.message)));
  assertExactLabelsKept(text, 'stcsm');
  // --fix: 本年新收 keeps its label and numbers; the blank row inserted below it is 上年结转's.
  const fixed = core.applyFixes(text, findings.filter((f) => f.fix).flatMap((f) => f.fix.edits)).text.split('\n');
  const at = fixed.findIndex((l) => l.startsWith('| 一、本年新收政府信息公开申请数量 | 32 |'));
  assert.ok(at > 0);
  assert.match(fixed[at + 1], /^\| 二、上年结转政府信息公开申请数量 \|[ |]*$/);
});

test('any one 表三 row deleted, every row written with its exact label stays that row (the example and the STCSM report)', () => {
  for (const [name, source] of [['example', CORRECT], ['stcsm', STCSM]]) {
    for (const [i, label] of exactRows(source)) assertExactLabelsKept(without(source, i), `${name} without ${label}`);
  }
});

test('a neighbour\'s exact label pasted over a row\'s own (two rows with one label): their places decide, the row is read where it stands, no row-missing (brk105 #1)', () => {
  const lines = CORRECT.split('\n');
  for (const [from, to] of [['（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'], ['2.重复申请', '1.信访举报投诉类申请'], ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量']]) {
    const i = lines.findIndex((l) => l.startsWith(`| ${from} `));
    assert.ok(i > 0, from);
    const text = [...lines.slice(0, i), lines[i].replace(from, to), ...lines.slice(i + 1)].join('\n');
    const found = core.checkReport(core.parseReport(text));
    assert.deepEqual(found.filter((f) => f.severity === 'error').map((f) => f.ruleId), [], `${from} → ${to}: ${found.map((f) => f.message).join('\n')}`);
    assert.ok(found.some((f) => f.ruleId === 'row-duplicate' && f.range.start.line === i), from);
  }
});
