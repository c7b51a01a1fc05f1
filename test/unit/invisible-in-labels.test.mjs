// breaker49: a zero-width space pasted into a row label or a section title gave row-label "“行政事业性收费​”与格式不一致，
// 应为“行政事业性收费”" and section-title "“二、主动公开​政府信息情况”与标准标题不一致" — both strings look the same to the
// reader. The value-cell message already named such a character (`4[U+200B]`); labels and titles now do too, and
// their fixes take it out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

for (const [what, from, to, rule] of [
  ['a row label', '| 行政事业性收费 ', '| 行政事业性收费\u200b ', 'row-label'],
  ['a 表三 row label', '| 1.本机关不掌握相关政府信息', '| 1.本机关不掌握\u200b相关政府信息', 'row-label'],
  ['a section title', '二、主动公开政府信息情况', '二、主动公开\u200b政府信息情况', 'section-title'],
]) {
  test(`a zero-width space in ${what} is named in the message ([U+200B]) and the fix removes it`, () => {
    assert.ok(CORRECT.includes(from), from);
    const text = CORRECT.replace(from, to);
    for (const locale of ['zh', 'en']) {
      const { findings } = core.analyze(text, { locale });
      assert.deepEqual(findings.map((f) => f.ruleId), [rule], locale);
      assert.ok(findings[0].message.includes('[U+200B]'), findings[0].message);
      assert.match(findings[0].message, locale === 'zh' ? /看不见的字符/ : /invisible characters/);
    }
    const [f] = core.analyze(text).findings;
    const fixed = core.applyFixes(text, f.fix.edits).text;
    assert.equal(fixed, CORRECT);
  });
}

test('a label that differs by a visible character says nothing of invisible ones', () => {
  const text = CORRECT.replace('| 行政事业性收费 ', '| 行政事业姓收费 ');
  const [f] = core.analyze(text).findings;
  assert.equal(f.ruleId, 'row-label');
  assert.doesNotMatch(f.message, /看不见|U\+/);
});
