// The core's caches of pure functions (label keys, what a line of 表二 names) outlive the report they were filled
// from. A key that is a slice of the report's text would keep that whole text alive: checking many files one after
// another (the CLI) would then hold every file's text to the end of the run. Each report here is checked, dropped,
// and the heap measured after a full collection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T2_HEADING = '## 二、主动公开政府信息情况';

/**
 * The example with about 0.8 MB of prose added and, under the 表二 heading, a line of its own (`n`) and a 表二 row
 * label in a form that is not its own key (full-width letters), so both caches see strings of this text only.
 */
function report(n) {
  assert.ok(EXAMPLE.includes(T2_HEADING));
  return EXAMPLE
    .replace(T2_HEADING, `${T2_HEADING}\n\n本节数据为第${n}次核对后的数据，以下表格均据此填写。\n`)
    .replace('| 规章           |', `| 规章（ＡＢ${n}）     |`)
    + '\n' + `说明第${n}段：`.repeat(100_000) + '\n';
}

test('checking reports one after another keeps none of their texts alive', () => {
  const check = (n) => core.checkReport(core.parseReport(report(n)), {}).length;
  for (let n = 0; n < 3; n++) check(n); // warm: code, templates, first cache entries
  gc(); gc();
  const before = process.memoryUsage().heapUsed;
  const reports = 40;
  const textBytes = report(0).length * 2; // two-byte string
  for (let n = 3; n < 3 + reports; n++) assert.ok(check(n) >= 0);
  gc(); gc();
  const grown = process.memoryUsage().heapUsed - before;
  // Kept texts would be 40 × about 1.2 MB; the caches' own entries are a few KB.
  assert.ok(grown < 4 * textBytes, `heap grew by ${(grown / 1048576).toFixed(1)} MB after ${reports} reports of ${(textBytes / 1048576).toFixed(1)} MB each`);
});
