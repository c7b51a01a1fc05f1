// comment-in-table: an HTML comment of the writer's own (`<!-- 数据来源：法制科 -->`) on a line between two table rows
// cuts the rendered table on GitHub, GitLab and in VS Code's preview, though the checker reads the table whole
// (breaker15: a plain comment in 表二 was silent). Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = correct.split('\n');
const row = lines.findIndex((l) => l.startsWith('| 4.保护第三方合法权益'));
const header = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
const insert = (at, ...added) => [...lines.slice(0, at), ...added, ...lines.slice(at)].join('\n');
const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'comment-in-table');
/** Whether every line from 表三's header to its last row is a row (the table renders whole). */
const whole = (text) => {
  const out = text.split('\n');
  const h = out.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
  let last = h;
  while (out[last + 1]?.startsWith('|')) last++;
  return last - h > 25;
};

test('a comment between two rows: said; the fix puts it at the end of the row above, and the table renders whole', () => {
  const text = insert(row, '<!-- 数据来源：法制科 -->');
  assert.ok(!whole(text));
  const fs = found(text);
  assert.deepEqual(fs.map((f) => [f.range.start.line, f.range.start.character, f.severity]), [[row, 0, 'warning']]);
  assert.match(fs[0].message, /写在表格的两行之间.*请把它写在上一行的末尾/);
  const fixed = core.applyFixes(text, fs[0].fix.edits).text;
  assert.equal(fixed, [...lines.slice(0, row - 1), `${lines[row - 1]} <!-- 数据来源：法制科 -->`, ...lines.slice(row)].join('\n'));
  assert.ok(whole(fixed));
  assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), []);
});

test('right under the header it goes above the table; two stacked go to the same row; fix-all keeps every word', () => {
  const under = insert(header + 2, '<!-- 2024年数据 -->');
  const [f] = found(under);
  assert.match(f.message, /紧跟在表头之后，请把它移到表格之前/);
  const fixed = core.fixAll(under).text;
  assert.equal(fixed, insert(header, '<!-- 2024年数据 -->'));
  assert.ok(whole(fixed));
  const stacked = insert(row, '<!-- 甲 -->', '<!-- 乙 -->');
  assert.equal(found(stacked).length, 2);
  const both = core.fixAll(stacked).text;
  assert.ok(whole(both));
  assert.equal(both.split('\n')[row - 1], `${lines[row - 1]} <!-- 甲 --> <!-- 乙 -->`);
  assert.deepEqual(core.analyze(both).findings.map((x) => x.ruleId), []);
});

test('not said: a comment outside a table, at the end of a row, spread over lines, or a suppression comment (disable-in-table\'s)', () => {
  assert.deepEqual(found(insert(header, '<!-- 表三 -->', '')), []);
  assert.deepEqual(found([...lines.slice(0, row), `${lines[row]} <!-- 核实 -->`, ...lines.slice(row + 1)].join('\n')), []);
  assert.deepEqual(found(insert(row, '<!-- 核实', '-->')), []);
  const directive = core.analyze(insert(row, '<!-- nianbao-disable-next-line row-label -->')).findings.map((f) => f.ruleId);
  assert.deepEqual(directive, ['disable-in-table']);
});

test('breaker19: a row without its closing pipe gets one before the comment (the comment was written into its last cell: 0 <!-- … --> was no number)', () => {
  const open = [...lines.slice(0, row - 1), lines[row - 1].replace(/\s*\|\s*$/, ''), '<!-- 数据待核实 -->', ...lines.slice(row)].join('\n');
  const fixed = core.fixAll(open).text;
  assert.equal(fixed.split('\n')[row - 1], `${lines[row - 1].replace(/\s*\|\s*$/, '')} | <!-- 数据待核实 -->`);
  assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), []);
});

test('breaker19: the writer\'s comment and a suppression comment stacked between rows both go to the row above (the suppression was widened to the whole table)', () => {
  const text = insert(row, '<!-- 数据待核实 -->', '<!-- nianbao-disable-next-line row-label -->').replace(lines[row], lines[row].replace('权益', '权利'));
  const fs = core.analyze(text).findings;
  assert.deepEqual(fs.map((f) => f.ruleId).sort(), ['comment-in-table', 'disable-in-table']);
  assert.match(fs.find((f) => f.ruleId === 'disable-in-table').message, /请把它写在上一行的末尾/);
  const fixed = core.fixAll(text).text;
  assert.ok(whole(fixed));
  assert.ok(!fixed.includes('nianbao-disable row-label'), 'not widened to the table');
  assert.equal(fixed.split('\n')[row - 1], `${lines[row - 1]} <!-- 数据待核实 --> <!-- nianbao-disable-next-line row-label -->`);
  assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), []);
});

test('a suppression comment between two rows, its name in full-width letters too: only disable-in-table, once (breaker43 #14)', () => {
  for (const comment of ['<!-- ｎｉａｎｂａｏ-disable-next-line sum-review 数据已核实 -->', '<!-- ｎｉａｎｂａｏ－disable-next-line row-label -->', '<!-- nianbao-disable-next-line row-label -->']) {
    const text = insert(row, comment);
    const atComment = core.analyze(text).findings.filter((f) => f.range.start.line === row).map((f) => f.ruleId);
    assert.deepEqual(atComment.filter((id) => id.endsWith('-in-table')), ['disable-in-table'], comment);
  }
});

test('a comment between the header and its delimiter row (no table renders at all): said; the fix moves it above the table (helper-207 #2)', () => {
  for (const comment of ['<!-- 数据来源：法制科 -->', '<!-- 注 -->']) {
    const text = insert(header + 1, comment);
    assert.ok(!whole(text));
    const fs = found(text);
    assert.deepEqual(fs.map((f) => f.range.start.line), [header + 1]);
    assert.match(fs[0].message, /写在表头与其下的分隔行（\| --- \|）之间：Markdown 渲染时整张表都不成表格/);
    const fixed = core.applyFixes(text, fs[0].fix.edits).text;
    assert.ok(whole(fixed));
    assert.equal(fixed.split('\n')[header], comment, 'above the table');
    assert.deepEqual(found(fixed), []);
  }
  // A suppression comment there is disable-in-table's, said the same way, and ends around the table.
  const directive = insert(header + 1, '<!-- nianbao-disable-next-line row-label -->');
  const d = core.analyze(directive).findings.filter((f) => f.ruleId === 'disable-in-table');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /写在表头与其下的分隔行/);
  assert.ok(whole(core.applyFixes(directive, d[0].fix.edits).text));
  assert.deepEqual(found(directive), []);
});

test('a comment with a pipe in it goes above the table, not after a row\'s last cell, where it would split into cells (helper-222 #5)', () => {
  const text = insert(row + 1, '<!-- 数据待核实：见附件 | 第3页 -->');
  const [f] = found(text);
  assert.match(f.message, /注释中有竖线/);
  const fixed = core.applyFixes(text, f.fix.edits).text;
  assert.equal(fixed, insert(header, '<!-- 数据待核实：见附件 | 第3页 -->'));
  assert.ok(whole(fixed));
  assert.deepEqual(core.analyze(fixed).findings.map((x) => x.ruleId), []);
});
