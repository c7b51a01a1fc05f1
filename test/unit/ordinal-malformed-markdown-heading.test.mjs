// brk162 #2: a sub-heading whose ordinal lost a character was said on a plain or bold line (`三)政府信息管理`) but not
// as a Markdown heading (`### 三)政府信息管理`, any number of `#`), the form of the example and of `nianbao new`'s drafts.
// brk162 #5: a section heading whose `五、` is written `五)` (`## 五)存在的主要问题及改进情况`) got section-missing saying
// the heading was written "without its number 五、": the message names the malformed ordinal as ordinal-malformed does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const replaceLine = (re, line) => {
  const text = CORRECT.replace(re, line);
  assert.notEqual(text, CORRECT);
  return text;
};
const of = (text, rule, locale = 'zh') => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId === rule);

for (const [written, ordinal] of [['三)', '三)'], ['三）', '三）'], ['（三', '（三'], [')', ')'], ['(三', '(三']]) {
  for (const marks of ['### ', '#### ', '## ', '']) {
    const line = `${marks}${written}政府信息管理`;
    test(`ordinal-malformed: “${line}” is said and fixed to （三）, with # marks as without`, () => {
      const text = replaceLine(/^### （三）政府信息管理$/m, line);
      const f = of(text, 'ordinal-malformed');
      assert.equal(f.length, 1, line);
      const at = text.split('\n').indexOf(line);
      assert.equal(f[0].range.start.line, at);
      assert.equal(f[0].range.start.character, marks.length);
      // The sibling （二） gives the full-width parentheses (`(三` keeps none of its own: the siblings' style).
      assert.equal(f[0].message, `标题序号“${ordinal}”残缺，应为“（三）”。`);
      const fixed = core.fixAll(text).text;
      assert.equal(fixed.split('\n')[at], `${marks}（三）政府信息管理`);
      assert.deepEqual(of(fixed, 'ordinal-malformed'), []);
    });
  }
}

test('ordinal-malformed: a # heading without an ordinal (## 工作要点) is no sibling: `### )…` after it takes its number from （二）', () => {
  const text = replaceLine(/^### （三）政府信息管理$/m, '### 工作要点\n\n一些文字。\n\n### )政府信息管理');
  const f = of(text, 'ordinal-malformed');
  assert.equal(f.length, 1);
  assert.equal(f[0].message, '标题序号“)”残缺，应为“（三）”。');
});

for (const line of ['## 五)存在的主要问题及改进情况', '### 五）存在的主要问题及改进情况', '五)存在的主要问题及改进情况', '**五)存在的主要问题及改进情况**', '## )存在的主要问题及改进情况', '## （五存在的主要问题及改进情况']) {
  test(`section-missing names the malformed ordinal of “${line}” and the fix writes 五、 in its place`, () => {
    const text = replaceLine(/^## 五、存在的主要问题及改进情况$/m, line);
    const at = text.split('\n').indexOf(line);
    const written = /^[#*\s]*([()（）五]+)/.exec(line)[1];
    const f = of(text, 'section-missing');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.line, at);
    assert.match(f[0].message, new RegExp(`第 ${at + 1} 行“${line.replace(/[()*]/g, '\\$&')}”就是这一部分的标题，但序号“${written.replace(/[()]/g, '\\$&')}”残缺，应为“五、”`));
    assert.doesNotMatch(f[0].message, /没有写编号/);
    const en = of(text, 'section-missing', 'en')[0].message;
    assert.match(en, /its ordinal “.+” is malformed \(expected “五、”\)/);
    assert.doesNotMatch(en, /without its number/);
    // Said once: ordinal-malformed leaves a missing section's heading to section-missing (no "（五）" for a section).
    assert.deepEqual(of(text, 'ordinal-malformed'), []);
    const fixed = core.fixAll(text).text;
    assert.equal(fixed.split('\n')[at], line.replace(written, '五、'));
    assert.deepEqual(core.analyze(fixed).findings.filter((x) => x.severity !== 'info').map((x) => x.ruleId), []);
  });
}
