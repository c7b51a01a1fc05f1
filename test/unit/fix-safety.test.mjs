// Fixes never spread an error: a total is not set to match one wrong cell, a blank or missing row is filled with
// what the table's sums decide (not a 0 that makes the totals look wrong). Reproductions from a user's test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = correct.split('\n');
const at = (re) => lines.findIndex((l) => re.test(l));
const edit = (re, f) => { const l = [...lines]; const i = at(re); l[i] = f(l[i]); return l.join('\n'); };
const errors = (text) => core.analyze(text).findings.filter((f) => f.severity === 'error').map((f) => f.ruleId).sort();

test('a blank cell that the row total decides is filled with that value, and fixing leaves the report correct', () => {
  const text = edit(/^\| （一）予以公开/, (l) => l.replace('| 21     |', '|        |'));
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split('\n')[at(/^\| （一）予以公开/)].replace(/\s+/g, ''), lines[at(/^\| （一）予以公开/)].replace(/\s+/g, ''));
  assert.deepEqual(errors(fixed), []);
});

test('one wrong cell: the totals are not rewritten to match it (two errors before and after fixing)', () => {
  const text = edit(/^\| （一）予以公开/, (l) => l.replace('| 21     |', '| 22     |'));
  assert.deepEqual(errors(text), ['sum-applicants', 'sum-results']);
  const { findings } = core.analyze(text);
  assert.ok(findings.filter((f) => f.ruleId.startsWith('sum-')).every((f) => !f.fix), 'no total-setting fix offered');
  assert.deepEqual(errors(core.fixAll(text).text), ['sum-applicants', 'sum-results']);
});

// Found by a third fresh user: the numbers the column sums decide took in a typo elsewhere in those columns (a
// deleted row and a wrong number in another row: the fixed table added up around the typo and checked clean). A run
// of fixes leaves the row it put back blank; row-missing's fix of the blank row writes what the sums give, for the
// author to check first (brk106 #10: with a typo in the columns, a failing sum, there is none).
test('a missing result row is inserted blank; the message names the numbers the column sums give, to be checked', () => {
  const text = lines.filter((l) => !/^\| （一）予以公开/.test(l)).join('\n');
  assert.deepEqual(errors(text), ['row-missing']);
  const [f] = core.analyze(text).findings.filter((x) => x.ruleId === 'row-missing');
  assert.match(f.message, /修复插入空白行，请对照原表填写（按各列合计推算为 自然人 21、商业企业 2、科研机构 0、社会公益组织 0、法律服务机构 1、其他 0、总计 24，仅当表中其他数都无误时才对）/);
  const run = core.fixAll(text);
  const fixed = run.text;
  assert.match(fixed, /\| （一）予以公开 +\|( +\|){7}/);
  assert.deepEqual(run.withheld.map((x) => [x.ruleId, x.data.row]), [['row-missing', 'R3.1']]);
  // Still an error of row-missing (a row with no number at all), which names the same numbers, and whose fix writes them.
  const after = core.analyze(fixed).findings;
  assert.deepEqual(after.filter((x) => x.ruleId === 'cell-blank'), []);
  const blank = after.filter((x) => x.ruleId === 'row-missing');
  assert.equal(blank.length, 1);
  assert.match(blank[0].message, /整行空白）。按各列合计，这一行应为 自然人 21、商业企业 2、科研机构 0、社会公益组织 0、法律服务机构 1、其他 0、总计 24，修复按此填入；仅当表中其他数都无误时才对/);
  assert.deepEqual(blank[0].fix.edits.map((e) => e.newText.trim()), ['21', '2', '0', '0', '1', '0', '24']);
  assert.equal(core.fixAll(fixed).text, correct);
});

test('a missing row whose numbers cannot be decided is inserted with blank cells, not zeros', () => {
  // Two result rows gone: the column sums no longer decide either one.
  const text = lines.filter((l) => !/^\| （一）予以公开|^\| （二）部分公开/.test(l)).join('\n');
  const fixed = core.fixAll(text).text;
  assert.match(fixed, /\| （一）予以公开 +\|( +\|){7}/);
  assert.ok(!/\| （一）予以公开 +\| 0 +\|/.test(fixed));
});

test('the 2018 example: fixing does not set （七）总计 to the results when that breaks the balance', () => {
  const text = readFileSync(join(ROOT, 'examples/errors-2018.nianbao.md'), 'utf8');
  const before = core.analyze(text).findings.filter((f) => f.ruleId === 'sum-results');
  assert.ok(before.length && before.every((f) => !f.fix));
  assert.ok(!errors(core.fixAll(text).text).includes('sum-balance'));
});

test('words in a value cell of a pipe row are that cell, not a label: number-invalid there, no column shift', () => {
  for (const v of ['21（含1件转办）', '二十一', '(21)', '21*', '2 1']) {
    const text = edit(/^\| （一）予以公开/, (l) => l.replace('| 21     |', `| ${v} |`));
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId), ['number-invalid'], v);
    assert.match(findings[0].message, new RegExp(v.replace(/[()*]/g, '\\$&')));
  }
});

test('prose after 表四 in its own section is checked against the tables', () => {
  const text = correct.replace('全年因政府信息公开被申请行政复议3件', '全年因政府信息公开被申请行政复议4件');
  assert.deepEqual(errors(text), ['prose-table']);
});

test('blank cells the row totals cannot decide stay blank, and the finding says why', () => {
  // Two blanks in （一）予以公开 (21 and 2) with its 总计 24: the remaining 1 cannot be split between them.
  const text = edit(/^\| （一）予以公开/, (l) => l.replace('| 21     |', '|        |').replace(/\| 2 +\|/, '|   |'));
  const blank = core.analyze(text).findings.find((f) => f.ruleId === 'cell-blank');
  assert.ok(blank, 'cell-blank reported');
  assert.equal(blank.fix, undefined);
  assert.match(blank.message, /未自动填写：行中的合计定不出这些格的数/);
  assert.equal(core.fixAll(text).text.split('\n')[at(/^\| （一）予以公开/)], text.split('\n')[at(/^\| （一）予以公开/)]);
  // A blank the total decides keeps its fix and says nothing of the kind.
  const one = core.analyze(edit(/^\| （一）予以公开/, (l) => l.replace('| 21     |', '|        |'))).findings.find((f) => f.ruleId === 'cell-blank');
  assert.ok(one.fix);
  assert.doesNotMatch(one.message, /未自动填写/);
});
