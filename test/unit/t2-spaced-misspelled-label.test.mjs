// A 表二 row label spaced out to align it and misspelled (`规　张`, breaker36 #5): the spaced words were joined only
// when they named a row exactly, so `规　张` was no row: row-missing, whose fix added a second, blank 规章 row under
// it. Unspaced, `规张` is row-label's near miss, renamed by its fix; spaced, it is now the same, and so is `规张` on
// its line above its numbers in a paste of one cell a line (which also gave row-missing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDraft, core, PASTED_ROW, rewriteRows } from '../helpers.mjs';

/** A complete, clean 2021 draft (as `nianbao new` writes it), its fill-in notes replaced by text. */
const DRAFT = cleanDraft('2021');
const PASTES = PASTED_ROW;

for (const [paste, write] of Object.entries(PASTES)) {
  for (const spaced of ['规　张', '规 张', '规张']) {
    test(`${paste}: the 表二 label “${spaced}” is row-label's misspelled 规章, renamed by the fix, as unspaced 规张 is`, () => {
      const text = rewriteRows(DRAFT, (cells) => write(cells[0] === '规章' ? [spaced, '2', '1', '15'] : cells));
      const { findings, report } = core.analyze(text);
      assert.deepEqual(findings.map((f) => f.ruleId), ['row-label']);
      assert.equal(findings[0].message, `表二第二十条第（一）项的行标签“${spaced}”与格式不一致，应为“规章”（相差 1 个字）。`);
      assert.deepEqual(report.tables.t2.rows.find((r) => r.label === '规章').cells.map((c) => c?.value), [2, 1, 15]);
      const fixed = core.fixAll(text).text;
      // Aligned with spaces, the label's lost width goes to the spaces after it: its numbers keep their columns.
      const label = paste === 'spaces' ? '规章' + ' '.repeat(core.layoutWidth(spaced) - core.layoutWidth('规章')) : '规章';
      assert.equal(fixed, rewriteRows(DRAFT, (cells) => write(cells[0] === '规章' ? [label, '2', '1', '15'] : cells)));
      assert.deepEqual(core.analyze(fixed).findings, []);
    });
  }
}
