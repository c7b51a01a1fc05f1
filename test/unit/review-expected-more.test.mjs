// brk186 #9, #15: more findings whose `expected` did not follow the README (the value the number a finding points at
// should have). prose-table's 表二 stock-flow info says the prose's number is right and 表二's wrong (不要改正文), yet
// gave the table's number as `expected`; cell-blank's message states the one value the totals decide for a blank
// (按合计，自然人应为 5) while `expected` was null. Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const T2_ROW = '| 行政规范性文件 | 3            | 1            | 25           |';
const lineOf = (text, f) => text.split('\n')[f.range.start.line];

test('prose-table: the 表二 stock-flow info that blames the table gives expected = actual = the prose number', () => {
  // brk186 stockflow-table-wrong: 表二 现行有效 26, prose 现行有效25件, last year's report 23 (23 + 3 − 1 = 25).
  const text = edit(CORRECT, T2_ROW, T2_ROW.replace('25', '26'));
  const lastYear = core.parseReport(edit(CORRECT.replaceAll('2024', '2023'), T2_ROW, T2_ROW.replace('25', '23')).replace('现行有效25件', '现行有效23件'));
  const f = core.analyze(text, { previous: lastYear }).findings.filter((x) => x.ruleId === 'prose-table');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.match(f[0].message, /很可能是表二的行政规范性文件现行有效件数填错了（应为 25）.*不要改正文/);
  assert.equal(lineOf(text, f[0]).slice(f[0].range.start.character, f[0].range.end.character), '25');
  assert.deepEqual([f[0].expected, f[0].actual, f[0].fix], [25, 25, undefined]);
  // The table's 26 stays in the related cell; stock-flow's own finding on that cell still asks for 25.
  assert.ok(f[0].related.some((r) => /26/.test(r.message.zh ?? r.message)));
  const sf = core.analyze(text, { previous: lastYear }).findings.filter((x) => x.ruleId === 'stock-flow');
  assert.deepEqual(sf.map((x) => [x.expected, x.actual]), [[25, 26]]);
});

test('cell-blank: the value the totals decide for a single blank, stated in the message, is its expected', () => {
  // brk186 md-summary/missing-row-and-blank.md (the blank part): 本机关不掌握相关政府信息 自然人 left blank, 总计 6 − 1 = 5.
  const row = '| 1.本机关不掌握相关政府信息                                               | 5      | 1        |';
  assert.ok(CORRECT.includes(row));
  const text = edit(CORRECT, row, row.replace('| 5      |', '|        |'));
  const [f, ...more] = core.analyze(text).findings.filter((x) => x.ruleId === 'cell-blank');
  assert.equal(more.length, 0);
  assert.match(f.message, /按合计，自然人应为 5/);
  assert.equal(f.expected, 5);
  assert.equal(f.actual, undefined);
  // Two blanks of a row have two values and the finding one `expected`: none given (the message names both).
  const r2 = '| 2.其他法律行政法规禁止公开                                               | 1      | 0        | 0        | 0            | 0            | 0    | 1    |';
  const both = edit(CORRECT, r2, r2.replace('| 1      |', '|        |').replace('| 1    |', '|      |'));
  const [g] = core.analyze(both).findings.filter((x) => x.ruleId === 'cell-blank');
  assert.match(g.message, /自然人应为 1、总计应为 1/);
  assert.equal(g.expected, undefined);
});
