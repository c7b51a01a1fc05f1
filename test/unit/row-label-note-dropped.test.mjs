// 表三 row labels that lost their words (brk106 #8): a misspelling of the label without its bracketed note
// (`（二）不分公开`, `（二）部份公开`; templates.md §3.3 lists 不分公开) is a misspelling, as the full label's is; a label
// cell holding the row's ordinal alone (`| （二） |`, `| 2. |`) is said and fixed by writing the template's label.
// `（二）部分公开` alone (the note dropped, the rest exact) stays accepted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const PARTIAL = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const briefs = (text) => core.analyze(text).findings.map((f) => `${f.ruleId} ${f.severity}`);
const rowLabelOf = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');

test('（二）不分公开 and （二）部份公开 (the note dropped, a typo in the rest) are misspellings, fixed to the template\'s label; （二）部分公开 alone is accepted (brk106 #8)', () => {
  for (const typo of ['（二）不分公开', '（二）部份公开']) {
    const text = edit(EXAMPLE, PARTIAL, typo);
    const fs = rowLabelOf(text);
    assert.equal(fs.length, 1, typo);
    assert.match(fs[0].message, new RegExp(`行标签“${typo}”与格式不一致，应为“${PARTIAL}”（与省去括号中说明的“（二）部分公开”相差 1 个字）`));
    assert.deepEqual(briefs(text), ['row-label warning']);
    assert.equal(core.fixAll(text).text.split('\n').find((l) => l.startsWith('| （二）')), EXAMPLE.split('\n').find((l) => l.includes(PARTIAL)));
  }
  assert.deepEqual(briefs(edit(EXAMPLE, PARTIAL, '（二）部分公开')), []);
  // In an NFKC-normalised report the fix writes ASCII brackets.
  const ascii = edit(EXAMPLE, PARTIAL, '(二)不分公开');
  assert.match(core.fixAll(ascii).text, /^\| \(二\)部分公开\(区分处理的,只计这一情形,不计其他情形\) +\| 5 /m);
});

test('a label cell holding the row\'s ordinal alone (`| （二） |`, `| 2. |`): said, and the fix writes the label; another row\'s ordinal is read by place without a fix (brk106 #8)', () => {
  const bare = edit(EXAMPLE, PARTIAL, '（二）');
  assert.deepEqual(briefs(bare), ['row-label warning']);
  const [f] = rowLabelOf(bare);
  assert.match(f.message, /行标签只有序号“（二）”.*读作“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行/);
  assert.equal(core.fixAll(bare).text.split('\n').find((l) => l.startsWith('| （二）')), EXAMPLE.split('\n').find((l) => l.includes(PARTIAL)));
  const sub = edit(EXAMPLE, '| 2.重复申请 ', '| 2. ');
  assert.equal(rowLabelOf(sub).length, 1);
  assert.match(core.fixAll(sub).text, /^\| 2\.重复申请 +\| 1 /m);
  const other = edit(EXAMPLE, PARTIAL, '（三）');
  const [g] = rowLabelOf(other);
  assert.match(g.message, /行标签“（三）”不是格式中的标签/);
  assert.equal(g.fix, undefined);
});
