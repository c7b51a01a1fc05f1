// breaker50 #2 (data loss): the signature date with the page's print bar after it on the same line
// (`2025年1月20日    [打印] [收藏] [关闭]`, a report copied from a web page) was taken as chrome as a whole, and the
// fix deleted the line: the report lost its 落款日期. A date is report text: only the chrome goes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

test('the signature date with the print bar after it keeps the date; only the bar is deleted', () => {
  assert.ok(CORRECT.includes('\n2025年1月20日\n'));
  for (const [date, bar] of [['2025年1月20日', '    [打印] [收藏] [关闭]'], ['2025年1月20日', '【打印】【关闭】'], ['2025-01-20', ' [打印] [关闭]']]) {
    const text = CORRECT.replace('\n2025年1月20日\n', `\n${date}${bar}\n`);
    const { findings } = core.analyze(text);
    const chrome = findings.filter((f) => f.ruleId === 'page-leftover');
    assert.equal(chrome.length, 1, `${date}${bar}`);
    assert.doesNotMatch(chrome[0].message, /2025/);
    const fixed = core.applyFixes(text, chrome[0].fix.edits).text;
    assert.equal(fixed, CORRECT.replace('\n2025年1月20日\n', `\n${date}\n`), `${date}${bar}`);
  }
});

test('a line of the print bar alone is still deleted whole', () => {
  const text = CORRECT.replace('\n2025年1月20日\n', '\n2025年1月20日\n[打印] [收藏] [关闭]\n');
  const [f] = core.analyze(text).findings.filter((x) => x.ruleId === 'page-leftover');
  assert.equal(core.applyFixes(text, f.fix.edits).text, CORRECT);
});

// brk115 #9c: a web page's meta line with its items separated by 丨 (or ｜, |): the fix deleted the counter and the font
// switch but left their separators (`…发布日期：2025-01-20 丨 丨`). Each piece of chrome now goes with its separator.
test('chrome among a meta line\'s items goes with the separator next to it, none left dangling', () => {
  const title = CORRECT.split('\n')[0];
  for (const [line, expected] of [
    ['索引号：11320800MB1234567X/2025-00012 丨 发布日期：2025-01-20 丨 浏览次数：356 丨 字号：大 中 小', '索引号：11320800MB1234567X/2025-00012 丨 发布日期：2025-01-20'],
    ['发布日期：2025-01-20 丨 浏览次数：356 丨 来源：某某市某某局', '发布日期：2025-01-20 丨 来源：某某市某某局'],
    ['字号：大 中 小 丨 发布日期：2025-01-20', '发布日期：2025-01-20'],
    ['发布日期：2025-01-20 浏览次数：356 字号：大 中 小', '发布日期：2025-01-20'],
  ]) {
    const text = CORRECT.replace(`${title}\n`, `${title}\n\n${line}\n`);
    const chrome = core.analyze(text).findings.filter((f) => f.ruleId === 'page-leftover');
    assert.equal(chrome.length, 1, line);
    const fixed = core.applyFixes(text, chrome[0].fix.edits).text;
    assert.equal(fixed, CORRECT.replace(`${title}\n`, `${title}\n\n${expected}\n`), line);
  }
});
