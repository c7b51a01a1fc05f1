// breaker50 #5: a 表三 cut short (a partial draft, a truncated paste) with more than half its rows gone was only an
// info, "表三只读出 7 行…可能…排版已损坏", exit 0 and ✅ in the pull-request summary, while with fewer rows gone each was a
// row-missing error. Rows read exactly, in the template's order, are a table cut short: its absent rows are errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINES = CORRECT.split('\n');
const last = LINES.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));

/** The example with its last `n` 表三 lines removed. */
const cut = (n) => [...LINES.slice(0, last + 1 - n), ...LINES.slice(last + 1)].join('\n');

test('表三 cut short by more than half its rows: row-missing errors for the rows gone, no table-unreadable info', () => {
  for (const n of [10, 17, 20]) {
    const text = cut(n);
    const found = core.analyze(text).findings;
    assert.deepEqual(found.filter((f) => f.ruleId === 'table-unreadable'), [], `${n} lines cut`);
    const missing = found.filter((f) => f.ruleId === 'row-missing');
    assert.ok(missing.length >= Math.floor(n / 2), `${n} lines cut: ${missing.length} row-missing`);
    assert.ok(missing.every((f) => f.severity === 'error'));
    assert.ok(missing.some((f) => /表三缺少“（七）总计”行/.test(f.message)) && missing.some((f) => /表三缺少“四、结转下年度继续办理”行/.test(f.message)), `${n} lines cut`);
  }
});

test('a table whose rows are read out of order or misspelled stays table-unreadable when most are missing', () => {
  // Only a few rows, two of them in the wrong order: not a clean table cut short.
  const keep = LINES.filter((l, i) => !(l.startsWith('| ') && i > LINES.findIndex((x) => x.startsWith('| （一）予以公开')) && i <= last));
  const t3 = keep.findIndex((l) => l.startsWith('| 一、本年新收'));
  [keep[t3], keep[t3 + 1]] = [keep[t3 + 1], keep[t3]];
  const text = keep.join('\n');
  const found = core.analyze(text).findings;
  assert.ok(found.some((f) => f.ruleId === 'table-unreadable'), found.map((f) => f.ruleId).join());
});
