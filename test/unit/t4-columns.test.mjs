// 表四 and 表二 read by their headers' column labels, not by position (from a fresh user's try): 淮安市 2024 (the
// corpus report written in the pipe-table template, test/fixtures/reports/huaian-2024-pipe.md, clean) with 表四's
// 总计 first in each group, 表二's columns in another order, a 表四 row one number short, a misspelled 表四 leaf
// label. Values read, findings, and fixAll leaving correct cells and prose alone (the fixed text re-checked).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues, slice } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/huaian-2024-pipe.md'), 'utf8');
const T4_HEADER = '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持         | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持   | 结果纠正 | 其他结果 | 尚未审结 | 总计 |';
const T4_ROW = '| 72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20 |';
/** 表四's 15 values in template order (三 groups × 维持, 纠正, 其他, 尚未审结, 总计). */
const T4_VALUES = [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20];

/** The report with one exact piece of text replaced (which must be there). */
function edit(text, from, to) {
  assert.ok(text.includes(from), `text has ${from}`);
  return text.replace(from, to);
}

/** 表四 with each group's 总计 first (the breaker's t1_totalfirst.md): header and values moved alike. */
const TOTAL_FIRST = edit(edit(BASE, T4_HEADER, `|${' 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 |'.repeat(3)}`), T4_ROW, '| 351 | 72 | 64 | 178 | 37 | 26 | 13 | 4 | 8 | 1 | 20 | 12 | 1 | 1 | 6 |');

/** 表二 第二十条第（一）项 with 现行有效件数 first (the breaker's t8_t2order.md). */
const T2_ORDER = edit(edit(edit(BASE, '| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 信息内容 | 现行有效件数 | 本年制发件数 | 本年废止件数 |'),
  '| 规章 | 1 | 0 | 11 |', '| 规章 | 11 | 1 | 0 |'), '| 行政规范性文件 | 8 | 26 | 66 |', '| 行政规范性文件 | 66 | 8 | 26 |');

const brief = (r, findings) => findings.map((f) => [f.ruleId, f.severity, f.range.start.line + 1, slice(r, f.range)]);
const t4Values = (r) => r.tables.t4.rows[0].cells.map((c) => c?.value ?? null);

test('表四 with 总计 first in each group: read by the header (values as the template orders them), one column-order note, no false sums or prose errors', () => {
  const base = core.analyze(BASE);
  assert.deepEqual(brief(base.report, base.findings), [], 'the base report is clean');
  assert.deepEqual(t4Values(base.report), T4_VALUES);
  assert.equal(base.report.tables.t4.header, undefined, 'the template order needs no column map');
  const { report: r, findings } = core.analyze(TOTAL_FIRST);
  assert.deepEqual(t4Values(r), T4_VALUES);
  assert.deepEqual(r.tables.t4.header.order, [4, 0, 1, 2, 3, 9, 5, 6, 7, 8, 14, 10, 11, 12, 13]);
  assert.deepEqual(brief(r, findings).map((f) => f.slice(0, 3)), [['column-order', 'info', 79]]);
  assert.match(findings[0].message, /表四的列顺序与格式不同。格式规定的顺序（每组）为结果维持、结果纠正、其他结果、尚未审结、总计/);
  assert.equal(core.fixAll(TOTAL_FIRST).text, TOTAL_FIRST, '--fix changes nothing');
});

test('表四 with 总计 first and a wrong 行政复议 总计: sum-review names the 总计 cell under 总计, and its fix writes there (prose untouched)', () => {
  const text = edit(TOTAL_FIRST, '| 351 | 72 |', '| 352 | 72 |');
  const { report: r, findings } = core.analyze(text);
  const errors = findings.filter((f) => f.severity !== 'info');
  assert.deepEqual(errors.map((f) => [f.ruleId, f.expected, f.actual, f.range.start.line + 1, f.range.start.character]), [['sum-review', 351, 352, 80, 2]]);
  assert.equal(slice(r, errors[0].range), '352');
  const fixed = core.fixAll(text).text;
  const changed = fixed.split('\n').filter((l, i) => l !== text.split('\n')[i]);
  assert.equal(changed.length, 1, 'only the value row changes');
  assert.match(changed[0], /^\| 351 +\| 72 \| 64 \| 178 \| 37 \| 26 \|/);
  const after = core.analyze(fixed);
  assert.deepEqual(after.findings.map((f) => f.ruleId), ['column-order']);
  assert.deepEqual(t4Values(after.report), T4_VALUES);
});

test('表四 whose groups stand in another order than the template\'s (复议后起诉 before 未经复议直接起诉): unreadable, no sums, no fix', () => {
  const text = edit(BASE, '|          |          |          |          |      | 未经复议直接起诉 |          |          |          |      | 复议后起诉 |', '|          |          |          |          |      | 复议后起诉 |          |          |          |      | 未经复议直接起诉 |');
  const { findings } = core.analyze(text);
  const t4 = findings.filter((f) => f.data?.table === 't4' || /表四/.test(f.message));
  assert.deepEqual(t4.map((f) => [f.ruleId, f.severity]), [['table-unreadable', 'info']]);
  assert.match(t4[0].message, /表四表头的列顺序与格式不同（行政复议、复议后起诉、未经复议直接起诉）/);
  assert.equal(core.fixAll(text).text, text);
});

test('表二 with 现行有效件数 first: read by the header, one column-order note, no false prose-table; stock-flow against last year reads the right cells', () => {
  const { report: r, findings } = core.analyze(T2_ORDER);
  assert.deepEqual(rowValues(r, 't2', 'T2.1'), [1, 0, 11]);
  assert.deepEqual(rowValues(r, 't2', 'T2.2'), [8, 26, 66]);
  assert.deepEqual(brief(r, findings).map((f) => f.slice(0, 3)), [['column-order', 'info', 15]]);
  assert.match(findings[0].message, /第二十条第（一）项：本年制发件数、本年废止件数、现行有效件数/);
  assert.equal(core.fixAll(T2_ORDER).text, T2_ORDER);
  // Last year's report (the same numbers, 2023): stock-flow says the same as for the base, at the 现行有效件数 cells.
  const prev = BASE.replaceAll('2024', '2023');
  const cross = (text) => {
    const cur = core.parseReport(text), last = core.parseReport(prev);
    return core.checkReport(cur, { previous: last }).filter((f) => f.ruleId === 'stock-flow').map((f) => [f.expected, f.actual, slice(cur, f.range)]);
  };
  assert.deepEqual(cross(T2_ORDER), cross(BASE));
  assert.deepEqual(cross(T2_ORDER), [[12, 11, '11'], [48, 66, '66']]);
});

test('表二 whose reordered header its rows do not fit: unreadable, rather than values in guessed columns', () => {
  const text = edit(T2_ORDER, '| 规章 | 11 | 1 | 0 |', '| 规章 | 11 | 1 |');
  const { findings } = core.analyze(text);
  const t2 = findings.filter((f) => f.data?.table === 't2' || /表二/.test(f.message));
  assert.deepEqual(t2.map((f) => [f.ruleId, f.severity]), [['table-unreadable', 'info']]);
  assert.match(t2[0].message, /表二第二十条第（一）项表头的列顺序与格式不同（现行有效件数、本年制发件数、本年废止件数）/);
});

test('a 表四 value row one number short in a pipe table with a readable header: one cell-count error, no sums, no prose comparison', () => {
  // The breaker's cells/c12_t4short.md (复议后起诉's 尚未审结 dropped), and 行政复议's 结果纠正 dropped.
  for (const [row, line] of [['| 72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 20 |', 80], ['| 72 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20 |', 80]]) {
    const text = edit(BASE, T4_ROW, row);
    const { report: r, findings } = core.analyze(text);
    assert.deepEqual(brief(r, findings).map((f) => f.slice(0, 4)), [['cell-count', 'error', line, '72']]);
    assert.equal(findings[0].expected, 15);
    assert.equal(findings[0].actual, 14);
    assert.match(findings[0].message, /表四的数值行有 14 个数，格式规定为 15 个/);
    assert.equal(core.fixAll(text).text, text);
  }
});

test('a misspelled 表四 leaf label (结果纠证) is a column-label warning whose fix writes 结果纠正', () => {
  const text = edit(BASE, T4_HEADER, T4_HEADER.replace('结果纠正', '结果纠证'));
  const { report: r, findings } = core.analyze(text);
  assert.deepEqual(brief(r, findings), [['column-label', 'warning', 79, '结果纠证']]);
  assert.match(findings[0].message, /表四的列标题“结果纠证”与格式不一致，应为“结果纠正”/);
  assert.equal(core.fixAll(text).text, BASE);
});

test('表三 in another column order (总计 first, the breaker\'s e_reorder.md): one column-order note naming the template\'s order', () => {
  const lines = BASE.split('\n');
  const from = lines.findIndex((l) => l.includes('勾稽关系')), to = lines.findIndex((l) => l.includes('结转下年度继续办理'));
  const moved = lines.map((l, i) => {
    if (i < from || i > to || i === from + 1) return l;
    const cells = l.split('|').slice(1, -1);
    return `|${[cells[0], cells[7], ...cells.slice(1, 7)].join('|')}|`;
  }).join('\n');
  const { report: r, findings } = core.analyze(moved);
  assert.deepEqual(brief(r, findings).map((f) => f.slice(0, 3)), [['column-order', 'info', from + 1]]);
  assert.match(findings[0].message, /格式规定的顺序为自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计/);
  assert.deepEqual(rowValues(r, 't3', 'R1'), [3001, 53, 0, 0, 61, 4, 3119]);
  assert.equal(core.fixAll(moved).text, moved);
});
