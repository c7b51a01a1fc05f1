// Sub-heading numbers repeated or skipped (brk172 #3): under 一、总体情况, （一）（二）（三）（四）（四） and （一）（二）（四）（五）（六）
// checked with 0 findings, and fixing “(四” left two （四）. subheading-order says the number at the heading; its fix
// renumbers only where that is certain. Base: examples/correct-2024.nianbao.md (0 findings), whose 一、总体情况 has
// ### （一）主动公开 … ### （五）监督保障.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, lineOf } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const check = (text) => core.checkReport(core.parseReport(text, { fileName: 'r.md' }));
const found = (text) => check(text).filter((f) => f.ruleId === 'subheading-order');
/** `text` with the sub-heading ordinals of 总体情况 (lines of `### （…）`) replaced in turn by `ordinals`. */
const numbered = (text, ordinals) => {
  let k = 0;
  return text.replace(/^### （[一二三四五]）/gm, () => `### ${ordinals[k++]}`);
};
const apply = (text, fix) => core.applyFixes(text, fix.edits).text;

test('the correct example has no subheading-order finding', () => {
  assert.deepEqual(check(correct).map((f) => f.ruleId), []);
});

test('（四） twice at the end: one warning at the second, fixed to （五）', () => {
  const text = numbered(correct, ['（一）', '（二）', '（三）', '（四）', '（四）']);
  const fs = check(text);
  assert.deepEqual(fs.map((f) => [f.ruleId, f.severity]), [['subheading-order', 'warning']]);
  const [f] = fs;
  assert.equal(lineOf(text, f), '### （四）监督保障');
  assert.match(f.message, /“（四）监督保障”与第 21 行的上一个同级标题“（四）政府信息公开平台建设”重号，应为“（五）”/);
  assert.deepEqual(f.fix.edits.map((e) => [e.range.start.line + 1, e.newText]), [[25, '五']]);
});

test('（二） skipped to （四）（五）（六）: one warning, the shifted run renumbered （三）（四）（五）', () => {
  const text = numbered(correct, ['（一）', '（二）', '（四）', '（五）', '（六）']);
  const fs = found(text);
  assert.equal(fs.length, 1);
  assert.equal(lineOf(text, fs[0]), '### （四）政府信息管理');
  assert.match(fs[0].message, /跳过了“（三）”/);
  assert.deepEqual(fs[0].fix.edits.map((e) => [e.range.start.line + 1, e.newText]), [[17, '三'], [21, '四'], [25, '五']]);
  assert.deepEqual(check(apply(text, fs[0].fix)).map((f) => f.ruleId), []);
});

test('a repeated number followed by numbers that continue it: the run after it is renumbered; one that continues the number after it: only it', () => {
  let fs = found(numbered(correct, ['（一）', '（二）', '（二）', '（三）', '（四）']));
  assert.equal(fs.length, 1);
  assert.deepEqual(fs[0].fix.edits.map((e) => [e.range.start.line + 1, e.newText]), [[17, '三'], [21, '四'], [25, '五']]);
  fs = found(numbered(correct, ['（一）', '（二）', '（二）', '（四）', '（五）']));
  assert.deepEqual(fs[0].fix.edits.map((e) => [e.range.start.line + 1, e.newText]), [[17, '三']]);
});

test('no certain renumbering (（一）（三）（三）（五）（六）): reported with no fix', () => {
  const fs = found(numbered(correct, ['（一）', '（三）', '（三）', '（五）', '（六）']));
  assert.ok(fs.length >= 1);
  assert.equal(fs[0].fix, undefined);
  assert.match(fs[0].message, /请核对/);
});

test('the skipped number written otherwise on a line between (2.依申请公开情况): named, nothing renumbered', () => {
  const text = correct.replace('### （二）依申请公开', '2.依申请公开情况');
  const fs = found(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].fix, undefined);
  assert.match(fs[0].message, /第 13 行“2\.依申请公开情况”可能就是“（二）”的标题/);
});

test('no finding: numbering restarting under each section and sub-heading, a list from （一） in the text, numbered table rows outside tables', () => {
  // A list of points in the text of （二） from （一） on, then （三）: no gap.
  let text = correct.replace('严格落实公开前保密审查', '（一）完善制度；\n\n（二）加强审查；\n\n（三）规范发布。\n\n严格落实公开前保密审查');
  assert.deepEqual(found(text), []);
  // Level-3 points under each sub-heading, restarting at 1.
  text = correct.replace('### （二）依申请公开\n', '### （二）依申请公开\n\n1.受理情况\n\n2.办理情况\n').replace('### （三）政府信息管理\n', '### （三）政府信息管理\n\n1.保密审查\n\n2.动态更新\n');
  assert.deepEqual(found(text), []);
  // An appendix table written with tabs (2015 reports): its （一）（二） rows under different groups are no headings' numbers.
  text = correct.replace('## 六、其他需要报告的事项', '## 六、其他需要报告的事项\n\n统计指标\t单位\t统计数\n（一）主动公开政府信息数\t条\t1246\n（二）通过不同渠道公开的情况\t—\t—\n（一）回应公众关注热点数\t次\t21\n（二）通过不同渠道回应解读的情况\t—\t—\n（二）其他\t—\t—');
  assert.deepEqual(found(text), []);
});

test('fixing “(四” and the （四） after it in one --fix run gives （四）（五）', () => {
  const text = correct.replace('### （四）政府信息公开平台建设', '### (四政府信息公开平台建设').replace('### （五）监督保障', '### （四）监督保障');
  const fs = check(text);
  assert.deepEqual(fs.map((f) => f.ruleId).sort(), ['ordinal-malformed', 'subheading-order']);
  assert.deepEqual(found(text)[0].fix.edits.map((e) => [e.range.start.line + 1, e.newText]), [[25, '五']]);
});

// The bench's long draft (report prose shuffled into numbered lines) gave 176 findings in 1 MB: `1.` and `3.` read
// as sub-headings, the `2.` between them a paragraph (it holds figures and 。), so 3. "skipped" 2.; and `1.…` as a
// paragraph after `6.`, then the sub-heading `2.`, "numbered below" 6. As written the numbers run on.
const underProblems = (items) => correct.replace('## 六、其他需要报告的事项', `${items.join('\n')}\n\n## 六、其他需要报告的事项`);
const PARAGRAPH_2 = '2.全年发布审查信息669件。编辑《政府公报》75期，刊登规范性文件12件，其中部门规范性文件5件。';

test('a numbered line between sub-headings that reads as a paragraph continues their numbers: 1. 2.(paragraph) 3.', () => {
  const text = underProblems(['1.加强公开目录管理。', PARAGRAPH_2, '3.强化监督考核。']);
  assert.ok(core.parseReport(text).headings.some((h) => h.title.startsWith('强化监督考核')), 'the 3. line is a heading');
  assert.ok(!core.parseReport(text).headings.some((h) => h.title.startsWith('全年发布审查')), 'the 2. line is no heading');
  assert.deepEqual(found(text), []);
  // A list restarted in a paragraph line after 3., then the sub-heading 2.: it continues that list.
  const restarted = underProblems(['1.加强公开目录管理。', '2.完善审查机制。', '3.强化监督考核。', '', PARAGRAPH_2.replace('2.', '1.'), '2.做好培训工作。']);
  assert.deepEqual(found(restarted), []);
});

test('a skip with no such line between, or a line in another style, is still reported', () => {
  const skipped = underProblems(['1.加强公开目录管理。', '全年发布审查信息669件。', '3.强化监督考核。']);
  assert.deepEqual(found(skipped).map((f) => [f.expected, f.actual]), [[2, 3]]);
  const otherStyle = underProblems(['1.加强公开目录管理。', PARAGRAPH_2.replace('2.', '2、'), '3.强化监督考核。']);
  const [f] = found(otherStyle);
  assert.ok(f && /可能就是“2\.”的标题/.test(f.message), f?.message);
  // Numbers written between that do not run on (4. between 1. and 3.) leave the finding.
  const wrong = underProblems(['1.加强公开目录管理。', PARAGRAPH_2.replace('2.', '4.'), '3.强化监督考核。']);
  assert.equal(found(wrong).length, 1);
});
