// count-relations in the 2021 format (breaker30 #21): 第二十条第（一）项's 现行有效件数 is last year's count in force
// plus 本年制发 less 本年废止 (less what expired), so it is usually not less than 本年制发件数 − 本年废止件数; an info
// at the 现行有效 cell when it is. No real report of the corpus has one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, CORPUS, ROOT, only, edit, slice } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ROW = '| 行政规范性文件 | 3            | 1            | 25           |';

test('count-relations (2021): 现行有效件数 below 本年制发 − 本年废止 is an info at the 现行有效 cell naming the three numbers', () => {
  assert.deepEqual(only(EXAMPLE, 'count-relations').found, []);
  // 5 issued, 1 repealed, only 3 in force (a number in the wrong column): at least 4 should be.
  const text = edit(EXAMPLE, ROW, '| 行政规范性文件 | 5            | 1            | 3            |');
  const { report, found } = only(text, 'count-relations');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity, slice(report, f.range)]), [[36, 'info', '3']]);
  assert.equal(found[0].message, '表二“行政规范性文件”的现行有效件数 3 少于本年制发件数 5 减本年废止件数 1（即 4）：现行有效件数是上一年现行有效的加本年制发、减本年废止的，通常不少于 4，请核对这三个数（是否填错了列）。');
  assert.deepEqual(found[0].related.map((r) => slice(report, r.range)), ['5', '1']);
  assert.equal(found[0].fix, undefined);
  const en = core.analyze(text, { locale: 'en' }).findings.filter((f) => f.ruleId === 'count-relations');
  assert.match(en[0].message, /^表二 row “行政规范性文件”: 现行有效件数 3 is less than 本年制发件数 5 minus 本年废止件数 1 \(4\)/);
  // Exactly 本年制发 − 本年废止 in force (none last year), or more repealed than issued: nothing.
  assert.deepEqual(only(edit(EXAMPLE, ROW, '| 行政规范性文件 | 5            | 1            | 4            |'), 'count-relations').found, []);
  assert.deepEqual(only(edit(EXAMPLE, ROW, '| 行政规范性文件 | 1            | 6            | 0            |'), 'count-relations').found, []);
  // The 规章 row too; a blank cell is not read as 0.
  const rules = only(edit(EXAMPLE, '| 规章           | 0            | 0            | 0            |', '| 规章           | 2            | 0            | 1            |'), 'count-relations').found;
  assert.deepEqual(rules.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[35, undefined, undefined]]);
  assert.deepEqual(only(edit(EXAMPLE, ROW, '| 行政规范性文件 | 5            | 1            |              |'), 'count-relations').found, []);
});

test('count-relations (2021): no real report of the corpus is flagged', () => {
  const names = ['seeds', 'peers'].flatMap((d) => readdirSync(join(CORPUS, d)).filter((f) => f.endsWith('.txt')).map((f) => `${d}/${f}`));
  assert.ok(names.length >= 10);
  for (const name of names) assert.deepEqual(only(corpusText(name), 'count-relations').found.map((f) => f.message), [], name);
});
