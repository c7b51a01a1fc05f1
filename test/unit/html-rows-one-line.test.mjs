// HTML table rows run together on one line (a minified page source, MinerU/marker output), helper-221 #4, #5. The
// readers read a table row by line: a 表三 written wholly on one line was "missing" and table-missing's fix inserted
// a second, blank 表三 above it; two <tr> a line gave 22 false errors. Now the table is said unreadable (or not
// read) with a fix that only puts each <tr> on a line of its own, after which it is read and checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, toHtmlRows } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const html = toHtmlRows(example);
const ids = (text) => core.analyze(text).findings.map((f) => f.ruleId);
const fixesOf = (text, rule) => core.analyze(text).findings.filter((f) => f.ruleId === rule && f.fix).flatMap((f) => f.fix.edits);
/** The lines of the HTML table that holds `marker`, from its `<table>` to its `</table>`. */
function tableLines(text, marker) {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes(marker));
  let from = at, to = at;
  while (lines[from] !== '<table>') from--;
  while (lines[to] !== '</table>') to++;
  return { lines, from, to };
}
/** `text` with the HTML table holding `marker` written with `perLine` rows a line (Infinity: all on one line). */
function packed(text, marker, perLine) {
  const { lines, from, to } = tableLines(text, marker);
  const rows = lines.slice(from + 1, to);
  const out = [];
  for (let k = 0; k < rows.length; k += perLine) out.push(rows.slice(k, k + perLine).join(''));
  if (perLine === Infinity) return [...lines.slice(0, from), `<table>${rows.join('')}</table>`, ...lines.slice(to + 1)].join('\n');
  return [...lines.slice(0, from + 1), ...out, ...lines.slice(to)].join('\n');
}
const T3 = '本列数据的勾稽关系';
const wrongTotal = (text) => text.replace('<td>一、本年新收政府信息公开申请数量</td><td>40</td><td>3</td><td>0</td><td>1</td><td>2</td><td>0</td><td>46</td>', '<td>一、本年新收政府信息公开申请数量</td><td>40</td><td>3</td><td>0</td><td>1</td><td>2</td><td>0</td><td>47</td>');

test('the HTML example, one <tr> a line, is clean', () => {
  assert.deepEqual(ids(html), []);
});

test('表三 written on one line: not said missing with a blank table to insert; the fix only breaks lines, then it is read', () => {
  const text = packed(html, T3, Infinity);
  const fs = core.analyze(text).findings;
  assert.deepEqual(fs.map((f) => `${f.ruleId} ${f.severity}`), ['table-missing info']);
  assert.match(fs[0].message, /HTML 表格把各行（<tr>）写在同一行里/);
  const edits = fixesOf(text, 'table-missing');
  assert.ok(edits.length > 30 && edits.every((e) => e.newText === '\n' && e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character));
  const fixed = core.applyFixes(text, edits).text;
  assert.equal(fixed.replaceAll('\n', ''), text.replaceAll('\n', ''), 'only line breaks added');
  assert.ok(!fixed.includes('| 一、本年新收'), 'no pipe table inserted');
  assert.deepEqual(ids(fixed), []);
  // A wrong total, invisible before, is found once the rows are split.
  const bad = wrongTotal(text);
  assert.notEqual(bad, text);
  assert.deepEqual(ids(bad), ['table-missing']);
  assert.ok(ids(core.applyFixes(bad, fixesOf(bad, 'table-missing')).text).includes('sum-applicants'));
});

test('表三 with two <tr> a line: one table-unreadable info instead of false errors; its fix splits the rows', () => {
  const text = packed(html, T3, 2);
  const fs = core.analyze(text).findings;
  assert.deepEqual(fs.map((f) => `${f.ruleId} ${f.severity}`), ['table-unreadable info']);
  const fixed = core.applyFixes(text, fixesOf(text, 'table-unreadable')).text;
  assert.equal(fixed.replaceAll('\n', ''), text.replaceAll('\n', ''));
  assert.deepEqual(ids(fixed), []);
  const bad = wrongTotal(text);
  assert.notEqual(bad, text);
  assert.ok(ids(core.applyFixes(bad, fixesOf(bad, 'table-unreadable')).text).includes('sum-applicants'));
});

test('表二 with its rows run together: said unreadable, split by the fix, then clean', () => {
  const text = packed(html, '信息内容', 3);
  assert.ok(ids(text).includes('table-unreadable'), ids(text).join());
  assert.ok(!ids(text).some((id) => id === 'row-missing' || id === 'cell-count'), ids(text).join());
  const fixed = core.applyFixes(text, fixesOf(text, 'table-unreadable')).text;
  assert.deepEqual(ids(fixed), []);
});
