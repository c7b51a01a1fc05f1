// 表四's group headers (行政复议, 行政诉讼, 未经复议直接起诉, 复议后起诉: templates.md §3.4) were never compared with the
// format: a misspelled one (行政复审, 行政起诉, 未经复议直接诉讼, 复议后诉讼, 复议起诉) passed without a word, while a leaf
// header typo got column-label with its fix (brk120 #3). Now the same column-label warning and fix, in every layout.
// Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, REPORT_LAYOUTS, edit } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
/** The example with 表四's group header `label` (in its pipe cell, `| label |`) written `to`. */
const relabelled = (label, to) => edit(example, `| ${label} `, `| ${to} `);
const TYPOS = [['行政复议', '行政复审'], ['行政诉讼', '行政起诉'], ['未经复议直接起诉', '未经复议直接诉讼'], ['复议后起诉', '复议后诉讼'], ['复议后起诉', '复议起诉']];

test('the example: no column-label', () => {
  for (const [name, to] of Object.entries(REPORT_LAYOUTS)) {
    assert.deepEqual(core.analyze(to(example)).findings.filter((f) => f.ruleId === 'column-label'), [], name);
  }
});

test('a misspelled group header: column-label with the template\'s label, fixed back to the example', () => {
  for (const [label, typo] of TYPOS) {
    const text = relabelled(label, typo);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['column-label'], typo);
    const [f] = findings;
    assert.equal(f.message, `表四的列标题“${typo}”与格式不一致，应为“${label}”。`);
    assert.equal(report.lines.slice(f.range), typo);
    assert.equal(core.fixAll(text).text, example, typo);
  }
});

test('in the other layouts too', () => {
  for (const [name, to] of Object.entries(REPORT_LAYOUTS)) {
    for (const [label, typo] of TYPOS) {
      const text = to(relabelled(label, typo));
      const found = core.analyze(text).findings.filter((f) => f.ruleId === 'column-label');
      assert.deepEqual(found.map((f) => f.message), [`表四的列标题“${typo}”与格式不一致，应为“${label}”。`], `${name}: ${typo}`);
    }
  }
});
