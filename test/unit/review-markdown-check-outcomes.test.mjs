// Review summaries: each table check's effective outcome in the Markdown summary, non-reports never shown as passed,
// --quiet counts (found by breaker23).
// breaker23, the pull-request review side: the Markdown summary (`--format markdown`, GitHub's step summary) follows
// each table check's effective outcome — suppressed by a comment, turned off, or set to warning/info — and never
// shows ✅ beside arithmetic that does not hold; a file that is not a report is not shown as passed; `--quiet`
// summaries count what they do not list. The reports are the repository's correct 2024 example (the 2021 template) with one number
// or label changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { edit, runCli, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** 表四's row of numbers: 行政复议 2 + 0 + 1 + 0 = 3, then the two groups of 行政诉讼. */
const T4_ROW = '| 2        | 0        | 1        | 0        | 3    |';
/** 表四's 行政复议 总计 is 4 where its results add up to 3 (T4-A, templates.md §5.2). */
const T4_WRONG = edit(CORRECT, T4_ROW, '| 2        | 0        | 1        | 0        | 4    |');
/** The same, with 表四 inside a `nianbao-disable sum-review` block. */
const T4_SUPPRESSED = edit(
  edit(T4_WRONG, '## 四、政府信息公开行政复议、行政诉讼情况\n', '## 四、政府信息公开行政复议、行政诉讼情况\n\n<!-- nianbao-disable sum-review -- 原表如此 -->\n'),
  '全年因政府信息公开被申请行政复议', '<!-- nianbao-enable sum-review -->\n\n全年因政府信息公开被申请行政复议');
/** A mistyped 表三 row label (秘密 → 秘蜜: a row-label warning), inside a `nianbao-disable row-label` block. */
const LABEL_TYPO = edit(CORRECT, '| 1.属于国家秘密 ', '| 1.属于国家秘蜜 ');
const LABEL_SUPPRESSED = edit(
  edit(LABEL_TYPO, '## 三、收到和处理政府信息公开申请情况\n', '## 三、收到和处理政府信息公开申请情况\n\n<!-- nianbao-disable row-label -->\n'),
  '## 四、政府信息公开行政复议', '<!-- nianbao-enable row-label -->\n\n## 四、政府信息公开行政复议');

const SUM_REVIEW = '总计 = 维持 + 纠正 + 其他 + 尚未审结';
const SUM_REVIEW_EN = 'total (总计) = upheld (结果维持) + corrected (结果纠正) + other results (其他结果) + pending (尚未审结)';

/** A folder with the given files (name → text). */
function folder(files) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-b23-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The summary's line of a table check (`| 表四 | check | icon | detail |`), split into icon and detail. */
function checkLine(md, table, check) {
  const line = md.split('\n').find((l) => l.startsWith(`| ${table} | ${check} |`));
  assert.ok(line, `${table} ${check} in:\n${md}`);
  const cells = line.split(' | ');
  return { icon: cells[2], detail: cells.slice(3).join(' | ').replace(/ \|$/, '') };
}

test('markdown: a sum check whose findings a comment suppressed is 🔕 with its arithmetic as it is, never ✅ with a false equation', async () => {
  const dir = folder({ '2024.md': T4_SUPPRESSED });
  const r = await runCli(['check', '--format', 'markdown', '2024.md'], { cwd: dir });
  assert.equal(r.code, 0, 'the suppressed error fails nothing');
  const line = checkLine(r.stdout, '表四', SUM_REVIEW);
  assert.equal(line.icon, '🔕');
  assert.match(line.detail, /^已被 nianbao 注释屏蔽：行政复议：各项之和 3，总计 4$/);
  assert.doesNotMatch(r.stdout, /4 = 2 \+ 0 \+ 1 \+ 0/, 'no equation that does not hold');
  // In English too.
  const en = await runCli(['check', '--format', 'markdown', '--locale', 'en', '2024.md'], { cwd: dir });
  assert.match(checkLine(en.stdout, '表四', SUM_REVIEW_EN).detail, /^suppressed by a nianbao comment: 行政复议 \(review\): sum of the results 3, total 4$/);
});

test('markdown: a sum check turned off (--rule or the config) is ⚪ “not counted”, with the arithmetic as it is', async () => {
  const dir = folder({ '2024.md': T4_WRONG });
  const byFlag = await runCli(['check', '--format', 'markdown', '--rule', 'sum-review=off', '2024.md'], { cwd: dir });
  assert.equal(byFlag.code, 0);
  const line = checkLine(byFlag.stdout, '表四', SUM_REVIEW);
  assert.equal(line.icon, '⚪');
  assert.equal(line.detail, '规则 sum-review 已关闭，未计入；按格式核对：行政复议：各项之和 3，总计 4');
  const cfg = folder({ '2024.md': T4_WRONG, '.nianbao.jsonc': '{ "rules": { "sum-review": "off" } }' });
  const byConfig = await runCli(['check', '--format', 'markdown', '2024.md'], { cwd: cfg });
  assert.deepEqual(checkLine(byConfig.stdout, '表四', SUM_REVIEW), line);
  // Off and holding: still not counted, with what holds.
  const ok = folder({ '2024.md': CORRECT });
  const holds = checkLine((await runCli(['check', '--format', 'markdown', '--rule', 'sum-review=off', '2024.md'], { cwd: ok })).stdout, '表四', SUM_REVIEW);
  assert.deepEqual(holds, { icon: '⚪', detail: '规则 sum-review 已关闭，未计入；行政复议 3 = 2 + 0 + 1 + 0；未经复议直接起诉 2 = 1 + 0 + 0 + 1；复议后起诉 0 = 0 + 0 + 0 + 0' });
});

test('markdown: a sum check set to warning or info is ⚠️ or ℹ️ (the run passes), not ❌', async () => {
  const dir = folder({ '2024.md': T4_WRONG });
  for (const [setting, icon] of [['warning', '⚠️'], ['info', 'ℹ️'], ['error', '❌']]) {
    const r = await runCli(['check', '--format', 'markdown', '--rule', `sum-review=${setting}`, '2024.md'], { cwd: dir });
    assert.equal(r.code, setting === 'error' ? 1 : 0);
    assert.deepEqual(checkLine(r.stdout, '表四', SUM_REVIEW), { icon, detail: '行政复议：各项之和 3，总计 4' }, setting);
  }
});

test('markdown: 表三 “行列与单元格” says a suppressed label is suppressed (🔕), and a demoted one as its severity', async () => {
  const dir = folder({ 'sup-2024.md': LABEL_SUPPRESSED, 'typo-2024.md': LABEL_TYPO });
  const sup = await runCli(['check', '--format', 'markdown', 'sup-2024.md'], { cwd: dir });
  assert.deepEqual(checkLine(sup.stdout, '表三', '行列与单元格'), { icon: '🔕', detail: '1 个问题已屏蔽（row-label ×1）' });
  const info = await runCli(['check', '--format', 'markdown', '--rule', 'row-label=info', 'typo-2024.md'], { cwd: dir });
  assert.deepEqual(checkLine(info.stdout, '表三', '行列与单元格'), { icon: 'ℹ️', detail: '1 个问题（row-label ×1）' });
  const off = await runCli(['check', '--format', 'markdown', '--rule', 'row-label=off', 'typo-2024.md'], { cwd: dir });
  assert.deepEqual(checkLine(off.stdout, '表三', '行列与单元格'), { icon: '⚪', detail: '已关闭的规则会报告 1 个问题（row-label ×1），未计入' });
});

test('markdown and github: a file that is not a report is ⚪ “not checked” with the reason, never ✅ “no problems”', async () => {
  const dir = folder({ 'empty.md': '', 'notes.md': '# 办公室周例会纪要\n\n会上讨论了本周的工作安排。\n' });
  const r = await runCli(['check', '--format', 'markdown', 'empty.md', 'notes.md'], { cwd: dir });
  assert.equal(r.code, 2); // a run that checked no report is no pass, as for a folder without reports (brk142 #1)
  assert.match(r.stdout, /^检查了 0 个报告：0 个错误，⚠️ 0 个警告，ℹ️ 0 个提示，⚪ 2 个文件不是年度报告，未检查，❗ 1 个未能检查$/m);
  // (The blank file was meant to be a report; the minutes were not, and are only said: brk142 #1.)
  assert.match(r.stdout, /^- ❗ `empty\.md`: 没有检查任何报告：指定的 1 个文件不是年度报告/m);
  assert.match(r.stdout, /^### ⚪ `empty\.md`\n\n未识别为年度报告（没有标题、统计期限或模板章节），未检查。$/m);
  assert.match(r.stdout, /^### ⚪ `notes\.md`\n\n/m);
  assert.doesNotMatch(r.stdout, /✅|没有发现问题/);
  const gh = await runCli(['check', '--format', 'github', 'empty.md'], { cwd: dir });
  assert.match(gh.stdout, /^::notice file=empty\.md,title=nianbao::未识别为年度报告（没有标题、统计期限或模板章节），未检查$/m);
  assert.match(gh.stdout, /^::error file=empty\.md,title=nianbao::没有检查任何报告：指定的 1 个文件不是年度报告/m);
  assert.match(gh.stdout, /^nianbao：检查了 0 个报告，0 个错误，0 个警告，0 个提示，1 个文件不是年度报告，未检查，1 个未能检查$/m);
});

test('--quiet: the summaries count the warnings and info they do not list, and say so (text, markdown, github)', async () => {
  const dir = folder({ 'typo-2024.md': LABEL_TYPO });
  const json = JSON.parse((await runCli(['check', '--format', 'json', 'typo-2024.md'], { cwd: dir })).stdout).files[0].diagnostics;
  const warnings = json.filter((d) => d.severity === 'warning').length, infos = json.filter((d) => d.severity === 'info').length;
  assert.equal(json.filter((d) => d.severity === 'error').length, 0);
  assert.ok(warnings >= 1);
  const text = await runCli(['check', '--quiet', 'typo-2024.md'], { cwd: dir });
  assert.equal(text.stdout, `检查了 1 个文件：0 个错误，${warnings} 个警告，${infos} 个提示（--quiet：只列出错误）\n`);
  const en = await runCli(['check', '--quiet', '--locale', 'en', 'typo-2024.md'], { cwd: dir });
  assert.equal(en.stdout, `1 file checked: 0 errors, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info (--quiet: only errors listed)\n`);
  const md = (await runCli(['check', '--quiet', '--format', 'markdown', 'typo-2024.md'], { cwd: dir })).stdout;
  assert.match(md, new RegExp(`^检查了 1 个报告：✅ 0 个错误，⚠️ ${warnings} 个警告，ℹ️ ${infos} 个提示（--quiet：只列出错误）$`, 'm'));
  assert.match(md, /^### ⚠️ `typo-2024\.md`$/m);
  // The table line still says what the check found, though the warning is not listed.
  assert.deepEqual(checkLine(md, '表三', '行列与单元格'), { icon: '⚠️', detail: '1 个问题（row-label ×1）' });
  assert.match(md, /^没有错误；\d+ 个警告(、\d+ 个提示)?未列出（--quiet）。$/m);
  assert.doesNotMatch(md, /没有发现问题/);
  const gh = (await runCli(['check', '--quiet', '--format', 'github', 'typo-2024.md'], { cwd: dir })).stdout;
  assert.equal(gh.split('\n').filter((l) => l.startsWith('::')).length, 0);
  assert.match(gh, new RegExp(`^nianbao：检查了 1 个报告，0 个错误，${warnings} 个警告，${infos} 个提示（--quiet：只标注错误）$`, 'm'));
});

test('markdown: a sum check names its two sides, and does not ask for a total the finding says is likely right (breaker51 #6)', async () => {
  // （一）予以公开's 自然人 one too high: the results add up to 42 against （七）总计 41, which the column's balance
  // (40 + 2 − 1) confirms; the finding names that cell as the likely typo, so the summary must not say “应为 42”.
  const text = edit(CORRECT, '| （一）予以公开                                                           | 21 ', '| （一）予以公开                                                           | 22 ');
  const dir = folder({ '2024.md': text });
  const json = JSON.parse((await runCli(['check', '--format', 'json', '2024.md'], { cwd: dir })).stdout);
  const results = json.files[0].diagnostics.find((d) => d.ruleId === 'sum-results');
  assert.match(results.message, /很可能是“（一）予以公开”行“自然人”列这一格填错了/);
  const r = await runCli(['check', '--format', 'markdown', '2024.md'], { cwd: dir });
  const line = checkLine(r.stdout, '表三', '（七）总计 = 各办理结果之和');
  assert.deepEqual(line, { icon: '❌', detail: '自然人列：各办理结果之和 42，（七）总计 41' });
  const en = await runCli(['check', '--format', 'markdown', '--locale', 'en', '2024.md'], { cwd: dir });
  assert.match(en.stdout, /\| 表三 \| （七）总计 = sum of the results \| ❌ \| column 自然人: sum of the results 42, （七）总计 41 \|/);
});

test('markdown: a report whose 表三 could not be read is headed ⚪, not ✅; a report merely not compared with last year’s stays ✅ (brk119 #7)', async () => {
  // 表三 laid out as the two years side by side (a table-unreadable info, every 表三 check ⚪): nothing of it checked.
  const sideBySide = readFileSync(join(ROOT, 'test/fixtures/t3-header/side-by-side-2023-2024.md'), 'utf8');
  const dir = folder({ 'side-2024.md': sideBySide });
  for (const args of [[], ['--locale', 'en'], ['--quiet']]) {
    const r = await runCli(['check', '--format', 'markdown', ...args, 'side-2024.md'], { cwd: dir });
    assert.equal(r.code, 0, 'an info fails nothing');
    assert.match(r.stdout, /^### ⚪ `side-2024\.md`$/m, args.join(' '));
    assert.doesNotMatch(r.stdout, /^### ✅/m);
    assert.equal(checkLine(r.stdout, '表三', args[1] === 'en' ? 'rows, columns and cells' : '行列与单元格').icon, '⚪');
  }
  // The GitHub step summary is the same summary.
  const summary = join(dir, 'summary.md');
  await runCli(['check', '--format', 'github', 'side-2024.md'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
  assert.match(readFileSync(summary, 'utf8'), /^### ⚪ `side-2024\.md`$/m);
  // The correct example: its cross-year lines are ⚪ (no 2023 report beside it), its own tables checked and holding.
  const ok = await runCli(['check', '--format', 'markdown', '2024.md'], { cwd: folder({ '2024.md': CORRECT }) });
  assert.match(checkLine(ok.stdout, '表三', '上年结转 = 上年报告的结转下年度').icon, /⚪/);
  assert.match(ok.stdout, /^### ✅ `2024\.md`$/m);
});
