// Section headings in an HTML paragraph pretty-printed over three lines, as Prettier and HTML beautifiers write a
// `<p>` whose one-line form is too long (breaker48 B):
//   <p style="text-indent:2em">
//     <strong>一、总体情况</strong>
//   </p>
// The middle line is read as the paragraph's text, as the one-line `<p …><strong>一、总体情况</strong></p>` is: the
// heading of its level (it gave six section-missing errors on a complete report). Only a middle line that is wholly
// the run of text inside inline tags, between a line that only opens the paragraph and one that only closes it:
// an emphasised sentence in prose and a run-in bold lead followed by text stay as they were.
// Base: examples/correct-2024.nianbao.md (0 findings) with its headings so rewritten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const brief = (text) => core.analyze(text, {}).findings.map((f) => `${f.ruleId}@${f.range.start.line + 1}`);
/** `BASE` with its `##` (section) headings, or its `###` ones, written as `open` / `  inner` / `</p>`. */
const pretty = (marks, open, inner) => BASE.replace(new RegExp(`^${marks} (.*)$`, 'gm'), (_, title) => `${open}\n  ${inner(title)}\n</p>`);
const strong = (t) => `<strong>${t}</strong>`;
const bSpan = (t) => `<b><span style="font-family:黑体">${t}</span></b>`;
/** The headings of `text` on the lines that hold `marker`: [1-based line, level, ordinal + title]. */
const headingsOn = (text, marker) => {
  const { report } = core.analyze(text, {});
  const lines = text.split('\n');
  return report.headings.filter((h) => lines[h.line].includes(marker)).map((h) => [h.line + 1, h.level, h.ordinal + h.title]);
};

test('a section heading pretty-printed over three lines (<p …> / <strong>一、…</strong> / </p>) is the section: 0 findings, as the one-line form', () => {
  for (const [open, inner] of [
    ['<p style="text-indent:2em">', strong],
    ['<p>', strong],
    ['<p style="text-indent:2em;">', bSpan],
    // Word's own HTML: unquoted attributes, `<o:p></o:p>` at the end of the run.
    ['<p class=MsoNormal style=\'text-indent:32.0pt\'>', (t) => `<b><span lang=EN-US>${t}<o:p></o:p></span></b>`],
  ]) {
    const text = pretty('##', open, inner);
    assert.equal(text.split('\n').filter((l) => l === '</p>').length, 6);
    const { report } = core.analyze(text, {});
    assert.deepEqual(report.sections.map((s) => [s.heading.ordinal + s.heading.title, s.heading.canonical]), SECTIONS.map((t, i) => [t, i]), open);
    assert.deepEqual(brief(text), [], open);
    // The heading's ranges are its characters inside the tags.
    const four = report.sections[3].heading;
    assert.equal(report.lines.slice(four.ordinalRange), '四、');
    assert.equal(report.lines.slice(four.titleRange), '政府信息公开行政复议、行政诉讼情况');
    // --fix inserts nothing (it inserted no section before either, but the report was said to lack six).
    assert.equal(core.fixAll(text, {}).text, text);
  }
});

test('pretty-printed headings: a misspelt section title is fixed inside the tags; sub-headings are read at their level', () => {
  const text = pretty('##', '<p style="text-indent:2em">', strong).replace('<strong>五、存在的主要问题及改进情况', '<strong>五、存在的主要问题和改进情况');
  assert.deepEqual(brief(text).map((b) => b.replace(/@\d+/, '')), ['section-title']);
  const fixed = core.fixAll(text, {}).text;
  assert.equal(fixed, text.replace('问题和改进', '问题及改进'));
  assert.deepEqual(brief(fixed), []);
  // `（一）主动公开` … `（五）监督保障` so written: the children of 一、总体情况.
  const subs = pretty('###', '<p class="MsoNormal">', (t) => `<span style="font-family:楷体_GB2312"><b>${t}</b></span>`);
  const { report } = core.analyze(subs, {});
  assert.deepEqual(report.sections[0].children.map((c) => [c.level, c.ordinal + c.title]),
    [[2, '（一）主动公开'], [2, '（二）依申请公开'], [2, '（三）政府信息管理'], [2, '（四）政府信息公开平台建设'], [2, '（五）监督保障']]);
  assert.deepEqual(brief(subs), []);
});

test('no heading: an emphasised sentence, a run-in bold lead with text after it, a bold line not between a lone <p> and a lone </p>', () => {
  // In the paragraph under 一、总体情况 (line 7 of the base).
  const under = (block) => {
    const text = BASE.replace('## 一、总体情况\n\n', `## 一、总体情况\n\n${block}\n\n`);
    assert.notEqual(text, BASE);
    return text;
  };
  // A sentence with no ordinal.
  assert.deepEqual(headingsOn(under('<p>\n  <strong>一是加强组织领导，全年召开专题会议2次。</strong>\n</p>'), '一是加强'), []);
  // A run-in bold lead followed by text on the same line: unchanged (read as no heading), while the one-line form is
  // still a run-in heading.
  assert.deepEqual(headingsOn(under('<p>\n  <strong>（一）强化领导。</strong>一是加强组织领导，全年召开专题会议2次。\n</p>'), '强化领导'), []);
  assert.deepEqual(headingsOn(under('<p><strong>（一）强化领导。</strong>一是加强组织领导，全年召开专题会议2次。</p>'), '强化领导'), [[7, 2, '（一）强化领导。']]);
  // The bold line among other lines of the paragraph's text, or in another block (`<div>`), or with a blank line
  // between it and the tags.
  assert.deepEqual(headingsOn(under('<p>\n  本年度，\n  <strong>（一）强化领导</strong>\n</p>'), '强化领导'), []);
  assert.deepEqual(headingsOn(under('<p>\n  <strong>（一）强化领导</strong>\n  全年召开专题会议2次。\n</p>'), '强化领导'), []);
  assert.deepEqual(headingsOn(under('<div>\n  <strong>（一）强化领导</strong>\n</div>'), '强化领导'), []);
  assert.deepEqual(headingsOn(under('<p>\n\n  <strong>（一）强化领导</strong>\n\n</p>'), '强化领导'), []);
  // Sections so written in a `<div>`: still missing, with the line named (as before).
  const divs = pretty('##', '<div>', strong).replace(/^<\/p>$/gm, '</div>');
  assert.equal(brief(divs).filter((b) => b.startsWith('section-missing')).length, 6);
});

test('an edit of the line around the heading (<p> → <div> and back) reads the middle line again (incremental parse = fresh parse)', () => {
  const text = pretty('##', '<p style="text-indent:2em">', strong);
  const div = text.replace('<p style="text-indent:2em">\n  <strong>五、', '<div style="text-indent:2em">\n  <strong>五、');
  assert.notEqual(div, text);
  const json = (r) => JSON.stringify(r);
  let prev = core.parseReport(text, { previous: null });
  for (const next of [div, text, div.replace(/^<\/p>$/m, '</div>'), text]) {
    const r = core.parseReport(next, { previous: prev });
    assert.equal(json(r), json(core.parseReport(next, {})));
    prev = r;
  }
  assert.equal(core.parseReport(div, {}).sections.length, 5);
});
