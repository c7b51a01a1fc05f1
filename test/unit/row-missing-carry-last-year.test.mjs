// brk150 #1 and #5: a blank 表三 “二、上年结转” row with last year's report known. 上年结转 of year y is 结转下年度继续办理
// of year y−1, column by column (templates.md X-1), so row-missing's fix never writes a figure that carry-over then
// calls wrong: where the column sums point elsewhere (a typo in 新收) it writes nothing and says both figures; where the
// sums decide nothing (结转下年度 blank too) it writes last year's figures if this year's table still adds up with them;
// where both agree it writes them and says so. Without last year's report the row is filled from the sums as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit, folderWith, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
const R2 = '| 二、上年结转政府信息公开申请数量                                         | 2      | 0        | 0        | 0            | 0            | 0    | 2    |';
const R4 = '| 四、结转下年度继续办理                                                   | 1      | 0        | 0        | 0            | 0            | 0    | 1    |';
const blank = (row) => row.replace(/\|[^|]+\|/, (m) => m).replace(/(\|[^|]*)((\|[^|]*){7}\|)$/, (_, label, cells) => label + cells.replace(/[0-9]/g, ' '));
const R2_BLANK = blank(R2), R4_BLANK = blank(R4);
/**
 * The example moved back one year, its 结转下年度 自然人 and 总计 set to `n` and its 新收 raised as much, so that its own
 * 表三 still adds up (a last year's table that does not is no ground for a fix, brk166 #1): last year's report.
 */
const lastYearText = (n) => edit(edit(CORRECT.replaceAll('2024', '2023').replaceAll('2025', '2024'), R4, R4.replace('| 1      |', `| ${n}      |`).replace('| 1    |', `| ${n}    |`)),
  R1, R1.replace('| 40     |', `| ${39 + n}${' '.repeat(7 - String(39 + n).length)}|`).replace('| 46   |', `| ${45 + n}${' '.repeat(5 - String(45 + n).length)}|`));
/** This year: 上年结转 blank; `typo`: 新收 自然人 39 for 40 (and its 总计 45, so the row adds up across). */
const draft = ({ typo = false, r4Blank = false } = {}) => {
  let t = edit(CORRECT, R2, R2_BLANK);
  if (typo) t = edit(t, R1, R1.replace('| 40     |', '| 39     |').replace('| 46   |', '| 45   |'));
  if (r4Blank) t = edit(t, R4, R4_BLANK);
  return t;
};
const rowMissing = (text, previous, locale = 'zh') => core.analyze(text, { previous: previous === undefined ? null : core.parseReport(previous), locale }).findings.filter((f) => f.ruleId === 'row-missing');
const cells = (newTexts) => newTexts.map((e) => e.newText.trim()).join(',');

test('the blanks are as meant', () => {
  assert.notEqual(R2_BLANK, R2);
  assert.match(R2_BLANK, /^\| 二、上年结转政府信息公开申请数量 +(\| +){7}\|$/);
  assert.match(R4_BLANK, /^\| 四、结转下年度继续办理 +(\| +){7}\|$/);
});

test('the column sums (3 from a 新收 typo) differ from last year\'s 结转下年度 (2): no fix, both figures said', () => {
  const [f] = rowMissing(draft({ typo: true }), lastYearText(2));
  assert.ok(f);
  assert.equal(f.fix, undefined, 'nothing written: 3 is what carry-over would call wrong, 2 breaks this year\'s T3-A');
  assert.match(f.message, /按各列合计，这一行应为 自然人 3、.*总计 3；而上一年度报告（2023年）的“四、结转下年度继续办理”为 自然人 2、.*总计 2/);
  assert.match(f.message, /自然人列：合计推算 3，上一年度 2；总计列：合计推算 3，上一年度 2/);
  assert.match(f.message, /请核对本年的“一、本年新收政府信息公开申请数量”/);
  assert.match(f.message, /未自动填写/);
  assert.equal(f.related?.[0]?.report, 'previous', 'points at last year\'s row');
  const [en] = rowMissing(draft({ typo: true }), lastYearText(2), 'en');
  assert.match(en.message, /By the column totals it is 自然人 3, .* but last year's report \(2023\) carried over 自然人 2/);
});

test('without last year\'s report the same row is filled from the sums as before', () => {
  const [f] = rowMissing(draft({ typo: true }));
  assert.equal(cells(f.fix.edits), '3,0,0,0,0,0,3');
  assert.doesNotMatch(f.message, /上一年度/);
});

test('the sums agreeing with last year: filled, and the message says both agree', () => {
  const [f] = rowMissing(draft(), lastYearText(2));
  assert.equal(cells(f.fix.edits), '2,0,0,0,0,0,2');
  assert.match(f.message, /这一行应为 自然人 2、.*总计 2，与上一年度报告（2023年）的“四、结转下年度继续办理”为 自然人 2、.*相符，修复按此填入/);
  assert.equal(f.data.fromSums, true);
});

test('结转下年度 blank too (the sums decide nothing): last year\'s figures are the fix', () => {
  const found = rowMissing(draft({ r4Blank: true }), lastYearText(2));
  const f = found.find((x) => x.data.row === 'R2');
  assert.ok(f.fix, f.message);
  assert.equal(cells(f.fix.edits), '2,0,0,0,0,0,2');
  assert.match(f.fix.title.zh ?? f.fix.title, /按上一年度报告（2023年）的结转下年度继续办理填入 2、0、0、0、0、0、2/);
  assert.match(f.message, /上一年度报告（2023年）的“四、结转下年度继续办理”为 自然人 2、.*本年的上年结转应与之逐列相等，修复按此填入/);
  assert.equal(f.data.fromLastYear, true);
  // With last year's figures in, carry-over has nothing to say.
  const fixed = core.applyFixes(draft({ r4Blank: true }), f.fix.edits).text;
  assert.equal(fixed.split("\n").find((l) => l.startsWith("| 二、上年结转")), R2);
  const after = core.analyze(fixed, { previous: core.parseReport(lastYearText(2)) }).findings;
  assert.deepEqual(after.filter((x) => x.ruleId === 'carry-over'), []);
});

test('结转下年度 blank, last year\'s row not adding up across: its own table does not add up, said without a fix', () => {
  // Last year's 自然人 3 but 总计 2: its row fails T3-C, and its 自然人 column T3-A.
  const prev = lastYearText(2).replace(/(\| 四、结转下年度继续办理 +\| )2 /, '$13 ');
  assert.notEqual(prev, lastYearText(2));
  const f = rowMissing(draft({ r4Blank: true }), prev).find((x) => x.data.row === 'R2');
  assert.equal(f.fix, undefined);
  assert.match(f.message, /请对照原表填写（上一年度报告（2023年）的“四、结转下年度继续办理”为 自然人 3、.*；但上一年度报告的表三本身不平衡（“自然人”列新收 41 \+ 上年结转 2 = 43，而（七）总计 41 \+ 结转下年度 3 = 44），它的结转下年度继续办理不能作为依据，未自动填写/);
});

test('brk166 #1: 结转下年度 blank, last year\'s table not adding up in the column (its 结转下年度 a typo): not filled from it', () => {
  // Last year's 结转下年度 typed 2 for 1 in 自然人 and 总计, its 新收 left: its T3-A fails in both columns.
  const prev = edit(CORRECT.replaceAll('2024', '2023').replaceAll('2025', '2024'), R4, R4.replace('| 1      |', '| 2      |').replace('| 1    |', '| 2    |'));
  const f = rowMissing(draft({ r4Blank: true }), prev).find((x) => x.data.row === 'R2');
  assert.equal(f.fix, undefined, f.message);
  assert.match(f.message, /上一年度报告的表三本身不平衡（“自然人”列新收 40 \+ 上年结转 2 = 42，而（七）总计 41 \+ 结转下年度 2 = 43），它的结转下年度继续办理不能作为依据，未自动填写/);
  const [en] = rowMissing(draft({ r4Blank: true }), prev, 'en').filter((x) => x.data.row === 'R2');
  assert.match(en.message, /last year's 表三 does not add up itself \(column 自然人: 新收 40 \+ 上年结转 2 = 42, but （七）总计 41 \+ 结转下年度 2 = 43\)/);
});

test('CLI --fix with last year\'s report beside the draft: the typo case writes nothing and reports no carry-over error', async () => {
  const dir = folderWith({ '某某局2023.md': lastYearText(2), '某某局2024.md': draft({ typo: true }) });
  const before = readFileSync(join(dir, '某某局2024.md'), 'utf8');
  const r = await runCli(['check', '--fix', '.'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
  assert.equal(readFileSync(join(dir, '某某局2024.md'), 'utf8'), before, 'the blank row is left blank');
  assert.doesNotMatch(r.stdout, /carry-over/);
  assert.match(r.stdout, /row-missing .*而上一年度报告（2023年）/);
});

test('CLI --fix: 结转下年度 blank too, last year\'s figures written (found beside it, and with --previous)', async () => {
  for (const [files, argv] of [
    [{ '某某局2023.md': lastYearText(2), '某某局2024.md': draft({ r4Blank: true }) }, ['check', '--fix', '某某局2024.md']],
    [{ 'old/去年.md': lastYearText(2), 'new/今年.md': draft({ r4Blank: true }) }, ['check', '--fix', '--previous', 'old/去年.md', 'new/今年.md']],
  ]) {
    const dir = folderWith(files);
    const target = Object.keys(files)[1];
    const r = await runCli(argv, { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    const text = readFileSync(join(dir, target), 'utf8');
    assert.equal(text.split('\n').find((l) => l.startsWith('| 二、上年结转')), R2, `${argv.join(' ')}\n${r.stdout}\n${r.stderr}`);
    assert.doesNotMatch(r.stdout, /carry-over/);
  }
});
