// prose-table against a 表三 row read with more numbers than columns (helper-213 #4): which cell is the total cannot be
// told (cell-count says the row is wrong), so the prose is not compared with it. `正文“予以公开24件”与表三的予以公开 0 不同`
// blamed correct prose for a cell read a column off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ROW = /^\| （一）予以公开 +\| 21 +\| 2 +\|/m;

test('a row with a number too many is cell-count\'s; the prose is not compared with it', () => {
  assert.match(example, ROW);
  const text = example.replace(ROW, (m) => `${m} 2 |`);
  const ids = core.analyze(text).findings.map((f) => f.ruleId);
  assert.ok(ids.includes('cell-count'), ids.join());
  assert.ok(!ids.includes('prose-table'), ids.join());
});

test('prose that contradicts a row read right is still said', () => {
  const text = example.replace('其中予以公开24件', '其中予以公开25件');
  assert.notEqual(text, example);
  const prose = core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');
  assert.equal(prose.length, 1);
  assert.match(prose[0].message, /予以公开/);
});
