import type { Rule, RuleContext } from './rule.js';
import type { RowModel, TableModel } from '../types.js';
import { bi, sureness, num, setCell, signed, sumCells, t3SuspectNote, t3TotalFixUnsafe, withSuspect, t3SumsUnchecked, t3OwnHeaderSums } from './util.js';

/**
 * 表三 written `自然人 | 法人或其他组织 | 总计` (`t3OwnHeaderSums`; cell-count reports the merged column): each row's
 * 总计 against its own header, 自然人 + the group (`group`, as the template names it). An error at the 总计 cell with
 * both terms related; no fix: the table's columns cannot be checked, so which of the three numbers is wrong cannot be
 * told.
 */
function ownHeaderRows(ctx: RuleContext, t: TableModel, group: string, rows: RowModel[]): void {
  const sure = sureness(t);
  for (const row of rows) {
    const [a, b, total] = [num(row.cells[0]), num(row.cells[1]), num(row.cells[2])];
    if (a === null || b === null || total === null || a + b === total) continue;
    const s = a + b;
    ctx.add({
      message: bi(
        `表三“${row.label}”行的总计为 ${total}，与表头各列之和（自然人 ${a} + ${group} ${b} = ${s}）不符，相差 ${signed(total - s)}。这张表把“${group}”写成了一列（见 cell-count），各行按表头的三列核对；错的可能是总计，也可能是前两列的数，请对照原表改正。${sure.note.zh}`,
        `表三 row “${row.label}”: 总计 is ${total}, but its header's columns add up to ${s} (自然人 ${a} + ${group} ${b}), a difference of ${signed(total - s)}. The table writes “${group}” as one column (see cell-count), so each row is checked against its three columns; the wrong number may be the total or either of the other two: correct it from the original table.${sure.note.en}`),
      severity: sure.severity,
      range: row.cells[2]!.range,
      expected: s,
      actual: total,
      related: [{ range: row.cells[0]!.range, message: bi(`自然人：${a}`, `自然人: ${a}`) }, { range: row.cells[1]!.range, message: bi(`${group}：${b}`, `${group}: ${b}`) }],
      data: { row: row.id },
    });
  }
}

/** 表三 T3-C (templates.md §5.2): per row, the 总计 column = the six applicant columns. */
export const sumApplicants: Rule = {
  meta: {
    id: 'sum-applicants',
    category: 'numbers',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('表三每行：总计列 ≠ 六类申请人之和', '表三 per row: the 总计 column ≠ the sum of the six applicant columns'),
    rationale: bi(
      '表三的“总计”列是自然人与五类法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）之和。修复会把该行的总计改为六列之和；只有该总计所在列的勾稽关系能核对（没有空白）且不会因此不成立时才提供，否则错的可能是某一类申请人的数，应由人核对；表格排版错乱、多数行按顺序对应时（提示级别）也不提供。只有一个单元格能解释所有不成立的合计时（一个填错的数同时破坏它所在行和列的合计），消息会指出这一格和使所有合计成立的数。表中有两处以上填错、每一格各使它所在的行和列的合计不成立（这几格都改正后所有合计都成立）时，消息指出经过这一行的那一格和它应为的数；那一格是某类申请人的数时，问题指向这一格，不提供修复（总计是对的）。表三把法人或其他组织写成一列、表头正是“自然人 | 法人或其他组织 | 总计”三列时（cell-count 报告合并的列），各行按表头核对“自然人 + 法人或其他组织 = 总计”，不提供修复：这时各列的勾稽关系无法核对，看不出三个数中哪个错了。',
      'The 总计 column of 表三 is 自然人 plus the five kinds of 法人或其他组织. The fix sets the row\'s 总计 to that sum; it is offered only when the identity of the 总计 column can check it (no blank there) and still holds with it, else the wrong number may be an applicant cell and a person has to check; nor when the table layout is scrambled and most rows were matched by their order (the finding is then an info). When one cell explains every failing sum (one wrong number breaks the sums of its row and of its column alike), the message names that cell and the number that makes every sum hold. When two or more cells are wrong, each breaking the sums of its row and of its column (with all of them corrected every sum holds), the message names the one in this row and the number it should be; when that is an applicant cell, the finding is at it and there is no fix (the 总计 is right). When 表三 writes 法人或其他组织 as one column under a header of exactly 自然人 | 法人或其他组织 | 总计 (cell-count reports the merged column), each row is checked against that header, 自然人 + 法人或其他组织 = 总计, without a fix: the columns cannot be checked then, so which of the three numbers is wrong cannot be told.'),
    example: { bad: '| 一、本年新收政府信息公开申请数量 | 18 | 1 | 0 | 0 | 0 | 0 | 20 |', note: bi('18 + 1 ≠ 20', '18 + 1 ≠ 20') },
  },
  check(ctx) {
    const t = ctx.report.tables.t3;
    if (!t) return;
    if (t3SumsUnchecked(t)) {
      // One column for the five of 法人或其他组织: the rows are checked against the table's own three columns.
      const own = t3OwnHeaderSums(ctx.report.lines, t, ctx.template?.tables.t3?.headerGroups ?? []);
      if (own) ownHeaderRows(ctx, t, own.group, own.rows);
      return;
    }
    const sure = sureness(t);
    for (const row of t.rows) {
      if (row.cells.length !== 7 || row.match.kind === 'absent') continue;
      // A row read with more or fewer numbers than seven (cell-count says so): which column each stands in is unknown,
      // and its last number read as the 总计 may be an applicant's (helper-209 #2: --fix wrote 24 over a real 0).
      if (row.cellCount > 0 && row.cellCount !== row.cells.length) continue;
      const s = sumCells(row.cells, 0, 6);
      const actual = num(row.cells[6]);
      if (s === null || actual === null || s === actual) continue;
      // One wrong cell breaks its row and its column: named when it explains every failing sum, or (two typos or
      // more) the failing sums through it.
      const suspect = t3SuspectNote(t, (c) => c.row === row.id);
      // With two typos or more (the cell explains the failing sums through it, not all), the finding is at that cell
      // when it is one of the applicant cells (brk102 #6: it was at the right 总计, as if that were the typo). (With
      // one cell behind every failing sum, the finding stays at the 总计 and the cell is among the related ones.)
      const applicant = suspect && !suspect.one && suspect.cell.col !== 6 ? row.cells[suspect.cell.col] : null;
      const at = applicant ?? row.cells[6]!;
      // The likely typo is an applicant cell, not this 总计: the headline states the two sides and does not ask for a
      // total that is probably right (CI annotations show little more than the headline).
      const head = suspect && suspect.cell.col !== 6
        ? bi(`表三“${row.label}”行的总计为 ${actual}，与六类申请人之和 ${s} 不符，相差 ${signed(actual - s)}。`, `表三 row “${row.label}”: 总计 is ${actual}, the six applicant columns add up to ${s} (difference ${signed(actual - s)}).`)
        : bi(`表三“${row.label}”行的总计应为 ${s}（六类申请人之和），实为 ${actual}，相差 ${signed(actual - s)}。`, `表三 row “${row.label}”: 总计 should be ${s} (the six applicant columns), is ${actual} (difference ${signed(actual - s)}).`);
      ctx.add({
        message: bi(head.zh + (suspect?.note.zh ?? '') + sure.note.zh, head.en + (suspect?.note.en ?? '') + sure.note.en),
        sharedNote: suspect?.shared,
        suspectUnfixed: suspect?.unfixed,
        severity: sure.severity,
        range: at.range,
        expected: s,
        actual,
        // (With the finding at an applicant cell, the 总计 is among the related locations.)
        related: withSuspect([
          ...row.cells.slice(0, 6).map((c, i) => ({ range: c!.range, message: bi(`${t.columns[i + 1]?.label ?? ''}：${num(c)}`, `${t.columns[i + 1]?.label ?? ''}: ${num(c)}`) })),
          ...(applicant ? [{ range: row.cells[6]!.range, message: bi(`总计：${actual}`, `总计: ${actual}`) }] : []),
        ], suspect),
        // Not offered when the new total would break the column's balance or results sum, which hold now, or when
        // a blank in its column leaves them unchecked (then only a wrong applicant cell may be what is wrong).
        // A finding that doubts its own numbers (info: the rows were matched by their order) changes none of them.
        // Nor when an applicant cell is the likely typo: the 总计 is then right.
        fix: sure.severity || (suspect && suspect.cell.col !== 6) || t3TotalFixUnsafe(t, [{ row: row.id, col: 6, value: s }]) ? undefined : { title: bi(`把总计改为 ${s}`, `Set 总计 to ${s}`), edits: [setCell(ctx.report.lines, t, at, s)] },
        data: { row: row.id },
      });
    }
  },
};
