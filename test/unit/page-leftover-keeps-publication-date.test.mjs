// brk172 #1 (fix loses text): a web page's byline with the publication date among its items
// (`作者:办公室张三     发布时间:2025-04-15 00:00     信息来源: 某某局     浏览数:`) was taken as chrome as a whole and the
// fix deleted the line, the date with it: date-late, which reads that date, went quiet because its evidence was gone.
// The publication date is the page's metadata (the rule's docs: 发布日期 is not reported); only the chrome around it goes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, corpusText } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const TITLE = CORRECT.split('\n')[0];

/** `text` with every page-leftover fix applied, and the rule ids found before and after. */
function fixChrome(text) {
  const before = core.analyze(text).findings;
  const chrome = before.filter((f) => f.ruleId === 'page-leftover');
  const fixed = core.applyFixes(text, chrome.flatMap((f) => f.fix.edits)).text;
  return { chrome, fixed, before: before.map((f) => f.ruleId), after: core.analyze(fixed).findings.map((f) => f.ruleId) };
}

test('a byline with the publication date among its items keeps the date; the chrome around it is deleted', () => {
  for (const [line, expected] of [
    ['作者:办公室张三     发布时间:2025-04-15 00:00     信息来源: 某某局     浏览数:', '发布时间:2025-04-15 00:00'],
    ['作者：张三　来源：某某局　发布日期：2025年4月15日　浏览次数：', '发布日期：2025年4月15日'],
    ['作者:李四 发布时间:2025-04-15 10:30:00 点击数:12', '发布时间:2025-04-15 10:30:00'],
  ]) {
    const text = CORRECT.replace(`${TITLE}\n`, `${TITLE}\n\n${line}\n`);
    const { chrome, fixed, before, after } = fixChrome(text);
    assert.equal(chrome.length, 1, line);
    assert.doesNotMatch(chrome[0].message, /2025/, line);
    assert.equal(fixed, CORRECT.replace(`${TITLE}\n`, `${TITLE}\n\n${expected}\n`), line);
    // The late publication is still reported after the fix: its evidence is kept.
    assert.ok(before.includes('date-late'), line);
    assert.ok(after.includes('date-late'), line);
    assert.ok(!after.includes('page-leftover'), line);
  }
});

test('corpus seed 004: the fix keeps 发布时间:2014-02-28 and deletes the author, source and counter', () => {
  const text = corpusText('seeds/004_f7bfe38ed4197dfc.txt');
  // (The seed's items are apart by no-break spaces, as the page had them.)
  assert.match(text.split('\n')[1], /^作者:政务中心谌俊杰\s+发布时间:2014-02-28 00:00\s+信息来源: 县政务中心\s+浏览数:$/);
  const { fixed } = fixChrome(text);
  assert.equal(fixed.split('\n')[1], '发布时间:2014-02-28 00:00');
});

test('a byline without a date is still deleted whole', () => {
  const text = CORRECT.replace(`${TITLE}\n`, `${TITLE}\n\n作者:办公室张三     信息来源: 某某局     浏览数:\n`);
  const { fixed } = fixChrome(text);
  assert.equal(fixed, CORRECT.replace(`${TITLE}\n`, `${TITLE}\n\n`));
});
