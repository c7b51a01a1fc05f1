// page-leftover and duplicate-word on the real pages they come from, with the lines that must stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, slice, only } from '../helpers.mjs';

const lines = (found) => found.map((f) => [f.range.start.line + 1, f.range.end.line + 1, f.severity]);

test('page-leftover, seed 000: the login widget at the end (账号+密码登录 … 立即注册, lines 49–52) is one finding; the fix deletes it', () => {
  const text = corpusText('seeds/000_f7ed614ce96fc61e.txt');
  const { found } = only(text, 'page-leftover');
  assert.deepEqual(lines(found), [[49, 52, 'warning']]);
  const fixed = core.applyFixes(text, found[0].fix.edits).text;
  assert.ok(fixed.trimEnd().endsWith('努力提升政府信息公开工作的质量和效率。'));
  assert.deepEqual(only(fixed, 'page-leftover').found, []);
});

test('page-leftover, seed 004: the page header (作者… 浏览数:) and the footer (责任编辑, [打印] [收藏] [纠错] [关闭], 分享到:)', () => {
  const text = corpusText('seeds/004_f7bfe38ed4197dfc.txt');
  const { report, found } = only(text, 'page-leftover');
  assert.deepEqual(lines(found), [[2, 2, 'warning'], [59, 61, 'warning']]);
  assert.match(slice(report, found[1].range), /^责任编辑:政务公开股\n\[打印\] \[收藏\] \[纠错\] \[关闭\]\n分享到:$/);
  // 附件 (line 57) above the footer is the report's own word: kept.
  const fixed = core.applyFixes(text, found.flatMap((f) => f.fix.edits)).text;
  assert.match(fixed, /\n附件\n/);
  assert.doesNotMatch(fixed, /浏览数|分享到/);
});

test('page-leftover, seed 002: the font-size switch (字号: 〖大 小〗) and 相关附件 + 扫一扫在手机打开当前页; the 信息类别… metadata block is not chrome', () => {
  const { found } = only(corpusText('seeds/002_029685eb87fde92d.txt'), 'page-leftover');
  assert.deepEqual(lines(found), [[10, 10, 'warning'], [161, 163, 'warning']]);
});

test('page-leftover is silent on report text and on the pages\' metadata tables (seed 001 索引号…, 发改局 标题/单位/来源, seed 003)', () => {
  for (const name of ['seeds/001_417062a3286660b0.txt', 'seeds/003_7487cbc35b761747.txt', 'peers/kiro_shuyang-fgj_2023.txt', 'peers/govnianbao_huaian-city_2024.txt']) {
    assert.deepEqual(only(corpusText(name), 'page-leftover').found, [], name);
  }
});

test('duplicate-word: 前台服务服务窗口 (seed 000) and 资金资金 (上海市科委): info, the fix removes the repeat', () => {
  const seed000 = corpusText('seeds/000_f7ed614ce96fc61e.txt');
  const a = only(seed000, 'duplicate-word');
  assert.deepEqual(a.found.map((f) => [f.range.start.line + 1, f.severity, slice(a.report, f.range)]), [[32, 'info', '服务']]);
  assert.match(core.applyFixes(seed000, a.found[0].fix.edits).text, /其中,前台服务窗口72个/);
  const stcsm = corpusText('peers/kiro_shanghai-stcsm_2024.txt');
  const b = only(stcsm, 'duplicate-word');
  assert.deepEqual(b.found.map((f) => [f.range.start.line + 1, slice(b.report, f.range)]), [[36, '资金']]);
  const fixed = core.applyFixes(stcsm, b.found[0].fix.edits).text;
  assert.match(fixed, /科技计划资金\n分配结果/);
  assert.doesNotMatch(fixed, /资金资金/);
});

test('duplicate-word: copies on two lines (a wrapped header cell of a pasted table) are said but not deleted', () => {
  // 上海科委's 资金资金 moved so that the first 资金 ends line 36 and the second starts line 37.
  const stcsm = corpusText('peers/kiro_shanghai-stcsm_2024.txt');
  const moved = stcsm.replace('科技计划资金资金\n分配结果', '科技计划资金\n资金分配结果');
  assert.notEqual(moved, stcsm);
  const { report, found } = only(moved, 'duplicate-word');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, slice(report, f.range), f.fix]), [[37, '资金', undefined]]);
  assert.equal(core.fixAll(moved).text.includes('科技计划资金\n资金分配结果'), true, '--fix leaves both copies');
});

test('duplicate-word: words that only touch across white space or table cells are not doubled (常年公开 公开范围; 宿迁 two columns; 表四 header 结果 结果)', () => {
  for (const name of ['seeds/002_029685eb87fde92d.txt', 'peers/kiro_shanghai-gov-office_2025.txt']) {
    assert.deepEqual(only(corpusText(name), 'duplicate-word').found, [], name);
  }
  // 宿迁's two columns touch across white space only; its one doubling is a real one, 的的 inside the 2023 column's text
  // (`住房等重大政策的的出台`, helper-212 #11).
  const suqian = 'peers/kiro_suqian-city_2023-vs-2024_comparison.txt';
  const found = only(corpusText(suqian), 'duplicate-word').found;
  assert.deepEqual(found.map((f) => corpusText(suqian).split('\n')[f.range.start.line].slice(f.range.start.character - 5, f.range.end.character + 2)), ["重大政策的的出台"]);
});

test('page-leftover: 责任编辑 with a name is page chrome; 责任编辑 followed by a sentence is report text and stays', () => {
  const text = ['# 某县2024年政府信息公开工作年度报告', '', '责任编辑：政务公开科负责审核本报告全部数据。', '', '责任编辑:政务公开股', ''].join('\n');
  const found = core.analyze(text).findings.filter((f) => f.ruleId === 'page-leftover').map((f) => f.range.start.line);
  assert.deepEqual(found, [4]);
  const fixed = core.fixAll(text).text;
  assert.match(fixed, /责任编辑：政务公开科负责审核本报告全部数据。/);
  assert.doesNotMatch(fixed, /政务公开股/);
});

test('page-leftover: a share bar at the end of a line of text (…提升质量。 分享到： 微信 微博) is removed alone', () => {
  const text = ['# 某县2024年政府信息公开工作年度报告', '', '本年度进一步提升质量。 分享到： 微信 微博', ''].join('\n');
  const f = core.analyze(text).findings.filter((x) => x.ruleId === 'page-leftover');
  assert.deepEqual(f.map((x) => [x.range.start.line, x.range.start.character]), [[2, 11]]);
  assert.equal(core.fixAll(text).text.split('\n')[2], '本年度进一步提升质量。');
});

test('a comment after a pipe row\'s last pipe (a note or a suppression comment at the end of a row) is no cell', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { core: c, ROOT: root } = await import('../helpers.mjs');
  const correct = readFileSync(join(root, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const row = correct.split('\n').find((l) => l.startsWith('| （一）予以公开'));
  const text = correct.replace(row, `${row} <!-- 原表如此 -->`);
  assert.notEqual(text, correct);
  assert.deepEqual(c.checkReport(c.parseReport(text)).map((f) => f.ruleId), []);
  const cells = (t) => c.parseReport(t).tables.t3.rows.find((r) => r.label === '（一）予以公开').cells.map((x) => x.raw);
  assert.deepEqual(cells(text), cells(correct));
});
