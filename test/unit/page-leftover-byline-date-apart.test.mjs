// brk177 #2 (fix glues text): a byline before the report's first sentence on the same line keeps its publication date
// (brk172 #1), but the fix deleted the white space between the date and the sentence with the chrome after the date:
// `作者：办公室 发布时间：2025-01-20 来源：某某市某某局 本报告根据《条例》编制。` became `发布时间：2025-01-20本报告根据…`.
// The kept date stays apart from the text, by the separator the line had.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const TITLE = CORRECT.split('\n')[0];

/** `text` with every page-leftover fix applied, and the page-leftover findings before and after. */
function fixChrome(text) {
  const chrome = core.analyze(text).findings.filter((f) => f.ruleId === 'page-leftover');
  const fixed = core.applyFixes(text, chrome.flatMap((f) => f.fix.edits)).text;
  return { chrome, fixed, after: core.analyze(fixed).findings.filter((f) => f.ruleId === 'page-leftover') };
}

test('a byline before the first sentence: the kept date stays apart from the sentence', () => {
  for (const [line, expected] of [
    ['作者：办公室 发布时间：2025-01-20 来源：某某市某某局 本报告根据《条例》编制。', '发布时间：2025-01-20 本报告根据《条例》编制。'],
    // The corpus seed 004 shape, with the counter and text after it.
    ['作者:办公室 发布时间:2025-01-20 00:00 信息来源:某某局 浏览数:128 本报告根据《条例》编制。', '发布时间:2025-01-20 00:00 本报告根据《条例》编制。'],
    // Ideographic spaces as the page's separators: the separator kept is the line's own.
    ['作者：张三　发布日期：2025年1月20日　来源：某某局　本报告根据《条例》编制。', '发布日期：2025年1月20日　本报告根据《条例》编制。'],
  ]) {
    const text = CORRECT.replace(`${TITLE}\n`, `${TITLE}\n\n${line}\n`);
    const { chrome, fixed, after } = fixChrome(text);
    assert.equal(chrome.length, 1, line);
    assert.equal(fixed, CORRECT.replace(`${TITLE}\n`, `${TITLE}\n\n${expected}\n`), line);
    assert.equal(after.length, 0, line);
  }
});

test('chrome at the start or the end of a line takes its white space with it', () => {
  for (const [line, expected] of [
    ['作者：办公室 来源：某某局 本报告根据《条例》编制。', '本报告根据《条例》编制。'],
    ['本报告根据《条例》编制。 [打印] [关闭]', '本报告根据《条例》编制。'],
  ]) {
    const text = CORRECT.replace(`${TITLE}\n`, `${TITLE}\n\n${line}\n`);
    assert.equal(fixChrome(text).fixed, CORRECT.replace(`${TITLE}\n`, `${TITLE}\n\n${expected}\n`), line);
  }
});
