// brk177 #7: a draft ending at a section heading with no final newline got its missing table and sections inserted at
// one point, each insertion starting with a blank line and ending with a line break: two blank lines after 表四 before
// “## 五、”, and two between 五 and 六 (table-missing's docs: one blank line above and below). The whole report quoted
// with “> ” ended on a bare “>” line after the inserted “## 六、”. Each insertion at the end now starts with its blank
// line and adds no line break after it where the text had none; with a final newline the text still ends with one.
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

/** The 1-based numbers of the lines of `text` that are blank (or a bare quote marker) after a line that is too. */
function doubleBlanks(text, blank = (l) => !l.trim()) {
  const lines = text.split(/\r?\n/);
  return lines.flatMap((l, i) => (i > 0 && blank(l) && blank(lines[i - 1]) ? [i + 1] : []));
}

for (const heading of ['## 二、', '## 四、']) {
  for (const eol of ['\n', '\r\n']) {
    for (const finalNl of [false, true]) {
      test(`a draft ending at “${heading}” (${eol === '\n' ? 'LF' : 'CRLF'}, ${finalNl ? 'with' : 'no'} final newline): one blank line around each inserted table and section`, () => {
        const text = cutAfter(heading).replace(/\n/g, eol) + (finalNl ? eol : '');
        const { text: fixed } = core.fixAll(text);
        assert.ok(/^## 六、/m.test(fixed), 'the missing sections are inserted');
        assert.deepEqual(doubleBlanks(fixed), [], 'no two blank lines in a row');
        // Every inserted heading has exactly one blank line above it.
        const lines = fixed.split(/\r?\n/);
        for (const [i, l] of lines.entries()) if (/^## [五六]、/.test(l)) assert.ok(!lines[i - 1].trim() && lines[i - 2].trim(), l);
        assert.equal(fixed.endsWith(eol), finalNl, 'the text ends as it did, with its final newline or without one');
        assert.ok(fixed.startsWith(text.slice(0, text.length - (finalNl ? eol.length : 0))), 'the text before is kept whole');
        assert.equal(core.fixAll(fixed).text, fixed, 'a second fix changes nothing');
      });
    }
  }
}

test('a report quoted whole with “> ” and no final newline ends on the inserted heading, not on a bare “>” line', () => {
  const quoted = cutAfter('## 四、').split('\n').map((l) => (l ? '> ' + l : '>')).join('\n');
  const { text: fixed } = core.fixAll(quoted);
  const lines = fixed.split('\n');
  assert.match(lines[lines.length - 1], /^> ## 六、其他需要报告的事项$/);
  assert.ok(lines.every((l) => l.startsWith('>')), 'every line stays in the quote');
  assert.deepEqual(doubleBlanks(fixed, (l) => !l.replace(/^>\s*/, '').trim()), [], 'no two blank quoted lines in a row');
});
