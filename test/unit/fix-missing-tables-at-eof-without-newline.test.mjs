// brk170 #1: a draft whose last line is a section heading with no final newline (as many Windows editors save it):
// table-missing's table and section-missing's sections were all inserted at the end of the file, at one point, and
// applied in the findings' order: ending at `## 二、…` the whole 表二 went under 六 (二 left without a table, and the
// re-check read it as 表二); ending at `## 四、…` a 表四 went under 六 and a second one under 四 in the next pass.
// A missing section's heading now goes after whatever else is inserted at the same point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

/** The example cut off right after the heading line starting with `heading`, with no final newline. */
function cutAfter(heading) {
  const lines = CORRECT.split('\n');
  const k = lines.findIndex((l) => l.startsWith(heading));
  assert.ok(k > 0, heading);
  return lines.slice(0, k + 1).join('\n');
}

/** The 0-based lines of `text` that match `re`. */
const linesWith = (text, re) => text.split(/\r?\n/).flatMap((l, i) => (re.test(l) ? [i] : []));

for (const [heading, marker, name] of [
  ['## 二、', /^\| 信息内容\s+\| 本年制发件数/, '表二'],
  ['## 四、', /^\| 行政复议 \|/, '表四'],
]) {
  for (const eol of ['\n', '\r\n']) {
    test(`a draft ending at “${heading}” with no final newline (${eol === '\n' ? 'LF' : 'CRLF'}) gets one ${name}, under its own heading`, () => {
      const text = cutAfter(heading).replace(/\n/g, eol);
      const { text: fixed } = core.fixAll(text);
      const headings = linesWith(fixed, /^## /);
      const own = linesWith(fixed, new RegExp('^' + heading));
      assert.equal(own.length, 1);
      const next = headings.find((h) => h > own[0]);
      const tables = linesWith(fixed, marker);
      assert.equal(tables.length, 1, `one ${name}`);
      assert.ok(tables[0] > own[0] && tables[0] < next, `${name} between its heading and the next one`);
      assert.equal(headings.length, linesWith(CORRECT, /^## /).length, 'every section once');
      // With a final newline the result is read the same: every section once, the table where it belongs.
      const withNl = core.fixAll(text + eol).text;
      assert.deepEqual(linesWith(withNl, marker).length, 1);
      assert.deepEqual(core.analyze(fixed).findings.filter((f) => /^(table|section)-missing$/.test(f.ruleId)).map((f) => f.message), []);
    });
  }
}
