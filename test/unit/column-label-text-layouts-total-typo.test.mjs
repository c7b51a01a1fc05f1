// column-label on tab-separated and pdftotext -layout headers, and sum-results on a （七）总计 typed wrong in two columns
// alike (found by breaker16).
// breaker16 items 5 and 6 (fixtures in test/fixtures/column-label-text-layouts, the reviewer's inputs).
// 5: a misspelled column header (商业机构 for 商业企业, templates.md §7) was found only in pipe, HTML and
//    one-cell-per-line tables: in a tab-separated web copy and a pdftotext -layout copy the written label was not
//    compared. Now the words of a header line are compared there too (表二, 表三, 表四), a label wrapped over two
//    lines is no misspelling, and a fix in a space-aligned table keeps the columns after it in place or is not offered.
// 6: （七）总计 typed wrong in two columns alike (the row still adds up) gave sum-results messages saying "没有别的合计
//    能证实错的是总计" although the column balance (T3-A) agrees with the results: they now name the total as the
//    likely typo, say the prose (办结45件) agrees with the results, and the fix sets the row's totals together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const DIR = join(ROOT, 'test/fixtures/column-label-text-layouts');
const read = (name) => readFileSync(join(DIR, name), 'utf8');
const TAB = read('tab-labels-2025.txt');
const LAYOUT = read('layout-shangyejigou-2019.txt');
/** The pdftotext -layout report with its 表三 header right. */
const LAYOUT_OK = LAYOUT.replace('商业机构', '商业企业');
const of = (text, rule) => core.analyze(text).findings.filter((f) => f.ruleId === rule);
const line = (text, i) => text.split('\n')[i];
const sliceOf = (text, r) => line(text, r.start.line).slice(r.start.character, r.end.character);

/** `text` with `from` (which must occur once) replaced by `to`. */
function edit(text, from, to) {
  assert.equal(text.split(from).length, 2, `once: ${from}`);
  return text.replace(from, to);
}

/** Display width: a Chinese character takes two columns. */
const width = (s) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
/** The display column at which `word` starts on `text`'s line `i`. */
const columnOf = (text, i, word) => width(line(text, i).slice(0, line(text, i).indexOf(word)));

test('tab-separated 表三 header: 商业机构 is a column-label warning, fixed to 商业企业 with the tabs kept', () => {
  const found = of(TAB, 'column-label');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /表三的列标题“商业机构”与格式不一致，应为“商业企业”/);
  assert.equal(found[0].range.start.line, 47);
  assert.equal(sliceOf(TAB, found[0].range), '商业机构');
  const fixed = core.fixAll(TAB).text;
  assert.equal(line(fixed, 47), '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他');
  assert.deepEqual(of(fixed, 'column-label'), []);
});

test('pdftotext -layout 表三 header: 商业机构 is found and fixed in place (same width, columns unmoved)', () => {
  const found = of(LAYOUT, 'column-label');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“商业机构”与格式不一致，应为“商业企业”。$/);
  const at = found[0].range.start.line;
  const fixed = core.fixAll(LAYOUT).text;
  assert.equal(line(fixed, at), line(LAYOUT, at).replace('商业机构', '商业企业'));
});

test('space-aligned 表二 header one character short: the fix takes the spaces after it, the next column stays put', () => {
  const text = edit(LAYOUT_OK, '本年新制作数量    本年新公开数量', '本年制作数量      本年新公开数量');
  const found = of(text, 'column-label');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“本年制作数量”与格式不一致，应为“本年新制作数量”。$/);
  const at = found[0].range.start.line;
  const fixed = core.fixAll(text).text;
  assert.ok(line(fixed, at).includes('本年新制作数量    本年新公开数量'), line(fixed, at));
  assert.equal(columnOf(fixed, at, '对外公开总数量'), columnOf(text, at, '对外公开总数量'));
});

test('space-aligned header that cannot fit without moving the next column: said, not fixed', () => {
  const text = edit(LAYOUT_OK, '法律服务机构 其他', '法律服务所 其他');
  const found = of(text, 'column-label');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /应为“法律服务机构”；表格以空格对齐，改写后会错开其后各列，未自动修改。/);
  assert.equal(found[0].fix, undefined);
  assert.equal(core.fixAll(text).text, text);
});

test('space-aligned header with a label wrapped over two lines (社会公益 / 组织) beside 商业机构: only 商业机构 is a misspelling', () => {
  const lines = LAYOUT.split('\n');
  const i = lines.findIndex((l) => l.includes('社会公益组织 法律服务机构'));
  const at = lines[i].indexOf('社会公益组织');
  lines[i] = lines[i].replace('社会公益组织', '社会公益    ');
  lines.splice(i + 1, 0, ' '.repeat(at) + '组织');
  const text = lines.join('\n');
  assert.deepEqual(of(text, 'column-label').map((f) => sliceOf(text, f.range)), ['商业机构']);
});

test('tab-separated 表四 three-row header (行政复议 leaves beside the two suit groups): 结果纠证 in the second group is found', () => {
  const text = edit(TAB, '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持', '结果维持\t结果纠证\t其他结果\t尚未审结\t总计\t结果维持');
  const found = of(text, 'column-label');
  const t4 = found.filter((f) => f.data?.table === 't4');
  assert.equal(t4.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(t4[0].message, /表四的列标题“结果纠证”与格式不一致，应为“结果纠正”/);
  assert.equal(t4[0].data.column, 'G2.2');
  assert.equal(sliceOf(text, t4[0].range), '结果纠证');
});

test('tab-separated 表二: a misspelled header and a fee header in 元 are found; the fee fix converts the amount', () => {
  let text = edit(TAB, '信息内容\t本年制发件数', '信息内容\t本年制发文件数');
  text = edit(text, '本年收费金额（单位：万元）\n行政事业性收费\t12.5', '本年收费金额（单位：元）\n行政事业性收费\t125000');
  const found = of(text, 'column-label').filter((f) => f.data?.table === 't2').map((f) => f.message);
  assert.equal(found.length, 2, found.join('\n'));
  assert.match(found[0], /“本年制发文件数”与格式不一致，应为“本年制发件数”/);
  assert.match(found[1], /“本年收费金额（单位：元）”与格式不一致，应为“本年收费金额（单位：万元）”；该列的数是按元填写的，修复会一并换算为万元（125000 元 = 12.5 万元）/);
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.includes('本年收费金额（单位：万元）\n行政事业性收费\t12.5'));
});

test('（七）总计 wrong in 自然人 and 总计 alike (pipe): the balance confirms the results; both named, fixed together', () => {
  const text = read('r37-off-pipe.md');
  const { findings } = core.analyze(text);
  const results = findings.filter((f) => f.ruleId === 'sum-results');
  assert.equal(results.length, 2);
  for (const f of results) assert.doesNotMatch(f.message, /没有别的合计/);
  assert.match(results[0].message, /新收 38 \+ 上年结转 2 − 结转下年度 2 也是 38：该列的收支平衡与各办理结果一致，很可能是总计 39 填错了。（七）总计行的“总计”列（46，各项之和 45）也是这样/);
  assert.match(results[1].message, /很可能是总计 46 填错了，正文“办结45件”也与各项之和一致/);
  assert.ok(results[1].related.some((r) => /正文：办结45件/.test(r.message)));
  for (const f of results) assert.deepEqual(f.fix.edits.map((e) => e.newText), ['38', '45']);
  const balance = findings.filter((f) => f.ruleId === 'sum-balance').map((f) => f.message);
  assert.equal(balance.length, 2);
  assert.match(balance[0], /各办理结果之和为 38：（七）总计若为 38，两边相等，很可能是（七）总计 39 填错了/);
  assert.match(balance[1], /各办理结果之和为 45：（七）总计若为 45，两边相等，很可能是（七）总计 46 填错了/);
  // The prose agrees with the results, which the table's own sums confirm: no prose-table finding (by design).
  assert.deepEqual(findings.filter((f) => f.ruleId === 'prose-table'), []);
  assert.equal(core.fixAll(text).text, read('clean-pipe.md'));
});

test('（七）总计 wrong in two columns alike (HTML table): same messages, the fix leaves no sum failing', () => {
  const text = read('r37-off-html.md');
  const results = of(text, 'sum-results');
  assert.equal(results.length, 2);
  assert.match(results[1].message, /很可能是总计 18 填错了，正文“办结17件”也与各项之和一致/);
  const fixed = core.fixAll(text).text;
  assert.deepEqual(core.analyze(fixed).findings.filter((f) => /^sum-|^prose-table$/.test(f.ruleId)).map((f) => f.message), []);
});

test('（七）总计 wrong in two columns alike while the prose states the wrong total: said, not fixed', () => {
  const text = edit(read('r37-off-pipe.md'), '办结45件', '办结46件');
  const results = of(text, 'sum-results');
  assert.equal(results.length, 2);
  assert.match(results[1].message, /但正文“办结46件”与总计 46 一致，请对照原表核对，未自动修改/);
  assert.equal(results[1].fix, undefined);
});

test('breaker18: a fee header in 元 over a small amount with decimals (12.5) is said without a fix: the amount may be 万元 already', () => {
  const text = edit(TAB, '本年收费金额（单位：万元）\n行政事业性收费\t12.5', '本年收费金额（单位：元）\n行政事业性收费\t12.5');
  const [f] = of(text, 'column-label').filter((x) => x.data?.table === 't2');
  assert.match(f.message, /该列的数“12\.5”按元计很小（换算为 0\.00125 万元），可能本来就是按万元填写、只是列标题的单位写错了/);
  assert.equal(f.fix, undefined);
  assert.ok(core.fixAll(text).text.includes('本年收费金额（单位：元）\n行政事业性收费\t12.5'));
});
