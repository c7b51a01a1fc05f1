// row-duplicate: a template row written twice in a pipe table is read once, and the copy takes part in no sum unseen
// (the table row-order work found duplicated 表三 rows passed silently). Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = correct.split('\n');
const partial = lines.findIndex((l) => l.startsWith('| （二）部分公开'));
const at = (i, line) => [...lines.slice(0, i), line, ...lines.slice(i)].join('\n');
const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-duplicate');

test('the same row pasted twice, one under the other: a warning on the copy; the fix deletes it and the text is the original', () => {
  const text = at(partial + 1, lines[partial]);
  const all = core.analyze(text).findings;
  // Two equal lines side by side: one is read, the other is the copy (which one does not change the text).
  assert.deepEqual(all.map((f) => f.ruleId), ['row-duplicate']);
  const [f] = all;
  const read = f.related[0].range.start.line;
  assert.deepEqual([f.range.start.line, read].sort(), [partial, partial + 1]);
  assert.equal(f.severity, 'warning');
  assert.match(f.message, new RegExp(`^表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行写了两次：第 ${read + 1} 行已有完全相同的一行。请删去这一行`));
  assert.equal(core.applyFixes(text, f.fix.edits).text, correct);
  assert.equal(core.fixAll(text).text, correct);
});

test('a copy with other numbers, or apart from the row read: said with the line read, no fix', () => {
  const other = at(partial + 1, lines[partial].replace(/\| 6(\s+)\|/, '| 7$1|'));
  assert.notEqual(other, at(partial + 1, lines[partial]));
  const [f] = found(other);
  assert.match(f.message, /写了两次，数字不同：本工具按第 \d+ 行读取(?:（[^）]*）)?，这一行不参加任何合计/);
  assert.equal(f.fix, undefined);
  const apart = at(partial + 4, lines[partial]);
  const [g] = found(apart);
  assert.equal(g.range.start.line, partial + 4);
  assert.match(g.message, /两行不相邻，不能确定哪一行放错了位置/);
  assert.equal(g.fix, undefined);
});

test('not said: the example as it is, and a 表三 printed as two tables one under the other (each repeats the labels)', () => {
  assert.deepEqual(found(correct), []);
  for (const f of ['split-bare-blank-rows.md', 'split-bare-columns.md', 'split-continued-labels.md']) {
    const text = readFileSync(join(ROOT, 'test/fixtures/t3-split', f), 'utf8');
    assert.ok(core.parseReport(text).tables.t3.split, f);
    assert.deepEqual(found(text), [], f);
  }
});

test('breaker18: in tab-separated and space-aligned tables too (their reports in test/fixtures/row-duplicate-text-layouts/)', () => {
  const read = (f) => readFileSync(join(ROOT, 'test/fixtures/row-duplicate-text-layouts', f), 'utf8');
  for (const f of ['tab-equal.txt', 'space-equal.txt']) {
    const text = read(f);
    const t3 = found(text).filter((x) => x.message.startsWith('表三'));
    assert.equal(t3.length, 1, f);
    assert.match(t3[0].message, /^表三“2\.重复申请”行写了两次：第 \d+ 行已有完全相同的一行/, f);
    const fixed = core.fixAll(text).text;
    assert.deepEqual(found(fixed), [], f);
    assert.equal(fixed.split('\n').filter((l) => l.startsWith('2.重复申请')).length, 1, f);
    assert.equal(text.split('\n').length - fixed.split('\n').length, found(text).length, `${f}: one line deleted per copy`);
  }
  const [d, ...rest] = found(read('tab-different.txt'));
  assert.deepEqual(rest, []);
  assert.match(d.message, /^表三“2\.重复申请”行写了两次，数字不同：本工具按第 \d+ 行读取/);
  assert.equal(d.fix, undefined);
});

test('breaker19: three equal rows in a run are two copies, both deleted by fix-all; a comment after the last cell is no different number', () => {
  const three = [...lines.slice(0, partial), lines[partial], lines[partial], ...lines.slice(partial)].join('\n');
  const fs = found(three);
  assert.equal(fs.length, 2);
  for (const f of fs) assert.ok(f.fix, f.message);
  // Said as written three times, not twice (brk108 #6); a row written twice is still said so.
  for (const f of fs) assert.match(f.message, /行写了 3 次：/);
  assert.match(core.analyze(three, { locale: 'en' }).findings.find((f) => f.ruleId === 'row-duplicate').message, /is written 3 times:/);
  assert.match(found(at(partial + 1, lines[partial]))[0].message, /行写了两次：/);
  assert.equal(core.fixAll(three).text, correct);
  const commented = at(partial + 1, `${lines[partial]} <!-- 数据待核实 -->`);
  const [g] = found(commented);
  assert.match(g.message, /已有完全相同的一行/);
});

// helper-204 #7: with two copies of different numbers, the second one was read whatever they said; when it was the wrong
// one, sum-results and prose-table sent the author looking for a wrong sub-item elsewhere. The copy that makes 表三 add
// up is read, before or after the other, and the message says so.
test('a copy with other numbers: the copy that makes 表三 add up is read, in either order, and no sum finding follows', () => {
  const row = lines.findIndex((l) => l.startsWith('| 2.重复申请'));
  const wrong = lines[row].replace(/\| 1(\s+)\| 0(\s+)\|/, '| 2$1| 0$2|').replace(/\| 2(\s+)\|$/, '| 3$1|');
  assert.notEqual(wrong, lines[row]);
  for (const [name, text, readLine] of [
    ['wrong copy after', at(row + 1, wrong), row],
    ['wrong copy before', at(row, wrong), row + 1],
  ]) {
    const all = core.analyze(text).findings;
    assert.deepEqual(all.map((f) => f.ruleId), ['row-duplicate'], `${name}: ${all.map((f) => f.message).join('\n')}`);
    assert.match(all[0].message, new RegExp(`数字不同：本工具按第 ${readLine + 1} 行读取（按这一行，表三的各项合计都成立）`), name);
    assert.equal(all[0].related[0].range.start.line, readLine, name);
  }
});

// brk94 #4: each copy of a row pasted thousands of times read the whole run between it and the row read again (10,000
// copies: 4.7 s, 20,000: 15 s); the run is read once now. The copies of a run are still each a copy with a fix, and a
// copy past a line that breaks the run is apart (no fix).
test('a row pasted many times: every copy of the run is said with a fix; one past a different line is apart', () => {
  const many = [...lines.slice(0, partial), ...Array(300).fill(lines[partial]), ...lines.slice(partial)].join('\n');
  const fs = found(many);
  assert.equal(fs.length, 300);
  assert.ok(fs.every((f) => f.fix));
  assert.equal(core.fixAll(many).text, correct);
  // A different row in the middle of the run: the copies after it are not next to the row read.
  const broken = [...lines.slice(0, partial), ...Array(5).fill(lines[partial]), lines[partial - 1], ...Array(5).fill(lines[partial]), ...lines.slice(partial)].join('\n');
  const bs = found(broken).filter((f) => f.message.startsWith('表三“（二）部分公开'));
  assert.equal(bs.length, 10);
  assert.equal(bs.filter((f) => f.fix).length, 5);
});
