// 表三 headers a fresh user got wrong (test/fixtures/t3-header, from a clean 2024 report): two 表三 side by side
// under one header (2023 beside 2024), a header putting 总计 first over rows in the template's order, and a
// header naming a column twice, leaving one empty or writing 合计 for 总计. None may be read as if the header were
// right: side by side is one table-unreadable note (no cell-count, no fixes to the prose); a header the rows
// contradict is said once and the rows are read in the template's order (no false sums); a wrong label is a
// column-label warning, fixed to the template's label where that is certain, the values read by position.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues, slice } from '../helpers.mjs';

const DIR = join(ROOT, 'test/fixtures/t3-header');
const read = (name) => readFileSync(join(DIR, name), 'utf8');
const OK = read('r_ok-2024.md');
const HEADER = '| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |';

/** The clean report with 表三's value-column header cells replaced by `labels` (seven strings). */
function withHeader(labels) {
  assert.ok(OK.includes(HEADER));
  return OK.replace(HEADER, `| ${labels.join(' | ')} |`);
}

/** Findings other than carry-over (the fixture has no previous report) of the given rules. */
const of = (findings, ...rules) => findings.filter((f) => rules.includes(f.ruleId));

test('two 表三 side by side under one header (2023 | 2024): one table-unreadable note, no row or prose errors, no fixes', () => {
  const text = read('side-by-side-2023-2024.md');
  const { report, findings } = core.analyze(text);
  assert.ok(report.tables.t3.broken, '表三 marked unreadable');
  assert.match(report.tables.t3.broken.zh, /两张表并排/);
  assert.deepEqual(findings.map((f) => f.ruleId), ['table-unreadable']);
  assert.equal(core.fixAll(text).text, text, '--fix changes nothing (上年结转4件 stays)');
});

test('a header with 总计 first over rows in the template order: one column-order note at the header, rows read in template order, no sums', () => {
  const text = read('header-total-first-rows-template.md');
  const { report, findings } = core.analyze(text);
  const ok = core.analyze(OK).report;
  assert.equal(report.tables.t3.header, undefined, 'the header order is not taken');
  for (const r of ok.tables.t3.rows) assert.deepEqual(rowValues(report, 't3', r.id), rowValues(ok, 't3', r.id), r.id);
  assert.deepEqual(of(findings, 'sum-applicants', 'sum-results', 'prose-table', 'cell-count'), []);
  const order = of(findings, 'column-order');
  assert.equal(order.length, 1);
  assert.match(order[0].message, /总计、自然人/);
  assert.match(order[0].message, /表头写错/);
  assert.ok(slice(report, order[0].range).includes('总计'), 'at the header');
  assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
});

const LABELS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const CASES = [
  { name: '科研机构 typed as a second 商业企业', at: 2, typed: '商业企业', fix: true },
  { name: '总计 twice (自然人 typed as 总计)', at: 0, typed: '总计', fix: true },
  { name: '科研机构 twice (商业企业 typed as 科研机构)', at: 1, typed: '科研机构', fix: true },
  { name: '社会公益组织 left empty', at: 3, typed: '', fix: true },
  { name: '合计 for 总计', at: 6, typed: '合计', fix: true },
];

for (const c of CASES) {
  test(`表三 header with ${c.name}: one column-label at that cell, values by position, fixed to the template's label`, () => {
    const labels = LABELS.slice();
    labels[c.at] = c.typed;
    const text = withHeader(labels);
    const { report, findings } = core.analyze(text);
    const ok = core.analyze(OK).report;
    for (const r of ok.tables.t3.rows) assert.deepEqual(rowValues(report, 't3', r.id), rowValues(ok, 't3', r.id), r.id);
    const label = of(findings, 'column-label');
    assert.equal(label.length, 1, findings.map((f) => f.message).join('\n'));
    assert.equal(slice(report, label[0].range), c.typed);
    assert.match(label[0].message, new RegExp(`应为“${LABELS[c.at]}”`));
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
    assert.equal(Boolean(label[0].fix), c.fix);
    const fixed = core.fixAll(text).text;
    assert.equal(fixed, OK, 'the fix restores the template header');
    assert.deepEqual(core.analyze(fixed).findings, []);
  });
}
