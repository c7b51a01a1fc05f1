// Regular expressions that backtracked exponentially on a line a report may hold (the ReDoS audit after 1214a206):
// - page-leftover read the white space between two page controls (`\s*[丨|…]?\s*`) in two ways, so a line of controls
//   apart by single spaces before a word that ends the match (`打印 关闭 打印 关闭 … 报告`) took 2^n steps: 10 pairs
//   6.5 s, 12 pairs 80 s;
// - number-invalid's digits-around-comments pattern (`^\d+(?:\s*<!--…-->\s*\d*)+$`) read a space between two comments
//   in two ways: a cell of 22 comments before a unit (`47 <!-- 注 --> … 件`) took 5 s, doubling with each comment.
// Both are written so white space has one reading; they match the same text. Checked in a child process with a time
// limit: the old backtracking then fails the test (a synchronous loop cannot be stopped by the test's own timeout).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers.mjs';

/** Runs `body` (JS with `core`, `text` (the correct example) and `TOTAL` (its 表三 总计 row) in scope, setting `out`) in a child process. */
function inChild(body) {
  const script = `
    const core = require(${JSON.stringify(join(ROOT, 'dist/core.js'))});
    const text = require('node:fs').readFileSync(${JSON.stringify(join(ROOT, 'examples/correct-2024.nianbao.md'))}, 'utf8');
    const TOTAL = '| （七）总计                                                               | 41     | 3        | 0        | 1            | 2            | 0    | 47   |';
    const found = (t) => core.analyze(t).findings.map((f) => f.ruleId + '@' + f.range.start.line);
    const out = {};
    ${body}
    process.stdout.write(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.signal, null, 'the check did not end within a minute');
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

test('a line of many page controls apart by single spaces, before report words, is read at once and still said', () => {
  const out = inChild(`
    for (const n of [2, 14, 40, 400]) for (const sep of [' ', '　', ' 丨 ']) {
      out[n + JSON.stringify(sep)] = found(text + '\\n' + ('打印' + sep + '关闭' + sep).repeat(n) + '报告\\n');
    }
    out.plain = found(text);`);
  assert.deepEqual(out.plain, []);
  for (const [key, ids] of Object.entries(out)) {
    if (key === 'plain') continue;
    // The same finding as for two pairs: the controls are a page's chrome on the line after the report.
    assert.deepEqual(ids, out['2' + key.slice(key.search(/\D/))], key);
    assert.ok(ids.length > 0 && ids.every((id) => id.startsWith('page-leftover@')), `${key}: ${ids.join()}`);
  }
});

test('a number cell with many HTML comments apart by spaces is read at once, and the comments in a number still are', () => {
  const out = inChild(`
    for (const n of [2, 26, 400]) {
      out['unit' + n] = found(text.replace(TOTAL, TOTAL.replace('| 47   |', '| 47' + ' <!-- 注 -->'.repeat(n) + ' 件 |')));
      out['split' + n] = found(text.replace(TOTAL, TOTAL.replace('| 47   |', '| 4' + ' <!-- 注 -->'.repeat(n) + ' 7 |')));
    }`);
  for (const n of [26, 400]) {
    assert.deepEqual(out['unit' + n], out.unit2, 'unit' + n);
    assert.deepEqual(out['split' + n], out.split2, 'split' + n);
  }
  assert.ok(out.unit2.some((id) => id.startsWith('number-invalid@')), out.unit2.join());
  assert.ok(out.split2.some((id) => id.startsWith('number-invalid@')), out.split2.join());
});
