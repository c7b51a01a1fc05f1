// brk163 #4: cell-blank on a 表二 row with a blank 本年废止件数 said “空白不等于 0” and then computed the bound with that
// blank as 0 (“现行有效件数通常不少于本年制发件数减本年废止件数（12 − 0 = 12）”), as if the 0 were the row's. A figure
// computed with a blank cell's 0 is now said as what the row would be if the blanks were written as 0; a bound from
// written cells only (现行有效件数 the one blank) is said as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const EX2024 = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const EX2018 = readFileSync(join(ROOT, 'examples/errors-2018.nianbao.md'), 'utf8');
const ROW = '| 行政规范性文件 | 3            | 1            | 25           |';
const PROSE = '制发行政规范性文件3件，废止1件，现行有效25件。';
const blankOf = (text, locale) => core.analyze(text, locale ? { locale } : undefined).findings.filter((f) => f.ruleId === 'cell-blank');

test('cell-blank: a blank 本年废止件数 (and 现行有效件数) under 本年制发件数 12: the figure is said as the blanks written as 0, not as the row\'s', () => {
  const text = edit(edit(EX2024, ROW, '| 行政规范性文件 | 12           |              |              |'), PROSE, '');
  const [f, ...more] = blankOf(text);
  assert.equal(more.length, 0);
  assert.equal(f.fix, undefined);
  assert.match(f.message, /空白不等于 0/);
  assert.match(f.message, /未自动填 0：现行有效件数通常不少于本年制发件数减本年废止件数，而空白都填 0 的话，现行有效件数 0 少于 12 − 0 = 12，请对照原表填写。/);
  assert.doesNotMatch(f.message, /（12 − 0 = 12）/);
  // With 现行有效件数 written (5) and only 本年废止件数 blank, likewise.
  const one = edit(edit(EX2024, ROW, '| 行政规范性文件 | 12           |              | 5            |'), PROSE, '');
  assert.match(blankOf(one)[0].message, /而空白都填 0 的话，现行有效件数 5 少于 12 − 0 = 12/);
});

test('cell-blank: a blank 对外公开总数量 or 上一年项目数量 in a 2019-format 表二: the 0 is said as hypothetical too', () => {
  const published = edit(EX2018, '| 规章       | 0              | 0              | 0              |', '| 规章       | 0              | 5              |                |');
  const [p] = blankOf(published);
  assert.equal(p.fix, undefined);
  assert.match(p.message, /本年新公开数量不大于对外公开总数量，而空白都填 0 的话，为 5 > 0/);
  const negative = edit(EX2018, '| 行政许可             | 0              | 0         | 0            |', '| 行政许可             |                | -3        | 0            |');
  const [n] = blankOf(negative);
  assert.equal(n.fix, undefined);
  assert.match(n.message, /上一年项目数量加本年增\/减不会为负，而空白都填 0 的话，为 0 \+ \(-3\) = -3/);
});
