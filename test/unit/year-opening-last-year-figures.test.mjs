// year-mismatch on a sentence of 总体情况 that opens with last year to give last year's figures beside the report
// year's (brk180 #7: `2024年办结的18件申请中，予以公开3件、部分公开5件。` after the 2025 report's own 办结 figures):
// a comparison, not text left from last year's report, whether or not last year's report is loaded. A paragraph that
// is last year's text (opening with last year, or comparing with the year before it) is still a warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const mismatches = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'year-mismatch');

test('a sentence naming last year for its figures, after the report year\'s in its paragraph, is no year-mismatch', () => {
  assert.ok(CORRECT.includes(LINE));
  // The report year in words before it (全年), or as a number after it (结转至2025年), frames the paragraph.
  assert.deepEqual(mismatches(edit(CORRECT, LINE, `${LINE}2023年办结的40件申请中，予以公开20件、部分公开5件。`)), []);
  assert.deepEqual(mismatches(edit(CORRECT, LINE, LINE.replace('全年新收', '新收').replace('结转下年度继续办理1件。', '2023年办结的40件申请中，予以公开20件。结转至2025年继续办理1件。'))), []);
});

test('last year\'s text left in the report is still a warning', () => {
  const warned = (text) => mismatches(text).map((f) => [f.severity, f.actual]);
  // A sentence of last year's figures in a paragraph of its own.
  assert.deepEqual(warned(edit(CORRECT, LINE, `${LINE}\n\n2023年办结的40件申请中，予以公开20件、部分公开5件。`)), [['warning', 2023]]);
  // A paragraph that opens with last year and names the report year nowhere: both sentences are last year's.
  assert.deepEqual(warned(edit(CORRECT, LINE, '2023年新收政府信息公开申请40件，办结38件。2023年办结的38件申请中，予以公开20件。')), [['warning', 2023], ['warning', 2023]]);
  // A paragraph comparing with the year before last year: last year's report's comparison.
  assert.deepEqual(warned(edit(CORRECT, LINE, `${LINE.replace('结转下年度继续办理1件。', '较2022年增加6件。')}2023年办结的40件申请中，予以公开20件。`)), [['warning', 2023]]);
  // A year before last year giving figures is no comparison with last year.
  assert.deepEqual(warned(edit(CORRECT, LINE, `${LINE}2022年办结的40件申请中，予以公开20件。`)), [['warning', 2022]]);
  // A sentence set off by `2023年，` in the middle of the report year's paragraph is last year's sentence left in it.
  assert.deepEqual(warned(edit(CORRECT, LINE, `${LINE}2023年，办结申请40件，予以公开20件。`)), [['warning', 2023]]);
  // Nor is a sentence without figures.
  assert.deepEqual(warned(edit(CORRECT, LINE, `${LINE}2023年，本局修订了依申请公开办理规程。`)), [['warning', 2023]]);
});
