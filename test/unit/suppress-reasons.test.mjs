// Suppression comments as people write them, found in review: a reason with no rule id (`数据已核实`) silently
// suppressed every rule on the line; English reason words with no `--` after an id (`row-label checked by finance`)
// were read as three unknown ids; the comment's name typed in full-width letters (`ｎｉａｎｂａｏ-…`, a Chinese input
// method in full-width mode) was ignored; and a Markdown link-reference "comment" (`[//]: # (nianbao-…)`) did
// nothing and said nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

// Seed 003: row-label on lines 35 and 51 (1-based), nothing else on line 35.
const SEED3 = corpusText('seeds/003_7487cbc35b761747.txt');
/** SEED3 with `comment` as a line of its own before the 1-based line `at` (the comment is then line `at`). */
const before = (at, comment) => { const l = SEED3.split('\n'); l.splice(at - 1, 0, comment); return l.join('\n'); };
const base = core.analyze(SEED3).findings;
/** `ruleId@line` (1-based) of the findings on the comment's line and the line after it. */
const near = (findings, at = 35) => findings.filter((f) => f.range.start.line + 1 === at || f.range.start.line + 1 === at + 1).map((f) => `${f.ruleId}@${f.range.start.line + 1}`);
const of = (findings, id) => findings.filter((f) => f.ruleId === id);

test('a reason with no rule id covers every rule (as documented, and as ESLint reads `-- reason`), and a reason without a separator says so', () => {
  // The row these tests suppress: row-label on line 35 and nothing else there.
  assert.deepEqual(near(base, 34).filter((x) => x.endsWith('@35')), ['row-label@35']);
  const text = before(35, '<!-- nianbao-disable-next-line 数据已核实 -->');
  const { findings } = core.analyze(text);
  // Every rule on the row is suppressed …
  assert.ok(!findings.some((f) => f.range.start.line === 35), 'the row after the comment has no finding');
  // … and an info note, on the reason, says that the comment names no rule: one rule may have been meant.
  const [note, ...more] = of(findings, 'disable-unknown-rule');
  assert.equal(more.length, 0);
  assert.equal(note.severity, 'info');
  assert.equal(text.split('\n')[34].slice(note.range.start.character, note.range.end.character), '数据已核实');
  assert.equal(note.message, 'nianbao-disable-next-line 注释没有写规则 id，“数据已核实”读作说明，屏蔽下一行的所有规则；只想屏蔽某条规则时，在说明前写上规则 id（如 <!-- nianbao-disable-next-line row-label -- 数据已核实 -->）；确要屏蔽所有规则时，在说明前加“--”。');
  assert.equal(note.fix, undefined, 'no fix: only the writer knows which rule was meant');
  assert.match(of(core.analyze(text, { locale: 'en' }).findings, 'disable-unknown-rule')[0].message, /^The nianbao-disable-next-line comment names no rule id: “数据已核实” is read as a reason, and every rule is suppressed on the next line/);
  // Info does not fail a run, and the note does not count as the comment being used or not.
  assert.deepEqual(of(core.analyze(text, { reportUnusedDisable: true }).findings, core.UNUSED_DISABLE), []);
  // A block: the same note.
  const block = core.analyze(before(35, '<!-- nianbao-disable 表中数据已核实 -->')).findings;
  assert.match(of(block, 'disable-unknown-rule')[0].message, /^nianbao-disable 注释没有写规则 id，“表中数据已核实”读作说明，屏蔽此后各行的所有规则/);
  // A reason marked as one (` -- `, a bracket) with no id: every rule, as ESLint's `eslint-disable-next-line -- reason`,
  // and no note; nor for an enable comment, which suppresses nothing.
  for (const comment of ['<!-- nianbao-disable-next-line -- checked -->', '<!-- nianbao-disable-next-line -- 数据已核实 -->', '<!-- nianbao-disable-next-line（数据已核实） -->', '<!-- nianbao-enable 已改正 -->']) {
    const f = core.analyze(before(35, comment)).findings;
    assert.deepEqual(of(f, 'disable-unknown-rule'), [], comment);
    assert.equal(f.some((x) => x.range.start.line === 35), comment.includes('enable'), comment);
  }
});

test('after a rule id, words close to no rule id are the reason; a word close to one stays an id to correct', () => {
  for (const [comment, reason] of [
    ['<!-- nianbao-disable-next-line row-label checked by finance -->', 'checked by finance'],
    ['<!-- nianbao-disable-next-line row-label, checked by finance -->', 'checked by finance'],
    ['<!-- nianbao-disable-next-line column-label row-label as printed in the PDF -->', 'as printed in the PDF'],
  ]) {
    const text = before(35, comment);
    const { findings } = core.analyze(text);
    assert.deepEqual(near(findings), [], `${comment}: the row is suppressed and no word is an unknown id`);
    assert.equal(findings.length, base.length - 1, comment);
  }
  // A misspelt id among them is still an id: corrected by the fix, and the words after it are the reason.
  const text = before(35, '<!-- nianbao-disable-next-line row-lable checked -->');
  const unknown = of(core.analyze(text).findings, 'disable-unknown-rule');
  assert.deepEqual(unknown.map((f) => f.data.id), ['row-lable', 'checked'], 'before any known id, every word is an id');
  const typo = before(35, '<!-- nianbao-disable-next-line row-label sum-reviw checked by finance -->');
  const [f, ...more] = of(core.analyze(typo).findings, 'disable-unknown-rule');
  assert.equal(more.length, 0);
  assert.equal(f.data.id, 'sum-reviw');
  assert.deepEqual(f.fix.edits.map((e) => e.newText), ['sum-review']);
  // Removing an unused id keeps the reason (written after ` -- ` now): none of the writer's words is lost.
  const unused = before(35, '<!-- nianbao-disable-next-line row-label, cell-blank checked by finance -->');
  const u = of(core.analyze(unused, { reportUnusedDisable: true }).findings, core.UNUSED_DISABLE);
  assert.equal(u.length, 1);
  assert.equal(core.applyFixes(unused, u[0].fix.edits).text, before(35, '<!-- nianbao-disable-next-line row-label -- checked by finance -->'));
});

test('the comment\'s name in full-width letters is honoured; a full-width `＜！－－` (shown by Markdown) is no comment', () => {
  for (const comment of [
    '<!-- ｎｉａｎｂａｏ-disable-next-line row-label -->',
    '<!-- ｎｉａｎｂａｏ－ｄｉｓａｂｌｅ－ｎｅｘｔ－ｌｉｎｅ row-label -->',
    '<!-- ＮＩＡＮＢＡＯ-DISABLE-NEXT-LINE：row-label -->',
    '<!-- ｎｉａｎｂａｏ-disable-next-line row-label checked by finance -->',
  ]) {
    const findings = core.analyze(before(35, comment)).findings;
    assert.deepEqual(near(findings), [], comment);
    assert.equal(findings.length, base.length - 1, comment);
  }
  // A block, and the enable that ends it.
  const lines = SEED3.split('\n');
  lines.splice(39, 0, '<!-- ｎｉａｎｂａｏ-enable row-label -->');
  lines.splice(29, 0, '<!-- ｎｉａｎｂａｏ-disable row-label -->');
  const block = core.analyze(lines.join('\n')).findings;
  assert.deepEqual(of(block, 'row-label').map((f) => f.range.start.line + 1), [53], 'line 35 is in the block, 51 (now 53) after it');
  // A misspelt name in full-width letters is reported like any other.
  const bad = of(core.analyze(before(35, '<!-- ｎｉａｎｂａｏ-disable-lin row-label -->')).findings, 'disable-unknown-rule');
  assert.deepEqual(bad.map((f) => f.data.id), ['disable-lin']);
  // Full-width brackets and dashes around it are text that Markdown shows, not a comment.
  const shown = core.analyze(before(35, '＜！－－ nianbao-disable-next-line row-label －－＞')).findings;
  assert.ok(of(shown, 'row-label').some((f) => f.range.start.line === 35));
});

test('a Markdown link-reference comment (`[//]: # (…)`) suppresses nothing, as in markdownlint: a warning whose fix writes the HTML comment', () => {
  for (const [comment, html] of [
    ['[//]: # (nianbao-disable-next-line row-label)', '<!-- nianbao-disable-next-line row-label -->'],
    ['[//]: # "nianbao-disable-next-line row-label -- 原文如此"', '<!-- nianbao-disable-next-line row-label -- 原文如此 -->'],
    ['[comment]: <> (ｎｉａｎｂａｏ-disable-next-line row-label)', '<!-- ｎｉａｎｂａｏ-disable-next-line row-label -->'],
  ]) {
    const text = before(35, comment);
    const { findings } = core.analyze(text);
    assert.ok(of(findings, 'row-label').some((f) => f.range.start.line === 35), `${comment}: not honoured`);
    const [f, ...more] = of(findings, 'disable-unknown-rule');
    assert.equal(more.length, 0, comment);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, `Markdown 链接引用形式的注释不是屏蔽注释，它不屏蔽任何问题：屏蔽注释须写成 HTML 注释 ${html}。`);
    const fixed = core.applyFixes(text, f.fix.edits).text;
    assert.equal(fixed, before(35, html));
    assert.deepEqual(near(core.analyze(fixed).findings), [], `${comment}: the HTML comment suppresses`);
  }
  // Other link references, and one with a comment that is not ours, are left alone.
  for (const other of ['[//]: # (a note for the editors)', '[nianbao]: https://example.com/nianbao-disable']) {
    assert.deepEqual(of(core.analyze(before(35, other)).findings, 'disable-unknown-rule'), [], other);
  }
});
