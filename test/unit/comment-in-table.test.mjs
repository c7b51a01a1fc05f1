// comment-in-table: an HTML comment of the writer's own (`<!-- 数据来源：法制科 -->`) on a line between two table rows
// cuts the rendered table on GitHub, GitLab and in VS Code's preview, though the checker reads the table whole
// (breaker15: a plain comment in 表二 was silent). Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { core, ROOT } from '../helpers.mjs';

const md = createRequire(import.meta.url)('markdown-it')({ html: true });

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

test('not said: a comment outside a table, at the end of a row, or a suppression comment (disable-in-table\'s)', () => {
  assert.deepEqual(found(insert(header, '<!-- 表三 -->', '')), []);
  assert.deepEqual(found(insert(header, '<!-- 表三', '说明 -->', '')), []);
  assert.deepEqual(found([...lines.slice(0, row), `${lines[row]} <!-- 核实 -->`, ...lines.slice(row + 1)].join('\n')), []);
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

// brk81 #7: any line between rows that begins an HTML comment begins an HTML block, which ends the rendered table: a
// comment over several lines, or with text after it on its line, cut 表三 at 24 of its 45 rows and was not said.
/** The number of table rows markdown-it renders (html on, as GFM): 45 in the example. */
const rendered = (text) => md.render(text).match(/<tr>/g)?.length ?? 0;
const allRows = rendered(correct);

test('a comment over several lines between two rows: said over all its lines; the fix moves all of it above the table, and the table renders whole (brk81 #7)', () => {
  const text = insert(row, '<!-- 注：第4项含', '转办件2件，已核实 -->');
  assert.ok(rendered(text) < allRows);
  const fs = found(text);
  assert.deepEqual(fs.map((f) => [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character]), [[row, 0, row + 1, '转办件2件，已核实 -->'.length]]);
  assert.match(fs[0].message, /这段 HTML 注释（共 2 行）写在表格的两行之间.*请把它整段移到表格之前/);
  const fixed = core.applyFixes(text, fs[0].fix.edits).text;
  assert.equal(fixed, insert(header, '<!-- 注：第4项含', '转办件2件，已核实 -->'));
  assert.equal(rendered(fixed), allRows);
  assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), []);
  // Its opening alone on a line, its lines indented; between the header and its delimiter row (no table at all).
  const bare = insert(row, '<!--', '  第4项含转办件2件', '-->');
  assert.equal(core.fixAll(bare).text, insert(header, '<!--', '  第4项含转办件2件', '-->'));
  const under = insert(header + 1, '<!-- 注：', '2024年 -->');
  assert.ok(rendered(under) < rendered(text));
  const [u] = found(under);
  assert.match(u.message, /写在表头与其下的分隔行/);
  assert.equal(core.fixAll(under).text, insert(header, '<!-- 注：', '2024年 -->'));
  // An opening shown as code (a fenced code block above, never closed) opens nothing: a comment between rows below is said.
  const section = lines.findIndex((l) => l.startsWith('## 三'));
  assert.equal(found(insert(section, '```', '<!-- 示例', '```', '').replace(lines[row], `<!-- 注 -->\n${lines[row]}`)).length, 1);
});

test('a comment with text after it on its line, or two comments on a line, between two rows: said; the text goes above the table with it (brk81 #7)', () => {
  const text = insert(row, '<!-- 注 --> 第4项含转办件2件');
  assert.ok(rendered(text) < allRows);
  const [f] = found(text);
  assert.equal(f.range.start.line, row);
  assert.match(f.message, /注释之后还有文字（“第4项含转办件2件”）.*连同这些文字移到表格之前/);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, insert(header, '<!-- 注 --> 第4项含转办件2件'));
  assert.equal(rendered(fixed), allRows);
  assert.deepEqual(core.analyze(fixed).findings.map((x) => x.ruleId), []);
  // Two comments and nothing else: the end of the row above takes them, as it takes one.
  const two = insert(row, '<!-- 甲 --> <!-- 乙 -->');
  assert.ok(rendered(two) < allRows);
  const both = core.fixAll(two).text;
  assert.equal(both.split('\n')[row - 1], `${lines[row - 1]} <!-- 甲 --> <!-- 乙 -->`);
  assert.equal(rendered(both), allRows);
});

test('a row commented out over lines between two rows is said, and its lines move above the table whole, pipes and all (brk81 #7)', () => {
  const old = lines[row].replace(/\| 1 (\s*)\|/, '| 9 $1|');
  const text = insert(row + 1, '<!--', old, '-->');
  assert.ok(rendered(text) < allRows);
  const [f] = found(text);
  assert.deepEqual([f.range.start.line, f.range.end.line], [row + 1, row + 3]);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, insert(header, '<!--', old, '-->'));
  assert.equal(rendered(fixed), allRows);
  assert.deepEqual(core.analyze(fixed).findings.map((x) => x.ruleId), []);
});

test('comments over lines stacked with one-line comments and suppression comments: each said once, by its rule; fix-all keeps every character and the table whole (brk81 #7)', () => {
  const chars = (s) => [...s.replace(/\s/g, '')].sort().join('');
  for (const stack of [['<!-- 甲 -->', '<!-- 乙', '丙 -->'], ['<!-- 乙', '丙 -->', '<!-- 甲 -->'], ['<!-- 乙', '丙 -->', '<!-- nianbao-disable-next-line row-label -->']]) {
    const text = insert(row, ...stack);
    const fs = core.analyze(text).findings.map((f) => [f.ruleId, f.range.start.line]);
    assert.deepEqual(fs.filter(([id]) => id.endsWith('-in-table')).length, stack.length - 1, stack.join(' '));
    const fixed = core.fixAll(text).text;
    assert.equal(chars(fixed), chars(text), stack.join(' '));
    assert.equal(rendered(fixed), allRows, stack.join(' '));
    assert.deepEqual(core.analyze(fixed).findings.map((x) => x.ruleId), [], stack.join(' '));
    // The comment over lines is above the table as written; a one-line comment at the end of the row above.
    assert.deepEqual(fixed.split('\n').slice(header, header + 2), ['<!-- 乙', '丙 -->'], stack.join(' '));
  }
  // A suppression comment over lines between two rows stays disable-in-table's alone.
  const directive = insert(row, '<!-- nianbao-disable-next-line', 'row-label -->');
  assert.deepEqual(core.analyze(directive).findings.map((f) => f.ruleId), ['disable-in-table']);
});

test('a comment over lines between two rows of a quoted table: said, and moved above the table inside the quote, its lines given the quote\'s markers they lack (brk81 #7)', () => {
  const t4 = lines.findIndex((l) => l.startsWith('| 行政复议 |'));
  const end = lines.findIndex((l, i) => i > t4 && !l.startsWith('|'));
  const q = lines.map((l, i) => (i >= t4 && i < end ? `> ${l}` : l));
  for (const comment of [['> <!-- 注：', '> 已核实 -->'], ['> <!-- 注：', '已核实 -->']]) {
    const text = [...q.slice(0, end - 1), ...comment, ...q.slice(end - 1)].join('\n');
    assert.ok(rendered(text) < allRows);
    assert.equal(found(text).length, 1, comment.join(' '));
    const fixed = core.fixAll(text).text;
    assert.equal(fixed, [...q.slice(0, t4), '> <!-- 注：', '> 已核实 -->', ...q.slice(t4)].join('\n'));
    assert.equal(rendered(fixed), allRows);
  }
});
