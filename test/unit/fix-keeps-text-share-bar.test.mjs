// breaker89 #00: a share bar stuck to the front of a sentence (`分享到: 将政务公开纳入年度绩效考核，…`) was a page line as a
// whole, and the fix deleted the sentence with its figures. The fix deletes the bar only and keeps the sentence, as it
// does for `【打印】【关闭】` or `浏览次数：12` before text; a sentence that goes on from a platform's name
// (`分享到微信朋友圈的…`) is no page line at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SENTENCE = '将政务公开纳入年度绩效考核，组织业务培训2次、参训48人次。';
/** The example with `line` as a paragraph of its own before 二 (as in the breaker's repro). */
const withLine = (line) => {
  const head = '## 二、主动公开政府信息情况';
  assert.equal(correct.split(head).length, 2);
  return correct.replace(head, `${line}\n\n${head}`);
};
const leftovers = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'page-leftover');

test('page-leftover: a share bar before a sentence is deleted alone; the sentence survives the fix (breaker89 #00)', () => {
  for (const bar of ['分享到: ', '分享到：', '分享到：微信 微博 ', '分享到微信 微博 ', '分享到： 微信、微博 ']) {
    const text = withLine(bar + SENTENCE);
    const found = leftovers(text);
    assert.equal(found.length, 1, bar);
    const fixed = core.applyFixes(text, found[0].fix.edits).text;
    assert.equal(fixed, withLine(SENTENCE), bar);
    assert.deepEqual(leftovers(fixed), [], bar);
    assert.equal(core.fixAll(text).text, withLine(SENTENCE), bar);
  }
});

test('page-leftover: the share bar alone is still deleted as a line; a sentence opening with 分享到微信… is report text', () => {
  for (const bar of ['分享到:', '分享到：微信 微博', '分享到 微信 微博 QQ空间', '分享到微信']) {
    const text = withLine(bar);
    const found = leftovers(text);
    assert.equal(found.length, 1, bar);
    assert.equal(core.applyFixes(text, found[0].fix.edits).text.includes(bar), false, bar);
  }
  for (const sentence of ['分享到微信朋友圈的政策解读材料30篇。', '分享到: 微信公众号发布信息30条。']) {
    const text = withLine(sentence);
    const fixed = core.fixAll(text).text;
    assert.ok(fixed.includes(sentence.replace(/^分享到:\s*/, '')), sentence);
  }
  assert.deepEqual(leftovers(withLine('分享到微信朋友圈的政策解读材料30篇。')), []);
});
