// brk107 #8: in a report in traditional characters, a row whose label cell is empty (表二 `|          | 86 |`) or
// holds its ordinal alone (表三 `| （二） | 5 | … |`) is read by its place, but its fix, writing the template's
// simplified label, was withheld; the message said both "(the fix does this)" and "not offered". The cell holds no
// words to tell the script by: the label is now written in the script the table is written in (the forms the report
// uses: 只計, not 隻計), and the fix is offered, in a quick fix and with --fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { core, edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const TRAD = OpenCC.Converter({ from: 'cn', to: 'tw' })(CORRECT);
const PARTIAL = '（二）部分公開（區分處理的，只計這一情形，不計其他情形）';

/** The one row-label finding of `text`: its fix writes `label` and gives back `want`, with --fix too, once. */
function fixedBack(text, label, want) {
  const found = only(text, 'row-label').found;
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const [f] = found;
  assert.ok(f.fix, `a fix: ${f.message}`);
  assert.doesNotMatch(f.message, /未提供|not offered/);
  assert.equal(f.fix.title.zh, `写上行标签“${label}”`);
  assert.equal(core.applyFixes(text, f.fix.edits).text, want);
  const all = core.fixAll(text).text;
  assert.equal(all, want, '--fix');
  assert.deepEqual(core.analyze(all).findings, [], 'clean once fixed');
  assert.equal(core.fixAll(all).text, all, 'a second --fix changes nothing');
}

test('traditional report, 表二 label cell empty: the fix writes 行政處罰', () => {
  const row = TRAD.match(/^\| 行政處罰 .*$/m)[0];
  fixedBack(edit(TRAD, row, row.replace('行政處罰', ' '.repeat(8))), '行政處罰', TRAD);
});

test('traditional report, 表三 label its ordinal alone: the fix writes the label in traditional characters', () => {
  assert.ok(TRAD.includes(PARTIAL));
  fixedBack(edit(TRAD, PARTIAL, '（二）'), PARTIAL, TRAD);
});

test('a simplified draft with 表三 in traditional characters: the label goes in in them; in a simplified 表二, simplified', () => {
  const start = CORRECT.indexOf('## 三、'), end = CORRECT.indexOf('## 四、');
  const mixed = CORRECT.slice(0, start) + OpenCC.Converter({ from: 'cn', to: 'tw' })(CORRECT.slice(start, end)) + CORRECT.slice(end);
  fixedBack(edit(mixed, PARTIAL, '（二）'), PARTIAL, mixed);
  const simple = CORRECT.match(/^\| 行政处罚 .*$/m)[0];
  fixedBack(edit(CORRECT, simple, simple.replace('行政处罚', ' '.repeat(8))), '行政处罚', CORRECT);
});

test('inScriptOf with `traditional`: a cell without words of its own written in traditional characters', () => {
  assert.equal(core.inScriptOf('（二）', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', true), PARTIAL);
  assert.equal(core.inScriptOf('', '行政处罚', '', true), '行政處罰');
  // (A character OpenCC leaves as it is stays so: 表, 出, 家, not 錶, 齣, 傢.)
  assert.equal(core.inScriptOf('', '3.要求提供公开出版物', '', true), '3.要求提供公開出版物');
  assert.equal(core.inScriptOf('', '表二', '', true), '表二');
  assert.equal(core.inScriptOf('', '行政处罚', '', false), '行政处罚', 'without it, as before: the words as they are');
});
