// A 表二 row label spaced out to align it and misspelled (`规　张`, breaker36 #5): the spaced words were joined only
// when they named a row exactly, so `规　张` was no row: row-missing, whose fix added a second, blank 规章 row under
// it. Unspaced, `规张` is row-label's near miss, renamed by its fix; spaced, it is now the same, and so is `规张` on
// its line above its numbers in a paste of one cell a line (which also gave row-missing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

/** A complete, clean 2021 draft (as `nianbao new` writes it), its fill-in notes replaced by text. */
const DRAFT = core.renderNewReport({ format: '2021', year: 2024, agency: '测试局' }).replaceAll('（请在此处填写本部分内容。）', '本局依法做好政府信息公开工作。');
/** The cells of each pipe row of `text` (delimiter rows dropped) written by `write`; other lines as they are. */
function rewriteRows(text, write) {
  return text.split('\n').flatMap((line) => {
    if (!line.startsWith('|')) return [line];
    if (/^\|[\s:|-]+\|$/.test(line)) return [];
    return write(line.slice(1, -1).split('|').map((c) => c.trim()));
  }).join('\n');
}
const PASTES = {
  tabs: (cells) => [cells.join('\t')],
  'one cell per line': (cells) => cells.filter(Boolean),
  spaces: (cells) => [cells.join('    ')],
};

for (const [paste, write] of Object.entries(PASTES)) {
  for (const spaced of ['规　张', '规 张', '规张']) {
    test(`${paste}: the 表二 label “${spaced}” is row-label's misspelled 规章, renamed by the fix, as unspaced 规张 is`, () => {
      const text = rewriteRows(DRAFT, (cells) => write(cells[0] === '规章' ? [spaced, '2', '1', '15'] : cells));
      const { findings, report } = core.analyze(text);
      assert.deepEqual(findings.map((f) => f.ruleId), ['row-label']);
      assert.equal(findings[0].message, `表二第二十条第（一）项的行标签“${spaced}”与格式不一致，应为“规章”（相差 1 个字）。`);
      assert.deepEqual(report.tables.t2.rows.find((r) => r.label === '规章').cells.map((c) => c?.value), [2, 1, 15]);
      const fixed = core.fixAll(text).text;
      assert.equal(fixed, rewriteRows(DRAFT, (cells) => write(cells[0] === '规章' ? ['规章', '2', '1', '15'] : cells)));
      assert.deepEqual(core.analyze(fixed).findings, []);
    });
  }
}
