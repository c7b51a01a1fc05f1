// page-leftover on font-size switches, a print/close bar without brackets and a breadcrumb above the title (found by
// breaker23 and breaker24).
// breaker23 item 5, breaker24 item 6: web-page lines page-leftover missed (`【字体：大 中 小】　打印本页　关闭窗口`,
// `打印本页 关闭窗口`, `字体：[ 大 中 小 ]`, a breadcrumb `首页 > 政务公开 > 年度报告` above the title).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = correct.split('\n');
const of = (text, rule, options) => core.analyze(text, options).findings.filter((f) => f.ruleId === rule);

const title = lines[0];
/** The example with `extra` on its own line below the title (a blank line around it). */
const belowTitle = (extra) => [title, '', extra, ...lines.slice(1)].join('\n');

test('page-leftover: 字体 switches, the print/close bar without brackets and a breadcrumb are page lines; the fix deletes them (breaker23 item 5, breaker24 item 6)', () => {
  for (const line of ['【字体：大 中 小】　打印本页　关闭窗口', '打印本页 关闭窗口', '【字体：大 中 小】', '字体：[ 大 中 小 ]', '首页 > 政务公开 > 年度报告', '首页＞政务公开＞政府信息公开年报', '您现在的位置：首页 > 年度报告']) {
    const text = belowTitle(line);
    const found = of(text, 'page-leftover');
    assert.equal(found.length, 1, line);
    assert.deepEqual(found[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: line.length } }, line);
    assert.equal(core.applyFixes(text, found[0].fix.edits).text, [title, '', ...lines.slice(1)].join('\n'), line);
  }
});

test('page-leftover: report text about font sizes, the home page or printing is no page line', () => {
  const sentence = '全年通过门户网站主动公开政府信息312条';
  for (const extra of ['完成网站适老化改造，支持字体大小调节和字号大小切换。', '首页改版后，信息查找更加便捷。', '网站首页设置“政务公开”专栏，打印本页功能运行正常。']) {
    const text = correct.replace(sentence, extra + sentence);
    assert.deepEqual(of(text, 'page-leftover'), [], extra);
  }
  // A font switch at the start of a (short) line of report text: only the switch is deleted.
  const text = belowTitle('【字体：大 中 小】本年度本局主动公开信息120条。');
  const found = of(text, 'page-leftover');
  assert.equal(found.length, 1);
  assert.equal(core.applyFixes(text, found[0].fix.edits).text, belowTitle('本年度本局主动公开信息120条。'));
});

// breaker25 item 3: a sentence quoting the font switch (`网站新增“字体：大 中 小”切换功能`, `设有【字体：大 中 小】切换`)
// was page chrome beside text, and --fix cut the quoted words out of the sentence. Chrome mentioned in a sentence
// (quoted, or with text right against it on both sides) is report text; pasted chrome beside text is still deleted.
test('page-leftover: the font switch quoted or bracketed inside a sentence is report text; pasted beside text it is chrome', () => {
  // (Each a short paragraph of its own, as in the breaker's report: a long line is never read as chrome.)
  for (const mention of ['网站新增“字体：大 中 小”切换功能和“打印本页”按钮，方便老年人阅读和打印。', '网站各页面设有【字体：大 中 小】切换，方便老年人阅读。', '页面上的‘字号：大 中 小’按钮已改为滑块。']) {
    const text = belowTitle(mention);
    assert.deepEqual(of(text, 'page-leftover'), [], mention);
    assert.equal(core.fixAll(text).text, text, mention);
  }
  for (const [pasted, left] of [['【字体：大 中 小】 本年度本局认真贯彻《条例》。', '本年度本局认真贯彻《条例》。'], ['本年度本局认真贯彻《条例》。 【字体：大 中 小】', '本年度本局认真贯彻《条例》。']]) {
    const text = belowTitle(pasted);
    const found = of(text, 'page-leftover');
    assert.equal(found.length, 1, pasted);
    assert.equal(core.applyFixes(text, found[0].fix.edits).text.split('\n')[2].trim(), left, pasted);
  }
});

// breaker45 #15: the fix left the white space before chrome at a line's end (a space, U+3000, a tab) trailing.
test('page-leftover: chrome deleted at a line\'s end takes the white space before it; the text is kept exactly', () => {
  const cases = [
    ['发布日期：2024-01-19 来源：白石镇人民政府 浏览次数：', '发布日期：2024-01-19 来源：白石镇人民政府'],
    ['来源：南湖市人民政府办公室　　发布时间：2020-01-20　　【字体：大 中 小】', '来源：南湖市人民政府办公室　　发布时间：2020-01-20'],
    ['发布日期：2024-01-19\t来源：白石镇人民政府\t浏览次数：128', '发布日期：2024-01-19\t来源：白石镇人民政府'],
    // At the line's start, the white space after the chrome goes with it, and the spaces inside the text stay.
    ['【字体：大 中 小】　来源：南湖市人民政府办公室　　发布时间：2020-01-20', '来源：南湖市人民政府办公室　　发布时间：2020-01-20'],
  ];
  for (const [pasted, left] of cases) {
    const text = belowTitle(pasted);
    const found = of(text, 'page-leftover');
    assert.equal(found.length, 1, pasted);
    assert.equal(core.applyFixes(text, found[0].fix.edits).text.split('\n')[2], left, pasted);
    assert.equal(core.fixAll(text).text, belowTitle(left), pasted);
  }
});
