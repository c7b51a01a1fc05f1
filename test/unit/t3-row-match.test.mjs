// 表三 rows swapped where the template's labels are written exactly (breaker44 findings A and B): a row whose label
// is the template's is read as that row, whatever its place; a misspelled label (（二）不分公开) is then matched by its
// words among the lines left, and a label none of the template's by its ordinal. The inputs are built here as the
// tester built them: examples/correct-2024.nianbao.md with （一）/（二） swapped and 部分公开 misspelled
// (swapped-typo.md), corpus seed 003 with the same swap and prose that states its figures (c003-swap-typo.txt), and
// examples/correct-2024.nianbao.md with （七）总计 above 3.其他 (swap-total.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, corpusText, edit, rowValues, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const brief = (findings) => findings.map((f) => `${f.range.start.line + 1} ${f.ruleId}`).sort();
const lineOf = (text, start) => text.split('\n').find((l) => l.startsWith(start));

/** `text` with the one line starting with `a` and the one starting with `b` exchanged. */
function swapLines(text, a, b) {
  const la = lineOf(text, a), lb = lineOf(text, b);
  return edit(edit(text, la, '\u0000'), lb, la).replace('\u0000', lb);
}

const SWAPPED = swapLines(CORRECT, '| （一）予以公开', '| （二）部分公开');
const SWAPPED_TYPO = edit(SWAPPED, '| （二）部分公开', '| （二）不分公开');
const SWAP_TOTAL = swapLines(CORRECT, '| 3.其他', '| （七）总计');
const PROSE = '其中予以公开24件、部分公开6件';

/** Seed 003 with （一）/（二） swapped (the typo 不分公开 is the seed's own), 5 and 1 applications, and prose saying so. */
function c003SwapTypo() {
  let t = corpusText('seeds/003_7487cbc35b761747.txt');
  t = edit(t, '一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '一、本年新收政府信息公开申请数量 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |');
  t = edit(t, '三、本年度办理结果 | (一)予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n(二)不分公开(区分处理的,只计这一情形,不计其他情形) | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '(二)不分公开(区分处理的,只计这一情形,不计其他情形) | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n三、本年度办理结果 | (一)予以公开 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |');
  t = edit(t, '(七)总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '(七)总计 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |');
  const lines = t.split('\n');
  // (Numbered on from seed 003's (五)建议提案…, so subheading-order has no repeated (五) to renumber.)
  lines.splice(8, 0, '(六)依申请公开情况。全年共受理政府信息公开申请6件,其中予以公开5件、部分公开1件。');
  return lines.join('\n');
}

test('swapped （一）/（二） with 不分公开: read by label, row-order and the typo only, the prose left as written', () => {
  const { report, findings } = core.analyze(SWAPPED_TYPO);
  assert.deepEqual(brief(findings), ['64 row-label', '65 row-order'], findings.map((f) => f.message).join('\n'));
  const label = findings.find((f) => f.ruleId === 'row-label');
  assert.match(label.message, /应为“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”（相差 1 个字）/);
  assert.equal(label.severity, 'warning');
  assert.equal(findings.find((f) => f.ruleId === 'row-order').severity, 'info');
  assert.deepEqual(rowValues(report, 't3', 'R3.1'), [21, 2, 0, 0, 1, 0, 24]);
  assert.deepEqual(rowValues(report, 't3', 'R3.2'), [5, 0, 0, 1, 0, 0, 6]);
  assert.equal(report.tables.t3.rows.find((r) => r.id === 'R3.1').match.kind, 'exact');
  // The fixes put the rows back and correct the label; the prose keeps its (correct) figures.
  const fixed = core.fixAll(SWAPPED_TYPO).text;
  assert.equal(fixed, CORRECT);
  assert.ok(fixed.includes(PROSE));
});

test('swapped （一）/（二） with exact labels: still row-order alone', () => {
  assert.deepEqual(brief(core.analyze(SWAPPED).findings), ['65 row-order']);
});

test('--fix on swapped-typo.md leaves the prose as written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-rowmatch-'));
  const file = join(dir, 'swapped-typo.md');
  writeFileSync(file, SWAPPED_TYPO);
  await runCli(['check', '--fix', file]);
  const after = readFileSync(file, 'utf8');
  assert.equal(after.split('\n')[14], SWAPPED_TYPO.split('\n')[14]);
  assert.ok(after.includes(PROSE));
  assert.equal(after, CORRECT);
});

test('seed 003 with （一）/（二） swapped: no prose-table error, row-order and the typo', () => {
  const text = c003SwapTypo();
  const { report, findings } = core.analyze(text);
  const mine = findings.filter((f) => ['prose-table', 'row-label', 'row-order'].includes(f.ruleId));
  // The row named is （二）: it stands above its group's label (`三、本年度办理结果 | (一)予以公开`, line 36), （一） under it.
  assert.deepEqual(brief(mine), ['35 row-label', '35 row-order', '52 row-label'], mine.map((f) => f.message).join('\n'));
  assert.match(mine.find((f) => f.ruleId === 'row-order').message, /“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”（第 35 行）按格式应在“（一）予以公开”（第 36 行）之后/);
  assert.match(mine.find((f) => f.range.start.line === 34).message, /相差 1 个字/);
  assert.deepEqual(rowValues(report, 't3', 'R3.1'), [5, 0, 0, 0, 0, 0, 5]);
  assert.deepEqual(rowValues(report, 't3', 'R3.2'), [1, 0, 0, 0, 0, 0, 1]);
  assert.equal(core.fixAll(text).text.split('\n')[8], text.split('\n')[8]);
});

test('（七）总计 swapped with 3.其他: read by label, one row-order and no sum error', () => {
  const { report, findings } = core.analyze(SWAP_TOTAL);
  assert.deepEqual(brief(findings), ['89 row-order'], findings.map((f) => f.message).join('\n'));
  assert.match(findings[0].message, /“3\.其他”（第 89 行）按格式应在“2\.申请人逾期未按收费通知要求缴纳费用/);
  assert.deepEqual(rowValues(report, 't3', 'R3.7'), [41, 3, 0, 1, 2, 0, 47]);
  assert.deepEqual(rowValues(report, 't3', 'R3.6.3'), [0, 0, 0, 0, 0, 0, 0]);
  assert.equal(core.fixAll(SWAP_TOTAL).text, CORRECT);
});

test('a label none of the template\'s swapped with an exact one: the exact row is its own, the other taken by its ordinal', () => {
  const text = edit(SWAPPED, '| （二）部分公开（区分处理的，只计这一情形，不计其他情形）', '| （二）其他情况');
  const { report, findings } = core.analyze(text);
  assert.deepEqual(brief(findings), ['64 row-label'], findings.map((f) => f.message).join('\n'));
  assert.match(findings[0].message, /行标签“（二）其他情况”不是格式中的标签，按它在表中的位置当作“（二）部分公开/);
  assert.deepEqual(rowValues(report, 't3', 'R3.1'), [21, 2, 0, 0, 1, 0, 24]);
  assert.deepEqual(rowValues(report, 't3', 'R3.2'), [5, 0, 0, 1, 0, 0, 6]);
});

test('prose-table offers no fix on a row read by its place under a label none of the template\'s', () => {
  // （一）'s label unlike any: its 24 is read by place; the prose's 予以公开 differs from it.
  const text = edit(edit(CORRECT, '| （一）予以公开', '| （一）其他情况'), PROSE, '其中予以公开25件、部分公开6件');
  const { findings } = core.analyze(text);
  const pt = findings.filter((f) => f.ruleId === 'prose-table');
  assert.equal(pt.length, 1, findings.map((f) => f.message).join('\n'));
  assert.equal(pt[0].fix, undefined);
  assert.match(pt[0].message, /行标签“（一）其他情况”）不是格式中的标签，是按它在表中的位置读取的.*未自动修改/);
  const at = text.split('\n').findIndex((l) => l.startsWith('| （一）其他情况'));
  assert.ok(findings.some((f) => f.ruleId === 'row-label' && f.range.start.line === at), 'row-label flags the row read by place');
  assert.ok(core.fixAll(text).text.includes('其中予以公开25件'));
  // With the template's label the same difference is fixed.
  const plain = edit(CORRECT, PROSE, '其中予以公开25件、部分公开6件');
  assert.ok(core.analyze(plain).findings.find((f) => f.ruleId === 'prose-table').fix);
});
