// cell-count when every row of 表三 is two or more values short (breaker30 f35): one finding at the header instead
// of one per row — 法人或其他组织 written as one column (the template's header group over five), named columns
// missing, or columns the header does not show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, only } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

/** The example with each pipe line of 表三 (header, delimiter, rows) rewritten by `cells` (its cells → new cells). */
function reshapeT3(cells) {
  const lines = EXAMPLE.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系为'));
  for (let i = start; i < lines.length && lines[i].startsWith('|'); i++) {
    const c = lines[i].split('|').slice(1, -1).map((x) => x.trim());
    lines[i] = `| ${cells(c, i - start).join(' | ')} |`;
  }
  return { text: lines.join('\n'), header: start + 1 };
}

const sumOf = (xs) => (xs.every((x) => x === '') ? '' : String(xs.reduce((s, x) => s + Number(x || 0), 0)));

test('cell-count: 法人或其他组织 as one column (3 values a row) is one finding at the header naming the five columns', () => {
  const { text, header } = reshapeT3((c, k) => (k === 0 ? [c[0], '自然人', '法人或其他组织', '总计'] : k === 1 ? ['---', '---', '---', '---'] : [c[0], c[1], sumOf(c.slice(2, 7)), c[7]]));
  const { found } = only(text, 'cell-count');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[header, 7, 3]]);
  assert.equal(found[0].message, '表三把“法人或其他组织”的 5 列合成了一列：格式要求分为“商业企业”、“科研机构”、“社会公益组织”、“法律服务机构”、“其他” 5 列，读出的 25 行都只有 3 个数值，格式规定为 7 个（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）。请按格式分列填写（没有发生的填 0）；这张表的合计未按格式核对，各行只按表头的三列核对（自然人 + 法人或其他组织 = 总计，见 sum-applicants）。');
  assert.deepEqual(found[0].data.columns, ['C2', 'C3', 'C4', 'C5', 'C6']);
  const en = core.analyze(text, { locale: 'en' }).findings.filter((f) => f.ruleId === 'cell-count');
  assert.match(en[0].message, /^表三 has “法人或其他组织” as one column where the template has 5: “商业企业”, “科研机构”, “社会公益组织”, “法律服务机构”, “其他”; all 25 rows read/);
});

test('cell-count: two columns dropped from header and rows are named once; rows short by two under a full header are one finding too', () => {
  // 科研机构 and 法律服务机构 gone (header and values): named.
  const drop = (c) => c.filter((_, j) => j !== 3 && j !== 5);
  const named = reshapeT3((c, k) => (k === 1 ? drop(c).map(() => '---') : drop(c)));
  const a = only(named.text, 'cell-count').found;
  assert.deepEqual(a.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[named.header, 7, 5]]);
  assert.match(a[0].message, /^表三缺少 2 列“科研机构”、“法律服务机构”：表头没有这些列，读出的 25 行都只有 5 个数值/);
  // The header keeps all seven labels; every row lost two values: which ones cannot be told (the header is read,
  // so it is not said to be unreadable; brk139 #1).
  const unnamed = reshapeT3((c, k) => (k < 2 ? c : drop(c)));
  const b = only(unnamed.text, 'cell-count').found;
  assert.deepEqual(b.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[unnamed.header, 7, 5]]);
  assert.match(b[0].message, /^表三每一行都比格式少 2 列：读出的 25 行都只有 5 个数值，格式规定为 7 个（.*），表头列出了全部 7 列，无法判断数值缺的是哪几列。/);
  // A table whose rows differ in length stays one finding per short row, as before.
  const ragged = reshapeT3((c, k) => (k > 2 && k % 2 ? drop(c) : c));
  assert.ok(only(ragged.text, 'cell-count').found.length > 1);
});

test('breaker32 N7: with 法人或其他组织 as one column, a wrong total is no sum finding on a template column the table lacks (科研机构): only the row is checked against its own header, as cell-count says', () => {
  // 本年新收's 总计 off by one (46 → 47) in the three-column table.
  const { text } = reshapeT3((c, k) => (k === 0 ? [c[0], '自然人', '法人或其他组织', '总计'] : k === 1 ? ['---', '---', '---', '---'] : [c[0], c[1], sumOf(c.slice(2, 7)), k === 2 ? String(Number(c[7]) + 1) : c[7]]));
  const found = core.analyze(text).findings.filter((f) => f.ruleId.startsWith('sum-') || f.ruleId === 'cell-count');
  assert.deepEqual(found.map((f) => f.ruleId), ['cell-count', 'sum-applicants']);
  assert.match(found[0].message, /这张表的合计未按格式核对，各行只按表头的三列核对（自然人 \+ 法人或其他组织 = 总计，见 sum-applicants）。$/);
  assert.doesNotMatch(found[1].message, /科研机构/);
  assert.deepEqual([found[1].data.row, found[1].expected, found[1].actual], ['R1', 46, 47]);
  // Two columns dropped: the message says the sums were not checked either.
  const drop = (c) => c.filter((_, j) => j !== 3 && j !== 5);
  const named = reshapeT3((c, k) => (k === 1 ? drop(c).map(() => '---') : drop(c)));
  assert.match(only(named.text, 'cell-count').found[0].message, /否则其后的数都会错位；这张表的合计未核对。$/);
  assert.deepEqual(core.analyze(named.text).findings.filter((f) => f.ruleId.startsWith('sum-')), []);
});
