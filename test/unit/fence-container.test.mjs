// Fences and their containers (brk175 #1, #5): CommonMark ends a code block opened in a blockquote or a list item with
// that container, and a line of backticks inside an HTML block (`<div>` … blank line) is raw HTML, no fence. The
// checker paired a quoted or listed ``` with a later, closed code block: 六's heading was read as code (section-missing,
// error, whose fix wrote a second 六), fence-unclosed fired on the closed block; with no later fence, a false
// fence-unclosed said 六 onward shows as code. Base: examples/correct-2024.nianbao.md (0 findings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const V = '## 五、存在的主要问题及改进情况';
const VI_TEXT = '本年度未收取信息处理费。';
const rules = (text) => core.checkReport(core.parseReport(text, { fileName: 'r.md' })).map((f) => f.ruleId);
const CONTAINERS = {
  quote: '> 引用：\n> ```\n> 示例代码\n\n',
  'quote, blank quoted line': '> 引用：\n> ```\n> 示例代码\n>\n\n',
  'list item': '- 问题一：\n  ```\n  附注\n- 问题二\n',
  'ordered list item': '1. 问题一：\n   ```\n   附注\n\n正文继续。\n',
  'fence on the marker line': '- ```\n  附注\n\n正文继续。\n',
};

test('a fence opened in a blockquote or list item ends with it: no fence-unclosed, 六 read, a later closed block is code', () => {
  assert.deepEqual(rules(correct), []);
  for (const [name, block] of Object.entries(CONTAINERS)) {
    const alone = correct.replace(V, `${V}\n\n${block}`);
    assert.deepEqual(rules(alone), [], `${name}, no later fence`);
    const later = alone.replace(VI_TEXT, `${VI_TEXT}\n\n\`\`\`\n示例\n\`\`\``);
    assert.deepEqual(rules(later), [], `${name}, a later closed block`);
    const report = core.parseReport(later, { fileName: 'r.md' });
    assert.equal(report.sections.length, 6, name);
    // The fix changes nothing: no second 六.
    assert.equal(core.fixAll(later).text, later, name);
  }
});

test('a lone fence at the top level after a quote is still reported; lines inside the container stay code', () => {
  // Still a lone fence at the top level: reported as before.
  const top = correct.replace(V, `${V}\n\n> 引用\n\n\`\`\`\n`);
  assert.deepEqual(rules(top), ['fence-unclosed']);
  // Quoted lines after a quoted fence are its code, and the quote's end ends it.
  const quoted = correct.replace(V, `${V}\n\n> \`\`\`\n> 一些文字\n> 更多文字\n`);
  assert.deepEqual(rules(quoted), []);
  // A list item's fence with the item's lines indented to its content stays open across them.
  const item = correct.replace(V, `${V}\n\n- 问题：\n  \`\`\`\n  附注\n\n  还在代码中\n\n正文。`);
  assert.deepEqual(rules(item), []);
});

test('a line of backticks inside an HTML block is no fence (no fence-unclosed); after the block ends it is', () => {
  const html = correct.replace(VI_TEXT, `${VI_TEXT}\n\n<div>\n\`\`\`\n</div>\n`);
  assert.deepEqual(rules(html), []);
  const pre = correct.replace(VI_TEXT, `${VI_TEXT}\n\n<pre>\n\`\`\`\n\n文字\n</pre>\n`);
  assert.deepEqual(rules(pre), []);
  const after = correct.replace(VI_TEXT, `${VI_TEXT}\n\n<div>\n</div>\n\n\`\`\`\n`);
  assert.deepEqual(rules(after), ['fence-unclosed']);
});
