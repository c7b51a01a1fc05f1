// brk136 #3: a table copied from a web page as rows with ` | ` between the cells and no delimiter row (seed 003) was
// taken for a pipe table (the reader's layout `pipe`), so "Convert 表三 / 表四 to a pipe table" was never offered there,
// though it is no table in GFM (it renders as a paragraph); the same rows tab-separated or space-aligned got it. 表二,
// read as `mixed`, got it with the title "(was pipe)" / 「原为竖线排版」. Now such rows are converted as the other pasted
// layouts are, named for what they are, and a real pipe table (under a delimiter row) is still not offered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, ROOT } from '../helpers.mjs';

const SEED003 = corpusText('seeds/003_7487cbc35b761747.txt');
const WEB_ROWS = { zh: '无分隔行的竖线分隔', en: 'pipe-separated rows without a delimiter row' };

/** The values read of table `id`, row by row. */
const values = (report, id) => report.tables[id].rows.map((r) => `${r.label}:${r.cells.map((c) => c?.value ?? '_').join(',')}`);
/** The findings of `text` as rule ids, sorted. */
const rules = (text) => core.analyze(text).findings.map((f) => f.ruleId).sort();

/** `text` with table `id` converted; asserts that it is offered, keeps every value and re-checks as before. */
function converted(text, id) {
  const report = core.parseReport(text);
  const edit = core.convertTableEdit(report, id);
  assert.ok(edit, `${id} is converted`);
  const after = core.applyFixes(text, [edit]).text;
  const again = core.parseReport(after);
  assert.equal(again.tables[id].layout, 'pipe', id);
  assert.deepEqual(values(again, id), values(report, id), `${id}: the values read, row by row`);
  assert.deepEqual(rules(after), rules(text), `${id}: the same findings`);
  // Now a pipe table: not offered again.
  assert.equal(core.convertTableEdit(again, id), null, `${id}: not offered again`);
  return after;
}

test('seed 003 (web rows, no delimiter row): 表二, 表三 and 表四 are converted and named for their layout', () => {
  const report = core.parseReport(SEED003);
  for (const id of ['t2', 't3', 't4']) assert.deepEqual(core.pastedLayout(report, id).name, WEB_ROWS, id);
  let text = SEED003;
  for (const id of ['t4', 't3', 't2']) text = converted(text, id);
  assert.match(text, /\n\| \(一\)予以公开 +\| 0 +\| 0 +\|/, 'labels in the table\'s ASCII brackets');
});

test('the same rows with a leading pipe, or without the closing one, are converted alike; tab-separated rows give the same table', () => {
  const { start, end } = core.parseReport(SEED003).tables.t3.range;
  const [a, b] = [start.line, end.character === 0 ? end.line - 1 : end.line];
  const lines = SEED003.split('\n');
  const variant = (f) => [...lines.slice(0, a), ...lines.slice(a, b + 1).map(f), ...lines.slice(b + 1)].join('\n');
  const convertedT3 = (text) => core.convertTableEdit(core.parseReport(text), 't3').newText;
  const expected = convertedT3(SEED003);
  for (const [name, f] of [['leading pipe', (l) => `| ${l}`], ['no closing pipe', (l) => l.replace(/ \|$/, '')], ['tab-separated', (l) => l.replace(/ \|$/, '').split(' | ').join('\t')]]) {
    const text = variant(f);
    assert.equal(convertedT3(text), expected, name);
    converted(text, 't3');
  }
});

test('a real pipe table (a delimiter row under its header) is not offered; its layout stays 竖线 / pipe', () => {
  const text = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const report = core.parseReport(text);
  for (const id of ['t2', 't3', 't4']) {
    assert.equal(core.convertTableEdit(report, id), null, id);
    assert.equal(core.pastedLayout(report, id).id, 'pipe', id);
  }
  // Its rows without the delimiter rows are web rows again: offered.
  const bare = text.split('\n').filter((l) => !/^\|(?: *:?-+:? *\|)+$/.test(l)).join('\n');
  assert.ok(core.convertTableEdit(core.parseReport(bare), 't3'));
});

test('a section heading written among the web rows (`| 四、政府信息公开…`) is not dropped by the conversion', () => {
  const text = SEED003.split('\n').map((l) => (/^(四、政府信息公开行政复议|行政复议 \||结果维持 \||0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \|$)/.test(l) ? `| ${l}` : l)).join('\n');
  const report = core.parseReport(text);
  const edit = core.convertTableEdit(report, 't4');
  if (edit) assert.match(core.applyFixes(text, [edit]).text, /四、政府信息公开行政复议、行政诉讼情况/);
});
