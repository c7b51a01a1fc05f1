// brk106 #12: a section title written without its number (`## 其他需要报告的事项`) was said to be the missing section's
// heading, with no fix ("未自动插入，以免出现两个同名标题"), though writing the number before its words inserts nothing.
// The fix writes the number there, keeping the line's marks; lines the number alone would not make a heading
// (decoration around the words, HTML) and a number another heading keeps still get the message only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, only } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const fixed = (text, f) => core.applyFixes(text, f.fix.edits).text;

for (const [written, expected] of [
  ['## 其他需要报告的事项', '## 六、其他需要报告的事项'],
  ['**其他需要报告的事项**', '**六、其他需要报告的事项**'],
  ['其他需要报告的事项', '六、其他需要报告的事项'],
]) {
  test(`“${written}”: the fix writes 六、 before the words and the report checks clean`, () => {
    const text = edit(CORRECT, '## 六、其他需要报告的事项', written);
    const [f] = only(text, 'section-missing').found;
    assert.ok(f, 'section-missing');
    assert.match(f.message, /没有写编号“六、”/);
    assert.ok(f.fix, 'a fix');
    const after = fixed(text, f);
    assert.equal(after, CORRECT.replace('## 六、其他需要报告的事项', expected));
    assert.deepEqual(only(after, 'section-missing').found, []);
  });
}

test('the fix of 五 written without its number, in a quoted report, keeps the quote markers', () => {
  const quoted = CORRECT.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
  const text = edit(quoted, '> ## 五、存在的主要问题及改进情况', '> ## 存在的主要问题及改进情况');
  const [f] = only(text, 'section-missing').found;
  assert.ok(f?.fix, 'a fix');
  assert.equal(fixed(text, f), quoted);
});

test('no fix where the number alone would not make the heading, or another heading keeps the number', () => {
  for (const written of ['【其他需要报告的事项】', '<h2>其他需要报告的事项</h2>']) {
    const [f] = only(edit(CORRECT, '## 六、其他需要报告的事项', written), 'section-missing').found;
    assert.ok(f, written);
    assert.equal(f.fix, undefined, written);
    assert.match(f.message, /未自动插入/);
  }
  // A 六 of another title (the report's own extra section) keeps the number: writing 六 again would give two.
  const extra = edit(CORRECT, '## 六、其他需要报告的事项', '## 六、工作展望\n\n明年继续做好政府信息公开工作。\n\n## 其他需要报告的事项');
  const found = only(extra, 'section-missing').found;
  assert.equal(found.some((f) => f.fix), false, JSON.stringify(found.map((f) => f.message)));
});

// brk107 #7: in a report in traditional characters the fix was withheld as one "writing simplified words"; the number
// it writes (一 to 六) is the same in both scripts.
test('in a report in traditional characters the number is written too', async () => {
  const OpenCC = await import('opencc-js');
  const trad = OpenCC.Converter({ from: 'cn', to: 'tw' })(CORRECT);
  const text = edit(trad, '## 六、其他需要報告的事項', '## 其他需要報告的事項');
  const [f] = only(text, 'section-missing').found;
  assert.ok(f?.fix, f?.message);
  assert.doesNotMatch(f.message, /未提供自动修复/);
  assert.equal(fixed(text, f), trad);
});

// brk107 #4: a title written with a slip as well (`## 其他需要报告事项`, `## 存在的主要问题和改进情况`) got a second
// heading inserted above it. Under heading marks it is the title: the number is written before it, and section-title
// then corrects its words; a sentence of text (`无其他需要报告的事项。`) is never taken for it.
test('a heading-marked title with a slip gets its number written, and fix-all ends with the standard title', () => {
  for (const [written, standard] of [['## 其他需要报告事项', '## 六、其他需要报告的事项'], ['## 存在的主要问题和改进情况', '## 五、存在的主要问题及改进情况']]) {
    const text = edit(CORRECT, standard, written);
    const [f] = only(text, 'section-missing').found;
    assert.ok(f?.fix, written);
    assert.equal(fixed(text, f), CORRECT.replace(standard, standard.replace(/^## (.、).*/, `## $1${written.slice(3)}`)), written);
    assert.equal(core.fixAll(text).text, CORRECT, written);
  }
  const prose = edit(CORRECT, '## 六、其他需要报告的事项', '无其他需要报告的事项。');
  assert.equal(only(prose, 'section-missing').found.some((f) => f.fix?.edits.some((e) => e.newText === '六、')), false);
});
