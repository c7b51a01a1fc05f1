// A table row commented out over several lines (`<!--` / `<tr>…</tr>` / `-->`, `<!--` / `| … |` / `-->`), helper-226
// A2: a browser shows none of it, yet it was read as a row: a false row-duplicate, and in an HTML 表三 the rows
// after it misread, whose value-in-label fix inserted an empty cell into the right （七）总计 row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, toHtmlRows } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const html = toHtmlRows(example);
const R31 = '<tr><td>（一）予以公开</td><td>21</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>24</td></tr>';
const OLD = '<tr><td>（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td><td>9</td><td>9</td><td>9</td><td>9</td><td>9</td><td>9</td><td>54</td></tr>';
const ids = (text) => core.analyze(text).findings.map((f) => `${f.ruleId} ${f.message}`);

test('an HTML 表三 with a row commented out over three lines: read as without it, and --fix changes nothing', () => {
  assert.ok(html.includes(`${R31}\n`));
  const text = html.replace(`${R31}\n`, `${R31}\n<!--\n${OLD}\n-->\n`);
  assert.deepEqual(ids(text), []);
  assert.equal(core.fixAll(text).text, text);
  // A wrong number in the table is still found.
  const bad = text.replace('<td>24</td></tr>', '<td>25</td></tr>');
  assert.notEqual(bad, text);
  assert.ok(core.analyze(bad).findings.some((f) => f.ruleId === 'sum-applicants'));
});

test('a row commented out is missing: row-missing when the table has no other copy of it', () => {
  const R32 = html.split('\n').find((l) => l.includes('（二）部分公开'));
  const text = html.replace(`${R32}\n`, `<!--\n${R32}\n-->\n`);
  assert.ok(core.analyze(text).findings.some((f) => f.ruleId === 'row-missing' && /部分公开/.test(f.message)), ids(text).join('\n'));
});

test('an edit that opens or closes the comment is read as a fresh parse is (incremental reading)', () => {
  const open = html.replace(`${R31}\n`, `${R31}\n<!--\n${OLD}\n`);
  const closed = html.replace(`${R31}\n`, `${R31}\n<!--\n${OLD}\n-->\n`);
  // (Read as the editor reads a version: `previous: null` keeps its readings for the next one.)
  const before = core.parseReport(html.replace(`${R31}\n`, `${R31}\n${OLD}\n`), { previous: null });
  for (const text of [closed, open]) {
    const incremental = core.checkReport(core.parseReport(text, { previous: before })).map((f) => `${f.ruleId} ${f.range.start.line}`);
    const fresh = core.checkReport(core.parseReport(text)).map((f) => `${f.ruleId} ${f.range.start.line}`);
    assert.deepEqual(incremental, fresh);
  }
});
