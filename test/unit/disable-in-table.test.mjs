// disable-in-table: a suppression comment between two rows of a pipe table ends the rendered table there (breaker12:
// the documented form rendered the rest of 表三 as a paragraph of pipes on GitHub).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = correct.split('\n');
const row = lines.findIndex((l) => l.startsWith('| 4.保护第三方合法权益'));
/** The example with 表三's row 4 misspelled and `comment` on the line above it. */
const withComment = (comment) => [...lines.slice(0, row), comment, lines[row].replace('权益', '权利'), ...lines.slice(row + 1)].join('\n');
const ids = (text) => core.analyze(text).findings.map((f) => f.ruleId);

test('a disable-next-line comment between two table rows: suppresses, is said, and the fix moves it to the end of the row above', () => {
  const comment = '<!-- nianbao-disable-next-line row-label -- 原表如此 -->';
  const text = withComment(comment);
  const fs = core.analyze(text).findings;
  assert.deepEqual(fs.map((f) => [f.ruleId, f.range.start.line]), [['disable-in-table', row]]);
  assert.match(fs[0].message, /写在表格的两行之间：Markdown 渲染时表格在此结束.*请把它写在上一行的末尾（仍只屏蔽下一行/);
  const fixed = core.applyFixes(text, fs[0].fix.edits).text;
  // The comment line is gone, the comment at the end of the row above: the same scope, and the table whole.
  assert.equal(fixed, [...lines.slice(0, row - 1), `${lines[row - 1]} ${comment}`, lines[row].replace('权益', '权利'), ...lines.slice(row + 1)].join('\n'));
  assert.deepEqual(ids(fixed), []);
});

test('right under the header the comment can only go around the table: the message says the scope widens', () => {
  const header = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
  const first = header + 2;
  const text = [...lines.slice(0, first), '<!-- nianbao-disable-next-line row-label -->', lines[first].replace('本年新收', '本年新增'), ...lines.slice(first + 1)].join('\n');
  const fs = core.analyze(text).findings.filter((f) => f.ruleId === 'disable-in-table');
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /屏蔽范围随之扩大到整张表格/);
  const out = core.applyFixes(text, fs[0].fix.edits).text.split('\n');
  assert.equal(out[header], '<!-- nianbao-disable row-label -->');
  assert.ok(out.includes('<!-- nianbao-enable row-label -->'));
});

test('a comment above a table, or at the end of a row, is no finding; a disable block opened inside a table is said without a fix', () => {
  // At the end of the row above (GFM drops what follows a row's last cell): it suppresses, the table stays whole.
  const trailing = [...lines.slice(0, row - 1), `${lines[row - 1]} <!-- nianbao-disable-next-line row-label -->`, lines[row].replace('权益', '权利'), ...lines.slice(row + 1)].join('\n');
  assert.deepEqual(ids(trailing), []);
  const above = [...lines.slice(0, row), lines[row].replace('权益', '权利'), ...lines.slice(row + 1)];
  const header = above.slice(0, row).findLastIndex((l, i) => l.startsWith('|') && !above[i - 1]?.startsWith('|'));
  const outside = [...above.slice(0, header), '<!-- nianbao-disable row-label -->', ...above.slice(header)].join('\n');
  assert.ok(!ids(outside).includes('disable-in-table'));
  const block = core.analyze(withComment('<!-- nianbao-disable row-label -->')).findings.filter((f) => f.ruleId === 'disable-in-table');
  assert.equal(block.length, 1);
  assert.equal(block[0].fix, undefined);
  assert.match(block[0].message, /nianbao-disable 注释写在表格的两行之间/);
});

test('two comments in one table (breaker14): both said; fix-all puts each at the end of its row above, the table renders whole', () => {
  const row2 = lines.findIndex((l) => l.startsWith('| 5.属于三类内部事务信息'));
  assert.ok(row2 > row);
  const text = [...lines.slice(0, row), '<!-- nianbao-disable-next-line row-label -- 原表如此 -->', lines[row].replace('权益', '权利'),
    ...lines.slice(row + 1, row2), '<!-- nianbao-disable-next-line cell-blank -->', lines[row2].replace(/\| 0 (\s*)\|/, '|   $1|'), ...lines.slice(row2 + 1)].join('\n');
  const fs = core.analyze(text).findings;
  assert.deepEqual(fs.map((f) => [f.ruleId, f.range.start.line]), [['disable-in-table', row], ['disable-in-table', row2 + 1]]);
  const fixed = core.fixAll(text).text;
  assert.deepEqual(ids(fixed), []);
  const out = fixed.split('\n');
  // Every line from 表三's header to its last row is a row: no comment line is left between them.
  const header = out.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
  let last = header;
  while (out[last + 1]?.startsWith('|')) last++;
  assert.ok(header > 0 && last - header > 25, `table ${header}–${last}`);
  assert.ok(out[row - 1].endsWith(' <!-- nianbao-disable-next-line row-label -- 原表如此 -->'));
  assert.ok(out[row2 - 1].endsWith(' <!-- nianbao-disable-next-line cell-blank -->'));
});

test('a disable … enable pair opened and closed inside a table: both comments said', () => {
  const row2 = lines.findIndex((l) => l.startsWith('| 5.属于三类内部事务信息'));
  const text = [...lines.slice(0, row), '<!-- nianbao-disable row-label -->', lines[row].replace('权益', '权利'), '<!-- nianbao-enable row-label -->', ...lines.slice(row + 1)].join('\n');
  assert.ok(row2 > row);
  const fs = core.analyze(text).findings.filter((f) => f.ruleId === 'disable-in-table');
  assert.deepEqual(fs.map((f) => [f.range.start.line, Boolean(f.fix)]), [[row, false], [row + 2, false]]);
});

test('breaker15: a note right under the table (no blank line) does not hide the comment between its rows', () => {
  const t3end = lines.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
  const text = withComment('<!-- nianbao-disable-next-line row-label -->').split('\n');
  text.splice(t3end + 2, 0, '注：本表数据截至2024年12月31日。');
  assert.deepEqual(core.analyze(text.join('\n')).findings.map((f) => f.ruleId), ['disable-in-table']);
});

test('breaker15: two stacked comments between rows both go to the end of the row above (they cover the same row), none around the table', () => {
  const text = [...lines.slice(0, row), '<!-- nianbao-disable-next-line row-label -- 原表如此 -->', '<!-- nianbao-disable-next-line cell-blank -->',
    lines[row].replace('权益', '权利').replace(/\| 0 (\s*)\|/, '|   $1|'), ...lines.slice(row + 1)].join('\n');
  const fs = core.analyze(text).findings;
  assert.deepEqual(fs.map((f) => [f.ruleId, f.range.start.line]), [['disable-in-table', row], ['disable-in-table', row + 1]]);
  for (const f of fs) assert.match(f.message, /请把它写在上一行的末尾/);
  const fixed = core.fixAll(text).text;
  assert.deepEqual(ids(fixed), []);
  const out = fixed.split('\n');
  assert.equal(out[row - 1], `${lines[row - 1]} <!-- nianbao-disable-next-line row-label -- 原表如此 --> <!-- nianbao-disable-next-line cell-blank -->`);
  assert.ok(!out.some((l) => /nianbao-(?:disable|enable) /.test(l)), 'no disable/enable pair');
});

test('breaker15: a comment stacked under the header below one for the same rule is deleted, not doubled around the table; one with a reason of its own is kept', () => {
  const header = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
  const first = header + 2;
  const stacked = (second) => [...lines.slice(0, first), '<!-- nianbao-disable-next-line row-label -- 原表如此 -->', second, lines[first].replace('本年新收', '本年新增'), ...lines.slice(first + 1)].join('\n');
  const text = stacked('<!-- nianbao-disable-next-line row-label -->');
  const fs = core.analyze(text).findings;
  assert.deepEqual(fs.map((f) => f.ruleId), ['disable-in-table', 'disable-in-table']);
  assert.match(fs[1].message, /已有一条屏蔽相同规则的注释（紧接在它之上，或在表格之前）覆盖它要屏蔽的行/);
  const fixed = core.fixAll(text).text;
  assert.deepEqual(ids(fixed), []);
  const out = fixed.split('\n');
  assert.deepEqual(out.filter((l) => l.includes('nianbao-')), ['<!-- nianbao-disable row-label -- 原表如此 -->', '<!-- nianbao-enable row-label -->']);
  // A reason of its own would be lost by deleting it: it goes around the table as well.
  const kept = core.fixAll(stacked('<!-- nianbao-disable-next-line row-label -- 已核实 -->')).text;
  assert.ok(kept.includes('已核实'));
  assert.ok(kept.includes('原表如此'));
});

test('breaker19: fixes applied one by one give what fix-all gives: the second comment under the header is deleted once the first went around the table', () => {
  const header = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
  const first = header + 2;
  const text = [...lines.slice(0, first), '<!-- nianbao-disable-next-line row-label -->', '<!-- nianbao-disable-next-line row-label -->', lines[first].replace('本年新收', '本年新增'), ...lines.slice(first + 1)].join('\n');
  let cur = text;
  for (let step = 0; step < 4; step++) {
    const f = core.analyze(cur).findings.find((x) => x.ruleId === 'disable-in-table' && x.fix);
    if (!f) break;
    cur = core.applyFixes(cur, f.fix.edits).text;
  }
  assert.equal(cur, core.fixAll(text).text);
  assert.deepEqual(cur.split('\n').filter((l) => l.includes('nianbao-')), ['<!-- nianbao-disable row-label -->', '<!-- nianbao-enable row-label -->']);
  assert.deepEqual(ids(cur), []);
});

test('brk81 #7: a suppression comment under a comment of the writer\'s over several lines is between rows too (the other is stepped over), and one over lines right under the header is said as between the header and its delimiter row', () => {
  const text = withComment(['<!-- 注：', '已核实 -->', '<!-- nianbao-disable-next-line row-label -->'].join('\n'));
  const fs = core.analyze(text).findings;
  assert.deepEqual(fs.map((f) => [f.ruleId, f.range.start.line]), [['comment-in-table', row], ['disable-in-table', row + 2]]);
  // Its fix steps over the comment over lines to the row above, as it steps over a one-line comment.
  const fixed = core.applyFixes(text, fs[1].fix.edits).text;
  assert.equal(fixed.split('\n')[row - 1], `${lines[row - 1]} <!-- nianbao-disable-next-line row-label -->`);
  const header = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
  const under = [...lines.slice(0, header + 1), '<!-- nianbao-disable-next-line', 'row-label -->', ...lines.slice(header + 1)].join('\n');
  const [d] = core.analyze(under).findings;
  assert.equal(d.ruleId, 'disable-in-table');
  assert.match(d.message, /写在表头与其下的分隔行/);
});

// brk94 #5: a disable-next-line comment between 表三's header and its delimiter row, meant for the header's label: the
// fix makes it a block around the table, and the same fix-all pass rewrote that label (商业机构 → 商业企业), leaving the
// block unused. Such comments are now moved in a pass of their own, before the fixes they may suppress.
test('a comment moved out of a table by fix-all suppresses what it then covers: the fixes it covers are not made', () => {
  const header = lines.findIndex((l) => l.includes('| 商业企业 |'));
  assert.ok(header > 0 && lines[header + 1].startsWith('| ---'));
  const text = [...lines.slice(0, header), lines[header].replace('商业企业', '商业机构'), '<!-- nianbao-disable-next-line column-label -->', ...lines.slice(header + 1)].join('\n');
  assert.ok(ids(text).includes('column-label'));
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.includes('| 商业机构 |'), 'the label the comment keeps');
  assert.match(fixed, /<!-- nianbao-disable column-label -->\n\| （本列数据/);
  const after = core.analyze(fixed, { reportUnusedDisable: true }).findings.map((f) => f.ruleId);
  assert.deepEqual(after, []);
});
