// Prose wrapped after a run-in heading (brk102 #1, #2): a paragraph that opens with its heading and goes on with the
// text on the same line (`（二）依申请公开。2024年，全县共收到……其中县政府本级`), wrapped as pdftotext -layout and Word
// text wrap it, with no space between the two Chinese characters at the break. The line ended inside a sentence, and the
// next line (`受理96件、县直部门受理271件……`) is the same sentence: it read as a new paragraph, cut from its subject
// (three false prose-table errors on the parts of a split), or cut a phrase from its number (`其中予以公开\n107件` was
// not compared). A line break inside a sentence now reads as no break after such a line too; a heading without a stop,
// a list item, a table row and a blank-line-separated heading stay boundaries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, edit, proseBrief as brief, proseTableOf as table, only } from '../helpers.mjs';

// examples/correct-2024.nianbao.md: 表三 新收 46, 上年结转 2, 办结 47, 予以公开 24.
const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SENTENCE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
/** The example with its （二） heading run in to its paragraph, written as `lines` (the paragraph, wrapped). */
const runIn = (lines) => edit(EXAMPLE, `### （二）依申请公开\n\n${SENTENCE}`, lines);

test('a sentence wrapped after a run-in heading reads as one: the subject of a split stays with its counts', () => {
  for (const wrap of [
    '（二）依申请公开。全年新收政府信息公开申请46件，其中局机关本级\n受理40件、所属单位受理6件。上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。',
    // (pdftotext -layout: the first line indented, the next one not.)
    '     （二）依申请公开。全年新收政府信息公开申请46件，其中局机关本级\n受理40件、所属单位受理6件。上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。',
  ]) {
    const text = runIn(wrap);
    assert.deepEqual(table(text).map(brief), [], wrap);
    // (On one line: the same.)
    assert.deepEqual(table(runIn(wrap.replace('\n', ''))).map(brief), [], wrap);
  }
});

test('a number wrapped away from its phrase after a run-in heading is compared as on one line', () => {
  for (const [wrap, n] of [
    ['其中予以公开\n25件', 25],
    ['其中予以\n公开25件', 25],
    ['其中予以公开25\n件', 25],
  ]) {
    const para = `（二）依申请公开。${SENTENCE.replace('其中予以公开24件', wrap)}`;
    const text = runIn(para);
    assert.deepEqual(table(text).map(brief), [[n, 24, 'R3.1', 'error', '24']], para);
    assert.deepEqual(table(runIn(para.replace('\n', ''))).map(brief), [[n, 24, 'R3.1', 'error', '24']], para);
    // (prose-sum sees the list as on one line: 25 + 6 + 6 + 7 + 3 + 1 = 48 against 47.)
    assert.equal(only(text, 'prose-sum').found.length, 1, para);
  }
});

test('a heading without a stop, a list item and a table stay boundaries', () => {
  // (A heading line without a stop: the next line is its paragraph, not part of the heading's sentence.)
  const own = runIn(`（二）依申请公开\n${SENTENCE.replace('其中予以公开24件', '其中予以公开25件')}`);
  assert.deepEqual(table(own).map(brief), [[25, 24, 'R3.1', 'error', '24']]);
  // (A list item after a run-in heading line that did not end with a stop starts its own paragraph: 其中 after the
  // heading's text does not reach into it, so 受理40件 there is compared as all applications received.)
  const item = runIn(`（二）依申请公开。全年新收政府信息公开申请46件，其中局机关本级\n1.受理40件。${SENTENCE.slice(SENTENCE.indexOf('上年结转'))}`);
  assert.deepEqual(table(item).map((f) => f.actual), [40]);
});

// brk105 #1 (F4): a heading ended by a colon with its text after it (`（二）依申请公开：全年新收政府信息公开申请`) is
// a run-in heading too; wrapped, its next line went into a new paragraph and the number there lost its phrase.
test('a run-in heading with a colon, wrapped inside a sentence, reads as one sentence', () => {
  for (const [para, n] of [
    [`（二）依申请公开：${SENTENCE.replace('申请46件', '申请\n47件')}`, 47],
    [`（二）依申请公开:${SENTENCE.replace('申请46件', '申请\n47件')}`, 47],
    [`（二）依申请公开：${SENTENCE.replace('其中予以公开24件', '其中予以公开\n25件')}`, 25],
  ]) {
    const got = table(runIn(para)).map(brief);
    const one = table(runIn(para.replace('\n', ''))).map(brief);
    assert.equal(got.length, 1, para);
    assert.equal(got[0][0], n, para);
    assert.deepEqual(got, one, para);
  }
  // (A heading ended by a colon with nothing after it keeps its own line: the next one is its paragraph.)
  const own = runIn(`（二）依申请公开：\n${SENTENCE.replace('其中予以公开24件', '其中予以公开25件')}`);
  assert.deepEqual(table(own).map(brief), [[25, 24, 'R3.1', 'error', '24']]);
});
