// A section title run together with text, a line break lost in a copy (breaker51 #3, #4): the title with its section's
// first words after it on the same line (`五、存在的主要问题及改进情况　政策解读…`), the title glued to the end of the
// paragraph before (`…被提起行政诉讼2件。五、存在的主要问题及改进情况`), a whole report on one line. The title is read as
// what it is, and the fix breaks the line: it never writes the canonical title over the text (which deleted the
// words) nor inserts a second copy of a title that is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const TITLE5 = '五、存在的主要问题及改进情况';
const findingsOf = (text) => core.checkReport(core.parseReport(text));
/** The text without white space: what a fix that only breaks lines leaves the same. */
const chars = (text) => text.replace(/[\s#]/g, '');

test('the example is clean and has its 五 heading followed by a paragraph', () => {
  assert.deepEqual(findingsOf(EXAMPLE), []);
  assert.match(EXAMPLE, /^## 五、存在的主要问题及改进情况\n\n政策解读/m);
});

for (const [name, sep] of [['a full-width space', '\u3000'], ['a space', ' '], ['nothing', '']]) {
  for (const hashes of ['## ', '']) {
    test(`title and first sentence on one line, ${name} between${hashes ? ' (a # heading)' : ''}: said as such, the fix breaks the line and keeps every word`, () => {
      const text = EXAMPLE.replace(/^#+ /gm, hashes).replace(`${hashes}${TITLE5}\n\n政策解读`, `${hashes}${TITLE5}${sep}政策解读`);
      assert.notEqual(text, EXAMPLE);
      const found = findingsOf(text);
      assert.deepEqual(found.map((f) => f.ruleId), ['section-title'], found.map((f) => f.message).join('\n'));
      assert.match(found[0].message, /之后紧接着正文“政策解读的形式还不够丰富”/);
      const fixed = core.fixAll(text).text;
      assert.equal(chars(fixed), chars(text).replace(/　/g, ''), 'no word lost');
      assert.ok(fixed.includes(`${hashes}${TITLE5}\n\n政策解读的形式还不够丰富。`), fixed.slice(fixed.indexOf(TITLE5) - 5, fixed.indexOf(TITLE5) + 40));
      assert.deepEqual(findingsOf(fixed), []);
    });
  }
}

test('a title followed by a colon and its text (a run-in heading style) is left as it is', () => {
  const text = EXAMPLE.replace(`## ${TITLE5}\n\n政策解读`, `## ${TITLE5}：政策解读`);
  assert.deepEqual(findingsOf(text), []);
});

test('a title glued to the end of the paragraph before: section-missing says where it is, the fix breaks the line before it (no second title)', () => {
  const text = EXAMPLE.replace(`。\n\n## ${TITLE5}\n\n政策解读`, `。${TITLE5}\n\n政策解读`);
  assert.notEqual(text, EXAMPLE);
  const found = findingsOf(text);
  assert.deepEqual(found.map((f) => f.ruleId), ['section-missing']);
  assert.match(found[0].message, /行末尾的“五、存在的主要问题及改进情况”就是这一部分的标题/);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split(TITLE5).length, 2, 'the title once');
  assert.equal(chars(fixed), chars(text));
  assert.match(fixed, /。\n\n## 五、存在的主要问题及改进情况\n/);
  assert.deepEqual(findingsOf(fixed), []);
});

test('a title quoted inside a sentence is not taken for the heading', () => {
  const text = EXAMPLE.replace(`## ${TITLE5}\n\n政策解读`, '政策解读');
  const quoted = text.replace('全年因政府信息公开被申请行政复议', `有关问题详见${TITLE5}。全年因政府信息公开被申请行政复议`);
  assert.notEqual(quoted, text);
  const found = findingsOf(quoted).filter((f) => f.ruleId === 'section-missing');
  assert.equal(found.length, 1);
  assert.doesNotMatch(found[0].message, /就是这一部分的标题/);
});

test('a whole report on one line (tables flattened too): each section title is found in it, and the fix puts each on its own line', () => {
  const flat = EXAMPLE.split('\n')
    .filter((l) => l.trim() && !/^\|[\s\-|]+\|$/.test(l))
    .map((l) => l.replace(/^#+ /, ''))
    .map((l) => (l.startsWith('|') ? l.slice(1, -1).split('|').map((c) => c.trim()).join(' ') + ' ' : l))
    .join('') + '\n';
  const found = findingsOf(flat).filter((f) => f.ruleId === 'section-missing');
  assert.equal(found.length, 6);
  for (const f of found) assert.match(f.message, /第 1 行中的“.+”就是这一部分的标题/);
  const fixed = core.fixAll(flat).text;
  assert.deepEqual(core.parseReport(fixed).sections.map((s) => s.heading.ordinal + s.heading.title), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', TITLE5, '六、其他需要报告的事项']);
  assert.ok(!findingsOf(fixed).some((f) => f.ruleId === 'section-missing'));
  // Each title once, on a line of its own; the text is all there (the fix adds line breaks, and blank tables where
  // the flattened ones cannot be read).
  for (const s of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', TITLE5, '六、其他需要报告的事项']) {
    assert.ok(fixed.split('\n').includes(s), s);
    assert.equal(fixed.split(s).length, 2, s);
  }
  assert.ok(chars(fixed).includes(chars(flat).slice(0, 200)));
});

test('a whole report on one line with its pipe tables and its # title (helper-204 #3): the six titles are found, the fix only breaks lines and inserts no table', () => {
  // Every line break turned into a space: the `# ` title heads the one line, the tables' pipes stay.
  const flat = EXAMPLE.replace(/\n/g, ' ') + '\n';
  assert.match(flat, /^# .*\| 规章 .*六、其他需要报告的事项/);
  const found = findingsOf(flat).filter((f) => f.ruleId === 'section-missing');
  assert.equal(found.length, 6, found.map((f) => f.message).join('\n'));
  for (const f of found) assert.match(f.message, /第 1 行中的“.+”就是这一部分的标题/);
  const fixed = core.fixAll(flat).text;
  const titles = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', TITLE5, '六、其他需要报告的事项'];
  for (const s of titles) assert.equal(fixed.split('\n').filter((l) => l.replace(/^#+ /, '') === s).length, 1, s);
  assert.ok(chars(fixed) === chars(flat), 'only line breaks added: no table inserted, nothing lost');
  const after = findingsOf(fixed);
  assert.ok(!after.some((f) => f.ruleId === 'section-missing'));
  // The tables run onto their lines are there but cannot be read: said, not replaced by empty standard tables.
  const missing = after.filter((f) => f.ruleId === 'table-missing');
  assert.equal(missing.length, 3);
  for (const f of missing) { assert.match(f.message, /未能读出表[二三四]/); assert.equal(f.fix, undefined); }
});

test('a variant title run together with its first words (helper-203 #1): the line breaks after the variant, no word is lost', () => {
  for (const [title, sep] of [['五、存在的主要问题及下步工作打算', ''], ['五、存在主要问题及改进情况', ''], ['五、政府信息公开工作存在的主要问题及改进情况', ' '], ['五、存在的主要问题及下步工作打算', '\u3000']]) {
    const text = EXAMPLE.replace(`## ${TITLE5}\n\n政策解读`, `## ${title}${sep}对照上级新要求，还有一些需要改进的地方。政策解读`);
    const found = findingsOf(text).filter((f) => f.ruleId === 'section-title');
    assert.equal(found.length, 1, title);
    assert.match(found[0].message, new RegExp(`标题“${title}”之后紧接着正文“对照上级新要求`), found[0].message);
    const fixed = core.fixAll(text).text;
    assert.ok(fixed.includes('\n\n对照上级新要求，还有一些需要改进的地方。政策解读'), title);
    assert.ok(chars(fixed).includes(chars('对照上级新要求，还有一些需要改进的地方。')), title);
  }
});

test('a misspelt title with words of the text after it (a sentence\'s comma in it) is said without a fix that would overwrite them', () => {
  const text = EXAMPLE.replace(`## ${TITLE5}\n\n政策解读`, '## 五、存在的主要问题和改进情况对照上级新要求，还有不足\n\n政策解读');
  const found = findingsOf(text).filter((f) => f.ruleId === 'section-title');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /标题中似乎含有正文的文字，未自动修改/);
  assert.equal(found[0].fix, undefined);
  assert.ok(core.fixAll(text).text.includes('存在的主要问题和改进情况对照上级新要求，还有不足'));
});

test('one line with 五\'s title, its text and 六\'s title glued after it (helper-203 #3): both are broken out, 六 once, nothing inserted', () => {
  const TITLE6 = '六、其他需要报告的事项';
  const text = EXAMPLE.replace(`## ${TITLE5}\n\n政策解读的形式还不够丰富。2025年将增加图解、视频等解读形式，提升解读实效。\n\n## ${TITLE6}\n\n`, `## ${TITLE5}政策解读的形式还不够丰富。2025年将增加图解、视频等解读形式，提升解读实效。${TITLE6}`);
  assert.notEqual(text, EXAMPLE);
  const found = findingsOf(text);
  assert.deepEqual(found.map((f) => f.ruleId).sort(), ['section-missing', 'section-title']);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split(TITLE6).length, 2, 'one 六 title');
  assert.equal(chars(fixed), chars(text));
  assert.deepEqual(findingsOf(fixed), []);
});

// helper-205 #2, #3: a title glued after a table row's closing pipe (the line break after 表四's last row lost) was not
// found, and the fix inserted a second 五 before 六, leaving 五's text under 四; a `## ` title glued to the paragraph
// before was broken out without its marks, which stayed behind as a stray `##`.
test('a title glued after a table row\'s closing pipe is broken out there; a glued `## ` title takes its marks along', () => {
  const t4Last = EXAMPLE.split('\n').find((l) => /^\| 2 +\| 0 +\| 1 +\| 0 +\| 3 /.test(l));
  for (const hashes of ['## ', '']) {
    // (The example's sentence on 表四 between the table and 五 goes: the title follows the table's last row.)
    const between = EXAMPLE.slice(EXAMPLE.indexOf(t4Last) + t4Last.length, EXAMPLE.indexOf(`## ${TITLE5}`) + TITLE5.length + 3);
    const text = EXAMPLE.replace(`${t4Last}${between}`, `${t4Last}${hashes}${TITLE5}`);
    assert.notEqual(text, EXAMPLE);
    const found = findingsOf(text).filter((f) => f.ruleId === 'section-missing');
    assert.equal(found.length, 1, hashes);
    assert.match(found[0].message, /就是这一部分的标题，但接在了上一段文字之后/);
    const fixed = core.fixAll(text).text;
    assert.equal(fixed.split(TITLE5).length, 2, 'the title once');
    assert.ok(fixed.includes(`${t4Last}\n\n${hashes || '## '}${TITLE5}`), fixed.slice(fixed.indexOf(t4Last), fixed.indexOf(t4Last) + t4Last.length + 40));
    assert.deepEqual(findingsOf(fixed).filter((f) => f.ruleId.startsWith('section-')), [], hashes);
  }
  const glued = EXAMPLE.replace('。\n\n## 一、总体情况', '。## 一、总体情况');
  assert.notEqual(glued, EXAMPLE);
  const fixed = core.fixAll(glued).text;
  assert.equal(fixed, EXAMPLE, 'the marks go with the title, none left behind');
});
