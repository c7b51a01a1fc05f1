// One cell per line with a pipe after each (`0 |`, corpus seed 001, a web page's table turned into text): a cell
// left empty is a line of a space and the pipe (` |`). It was read as no cell at all, so the row had one value too
// few (a cell-count error, the row's sums skipped, the prose check of 表三 lost: breaker47 #6). Now a blank cell, as
// `| |` is in a pipe row; a pipe alone at the line's start (`|`, `|||`: a row's end, a merged header) stays no cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

const SEED1 = corpusText('seeds/001_417062a3286660b0.txt');
/** Seed 001 with the 商业企业 cell (the 2nd value) of `1.属于国家秘密` written ` |`. */
function blanked() {
  const lines = SEED1.split('\n');
  const label = lines.findIndex((l) => l.startsWith('1.属于国家秘密'));
  assert.ok(label > 0);
  assert.match(lines[label + 2], /^\d+ \|$/);
  lines[label + 2] = ' |';
  return { text: lines.join('\n'), line: label + 2 };
}

test('a ` |` line in a cell-per-line table is a blank cell: cell-blank at it (not cell-count), the seed\'s findings otherwise', () => {
  const { text, line } = blanked();
  const seed = core.analyze(SEED1).findings.map((f) => `${f.range.start.line} ${f.ruleId}`);
  const { findings } = core.analyze(text);
  const blank = findings.filter((f) => f.ruleId === 'cell-blank');
  assert.equal(blank.length, 1);
  assert.equal(blank[0].range.start.line, line);
  assert.match(blank[0].message, /1 个空白单元格（商业企业）/);
  assert.ok(!findings.some((f) => f.ruleId === 'cell-count'), findings.map((f) => f.ruleId).join());
  // The seed's own findings (its prose error 不予公开1件 among them) are all still there.
  assert.deepEqual(findings.filter((f) => f.ruleId !== 'cell-blank').map((f) => `${f.range.start.line} ${f.ruleId}`), seed);
});

test('the fix of that blank writes `0 |` (the layout\'s own form), after which the text checks as the seed does', () => {
  const { text, line } = blanked();
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split('\n')[line], '0 |');
  assert.equal(fixed.split('\n').length, text.split('\n').length);
  assert.deepEqual(core.analyze(fixed).findings.filter((f) => f.ruleId !== 'section-title').map((f) => f.ruleId), core.analyze(SEED1).findings.filter((f) => f.ruleId !== 'section-title').map((f) => f.ruleId));
});

test('a pipe alone at the start of a line (`|`, `||`) is still no cell: seed 001 as it is has no cell-blank or cell-count', () => {
  assert.ok(/^\|$/m.test(SEED1) && /^\|\|\|$/m.test(SEED1), 'the seed has such lines');
  const ids = core.analyze(SEED1).findings.map((f) => f.ruleId);
  assert.ok(!ids.includes('cell-blank') && !ids.includes('cell-count'), ids.join());
});
