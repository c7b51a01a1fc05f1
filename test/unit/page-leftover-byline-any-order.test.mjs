// brk177 #6: a web page's byline was read as chrome only when 作者 opened it. The same items in another order
// (`发布时间：… 来源：… 作者：…`, `时间：… 来源：本站 作者：…`) were not reported. A byline is chrome whatever the order of its
// items; the fix keeps its publication date. (A date and a source without an author, `来源：… 发布日期：…`, stay the
// page's metadata, as page-leftover-date-line and page-leftover-stroke-controls have them.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const TITLE = CORRECT.split('\n')[0];
const withLine = (line) => CORRECT.replace(`${TITLE}\n`, `${TITLE}\n\n${line}\n`);

/** `text` with every page-leftover fix applied, and the page-leftover findings before and after. */
function fixChrome(text) {
  const chrome = core.analyze(text).findings.filter((f) => f.ruleId === 'page-leftover');
  const fixed = core.applyFixes(text, chrome.flatMap((f) => f.fix.edits)).text;
  return { chrome, fixed, after: core.analyze(fixed).findings.filter((f) => f.ruleId === 'page-leftover') };
}

test('a byline is reported whatever the order of its items, and the fix keeps only its date', () => {
  for (const [line, expected] of [
    ['发布时间：2025-01-20 来源：某某市某某局 作者：办公室', '发布时间：2025-01-20'],
    ['作者：办公室 发布时间：2025-01-20 来源：某某市某某局', '发布时间：2025-01-20'],
    ['来源：某某市某某局 作者：办公室 发布时间：2025-01-20', '发布时间：2025-01-20'],
    ['时间：2025-01-20 来源：本站 作者：张三', '时间：2025-01-20'],
    ['来源：某某市某某局 发布日期：2025-01-20 作者：办公室 浏览次数：356', '发布日期：2025-01-20'],
    ['发布日期：2025-01-20 作者：张三', '发布日期：2025-01-20'],
    ['发布时间：2025-01-20 来源：某某市某某局 作者：办公室 本报告根据《条例》编制。', '发布时间：2025-01-20 本报告根据《条例》编制。'],
    ['发布时间：2025-01-20丨来源：某某局丨作者：办公室丨本报告根据《条例》编制。', '发布时间：2025-01-20丨本报告根据《条例》编制。'],
  ]) {
    const { chrome, fixed, after } = fixChrome(withLine(line));
    assert.equal(chrome.length, 1, line);
    assert.match(chrome[0].message, /作者|来源/, line);
    assert.doesNotMatch(chrome[0].message, /2025/, line);
    assert.equal(fixed, withLine(expected), line);
    assert.equal(after.length, 0, line);
  }
});

test('a byline without a date, in any order, is deleted whole', () => {
  const { fixed } = fixChrome(withLine('来源：某某局 作者：张三'));
  assert.equal(fixed, CORRECT.replace(`${TITLE}\n`, `${TITLE}\n\n`));
});

test('report text with a source or a count is not a byline', () => {
  for (const line of [
    '来源：本局统计数据',
    '数据来源：某某局 发布时间：2025-01-20',
    '来源：某局 点击量：85，同比增长12%',
    '发布日期：2025-01-20 来源：某某市某某局',
    '本年度信息来源：各科室报送 作者：办公室汇总。',
  ]) assert.equal(fixChrome(withLine(line)).chrome.length, 0, line);
});
