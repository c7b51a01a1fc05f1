// brk127 #7: a sub-heading whose ordinal lost its opening parenthesis is said in an HTML paragraph (Word's
// `<p class=MsoNormal …><span>三）政府信息管理</span></p>`, a page's `<p><strong>三）…</strong></p>`) as it is on a
// plain line, with the fix writing （三） inside the tags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

/** The example with its `### （三）政府信息管理` line written as `line`. */
const withLine = (line) => {
  const text = CORRECT.replace(/^### （三）政府信息管理$/m, line);
  assert.notEqual(text, CORRECT);
  return text;
};

for (const line of [
  "<p class=MsoNormal style='text-indent:32.0pt'><span>三）政府信息管理</span></p>",
  '<p style="text-indent:2em"><strong>三）政府信息管理</strong></p>',
  '三）政府信息管理',
]) {
  test(`ordinal-malformed in ${line}`, () => {
    const text = withLine(line);
    const f = core.analyze(text).findings.filter((x) => x.ruleId === 'ordinal-malformed');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /“三）”残缺，应为“（三）”/);
    const at = text.split('\n').findIndex((l) => l === line);
    assert.equal(f[0].range.start.line, at);
    assert.equal(line.slice(f[0].range.start.character, f[0].range.end.character), '三）');
    const fixed = core.fixAll(text).text;
    assert.ok(fixed.includes(line.replace('三）', '（三）')));
    assert.deepEqual(core.analyze(fixed).findings.map((x) => x.ruleId), []);
  });
}

test('a paragraph in an HTML table cell opening with 三） is a cell, not a heading', () => {
  const text = `${CORRECT}\n<table><tr><td><p>三）政府信息管理</p></td></tr></table>\n`;
  assert.deepEqual(core.analyze(text).findings.filter((x) => x.ruleId === 'ordinal-malformed'), []);
});
