// A table being filled in (brk188): a fresh draft from `nianbao new` has an empty 表三 (one table-empty); once the
// drafter types its first row, the 24 rows still blank were 24 row-missing errors, one a row, flooding the Problems
// view. A table with more than half of the rows its format gives numbers to wholly blank (表三: 13 of 25 in the 2021
// format; 表二: 4 of 6) gets one finding at the table for them: counted, the first three named, every row a related
// location. A blank row or a few in a table filled in keep a finding each. examples/correct-2024.nianbao.md with rows
// blanked, and the draft `nianbao new` writes with its first 表三 row typed (the tester's repro).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, runCliInFolder, slice } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const FIRST = '| 一、本年新收政府信息公开申请数量                                         |        |          |          |              |              |      |      |';
const TYPED = '| 一、本年新收政府信息公开申请数量                                         | 12       | 3         | 0         | 1             | 0             | 0     | 16     |';

/** The draft `nianbao new` writes for 2024, its first 表三 row typed (/work/brk188-repros/typed-first-row.nianbao.md). */
function typedFirstRow() {
  const draft = core.renderNewReport({ format: '2021', year: 2024, agency: '某某县自然资源局', fill: '' });
  assert.equal(draft.split(FIRST).length, 2);
  return draft.replace(FIRST, TYPED);
}

/** `text` with the pipe rows labelled `labels` (a label each, as the row's first cell starts) made wholly blank. */
function blank(text, labels) {
  let out = text;
  for (const label of labels) {
    const re = new RegExp(`^(\\| ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^|]*)((?:\\|[^|\\n]*)+)\\|$`, 'm');
    assert.match(out, re, label);
    out = out.replace(re, (_, head, cells) => head + cells.replace(/[^|]/g, ' ') + '|');
  }
  return out;
}

const T3_SUB = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '1.本机关不掌握', '2.没有现成信息', '3.补正后申请', '1.信访举报', '2.重复申请'];

const rowMissing = (text, locale = 'zh') => {
  const { report, findings } = core.analyze(text, { locale });
  return { report, found: findings.filter((f) => f.ruleId === 'row-missing') };
};

test('the draft with its first 表三 row typed: one row-missing error at the table for the 24 blank rows, each a related location', () => {
  const text = typedFirstRow();
  const { report, found } = rowMissing(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const [f] = found;
  assert.equal(f.severity, 'error');
  assert.equal(f.message, '表三格式规定填数的 25 行中有 24 行没有数字（整行空白）：“二、上年结转政府信息公开申请数量”、“（一）予以公开”、“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”等 24 行，表格看来还在填写中。请对照原表逐行填写。空白不等于 0，没有发生的请填 0。');
  assert.equal(text.split('\n')[f.range.start.line], report.lines.line(report.tables.t3.range.start.line), 'at the table');
  assert.equal(f.related.length, 24);
  assert.equal(slice(report, f.related[0].range), '二、上年结转政府信息公开申请数量');
  assert.equal(slice(report, f.related[23].range), '四、结转下年度继续办理');
  assert.equal(f.related[3].message, '“1.属于国家秘密”行没有数字（整行空白）');
  assert.equal(f.data.rows.length, 24);
  assert.equal(f.fix, undefined, 'no fix, as the per-row findings had none');
  // The other findings as before: 表二 and 表四 still one table-empty each.
  assert.deepEqual(core.analyze(text).findings.filter((x) => x.ruleId === 'table-empty').length, 2);
  // English.
  assert.equal(rowMissing(text, 'en').found[0].message, '24 of the 25 rows of 表三 the format gives numbers to have none (wholly blank): “二、上年结转政府信息公开申请数量”, “（一）予以公开”, “（二）部分公开（区分处理的，只计这一情形，不计其他情形）” and 21 more; the table looks still being filled in. Fill them in from the original table. Blank is not 0; write 0 where nothing happened.');
});

test('the CLI: one error in the JSON with the 24 rows related, and --fix writes nothing new for it', async () => {
  const text = typedFirstRow();
  const r = await runCliInFolder({ 'draft.md': text }, ['check', '--format', 'json', 'draft.md']);
  const rows = r.json.files[0].diagnostics.filter((d) => d.ruleId === 'row-missing');
  assert.equal(rows.length, 1);
  assert.equal(rows[0].related.length, 24);
  assert.deepEqual(rows[0].related.map((x) => x.line), [42, 44, 45, ...Array.from({ length: 8 }, (_, i) => 47 + i), 56, 57, 58, 60, 61, 62, 63, 64, 66, 67, 68, 69, 70]);
  // Fix-all: no row-missing fix before or after (the rows are there, only blank).
  const fixed = core.fixAll(text);
  assert.equal(fixed.fixed.filter((f) => f.ruleId === 'row-missing').length, 0);
  assert.ok(fixed.text.includes(TYPED));
});

test('correct-2024 with 13 of 表三\'s 25 rows blanked: one finding; with 12, one finding a row', () => {
  const many = rowMissing(blank(CORRECT, T3_SUB));
  assert.equal(many.found.length, 1);
  assert.match(many.found[0].message, /^表三格式规定填数的 25 行中有 13 行没有数字（整行空白）：“1\.属于国家秘密”、“2\.其他法律行政法规禁止公开”、“3\.危及“三安全一稳定””等 13 行/);
  assert.deepEqual(many.found[0].related.map((x) => slice(many.report, x.range).slice(0, 4)), T3_SUB.map((l) => l.slice(0, 4)));
  const few = rowMissing(blank(CORRECT, T3_SUB.slice(0, 12)));
  assert.equal(few.found.length, 12);
  assert.deepEqual(few.found.map((f) => slice(few.report, f.range).slice(0, 4)), T3_SUB.slice(0, 12).map((l) => l.slice(0, 4)));
  assert.ok(few.found.every((f) => /^表三“.+”行没有数字（整行空白），请对照原表填写/.test(f.message) && !f.related));
});

test('表二 of correct-2024: 4 of its 6 rows blank are one finding at the table; 2 are one each', () => {
  const four = rowMissing(blank(CORRECT, ['规章', '行政规范性文件', '行政许可', '行政处罚']));
  assert.equal(four.found.length, 1);
  assert.equal(four.found[0].message, '表二格式规定填数的 6 行中有 4 行没有数字（整行空白）：“规章”、“行政规范性文件”、“行政许可”等 4 行，表格看来还在填写中。请对照原表逐行填写。空白不等于 0，没有发生的请填 0。');
  assert.equal(four.found[0].range.start.line, four.report.tables.t2.range.start.line);
  assert.deepEqual(four.found[0].related.map((x) => slice(four.report, x.range)), ['规章', '行政规范性文件', '行政许可', '行政处罚']);
  const two = rowMissing(blank(CORRECT, ['规章', '行政许可']));
  assert.deepEqual(two.found.map((f) => f.message), [
    '表二“规章”行没有数字（整行空白），请对照原表填写。空白不等于 0，没有发生的请填 0。',
    '表二“行政许可”行没有数字（整行空白），请对照原表填写。空白不等于 0，没有发生的请填 0。',
  ]);
});

test('a blank row the column sums decide keeps its own finding and fix beside the table\'s one', () => {
  // 二、上年结转 blank with the 13 sub-rows: the balance still decides it (the only row of it without numbers), so it
  // keeps its own finding with the fill from the sums; the 13 are the table's one finding.
  const { report, found } = rowMissing(blank(CORRECT, ['二、上年结转', ...T3_SUB]));
  assert.equal(found.length, 2, found.map((f) => f.message).join('\n'));
  const own = found.find((f) => f.data.row === 'R2');
  assert.equal(own.data.fromSums, true);
  assert.ok(own.fix);
  assert.match(own.message, /^表三“二、上年结转政府信息公开申请数量”行没有数字（整行空白）。按各列合计，这一行应为 自然人 2、/);
  const table = found.find((f) => f !== own);
  assert.match(table.message, /^表三格式规定填数的 25 行中有 13 行没有数字/);
  assert.ok(!table.related.some((x) => slice(report, x.range).startsWith('二、')));
});
