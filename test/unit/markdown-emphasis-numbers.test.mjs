// breaker45 #2: a number cell in Markdown emphasis (`| **（七）总计** | **41** | … |`, how many agencies mark the
// 总计 row) made the row unread (row-missing "not at its template position", untrue) or the cell number-invalid,
// which hid the sums through it. Such a number is read as the number; a fix that writes it keeps the emphasis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { core, edit, rowValues, runCli, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const TOTAL = '| （七）总计                                                               | 41     | 3        | 0        | 1            | 2            | 0    | 47   |';

/** The example with 表三's （七）总计 row written with its label and values as `cells` (the values 41 3 0 1 2 0 `total`). */
const totalRow = (label, cells) => edit(CORRECT, TOTAL, `| ${label} | ${cells.join(' | ')} |`);
const ruleIds = (text) => core.analyze(text).findings.map((f) => f.ruleId);

test('a 表三 总计 row written in bold (label and numbers) is read as the plain row and gives no finding', () => {
  const plain = core.parseReport(CORRECT);
  for (const mark of ['**', '__', '*', '_']) {
    const text = totalRow(`${mark}（七）总计${mark}`, ['41', '3', '0', '1', '2', '0', '47'].map((n) => mark + n + mark));
    assert.deepEqual(ruleIds(text), [], mark);
    assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R3.7'), rowValues(plain, 't3', 'R3.7'), mark);
  }
});

test('breaker46: bold-italic, HTML bold or italic and code around every number and label are read as the plain row', () => {
  const plain = core.parseReport(CORRECT);
  const marks = [['***', '***'], ['<b>', '</b>'], ['<strong>', '</strong>'], ['<em>', '</em>'], ['`', '`']];
  for (const [open, close] of marks) {
    const text = totalRow(`${open}（七）总计${close}`, ['41', '3', '0', '1', '2', '0', '47'].map((n) => open + n + close));
    assert.deepEqual(ruleIds(text), [], open);
    assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R3.7'), rowValues(plain, 't3', 'R3.7'), open);
  }
  // The first value cell alone (it was merged into the label, and the row read one column off).
  const first = totalRow('（七）总计', ['***41***', '3', '0', '1', '2', '0', '47']);
  assert.deepEqual(ruleIds(first), []);
  // A wrong number so marked is checked, and fixed inside its markers.
  const wrong = totalRow('（七）总计', ['41', '3', '0', '1', '2', '0', '<b>48</b>']);
  assert.ok(ruleIds(wrong).includes('sum-applicants'), ruleIds(wrong).join());
  assert.match(core.fixAll(wrong).text, /\| <b>47<\/b> +\|/);
});

test('a bold number with spaces inside the markers (`** 47 **`) is read as the number', () => {
  const text = totalRow('（七）总计', ['41', '3', '0', '1', '2', '0', '** 47 **']);
  assert.deepEqual(ruleIds(text), []);
  assert.equal(rowValues(core.parseReport(text), 't3', 'R3.7')[6], 47);
});

test('a bold number in a 表二 row (`| 行政许可 | **1520** |`) is read, the row in its place', () => {
  const text = edit(CORRECT, '| 行政许可 | 1520             |', '| **行政许可** | **1520** |');
  assert.deepEqual(ruleIds(text), []);
  assert.deepEqual(rowValues(core.parseReport(text), 't2', 'T2.5'), rowValues(core.parseReport(CORRECT), 't2', 'T2.5'));
});

test('a wrong bold total is checked by the sums, and their fix writes the number inside the emphasis', () => {
  const text = totalRow('**（七）总计**', ['**41**', '**3**', '**0**', '**1**', '**2**', '**0**', '**48**']);
  const ids = ruleIds(text);
  assert.ok(ids.includes('sum-applicants') && ids.includes('sum-results'), ids.join());
  assert.ok(!ids.includes('number-invalid') && !ids.includes('row-missing'), ids.join());
  const fixed = core.fixAll(text).text;
  const row = fixed.split('\n').find((l) => l.includes('（七）总计'));
  assert.match(row, /^\| \*\*（七）总计\*\* +\| \*\*41\*\* +\|.*\| \*\*47\*\* +\|$/);
  assert.deepEqual(ruleIds(fixed), []);
});

test('the Markdown review reads a bold cell as its number, not as a blank', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bold-'));
  writeFileSync(join(dir, 'r-2024.md'), totalRow('（七）总计', ['41', '3', '0', '1', '2', '0', '**48**']));
  const { stdout } = await runCli(['check', '--format', 'markdown', 'r-2024.md'], { cwd: dir });
  assert.ok(!stdout.includes('空白'), stdout);
  assert.match(stdout, /应为 47，实为 48/);
});

test('a bold label of a value-less row stays a label (`**1.属于国家秘密**` is no number)', () => {
  const text = edit(CORRECT, '| 1.属于国家秘密      ', '| **1.属于国家秘密**  ');
  assert.deepEqual(ruleIds(text), []);
});

// A line of `**` pairs (a divider some converters write) outside any table: each line is read as a possible appendix
// row, and `(?:\*{2,3})*` split the run of stars in exponentially many ways (40 pairs took minutes, the bench's
// 40,000 never ended). The run is read whole. Checked in a child process with a time limit: a return of the
// backtracking then fails the test (a synchronous loop cannot be stopped by the test's own timeout).
test('a line of many ** pairs, with or without a number, is read at once and the number beside a run still is', () => {
  const script = `
    const core = require(${JSON.stringify(join(ROOT, 'dist/core.js'))});
    const text = require('node:fs').readFileSync(${JSON.stringify(join(ROOT, 'examples/correct-2024.nianbao.md'))}, 'utf8');
    const out = {};
    for (const n of [40, 400, 40000]) for (const tail of ['', 'x', '23']) {
      out[n + tail] = core.analyze(text + '\\n' + '**'.repeat(n) + tail + '\\n').findings.map((f) => f.ruleId);
    }
    process.stdout.write(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.signal, null, 'the check of the ** lines did not end within a minute');
  assert.equal(run.status, 0, run.stderr);
  const found = JSON.parse(run.stdout);
  assert.equal(Object.keys(found).length, 9);
  for (const [key, ids] of Object.entries(found)) assert.deepEqual(ids, [], key);
  // Runs of any length still stand beside a number as its stray markers (4 and 5 stars, underscores).
  for (const [open, close] of [['****', ''], ['', '*****'], ['____', '__']]) {
    const text = totalRow('（七）总计', [`${open}41${close}`, '3', '0', '1', '2', '0', '47']);
    assert.deepEqual(ruleIds(text), [], open + close);
    assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R3.7'), rowValues(core.parseReport(CORRECT), 't3', 'R3.7'), open + close);
  }
});
