// brk137 #2: web-page buttons left at the END of a line of text (`…门户网站下载。[打印] [关闭]`) were not reported (a
// line over 80 characters was text unless controls opened it), while the same buttons on a line of their own were.
// They are reported now, and the fix deletes the buttons only, keeping the sentence; a control word in a sentence
// (`支持在线浏览、下载、打印`, `点击页面上的打印`) stays report text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SENTENCE = '本报告电子版可在某某市人民政府门户网站下载。';
/** The example with `tail` written right after the (long) line's last sentence. */
const withTail = (tail) => {
  assert.equal(correct.split(SENTENCE + '\n').length, 2);
  return correct.replace(SENTENCE + '\n', `${SENTENCE}${tail}\n`);
};
const leftovers = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'page-leftover');

test('page-leftover: buttons ending a line of text are reported; the fix deletes them alone (brk137 #2)', () => {
  for (const tail of ['[打印] [关闭]', '[打印][关闭]', '【打印】【关闭窗口】', ' [打印] [收藏] [关闭]', '【打印】', ' 打印丨关闭', '打印 关闭', ' 打印本页 关闭窗口', '　［打印］　［关闭］']) {
    const text = withTail(tail);
    const found = leftovers(text);
    assert.equal(found.length, 1, tail);
    const fixed = core.applyFixes(text, found[0].fix.edits).text;
    assert.equal(fixed, correct, tail);
    assert.deepEqual(leftovers(fixed), [], tail);
    assert.equal(core.fixAll(text).text, correct, tail);
  }
});

test('page-leftover: a control word in a sentence at a line\'s end is report text (brk137 #2)', () => {
  for (const tail of ['网站支持在线浏览、下载、打印', '读者可点击打印', '文件页面支持浏览丨打印丨收藏丨分享等操作。', '如需纸质版本可自行打印', '群众可自行下载 打印']) {
    assert.deepEqual(leftovers(withTail(tail)), [], tail);
  }
});
