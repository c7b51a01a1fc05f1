// 表三 in a pipe table with a row's numbers on a line of their own, no label, read as no row (a PDF's scattered
// layout with two rows swapped; a row moved with its label cell emptied): row-missing filled the row from the column
// totals with those very numbers and left the unlabeled line, so the figures stood twice (brk148 #7). The finding
// names that line and inserts nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, corpusText } from '../helpers.mjs';

const missing = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
/** `text` with the lines `a` and `b` (each once, `b` right under `a`) swapped. */
function swap(text, a, b) {
  const lines = text.split('\n');
  const i = lines.indexOf(a);
  assert.ok(i >= 0 && lines[i + 1] === b && lines.indexOf(a, i + 1) < 0);
  [lines[i], lines[i + 1]] = [b, a];
  return lines.join('\n');
}

test('brk148 #7: 上海市科委 2024 (scattered layout), `| 4 |…| 4 |` swapped above 8.属于行政查询事项: the line is named, no row is inserted', () => {
  const base = corpusText('peers/kiro_shanghai-stcsm_2024.txt');
  assert.deepEqual(missing(base), [], 'the peer report as it is reads the line as 1.本机关不掌握相关政府信息');
  const values = '| 4 | 0 | 0 | 0 | 0 | 0 | 4 |';
  const text = swap(base, '| 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', values);
  const at = text.split('\n').indexOf(values);
  const found = missing(text);
  assert.equal(found.length, 1);
  assert.equal(found[0].data.row, 'R3.4.1');
  assert.match(found[0].message, new RegExp(`第 ${at + 1} 行有一行没有行名的数（4、0、0、0、0、0、4）`));
  assert.equal(found[0].fix, undefined, 'no row inserted: the figures would be there twice');
  assert.equal(found[0].related[0].range.start.line, at);
  // Two --fix runs leave the numbers once.
  const once = core.fixAll(text).text;
  const twice = core.fixAll(once).text;
  assert.equal(twice.split('\n').filter((l) => /^\|[^|]*\| 4 \| 0 \| 0 \| 0 \| 0 \| 0 \| 4 \|$/.test(l)).length, 1, 'the figures once');
  assert.ok(!twice.includes('1.本机关不掌握相关政府信息 |'), 'no row of that label written by the fix');
});

test('brk148 #7: an aligned pipe table, a row moved up with its label cell emptied: said with its line, not inserted blank and filled', () => {
  const base = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8').split('\n');
  const i = base.findIndex((l) => l.startsWith('| 1.本机关不掌握相关政府信息'));
  const moved = base[i].replace(/^\|[^|]*\|/, '|  |');
  const lines = [...base];
  lines.splice(i, 1);
  const j = lines.findIndex((l) => l.startsWith('| 7.属于行政执法案卷'));
  lines.splice(j, 0, moved);
  const text = lines.join('\n');
  const found = missing(text);
  assert.equal(found.length, 1);
  assert.match(found[0].message, new RegExp(`第 ${j + 1} 行有一行没有行名的数（5、1、0、0、0、0、6）.*“1.本机关不掌握相关政府信息”`));
  assert.equal(found[0].fix, undefined);
  assert.equal(core.fixAll(core.fixAll(text).text).text.split('\n').filter((l) => /\| 5 +\| 1 +\| 0 +\| 0 +\| 0 +\| 0 +\| 6 +\|$/.test(l)).length, 1, 'the figures once');
});

test('brk148 #7: with no such line, a missing 表三 row is still inserted as before', () => {
  const base = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8').split('\n');
  const text = base.filter((l) => !l.startsWith('| 1.本机关不掌握相关政府信息')).join('\n');
  const found = missing(text);
  assert.equal(found.length, 1);
  assert.ok(found[0].fix, 'inserted');
  assert.doesNotMatch(found[0].message, /没有行名的数/);
});
