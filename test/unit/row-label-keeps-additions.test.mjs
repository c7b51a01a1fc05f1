// brk104 #2: row-label's fix wrote the template's label over the whole label cell, dropping what the author added
// to it: `（二）部分公幵（区分处理的，只计这一情形，不计其他情形）（含转办件）` lost `（含转办件）`, `规章※` (a note `注：※ …` under
// the table) lost its ※ although the label was otherwise exact, and a trailing `*`, ` 备注：无`, `（单位：件）` went the same
// way. Now the fix rewrites the label only and keeps a footnote mark, a bracketed remark or a note after it; a label
// that is exact but for such an addition is no row-label finding; true misspellings at the end of a label (cut short,
// a wrong last character, a character typed twice) are still fixed; the pipe table stays aligned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const LINES = CORRECT.split('\n');
const PARTIAL = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';

/** The example with the label cell of the row `label` written `written` (the cell's padding kept where it fits), and that line. */
function relabel(label, written) {
  const i = LINES.findIndex((l) => l.startsWith(`| ${label} `));
  assert.ok(i > 0, label);
  const cell = LINES[i].split('|')[1];
  const padded = ` ${written}${' '.repeat(Math.max(1, core.displayWidth(cell) - 1 - core.displayWidth(written)))}`;
  return { line: i, text: [...LINES.slice(0, i), LINES[i].replace(cell, padded), ...LINES.slice(i + 1)].join('\n') };
}

const rowLabels = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');
/** `text` with every row-label fix applied. */
const fixed = (text) => core.applyFixes(text, rowLabels(text).flatMap((f) => f.fix?.edits ?? [])).text;
/** Asserts that line `i` of `text` has its pipes where the row above it in the same table has them (the table stays aligned). */
const assertAligned = (text, i, what) => {
  const lines = text.split('\n');
  assert.ok(lines[i - 1].startsWith('|'), what);
  assert.deepEqual(pipes(lines[i]), pipes(lines[i - 1]), what);
};
/** The display columns of the pipes of a line (a Chinese character two columns). */
const pipes = (line) => [...line.matchAll(/\|/g)].map((m) => core.displayWidth(line.slice(0, m.index)));

test('the repros: a misspelled label keeps its remark, an exact label with a footnote mark is no finding', () => {
  const annotated = relabel(PARTIAL, '（二）部分公幵（区分处理的，只计这一情形，不计其他情形）（含转办件）');
  const found = rowLabels(annotated.text);
  assert.equal(found.length, 1);
  assert.equal(found[0].message.zh ?? found[0].message, `行标签“（二）部分公幵（区分处理的，只计这一情形，不计其他情形）（含转办件）”与格式不一致，应为“${PARTIAL}”（相差 1 个字）。`);
  const after = fixed(annotated.text).split('\n')[annotated.line];
  assert.equal(after.split('|')[1].trim(), `${PARTIAL}（含转办件）`);
  assertAligned(fixed(annotated.text), annotated.line, 'repro');
  assert.deepEqual(rowLabels(fixed(annotated.text)), []);
  // Without the typo, the annotated label is accepted.
  assert.deepEqual(rowLabels(relabel(PARTIAL, `${PARTIAL}（含转办件）`).text), []);
  // 表二's `规章※` with its note under the table.
  const marked = relabel('规章', '规章※').text.replace('\n\n第二十条第（五）项', '\n\n注：※ 本年规章由市政府统一制发，本机关未单独制发。\n\n第二十条第（五）项');
  assert.ok(marked.includes('注：※'));
  assert.deepEqual(rowLabels(marked), []);
  assert.equal(fixed(marked), marked);
});

test('an exact label with a mark or a remark after it is no row-label finding, in 表二 and 表三', () => {
  for (const label of ['规章', '行政许可', '1.属于国家秘密', PARTIAL, '四、结转下年度继续办理']) {
    for (const added of ['※', ' ※', '*', '＊', '★', '¹', '[1]', '（单位：件）', ' 备注：无']) {
      const { text } = relabel(label, label + added);
      assert.deepEqual(rowLabels(text).map((f) => f.message.zh ?? f.message), [], label + added);
    }
  }
});

test('a misspelled label with a mark or a remark after it: the fix rewrites the label and keeps what was added', () => {
  for (const [label, typo] of [['规章', '规帐'], ['行政许可', '行政许评'], ['1.属于国家秘密', '1.属于国家秘蜜'], [PARTIAL, '（二）不分公开（区分处理的，只计这一情形，不计其他情形）']]) {
    for (const added of ['※', ' ※', '*', '★', '¹', '[1]', '（含转办件）', '（单位：件）', ' 备注：无']) {
      const { line, text } = relabel(label, typo + added);
      const found = rowLabels(text);
      assert.equal(found.length, 1, typo + added);
      assert.ok(found[0].fix, typo + added);
      const after = fixed(text).split('\n')[line];
      assert.equal(after.split('|')[1].trim(), label + added, typo + added);
      assertAligned(fixed(text), line, typo + added);
    }
  }
});

test('misspellings at the end of a label are still fixed whole, a remark after them kept', () => {
  for (const [label, typo] of [
    // Cut short.
    [PARTIAL, '（二）部分公开（区分处理的，只计这一情形，不计其他情'],
    // A wrong last character.
    ['3.要求提供公开出版物', '3.要求提供公开出版品'],
    // A character typed twice.
    ['1.属于国家秘密', '1.属于国家秘密密'],
  ]) {
    for (const added of ['', '（含转办件）']) {
      const { line, text } = relabel(label, typo + added);
      assert.equal(rowLabels(text).length, 1, typo + added);
      const after = fixed(text).split('\n')[line];
      assert.equal(after.split('|')[1].trim(), label + added, typo + added);
      assertAligned(fixed(text), line, typo + added);
    }
  }
});

test('Markdown emphasis around a misspelled label is kept on both sides', () => {
  const { line, text } = relabel('1.属于国家秘密', '**1.属于国家秘蜜**');
  assert.equal(fixed(text).split('\n')[line].split('|')[1].trim(), '**1.属于国家秘密**');
});

// brk105 #3 (F6): a footnote mark before the label (`※行政许可`, `※2.重复申清`) is the author's as one after it is:
// an exact label with it is no finding, a misspelled one is fixed keeping the mark (and its ordinal is no row number).
test('a footnote mark before the label is kept as one after it', () => {
  for (const [label, written] of [['行政许可', '※行政许可'], ['2.重复申请', '※2.重复申请'], ['规章', '* 规章'], ['规章', '①规章']]) {
    assert.deepEqual(rowLabels(relabel(label, written).text).map((f) => f.message), [], written);
  }
  for (const [label, written, want] of [['行政许可', '※行政许可可', '※行政许可'], ['2.重复申请', '※2.重复申清', '※2.重复申请'], ['规章', '※规帐※', '※规章※'], ['规章', '※规帐', '※规章']]) {
    const { text, line } = relabel(label, written);
    const found = rowLabels(text);
    assert.equal(found.length, 1, written);
    assert.ok(found[0].fix, `${written}: ${found[0].message}`);
    assert.doesNotMatch(found[0].message, /可能是这一行的数/, written);
    const out = fixed(text);
    assert.ok(out.split('\n')[line].startsWith(`| ${want} `), out.split('\n')[line]);
    assertAligned(out, line, written);
  }
});

// A footnote mark in superscript digits before the label (`¹行政许可`) was read as a number (NFKC makes it `1行政许可`):
// the row had no label, and row-missing said 行政许可 was missing and not at its place although it was.
test('a superscript footnote mark before the label is a mark, not a number', () => {
  for (const [label, written] of [['行政许可', '¹行政许可'], ['行政处罚', '² 行政处罚'], ['规章', '³规章'], ['1.属于国家秘密', '¹1.属于国家秘密'], ['2.重复申请', '⁴2.重复申请']]) {
    const { text } = relabel(label, written);
    assert.deepEqual(core.analyze(text).findings.map((f) => `${f.ruleId}: ${f.message}`), [], written);
  }
  const { text, line } = relabel('行政许可', '¹行政许可等');
  const found = rowLabels(text);
  assert.equal(found.length, 1);
  assert.ok(fixed(text).split('\n')[line].startsWith('| ¹行政许可 '), fixed(text).split('\n')[line]);
  assert.deepEqual(core.analyze(fixed(text)).findings.map((f) => f.ruleId), []);
});

// brk105 F12: the count in the message took in some marks and not others: `行政强制措施*` was 2 characters from
// 行政强制 (`*` is no part of a label's key) but `行政处罚决定※` 3 from 行政处罚. The mark is kept by the fix, so it is
// not counted, whichever it is, before or after the label: only the label's own characters are.
test('the characters apart in the message are the label\'s own, whatever footnote mark the fix keeps (brk105 F12)', () => {
  const apart = (f) => Number(/相差 (\d+) 个字/.exec(f.message)[1]);
  const marks = (typo) => [typo, ...['*', '＊', '※', ' ※', '★', '†', '¹', '[1]', '（含转办件）'].map((m) => typo + m), `※${typo}`, `＊${typo}`, `※${typo}※`];
  for (const [label, typo, n, written] of [
    // A row of 表二 with a word added (read as that row when its item lacks it, brk101 #1), marked after the label.
    ...[['行政强制', '行政强制措施'], ['行政处罚', '行政处罚决定']].flatMap(([label, typo]) => [typo, `${typo}*`, `${typo}＊`, `${typo}※`, `${typo} ※`, `${typo}★`, `${typo}†`, `＊${typo}`].map((w) => [label, typo, 2, w])),
    // Misspelled labels of 表二 and 表三, marked before or after.
    ...[['规章', '规帐'], ['行政许可', '行政许评'], ['2.重复申请', '2.重复申清'], ['1.属于国家秘密', '1.属于国家秘蜜']].flatMap(([label, typo]) => marks(typo).map((w) => [label, typo, 1, w])),
  ]) {
    const { text, line } = relabel(label, written);
    const found = rowLabels(text);
    assert.equal(found.length, 1, written);
    assert.equal(apart(found[0]), n, `${written}: ${found[0].message}`);
    // The fix keeps the mark (and the table aligned).
    assert.ok(found[0].fix, `${written}: ${found[0].message}`);
    const out = fixed(text);
    assert.equal(out.split('\n')[line].split('|')[1].trim(), written.replace(typo, label).trim(), written);
    assertAligned(out, line, written);
  }
  // The repros, in English too: 2 characters each.
  for (const [label, written] of [['行政强制', '行政强制措施*'], ['行政处罚', '行政处罚决定※']]) {
    const f = core.analyze(relabel(label, written).text, { locale: 'en' }).findings.filter((x) => x.ruleId === 'row-label');
    assert.match(f[0].message, /\(2 characters apart\)/, written);
  }
});
