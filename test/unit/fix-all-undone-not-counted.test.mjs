// brk106 #21: --fix on an HTML 表三 with two rows missing from their rowspan groups said "修复了 5 个问题（row-missing ×2、
// value-in-label ×2、sum-applicants ×1）" and wrote three edits: the first pass's value-in-label fix added a cell to
// 3.其他 (the row read one cell short while its group lacked a row), the second pass's took it out again (the row
// inserted into the group by row-missing made it line up). A fix a later pass undoes, and the fix undoing it, changed
// nothing: fix-all gives them in `undone`, not in `fixed`, and the counts (CLI, the editor's fix-all) leave them out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, runCli } from '../helpers.mjs';

const text = readFileSync(join(ROOT, 'test/fixtures/reports/brk106-html-fixes-2024.md'), 'utf8');

test('fix-all: the value-in-label fix undone by the next pass, and its undoing, are not counted as fixed', () => {
  const r = core.fixAll(text);
  assert.deepEqual(r.fixed.map((f) => f.ruleId), ['row-missing', 'row-missing', 'sum-applicants']);
  assert.deepEqual(r.undone.map((f) => f.ruleId), ['value-in-label', 'value-in-label']);
  // The text: the two rows inserted and the total set, 3.其他 as it was.
  const line = (t, label) => t.split('\n').find((l) => l.includes(`<td>${label}</td>`));
  assert.equal(line(r.text, '3.其他'), line(text, '3.其他'));
  assert.ok(line(r.text, '4.无正当理由大量反复申请') && !line(text, '4.无正当理由大量反复申请'));
});

test('nianbao check --fix says 3 problems fixed, by the rules that changed the text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-undone-'));
  try {
    writeFileSync(join(dir, 'r.nianbao.md'), text);
    const { stderr } = await runCli(['check', '--fix', '--locale', 'zh', 'r.nianbao.md'], { cwd: dir });
    assert.match(stderr, /修复了 3 个问题（row-missing ×2、sum-applicants ×1）/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
