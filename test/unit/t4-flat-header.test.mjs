// 表四 with its three header rows flattened onto one (`| 行政复议结果维持 | … | 复议后起诉总计 |`, breaker39 #11): the
// header line, longer than a label, was not taken as the table's start, and a correct report got table-missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues, toSpaces, toTabs } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const GROUPS = ['行政复议', '直接起诉', '复议后起诉'];
const LEAVES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const VALUES = [2, 0, 1, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0];

/** The example with 表四 written under one header row of compound names (`sep` between group and leaf), `values` below. */
function flat(sep = '', values = VALUES) {
  const lines = example.split('\n');
  const first = lines.findIndex((l) => l.startsWith('| 行政复议 |'));
  const header = GROUPS.flatMap((g) => LEAVES.map((l) => `${g}${sep}${l}`));
  const table = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, `| ${values.join(' | ')} |`];
  lines.splice(first, 5, ...table);
  return lines.join('\n');
}

test('表四 under one flattened header row is read: all 15 values, no finding on a correct report (pipe and tabs)', () => {
  for (const [name, text] of [['pipe', flat()], ['pipe, 行政复议-结果维持', flat('-')], ['tabs', toTabs(flat())]]) {
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), [], name);
    assert.deepEqual(rowValues(report, 't4', 'T4'), VALUES, name);
  }
});

test('表四 under one flattened header row: a wrong total is found (sum-review), not table-missing', () => {
  const wrong = VALUES.slice();
  wrong[4] = 4;
  const ids = core.analyze(flat('', wrong)).findings.map((f) => f.ruleId);
  assert.deepEqual(ids, ['sum-review']);
});

test('表四 under one flattened header row, space-aligned (pdftotext -layout), is read: no table-missing on a correct report', () => {
  // breaker40 #4: the long header line, its cells two spaces or more apart, was not taken as the table's start.
  for (const [name, text] of [['spaces', toSpaces(flat())], ['spaces, 行政复议-结果维持', toSpaces(flat('-'))]]) {
    assert.match(text, /\n *行政复议-?结果维持 {2,}行政复议-?结果纠正/, name);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), [], name);
    assert.deepEqual(rowValues(report, 't4', 'T4'), VALUES, name);
  }
  // A wrong total under it is found as such.
  const wrong = VALUES.slice();
  wrong[4] = 4;
  assert.deepEqual(core.analyze(toSpaces(flat('', wrong))).findings.map((f) => f.ruleId), ['sum-review']);
});
