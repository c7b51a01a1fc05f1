// A lone code fence (brk170 odd/fence_unclosed.md, fence_tilde.md): a line of ``` or ~~~ that nothing closes makes the
// rest of the text one code block on GitHub, GitLab and VS Code's preview, while the checker reads that text as the
// report's; the check passed with 0 problems. fence-unclosed says so at the fence (warning, no fix), as comment-unclosed
// says a comment never closed. Base: examples/correct-2024.nianbao.md (0 findings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, lineOf } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const SECTION2 = '## 二、主动公开政府信息情况';
const before = (text, line, what) => text.replace(line, `${what}\n${line}`);
const rules = (text, options) => core.checkReport(core.parseReport(text, options)).map((f) => f.ruleId);

test('a lone ``` or ~~~ (also ````, an info string, indented) before section 二: one fence-unclosed warning at it, no fix', () => {
  // (A quoted fence followed by unquoted text is ended by the quote's end, CommonMark: fence-container.test.mjs.)
  for (const fence of ['```', '~~~', '````', '```text', '  ~~~~~']) {
    const text = before(correct, SECTION2, fence);
    const fs = core.checkReport(core.parseReport(text, { fileName: 'r.md' }));
    assert.deepEqual(fs.map((f) => [f.ruleId, f.severity]), [['fence-unclosed', 'warning']], fence);
    const [f] = fs;
    assert.equal(lineOf(text, f), fence, fence);
    assert.equal(f.fix, undefined, fence);
    assert.match(f.message, /没有结尾.*从“二、主动公开政府信息情况”起.*显示为一个代码块.*本工具仍把这些文字读作报告内容/, fence);
    // Every line to the end of the text is named, and those with text counted as such.
    const lines = text.split('\n');
    const last = lines.findLastIndex((l) => l.trim()) + 1;
    const withText = lines.slice(f.range.start.line + 1).filter((l) => l.trim()).length;
    assert.ok(f.message.includes(`第 ${f.range.start.line + 2}–${last} 行，其中有文字的 ${withText} 行`), f.message);
  }
});

test('closed fences, a fence with nothing after it, and a .txt file are not reported', () => {
  assert.deepEqual(rules(before(correct, SECTION2, '```\n示例\n```')), []);
  assert.deepEqual(rules(before(correct, SECTION2, '~~~\n示例\n~~~')), []);
  assert.deepEqual(rules(correct.trimEnd() + '\n\n```\n\n'), []);
  assert.deepEqual(rules(before(correct, SECTION2, '```'), { fileName: '报告2024.txt' }), []);
  // A second lone fence closes the first: the text between is code (not read), the rest shown; only a third is open.
  const three = before(before(correct, SECTION2, '```'), '## 三、', '```\n\n```');
  assert.deepEqual(rules(three).filter((r) => r === 'fence-unclosed'), ['fence-unclosed']);
});
