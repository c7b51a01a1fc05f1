// brk88 #3: a section heading in decoration brackets or quotes (`## 【一、总体情况】`, a line `【五、存在的主要问题及改进情况】`,
// `## “二、主动公开政府信息情况”`) was not read: section-missing, whose fix inserted an empty `## 一、总体情况` above 二
// (the section's text left under the unread heading) or the title a second time right above the decorated line. The
// heading inside the marks is read, as one after a symbol (`## ★一、…`) or in bold is; a title line in decoration that
// is still not read as a heading (`★一、…` without `#`, an unclosed `【一、…`) stops the insertion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const ids = (text) => core.analyze(text).findings.map((f) => f.ruleId);
const sectionOf = (report, n) => report.headings.find((h) => h.level === 1 && h.ordinalValue === n);
/** How many lines of `text` hold `title`. */
const linesWith = (text, title) => text.split('\n').filter((l) => l.includes(title)).length;

test('the breaker\'s files: `## 【一、总体情况】` and a line `【五、…】` are sections 一 and 五; nothing is said, nothing fixed', () => {
  for (const [from, to, n, title] of [
    ['## 一、总体情况', '## 【一、总体情况】', 1, '总体情况'],
    ['## 五、存在的主要问题及改进情况', '【五、存在的主要问题及改进情况】', 5, '存在的主要问题及改进情况'],
  ]) {
    const text = edit(CORRECT, from, to);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), [], to);
    const h = sectionOf(report, n);
    assert.equal(h?.title, title, to);
    assert.equal(h.canonical, n - 1, to);
    const line = text.split('\n')[h.line];
    assert.equal(line, to);
    // The ranges point inside the marks: the ordinal at `一、`, the title without the closing mark.
    assert.equal(line.slice(h.ordinalRange.start.character, h.ordinalRange.end.character), `${'一二三四五'[n - 1]}、`, to);
    assert.equal(line.slice(h.titleRange.start.character, h.titleRange.end.character), title, to);
    assert.equal(core.fixAll(text).text, text, to);
    assert.equal(linesWith(text, title), linesWith(CORRECT, title), to);
  }
});

test('every kind of mark, after # or alone on the line, with bold inside or around them, in an HTML heading; marks around other text stay text', () => {
  const forms = [
    '## “五、存在的主要问题及改进情况”', '“五、存在的主要问题及改进情况”', '## "五、存在的主要问题及改进情况"',
    '## 「五、存在的主要问题及改进情况」', '『五、存在的主要问题及改进情况』', '## 〖五、存在的主要问题及改进情况〗',
    '## 【 五、存在的主要问题及改进情况 】', '**【五、存在的主要问题及改进情况】**', '【**五、存在的主要问题及改进情况**】',
    '## ★【五、存在的主要问题及改进情况】', '<h2>【五、存在的主要问题及改进情况】</h2>',
  ];
  for (const to of forms) {
    const text = edit(CORRECT, '## 五、存在的主要问题及改进情况', to);
    const { report, findings } = core.analyze(text);
    // (The symbol before the marks is said, and deleted by the fix: brk126 #2.)
    assert.deepEqual(findings.map((f) => f.ruleId), to.includes('★') ? ['section-title'] : [], to);
    assert.equal(sectionOf(report, 5)?.title, '存在的主要问题及改进情况', to);
  }
  // Marks around other text stay text: no heading from a quotation or a bracketed label.
  const lines = ['【工作要点】', '“一、二、三”等三个方面的工作', '“一、总体情况”和“二、主动公开政府信息情况”两部分', '【一是】加强组织领导', '「1」号文件'];
  for (const line of lines) {
    const text = edit(CORRECT, '严格落实公开前保密审查', `${line}\n\n严格落实公开前保密审查`);
    const r = core.parseReport(text);
    const at = text.split('\n').indexOf(line);
    assert.ok(!r.headings.some((h) => h.line === at && h.level === 1), line);
    assert.deepEqual(ids(text), [], line);
  }
  // A sub-heading too.
  const sub = edit(CORRECT, '### （一）主动公开', '【（一）主动公开】');
  assert.deepEqual(ids(sub), []);
  assert.ok(core.parseReport(sub).headings.some((h) => h.level === 2 && h.title === '主动公开'));
});

test('in the marks, a variant title, a trailing 。 or a wrong number are fixed inside them; the marks stay', () => {
  const cases = [
    ['## 五、存在的主要问题及改进情况', '## 【五、存在主要问题及改进情况】', 'section-title', '## 【五、存在的主要问题及改进情况】'],
    ['## 五、存在的主要问题及改进情况', '## 【五、存在的主要问题及改进情况。】', 'section-title', '## 【五、存在的主要问题及改进情况】'],
    ['## 一、总体情况', '**【一、总体情况：】**', 'section-title', '**【一、总体情况】**'],
    ['## 二、主动公开政府信息情况', '## “三、主动公开政府信息情况”', 'section-order', '## “二、主动公开政府信息情况”'],
  ];
  for (const [from, to, rule, fixed] of cases) {
    const text = edit(CORRECT, from, to);
    assert.deepEqual(ids(text), [rule], to);
    const after = core.fixAll(text).text;
    assert.equal(after, edit(CORRECT, from, fixed), to);
    assert.deepEqual(ids(after), [], to);
  }
});

test('a heading in 【】 with its text run in after it on the line is read as the section, as a bold one is', () => {
  const text = edit(CORRECT, '## 一、总体情况\n\n2024年', '【一、总体情况】2024年');
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), []);
  assert.equal(sectionOf(report, 1)?.title, '总体情况');
  assert.equal(core.fixAll(text).text, text);
});

test('a title line in decoration not read as a heading: section-missing names it, and no fix writes the title a second time', () => {
  // (`★一、总体情况` on a plain line is read as the heading since brk132 #5: heading-junk-before-ordinal.test.mjs.)
  for (const to of ['【一、总体情况', '《一、总体情况》', '“一、总体情况”。', '## 〔一、总体情况〕']) {
    const text = edit(CORRECT, '## 一、总体情况', to);
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['section-missing'], to);
    const [f] = found;
    assert.equal(f.range.start.line, text.split('\n').indexOf(to), to);
    assert.match(f.message, /似乎就是这一部分的标题，但没有写成标题/, to);
    assert.equal(f.fix, undefined, to);
    assert.equal(linesWith(core.fixAll(text).text, '总体情况'), linesWith(text, '总体情况'), to);
  }
});
