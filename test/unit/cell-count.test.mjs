// cell-count on real 表三s with one applicant column dropped from every row (as when a table is pasted without
// one of its columns): said once, naming the column when the header shows which one is missing; per row when
// only some rows are short.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, slice } from '../helpers.mjs';

const cellCount = (text) => {
  const { report, findings } = core.analyze(text);
  return { report, found: findings.filter((f) => f.ruleId === 'cell-count') };
};

/** The 1-based lines `[from, to]` of 表三: from its corner note to `四、结转下年度继续办理`. */
function table3Lines(lines) {
  const from = lines.findIndex((l) => l.includes('勾稽关系'));
  const to = lines.findIndex((l, i) => i > from && l.includes('结转下年度继续办理'));
  assert.ok(from >= 0 && to > from, '表三 found');
  return [from, to];
}

/**
 * Drops applicant column `index` (0 = 自然人 … 6 = 总计) from a pipe table: the header cell `label` and, on every
 * row with values, the value cell in that column (the last seven cells are the values).
 */
function dropPipeColumn(text, label, index) {
  const lines = text.split('\n');
  const [from, to] = table3Lines(lines);
  for (let i = from; i <= to; i++) {
    const cells = lines[i].split('|');
    const body = cells.slice(0, -1);
    const h = body.findIndex((c) => c.trim() === label);
    if (h >= 0) body.splice(h, 1);
    else if (body.length >= 8) body.splice(body.length - 7 + index, 1);
    else continue;
    lines[i] = [...body, cells[cells.length - 1]].join('|');
  }
  return lines.join('\n');
}

/** Drops value `index` of the seven right-aligned numbers on every row of a space-aligned 表三 (header untouched). */
function dropSpacedValue(text, index) {
  const lines = text.split('\n');
  const [from, to] = table3Lines(lines);
  let rows = 0;
  for (let i = from; i <= to; i++) {
    const m = /((?:\s+\d+){7})\s*$/.exec(lines[i]);
    if (!m) continue;
    const nums = m[1].trim().split(/\s+/);
    nums.splice(index, 1);
    lines[i] = lines[i].slice(0, m.index) + '    ' + nums.join('    ');
    rows++;
  }
  assert.ok(rows >= 20, `${rows} rows edited`);
  return lines.join('\n');
}

test('cell-count: 表三 without its 科研机构 column (庆城 seed 003, pipe rows) is one finding at the header naming the column', () => {
  const text = dropPipeColumn(corpusText('seeds/003_7487cbc35b761747.txt'), '科研机构', 2);
  const { report, found } = cellCount(text);
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity, f.expected, f.actual, f.data.column]), [[31, 'error', 7, 6, 'C3']]);
  assert.match(slice(report, found[0].range), /商业机构 \| 社会公益组织/);
  assert.match(found[0].message, /整列缺少“科研机构”/);
  assert.match(found[0].message, /23 行都只有 6 个数值，格式规定为 7 个/);
  assert.match(found[0].message, /请补上“科研机构”列/);
  const en = core.analyze(text, { locale: 'en' }).findings.find((f) => f.ruleId === 'cell-count');
  assert.match(en?.message ?? '', /lack the whole “科研机构” column.*Add the “科研机构” column/);
});

test('cell-count: without its 其他 column (沭阳县发改局 2023) the missing column is 其他, not hidden by the header group 法人或其他组织', () => {
  const text = dropPipeColumn(corpusText('peers/kiro_shuyang-fgj_2023.txt'), '其他', 5);
  const { found } = cellCount(text);
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.data.column, f.data.rows]), [[52, 'C6', 25]]);
  assert.match(found[0].message, /整列缺少“其他”/);
  // Its blank cells are not listed under shifted column names: which column a blank is in cannot be told.
  const blanks = core.analyze(text).findings.filter((f) => f.ruleId === 'cell-blank' && f.data?.table === 't3');
  assert.deepEqual(blanks.map((f) => f.message), []);
  assert.ok(core.analyze(corpusText('peers/kiro_shuyang-fgj_2023.txt')).findings.some((f) => f.ruleId === 'cell-blank' && f.data?.table === 't3'), 'the intact table has its cell-blank findings');
});

test('cell-count: a space-aligned 表三 with a wrapped header (洪泽 2024) one value short on every row: one finding, no column named', () => {
  const text = dropSpacedValue(corpusText('peers/kiro_hongze-district_2024.txt'), 4);
  const { found } = cellCount(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0].data.column, null);
  assert.equal(found[0].range.start.line + 1, 93);
  assert.match(found[0].message, /每一行都比格式少一列/);
  assert.deepEqual([found[0].expected, found[0].actual], [7, 6]);
  // Its header names every column, wrapped over lines (商业 / 企业, 社会 / 公益 / 组织): not said to be unreadable
  // (brk139 #1), but the wrapped words overlap, so they do not place the values either.
  assert.match(found[0].message, /表头列出了全部 7 列，无法判断数值缺的是哪一列/);
});

test('cell-count: values of one column dropped under a complete header (seed 003) are one finding that says the header cannot tell which', () => {
  const text = dropPipeColumn(corpusText('seeds/003_7487cbc35b761747.txt'), null, 3);
  const { found } = cellCount(text);
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.data.column]), [[31, null]]);
  assert.match(found[0].message, /表头列出了全部 7 列，无法判断数值缺的是哪一列/);
});

test('cell-count: only some rows short (three rows of seed 003 lost a value) are still reported row by row', () => {
  const seed = corpusText('seeds/003_7487cbc35b761747.txt');
  const short = ['1.属于国家秘密', '2.重复申请', '(七)总计'];
  const text = seed.split('\n').map((l) => (short.some((s) => l.includes(s + ' |')) ? l.replace(/ \| 0 \|$/, ' |') : l)).join('\n');
  const { found } = cellCount(text);
  assert.equal(found.length, 3);
  assert.ok(found.every((f) => /行有 6 个数值，格式规定为 7 个/.test(f.message) && f.data.row), found.map((f) => f.message).join('\n'));
  // And none in the unedited report.
  assert.deepEqual(cellCount(seed).found, []);
});
