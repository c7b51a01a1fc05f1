// breaker49: in a text whose first lines end in CRLF and the rest in LF (two drafts pasted together), --fix wrote the
// lines it inserts with the text's most common line ending, CRLF, into the LF part. A fix's new lines now end as the
// lines where it lands do; a text with one kind of line ending is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ROW = /^\| 4\.无正当理由大量反复申请.*\n/m;
const lines = CORRECT.split('\n');
const rowLine = lines.findIndex((l) => l.startsWith('| 4.无正当理由大量反复申请'));

/** `text` (LF) with its first `n` lines ending in `first`, the rest in `rest`. */
const mixed = (text, n, first, rest) => text.split('\n').map((l, i, all) => l + (i === all.length - 1 ? '' : i < n ? first : rest)).join('');
const eols = (text) => ({ crlf: (text.match(/\r\n/g) ?? []).length, lf: (text.match(/(?<!\r)\n/g) ?? []).length });

test('a row inserted into the LF part of a mixed text ends in LF, one into the CRLF part in CRLF', () => {
  assert.ok(rowLine > 0 && ROW.test(CORRECT));
  const missing = CORRECT.replace(ROW, '');
  // The row goes in at line ~82 of ~112: after 60 lines of one ending, among the other ending's lines, which are
  // fewer (the text's most common ending is the other one).
  for (const [first, expected] of [['\r\n', '\n'], ['\n', '\r\n']]) {
    const text = mixed(missing, 60, first, expected);
    const counts = eols(text);
    assert.ok(expected === '\n' ? counts.crlf > counts.lf : counts.lf > counts.crlf, JSON.stringify(counts));
    const found = core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
    assert.equal(found.length, 1);
    const [edit] = found[0].fix.edits;
    assert.match(edit.newText, /4\.无正当理由大量反复申请/);
    assert.ok(!edit.newText.replace(/\r\n/g, '').includes('\n') || expected === '\n', JSON.stringify(edit.newText));
    assert.equal(/\r\n/.test(edit.newText), expected === '\r\n', JSON.stringify(edit.newText));
    const fixed = core.applyFixes(text, found[0].fix.edits).text;
    // One more line, ending as the lines around it; the rest of the text's line endings as they were.
    const before = eols(text), after = eols(fixed);
    assert.deepEqual(after, expected === '\n' ? { crlf: before.crlf, lf: before.lf + 1 } : { crlf: before.crlf + 1, lf: before.lf });
    assert.equal(fixed.replace(edit.newText, ''), text);
  }
});

test('a text with CRLF line endings only gets CRLF in its fixes', () => {
  const text = CORRECT.replace(ROW, '').replace(/\n/g, '\r\n');
  const [f] = core.analyze(text).findings.filter((x) => x.ruleId === 'row-missing');
  assert.match(f.fix.edits[0].newText, /\r\n/);
  assert.doesNotMatch(f.fix.edits[0].newText.replace(/\r\n/g, ''), /\n/);
});
