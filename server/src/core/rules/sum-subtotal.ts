import type { Rule } from './rule.js';
import { bi, num, setCell, signed, sum, sureness, t3ColumnSums, t3SumsUnchecked } from './util.js';

/**
 * 表三: a group row (（三）不予公开 … （六）其他处理) that carries numbers (a subtotal, as tables made in Excel have)
 * must hold, per column, the sum of the rows under it; so must a `小计` row written right under the group's rows. The template gives these rows no numbers; written, they are
 * published figures and are checked like the other sums.
 */
export const sumSubtotal: Rule = {
  meta: {
    id: 'sum-subtotal',
    category: 'numbers',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('表三分组行（（三）至（六））填了小计时：小计 ≠ 其下各行之和', '表三 group rows (（三） to （六）) that carry subtotals: a subtotal ≠ the sum of the rows under it'),
    rationale: bi(
      '格式中表三的分组行“（三）不予公开”“（四）无法提供”“（五）不予处理”“（六）其他处理”不填数，但不少用 Excel 制作的表格在这些行填了其下各行的小计。小计也是公开的数字：填了就逐列与其下各行之和核对（其下有空白或无法读取的格时不核对；其下缺行时由 row-missing 报告，小计不核对）。分组行的标签写错或多了字（“（三）不公开”“（四）无法提供信息”）时仍按分组行读取，由 row-label 报告标签。修复把小计改为其下各行之和；只在该列（七）总计等于各办理结果之和时提供（这时其下各行与总计一致，错的是小计），否则错的可能是其下某一行，请对照原表核对。不想在分组行填数的，也可以把这一行的数删去。小计写在该组各行之下、自成一行（“小计 | 6 | 0 | … | 6 |”，紧接该组最后一行，分组行本身不填数）时同样按其上各行之和核对，竖线表格、每行一格粘贴的表格等各种排版都是如此（标签字间有空格的“小  计”也是）；写在别处的“小计”“合计”行不是任何一组的小计，由 row-label 提示。',
      'The template gives 表三\'s group rows （三）不予公开, （四）无法提供, （五）不予处理 and （六）其他处理 no numbers, but many tables made in Excel write the subtotal of the rows under each there. A subtotal is a published figure too: when written, it is compared column by column with the sum of the rows under it (not when one of them is blank or unreadable; with a row under it missing, row-missing says so and the subtotal is not compared). A group label misspelled or with words added (（三）不公开, （四）无法提供信息) is still read as the group\'s row, its label reported by row-label. The fix sets the subtotal to that sum; it is offered only when the column\'s （七）总计 equals the sum of the results (the rows under it then agree with the total, so the subtotal is the wrong number); otherwise a row under it may be wrong: check against the original table. Deleting the group row\'s numbers is fine too. A subtotal written in a row of its own under the group\'s rows (小计 | 6 | 0 | … | 6 |, right after the group\'s last row, the group row itself without numbers) is checked the same way against the rows above it, in a pipe table, one pasted one cell a line or any other layout (its label spaced apart, 小  计, too); a 小计 or 合计 row anywhere else is no group\'s subtotal, and row-label says so.'),
    example: { bad: '| （三）不予公开 | 3 | 0 | 0 | 0 | 1 | 0 | 5 |', note: bi('其下各行的总计列之和为 4', 'the rows under it add up to 4 in the 总计 column') },
  },
  check(ctx) {
    const t = ctx.report.tables.t3;
    if (!t || t3SumsUnchecked(t)) return;
    const sure = sureness(t);
    // The subtotals of each group: in its label row, or in a `小计` row of their own under its rows (brk120 #2).
    const written = [
      ...t.rows.flatMap((group) => (group.subtotals ? [{ group, cells: group.subtotals, row: null as string | null }] : [])),
      ...(t.subtotalRows ?? []).flatMap((x) => {
        const group = t.rows.find((r) => r.id === x.group);
        return group ? [{ group, cells: x.cells, row: x.label }] : [];
      }),
    ];
    for (const { group, cells, row } of written) {
      const under = t.rows.filter((r) => r.id.startsWith(group.id + '.'));
      // A row of the group missing is row-missing's; the subtotal of the rows left says nothing more (brk85 #1).
      if (!under.length || under.some((r) => r.match.kind === 'absent')) continue;
      // A subtotal row as wide as the table, over rows each read with their seven numbers: else the numbers may be read a
      // column or a row off (cell-count says so), and what looks like a subtotal is another row's cell (helper-214 #1:
      // a 序号 pasted one cell a line, read as the group's "subtotal", was rewritten by the fix).
      if (cells.some((c) => c === null) || under.some((r) => r.cellCount > 0 && r.cellCount !== r.cells.length)) continue;
      cells.forEach((cell, i) => {
        const actual = num(cell);
        const s = sum(under.map((r) => num(r.cells[i])));
        if (actual === null || s === null || actual === s) return;
        const column = t.columns[i + 1]?.label ?? '';
        const sums = t3ColumnSums(t, i);
        const fixable = !sure.severity && sums !== null && sums.results === sums.total;
        // (A `小计` row of its own stands under the group's rows: they are above it.)
        const [at, at_] = row === null ? ['下', 'under'] : ['上', 'above'];
        const advice = fixable
          ? bi(`该列（七）总计与各办理结果之和一致，错的是小计：修复会把它改为其${at}各行之和。`, ` The column's （七）总计 agrees with the results, so the subtotal is the wrong number: the fix sets it to the sum of the rows ${at_} it.`)
          : bi(`错的也可能是其${at}某一行，请对照原表核对，未自动修改。`, ` A row ${at_} it may be the wrong number instead: check against the original table (not fixed automatically).`);
        ctx.add({
          message: row === null
            ? bi(
              `表三“${group.label}”行填了小计，“${column}”列应为 ${s}（其下 ${under.length} 行之和），实为 ${actual}，相差 ${signed(actual - s)}。` + advice.zh + sure.note.zh,
              `表三 row “${group.label}” carries a subtotal: column ${column} should be ${s} (the ${under.length} rows under it), is ${actual} (difference ${signed(actual - s)}).` + advice.en + sure.note.en)
            : bi(
              `表三“${group.label}”各行之下的“${row}”行，“${column}”列应为 ${s}（其上 ${under.length} 行之和），实为 ${actual}，相差 ${signed(actual - s)}。` + advice.zh + sure.note.zh,
              `表三: the “${row}” row under the rows of “${group.label}”: column ${column} should be ${s} (the ${under.length} rows above it), is ${actual} (difference ${signed(actual - s)}).` + advice.en + sure.note.en),
          severity: sure.severity,
          range: cell!.range,
          expected: s,
          actual,
          related: under.map((r) => ({ range: r.cells[i]!.range, message: bi(`${r.label}：${num(r.cells[i])}`, `${r.label}: ${num(r.cells[i])}`) })),
          fix: fixable ? { title: bi(`把小计改为 ${s}`, `Set the subtotal to ${s}`), edits: [setCell(ctx.report.lines, t, cell!, s)] } : undefined,
          data: { row: group.id, column: i },
        });
      });
    }
  },
};
