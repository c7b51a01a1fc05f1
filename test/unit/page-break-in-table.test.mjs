// What a PDF's page break leaves in the middle of a table pasted one cell a line (pdftotext: a page footer, a blank
// line, a form feed before the next page's first line, that page's running header): none of it is a cell (brk97 #2:
// the row was read with a blank cell or a cell too many, and its sums failed). Base: corpus seed 001 (表三 one cell a
// line, `N |`). The last test guards what held before: a page that opens with a row, or with other words, keeps them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

const SEED = corpusText('seeds/001_417062a3286660b0.txt');
const ROW = '(二)部分公开(区分处理的,只计这一情形,不计其他情形) |\n4 |\n0 |\n';
const HEADER = '河东区人民政府办公室2020年政府信息公开工作年度报告';
/** Seed 001 with `inserted` after the second value of 表三's (二)部分公开 row. */
const breakInRow = (inserted) => {
  assert.equal(SEED.split(ROW).length, 2);
  return SEED.replace(ROW, ROW + inserted);
};
/** 表三's rows as read: id and values. */
const t3 = (text) => core.parseReport(text).tables.t3.rows.map((r) => `${r.id}:${r.cells.map((c) => c?.value ?? '_').join(',')}`);
/** The findings other than the page break's own (page-break, page-leftover), by rule. */
const rules = (text) => core.checkReport(core.parseReport(text)).filter((f) => !/^page-/.test(f.ruleId)).map((f) => f.ruleId);

test('a page footer, a blank line, a form feed and the running header inside a row: the row is read as without them', () => {
  for (const inserted of [`\n— 6 —\n\f${HEADER}\n`, `\n\n- 6 -\n\n\f${HEADER}\n\n`, `第6页 共12页\n\f${HEADER}\n`, `\f\n`, `\n\f   ${HEADER}   \n`]) {
    const text = breakInRow(inserted);
    assert.deepEqual(t3(text), t3(SEED), JSON.stringify(inserted));
    assert.deepEqual(rules(text), rules(SEED), JSON.stringify(inserted));
  }
});

test('a page number alone before a form feed is dropped when it is about the page\'s number; another number is a cell', () => {
  // Four page breaks above it (form feeds at the start of four lines of the prose): the fifth page ends with `5`.
  let text = SEED;
  for (const line of ['一、总体情况', '二、主动公开政府信息情况', '(一)主动公开', '三、收到和处理政府信息公开申请情况']) {
    assert.ok(text.includes(`\n${line}`), line);
    text = text.replace(`\n${line}`, `\n\f${line}`);
  }
  const numbered = text.replace(ROW, `${ROW}5\n\f${HEADER}\n`);
  assert.deepEqual(t3(numbered), t3(SEED));
  // 40 at that place is no page number: the row's cell too many is said.
  const value = text.replace(ROW, `${ROW}40\n\f${HEADER}\n`);
  assert.notDeepEqual(t3(value), t3(SEED));
  assert.ok(rules(value).includes('cell-count'), rules(value).join(','));
});

test('a form feed line that opens a page with a table row, or with text that is not a title, keeps it', () => {
  // The page opens with the next row's label: read as usual.
  const atRow = SEED.replace(`${ROW}0 |\n0 |\n0 |\n4 |\n`, `${ROW}0 |\n0 |\n0 |\n4 |\n\f`);
  assert.deepEqual(t3(atRow), t3(SEED));
  // A line of words at the page's top that is no running title stays a line of text (it ends the row: a cell short).
  assert.ok(rules(breakInRow('\f附件说明\n')).includes('cell-count'));
});

test('the next page\'s running title after a form feed on a line of its own is no cell; a number opening a page is one (brk98 #3)', () => {
  for (const inserted of [`\f\n${HEADER}\n`, `\f\n${HEADER}\n— 2 —\n`]) {
    const text = breakInRow(inserted);
    assert.deepEqual(t3(text), t3(SEED), JSON.stringify(inserted));
    assert.deepEqual(rules(text), rules(SEED), JSON.stringify(inserted));
  }
  // A table running on to the next page opens it with its next cell, often a small count: read as one (page numbers
  // stand at the foot of a page, before its form feed).
  for (const inserted of ['\f\n2\n', '\f2\n']) assert.ok(rules(breakInRow(inserted)).includes('cell-count'), JSON.stringify(inserted));
});
