// row-missing where the row is in its place but its label could not be read (garbled, `锟斤拷锟`, or split over two
// lines, `| 行政事业 | 12.5 |` over `| 性收费 | |`): it said the row was missing and its fix inserted a second one.
// It now says the row at that place could not be read as that row, and offers no fix. Base: correct-2024 (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const rowMissing = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
const lineOf = (text, s) => text.split('\n').findIndex((l) => l.startsWith(s));

test('a garbled 表二 label in the row\'s place: said unread there, not missing; no row inserted', () => {
  const text = edit(CORRECT, '| 行政处罚 | 86               |', '| 锟斤拷锟 | 86               |');
  const [f, more] = rowMissing(text);
  assert.ok(f && !more);
  assert.equal(f.data.row, 'T2.5');
  assert.equal(f.fix, undefined);
  assert.doesNotMatch(f.message, /缺少/);
  assert.match(f.message, /“行政处罚”行所在的位置（第 \d+ 行）有一行，但它的行标签“锟斤拷锟”无法辨认（可能是乱码），未能读作“行政处罚”行/);
  assert.equal(f.range.start.line, lineOf(text, '| 锟斤拷锟'));
});

test('a 表二 label split over two lines: said as such, not missing; no row inserted', () => {
  const text = edit(CORRECT, '| 行政事业性收费 | 12.5                       |', '| 行政事业 | 12.5                       |\n| 性收费 |                            |');
  const [f, more] = rowMissing(text);
  assert.ok(f && !more);
  assert.equal(f.data.row, 'T2.7');
  assert.equal(f.fix, undefined);
  assert.match(f.message, /行标签断成了两行（“行政事业”、“性收费”），未能读作“行政事业性收费”行/);
  assert.equal(f.range.start.line, lineOf(text, '| 行政事业 |'));
  const en = core.checkReport(core.parseReport(text), { locale: 'en' }).find((x) => x.ruleId === 'row-missing');
  assert.match(en.message, /split over two lines \(“行政事业”, “性收费”\)/);
});

test('a row really missing (its place empty) is still said missing and inserted', () => {
  const text = edit(CORRECT, '| 行政处罚 | 86               |\n', '');
  const [f] = rowMissing(text);
  assert.match(f.message, /^表二缺少第二十条第（六）项的“行政处罚”行。/);
  assert.ok(f.fix);
});
