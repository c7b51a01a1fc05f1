// brk175 #6: a share widget as an item of a page's meta line (`发布日期：2025年01月20日  信息来源：某某市某某局  阅读次数：
// 分享到：`) was not chrome: the finding named only `阅读次数：`, the fix left `分享到：` at the line's end and a re-check
// said nothing. `分享到` standing apart as an item (after white space or a separator, at the line's end or before another
// item) is a page element as 阅读次数 and 打印 are; the publication date (and the meta line's 来源) is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const TITLE = CORRECT.split('\n')[0];
const at = (line) => CORRECT.replace(`${TITLE}\n`, `${TITLE}\n\n${line}\n`);
const chrome = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'page-leftover');
const fix = (text) => core.applyFixes(text, chrome(text).flatMap((f) => f.fix.edits)).text;

test('a share widget among a meta line\'s items is named and deleted with the rest of the chrome; the date is kept', () => {
  for (const [line, shown, expected] of [
    ['发布日期：2025年01月20日  信息来源：某某市某某局  阅读次数：  分享到：', /“阅读次数：\s+分享到：”/, '发布日期：2025年01月20日  信息来源：某某市某某局'],
    ['发布日期：2025-01-20 丨 来源：某某市某某局 丨 分享到：', /“分享到：”/, '发布日期：2025-01-20 丨 来源：某某市某某局'],
    ['发布日期：2025-01-20 丨 分享到：微信 微博 丨 打印 丨 关闭', /分享到：微信 微博/, '发布日期：2025-01-20'],
    ['发布时间：2025-01-20 10:30　分享到　浏览次数：356', /分享到/, '发布时间：2025-01-20 10:30'],
    ['分享到： 丨 发布日期：2025-01-20', /“分享到：”/, '发布日期：2025-01-20'],
  ]) {
    const text = at(line);
    const f = chrome(text);
    assert.equal(f.length, 1, line);
    assert.match(f[0].message, shown, line);
    const fixed = fix(text);
    assert.equal(fixed, at(expected), line);
    assert.deepEqual(chrome(fixed), [], line);
  }
});

test('分享到 in a sentence stays report text', () => {
  for (const line of [
    '本年度通过政府网站将政策解读材料分享到各政务新媒体平台30篇。',
    '分享到：微信、微博等平台的解读材料共30篇。',
    '分享到各政务新媒体平台的政策解读材料30篇',
    '网站新增“分享到：”功能，方便群众转发。',
  ]) assert.deepEqual(chrome(at(line)), [], line);
});
