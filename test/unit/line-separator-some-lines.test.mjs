// line-separator on a text where only some lines are broken with U+2028 (breaker12's enc/u2028-2024.md): when one
// stands before a table row or heading, only that error is said (it was a warning plus five follow-on errors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = correct.split('\n');
/** The example with the line breaks before lines `at` (0-based) written as U+2028. */
const separatedBefore = (at) => lines.reduce((t, l, i) => (i === 0 ? l : t + (at.includes(i) ? '\u2028' : '\n') + l), '');

test('U+2028 before table rows: one line-separator error, nothing else; its fix gives back the report', () => {
  const rows = lines.map((l, i) => (l.startsWith('| 规章') || l.startsWith('| 行政规范性文件') ? i : -1)).filter((i) => i > 0);
  assert.equal(rows.length, 2);
  const text = separatedBefore(rows);
  const fs = core.analyze(text).findings;
  assert.deepEqual(fs.map((f) => [f.ruleId, f.severity]), [['line-separator', 'error']]);
  assert.match(fs[0].message, /它后面的标题或表格行读作前一行的一部分，章节和表格无法检查，其他检查未进行/);
  assert.equal(core.fixAll(text).text, correct);
});

test('U+2028 before a section heading is the same; inside a paragraph only it is a warning and the report is checked', () => {
  const heading = lines.findIndex((l) => l.startsWith('## 二、'));
  assert.deepEqual(core.analyze(separatedBefore([heading])).findings.map((f) => f.ruleId), ['line-separator']);
  // A paragraph of the introduction split in two with U+2028 (the second part prose, not a heading or a row).
  const prose = lines.findIndex((l) => l.length > 40 && /^[\u4e00-\u9fa5]/.test(l) && !/^[一二三四五六七八九十]+、/.test(l));
  const cut = lines[prose].indexOf('，') + 1;
  const text = correct.replace(lines[prose], lines[prose].slice(0, cut) + '\u2028' + lines[prose].slice(cut));
  const fs = core.analyze(text).findings;
  assert.deepEqual(fs.map((f) => [f.ruleId, f.severity]), [['line-separator', 'warning']]);
});
