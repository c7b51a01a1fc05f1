import type { Rule } from './rule.js';
import { CHECK_FOUR, bi, T3_TERMS_EN, columnSureness, num, rowById, signed, sum, t3ConfirmedTotals, t3SuspectNote, withSuspect, t3SumsUnchecked } from './util.js';

/** 表三 T3-A (templates.md §5.1, official corner text): per column, 新收 + 上年结转 = （七）总计 + 结转下年度. */
export const sumBalance: Rule = {
  meta: {
    id: 'sum-balance',
    category: 'numbers',
    defaultSeverity: 'error',
    fixable: false,
    description: bi('表三每列：新收 + 上年结转 ≠ （七）总计 + 结转下年度', `表三 per column: ${T3_TERMS_EN.R1} + ${T3_TERMS_EN.R2} ≠ the total (（七）总计) + ${T3_TERMS_EN.R4}`),
    rationale: bi(
      '表三左上角的说明“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”是格式规定的勾稽关系。两边不等时，四个数中至少有一个填错，需逐一核对，因此不提供自动修复。空白单元格不按 0 计算，该列不作判断（由 cell-blank 提示）。只有一个单元格能解释所有不成立的合计时（一个填错的数同时破坏它所在行和列的合计），消息会指出这一格和使所有合计成立的数；（七）总计换成各办理结果之和就能使两边相等时，消息指出很可能是（七）总计填错了（修复见 sum-results）；有上一年度报告、carry-over 的修复把这一列的上年结转改为使两边相等的数时，消息指出是上年结转与上一年度报告不符（修复见 carry-over）。问题指向该列的（七）总计单元格；与其他指向一格的问题一样，JSON 的 expected 是这一格使两边相等的值（新收 + 上年结转 − 结转下年度，可能为负：那时错的不是它），actual 是这一格所填的值；四个数都可能填错，审阅摘要把 expected 标为“新收 + 上年结转 − 结转下年度”，而不说“应为”。',
      'The corner note of 表三 states the official identity: items one plus two equal items three plus four. When the sides differ, at least one of the four cells is wrong, so there is no automatic fix. A blank cell is not read as 0: that column is not judged (cell-blank reports it). When one cell explains every failing sum (one wrong number breaks the sums of its row and of its column alike), the message names that cell and the number that makes every sum hold; when （七）总计 set to the sum of the results would balance the column, the message says the total is the likely wrong number (sum-results offers the fix); with last year\'s report, when carry-over\'s fix sets the column\'s 上年结转 to the number that balances it, the message says 上年结转 differs from last year\'s report (carry-over offers the fix). The finding points at the （七）总计 cell of the column; as for every finding on a cell, in JSON `expected` is the value that cell would need to balance the column (新收 + 上年结转 − 结转下年度, possibly negative: then the total is not the wrong cell) and `actual` the value written in it; any of the four cells may be wrong, so the review summary labels `expected` as 新收 + 上年结转 − 结转下年度 rather than saying the total should be it.'),
    example: { bad: '| 一、本年新收政府信息公开申请数量 | 20 | … | 20 |\n| 二、上年结转政府信息公开申请数量 | 2 | … | 2 |\n| （七）总计 | 20 | … | 20 |\n| 四、结转下年度继续办理 | 0 | … | 0 |', note: bi('20 + 2 ≠ 20 + 0', '20 + 2 ≠ 20 + 0') },
  },
  check(ctx) {
    const t = ctx.report.tables.t3;
    if (!t || t3SumsUnchecked(t)) return;
    // A row with a value too few or too many: the column sums may fail only because its numbers sit a column off.
    const sure = columnSureness(t, (id) => id === 'R1' || id === 'R2' || id === 'R3.7' || id === 'R4');
    // The results' sum names the likely wrong total only when every result row was read with confidence.
    const resultsSure = columnSureness(t, (id) => id.startsWith('R3.')).severity === undefined;
    const r1 = rowById(t, 'R1'), r2 = rowById(t, 'R2'), r37 = rowById(t, 'R3.7'), r4 = rowById(t, 'R4');
    if (!r1 || !r2 || !r37 || !r4) return;
    t.columns.filter((c) => c.id.startsWith('C')).forEach((col, i) => {
      const left = sum([num(r1.cells[i]), num(r2.cells[i])]);
      const right = sum([num(r37.cells[i]), num(r4.cells[i])]);
      if (left === null || right === null || left === right) return;
      const at = r37.cells[i]!;
      // One wrong cell breaks its row and its column: named when it explains every failing sum.
      const suspect = t3SuspectNote(t, (c) => c.col === i && ['R1', 'R2', 'R3.7', 'R4'].includes(c.row));
      // The results add up to what would balance the column: the （七）总计 is the likely typo (sum-results says more).
      const confirmed = suspect || sure.severity || !resultsSure ? undefined : t3ConfirmedTotals(t).find((c) => c.col === i);
      const advice = suspect ? suspect.note
        : confirmed ? bi(`各办理结果之和为 ${confirmed.value}：（七）总计若为 ${confirmed.value}，两边相等，很可能是（七）总计 ${confirmed.now} 填错了（见 sum-results）。`, ` The results add up to ${confirmed.value}: with （七）总计 ${confirmed.value} both sides are equal, so the total ${confirmed.now} is likely the wrong number (see sum-results).`)
        : CHECK_FOUR;
      ctx.add({
        message: bi(
          `表三“${col.label}”列勾稽关系不成立：新收 ${num(r1.cells[i])} + 上年结转 ${num(r2.cells[i])} = ${left}，而（七）总计 ${num(r37.cells[i])} + 结转下年度 ${num(r4.cells[i])} = ${right}，相差 ${signed(right - left)}。` + advice.zh + sure.note.zh,
          `表三 column “${col.label}” does not balance: ${T3_TERMS_EN.R1} ${num(r1.cells[i])} + ${T3_TERMS_EN.R2} ${num(r2.cells[i])} = ${left}, but （七）总计 ${num(r37.cells[i])} + ${T3_TERMS_EN.R4} ${num(r4.cells[i])} = ${right} (difference ${signed(right - left)}).` + advice.en + sure.note.en),
        sharedNote: suspect?.shared,
        suspectUnfixed: suspect?.unfixed,
        // (No cell named: the 上年结转 that would balance the column, for carry-over's fix of it to be said; brk177 #8.)
        ...(advice === CHECK_FOUR ? { carriedInBalances: { range: r2.cells[i]!.range, now: num(r2.cells[i])!, value: right - num(r1.cells[i])! } } : {}),
        severity: sure.severity,
        range: at.range,
        // As for every finding on a cell: the value the cell it points at needs (the （七）总计 that balances the column:
        // 新收 + 上年结转 − 结转下年度) and the value written there (brk174 #3: the two sides, 48/49, were neither).
        expected: left - num(r4.cells[i])!,
        actual: num(r37.cells[i])!,
        related: withSuspect([
          { range: r1.cells[i]!.range, message: bi(`一、本年新收：${num(r1.cells[i])}`, `新收: ${num(r1.cells[i])}`) },
          { range: r2.cells[i]!.range, message: bi(`二、上年结转：${num(r2.cells[i])}`, `上年结转: ${num(r2.cells[i])}`) },
          { range: r4.cells[i]!.range, message: bi(`四、结转下年度：${num(r4.cells[i])}`, `结转下年度: ${num(r4.cells[i])}`) },
        ], suspect),
        data: { column: col.id },
      });
    });
  },
};
