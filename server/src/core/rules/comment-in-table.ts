import type { Rule } from './rule.js';
import type { TextEdit } from '../types.js';
import { bi } from './util.js';
import { commentAboveDelimiter, commentBetweenRows, commentBlocks, commentBlockView, commentToRowAbove, lineLead, quoteMarkers, readDirectives, rowAboveComment, unquoted, type CommentBlock } from '../suppress.js';
import type { Report } from '../model/build.js';
import type { LineIndex } from '../text/lines.js';
import { knownRuleIds } from './disable-unknown-rule.js';

/**
 * An HTML comment other than a suppression comment (`<!-- 数据待核实 -->`) that begins a line between two rows of a
 * Markdown pipe table, over that line or several, text after it on its last line or none (`CommentBlock`: an HTML
 * block): this checker reads the table whole, but GFM (GitHub, GitLab, VS Code's preview) ends the rendered table at
 * the comment and shows every row after it as text. In a table in a blockquote, a comment line with the quote's
 * markers (`> <!-- … -->`) or without them. Suppression comments are `disable-in-table`'s.
 */
export const commentInTable: Rule = {
  meta: {
    id: 'comment-in-table',
    category: 'comments',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('HTML 注释写在表格的两行之间，渲染时把表格断开', 'An HTML comment between two table rows breaks the rendered table'),
    rationale: bi(
      '以 HTML 注释开头的一行（`<!-- 数据待核实 -->`；注释也可以分几行写，或其后还有文字）写在表格的两行之间时，本工具照样把表格读完整，但 Markdown（GitHub、GitLab、VS Code 预览）渲染时表格在注释处结束，其后各行显示为一串竖线文字，审阅的人看到的是一张断开的表；写在表头与其下的分隔行（`| --- |`）之间时，整张表都不渲染为表格。修复把只占一行的注释移到上一行的末尾（GFM 忽略一行最后一格之后的内容：渲染时不显示）；紧跟在表头之后、注释中有竖线（写在行末会被读成单元格）、分行书写（换行会断开该行）或其后还有文字时，把注释连同它的各行和其后的文字移到表格之前；但其后的文字说的是上面那一行（“注：本行含转办件”“该项…”）时，移到表格之外就不知说的是哪一行，修复把注释连同这些文字写进那一行的标签格（标签之后：渲染时文字显示在这一行中，注释不显示），文字中有竖线（会把单元格分开）或那一行的标签未能读出时不提供修复。注释的文字原样保留。屏蔽注释（`nianbao-disable…`）由 `disable-in-table` 处理。',
      'A line that begins with an HTML comment (`<!-- 数据待核实 -->`; the comment may run over several lines, or text may follow it) between two table rows leaves the table whole for this checker, but Markdown (GitHub, GitLab, the VS Code preview) ends the rendered table at the comment and shows every row after it as a line of pipes: reviewers see a broken table; between the header and its delimiter row (`| --- |`), no table is rendered at all. The fix moves a comment on one line to the end of the row above (GFM ignores what follows a row\'s last cell: it does not show); right under the header, holding a pipe (which after a row\'s last cell would read as cells), written over several lines (a line break would end the row) or followed by text, the comment goes above the table, with all its lines and the text after it; but when that text speaks of the row above (注：本行含转办件, 该项…), away from the table it would speak of no row, and the fix writes the comment and its text into that row\'s label cell instead (after the label: the text shows in the row, the comment does not), or offers none when the text holds a pipe (it would split the cell) or the row\'s label was not read. The comment\'s text is kept. Suppression comments (`nianbao-disable…`) are `disable-in-table`\'s.'),
    example: { bad: '| 3.要求提供公开出版物 | 0 |\n<!-- 数据待核实 -->\n| 4.无正当理由大量反复申请 | 1 |', note: bi('注释之后的行不再是表格', 'the rows after the comment are no longer a table') },
  },
  check(ctx) {
    const { lines } = ctx.report;
    // A suppression comment, however its name is written (`ｎｉａｎｂａｏ-disable-next-line`, full-width), is
    // disable-in-table's: one finding for one comment.
    let directives: number[] | undefined;
    const holdsDirective = (b: CommentBlock) => (directives ??= readDirectives(lines, knownRuleIds()).map((d) => d.line)).some((l) => l >= b.line && l <= b.last);
    // The text as the table's reader here reads it: each comment's lines are comment lines (brk81 #7).
    const view = commentBlockView(lines);
    const eol = lines.dominantEol();
    // The comments that begin a line, over one line or several: each is an HTML block, which ends a rendered table.
    for (const b of commentBlocks(lines)) {
      // (Never closed, it hides the rest of the text: no table row follows it.)
      if (b.close < 0) continue;
      const t = lines.line(b.line);
      const table = commentBetweenRows(view, b.line);
      if (!table || /nianbao[-－]/i.test(lines.linesText(b.line, b.last + 1)) || holdsDirective(b)) continue;
      // Text after the comment on its last line (`<!-- 注 --> 第4项含转办件2件`), other comments aside.
      const after = lines.line(b.last).slice(b.close).replace(/<!--(?:(?!-->).)*-->/g, '').trim();
      const spread = b.last > b.line;
      // Without the quote's markers (`> <!-- … -->`): it is written after a row's last cell, or above the table in the same quote.
      const comment = unquoted(t).trim();
      // (A comment with a pipe in it, written after a row's last cell, would split into cells there (helper-222 #5); a
      // line break would end the row, and text after the comment would be a cell: these go above the table.)
      const piped = !spread && !after && comment.includes('|');
      const onRow = piped || spread || after ? null : commentToRowAbove(lines, b.line, comment, table, b.line, view);
      // Text that speaks of the row it stands under (`<!-- 待核 --> 注：本行含转办件`): above the table it would speak of
      // none. It goes into that row's label cell, after the label, where it shows beside the row (brk82 A5); when
      // that cannot be done (no label read on the row's line, a pipe in the text), there is no fix. (Right under the
      // header, it goes above the table as before: no row of numbers is its row.)
      const ofRow = !!after && !spread && ROW_DEIXIS.test(after) && rowAboveComment(lines, b.line, table, view) !== null;
      const inLabel = ofRow ? intoLabelCell(ctx.report, lines, b.line, comment, table, view) : null;
      const edits: TextEdit[] | null = onRow ?? (ofRow ? (inLabel?.edits ?? null) : [
        { range: { start: { line: table.start, character: 0 }, end: { line: table.start, character: 0 } }, newText: `${movedAbove(lines, b, table.start)}${eol}` },
        { range: { start: { line: b.line, character: 0 }, end: { line: b.last + 1, character: 0 } }, newText: '' },
      ]);
      // Right above the delimiter row (helper-207 #2): no table is rendered at all.
      const where = commentAboveDelimiter(view, b.line)
        ? bi('写在表头与其下的分隔行（| --- |）之间：Markdown 渲染时整张表都不成表格，各行显示为一串竖线文字。', 'stands between the header and its delimiter row (| --- |): rendered Markdown shows no table at all, only lines of pipes.')
        : bi('写在表格的两行之间：Markdown 渲染时表格在此结束，下面的行显示为文字。', 'stands between two table rows: rendered Markdown ends the table here and shows the rows below as text.');
      const lineCount = b.last - b.line + 1;
      ctx.add({
        message: onRow
          ? bi(
            `这行 HTML 注释${where.zh}请把它写在上一行的末尾（渲染时不显示；修复会这样改写）。`,
            `This HTML comment ${where.en} Write it at the end of the row above instead (it does not show; the fix does this).`)
          : inLabel
          ? bi(
            `这行 HTML 注释${where.zh}注释之后的文字（“${after}”）说的是它上面的这一行，移到表格之外就不知说的是哪一行：请把它连同这些文字写进这一行的标签格，“${inLabel.label}”之后（文字显示在这一行中，注释不显示；修复会这样改写）。`,
            `This HTML comment ${where.en} The text after it ("${after}") speaks of the row above, and away from the table it would speak of none: write it with that text into that row's label cell, after “${inLabel.label}” (the text shows in the row, the comment does not; the fix does this).`)
          : ofRow
          ? bi(
            `这行 HTML 注释${where.zh}注释之后的文字（“${after}”）说的是它上面的这一行，移到表格之外就不知说的是哪一行，${after.includes('|') ? '而文字中有竖线（|），写进单元格会被读成几格' : '而这一行的标签未能读出'}：未自动修改。请把这句说明写进这一行的标签格，或写在表格下方并写明是哪一行，再删去这一行。`,
            `This HTML comment ${where.en} The text after it ("${after}") speaks of the row above, and away from the table it would speak of none, ${after.includes('|') ? 'while a pipe in it would split a cell' : "while that row's label was not read"}: not fixed automatically. Write the note into that row's label cell, or under the table naming the row, and delete this line.`)
          : spread
          ? bi(
            `这段 HTML 注释（共 ${lineCount} 行）${where.zh}它分行书写，写在行末会在换行处断开该行：请把它整段移到表格之前（修复会这样改写）。`,
            `This HTML comment (over ${lineCount} lines) ${where.en} Its line breaks would end a row it were written after: move all of it above the table (the fix does this).`)
          : after
          ? bi(
            `这行 HTML 注释${where.zh}注释之后还有文字（“${after}”），写在行末会被读成单元格：请把它连同这些文字移到表格之前（修复会这样改写）。`,
            `This HTML comment ${where.en} Text follows it ("${after}"), which after a row's last cell would read as a cell: move it with that text above the table (the fix does this).`)
          : piped
          ? bi(
            `这行 HTML 注释${where.zh}注释中有竖线（|），写在行末会被读成单元格：请把它移到表格之前（修复会这样改写）。`,
            `This HTML comment ${where.en} It holds a pipe (|), which after a row's last cell would read as cells: move it above the table (the fix does this).`)
          : bi(
            `这行 HTML 注释${where.zh}它紧跟在表头之后，请把它移到表格之前（修复会这样改写）。`,
            `This HTML comment ${where.en} It is right under the header: move it above the table (the fix does this).`),
        range: { start: { line: b.line, character: t.indexOf('<!--') }, end: { line: b.last, character: lines.line(b.last).trimEnd().length } },
        ...(edits ? { fix: { title: onRow ? bi('移到上一行的末尾', 'Move to the end of the row above') : inLabel ? bi('写进上一行的标签格', 'Write into the label cell of the row above') : bi('移到表格之前', 'Move above the table'), edits } } : {}),
      });
    }
  },
};

/** Words of a note that point at the row it stands under (`注：本行含转办件`, `该项含…`). */
const ROW_DEIXIS = /本行|该行|此行|这一?行|上一行|本项|该项|此项|这一?项|上一项/;

/**
 * The edits writing comment line `line` (its text `comment`: the comment and the text after it) of pipe table
 * `table` into the label cell of the row it stands under (`rowAboveComment`), after what the cell holds, and
 * deleting the line; with the label as read (for the message). Null when no row of the report has its label on that
 * line (on it alone), the line has no pipe after the label, or the text holds a pipe (it would split the cell).
 */
function intoLabelCell(report: Report, lines: LineIndex, line: number, comment: string, table: { start: number; end: number }, view: Parameters<typeof rowAboveComment>[3]): { edits: TextEdit[]; label: string } | null {
  if (comment.includes('|')) return null;
  const above = rowAboveComment(lines, line, table, view);
  if (above === null) return null;
  const row = Object.values(report.tables).flatMap((t) => t?.rows ?? []).find((r) => !r.match.parts && r.match.range && r.match.range.start.line === above && r.match.range.end.line === above);
  if (!row) return null;
  const text = lines.line(above);
  const pipe = text.indexOf('|', row.match.range!.end.character);
  if (pipe < 0) return null;
  // After the cell's text (a remark after the label too), before its padding.
  let at = pipe;
  while (at > row.match.range!.end.character && /\s/.test(text[at - 1])) at--;
  const to = { line: above, character: at };
  return {
    label: text.slice(row.match.range!.start.character, at),
    edits: [
      { range: { start: to, end: to }, newText: ` ${comment}` },
      { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' },
    ],
  };
}

/**
 * Comment block `b` (its lines and the text after its `-->`) as a line or lines above the table whose header is on
 * line `start`: the first line led as the header is (its blockquote markers and indentation: `lineLead`), the others
 * as written, each with its own line ending; a line the table's quote markers are missing from gets them (without,
 * it would end the quote above the table). Its trailing white space dropped; no other character.
 */
function movedAbove(lines: LineIndex, b: CommentBlock, start: number): string {
  const quote = quoteMarkers(lines.line(start));
  const first = lines.line(b.line);
  let out = lineLead(lines.line(start)) + first.slice(lineLead(first).length);
  for (let i = b.line + 1; i <= b.last; i++) {
    const l = lines.line(i);
    out += lines.eol(i - 1) + (quote && !quoteMarkers(l) ? quote + l : l);
  }
  return out.trimEnd();
}

