// 表二: the other format's name of a row, misspelled (`观范性文件`, 2019's 规范性文件, in a 2021 report): that row, its
// numbers read and checked, row-label with a fix to the report format's label (brk148 #1). It was read as no row:
// row-missing, whose fix added a blank 行政规范性文件 row beside the real figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, toTabs, toSpaces, toCells } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const row = (report, id) => report.tables.t2.rows.find((r) => r.id === id);

test('brk148 #1: 观范性文件 / 规范性文伴 in a 2021 表二 is the 行政规范性文件 row: read, said by row-label, fixed clean', () => {
  for (const [layout, write] of [['pipe', (t) => t], ['tabs', toTabs], ['spaces', toSpaces], ['one cell per line', toCells]]) {
    const base = write(CORRECT);
    const want = row(core.parseReport(base), 'T2.2').cells.map((c) => c?.value);
    assert.deepEqual(want, [3, 1, 25], layout);
    for (const typo of ['观范性文件', '规范性文伴']) {
      // (The table's row, not the prose's 制发行政规范性文件3件.)
      const text = base.replace(/(?<!制发)行政规范性文件/, typo);
      assert.notEqual(text, base);
      const { report, findings } = core.analyze(text);
      assert.deepEqual(findings.map((f) => f.ruleId), ['row-label'], `${layout}, ${typo}: ${findings.map((f) => f.message).join('\n')}`);
      assert.match(findings[0].message, new RegExp(`“${typo}”.*应为“行政规范性文件”.*2019 年格式的行名“规范性文件”`));
      assert.deepEqual(row(report, 'T2.2').cells.map((c) => c?.value), want, `${layout}, ${typo}: the row's numbers are read`);
      const fixed = core.fixAll(text).text;
      assert.equal(fixed.split('\n').filter((l) => l.includes('规范性文件') && !l.includes('制发')).length, 1, `${layout}, ${typo}: one row, renamed, none added`);
      assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), [], `${layout}, ${typo}: clean after --fix`);
    }
  }
});

test('brk148 #1: the misspelled row\'s numbers are checked (a 现行有效件数 below 本年制发件数 is still caught)', () => {
  const ok = edit(CORRECT, '| 行政规范性文件 | 3            | 1            | 25           |', '| 观范性文件 | 3            | 1            | 25           |');
  const bad = edit(ok, '| 观范性文件 | 3            | 1            | 25           |', '| 观范性文件 | 30           | 1            | 2            |');
  const before = new Set(core.analyze(ok).findings.map((f) => f.ruleId));
  const after = core.analyze(bad).findings.filter((f) => !before.has(f.ruleId));
  assert.ok(after.length > 0, 'a contradiction in the misspelled row is reported');
});

test('brk148 #1: the other way round, 行政观范性文件 in a 2019-format report is its 规范性文件 row', () => {
  const base = readFileSync(join(ROOT, 'examples', 'errors-2018.nianbao.md'), 'utf8');
  const text = edit(base, '| 规范性文件 |', '| 行政观范性文件 |');
  const { report, findings } = core.analyze(text);
  const said = findings.filter((f) => f.ruleId === 'row-label' && f.message.includes('行政观范性文件'));
  assert.equal(said.length, 1);
  assert.match(said[0].message, /应为“规范性文件”.*2021 年格式的行名“行政规范性文件”/);
  assert.deepEqual(row(report, 'T2.2').cells.map((c) => c?.value), row(core.parseReport(base), 'T2.2').cells.map((c) => c?.value));
  assert.equal(findings.filter((f) => f.ruleId === 'row-missing').length, 0);
  assert.equal(core.fixAll(text).text, core.fixAll(base).text, 'the fix renames the row as the rest of the report is fixed');
});
