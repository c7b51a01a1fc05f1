// brk88 #6: 表二 第二十条第（一）项 without its 本年废止件数 column (header and rows alike) got two cell-count errors,
// “表二“规章”行有 2 个数值，格式规定为 3 个”, one per row, not saying which column is missing although the header shows
// it, and its rows were read by position (现行有效件数 25 taken for 本年废止件数). Now, as for a column missing from 表三,
// one finding at the block's header names the missing column, and the rows are read by the header's column names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, REPORT_LAYOUTS, edit, rowValues } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const COLUMNS = ['本年制发件数', '本年废止件数', '现行有效件数'];

/** The example with the columns `names` of 第二十条第（一）项's table taken out (header, delimiter row and rows). */
function without(...names) {
  const lines = CORRECT.split('\n');
  const header = lines.findIndex((l) => l.startsWith('| 信息内容') && l.includes('本年废止件数'));
  const cells = (l) => l.slice(1, -1).split('|');
  const drop = cells(lines[header]).map((c, k) => (names.includes(c.trim()) ? k : -1)).filter((k) => k >= 0);
  assert.equal(drop.length, names.length);
  for (let i = header; lines[i]?.startsWith('|'); i++) lines[i] = `|${cells(lines[i]).filter((_, k) => !drop.includes(k)).join('|')}|`;
  return lines.join('\n');
}

test('brk88 #6: 本年废止件数 left out: one finding at the header naming it, the rows read by the header', () => {
  const text = without('本年废止件数');
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.severity}`), ['cell-count error'], findings.map((f) => f.message).join('\n'));
  const [f] = findings;
  assert.equal(text.split('\n')[f.range.start.line].startsWith('| 信息内容'), true);
  assert.equal(f.message, '表二第二十条第（一）项似乎整列缺少“本年废止件数”：表头没有这一列，读出的 2 行都只有 2 个数值，格式规定为 3 个（本年制发件数、本年废止件数、现行有效件数）。各行的数已按表头的列名读取；请补上“本年废止件数”列（没有发生的填 0）。');
  assert.deepEqual([f.expected, f.actual, f.data.columns], [3, 2, ['B1.C2']]);
  const en = core.analyze(text, { locale: 'en' }).findings[0].message;
  assert.equal(en, '表二 第二十条第（一）项 seems to lack the whole “本年废止件数” column: the header has no such column and all 2 rows read have 2 values; the template has 3 (本年制发件数, 本年废止件数, 现行有效件数). Each row was read by the header\'s column names; add the “本年废止件数” column (0 where nothing happened).');
  // 25 is 现行有效件数, not 本年废止件数.
  assert.deepEqual(rowValues(report, 't2', 'T2.2'), [3, null, 25]);
  assert.deepEqual(rowValues(report, 't2', 'T2.1'), [0, null, 0]);
  // No fix (which numbers the column had is the author's to write); with the column written back the report is clean.
  assert.equal(f.fix, undefined);
  assert.equal(core.fixAll(text).text, text);
  assert.deepEqual(core.analyze(CORRECT).findings, []);
});

test('brk88 #6: the rows read by the header are checked against the prose by their own columns', () => {
  // The prose says 现行有效25件: as the table now reads. Written 26, it contradicts the table's 现行有效件数.
  const text = edit(without('本年废止件数'), '现行有效25件', '现行有效26件');
  const prose = core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');
  assert.equal(prose.length, 1, core.analyze(text).findings.map((f) => f.message).join('\n'));
  assert.deepEqual([prose[0].actual, prose[0].expected], [26, 25]);
});

test('brk88 #6: any one column or two left out are named; a header naming every column over rows a number short is said row by row', () => {
  for (const names of [['本年制发件数'], ['现行有效件数'], ['本年制发件数', '本年废止件数'], ['本年废止件数', '现行有效件数']]) {
    const { report, findings } = core.analyze(without(...names));
    assert.deepEqual(findings.map((f) => f.ruleId), ['cell-count'], names.join());
    assert.ok(findings[0].message.startsWith(`表二第二十条第（一）项似乎整列缺少${names.map((n) => `“${n}”`).join('、')}：表头没有这${names.length === 1 ? '一列' : '些列'}，`), findings[0].message);
    const values = rowValues(report, 't2', 'T2.2');
    COLUMNS.forEach((c, k) => assert.equal(values[k] === null, names.includes(c), `${names.join()}: ${c}`));
  }
  // The header has all three columns: which one each row lacks cannot be told (as before).
  const text = edit(edit(CORRECT, /\| 规章 +\| 0 +\| 0 +\| 0 +\|/.exec(CORRECT)[0], '| 规章 | 0 | 0 |'), /\| 行政规范性文件 +\| 3 +\| 1 +\| 25 +\|/.exec(CORRECT)[0], '| 行政规范性文件 | 3 | 25 |');
  const found = core.analyze(text).findings.filter((f) => f.ruleId === 'cell-count');
  assert.deepEqual(found.map((f) => f.message), ['表二“规章”行有 2 个数值，格式规定为 3 个。', '表二“行政规范性文件”行有 2 个数值，格式规定为 3 个。']);
});

test('brk88 #6: the same in every layout', () => {
  for (const [layout, write] of Object.entries(REPORT_LAYOUTS)) {
    const { report, findings } = core.analyze(write(without('本年废止件数')));
    assert.deepEqual(findings.map((f) => f.ruleId), ['cell-count'], `${layout}: ${findings.map((f) => f.message).join('\n')}`);
    assert.match(findings[0].message, /似乎整列缺少“本年废止件数”/, layout);
    assert.deepEqual(rowValues(report, 't2', 'T2.2'), [3, null, 25], layout);
  }
});
