// Section headings in the forms Word→Markdown converters and "light markdown" drafts write them: a wholly bold
// paragraph (`**一、总体情况**`, as pandoc writes a heading paragraph; `__…__`; `## **…**`) and `#` marks without
// the space (`##六、…`). They are read as the headings they are, with ranges on the real characters; a section
// title written on a line that is not read as a heading gets no inserted duplicate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const example = (name) => readFileSync(join(ROOT, 'examples', name), 'utf8');
const CORRECT = example('correct-2024.nianbao.md');
const ERRORS = example('errors-2024.nianbao.md');

/** The text with every level-1 `## 一、…` heading rewritten by `to(inner, marks)`. */
const rewrite = (text, to) => text.replace(/^(#+) ([一二三四五六]、.*)$/gm, (_, marks, inner) => to(inner, marks));
const outline = (text) => core.analyze(text, {}).report.sections.map((s) => [s.heading.line, s.heading.ordinal + s.heading.title, s.heading.canonical]);
const findingKeys = (text) => core.analyze(text, {}).findings.map((f) => `${f.ruleId}@${f.range.start.line}`).sort();

const FORMS = {
  bold: (inner) => `**${inner}**`,
  underscores: (inner) => `__${inner}__`,
  'bold with spaces around': (inner) => `  **${inner}**  `,
  'bold after # marks': (inner, marks) => `${marks} **${inner}**`,
  '# marks without a space': (inner, marks) => `${marks}${inner}`,
  'bold italic': (inner) => `***${inner}***`,
  'HTML heading': (inner, marks) => `<h${marks.length}>${inner}</h${marks.length}>`,
  'bold ordinal, plain title': (inner) => inner.replace(/^([一二三四五六]、)/, '**$1**'),
  // As government sites publish a section heading (breaker47 #2).
  'HTML paragraph, bold': (inner) => `<p style="text-indent:2em"><strong>${inner}</strong></p>`,
  'HTML paragraph, span in bold': (inner) => `<p class="MsoNormal" align="left"><b><span style="font-family:黑体;font-size:16pt">${inner}</span></b></p>`,
  'HTML paragraph': (inner) => `<p>${inner}</p>`,
};

test('a report whose six section headings are wholly bold reads as the original: same outline, same findings, fixAll inserts nothing', () => {
  for (const [form, to] of Object.entries(FORMS)) {
    for (const original of [CORRECT, ERRORS]) {
      const text = rewrite(original, to);
      assert.notEqual(text, original);
      assert.deepEqual(outline(text), outline(original), form);
      assert.equal(outline(text).length, 6, form);
      assert.deepEqual(findingKeys(text), findingKeys(original), form);
    }
    // The correct report stays as it is: no heading inserted, nothing else changed.
    const text = rewrite(CORRECT, to);
    assert.deepEqual(core.analyze(text, {}).findings, [], form);
    const fixed = core.fixAll(text, {});
    assert.equal(fixed.text, text, form);
    assert.equal(fixed.text.split('总体情况').length, text.split('总体情况').length, form);
  }
});

test('a bold heading\'s ranges point at its characters: the title without the markers; section-title fixes keep the markers', () => {
  const text = rewrite(ERRORS, FORMS.bold);
  const { report, findings } = core.analyze(text, {});
  const h = report.sections[4].heading;
  const line = report.lines.line(h.line);
  assert.equal(line, '**五、存在的主要问题及下步工作打算**');
  assert.equal(report.lines.slice(h.titleRange), '存在的主要问题及下步工作打算');
  assert.equal(report.lines.slice(h.ordinalRange), '五、');
  assert.equal(report.lines.slice(h.range), line);
  const f = findings.find((x) => x.ruleId === 'section-title');
  assert.ok(f?.fix, JSON.stringify(findings.map((x) => x.ruleId)));
  const after = core.applyFixes(text, f.fix.edits).text;
  assert.equal(after.split('\n')[h.line], '**五、存在的主要问题及改进情况**');
  // A bold title that ends with 。 is reported like the plain one, and its fix leaves the closing ** in place.
  const dotted = text.replace('**六、其他需要报告的事项**', '__六、其他需要报告的事项。__');
  const sixLine = report.sections[5].heading.line;
  const six = core.analyze(dotted, {}).findings.find((x) => x.ruleId === 'section-title' && x.range.start.line === sixLine);
  assert.ok(six?.fix, JSON.stringify(core.analyze(dotted, {}).findings.map((x) => [x.ruleId, x.range.start.line])));
  assert.match(core.applyFixes(dotted, six.fix.edits).text, /^__六、其他需要报告的事项__$/m);
});

test('`##六、其他需要报告的事项` (no space after the marks) is section 六; `#` lines without an ordinal still need the space', () => {
  const text = CORRECT.replace('## 六、其他需要报告的事项', '##六、其他需要报告的事项');
  assert.notEqual(text, CORRECT);
  const { report, findings } = core.analyze(text, {});
  const six = report.sections[5].heading;
  assert.equal(six.canonical, 5);
  assert.equal(six.ordinal + six.title, '六、其他需要报告的事项');
  assert.equal(report.lines.slice(six.ordinalRange), '六、');
  assert.deepEqual(findings, []);
  // Not headings: a hashtag, `#` marks glued to words, a bold note, a half-bold line.
  const others = CORRECT.replace('## 六、其他需要报告的事项\n', '## 六、其他需要报告的事项\n\n#政务公开#\n\n##工作要点\n\n**注：本表数据截至2024年12月31日**\n\n**一是**加强领导。\n');
  const lines = others.split('\n');
  const read = new Set(core.analyze(others, {}).report.headings.map((h) => lines[h.line]));
  for (const l of ['#政务公开#', '##工作要点', '**注：本表数据截至2024年12月31日**', '**一是**加强领导。']) assert.ok(!read.has(l), l);
});

test('section-missing inserts no duplicate heading when the section\'s title is on a line not read as a heading', () => {
  // A title written plainly without its number gets the number written before its words (brk106 #12: the line becomes
  // the heading, one of that title); one in HTML is said, with no fix.
  for (const [written, after] of [['<div>六、其他需要报告的事项</div>', null], ['其他需要报告的事项', '六、其他需要报告的事项'], ['<b>其他需要报告的事项</b>', null], ['## 其他需要报告的事项', '## 六、其他需要报告的事项']]) {
    const text = CORRECT.replace('## 六、其他需要报告的事项', written);
    const lineNo = text.split('\n').indexOf(written);
    const f = core.analyze(text, {}).findings.find((x) => x.ruleId === 'section-missing');
    assert.ok(f, written);
    assert.equal(f.range.start.line, lineNo, written);
    if (after) {
      assert.ok(f.fix, written);
      assert.match(f.message, /就是这一部分的标题，但没有写编号“六、”/);
    } else {
      assert.equal(f.fix, undefined, written);
      assert.match(f.message, /似乎就是这一部分的标题，但没有写成标题/);
    }
    const fixed = core.fixAll(text, {}).text;
    assert.equal(fixed.split('六、其他需要报告的事项').length - 1, after || written.includes('六、') ? 1 : 0, written);
    assert.deepEqual(fixed.split('\n').filter((l) => l.includes('其他需要报告的事项') && l.length < 40), [after ?? written]);
  }
});

test('a section inserted into a report of bold headings is written bold like them', () => {
  const text = rewrite(CORRECT, FORMS.bold).replace('**五、存在的主要问题及改进情况**\n\n政策解读的形式还不够丰富。2025年将增加图解、视频等解读形式，提升解读实效。\n\n', '');
  assert.ok(!text.includes('五、存在的主要问题'));
  const f = core.analyze(text, {}).findings.find((x) => x.ruleId === 'section-missing');
  assert.ok(f?.fix, JSON.stringify(core.analyze(text, {}).findings.map((x) => [x.ruleId, x.message])));
  const after = core.applyFixes(text, f.fix.edits).text;
  assert.match(after, /\n\*\*五、存在的主要问题及改进情况\*\*\n\n\*\*六、其他需要报告的事项\*\*/);
  assert.deepEqual(outline(after).map((s) => s[2]), [0, 1, 2, 3, 4, 5]);
});

test('a run-in bold heading (`**（一）主动公开**全年…`, as pandoc writes one) is a heading whose title is the bold part', () => {
  // Every `### （X）title` + blank line + paragraph of the example becomes one line: bold heading, then the paragraph.
  const runIn = CORRECT.replace(/^### (（[一二三四五]）[^\n]*)\n\n([^\n]+)$/gm, '**$1**$2');
  assert.notEqual(runIn, CORRECT);
  const subTitles = (text) => core.analyze(text, {}).report.sections.map((s) => s.children.map((h) => h.ordinal + h.title));
  assert.deepEqual(subTitles(runIn), subTitles(CORRECT));
  const ids = (text) => core.analyze(text, {}).findings.map((f) => f.ruleId).sort();
  assert.deepEqual(ids(runIn), ids(CORRECT));
  // The title range is the bold title's characters; the paragraph after it is not part of it.
  const line = runIn.split('\n').findIndex((l) => l.startsWith('**（一）主动公开**'));
  const h = core.parseReport(runIn).headings.find((x) => x.line === line);
  assert.equal(h.title, '主动公开');
  assert.equal(runIn.split('\n')[line].slice(h.titleRange.start.character, h.titleRange.end.character), '主动公开');
  // Bold that holds no ordinal is no heading; a paragraph after a bold ordinal stays text.
  const at2 = (text) => core.parseReport(`# 某某局2024年政府信息公开工作年度报告\n\n${text}\n`).headings.filter((x) => x.line === 2);
  for (const text of ['**一是**加强组织领导，落实责任。', '**重点工作**：加强政策解读。', '**（一）**主动公开方面，全年通过门户网站公开信息312条，其中机构职能信息12条。']) {
    assert.equal(at2(text).length, 0, text);
  }
  // A bold ordinal before a title reads as the same line without the markers.
  for (const plain of ['（一）主动公开', '四、政府信息公开行政复议、行政诉讼情况']) {
    const bold = plain.replace(/^([（(][一二三四五六][）)]|[一二三四五六]、)/, '**$1**');
    assert.deepEqual(at2(bold).map((h) => [h.level, h.ordinal, h.title]), at2(plain).map((h) => [h.level, h.ordinal, h.title]), bold);
  }
});

test('a section title on a line that is still not read as a heading (<b>…</b>), even the one the 表四 reader takes in, gets no inserted section', () => {
  const text = rewrite(CORRECT, (inner) => `<b>${inner}</b>`);
  const missing = core.analyze(text, {}).findings.filter((f) => f.ruleId === 'section-missing');
  const titleLines = text.split('\n').map((l, i) => (/^<b>[一二三四五六]、/.test(l) ? i : -1)).filter((i) => i >= 0);
  assert.deepEqual(missing.map((f) => f.range.start.line), titleLines);
  assert.ok(missing.every((f) => !f.fix));
  assert.equal(core.fixAll(text).text, text);
});

/** The 五 heading line of `text` and the blank line after it removed (its text stays, under 四). */
const withoutFive = (text) => text.replace(/^(?:<p[^>\n]*>(?:<[^>\n]+>)*)?.{0,12}存在的主要问题及改进情况(?:.{0,6}|(?:<\/[a-z]+>)+)\n\n/m, '');

test('section-missing writes the inserted heading in the report\'s own heading form (`##六、…`, bold, `## **…**`, <h2>, bold ordinal, plain); section-title and section-order fixes keep the markup', () => {
  const forms = { ...FORMS, plain: (inner) => inner };
  delete forms['bold with spaces around'];
  for (const [form, to] of Object.entries(forms)) {
    const text = withoutFive(rewrite(CORRECT, to));
    const f = core.analyze(text, {}).findings.find((x) => x.ruleId === 'section-missing');
    assert.ok(f?.fix, form);
    const after = core.applyFixes(text, f.fix.edits).text;
    const want = to('五、存在的主要问题及改进情况', '##');
    assert.ok(after.split('\n').includes(want), `${form}: ${JSON.stringify(after.split('\n').filter((l) => l.includes('五、')))}`);
    assert.deepEqual(outline(after).map((s) => s[2]), [0, 1, 2, 3, 4, 5], form);
  }
  // `##六、…` throughout: the inserted 五 is `##五、…` too, and the other section fixes keep the marks.
  const tight = rewrite(ERRORS, FORMS['# marks without a space']);
  const title = core.analyze(tight, {}).findings.find((x) => x.ruleId === 'section-title' && x.fix);
  assert.match(core.applyFixes(tight, title.fix.edits).text, /^##五、存在的主要问题及改进情况$/m);
  const renumbered = rewrite(CORRECT, FORMS['# marks without a space']).replace('##二、主动公开', '##三、主动公开');
  const order = core.analyze(renumbered, {}).findings.find((x) => x.ruleId === 'section-order' && x.fix);
  assert.ok(order, JSON.stringify(core.analyze(renumbered, {}).findings.map((x) => x.ruleId)));
  assert.match(core.applyFixes(renumbered, order.fix.edits).text, /^##二、主动公开政府信息情况$/m);
});

test('ordinal-malformed: a bold (run-in) heading with a broken ordinal is reported like the plain line; `（三` that lost its closing parenthesis too, where the numbering says so', () => {
  const plainLine = '三）政府信息管理';
  assert.ok(ERRORS.includes(`\n${plainLine}\n`));
  const malformed = (text) => core.analyze(text, {}).findings.filter((f) => f.ruleId === 'ordinal-malformed');
  const lineOf = (text, s) => text.split('\n').findIndex((l) => l.startsWith(s));
  for (const written of ['**三）政府信息管理。**严格落实公开前保密审查。', '**三）政府信息管理**', '__三）政府信息管理__', '**（三政府信息管理。**严格落实公开前保密审查。', '（三政府信息管理。严格落实公开前保密审查。', '**)政府信息管理**', '(三政府信息管理']) {
    const text = ERRORS.replace(`\n${plainLine}\n`, `\n${written}\n`);
    const [f, ...more] = malformed(text);
    assert.ok(f, written);
    assert.equal(more.length, 0, written);
    const line = lineOf(text, written);
    assert.equal(f.range.start.line, line, written);
    // The range is the written ordinal, inside the markers; the fix writes （三） there and keeps the rest.
    const ordinal = written.replace(/^[*_]+/, '').match(/^(三）|）|\)|（三|\(三)/)[0];
    assert.equal(text.split('\n')[line].slice(f.range.start.character, f.range.end.character), ordinal, written);
    const fixed = core.applyFixes(text, f.fix.edits).text.split('\n')[line];
    assert.equal(fixed, written.replace(ordinal, '（三）'), written);
  }
  // `（三…` is read so only where it continues the list (after （二）, before （四））; an aside that opens a line is not.
  for (const written of ['（五政府信息管理', '（一网通办）平台上线运行', '（三公经费）支出情况另行公开', '**（三十三项制度**']) {
    const text = ERRORS.replace(`\n${plainLine}\n`, `\n${written}\n`);
    assert.deepEqual(malformed(text).map((f) => f.range.start.line), [], written);
  }
});

test('punctuation after a bold heading\'s closing marker (`**一、总体情况**。`) is reported as on the plain line; the fix removes it and keeps the markers', () => {
  for (const [form, to] of [['bold', FORMS.bold], ['bold after # marks', FORMS['bold after # marks']], ['plain', (inner) => inner]]) {
    const base = rewrite(CORRECT, to);
    const heading = to('一、总体情况', '##');
    const text = base.replace(`\n${heading}\n`, `\n${form === 'plain' ? '一、总体情况。' : heading + '。'}\n`);
    assert.notEqual(text, base, form);
    const fs = core.analyze(text, {}).findings;
    assert.deepEqual(fs.map((f) => f.ruleId), ['section-title'], form);
    assert.match(fs[0].message, /标题末尾不应有“。”/, form);
    assert.equal(core.applyFixes(text, fs[0].fix.edits).text, base, form);
  }
  // A variant title with the 。 after the markers: one fix writes the canonical title and drops the 。.
  const bold = rewrite(ERRORS, FORMS.bold);
  const text = bold.replace('**五、存在的主要问题及下步工作打算**', '**五、存在的主要问题及下步工作打算**。');
  const f = core.analyze(text, {}).findings.find((x) => x.ruleId === 'section-title' && x.range.start.line === text.split('\n').findIndex((l) => l.startsWith('**五、')));
  assert.ok(f?.fix);
  assert.match(core.applyFixes(text, f.fix.edits).text, /^\*\*五、存在的主要问题及改进情况\*\*$/m);
});

test('section-missing: 五\'s text after 四\'s table, a paragraph of its own in its words (不够…), gets the heading above it; text it cannot place is said with the line the heading goes before', () => {
  const text = withoutFive(CORRECT);
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('政策解读的形式还不够丰富'));
  const [f, ...more] = core.analyze(text, {}).findings.filter((x) => x.ruleId === 'section-missing');
  assert.equal(more.length, 0);
  assert.equal(f.range.start.line, start);
  assert.match(f.message, new RegExp(`其内容似乎从第 ${start + 1} 行“政策解读的形式还不够丰富`));
  const fixed = core.applyFixes(text, f.fix.edits).text;
  // The heading stands above the paragraph; 四's own sentence after its table stays in 四; nothing else changes.
  assert.equal(fixed, CORRECT);
  assert.equal(core.fixAll(text).text, CORRECT);
  // Not written in 五's words: the heading goes before 六, and the message says so, with the line.
  const vague = text.replace('政策解读的形式还不够丰富。2025年将增加图解、视频等解读形式，提升解读实效。', '2025年将增加图解、视频等解读形式。');
  const g = core.analyze(vague, {}).findings.find((x) => x.ruleId === 'section-missing');
  const six = vague.split('\n').findIndex((l) => l.startsWith('## 六、'));
  assert.match(g.message, new RegExp(`修复会把标题插在第 ${six + 1} 行之前；如果其上方的文字属于这一部分`));
  assert.match(core.analyze(vague, { locale: 'en' }).findings.find((x) => x.ruleId === 'section-missing').message, new RegExp(`The fix inserts the heading before line ${six + 1}; if the text above it belongs to this section`));
  assert.equal(g.fix.edits[0].range.start.line, six);
  // No paragraph start (the text runs on from 四's sentence without a blank line): not guessed at either.
  const joined = text.replace('行政诉讼2件。\n\n政策解读', '行政诉讼2件。\n政策解读');
  const h = core.analyze(joined, {}).findings.find((x) => x.ruleId === 'section-missing');
  assert.equal(h.fix.edits[0].range.start.line, joined.split('\n').findIndex((l) => l.startsWith('## 六、')));
});
