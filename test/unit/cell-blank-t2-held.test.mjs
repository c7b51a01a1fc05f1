// 表二 has no sums to decide a blank cell, and cell-blank's fix wrote 0 into it. Where the prose states the cell's
// count (`现行有效25件`) or 0 would break a relation of the row that count-relations checks (现行有效件数 ≥ 本年制发件数
// − 本年废止件数), that 0 turned a warning into a prose-table error (helper-204 #1). Such a blank is said, with the
// reason, and not filled; a blank nothing speaks for is still filled with 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const findingsOf = (text) => core.checkReport(core.parseReport(text));
const ROW = '| 行政规范性文件 | 3            | 1            | 25           |';
const PROSE = '制发行政规范性文件3件，废止1件，现行有效25件。';

test('the example holds the row and the sentence this test changes', () => {
  assert.ok(EXAMPLE.includes(ROW) && EXAMPLE.includes(PROSE));
  assert.deepEqual(findingsOf(EXAMPLE), []);
});

test('a blank 现行有效件数 the prose gives as 25: said with the prose\'s number, not filled with 0', () => {
  const text = EXAMPLE.replace(ROW, '| 行政规范性文件 | 3            | 1            |              |');
  const found = findingsOf(text);
  assert.deepEqual(found.map((f) => f.ruleId), ['cell-blank']);
  assert.match(found[0].message, /未自动填 0：正文第 11 行写“现行有效25件”，这一格应为 25/);
  assert.equal(found[0].fix, undefined);
  assert.equal(core.fixAll(text).text, text);
});

test('without the prose, a 0 that would make 现行有效 less than 制发 − 废止 is not written either', () => {
  const text = EXAMPLE.replace(ROW, '| 行政规范性文件 | 3            | 1            |              |').replace(PROSE, '');
  const found = findingsOf(text).filter((f) => f.ruleId === 'cell-blank');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /未自动填 0：现行有效件数通常不少于本年制发件数减本年废止件数（3 − 1 = 2）/);
  assert.equal(found[0].fix, undefined);
});

test('a blank that nothing speaks for is still filled with 0, and the fixed text is clean', () => {
  // 本年废止件数 blank, the prose silent on it: 0 keeps 25 ≥ 3 − 0.
  const text = EXAMPLE.replace(ROW, '| 行政规范性文件 | 3            |              | 25           |').replace(PROSE, '制发行政规范性文件3件，现行有效25件。');
  const found = findingsOf(text).filter((f) => f.ruleId === 'cell-blank');
  assert.equal(found.length, 1);
  assert.ok(found[0].fix);
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.includes('| 行政规范性文件 | 3            | 0            | 25           |'), fixed.split('\n').find((l) => l.includes('行政规范性文件 |')));
  assert.deepEqual(findingsOf(fixed), []);
});

test('two blanks the prose gives counts for: each is named with its count (helper-205 #10)', () => {
  const text = EXAMPLE.replace(ROW, '| 行政规范性文件 | 3            |              |              |');
  const found = findingsOf(text).filter((f) => f.ruleId === 'cell-blank');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /未自动填 0：正文写了本年废止件数 1（第 11 行“废止1件”）、现行有效件数 25（第 11 行“现行有效25件”）/);
  assert.equal(found[0].fix, undefined);
});
