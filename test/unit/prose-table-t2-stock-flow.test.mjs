// prose-table on a 表二 count of 规章 or 行政规范性文件 when last year's report is known (brk183 #3): the stock-flow
// relation (现行有效 = 上年现行有效 + 本年制发 − 本年废止) tells which of the prose and the table holds the typo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

// examples/correct-2024.nianbao.md: prose `制发行政规范性文件3件，废止1件，现行有效25件。`, 表二 行政规范性文件 3 | 1 | 25.
const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const PROSE = '制发行政规范性文件3件，废止1件，现行有效25件。';
const ROW = '| 行政规范性文件 | 3            | 1            | 25           |';
/** Last year's report (2023) of the same body, its 行政规范性文件 in force `inForce`. */
const lastYear = (inForce) => core.parseReport(edit(edit(BASE.replaceAll('2024', '2023'), ROW, ROW.replace('25', String(inForce))), PROSE, PROSE.replace('25', String(inForce))));
/** The prose-table findings on 表二 of `text`, checked with last year's report `previous` (or none). */
const t2Findings = (text, previous) => core.analyze(text, previous ? { previous } : {}).findings.filter((f) => f.ruleId === 'prose-table' && /^T2\./.test(f.data.quantity));

test('the relation holds with the table\'s 现行有效 and not with the prose\'s: the prose is wrong, and fixed', () => {
  // The brk183 case: prose 26, 表二 25, last year 23 + 3 − 1 = 25.
  const text = edit(BASE, PROSE, PROSE.replace('25', '26'));
  const [f, ...more] = t2Findings(text, lastYear(23));
  assert.equal(more.length, 0);
  assert.deepEqual([f.actual, f.expected, f.severity, f.fix?.edits[0].newText], [26, 25, 'error', '25']);
  assert.doesNotMatch(f.message, /没有勾稽关系/);
  assert.match(f.message, /23 \+ 本年制发 3 − 本年废止 1 = 25/);
  assert.match(f.message, /错的是正文/);
  // Last year's cell is a related location in last year's report.
  assert.ok(f.related.some((r) => r.report === 'previous'));
});

test('the same for 本年制发: the table\'s 3 keeps the relation, the prose\'s 4 does not', () => {
  const text = edit(BASE, PROSE, PROSE.replace('3件', '4件'));
  const [f] = t2Findings(text, lastYear(23));
  assert.deepEqual([f.actual, f.expected, f.severity, f.fix?.edits[0].newText], [4, 3, 'error', '3']);
  assert.match(f.message, /23 \+ 本年制发 3 − 本年废止 1 = 25/);
});

test('the relation holds with the prose\'s number and not the table\'s: the table is the likely typo (info, no fix)', () => {
  // prose 25, 表二 26, last year 23: 23 + 3 − 1 = 25.
  const text = edit(BASE, ROW, ROW.replace('25', '26'));
  const [f] = t2Findings(text, lastYear(23));
  // (expected is the prose's 25, which the message says is right, as for the other infos that blame the table: brk186 #9.)
  assert.deepEqual([f.actual, f.expected, f.severity, f.fix], [25, 25, 'info', undefined]);
  assert.match(f.message, /很可能是表二的.*填错了（应为 25）/);
  assert.match(f.message, /未自动修改/);
});

test('without last year\'s report, or when the relation holds with neither, the message is today\'s (no fix)', () => {
  const text = edit(BASE, PROSE, PROSE.replace('25', '26'));
  for (const previous of [null, lastYear(20)]) {
    const [f] = t2Findings(text, previous);
    assert.deepEqual([f.actual, f.expected, f.severity, f.fix], [26, 25, 'error', undefined]);
    assert.match(f.message, /表二没有勾稽关系可以核对/);
  }
});
