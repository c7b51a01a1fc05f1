// Grid tables (pandoc's `+----+` tables) whose cells wrap over several lines, as pandoc writes a wide Word table:
// 淮安市 2024 (test/fixtures/reports/huaian-2024-pipe.md, clean) with its 表二 and 表三 written so, labels wrapped
// every 10 characters. And table-missing's fix when a section holds a table that cannot be read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/huaian-2024-pipe.md'), 'utf8');
const findingsOf = (text) => core.checkReport(core.parseReport(text));

/** Pipe tables of `text` (those whose header matches `which`) rewritten as grid tables with cells wrapped at `width` characters. */
function asGrid(text, which, width = 10) {
  const out = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!(lines[i].startsWith('|') && which.test(lines[i]) && /^\|[ -|]+\|$/.test(lines[i + 1] ?? ''))) { out.push(lines[i]); continue; }
    const rows = [];
    for (; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i]);
    i--;
    const cells = rows.filter((r) => !/^\|[ -|]+\|$/.test(r)).map((r) => r.split('|').slice(1, -1).map((c) => c.trim()));
    const border = (ch) => '+' + cells[0].map(() => ch.repeat(width + 2)).join('+') + '+';
    out.push(border('-'));
    cells.forEach((row, r) => {
      const pieces = row.map((c) => c.match(new RegExp(`.{1,${width}}`, 'gu')) ?? ['']);
      const height = Math.max(...pieces.map((p) => p.length));
      for (let h = 0; h < height; h++) out.push('| ' + pieces.map((p) => p[h] ?? '').join(' | ') + ' |');
      out.push(border(r === 0 ? '=' : '-'));
    });
  }
  return out.join('\n');
}

test('表三 and 表二 as grid tables with wrapped cells are read: a correct report stays clean, --fix inserts no table', () => {
  assert.deepEqual(findingsOf(BASE), []);
  const text = asGrid(BASE, /勾稽关系|信息内容/);
  assert.match(text, /^\| 一、本年新收政府信息 \| 3001 +\|/m);
  assert.match(text, /^\| 公开申请数量 +\| +\|/m);
  assert.deepEqual(findingsOf(text).map((f) => `${f.ruleId} ${f.message}`), []);
  const a = core.parseReport(BASE), b = core.parseReport(text);
  for (const id of ['R1', 'R2', 'R3.2', 'R3.6.2', 'R3.7', 'R4']) assert.deepEqual(rowValues(b, 't3', id), rowValues(a, 't3', id), id);
  assert.deepEqual(rowValues(b, 't2', 'T2.7'), rowValues(a, 't2', 'T2.7'));
  assert.equal(core.fixAll(text).text, text);
  // A wrong number in the grid is found.
  const wrong = text.replace(/^(\| 一、本年新收政府信息 \| )3001( +\|)/m, '$13002$2');
  assert.notEqual(wrong, text);
  assert.ok(findingsOf(wrong).some((f) => f.ruleId === 'sum-applicants' && f.severity === 'error'));
});

test('a grid table\'s top border edited: the next version reads the table again, as a fresh parse does', () => {
  // Whether the rows under a border are grid rows is read from the line above the table's first line: a version
  // parsed as an edit of the previous one took the table over unchanged when only that border line changed.
  const text = asGrid(BASE, /勾稽关系|信息内容/);
  const prev = core.parseReport(text, { previous: null });
  const lines = text.split('\n');
  const border = prev.extras.spans.t3.start - 1;
  assert.match(lines[border], /^\+-+\+/);
  const json = (r) => JSON.stringify(r);
  for (const edited of ['', '说明', lines[border].slice(1), lines[border].replace(/^\+/, '|')]) {
    const changed = [...lines.slice(0, border), edited, ...lines.slice(border + 1)].join('\n');
    assert.equal(json(core.parseReport(changed, { previous: prev })), json(core.parseReport(changed)), edited);
  }
});

test('table-missing inserts no second table where the section holds a table it could not read, and says so', () => {
  // 表三 with its row labels cut off (numbers only): no 表三 can be read.
  const lines = BASE.split('\n');
  const text = lines.map((l) => (/^\| (?:[一二三四]、|（[一二三四五六七]）|\d\.)/.test(l) && /\| \d/.test(l) ? l.replace(/^\| [^|]+\|/, '|  |') : l)).join('\n');
  const found = findingsOf(text).filter((f) => f.ruleId === 'table-missing');
  assert.equal(found.length, 1, findingsOf(text).map((f) => f.message).join('\n'));
  assert.equal(found[0].fix, undefined);
  assert.match(found[0].message, /未能读出表三：第 \d+ 行起的表格/);
  assert.equal(core.fixAll(text).text.split('自然人').length, text.split('自然人').length, 'no table inserted');
});
