// Stacks of suppression comments, as `suppressor` now finds the comments that cover a line through an index (the
// line each covers, past the comment lines below it) instead of reading every comment for every finding: a stack of
// 8,000 took 8 to 16 s (brk92 #8; `npm run bench`'s "a stack of comment lines in a table" line measures it). These
// fix the results: the first comment of a stack that names the finding's rule, or names none, is the one used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

// Seed 003: row-label on line 35 (1-based), written as a row of a pipe-less table.
const SEED3 = corpusText('seeds/003_7487cbc35b761747.txt');
/** `text` with `comments` inserted above its 1-based line `line`. */
const above = (text, line, comments) => {
  const l = text.split('\n');
  l.splice(line - 1, 0, ...comments);
  return l.join('\n');
};
const unused = (findings) => findings.filter((f) => f.ruleId === core.UNUSED_DISABLE).map((f) => `${f.range.start.line + 1}`);

test('a stack of disable-next-line comments: the first naming the rule, or naming none, covers the line; the rest are unused', () => {
  assert.ok(core.analyze(SEED3).findings.some((f) => f.ruleId === 'row-label' && f.range.start.line === 34));
  const named = above(SEED3, 35, [
    '<!-- nianbao-disable-next-line column-label -->',
    '<!-- nianbao-disable-next-line row-label -->',
    '<!-- nianbao-disable-next-line -->',
    '<!-- nianbao-disable-next-line row-label -->',
  ]);
  let { findings } = core.analyze(named, { reportUnusedDisable: true });
  assert.ok(!findings.some((f) => f.ruleId === 'row-label' && f.range.start.line === 38));
  // Line 36's row-label comment was used; column-label (no such finding there), the all-rules one and the second
  // row-label one (a later comment for the same finding) were not.
  assert.deepEqual(unused(findings), ['35', '37', '38']);
  // The comment naming no rule first: it is the one used.
  ({ findings } = core.analyze(above(SEED3, 35, ['<!-- nianbao-disable-next-line -->', '<!-- nianbao-disable-next-line row-label -->']), { reportUnusedDisable: true }));
  assert.ok(!findings.some((f) => f.ruleId === 'row-label' && f.range.start.line === 36));
  assert.deepEqual(unused(findings), ['36']);
});

test('a comment below the line, or with a line of text between, covers nothing; a blank line between is passed over', () => {
  const parted = above(SEED3, 35, ['<!-- nianbao-disable-next-line row-label -->', '这是一行说明。']);
  assert.ok(core.analyze(parted).findings.some((f) => f.ruleId === 'row-label' && f.range.start.line === 36));
  const blank = above(SEED3, 35, ['<!-- nianbao-disable-next-line row-label -->', '']);
  assert.ok(!core.analyze(blank).findings.some((f) => f.ruleId === 'row-label' && f.range.start.line === 36));
  const after = above(SEED3, 36, ['<!-- nianbao-disable-next-line row-label -->']);
  assert.ok(core.analyze(after).findings.some((f) => f.ruleId === 'row-label' && f.range.start.line === 34));
});

test('thousands of stacked comments between two rows of a pipe table: each said once, the row below covered', () => {
  const text = corpusText('../../main/examples/errors-2024.nianbao.md');
  // 表二's 规范性文件 (2019's label in a 2021 report: format-mixed) under a stack of 3,000 comments naming it.
  const stacked = text.replace('| 规范性文件 ', `${'<!-- nianbao-disable-next-line format-mixed -->\n'.repeat(3000)}| 规范性文件 `);
  const { findings } = core.analyze(stacked);
  assert.ok(core.analyze(text).findings.some((f) => f.ruleId === 'format-mixed' && /规范性文件/.test(f.message)));
  assert.ok(!findings.some((f) => f.ruleId === 'format-mixed' && /规范性文件/.test(f.message)));
  assert.equal(findings.filter((f) => f.ruleId === 'disable-in-table').length, 3000);
});
