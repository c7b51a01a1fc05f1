// Aligning a fix reads its table; a table read for an earlier text is used again only while its lines are the same
// (fix/align.ts `readAgain`): after the same table is re-padded on the same lines, fixes are aligned to its new
// columns, exactly as a fresh process aligns them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples', 'errors-2024.nianbao.md'), 'utf8');

/** The lines of the pipe table holding the line that matches `re`: [first, end). */
function tableAround(lines, re) {
  const at = lines.findIndex((l) => re.test(l));
  let a = at, b = at;
  while (a > 0 && lines[a - 1].startsWith('|')) a--;
  while (b < lines.length && lines[b].startsWith('|')) b++;
  return [a, b];
}

/** `text` with every row of the table holding `re` padded by `n` more spaces before its second pipe (still aligned). */
function widenFirstColumn(text, re, n) {
  const lines = text.split('\n');
  const [a, b] = tableAround(lines, re);
  for (let i = a; i < b; i++) {
    const second = lines[i].indexOf('|', 1);
    const fill = /^\|\s*:?-+:?\s*$/.test(lines[i].slice(0, second)) ? '-' : ' ';
    lines[i] = lines[i].slice(0, second - 1) + fill.repeat(n) + lines[i].slice(second - 1);
  }
  return lines.join('\n');
}

/** `text` with every fix of one check applied (in this process). */
const fixed = (text) => core.applyFixes(text, core.analyze(text).findings.flatMap((f) => f.fix?.edits ?? [])).text;

/** The same, in a new process that has read no other text. */
function fixedFresh(text) {
  const script = `const core = require(${JSON.stringify(join(ROOT, 'dist/core.js'))});
const text = require('fs').readFileSync(0, 'utf8');
process.stdout.write(core.applyFixes(text, core.analyze(text).findings.flatMap((f) => f.fix?.edits ?? [])).text);`;
  return execFileSync(process.execPath, ['-e', script], { input: text, encoding: 'utf8' });
}

test('a table re-padded on the same lines: its fixes are aligned to the new columns, as in a fresh process', () => {
  const wider = widenFirstColumn(example, /^\| （七）总计/, 6);
  assert.notEqual(wider, example);
  assert.equal(wider.split('\n').length, example.split('\n').length);
  // This process reads the example's tables first, then the re-padded one on the same lines.
  const first = fixed(example);
  const second = fixed(wider);
  assert.notEqual(second, wider, 'the re-padded text has fixes');
  assert.equal(second, fixedFresh(wider));
  // The re-padded table's fixed rows keep its six extra spaces (the first text's rows do not have them).
  const total = (t) => t.split('\n').find((l) => /^\| （七）总计/.test(l));
  assert.equal(total(second).indexOf('|', 1), total(first).indexOf('|', 1) + 6);
});
