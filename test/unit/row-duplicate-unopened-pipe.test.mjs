// row-duplicate in a table whose rows have no opening pipe (`label | 0 | 0 |`, the layout of corpus seeds/003): a row
// written twice was read once and the other copy ignored without a finding (brk109 #5), where the same copy in a
// Markdown pipe table is said and fixed. The label of such a line is the text before its first pipe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, edit } from '../helpers.mjs';

const SEED = corpusText('seeds/003_7487cbc35b761747.txt');
const REPEAT = '2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n';
const GROUP = '(五)不予处理 | 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n';
const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-duplicate');
const lineNo = (text, line) => text.split('\n').indexOf(line.trimEnd());

test('the seed as it is: no row-duplicate', () => {
  assert.ok(SEED.includes(REPEAT) && SEED.includes(GROUP));
  assert.deepEqual(found(SEED), []);
});

test('a row written twice, one under the other: said, and the fix deletes the copy (the text is the seed again)', () => {
  for (const [row, label] of [[REPEAT, '2.重复申请'], [GROUP, '1.信访举报投诉类申请']]) {
    const text = edit(SEED, row, row + row);
    const [f, ...more] = found(text);
    assert.ok(f, label);
    assert.deepEqual(more, []);
    const first = lineNo(SEED, row);
    assert.deepEqual([f.range.start.line, f.related[0].range.start.line].sort(), [first, first + 1]);
    assert.match(f.message, new RegExp(`^表三“${label}”行写了两次：第 ${f.related[0].range.start.line + 1} 行已有完全相同的一行。请删去这一行（修复会删去它）。`));
    assert.equal(core.applyFixes(text, f.fix.edits).text, SEED, label);
    // --fix does the same, and a second one changes nothing.
    const fixed = core.fixAll(text).text;
    assert.equal(fixed, core.fixAll(SEED).text, label);
    assert.equal(core.fixAll(fixed).text, fixed);
  }
});

test('a copy with other numbers, or apart from the row read: said, no fix', () => {
  const other = edit(SEED, REPEAT, REPEAT + '2.重复申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n');
  const [f] = found(other);
  assert.match(f.message, /^表三“2.重复申请”行写了两次，数字不同：本工具按第 \d+ 行读取/);
  assert.equal(f.fix, undefined);
  const apart = edit(SEED, '4.无正当理由大量反复申请 |', REPEAT + '4.无正当理由大量反复申请 |');
  const [g] = found(apart);
  assert.match(g.message, /两行不相邻/);
  assert.equal(g.fix, undefined);
});
