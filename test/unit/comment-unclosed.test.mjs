// comment-unclosed (brk142 #5): a line opening an HTML comment with no `-->` after it makes the rest of the text one
// comment for CommonMark (GitHub, GitLab, VS Code's preview show nothing after it), while the checker reads that text.
// A suppression comment that lost its `-->` also suppresses nothing: it was silent. Bases: examples/errors-2024 (a
// template note under 六) and examples/correct-2024 (六 and the signature at the end).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { core, ROOT } from '../helpers.mjs';

const md = createRequire(import.meta.url)('markdown-it')({ html: true });
const errors = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const NOTE = '（文字描述，收取信息处理费情况在此处报告。）';
const ids = (text) => core.analyze(text).findings.map((f) => f.ruleId);
const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'comment-unclosed');
/** Whether `word` lies, in `text` rendered to HTML, inside a comment never closed (what a browser does not show). */
const hidden = (text, word) => {
  const html = md.render(text);
  const at = html.indexOf(word);
  const open = html.lastIndexOf('<!--', at);
  return at >= 0 && open >= 0 && !html.slice(open).includes('-->');
};
/** `text` with `added` lines inserted before the line that starts with `before`. */
const insertBefore = (text, before, ...added) => {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(before));
  assert.ok(at >= 0, before);
  return [...lines.slice(0, at), ...added, ...lines.slice(at)].join('\n');
};

test('a suppression comment without its -->: said (it suppresses nothing, the rest is hidden); the fix closes it and it suppresses', () => {
  const text = insertBefore(errors, NOTE, '<!-- nianbao-disable-next-line template-note');
  // As rendered, nothing of it or after it shows: the note and everything below are inside the comment.
  assert.ok(hidden(text, '文字描述'));
  const line = text.split('\n').indexOf('<!-- nianbao-disable-next-line template-note');
  const [f, ...rest] = found(text);
  assert.equal(rest.length, 0);
  assert.deepEqual([f.range.start.line, f.range.start.character, f.range.end.character, f.severity], [line, 0, 44, 'warning']);
  assert.match(f.message, /这条屏蔽注释没有结尾的“-->”，它不屏蔽任何问题；Markdown 渲染时从这一行到文末的全部内容（第 \d+–\d+ 行，其中有文字的 \d+ 行）都成了注释/);
  assert.ok(ids(text).includes('template-note'));
  const fixed = core.applyFixes(text, f.fix.edits).text;
  assert.equal(fixed.split('\n')[line], '<!-- nianbao-disable-next-line template-note -->');
  assert.ok(!ids(fixed).includes('template-note'));
  assert.ok(!ids(fixed).includes('comment-unclosed'));
  assert.ok(!hidden(fixed, '文字描述'));
  // `--` or `->` already written at the line's end is completed, not doubled; a reason after the ids stays.
  for (const [written, closed] of [
    ['<!-- nianbao-disable-next-line template-note --', '<!-- nianbao-disable-next-line template-note -->'],
    ['<!-- nianbao-disable-next-line template-note ->', '<!-- nianbao-disable-next-line template-note -->'],
    ['> <!-- nianbao-disable-next-line template-note -- 按上级要求保留', '> <!-- nianbao-disable-next-line template-note -- 按上级要求保留 -->'],
  ]) {
    const t = insertBefore(errors, NOTE, written);
    const out = core.fixAll(t).text.split('\n');
    assert.ok(out.includes(closed), written);
  }
});

test('an ordinary <!-- never closed before 六 hides the section and the signature: said, naming the first hidden heading, no fix', () => {
  const text = insertBefore(correct, '## 六、其他需要报告的事项', '<!-- 以下待法制科核实', '');
  assert.ok(hidden(text, '2025年1月20日'));
  const [f, ...rest] = found(text);
  assert.equal(rest.length, 0);
  const lines = text.split('\n');
  const last = lines.findLastIndex((l) => l.trim()) + 1;
  assert.match(f.message, new RegExp(`HTML 注释“<!--”没有闭合（缺少“-->”）：Markdown 渲染时从这一行到文末的全部内容（第 ${f.range.start.line + 2}–${last} 行，其中有文字的 4 行，从“六、其他需要报告的事项”起）都成了注释`));
  assert.equal(f.fix, undefined);
  assert.equal(f.severity, 'warning');
  assert.equal(core.analyze(text, { locale: 'en' }).findings.find((x) => x.ruleId === 'comment-unclosed').message.startsWith('This HTML comment (“<!--”) is never closed'), true);
});

test('not said: closed comments (also over several lines), a <!-- in a code block or mid-line, one on the last line', () => {
  assert.deepEqual(found(insertBefore(errors, NOTE, '<!-- nianbao-disable-next-line template-note -->')), []);
  assert.deepEqual(found(insertBefore(errors, NOTE, '<!-- nianbao-disable-next-line', 'template-note -- 已核实 -->')), []);
  assert.deepEqual(found(insertBefore(correct, '## 六、其他需要报告的事项', '<!-- 以下待核实', '注意口径 -->', '')), []);
  assert.deepEqual(found(insertBefore(correct, '## 六、其他需要报告的事项', '```', '<!-- nianbao-disable-next-line row-label', '```', '')), []);
  assert.deepEqual(found(insertBefore(correct, '## 六、其他需要报告的事项', '本年度未出现 <!-- 的写法。', '')), []);
  assert.deepEqual(found(`${correct.trimEnd()}\n<!-- 待补充`), []);
  // The correct example has none.
  assert.deepEqual(found(correct), []);
});

test('fix-all closes the suppression comment first, in a pass of its own: the note it covers is kept, not deleted', () => {
  const text = insertBefore(errors, NOTE, '<!-- nianbao-disable-next-line template-note');
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.includes('<!-- nianbao-disable-next-line template-note -->\n' + NOTE), 'closed, with the note right below it');
  assert.ok(!core.analyze(fixed).findings.some((f) => f.ruleId === 'template-note' || f.ruleId === 'comment-unclosed'));
});

/** Whether `word` shows in `text` rendered to HTML (outside every comment). */
const shown = (text, word) => md.render(text).replace(/<!--[\s\S]*?-->/g, '').includes(word);

test('a suppression comment without its --> closed by a later comment: said with the lines it swallows; section-missing names the commented title and inserts nothing; the fix brings the sections back', () => {
  const directive = '<!-- nianbao-disable-next-line template-note';
  const text = insertBefore(insertBefore(correct, '## 三、', directive, ''), '## 五、', '<!-- 备注：以下由办公室填写 -->');
  const lines = text.split('\n');
  const open = lines.indexOf(directive);
  const close = lines.indexOf('<!-- 备注：以下由办公室填写 -->');
  // As rendered, 三 and 四 (and their tables) are inside one comment.
  assert.ok(!shown(text, '三、收到和处理政府信息公开申请情况') && !shown(text, '四、政府信息公开行政复议'));
  const [f, ...rest] = found(text);
  assert.equal(rest.length, 0);
  assert.equal(f.range.start.line, open);
  assert.match(f.message, new RegExp(`直到第 ${close + 1} 行另一处的“-->”才结束：其间（第 ${open + 2}–${close + 1} 行）有文字的 \\d+ 行（从“三、收到和处理政府信息公开申请情况”起）都成了注释`));
  // The sections the comment swallowed: said where their titles are, no fix (one would give the report two 三、).
  const missing = core.analyze(text).findings.filter((x) => x.ruleId === 'section-missing');
  assert.deepEqual(missing.map((x) => x.range.start.line), [close + 1, close + 1]);
  assert.match(missing[0].message, new RegExp(`它的标题在第 ${lines.indexOf('## 三、收到和处理政府信息公开申请情况') + 1} 行，但写在了第 ${open + 1}–${close + 1} 行的 HTML 注释里`));
  assert.ok(missing.every((x) => !x.fix));
  // Fix all: the directive closed on its line, nothing inserted, the later comment kept, every line kept.
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, text.replace(directive, `${directive} -->`));
  assert.ok(shown(fixed, '三、收到和处理政府信息公开申请情况') && shown(fixed, '四、政府信息公开行政复议'));
  const after = ids(fixed);
  assert.ok(!after.includes('comment-unclosed') && !after.includes('section-missing'), after.join());
});

test('a directive whose reason goes on the next line and then closes, and a table commented out on purpose: not said', () => {
  const reasoned = insertBefore(correct, '## 六、', '<!-- nianbao-disable-next-line section-title', '     按上级要求使用本单位的标题写法 -->');
  assert.deepEqual(found(reasoned), []);
  // An ordinary comment over several lines holding an old table: its writer's, silent.
  const table = insertBefore(correct, '## 六、', '<!--', '| 项目 | 数量 |', '| --- | --- |', '| 旧表 | 1 |', '-->', '');
  assert.deepEqual(found(table), []);
});

test('a directive whose reason runs over numbered lines (一、二、) and ends with its own --> is silent (brk152 #2)', () => {
  const text = insertBefore(correct, '## 五、', '<!-- nianbao-disable-next-line section-title', '理由（两点）：', '一、按市政府办公室通知要求，第五部分标题统一写作本单位的写法；', '二、与上年报告保持一致。', '-->');
  assert.deepEqual(found(text), []);
  assert.deepEqual(core.fixAll(text).text, text);
});

test('closing a directive that swallowed a section is taken by fix-all even though the section it shows makes more structure findings (brk152 #11)', () => {
  // The directive's -- 沿用上级表述 reason stays; a second 五 (the old draft's) is under a comment of one line.
  const directive = '<!-- nianbao-disable-next-line section-title -- 沿用上级表述';
  const text = insertBefore(correct, '## 五、', directive, '## 五、存在的主要问题及下步打算', '', '政策解读形式单一。', '', '<!-- 以下为旧稿 -->', '');
  assert.equal(found(text).length, 1);
  const r = core.fixAll(text);
  assert.deepEqual(r.refused, []);
  assert.equal(r.text, text.replace(directive, `${directive} -->`));
  // What the page shows now is checked: two sections numbered 五.
  assert.ok(ids(r.text).includes('section-order'), ids(r.text).join());
});

test('a comment opened on 二\'s heading line and closed inside 三\'s table hides both: section-missing names both titles and inserts nothing (brk154 #1)', () => {
  const lines = correct.split('\n');
  const two = lines.indexOf('## 二、主动公开政府信息情况');
  const total = lines.findIndex((l) => l.startsWith('| （七）总计'));
  assert.ok(two > 0 && total > two);
  const text = lines.map((l, i) => (i === two ? `<!--${l}` : i === total ? `-->${l}` : l)).join('\n');
  const missing = core.analyze(text).findings.filter((f) => f.ruleId === 'section-missing');
  assert.equal(missing.length, 2);
  assert.match(missing[0].message, new RegExp(`它的标题在第 ${two + 1} 行，但写在了第 ${two + 1}–${total + 1} 行的 HTML 注释里`));
  assert.ok(missing.every((f) => !f.fix));
  // --fix inserts no heading into 一 (its （一）… sub-sections stay 一's).
  assert.equal(core.fixAll(text).text.split('\n').filter((l) => l.startsWith('## 二、')).length, 0);
});

// brk170 odd/comment_unclosed.md, brk174 #6: the message said the checker reads the hidden text as usual
// (“本工具照常检查这些文字”), while its tables were not read (table-missing, a wrong total in them unsaid), and
// “其后 65 行” counted only the lines with text of the 84 that follow. It says what is read: headings and paragraphs
// (a template note there is still reported), not tables; and which lines it hides.
test('an unclosed comment before 二: the message says its tables are not read (table-missing, a wrong total unsaid) and its prose is', () => {
  const note = '（文字描述，收取信息处理费情况在此处报告。）';
  const base = insertBefore(correct, '## 六、其他需要报告的事项', note, '');
  // A wrong 总计 in 表三 is said without the comment, and not with it.
  const wrong = base.replace(/^(\| （七）总计\s+\| )(\d+)/m, (_, a, n) => `${a}${Number(n) + 1}`);
  assert.notEqual(wrong, base);
  const ids = (t) => core.checkReport(core.parseReport(t)).map((f) => f.ruleId);
  assert.ok(ids(wrong).some((r) => r.startsWith('sum-')), ids(wrong).join());
  const text = insertBefore(wrong, '## 二、主动公开政府信息情况', '<!-- 以下待核实', '');
  const fs = core.checkReport(core.parseReport(text));
  assert.ok(!fs.some((f) => f.ruleId.startsWith('sum-')));
  assert.ok(fs.some((f) => f.ruleId === 'table-missing'));
  assert.ok(fs.some((f) => f.ruleId === 'template-note'));
  const f = fs.find((x) => x.ruleId === 'comment-unclosed');
  assert.ok(!f.message.includes('照常检查这些文字'), f.message);
  assert.match(f.message, /本工具仍读取其中的标题和正文，但不读取其中的表格/);
  const lines = text.split('\n');
  const after = lines.slice(f.range.start.line + 1);
  const last = lines.findLastIndex((l) => l.trim()) + 1;
  assert.ok(f.message.includes(`第 ${f.range.start.line + 2}–${last} 行，其中有文字的 ${after.filter((l) => l.trim()).length} 行`), f.message);
  const en = core.analyze(text, { locale: 'en' }).findings.find((x) => x.ruleId === 'comment-unclosed').message;
  assert.ok(!en.includes('reads that text as usual') && en.includes('but not its tables'), en);
});
