// fixC #3: page controls pasted at the start of a line of report text (`打印丨关闭丨本年度政府信息公开工作年度报告……`) were
// silent: the bar was chrome only alone on its line, at a meta line's end or between its items. Controls that open a
// line (two or more apart by white space or separators, or one before a meta separator) are now reported, and the
// fix deletes only them: the text after them is kept, however long the line. A sentence that uses the words
// (打印的材料, 关闭、打印等) or runs them together with no separator stays silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = example.split('\n');
/** The example's first paragraph (line 3, over 80 characters) and a short line of its own, each with `prefix` before it. */
const at = lines.findIndex((l) => l.startsWith('本报告根据'));
const withPrefix = (prefix, line = at) => lines.map((l, i) => (i === line ? prefix + l : l)).join('\n');
const chrome = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'page-leftover');

for (const prefix of ['打印丨关闭丨', '打印 丨 关闭 丨 ', '打印 关闭 ', '打印本页　关闭窗口　', '【打印】丨【关闭】丨', '打印丨', '打印｜关闭｜']) {
  test(`“${prefix}” before the report's first paragraph: reported, the fix deletes the controls and keeps the text`, () => {
    const text = withPrefix(prefix);
    const found = chrome(text);
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.equal(found[0].range.start.line, at);
    assert.match(found[0].message, /保留同一行的正文/);
    assert.equal(core.applyFixes(text, found[0].fix.edits).text, example);
  });
}

test('the line as the testers wrote it, short: 打印丨关闭丨本年度政府信息公开工作年度报告……', () => {
  const line = lines.findIndex((l) => l.startsWith('## 一、'));
  const text = lines.map((l, i) => (i === line ? `${l}\n\n打印丨关闭丨本年度政府信息公开工作年度报告……` : l)).join('\n');
  const found = chrome(text);
  assert.equal(found.length, 1);
  assert.equal(core.applyFixes(text, found[0].fix.edits).text, text.replace('打印丨关闭丨本年度', '本年度'));
});

for (const prefix of ['打印的材料中，', '关闭、打印等功能已上线，', '打印关闭', '打印 ']) {
  test(`“${prefix}” opening a sentence is report text: silent`, () => {
    assert.deepEqual(chrome(withPrefix(prefix)).map((f) => f.message), []);
  });
}
