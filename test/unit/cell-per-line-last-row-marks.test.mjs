// A table pasted one cell a line (with or without its ` |`) whose LAST row writes none as a mark or a word
// (`/`, `／`, `无`; brk168 #3): those lines are the row's cells, as they are in any other row and as `-`/`—` are.
// Before, 表三's last row read "有 1 个数值，格式规定为 7 个" (cell-count), 表二's 行政事业性收费 "整行空白"
// (row-missing) although its cell holds `/`, and --fix left them. Now: number-invalid, fixed to 0, like the others.
// Base: examples/correct-2024.nianbao.md (clean), its tables one cell a line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rewriteRows } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LAYOUTS = {
  'one cell a line': rewriteRows(example, (cells) => cells.filter(Boolean)),
  'one cell a line with its " |"': rewriteRows(example, (cells) => cells.filter(Boolean).map((c) => `${c} |`)),
};

/** `text` with the cells of the row labelled `label` (the lines below it) that hold `from` written as `to`, `n` of them. */
function marked(text, label, n, from, to) {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.replace(/ \|$/, '') === label);
  assert.ok(at >= 0, label);
  let done = 0;
  for (let i = at + 1; done < n; i++) {
    if (lines[i].replace(/ \|$/, '') !== from) continue;
    lines[i] = lines[i].replace(from, to);
    done++;
  }
  return lines.join('\n');
}

for (const [layout, base] of Object.entries(LAYOUTS)) {
  test(`${layout}: the base is clean`, () => {
    assert.deepEqual(core.analyze(base).findings.map((f) => f.ruleId), []);
  });

  for (const mark of ['/', '／', '无']) {
    test(`${layout}: “${mark}” in 表三's last row (四、结转下年度继续办理) is read as its cells: number-invalid, and --fix writes 0`, () => {
      const text = marked(base, '四、结转下年度继续办理', 5, '0', mark);
      const { report, findings } = core.analyze(text);
      assert.deepEqual(findings.map((f) => f.ruleId), ['number-invalid'], findings.map((f) => f.message).join('\n'));
      const row = report.tables.t3.rows.find((r) => r.label === '四、结转下年度继续办理');
      assert.equal(row.cells.length, 7);
      assert.deepEqual(row.cells.map((c) => c?.raw), ['1', mark, mark, mark, mark, mark, '1']);
      const fixed = core.fixAll(text).text;
      assert.deepEqual(core.analyze(fixed).findings, []);
      assert.equal(fixed, base);
    });

    test(`${layout}: “${mark}” in 表二's last row (行政事业性收费) is its cell, not a blank row: number-invalid, and --fix writes 0`, () => {
      const text = marked(base, '行政事业性收费', 1, '12.5', mark);
      const { report, findings } = core.analyze(text);
      assert.deepEqual(findings.map((f) => f.ruleId), ['number-invalid'], findings.map((f) => f.message).join('\n'));
      const row = report.tables.t2.rows.find((r) => r.label === '行政事业性收费');
      assert.deepEqual(row.cells.map((c) => c?.raw), [mark]);
      const fixed = core.fixAll(text).text;
      assert.deepEqual(core.analyze(fixed).findings, []);
    });
  }

  test(`${layout}: a line “无” after 表三's full last row is no cell of it`, () => {
    const lines = base.split('\n');
    const at = lines.findIndex((l) => l.replace(/ \|$/, '') === '四、结转下年度继续办理');
    lines.splice(at + 8, 0, '无');
    const { report } = core.analyze(lines.join('\n'));
    const row = report.tables.t3.rows.find((r) => r.label === '四、结转下年度继续办理');
    assert.deepEqual(row.cells.map((c) => c?.raw), ['1', '0', '0', '0', '0', '0', '1']);
  });
}
