// Section headings as government sites publish them, an HTML paragraph of their own (`<p style="text-indent:2em">
// <strong>一、总体情况</strong></p>`): read as headings of their level, as `<h2>` is (breaker47 #2). And --fix never
// inserts a section whose heading or table the report already has in markup that is not read as a heading.
// Base: the tester's p-headings-t4err.md (jd-2020-pipe with its six headings so, and 表四's 行政复议 总计 wrong).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const T4ERR = readFileSync(join(ROOT, 'test/fixtures/reports/breaker47-p-headings-t4err.md'), 'utf8');
const FOUR = '四、政府信息公开行政复议、行政诉讼情况';
const brief = (text) => core.analyze(text, {}).findings.map((f) => `${f.ruleId}@${f.range.start.line + 1}${f.fix ? ' (fix)' : ''}`);
const linesWith = (text, s) => text.split('\n').filter((l) => l.includes(s)).length;

test('breaker47 #2: <p …><strong>一、总体情况</strong></p> lines are the six sections; 表四\'s error is found, before and after --fix', () => {
  const { report } = core.analyze(T4ERR, {});
  assert.deepEqual(report.sections.map((s) => [s.heading.line + 1, s.heading.ordinal + s.heading.title, s.heading.canonical]), [
    [5, '一、总体情况', 0], [29, '二、主动公开政府信息情况', 1], [65, '三、收到和处理政府信息公开申请情况', 2],
    [97, FOUR, 3], [105, '五、存在的主要问题及改进情况', 4], [109, '六、其他需要报告的事项', 5],
  ]);
  // The heading's ranges are its characters inside the tags.
  const four = report.sections[3].heading;
  assert.equal(report.lines.slice(four.ordinalRange), '四、');
  assert.equal(report.lines.slice(four.titleRange), '政府信息公开行政复议、行政诉讼情况');
  assert.deepEqual(brief(T4ERR), ['sum-review@103']);
  // --fix inserts no second 四 nor a blank 表四, and the table with the figures is still checked.
  const fixed = core.fixAll(T4ERR, {}).text;
  assert.equal(fixed, T4ERR);
  assert.deepEqual(brief(fixed), ['sum-review@103']);
  // The same report correct: nothing at all (it had six section-missing errors).
  assert.deepEqual(brief(T4ERR.replace('| 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |')), []);
});

test('HTML paragraph headings: with a span, at level 2 and 3, a run-in bold lead; a paragraph of text or of two runs is no heading', () => {
  const headingOf = (line) => {
    const text = T4ERR.replace('（一）主动公开', line);
    assert.notEqual(text, T4ERR);
    const { report } = core.analyze(text, {});
    const lineNo = text.split('\n').indexOf(line);
    const h = report.headings.find((x) => x.line === lineNo);
    return h ? [h.level, h.ordinal + h.title] : null;
  };
  assert.deepEqual(headingOf('<p class="MsoNormal"><span style="font-family:楷体_GB2312"><b>（一）主动公开</b></span></p>'), [2, '（一）主动公开']);
  assert.deepEqual(headingOf('<p>&nbsp;&nbsp;<strong>（一）主动公开</strong>&nbsp;</p>'), [2, '（一）主动公开']);
  assert.deepEqual(headingOf('<p><strong>（一）主动公开。</strong>全年主动公开政府信息36条。</p>'), [2, '（一）主动公开。']);
  assert.deepEqual(headingOf('<p><b>1.主动公开</b></p>'), [3, '1.主动公开']);
  // Word's own HTML: unquoted attributes, `<o:p></o:p>` at the end of the paragraph.
  assert.deepEqual(headingOf('<p class=MsoNormal style=\'text-indent:32.0pt\'><b><span lang=EN-US>（一）主动公开<o:p></o:p></span></b></p>'), [2, '（一）主动公开']);
  // Not headings: text after a heading that is not bold, a heading split into runs, a sentence with no ordinal.
  assert.equal(headingOf('<p>（一）主动公开<span>全年主动公开</span></p>'), null);
  assert.equal(headingOf('<p><b>（一）</b><b>主动公开</b></p>'), null);
  assert.equal(headingOf('<p><strong>主动公开</strong></p>'), null);
});

/** The tester's report with its section headings in `<div>` (not read as headings) instead of `<p>`. */
const DIVS = T4ERR.replace(/^<p( style="text-indent:2em"><strong>[一二三四五六]、.*<\/strong>)<\/p>$/gm, '<div$1</div>');

test('--fix inserts no section whose title stands on a line not read as a heading, even with a digit in its markup (style="text-indent:2em") inside a table\'s lines', () => {
  assert.equal(linesWith(DIVS, '<div'), 6);
  const found = core.analyze(DIVS, {}).findings;
  const four = found.find((f) => f.ruleId === 'section-missing' && f.data.section === 'S4');
  assert.ok(four, JSON.stringify(brief(DIVS)));
  assert.equal(four.range.start.line + 1, 97);
  assert.equal(four.fix, undefined);
  assert.match(four.message.zh ?? four.message, /第 97 行.*似乎就是这一部分的标题/);
  const fixed = core.fixAll(DIVS, {}).text;
  assert.equal(linesWith(fixed, FOUR), 1);
  assert.equal(linesWith(fixed, '结果维持'), 1);
  assert.ok(brief(fixed).includes('sum-review@103'), JSON.stringify(brief(fixed)));
});

test('--fix inserts no section whose table the report already has (its heading unread, under another title): no second, blank 表四', () => {
  // 四's heading in a `<div>` and with a title of its own: not recognised as the section's, but 表四 is read below it.
  const text = DIVS.replace(`<strong>${FOUR}</strong>`, '<strong>四、复议诉讼情况</strong>');
  const four = core.analyze(text, {}).findings.find((f) => f.ruleId === 'section-missing' && f.data.section === 'S4');
  assert.ok(four);
  assert.equal(four.fix, undefined);
  assert.match(four.message.zh ?? four.message, /表四已在第 \d+ 行.*未自动插入，以免出现两张表四/);
  const fixed = core.fixAll(text, {}).text;
  assert.equal(linesWith(fixed, FOUR), 0);
  assert.equal(linesWith(fixed, '结果维持'), 1);
  assert.ok(brief(fixed).includes('sum-review@103'), JSON.stringify(brief(fixed)));
});
