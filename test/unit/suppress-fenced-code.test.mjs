// A suppression comment inside a fenced code block (a report quoting how to suppress a finding) is shown as code, and
// markdownlint reads no directive there; it suppressed the finding all the same (helper-216 #8).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const ERRORS = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const ids = (text) => core.analyze(text).findings.map((f) => f.ruleId).sort();

test('a directive in a fenced code block suppresses nothing; the same outside the fence suppresses', () => {
  assert.ok(ids(ERRORS).includes('row-label'));
  for (const fence of ['```', '~~~~', '> ```']) {
    const quote = fence.startsWith('>') ? '> ' : '';
    const text = `${fence}\n${quote}<!-- nianbao-disable row-label -->\n${fence}\n\n${ERRORS}`;
    assert.deepEqual(ids(text), ids(ERRORS), fence);
  }
  assert.ok(!ids(`<!-- nianbao-disable row-label -->\n\n${ERRORS}`).includes('row-label'));
  // An inline code span that opens with ``` on a line is no fence: the comment after it on later lines is read.
  assert.ok(!ids(`写作 \`\`\`x\`\`\` 即可。\n<!-- nianbao-disable row-label -->\n\n${ERRORS}`).includes('row-label'));
});

// brk92 #4: the same in an inline code span, which Markdown shows as code too. (An indented one is read: a pdftotext
// report indents its lines, and the editor's suppress action indents its comment like the line.)
test('a directive in an inline code span suppresses nothing; one indented suppresses', () => {
  assert.deepEqual(ids(`\`<!-- nianbao-disable row-label -->\` 是屏蔽注释。\n\n${ERRORS}`), ids(ERRORS));
  // Outside a code span on its line (the backticks closed before it), or indented, it suppresses.
  for (const real of ['写作 `x` 即可。<!-- nianbao-disable row-label -->', '   <!-- nianbao-disable row-label -->', '说明：\n\n      <!-- nianbao-disable row-label -->']) {
    assert.ok(!ids(`${real}\n\n${ERRORS}`).includes('row-label'), real);
  }
});
