// Prose that lists phrases and then gives their counts together: `行政复议、行政诉讼分别为5件、2件` (one count each, in
// order) and `行政复议、行政诉讼均为0件`, `新收和办结申请各50件` (one count for each). They were not compared with the
// tables at all (breaker46 #5: some 复议/诉讼 word orders). Each phrase is now compared with its own count; a count that
// is each of several phrases' is never rewritten by a fix, a count of its own is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T4_PROSE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const T3_PROSE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const proseTable = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');
/** The text a finding's range covers. */
const under = (text, f) => text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character);

test('分别为: each phrase of the list is compared with its own count, in order', () => {
  const text = edit(CORRECT, T4_PROSE, '全年因政府信息公开被申请行政复议、行政诉讼分别为5件、2件。');
  const found = proseTable(text);
  assert.equal(found.length, 1);
  assert.equal(found[0].expected, 3);
  assert.equal(found[0].actual, 5);
  assert.equal(under(text, found[0]), '5');
  assert.match(found[0].message, /正文“行政复议、行政诉讼分别为5件”与表四不一致：表四的行政复议总计为 3/);
  // The second count is the second phrase's (行政诉讼: 2 in 表四): 4 is wrong, and only it.
  const second = proseTable(edit(CORRECT, T4_PROSE, '全年因政府信息公开被申请行政复议、被提起行政诉讼的数量分别是3件和4件。'));
  assert.deepEqual(second.map((f) => [f.expected, f.actual]), [[2, 4]]);
});

test('分别为 in 表三: the 办理结果 listed with a count each; the fix rewrites that count and the text checks clean', () => {
  const text = edit(CORRECT, T3_PROSE, '全年新收政府信息公开申请46件，办结47件，其中不予公开、无法提供、不予处理分别为6件、7件、4件。');
  const found = proseTable(text);
  assert.equal(found.length, 1);
  assert.equal(found[0].expected, 3);
  assert.equal(under(text, found[0]), '4');
  assert.ok(found[0].fix, 'a count of its own is fixable');
  const fixed = core.applyFixes(text, found[0].fix.edits).text;
  assert.ok(fixed.includes('分别为6件、7件、3件。'));
  assert.deepEqual(proseTable(fixed), []);
  // 予以公开、部分公开 (read together as one phrase elsewhere) are two phrases here.
  const joined = proseTable(edit(CORRECT, T3_PROSE, '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开、部分公开分别为20件、6件。'));
  assert.deepEqual(joined.map((f) => [f.expected, f.actual]), [[24, 20]]);
});

test('均为 / 各: the one count is each phrase\'s, said for each, and not fixed', () => {
  const text = edit(CORRECT, T4_PROSE, '政府信息公开行政复议、行政诉讼均为0件。');
  const found = proseTable(text);
  assert.deepEqual(found.map((f) => [f.expected, f.actual]).sort(), [[2, 0], [3, 0]]);
  for (const f of found) {
    assert.equal(under(text, f), '0');
    assert.equal(f.fix, undefined, 'one number for two phrases is not rewritten');
  }
  const each = proseTable(edit(CORRECT, T3_PROSE, '全年新收和办结政府信息公开申请各50件。'));
  assert.deepEqual(each.map((f) => [f.expected, f.actual]).sort(), [[46, 50], [47, 50]]);
  assert.ok(each.every((f) => !/中办结的申请/.test(f.message)), 'the list\'s other phrase does not narrow 办结');
});

test('lists that agree with the tables, and what is no such list, give nothing', () => {
  for (const [from, to] of [
    [T4_PROSE, '全年因政府信息公开被申请行政复议、行政诉讼分别为3件、2件。'],
    [T4_PROSE, '全年政府信息公开行政复议和行政诉讼分别为3件、2件、1件。'],
    [T4_PROSE, '政府信息公开行政复议、行政诉讼分别比上年增加1件、2件。'],
    [T3_PROSE, '全年新收、办结政府信息公开申请分别为46件和47件，上年结转2件。'],
    [T3_PROSE, '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开、部分公开分别为24件、6件。'],
    [T3_PROSE, '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开、部分公开分别占51%、13%。'],
    [T3_PROSE, '全年新收政府信息公开申请46件，办结47件，其中不予公开、无法提供、不予处理分别为6件、7件、3件。'],
  ]) assert.deepEqual(proseTable(edit(CORRECT, from, to)), [], to);
});

test('表二: verbs listed before the row (制发、废止规范性文件分别为3件、1件) give one column\'s count each', () => {
  const T2_PROSE = '制发行政规范性文件3件，废止1件，现行有效25件。';
  const text = edit(CORRECT, T2_PROSE, '制发、废止、现行有效的规范性文件分别为3件、1件、24件。');
  const found = proseTable(text);
  assert.deepEqual(found.map((f) => [f.expected, f.actual]), [[25, 24]]);
  assert.equal(under(text, found[0]), '24');
  assert.match(found[0].message, /表二的行政规范性文件现行有效件数为 25/);
  assert.deepEqual(proseTable(edit(CORRECT, T2_PROSE, '全年制定和废止规范性文件分别为3件和2件。')).map((f) => [f.expected, f.actual]), [[1, 2]]);
  for (const to of ['制发、废止规范性文件分别为3件、1件，现行有效25件。', '制发、废止规范性文件分别同比增加1件、2件。', '制发、废止规范性文件分别为3件、1件、2件。']) {
    assert.deepEqual(proseTable(edit(CORRECT, T2_PROSE, to)), [], to);
  }
});

test('各 with one count per phrase (各3件、2件) reads as 分别, in order; with more or fewer counts nothing is compared (helper-218 #6)', () => {
  // 表四: 行政复议 3, 行政诉讼 2.
  assert.deepEqual(proseTable(edit(CORRECT, T4_PROSE, '全年因政府信息公开被申请行政复议、提起行政诉讼各3件、2件。')), []);
  const swapped = proseTable(edit(CORRECT, T4_PROSE, '全年因政府信息公开被申请行政复议、提起行政诉讼各2件、3件。'));
  assert.deepEqual(swapped.map((f) => [f.expected, f.actual]).sort(), [[2, 3], [3, 2]]);
  assert.deepEqual(proseTable(edit(CORRECT, T4_PROSE, '全年因政府信息公开被申请行政复议、提起行政诉讼各3件、2件、1件。')), []);
  // 表三: 新收 46, 办理结果总计 47.
  const t3 = (s) => proseTable(edit(CORRECT, T3_PROSE, s)).map((f) => [f.expected, f.actual]);
  assert.deepEqual(t3('全年新收和办结政府信息公开申请各46件、47件。'), []);
  assert.deepEqual(t3('全年新收和办结政府信息公开申请各46件、48件。'), [[47, 48]]);
  // One count after 各 is still each phrase's.
  assert.deepEqual(t3('全年新收和办结政府信息公开申请各46件。'), [[47, 46]]);
});
