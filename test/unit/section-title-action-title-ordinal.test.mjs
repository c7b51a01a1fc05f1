// brk167 #7: section-title's message quoted the canonical title with its ordinal (“五、存在的主要问题及改进情况”) while the
// quick fix's title quoted it without (“Change to “存在的主要问题及改进情况””): the two named different titles. The fix
// still writes the title after the ordinal only; its title now quotes the heading as the fix leaves it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const ERRORS = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const titles = (text, locale) => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId === 'section-title');

test('section-title: the action title quotes the title the message quotes, with its ordinal (zh and en)', () => {
  const [en] = titles(ERRORS, 'en');
  assert.equal(en.message, '“五、存在的主要问题及下步工作打算” is a variant of the canonical title “五、存在的主要问题及改进情况”.');
  assert.equal(en.fix.title.en, 'Change to “五、存在的主要问题及改进情况”');
  assert.equal(en.fix.title.zh, '改为“五、存在的主要问题及改进情况”');
  // The fix writes the title after the ordinal, as before.
  assert.deepEqual(en.fix.edits.map((e) => e.newText), ['存在的主要问题及改进情况']);
  const fixed = core.applyFixes(ERRORS, en.fix.edits).text;
  assert.ok(fixed.includes('\n## 五、存在的主要问题及改进情况\n'));
});

test('section-title: the ordinal as written is quoted (五. , a trailing 。 dropped, a bold heading)', () => {
  const cases = [
    ['## 五、存在的主要问题及改进情况', '## 五. 存在的主要问题及下步工作打算', 'Change to “五. 存在的主要问题及改进情况”', '五. 存在的主要问题及改进情况'],
    ['## 一、总体情况', '## 一、总体情况。', 'Change to “一、总体情况”', '一、总体情况'],
    ['## 五、存在的主要问题及改进情况', '**五、存在主要问题及改进情况**', 'Change to “五、存在的主要问题及改进情况”', '**五、存在的主要问题及改进情况**'],
  ];
  for (const [from, to, title, after] of cases) {
    const text = edit(CORRECT, from, to);
    const f = titles(text, 'en').find((x) => x.fix);
    assert.ok(f, to);
    assert.equal(f.fix.title.en, title, to);
    const fixed = core.applyFixes(text, f.fix.edits).text;
    assert.ok(fixed.split('\n').some((l) => l.replace(/^#+\s*/, '') === after), `${to} → ${after}`);
  }
});
