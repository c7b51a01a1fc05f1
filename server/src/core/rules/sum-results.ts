import type { Rule } from './rule.js';
import { bi, columnSureness, num, rowById, setCell, signed, sum, t3TotalFixUnsafe, unreadable, t3SuspectNote, withSuspect } from './util.js';

/** 表三 T3-B (templates.md §5.2): per column, （七）总计 = the sum of every 办理结果 row. */
export const sumResults: Rule = {
  meta: {
    id: 'sum-results',
    category: 'numbers',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('表三每列：（七）总计 ≠ 各办理结果行之和', '表三 per column: （七）总计 ≠ the sum of the result rows'),
    rationale: bi(
      '“（二）部分公开”的注释“区分处理的，只计这一情形，不计其他情形”使各办理结果互斥，因此（七）总计应等于（一）至（六）各行（含各小项）之和。修复会把（七）总计改为各项之和；只有该格所在的其他勾稽关系（该列的收支平衡、该行的六类申请人之和）至少有一项能核对且不会因此不成立时才提供；发现本身因读表没有把握而降为提示时（某行数值个数与格式不符、各数可能错了一列，或表格排版错乱、多数行按顺序对应）不提供修复，也就不会被 --fix 采用。只有一个单元格能解释所有不成立的合计时（一个填错的数同时破坏它所在行和列的合计），消息会指出这一格和使所有合计成立的数。',
      'The note on （二） makes the results mutually exclusive, so （七）总计 must equal the sum of rows （一）–（六） with all their sub-rows. The fix sets （七）总计 to that sum; it is offered only when another identity through the cell (the column\'s balance, the row\'s applicant sum) can check it and still holds with it. It is not offered when the finding itself is lowered to an info because the table was not read with confidence (a row with more or fewer values than the template, whose numbers may sit a column off; a scrambled layout whose rows were matched by their order), so --fix never applies it. When one cell explains every failing sum (one wrong number breaks the sums of its row and of its column alike), the message names that cell and the number that makes every sum hold.'),
    example: { bad: '| （一）予以公开 | 5 | … |\n| （二）部分公开… | 4 | … |\n| （七）总计 | 10 | … |', note: bi('5 + 4 + … ≠ 10', '5 + 4 + … ≠ 10') },
  },
  check(ctx) {
    const t = ctx.report.tables.t3;
    if (!t || unreadable(t)) return;
    // A row with a value too few or too many: the column sums may fail only because its numbers sit a column off.
    const sure = columnSureness(t, (id) => id.startsWith('R3.'));
    const total = rowById(t, 'R3.7');
    if (!total) return;
    const terms = t.rows.filter((r) => r.id.startsWith('R3.') && r.id !== 'R3.7' && r.cells.length > 0);
    t.columns.filter((c) => c.id.startsWith('C')).forEach((col, i) => {
      const s = sum(terms.map((r) => num(r.cells[i])));
      const actual = num(total.cells[i]);
      if (s === null || actual === null || s === actual) return;
      const at = total.cells[i]!;
      const nonZero = terms.filter((r) => num(r.cells[i]));
      const expr = nonZero.length > 1 ? `${nonZero.map((r) => num(r.cells[i])).join(' + ')} = ${s}` : String(s);
      // One wrong cell breaks its row and its column: named when it explains every failing sum.
      const suspect = t3SuspectNote(t, (c) => c.col === i && (c.row === 'R3.7' || terms.some((r) => r.id === c.row)));
      // Not offered when the new total would break the column's balance or the row's sum, which hold now, or when
      // a blank leaves them unchecked (then only a wrong result cell may be what is wrong).
      const unsafe = t3TotalFixUnsafe(t, [{ row: 'R3.7', col: i, value: s }]);
      // A finding that doubts its own numbers (info: a row read a column off, or rows matched by their order) changes
      // none of them: neither --fix nor the editor writes a total the message says may be right.
      const doubtful = sure.severity !== undefined;
      // The advice names only what the fix would do when the fix is offered (else it would spread a typo).
      const advice = unsafe
        ? bi(`请对照原表核对各办理结果和总计 ${actual}（没有别的合计能证实错的是总计，未自动修改）。`, ` Check the results and the total ${actual} against the original table (no other sum confirms that the total is the wrong number; not fixed automatically).`)
        : doubtful
          ? bi('', '') // its note says what to check
          : bi(`请核对各办理结果，或把总计改为 ${s}。`, ` Check the results or set the total to ${s}.`);
      ctx.add({
        message: bi(
          `表三（七）总计（${col.label}列）应为 ${s}，实为 ${actual}，相差 ${signed(actual - s)}：各办理结果之和为 ${expr}。` + (suspect ? suspect.note.zh : sure.shifted ? '' : advice.zh) + sure.note.zh,
          `表三 （七）总计 (column ${col.label}) should be ${s}, is ${actual} (difference ${signed(actual - s)}): the results add up to ${expr}.` + (suspect ? suspect.note.en : sure.shifted ? '' : advice.en) + sure.note.en),
        severity: sure.severity,
        range: at.range,
        expected: s,
        actual,
        related: withSuspect(nonZero.map((r) => ({ range: r.cells[i]!.range, message: bi(`${r.label}：${num(r.cells[i])}`, `${r.label}: ${num(r.cells[i])}`) })), suspect),
        fix: unsafe || doubtful ? undefined : { title: bi(`把（七）总计改为 ${s}`, `Set （七）总计 to ${s}`), edits: [setCell(at, s)] },
        data: { column: col.id },
      });
    });
  },
};
