// brk116 #6: a web page's meta line with 丨 separators and print/close controls. `…2025-01-20丨浏览次数：356丨字号：大 中
// 小丨打印丨关闭` (no spaces) was not reported (the separator against the chrome read as a mention in a sentence); the fix
// on `… 丨 字号：大 中 小 丨 打印 丨 关闭` left `… 丨 打印 丨 关闭`, on `【字体：大 中 小】丨【打印本页】丨【关闭窗口】` left
// `【打印本页】丨【关闭窗口】`, and `【打印本页】丨【关闭窗口】` alone was silent. 打印/关闭 as separate items of such a line are
// page controls like 字号; in a sentence they are report text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const title = CORRECT.split('\n')[0];
const below = (line) => CORRECT.replace(`${title}\n`, `${title}\n\n${line}\n`);
const chrome = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'page-leftover');

test('print/close controls among a meta line\'s items are chrome; the fix deletes them with their separators', () => {
  for (const [line, expected] of [
    ['发布日期：2025-01-20丨浏览次数：356丨字号：大 中 小丨打印丨关闭', '发布日期：2025-01-20'],
    ['发布日期：2025-01-20 丨 浏览次数：356 丨 字号：大 中 小 丨 打印 丨 关闭', '发布日期：2025-01-20'],
    ['发布日期：2025-01-20 浏览次数：356 字号：大 中 小 打印 关闭', '发布日期：2025-01-20'],
    ['发布日期：2025-01-20｜浏览次数：356｜打印｜关闭', '发布日期：2025-01-20'],
    ['发布日期：2025-01-20 丨 打印 丨 关闭', '发布日期：2025-01-20'],
    ['发布日期：2025-01-20 打印 关闭', '发布日期：2025-01-20'],
    ['来源：某某市某某局 丨 打印本页 丨 关闭窗口', '来源：某某市某某局'],
    ['发布日期：2025-01-20 丨 浏览次数：356 丨 本年度关闭栏目3个', '发布日期：2025-01-20 丨 本年度关闭栏目3个'],
  ]) {
    const text = below(line);
    const found = chrome(text);
    assert.equal(found.length, 1, line);
    const fixed = core.applyFixes(text, found[0].fix.edits).text;
    assert.equal(fixed, below(expected), line);
    assert.deepEqual(chrome(fixed), [], line);
  }
});

test('a line of controls only (with 丨 between them) is chrome and deleted whole', () => {
  for (const line of ['【字体：大 中 小】丨【打印本页】丨【关闭窗口】', '【打印本页】丨【关闭窗口】', '打印丨关闭', '[打印] | [关闭]', '打印本页 ｜ 关闭窗口']) {
    const text = below(line);
    const found = chrome(text);
    assert.equal(found.length, 1, line);
    assert.equal(core.applyFixes(text, found[0].fix.edits).text, below('').replace(`${title}\n\n\n`, `${title}\n\n`), line);
  }
});

test('打印 and 关闭 in a sentence of report text are no chrome', () => {
  for (const line of [
    '全年打印宣传资料5000份，关闭冗余栏目3个。',
    '网站设置“打印”“关闭”按钮，方便群众使用。',
    '本机关 打印 宣传册 5000 份，整合 关闭 栏目 3 个。',
    '本年度对已关闭的网站栏目进行清理，统一提供打印。',
    '政务公开专栏丨年度报告丨打印机采购公告',
  ]) {
    assert.deepEqual(chrome(below(line)), [], line);
  }
});

// brk121 #6: controls between the bar's separators with items after them (`…丨打印丨关闭丨来源：…`) were silent unless a
// counter was on the line too; a control alone in its button's brackets (`【打印】`, `【关闭】`) was read as weak chrome only.
test('controls in the middle of a meta line are chrome; the fix keeps the items on both sides', () => {
  for (const [line, expected] of [
    ['发布日期：2025-01-20丨打印丨关闭丨来源：某某市某某局', '发布日期：2025-01-20丨来源：某某市某某局'],
    ['发布日期：2025-01-20 丨 打印 丨 关闭 丨 来源：某某市某某局', '发布日期：2025-01-20 丨 来源：某某市某某局'],
    ['发布日期：2025-01-20｜打印本页｜来源：某某市某某局', '发布日期：2025-01-20｜来源：某某市某某局'],
  ]) {
    const text = below(line);
    const found = chrome(text);
    assert.equal(found.length, 1, line);
    const fixed = core.applyFixes(text, found[0].fix.edits).text;
    assert.equal(fixed, below(expected), line);
    assert.deepEqual(chrome(fixed), [], line);
  }
});

test('a control alone in its button\'s brackets is chrome; the bare word alone and table cells are not', () => {
  for (const line of ['【打印】', '【关闭】', '[关闭]']) {
    const text = below(line);
    const found = chrome(text);
    assert.equal(found.length, 1, line);
    assert.equal(core.applyFixes(text, found[0].fix.edits).text, below('').replace(`${title}\n\n\n`, `${title}\n\n`), line);
  }
  for (const line of ['打印', '关闭', '丨打印丨关闭丨', '政务公开专栏丨打印机采购丨关闭栏目公告', '网站设置打印丨关闭两个按钮。']) {
    assert.deepEqual(chrome(below(line)), [], line);
  }
});

// brk122 #6: the controls-between-separators reading took a sentence with 丨 between words for a meta line
// (`文件页面支持浏览丨打印丨收藏丨分享等操作。` was reported and the fix cut `打印丨收藏` out of it), and white space as the
// separator (`发布日期：2025-01-20　　打印　　关闭　　来源：…`) was silent. Only a line of meta items (fields, dates,
// controls) has a bar of controls in its middle.
test('a sentence with 丨 between control words is report text, left as it is', () => {
  for (const line of [
    '优化门户网站政府信息公开专栏，提升检索和无障碍服务水平。文件页面支持浏览丨打印丨收藏丨分享等操作。',
    '文件页面支持浏览丨打印丨收藏丨分享等操作。',
    '政策文件页面提供打印丨关闭丨收藏等常用功能，方便群众查阅。',
    '网站设置浏览｜打印｜下载功能，全年提供在线打印服务1200余次。',
  ]) {
    const text = below(line);
    assert.deepEqual(chrome(text), [], line);
    assert.equal(core.applyFixes(text, core.analyze(text).findings.flatMap((f) => f.fix?.edits ?? [])).text.includes(line), true, line);
  }
});

test('controls between a meta line\'s items with white space as the separator are chrome too', () => {
  for (const [line, expected] of [
    ['发布日期：2025-01-20　　打印　　关闭　　来源：某某市某某局', '发布日期：2025-01-20　　来源：某某市某某局'],
    ['发布日期：2025-01-20  打印本页  关闭窗口  来源：某某市某某局', '发布日期：2025-01-20  来源：某某市某某局'],
    ['发布时间：2025-01-20 10:30　打印　关闭　信息来源：某某市某某局', '发布时间：2025-01-20 10:30　信息来源：某某市某某局'],
  ]) {
    const text = below(line);
    const found = chrome(text);
    assert.equal(found.length, 1, line);
    const fixed = core.applyFixes(text, found[0].fix.edits).text;
    assert.equal(fixed, below(expected), line);
    assert.deepEqual(chrome(fixed), [], line);
  }
});
