// brk91 #1: a fix that inserts or reorders lines kept a `<!-- nianbao-disable-next-line … -->` comment where it was, so
// that it covered another line: row-missing inserted 表三's row 4 between row 3, which ended with the comment, and row
// 5, the row it kept as written; the comment then covered the new row and the next fix-all pass rewrote row 5's
// label (row-order's swap of two rows did the same). The comment now stays right above the line it covered.
// Base: examples/correct-2024.nianbao.md (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = CORRECT.split('\n');
const at = (prefix) => lines.findIndex((l) => l.startsWith(prefix));
const ROW3 = at('| 3.要求提供公开出版物'), ROW4 = at('| 4.无正当理由大量反复申请'), ROW5 = at('| 5.要求行政机关确认');
const COMMENT = '<!-- nianbao-disable-next-line row-label -- 原表如此 -->';
/** Row 5's label as the original table wrote it (以获取, kept by the comment). */
const row5 = lines[ROW5].replace('已获取信息', '以获取信息');
const ruleIds = (text) => core.analyze(text).findings.map((f) => f.ruleId);

test('row-missing: the row inserted below a row ending with a disable-next-line comment takes the comment, which still covers the row it kept', () => {
  const text = lines.flatMap((l, i) => (i === ROW4 ? [] : i === ROW3 ? [`${l} ${COMMENT}`] : i === ROW5 ? [row5] : [l])).join('\n');
  assert.deepEqual(ruleIds(text), ['row-missing']);
  const [f] = core.analyze(text).findings;
  const fixed = core.applyFixes(text, f.fix.edits).text.split('\n');
  // Row 3 as it was, the new row 4 with the comment, then row 5 as written.
  assert.equal(fixed[ROW3], lines[ROW3]);
  assert.ok(fixed[ROW4].startsWith('| 4.无正当理由大量反复申请') && fixed[ROW4].endsWith(` ${COMMENT}`), fixed[ROW4]);
  assert.equal(fixed[ROW5], row5);
  // fix-all to the end: row 5's label is never rewritten, and nothing is reported on it.
  const all = core.fixAll(text).text;
  assert.ok(all.includes(row5));
  assert.ok(!ruleIds(all).includes('row-label'));
});

// (A guard: this case was right before, the row going in below row 3, above the comment line.)
test('row-missing: the row inserted below a disable-next-line comment on its own line goes above the comment', () => {
  const text = lines.flatMap((l, i) => (i === ROW4 ? [] : i === ROW5 ? [COMMENT, row5] : [l])).join('\n');
  const f = core.analyze(text).findings.find((x) => x.ruleId === 'row-missing');
  const fixed = core.applyFixes(text, f.fix.edits).text.split('\n');
  assert.ok(fixed[ROW4].startsWith('| 4.无正当理由大量反复申请'), fixed[ROW4]);
  assert.deepEqual([fixed[ROW4 + 1], fixed[ROW4 + 2]], [COMMENT, row5]);
});

test('row-order: two rows swapped under a row ending with a disable-next-line comment: the comment moves with the row it covered', () => {
  const G3 = at('| 三、本年度办理结果'), R1 = at('| （一）予以公开'), R2 = at('| （二）部分公开');
  const misspelled = lines[R2].replace('部分公开', '不分公开');
  const text = lines.map((l, i) => (i === G3 ? `${l} ${COMMENT}` : i === R1 ? misspelled : i === R2 ? lines[R1] : l)).join('\n');
  assert.deepEqual(ruleIds(text), ['row-order']);
  const fixed = core.fixAll(text).text.split('\n');
  assert.equal(fixed[G3], lines[G3]);
  assert.equal(fixed[R1], `${lines[R1]} ${COMMENT}`);
  assert.equal(fixed[R2], misspelled);
  assert.deepEqual(ruleIds(fixed.join('\n')), []);
});

test('keepNextLineDirectives leaves a fix alone when no comment is above its lines', () => {
  const text = lines.filter((_, i) => i !== ROW4).join('\n');
  const f = core.analyze(text).findings.find((x) => x.ruleId === 'row-missing');
  const fixed = core.applyFixes(text, f.fix.edits).text;
  assert.equal(fixed, CORRECT.replace(lines[ROW4], fixed.split('\n')[ROW4]));
});
