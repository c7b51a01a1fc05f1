// row-duplicate in a space-aligned table whose rows are each set apart by a blank line (pdftotext -layout, corpus
// peers/*huaian*): a row repeated with the usual blank line between was said to be "not adjacent" and got no fix
// (brk109 #8). In such a layout the blank lines between the copy and the row read do not put them apart: the fix
// deletes the copy with the blank line on its side, and the table is as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, edit } from '../helpers.mjs';

const BASE = corpusText('peers/govnianbao_huaian-city_2024.txt');
const ROW = BASE.split('\n').find((l) => l.trim().startsWith('2.重复申请'));
const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-duplicate');

test('the report as it is: no row-duplicate', () => {
  assert.ok(ROW && BASE.includes(`\n${ROW}\n\n`));
  assert.deepEqual(found(BASE), []);
});

test('a copy of the row, the usual blank line between: adjacent, the fix deletes it and the table is as it was', () => {
  for (const text of [edit(BASE, `\n${ROW}\n`, `\n${ROW}\n\n${ROW}\n`)]) {
    const [f, ...more] = found(text);
    assert.ok(f);
    assert.deepEqual(more, []);
    assert.match(f.message, /^表三“2.重复申请”行写了两次：第 \d+ 行已有完全相同的一行。请删去这一行（修复会删去它）。$/);
    assert.doesNotMatch(f.message, /不相邻/);
    assert.equal(core.applyFixes(text, f.fix.edits).text, BASE);
    const fixed = core.fixAll(text).text;
    assert.equal(fixed, BASE);
    assert.equal(core.fixAll(fixed).text, fixed);
  }
});

test('three copies, blank lines between: both extra copies are deleted', () => {
  const text = edit(BASE, `\n${ROW}\n`, `\n${ROW}\n\n${ROW}\n\n${ROW}\n`);
  const all = found(text);
  assert.equal(all.length, 2);
  assert.ok(all.every((f) => f.fix && /写了 3 次/.test(f.message)));
  assert.equal(core.fixAll(text).text, BASE);
});

test('a copy under another row, or with other numbers: no fix, as before', () => {
  const other = BASE.split('\n').find((l) => l.trim().startsWith('4.无正当理由大量反复申请'));
  const apart = edit(BASE, `\n${other}\n`, `\n${other}\n\n${ROW}\n`);
  const [f] = found(apart);
  assert.match(f.message, /两行不相邻/);
  assert.equal(f.fix, undefined);
  const differs = edit(BASE, `\n${ROW}\n`, `\n${ROW}\n\n${ROW.replace(/25$/, '26').replace(/ 25 /, ' 26 ')}\n`);
  const [g] = found(differs);
  assert.match(g.message, /数字不同/);
  assert.equal(g.fix, undefined);
});
