// row-missing's fix in an HTML 表三 whose label columns are cells of their own (the group cell repeated in each row:
// `<td></td><td>（四）无法提供</td><td>1.本机关…</td><td>5</td>…`, a transcribed or unmerged table; helper-204 #5). The
// inserted row had its label in the first cell and 8 cells where its neighbours have 10, so its numbers stood two
// columns left. It now has the same cells around its label as the rows of its level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues } from '../helpers.mjs';

// examples/correct-2024.nianbao.md with 表三 as a Word HTML table whose group cells are written in each row (helper-204's
// case file): the header merged with colspan/rowspan, 一、 rows `colspan="3"`, （一） rows `colspan="2"` after an empty
// cell, the sub-rows as `<td></td><td>（四）无法提供</td><td>1.…</td>`.
const HTML = readFileSync(join(ROOT, 'test/fixtures/reports/helper204-html-t3-label-cells.md'), 'utf8');
const findingsOf = (text) => core.checkReport(core.parseReport(text));

test('the HTML 表三 with label cells of their own reads clean', () => {
  const html = HTML;
  assert.match(html, /<tr><td><\/td><td>（四）无法提供<\/td><td>1\.本机关不掌握相关政府信息<\/td><td>\d+<\/td>/);
  assert.deepEqual(findingsOf(html).map((f) => `${f.ruleId} ${f.message}`), []);
});

test('a missing row gets the cells of its level: the group cell, its label, then its value cells under their columns', () => {
  const html = HTML;
  const row = html.split('\n').find((l) => l.includes('>2.没有现成信息需要另行制作<'));
  const text = html.replace(`${row}\n`, '');
  const found = findingsOf(text).filter((f) => f.ruleId === 'row-missing');
  assert.equal(found.length, 1);
  const fixed = core.applyFixes(text, found[0].fix.edits).text;
  const inserted = fixed.split('\n').find((l) => l.includes('>2.没有现成信息需要另行制作<'));
  const count = (l) => (l.match(/<td[\s>]/g) ?? []).length;
  assert.equal(count(inserted), count(row), inserted);
  assert.ok(inserted.startsWith('<tr><td></td><td>（四）无法提供</td><td>2.没有现成信息需要另行制作</td>'), inserted);
  // Filled in with the original numbers, the table reads as before.
  const values = [...row.matchAll(/<td>(\d+)<\/td>/g)].map((m) => m[1]);
  let k = 0;
  const filled = fixed.replace(inserted, inserted.replace(/<td><\/td>/g, (m, at) => (at > inserted.indexOf('2.没有') ? `<td>${values[k++]}</td>` : m)));
  assert.deepEqual(rowValues(core.parseReport(filled), 't3', 'R3.4.2'), rowValues(core.parseReport(html), 't3', 'R3.4.2'));
  assert.deepEqual(findingsOf(filled), []);
});

// helper-205 #5: a group's first row deleted where the group cell is written in the row (no rowspan): the row was to be
// inserted after the next row's line (where the group's label was found), and --fix refused it.
test('a group\'s first row missing: inserted before the next row of the group, with its cells', () => {
  // The group's label in its first row only (the other rows' group cells empty), as Word writes an unmerged cell.
  const firstOnly = HTML.replace(/<td><\/td><td>（三）不予公开<\/td><td>(?!1\.)/g, '<td></td><td></td><td>');
  const row = firstOnly.split('\n').find((l) => l.includes('>1.属于国家秘密<'));
  // The first row deleted, its group label left in the next row (where a copy moves it).
  const text = firstOnly.replace(`${row}\n`, '').replace('<td></td><td></td><td>2.其他法律行政法规禁止公开', '<td></td><td>（三）不予公开</td><td>2.其他法律行政法规禁止公开');
  const found = findingsOf(text).filter((f) => f.ruleId === 'row-missing');
  assert.equal(found.length, 1);
  const fixed = core.fixAll(text).text.split('\n');
  const at = fixed.findIndex((l) => l.includes('>1.属于国家秘密<'));
  assert.ok(at > 0, 'inserted');
  assert.match(fixed[at + 1], />2\.其他法律行政法规禁止公开</);
  const count = (l) => (l.match(/<td[\s>]/g) ?? []).length;
  assert.equal(count(fixed[at]), count(row), fixed[at]);
});

// helper-206 #1: the header's corner spanning the three label columns (`<td colspan="3" rowspan="3">（本列…）</td>`) while
// the rows write those columns as empty cells (`<td>一、…</td><td></td><td></td><td>40</td>`, Excel's "unmerge" exported):
// the empty cells after a label were read as values (twelve errors, six saying correct prose was wrong). The header's
// spans now count as the columns they cover.
test('rows written with empty label cells under a corner that spans three columns read as the spanned ones', () => {
  const bodyStart = HTML.indexOf('<tr><td colspan="3">一、');
  const unmerged = HTML.slice(0, bodyStart) + HTML.slice(bodyStart)
    .replace(/<td colspan="3">([^<]*)<\/td>/g, '<td>$1</td><td></td><td></td>')
    .replace(/<td colspan="2">([^<]*)<\/td>/g, '<td>$1</td><td></td>');
  assert.notEqual(unmerged, HTML);
  assert.match(unmerged, /<tr><td>一、本年新收政府信息公开申请数量<\/td><td><\/td><td><\/td><td>40<\/td>/);
  assert.match(unmerged, /<td colspan="3" rowspan="3">（本列数据/);
  assert.deepEqual(findingsOf(unmerged).map((f) => `${f.ruleId} ${f.message}`), []);
  for (const id of ['R1', 'R2', 'R3.1', 'R3.2', 'R3.4.1', 'R3.7', 'R4']) assert.deepEqual(rowValues(core.parseReport(unmerged), 't3', id), rowValues(core.parseReport(HTML), 't3', id), id);
});

// helper-206 #8: a group's text written in its first row only: the row inserted below it repeated the group's text.
test('a group written in its first row only: a later row inserted has an empty group cell', () => {
  const firstOnly = HTML.replace(/<td><\/td><td>（四）无法提供<\/td><td>(?!1\.)/g, '<td></td><td></td><td>');
  assert.notEqual(firstOnly, HTML);
  const row = firstOnly.split('\n').find((l) => l.includes('>2.没有现成信息需要另行制作<'));
  const text = firstOnly.replace(`${row}\n`, '');
  const found = findingsOf(text).filter((f) => f.ruleId === 'row-missing');
  assert.equal(found.length, 1);
  const inserted = core.applyFixes(text, found[0].fix.edits).text.split('\n').find((l) => l.includes('>2.没有现成信息需要另行制作<'));
  assert.ok(inserted.startsWith('<tr><td></td><td></td><td>2.没有现成信息需要另行制作</td>'), inserted);
});
