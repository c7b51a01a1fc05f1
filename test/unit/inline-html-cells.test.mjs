// breaker49 #1: a web page converted to Markdown keeps the inline tags around each cell's text in its pipe tables
// (`| <span style="font-size:14px">3</span> |`, `<font face="宋体">`, `| <p>规章</p> |`). Those cells were read as
// text: 表二 and 表四 were "all blank" (table-empty), 表三 "missing", a ` | ` web row's `<span>0</span>` an invalid
// number, label cells in `<p>` mismatched labels, and no sum was checked. Now a pipe cell is read inside the inline
// tags around it, as a `<td>`'s text is: the same findings as without the tags, and a fix writes between them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, corpusText, rowValues } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const WRAPS = [
  (v) => `<span style="font-size:14px">${v}</span>`,
  (v) => `<font face="宋体">${v}</font>`,
  (v) => `<p><span style="font-family:宋体"> ${v} </span></p>`,
  (v) => `<span>${v}<o:p></o:p></span>`,
];

/** `text` with every pipe cell that holds a number (or, with `labels`, every cell of words) wrapped by `wrap`. */
function wrapCells(text, wrap, labels = false) {
  return text.split('\n').map((line) => {
    if (!line.startsWith('|') || /^\|[\s:|-]+\|$/.test(line)) return line;
    return line.replace(/\|([^|]+)(?=\|)/g, (all, cell) => {
      const t = cell.trim();
      return (labels ? t && !/^[\d.]+$/.test(t) : /^[\d.]+$/.test(t)) ? `| ${wrap(t)} ` : all;
    });
  }).join('\n');
}

const ids = (text) => core.analyze(text).findings.map((f) => `${f.ruleId}@${f.range.start.line}`);
const tableValues = (report) => ['t2', 't3', 't4'].map((t) => report.tables[t]?.rows.map((r) => r.cells.map((c) => c.value)));

test('numbers wrapped in inline tags in pipe tables read as the numbers: no finding on a correct report, every table read alike', () => {
  const plain = tableValues(core.parseReport(CORRECT));
  for (const wrap of WRAPS) {
    const text = wrapCells(CORRECT, wrap);
    assert.notEqual(text, CORRECT);
    assert.deepEqual(ids(text), [], wrap('N'));
    assert.deepEqual(tableValues(core.parseReport(text)), plain, wrap('N'));
  }
});

test('label cells in inline tags (`<p>规章</p>`, a label split over spans) match the template labels', () => {
  for (const wrap of [(v) => `<p>${v}</p>`, (v) => `<span>${v.slice(0, 2)}</span><span>${v.slice(2)}</span>`]) {
    assert.deepEqual(ids(wrapCells(CORRECT, wrap, true)), [], wrap('标签'));
  }
});

test('a sum error inside tags is found as without them, and its fix writes the number between the tags', () => {
  const wrap = WRAPS[0];
  // 表三's 总计 of 自然人 in the example is 41: make it 42.
  const plainWrong = CORRECT.replace(/^(\| （七）总计 +\| )41 /m, '$142 ');
  assert.notEqual(plainWrong, CORRECT);
  const text = wrapCells(plainWrong, wrap);
  assert.match(text, new RegExp(`（七）总计 +\\| ${wrap(42)} `));
  const expected = ids(plainWrong);
  assert.ok(expected.length > 0);
  assert.deepEqual(ids(text), expected);
  const { findings } = core.analyze(text);
  const fixable = findings.filter((f) => f.fix);
  assert.ok(fixable.length > 0);
  const fixed = core.applyFixes(text, fixable.flatMap((f) => f.fix.edits)).text;
  assert.deepEqual(ids(fixed), []);
  assert.match(fixed, new RegExp(`（七）总计 +\\| ${wrap(41)} `), 'the tags stay around the fixed number');
});

test('a cell of tags only (`<span></span>`) is a blank cell; the fix writes 0 inside the tags', () => {
  const text = CORRECT.replace(/^(\| 规章 +\| )0 /m, '$1<span style="font-size:14px"></span> ');
  assert.notEqual(text, CORRECT);
  const { findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), ['cell-blank']);
  const fixed = core.applyFixes(text, findings[0].fix.edits).text;
  assert.match(fixed, /^\| 规章 +\| <span style="font-size:14px">0<\/span> /m);
  assert.deepEqual(ids(fixed), []);
});

test('seed 003 (` | ` web rows) with its zeros written `<span>0</span>`: the same findings as the seed', () => {
  const seed = corpusText('seeds/003_7487cbc35b761747.txt');
  const text = seed.split('\n').map((l) => (l.includes(' | ') ? l.replace(/(^|\| )0(?= \||$)/g, '$1<span>0</span>') : l)).join('\n');
  assert.ok((text.match(/<span>0<\/span>/g) ?? []).length > 20);
  assert.deepEqual(ids(text), ids(seed));
  const t3 = core.parseReport(text).tables.t3;
  assert.deepEqual(t3.rows.map((r) => r.cells.map((c) => c.value)), core.parseReport(seed).tables.t3.rows.map((r) => r.cells.map((c) => c.value)));
});
