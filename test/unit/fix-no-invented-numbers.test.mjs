// Fixes that must not invent numbers (format-mixed's （六）其他处理 split, a missing 表二 row), last year's report whose
// years disagree, and section-order on a report pasted many times (found by breaker2).
// Found by a second fresh user trying to break the checker: fixes that invented numbers (the split of a single
// （六）其他处理 row, a 0 in a missing 表二 row), a half conversion of an old 表二 block, last year's report taken from
// a file whose own years disagree, and a report pasted thousands of times giving one warning a copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, corpusText, ROOT, runCli } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const findings = (text) => core.checkReport(core.parseReport(text));
/** `text` with the one line starting with `start` replaced by `lines` (asserts that there is exactly one). */
function replaceLine(text, start, ...lines) {
  const all = text.split('\n');
  const at = all.flatMap((l, i) => (l.startsWith(start) ? [i] : []));
  assert.equal(at.length, 1, `one line starts with “${start}”`);
  all.splice(at[0], 1, ...lines);
  return all.join('\n');
}
/** The example with its four （六） lines (group and three sub-rows) replaced by one 2019-style row. */
function singleOtherHandling(row) {
  const all = correct.split('\n');
  const at = all.findIndex((l) => l.startsWith('| （六）其他处理'));
  assert.ok(all[at + 3].startsWith('| 3.其他 '));
  all.splice(at, 4, row);
  return all.join('\n');
}
const SUM_RULES = ['sum-balance', 'sum-results', 'sum-applicants'];

test('format-mixed: a single （六）其他处理 row with numbers gets no split (it is not in the table) and fixing keeps the row and its numbers', () => {
  // The example's real split is 1 | 0 | 0 (逾期不补正); the old fix wrote 0 | 0 | 1 (everything into 3.其他).
  const text = singleOtherHandling('| （六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |');
  const f = findings(text).filter((x) => x.ruleId === 'format-mixed');
  assert.equal(f.length, 1);
  assert.equal(f[0].fix, undefined);
  assert.match(f[0].message, /未自动拆分/);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, text);
  // Checked again: still said, and the table adds up with the single row.
  const again = findings(fixed);
  assert.deepEqual(again.filter((x) => x.ruleId === 'format-mixed').length, 1);
  assert.deepEqual(again.filter((x) => SUM_RULES.includes(x.ruleId)), []);
});

test('format-mixed: a single （六）其他处理 row of 0s splits into three rows of 0s under a group row as wide as the table', () => {
  // The example's 1 application handled otherwise moved to （一）予以公开 (21 → 22, 24 → 25), so （六） is all 0.
  let text = singleOtherHandling('| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
  text = replaceLine(text, '| （一）予以公开 ', '| （一）予以公开 | 22 | 2 | 0 | 0 | 1 | 0 | 25 |');
  assert.deepEqual(findings(text).filter((x) => SUM_RULES.includes(x.ruleId)), []);
  const f = findings(text).find((x) => x.ruleId === 'format-mixed');
  assert.ok(f?.fix, 'format-mixed with a fix');
  const fixed = core.fixAll(text).text;
  const lines = fixed.split('\n');
  const at = lines.findIndex((l) => l.startsWith('| （六）其他处理'));
  // The group row has the table's 8 columns: the label and seven empty cells.
  assert.match(lines[at], /^\| （六）其他处理 +(\| +){7}\|$/);
  assert.match(lines[at + 1], /^\| 1\.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 +(\| 0 +){7}\|$/);
  assert.match(lines[at + 2], /^\| 2\.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 +(\| 0 +){7}\|$/);
  assert.match(lines[at + 3], /^\| 3\.其他 +(\| 0 +){7}\|$/);
  const report = core.parseReport(fixed);
  assert.equal(report.tables.t3.otherHandlingLayout, 'split');
  const again = core.checkReport(report);
  assert.deepEqual(again.filter((x) => ['format-mixed', 'cell-blank', 'cell-count', 'row-missing', 'row-label', ...SUM_RULES].includes(x.ruleId)), []);
});

test('row-missing: a missing 表二 row is inserted blank, not 0 (no sum decides it); row-missing keeps asking for the number (an error) and fills in nothing', () => {
  const text = correct.split('\n').filter((l) => !l.startsWith('| 行政强制 ')).join('\n');
  const f = findings(text).find((x) => x.ruleId === 'row-missing');
  assert.ok(f?.fix, 'row-missing with a fix');
  assert.doesNotMatch(f.fix.edits.map((e) => e.newText).join(''), /\d/);
  const fixed = core.fixAll(text).text;
  const row = fixed.split('\n').find((l) => l.startsWith('| 行政强制 '));
  assert.match(row, /^\| 行政强制 +\| +\|$/);
  const again = findings(fixed);
  assert.deepEqual(again.filter((x) => x.ruleId === 'cell-blank'), []);
  const blank = again.filter((x) => x.ruleId === 'row-missing');
  assert.equal(blank.length, 1);
  assert.equal(blank[0].fix, undefined);
  assert.equal(blank[0].severity, 'error');
  assert.match(blank[0].message, /^表二“行政强制”行没有数字（整行空白），请对照原表填写。/);
  // A 表二 row with a number and a blank keeps its 0 fill (the row is being filled in), where the prose states no
  // other number for it (it says 废止1件 in the example: that sentence is taken out here; see cell-blank-t2-held).
  const partial = replaceLine(correct, '| 行政规范性文件 ', '| 行政规范性文件 | 3 |  | 25 |').replace('废止1件，', '');
  assert.deepEqual(findings(partial).filter((x) => x.ruleId === 'cell-blank').map((x) => x.fix?.edits.map((e) => e.newText.trim())), [['0']]);
});

test('format-mixed: 规范性文件 under the 2019 columns (本年新制作数量 …) is not renamed alone; under the 2021 columns it is', () => {
  const current = core.renderNewReport({ format: '2021', year: 2024, agency: '某某市某某局' });
  const draft = core.renderNewReport({ format: '2019', year: 2024, agency: '某某市某某局' });
  const block = (t) => t.slice(t.indexOf('第二十条第（一）项'), t.indexOf('第二十条第（五）项'));
  const text = current.replace(block(current), block(draft));
  assert.match(text, /本年新制作数量[^\n]*\n[^\n]*\n\| 规章[^\n]*\n\| 规范性文件 /);
  const row = findings(text).filter((x) => x.ruleId === 'format-mixed' && x.message.startsWith('表二“规范性文件”'));
  assert.equal(row.length, 1);
  // Not renamed alone, and the block not replaced either: none of its columns maps onto the 2021 ones, so the new
  // block's rows would be blank (see format-mixed-old-block.test.mjs). --fix leaves the block as written.
  assert.equal(row[0].fix, undefined);
  assert.match(row[0].message, /该块的列仍是2019年格式/);
  const all = core.fixAll(text).text;
  assert.equal(block(all), block(text));
  const renamed = current.replace('| 行政规范性文件 |', '| 规范性文件     |');
  const ok = findings(renamed).filter((x) => x.ruleId === 'format-mixed');
  assert.deepEqual(ok.map((x) => x.fix?.edits.map((e) => e.newText.trim())), [['行政规范性文件']]);
});

test('last year\'s report: a file whose title and statistics period disagree is not used (nor counted in a tie); a consistent one beside it is', async () => {
  const h2023 = corpusText('peers/kiro_hongze-district_2023.txt');
  const h2024 = corpusText('peers/kiro_hongze-district_2024.txt');
  // The 2023 report with its statistics period left at 2024 and 2 carried over (it would fail carry-over if used).
  const period = '统计期限自 2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止';
  const carry = '四、结转下年度继续办理                            0    0   0   0    0    0   0';
  assert.equal(h2023.split(period).length, 2);
  assert.equal(h2023.split(carry).length, 2);
  const conflicting = h2023.replace(period, '统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止').replace(carry, '四、结转下年度继续办理                            2    0   0   0    0    0   2');
  const bad = core.parseReport(conflicting);
  assert.equal(bad.year, 2023);
  assert.ok(findings(conflicting).some((x) => x.ruleId === 'year-mismatch'));
  assert.equal(core.reportKey(bad).yearConflict, true);
  assert.equal(core.reportKey(core.parseReport(h2023)).yearConflict, false);
  const current = core.parseReport(h2024);
  assert.equal(core.findPreviousReport(current, [{ uri: 'bad.txt', report: bad }]), null);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-prev2-'));
  try {
    writeFileSync(join(dir, 'hongze-2024.txt'), h2024);
    writeFileSync(join(dir, 'hongze-2023-draft.txt'), conflicting);
    const r = await runCli(['check', 'hongze-2024.txt', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.doesNotMatch(r.stderr, /last year's report \(2023\)|could be last year's/);
    // Not used, but named with its years: the user learns why the cross-year rules did not run (brk105 F10).
    assert.match(r.stderr, /hongze-2023-draft\.txt beside it is the same agency's 2023 report, but its own years disagree \(the title says 2023, the statistics period 2024\): not used as last year's report/);
    assert.deepEqual(JSON.parse(r.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'carry-over' || d.ruleId === 'stock-flow'), []);
    // With the consistent 2023 report beside it: that one is used, and there is no tie with the draft.
    writeFileSync(join(dir, 'hongze-2023.txt'), h2023);
    const two = await runCli(['check', 'hongze-2024.txt', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.match(two.stderr, /hongze-2024\.txt: last year's report \(2023\): hongze-2023\.txt/);
    assert.doesNotMatch(two.stderr, /could be last year's/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('section-order: a report pasted many times is one finding at the first restart that says how often it restarts; pasted twice, the message stays', () => {
  const many = Array(5).fill(correct.trimEnd()).join('\n\n');
  const f = findings(many).filter((x) => x.ruleId === 'section-order');
  assert.equal(f.length, 1);
  const restarts = many.split('\n').flatMap((l, i) => (l === '## 一、总体情况' ? [i] : []));
  assert.equal(restarts.length, 5);
  assert.equal(f[0].range.start.line, restarts[1]);
  assert.match(f[0].message, new RegExp(`重新开始了 4 次：格式规定的各部分从第 ${restarts[1] + 1} 行起又出现了 4 遍（最后一遍从第 ${restarts[4] + 1} 行起）`));
  const twice = findings(`${correct.trimEnd()}\n\n${correct}`).filter((x) => x.ruleId === 'section-order');
  assert.equal(twice.length, 1);
  assert.match(twice[0].message, /^一级标题编号从“一、”重新开始：第 \d+ 行起是格式规定的各部分/);
});
