// brk89 #1: a table written as HTML with its rows (`<tr>`) run together on one line (a minified page, a CMS's
// source) was not read: only an info (table-missing / table-unreadable) and exit 0, its wrong sums unchecked. The
// text is now read with each row on a line of its own, and findings are given where the text as written has them
// (the right cell of the long line). Base: examples/correct-2024.nianbao.md, its tables as HTML rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { core, ROOT, runCli, toHtmlRows } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

/** `text` with each HTML table's rows `perLine` to a line (all on the `<table>` line when `perLine` is Infinity). */
function packed(text, perLine = Infinity) {
  const out = [];
  let rows = null;
  for (const l of text.split('\n')) {
    if (l === '<table>') { rows = []; continue; }
    if (rows && l === '</table>') {
      const lines = [];
      for (let k = 0; k < rows.length; k += perLine === Infinity ? rows.length : perLine) lines.push(rows.slice(k, k + (perLine === Infinity ? rows.length : perLine)).join(''));
      lines[0] = `<table>${lines[0]}`;
      lines[lines.length - 1] += '</table>';
      out.push(...lines);
      rows = null;
      continue;
    }
    if (rows) rows.push(l);
    else out.push(l);
  }
  return out.join('\n');
}

const html = toHtmlRows(example);
/** 表三's （一）予以公开 row, 自然人 cell 21 → 22 (two sums fail through it). */
const damaged = html.replace('<td>（一）予以公开</td><td>21</td>', '<td>（一）予以公开</td><td>22</td>');

const text = (t, r) => t.split('\n')[r.start.line].slice(r.start.character, r.end.character);
const serious = (fs) => fs.filter((f) => f.severity !== 'info').map((f) => f.ruleId);

for (const [name, perLine] of [['all rows on one line', Infinity], ['two rows a line', 2], ['three rows a line', 3]]) {
  test(`HTML tables, ${name}: the correct example checks clean, its tables read`, () => {
    const t = packed(html, perLine);
    assert.ok(t.split('\n').some((l) => (l.match(/<tr>/g) ?? []).length >= 2));
    const { report, findings } = core.analyze(t);
    assert.deepEqual(serious(findings), []);
    assert.deepEqual(findings.filter((f) => /^table-(missing|unreadable)$/.test(f.ruleId)), []);
    for (const id of ['t2', 't3', 't4']) assert.ok(report.tables[id] && !report.tables[id].broken, id);
    assert.equal(core.sourceLinesOf(report).text, t);
  });

  test(`HTML tables, ${name}: 表三's wrong sums are errors at the cells as written`, () => {
    const t = packed(damaged, perLine);
    const { findings } = core.analyze(t);
    const sums = findings.filter((f) => f.severity === 'error');
    assert.deepEqual(sums.map((f) => f.ruleId).sort(), ['sum-applicants', 'sum-results']);
    assert.equal(text(t, sums.find((f) => f.ruleId === 'sum-applicants').range), '24');
    assert.equal(text(t, sums.find((f) => f.ruleId === 'sum-results').range), '41');
    // The cell behind both sums, among the related cells, is the 22 written in the （一）予以公开 row.
    const rel = sums[0].related.map((r) => ({ r, line: t.split('\n')[r.range.start.line] }));
    assert.ok(rel.some(({ r, line }) => text(t, r.range) === '22' && line.slice(0, r.range.start.character).endsWith('<td>（一）予以公开</td><td>')));
  });
}

test('HTML tables all on one line: 表二 and 表四 are checked too (a wrong 表四 total is an error there)', () => {
  // 表四's first 总计 (行政复议): 3 → 4.
  const t4 = html.replace(/(<tr><td>2<\/td><td>0<\/td><td>1<\/td><td>0<\/td><td>)3(<\/td>)/, '$14$2');
  assert.notEqual(t4, html);
  const t = packed(t4);
  const errors = core.analyze(t).findings.filter((f) => f.severity === 'error');
  assert.ok(errors.length >= 1, JSON.stringify(errors.map((f) => f.ruleId)));
  for (const f of errors) assert.equal(text(t, f.range), '4', f.ruleId);
  // 表二: 规章 本年制发件数 given a word where its number goes.
  const t2 = html.replace(/(<tr><td>规章<\/td><td>)\d+/, '$1x');
  assert.notEqual(t2, html);
  const found = core.analyze(packed(t2)).findings.filter((f) => f.severity !== 'info');
  assert.ok(found.length >= 1);
  for (const f of found) assert.equal(text(packed(t2), f.range), 'x', f.ruleId);
});

test('inspect on HTML rows packed on one line gives the lines as written: the outline, the tables and each row', async () => {
  const t = packed(damaged);
  const written = t.split('\n');
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-packed-'));
  writeFileSync(join(dir, 'packed.md'), t);
  const out = (await runCli(['inspect', 'packed.md'], { cwd: dir })).stdout.split('\n');
  // Each heading of the outline on its line.
  const outline = out.slice(out.indexOf('提纲：') + 1, out.indexOf('表格：') - 1);
  assert.equal(outline.length, 11);
  for (const l of outline) {
    const [, n, title] = /^ +(\d+) +(\S+)/.exec(l);
    assert.ok(written[n - 1].includes(title.replace(/^[一二三四五六]、/, '')), `${l} → ${written[n - 1]}`);
  }
  // Each row's line holds its label; the tables' line spans are within the text.
  const rows = out.filter((l) => /^ {12}.*（第 \d+ 行）$/.test(l));
  assert.ok(rows.length >= 30, `${rows.length}`);
  for (const l of out) {
    const span = /^ {2}表[二三四] {2}第 (\d+)–(\d+) 行/.exec(l);
    if (span) assert.ok(Number(span[1]) <= Number(span[2]) && written[span[2] - 1].includes('</table>'), l);
  }
  const i = out.findIndex((l) => /^ {4}R3\.1 /.test(l));
  const n = Number(/（第 (\d+) 行）$/.exec(out[i + 1])[1]);
  assert.ok(written[n - 1].includes('<td>（一）予以公开</td><td>22</td>'), out[i + 1]);
});
