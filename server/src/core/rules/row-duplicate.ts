import type { RowModel, TableModel } from '../types.js';
import type { Report } from '../model/build.js';
import type { Rule, RuleFinding } from './rule.js';
import { bi, t3Holds, t3Identities, t3Values } from './util.js';
import { labelKey } from '../text/normalize.js';
import { htmlCells } from '../parse/html.js';
import { splitPipes } from '../text/blocks.js';
import { withSplitTagsClosed } from '../parse/tokens.js';
import { commentedLines } from '../suppress.js';
import { addsUp as lastIsSum } from '../model/label-cells.js';
import { GROUPS } from './sum-review.js';
import { count as countEn } from '../text/english.js';

/**
 * A template row written twice in one pipe, tab-separated or space-aligned table (`| （二）部分公开 | … |` pasted
 * again a few lines down, or a row inserted a second time): the checker reads one and the other is left out of every
 * sum unseen. An exact copy right next to the row read is deleted by the fix; a copy apart, or one with other
 * numbers, is said without one, as only the original table tells which is right. A 表三 printed as two tables one
 * under the other repeats its labels by design and is not read here; nor are labels the template itself uses twice.
 * In an HTML table, rows written whole on a line are read (said without a fix: a group's rowspan may count the copy);
 * in a table one cell a line, a row's label with the cells below it.
 */
export const rowDuplicate: Rule = {
  meta: {
    id: 'row-duplicate',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('表格中同一行写了两次', 'A table row is written twice'),
    rationale: bi(
      '竖线表格、制表符分隔或空格对齐的表格中同一个格式行出现两次（复制粘贴时多贴了一行，或插入行时重复插入）时，本工具只按其中一行读取（消息写明是哪一行），另一行不参加任何合计，读者却会把它当作表格的一部分。多写的一行除行名外没有任何文字（整行空白，如补全时插在别的项下的一行；空格对齐的表格中是只有行名的一行）时，不算数字不同，修复删去这一行；表二中读取写在本项之下、填了数的一行。两行完全相同且相邻的（或一连几行都相同），修复删除多出的那一行（不相邻的只提示：不能确定哪一行放错了位置；每行之间都隔着一行的表格，如 pdftotext 排出的空格对齐表格，两行之间只隔着空行的仍算相邻，修复连同其间的空行删去多出的一行）；数字不同的不自动修改，只有原表能说明哪一行是对的；表三中只有其中一行能使各项合计（各办理结果之和等于（七）总计、每行各类申请人之和等于总计）成立时，读取那一行，消息说明这一点，其余的合计也就不会因多出的一行报告不存在的错误。分两张表上下排印的表三（页面太窄）每张表都有行名，不按重复处理；格式本身重复使用的行名也不核对；整张表在其下又贴了一遍时，由 table-repeated 报告一次，其中各行不逐行报告。表四只有一行数：其下又有一行数（竖线表格或制表符分隔的一行，或每行一个数共五个以上）时同样报告，并指出其中总计与各项之和不符的组；紧接其下、完全相同的一行，修复会删去它。HTML 表格中整行写在一行上的行（`<tr>…</tr>`）同样核对，只提示、不自动删除：分组单元格的 rowspan 可能已把多出的一行算在内。每行一格的表格（“2.重复申请 |”之下每行一个数）中，行名连同其下各数（及结束这一行的“||”）算作一行，同样核对。',
      'When a row of the format appears twice in a pipe, tab-separated or space-aligned table (a row pasted twice, or inserted twice), this checker reads one of them (the message says which); the other takes part in no sum, though readers take it as part of the table. A copy with nothing but its label (a blank row, say one a completion put under another item; in a space-aligned table, a line of the label alone) is no conflict of numbers: the fix deletes it; in 表二 the copy under its own item, with numbers, is the one read. When the two lines are the same and next to each other (or in a run of equal lines), the fix deletes the extra one (apart, it is only said: which one is misplaced is not certain; in a table whose rows each stand a line apart, as pdftotext prints some space-aligned tables, two lines with only blank lines between are next to each other, and the fix deletes the extra one with those blank lines); when their numbers differ nothing is changed, as only the original table tells which is right. A 表三 printed as two tables one under the other (a page too narrow) has row labels in each and is not read here; nor are labels the format itself uses twice, nor the rows of a whole second copy of the table (table-repeated says that once). 表四 has one row of numbers: a second one under it (a pipe or tab row, or numbers one a line, five or more) is reported too, saying which of its groups do not add up; an exact copy right under it is deleted by the fix. In an HTML table, rows written whole on a line (`<tr>…</tr>`) are checked too, said without a fix: a group cell\'s rowspan may count the extra row. In a table written one cell a line (2.重复申请 | over its numbers, one a line), a row\'s label with the numbers below it (and the || that may close it) is one row, checked the same way. In 表三, when only one of two copies with other numbers makes the table add up (every column\'s results to （七）总计, every result row\'s applicants to its 总计), that copy is read and the message says so, so the sums report no error the extra copy does not hold.'),
    example: { bad: '| （二）部分公开 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |\n| （二）部分公开 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |', note: bi('同一行写了两次', 'the same row twice') },
  },
  check(ctx) {
    const { report } = ctx;
    if (!report.isReport) return;
    for (const t of Object.values(report.tables)) {
      if (!t || (t.layout !== 'pipe' && t.layout !== 'space-aligned' && t.layout !== 'tab-separated' && t.layout !== 'html' && t.layout !== 'cell-per-line') || t.split || t.broken) continue;
      const html = t.layout === 'html';
      const perLine = t.layout === 'cell-per-line';
      // A whole second copy of the table below the first (pasted twice, one under the other) is table-repeated's: its
      // rows are not each said again here (brk85 #7: one table-repeated and 25 row-duplicate).
      const copies = report.extras.repeatedTables.filter((r) => r.id === t.id && r.line > t.range.start.line).map((r) => r.line);
      const copyFrom = copies.length ? Math.min(...copies) : Infinity;
      // How far below a row read its run of equal copies reaches (by that row's line, the copy's lines and text): a
      // row pasted 10,000 times read the run again for each copy (5 s; brk94 #4).
      const runs = new Map<string, number>();
      const found = duplicates(report, t).filter((d) => d.from < copyFrom);
      // How many times each row is written (the row read and its copies): a row written three times is said so.
      const copiesOf = new Map<string, number>();
      for (const d of found) copiesOf.set(d.row.id, (copiesOf.get(d.row.id) ?? 0) + 1);
      for (const d of found) {
        const n = copiesOf.get(d.row.id)! + 1;
        const times = n === 2 ? bi('写了两次', 'written twice') : bi(`写了 ${n} 次`, `written ${n} times`);
        // Only a copy next to the row read (or in a run of equal copies of it) is certainly an extra one; apart, either
        // may stand in the wrong place. (A copy of a label wrapped over lines, an HTML row over lines: its lines as a block.)
        const block = (from: number, to: number) => report.lines.text.slice(report.lines.starts[from], report.lines.ends[to]).trim();
        const squash = (x: string) => x.replace(/\s+/g, '');
        const same = d.line - d.from === d.first - d.firstFrom && (perLine
          ? squash(block(d.from, d.line)) === squash(block(d.firstFrom, d.first))
          : d.line === d.from
          ? cellsOf(report.lines.line(d.line)) === cellsOf(report.lines.line(d.first))
          : /<\/tr\s*>/i.test(report.lines.line(d.line)) ? squash(block(d.from, d.line)) === squash(block(d.firstFrom, d.first)) : cellsOf(report.lines.line(d.line)) === cellsOf(report.lines.line(d.first)));
        const copy = block(d.from, d.line);
        const span = d.line - d.from + 1;
        let adjacent = same;
        if (d.from > d.first && adjacent) {
          // The run from the row read on: copies of `span` lines each, equal to this one, from `first + 1` up to `reach`.
          const key = `${d.first}\u0000${span}\u0000${copy}`;
          let reach = runs.get(key) ?? d.first + 1;
          while (reach < d.from && reach + span - 1 < d.from && block(reach, reach + span - 1) === copy) reach += span;
          runs.set(key, reach);
          adjacent = reach >= d.from && (d.from - d.first - 1) % span === 0;
        } else if (adjacent) {
          // The run above the row read: copies equal to this one, from `low` up to the row read's first line.
          const key = `-${d.firstFrom}\u0000${span}\u0000${copy}`;
          let low = runs.get(key) ?? d.firstFrom;
          while (low > d.line + 1 && low - span >= d.line + 1 && block(low - span, low - 1) === copy) low -= span;
          runs.set(key, low);
          adjacent = low <= d.line + 1 && (d.firstFrom - d.line - 1) % span === 0;
        }
        // In a table whose rows are each set apart by a blank line (`pdftotext -layout`), blank lines between the copy
        // and the row read (or more equal copies) do not put them apart (brk109 #8): the fix deletes the copy with
        // the blank lines on its side of it, leaving the row's own separation as it was.
        const spaced = !adjacent && same && !html && span === 1 && blankSeparated(t) ? spacedCopy(report, d) : null;
        if (spaced) adjacent = true;
        // A copy with no text besides its label (`| 行政处罚 |  |`, left by a completion in the wrong item): no numbers
        // conflict, and deleting it loses nothing (brk106 #2).
        // (One cell per line: the label's line, with nothing but pipes below it up to the copy's end.)
        const blankCopy = !html && !same && (perLine
          ? d.line === d.from || !/[^|\s]/.test(block(d.from + 1, d.line))
          : d.from === d.line && cellsOf(report.lines.line(d.line)).replace(/\|/g, '') === '');
        if (blankCopy) {
          const range = { start: { line: d.from, character: 0 }, end: { line: d.line, character: report.lines.line(d.line).trimEnd().length } };
          ctx.add({
            message: bi(
              `${t.name}“${d.row.label}”行${times.zh}：这一行没有数字（整行空白），本工具按第 ${d.firstFrom + 1} 行读取。请删去这一行（修复会删去它）。`,
              `${t.name} row “${d.row.label}” is ${times.en}: this one has no numbers (the whole row is blank), and this checker reads line ${d.firstFrom + 1}. Delete this one (the fix does this).`),
            range,
            related: [{ range: { start: { line: d.firstFrom, character: 0 }, end: { line: d.first, character: report.lines.line(d.first).trimEnd().length } }, message: bi('读取的一行', 'The row read') }],
            fix: { title: bi('删去空白的重复行', 'Delete the blank repeated row'), edits: [{ range: { start: { line: d.from, character: 0 }, end: { line: d.line + 1, character: 0 } }, newText: '' }] },
            data: { table: t.id, row: d.row.id },
          });
          continue;
        }
        ctx.add({
          message: same && adjacent && !html
            ? bi(
              `${t.name}“${d.row.label}”行${times.zh}：第 ${d.firstFrom + 1} 行已有完全相同的一行。请删去这一行（修复会删去它）。`,
              `${t.name} row “${d.row.label}” is ${times.en}: line ${d.firstFrom + 1} has the same row. Delete this one (the fix does this).`)
            : same && adjacent
            ? bi(
              `${t.name}“${d.row.label}”行${times.zh}：第 ${d.firstFrom + 1} 行已有完全相同的一行。请删去这一行，并核对所在分组单元格的 rowspan。未自动修改：HTML 表格中分组单元格的 rowspan 可能已把这一行算在内，删去它需同时改 rowspan。`,
              `${t.name} row “${d.row.label}” is ${times.en}: line ${d.firstFrom + 1} has the same row. Delete this one and check the rowspan of its group's cell. Not fixed automatically: in an HTML table the group cell's rowspan may count this row, and deleting it needs that rowspan changed too.`)
            : same
            ? bi(
              `${t.name}“${d.row.label}”行${times.zh}：第 ${d.firstFrom + 1} 行有完全相同的一行，本工具按那一行读取。请删去放错位置的一行。未自动修改：两行不相邻，不能确定哪一行放错了位置。`,
              `${t.name} row “${d.row.label}” is ${times.en}: line ${d.firstFrom + 1} has the same row, which this checker reads. Delete the one in the wrong place. Not fixed automatically: the two are not next to each other, so which one is misplaced is not certain.`)
            : bi(
              `${t.name}“${d.row.label}”行${times.zh}，数字不同：本工具按第 ${d.firstFrom + 1} 行读取${addsUp(t) ? '（按这一行，表三的各项合计都成立）' : ''}，这一行不参加任何合计。请对照原表保留正确的一行，删去另一行。未自动修改：只有原表能说明哪一行是对的。`,
              `${t.name} row “${d.row.label}” is ${times.en}, with other numbers: this checker reads line ${d.firstFrom + 1}${addsUp(t) ? ' (with it, every sum of 表三 holds)' : ''}, and this line takes part in no sum. Keep the right one, as the original table has it, and delete the other. Not fixed automatically: only the original table tells which is right.`),
          range: { start: { line: d.from, character: 0 }, end: { line: d.line, character: report.lines.line(d.line).trimEnd().length } },
          related: [{ range: { start: { line: d.firstFrom, character: 0 }, end: { line: d.first, character: report.lines.line(d.first).trimEnd().length } }, message: bi('读取的一行', 'The row read') }],
          // (Not in HTML: a copy inside a group's rowspan may be counted by it, and deleting it would break the group.)
          fix: same && adjacent && !html ? { title: bi('删去重复的一行', 'Delete the repeated row'), edits: [{ range: spaced ?? { start: { line: d.from, character: 0 }, end: { line: d.line + 1, character: 0 } }, newText: '' }] } : undefined,
          data: { table: t.id, row: d.row.id },
        });
      }
    }
    const t4 = report.tables.t4;
    if (t4 && !t4.broken) for (const x of t4.extraValueRows ?? []) ctx.add(extraT4Row(report, t4, x));
  },
};

/**
 * 表四's numbers after its one value row (`TableModel.extraValueRows`): a second row of the table's only row. An exact
 * copy of the row read, a pipe row on the next line, is deleted by the fix; other numbers are said without one (which
 * row is right only the original table tells), with the groups whose 总计 the extra row does not add up to.
 */
function extraT4Row(report: Report, t: TableModel, x: NonNullable<TableModel['extraValueRows']>[number]): RuleFinding {
  const read = t.rows[0];
  const readLine = read?.match.range?.start.line ?? -1;
  const line = x.range.start.line;
  const values = read ? read.cells.map((c) => c?.value ?? null) : [];
  const same = x.values.length === values.length && x.values.every((v, i) => v === values[i]);
  const oneLine = x.range.start.line === x.range.end.line;
  const next = oneLine && readLine >= 0 && line === readLine + 1 && report.lines.line(line).trim().startsWith('|');
  const failing = x.values.length === 15
    ? GROUPS.filter((_, g) => {
      const v = x.values.slice(g * 5, g * 5 + 5);
      return v.every((n) => n !== null) && !lastIsSum(v as number[]);
    })
    : [];
  const sums = failing.length ? bi(`；这一行中${failing.map((g) => `“${g}”`).join('、')}的总计与各项之和也不符`, `; in it, the 总计 of ${failing.map((g) => `“${g}”`).join(', ')} is not the sum of its results either`) : bi('', '');
  const at = readLine >= 0 ? bi(`第 ${readLine + 1} 行`, `line ${readLine + 1}`) : bi('第一行', 'the first row');
  return {
    message: same && next
      ? bi(`表四的数值行写了两次：${at.zh}已有完全相同的一行。请删去这一行（修复会删去它）。`, `表四's row of numbers is written twice: ${at.en} has the same numbers. Delete this one (the fix does this).`)
      : bi(
        `表四只有一行数（三组各 5 个，共 15 个），这里又有一行数（${x.values.length} 个${same ? '，与读取的一行相同' : ''}）：本工具按${at.zh}读取，这些数不参加任何合计${sums.zh}。请对照原表保留正确的一行，删去另一行；若是别的年度或别的统计，请移到表外并加说明。未自动修改。`,
        `表四 has one row of numbers (5 per group, 15 in all), and here is another (${countEn(x.values.length, 'number')}${same ? ', the same as the row read' : ''}): this checker reads ${at.en}, and these numbers take part in no sum${sums.en}. Keep the right row, as the original table has it, and delete the other; if they are another year's or another count, move them out of the table with a note. Not fixed automatically.`),
    range: x.range,
    ...(read?.match.range ? { related: [{ range: read.match.range, message: bi('读取的一行', 'The row read') }] } : {}),
    fix: same && next ? { title: bi('删去重复的一行', 'Delete the repeated row'), edits: [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' }] } : undefined,
    data: { table: 't4', row: 'T4' },
  };
}

/**
 * Whether the rows of tab-separated or space-aligned table `t` are each set apart by a line (blank, or a piece of a
 * wrapped label), as `pdftotext -layout` prints some tables: no two rows read stand on lines next to each other
 * (three rows or more).
 */
function blankSeparated(t: TableModel): boolean {
  if (t.layout !== 'space-aligned' && t.layout !== 'tab-separated') return false;
  const at = [...new Set(t.rows.flatMap((r) => {
    const line = r.cells.find((c) => c !== null)?.range.start.line;
    return line === undefined ? [] : [line];
  }))].sort((a, b) => a - b);
  if (at.length < 3) return false;
  // (What stands between two rows may be a piece of a group label or of a label written top-down, not always blank.)
  for (let i = 1; i < at.length; i++) if (at[i] - at[i - 1] < 2) return false;
  return true;
}

/**
 * The lines a fix deletes for copy `d` (one line) of a row of a table whose rows are set apart by blank lines: the
 * copy and the blank lines between it and the row read (on the row read's side), when only blank lines and more
 * copies of the same line stand between them, one blank line at least; else null (the two are apart).
 */
function spacedCopy(report: Report, d: { line: number; first: number }): { start: { line: number; character: number }; end: { line: number; character: number } } | null {
  const { lines } = report;
  const copy = lines.line(d.line).trim();
  const [lo, hi] = d.line < d.first ? [d.line, d.first] : [d.first, d.line];
  let blank = false;
  for (let k = lo + 1; k < hi; k++) {
    const x = lines.line(k).trim();
    if (x === '') blank = true;
    else if (x !== copy) return null;
  }
  if (!blank) return null;
  if (d.line < d.first) {
    let k = d.line + 1;
    while (k < d.first && lines.line(k).trim() === '') k++;
    return { start: { line: d.line, character: 0 }, end: { line: k, character: 0 } };
  }
  let k = d.line - 1;
  while (k > d.first && lines.line(k).trim() === '') k--;
  return { start: { line: k + 1, character: 0 }, end: { line: d.line + 1, character: 0 } };
}

/** Whether 表三 `t` as read has every identity hold (none failing; at least one evaluated). Not for other tables. */
function addsUp(t: TableModel): boolean {
  if (t.id !== 't3') return false;
  const get = t3Values(t);
  const held = t3Identities(t).map((id) => t3Holds(id, get));
  return held.some((h) => h === true) && !held.some((h) => h === false);
}

/**
 * The lines of pipe table `t` (0-based) that repeat the label of a row read elsewhere in it (`first`): every pipe
 * line from the table's first line to the end of its run of pipe lines, by label key. Labels that two template rows
 * share are skipped.
 */
function duplicates(report: Report, t: TableModel): { row: RowModel; line: number; from: number; first: number; firstFrom: number }[] {
  const { lines } = report;
  const byKey = new Map<string, RowModel>();
  const shared = new Set<string>();
  for (const r of t.rows) {
    const k = labelKey(r.label);
    if (byKey.has(k)) shared.add(k);
    byKey.set(k, r);
  }
  // A row read under its label as written without the template's ordinal (`| 上年结转政府信息公开申请数量 | 36 |…`, as
  // the OCR layout splitting 表三 into small tables writes every row, brk148 #5): a copy of it repeats that label, not
  // the template's. Such a label is taken only as a line's own label (its first cell: not a header cell `予以公开` of a
  // header line), and not when another row or a column has it.
  const byRaw = new Map<string, RowModel>();
  const columnKeys = new Set(t.columns.flatMap((c) => [labelKey(c.label), ...(c.match.raw ? [labelKey(c.match.raw)] : [])]));
  for (const r of t.rows) {
    if (!r.match.raw || !r.match.range || r.match.continuation || r.match.parts || (r.match.kind !== 'exact' && r.match.kind !== 'variant')) continue;
    const k = labelKey(r.match.raw);
    if (!k || byKey.get(k) === r || columnKeys.has(k)) continue;
    const other = byKey.get(k) ?? byRaw.get(k);
    if (other && other !== r) shared.add(k);
    else byRaw.set(k, r);
  }
  const rowOf = (k: string) => byKey.get(k) ?? byRaw.get(k);
  const out: { row: RowModel; line: number; from: number; first: number; firstFrom: number }[] = [];
  const end = Math.min(t.range.end.line, lines.lineCount - 1);
  const pipe = t.layout === 'pipe';
  const html = t.layout === 'html';
  const isLabel = (cell: string) => byKey.has(labelKey(cell));
  /**
   * The label key of the row on line `i` and the line it starts on: a label a line break wrapped (`| （二）部分公开`
   * over `（区分处理的…） | 5 | …`, helper-221 #11) starts on the line above, which holds nothing but its first part.
   */
  const labelAt = (i: number): { key: string; from: number } => {
    const text = lines.line(i).trim();
    const key = labelKey(labelOf(text, isLabel, pipe));
    if (rowOf(key) || i === 0 || html) return { key, from: i };
    const above = lines.line(i - 1).trim();
    const part = pipe ? (/^\|[^|]*\|?$/.test(above) ? above.replace(/^\|/, '').replace(/\|$/, '') : '') : CELL_GAP.test(above) ? '' : above;
    const joined = part && !/\d/.test(part) ? labelKey(part + (pipe ? text.replace(/^\|/, '') : text).split(pipe ? '|' : CELL_GAP, 1)[0]) : '';
    return joined && rowOf(joined) ? { key: joined, from: i - 1 } : { key, from: i };
  };
  // (Rows commented out over lines are no rows: helper-226 A2.)
  const hidden = commentedLines(lines);
  // An HTML table whose rows span lines (Word's HTML, a tag a line, helper-226 B4): each row's lines as one.
  if (html) out.push(...multiLineHtmlDuplicates(report, t, byKey, shared, hidden));
  if (t.layout === 'cell-per-line') return cellPerLineDuplicates(report, t, new Map([...byRaw, ...byKey]), shared, hidden);
  for (let i = t.range.start.line; i < lines.lineCount && (i <= end || (pipe && lines.line(i).trimStart().startsWith('|'))); i++) {
    if (hidden?.[i]) continue;
    const text = lines.line(i).trim();
    // (HTML: rows written whole on a line, `<tr>…</tr>`, helper-209 #3; a pipe row's numbers line may open without
    // its pipe, after a label wrapped onto it.)
    // (Space-aligned: also a row's label alone on its line, a blank copy of the row; brk107 #9.)
    if (html ? !HTML_ROW.test(text) : pipe ? !text.startsWith('|') && !/^[^|]+\|.*\d/.test(text) : !CELL_GAP.test(text) && !rowOf(labelKey(text))) continue;
    const { key: k, from } = labelAt(i);
    const row = rowOf(k);
    if (!row || shared.has(k) || !row.match.range || (row.match.kind !== 'exact' && row.match.kind !== 'variant')) continue;
    // The row read: the line of its numbers (its label may start a line above).
    const first = row.cells.find((c) => c !== null)?.range.start.line ?? row.match.range.start.line;
    const at = labelAt(first);
    if (first !== i && at.key === k) out.push({ row, line: i, from, first, firstFrom: at.from });
  }
  return out;
}

/**
 * The rows of HTML table `t` written over several lines (`<tr>` on a line, its cells below, `</tr>` later) that repeat
 * the label of a row read elsewhere in it: each row's lines joined, its cells read as one line's (`htmlCells`), the
 * last cell before the numbers that is a row's label taken as its label. `line`/`from`: the copy's last and first
 * lines; `first`/`firstFrom`: the row read's.
 */
function multiLineHtmlDuplicates(report: Report, t: TableModel, byKey: Map<string, RowModel>, shared: Set<string>, hidden: Uint8Array | null): { row: RowModel; line: number; from: number; first: number; firstFrom: number }[] {
  const { lines } = report;
  const rows: { key: string; from: number; to: number }[] = [];
  const end = Math.min(t.range.end.line, lines.lineCount - 1);
  for (let i = t.range.start.line; i <= end; i++) {
    if (hidden?.[i] || !/<tr[\s>]/i.test(lines.line(i)) || /<\/tr\s*>/i.test(lines.line(i))) continue;
    let j = i + 1;
    while (j <= end && j - i < 200 && !/<\/tr\s*>/i.test(lines.line(j)) && !/<tr[\s>]/i.test(lines.line(j))) j++;
    if (j > end || !/<\/tr\s*>/i.test(lines.line(j))) continue;
    let joined = '';
    for (let k = i; k <= j; k++) joined += ' ' + withSplitTagsClosed(lines, k);
    let label = '';
    for (const c of htmlCells(joined)) {
      const x = c.text.trim();
      if (/^[-+]?[0-9０-９][0-9０-９,，.]*$/.test(x)) break;
      if (x && byKey.has(labelKey(x))) label = x;
    }
    if (label) rows.push({ key: labelKey(label), from: i, to: j });
    i = j;
  }
  const out: { row: RowModel; line: number; from: number; first: number; firstFrom: number }[] = [];
  for (const r of rows) {
    const row = byKey.get(r.key)!;
    if (shared.has(r.key) || !row.match.range || (row.match.kind !== 'exact' && row.match.kind !== 'variant')) continue;
    // The row read: the one whose lines hold its label.
    const read = rows.find((x) => x.key === r.key && x.from <= row.match.range!.start.line && row.match.range!.start.line <= x.to);
    if (read && read !== r) out.push({ row, line: r.to, from: r.from, first: read.to, firstFrom: read.from });
  }
  return out;
}

/**
 * The rows of table `t` written one cell per line (`2.重复申请 |` over its numbers, `0 |` one a line: seed 001's layout)
 * whose label line repeats the label of a row read elsewhere in it (brk120 #1: the copy was left out unseen, whatever
 * its numbers). A row's lines: its label's, the cells below it up to the row's number of cells (a blank cell is ` |`;
 * blank lines between cells are passed), and the line of pipes alone that may close a row (`||`). `from`/`line`: the
 * copy's first and last lines; `firstFrom`/`first`: the row read's.
 */
function cellPerLineDuplicates(report: Report, t: TableModel, byKey: Map<string, RowModel>, shared: Set<string>, hidden: Uint8Array | null): { row: RowModel; line: number; from: number; first: number; firstFrom: number }[] {
  const { lines } = report;
  const end = Math.min(t.range.end.line, lines.lineCount - 1);
  const keyOf = (i: number) => labelKey(lines.line(i).trim().replace(/\s*[|｜]+$/, ''));
  /** The last line of the row whose label is on line `i`, with `cells` cells. */
  const lastLine = (i: number, cells: number): number => {
    let last = i;
    for (let k = i + 1, n = 0; k <= end && n < cells && k - last <= 2; k++) {
      const x = lines.line(k).trim();
      if (x === '' || hidden?.[k]) continue;
      const cell = x.replace(/[|｜]+$/, '').trim();
      // A cell line (`0 |`, ` |` for a blank one): no row's label, no words (`无`, `〇` and the like are values).
      if (!/[|｜]$/.test(x) || /^[|｜]/.test(x) || byKey.has(labelKey(cell)) || /\p{Script=Han}{3}/u.test(cell)) break;
      last = k;
      n++;
    }
    const next = last + 1 <= end ? lines.line(last + 1).trim() : '';
    return /^[|｜]+$/.test(next) ? last + 1 : last;
  };
  const out: { row: RowModel; line: number; from: number; first: number; firstFrom: number }[] = [];
  for (let i = t.range.start.line; i <= end; i++) {
    if (hidden?.[i] || !/[|｜]\s*$/.test(lines.line(i))) continue;
    const k = keyOf(i);
    const row = byKey.get(k);
    if (!row || shared.has(k) || !row.match.range || (row.match.kind !== 'exact' && row.match.kind !== 'variant')) continue;
    const firstFrom = row.match.range.start.line;
    if (firstFrom === i || keyOf(firstFrom) !== k) continue;
    out.push({ row, line: lastLine(i, row.cells.length), from: i, first: lastLine(firstFrom, row.cells.length), firstFrom });
  }
  return out;
}

/** What separates the cells of a line of a tab-separated or space-aligned table: tabs, two spaces or more, U+3000. */
const CELL_GAP = /(?:\t| {2,}|\u3000)+/;

/** An HTML table row written whole on its line. */
const HTML_ROW = /^<tr[\s>].*<\/tr\s*>$/i;


/**
 * The label of a table line (trimmed): its first pipe (or HTML) cell, or the text before the first cell gap (`CELL_GAP`).
 * `pipe`: a line of a pipe table, whose rows may have no opening pipe (`label | 0 | 0 |`, the layout of seeds/003:
 * the label is the text before the first pipe; brk109 #5).
 */
function labelOf(line: string, isLabel?: (cell: string) => boolean, pipe = false): string {
  const isHtml = HTML_ROW.test(line);
  const unopened = pipe && !line.startsWith('|') && line.includes('|');
  if (!line.startsWith('|') && !isHtml && !unopened) return line.split(CELL_GAP, 1)[0];
  const cells = isHtml ? htmlCells(line).map((c) => c.text) : unopened ? splitPipes(line) : splitPipes(line.slice(1));
  // Several label columns (Word's merged cells pasted as empty or repeated cells: `|  | （三）不予公开 | 5.属于… | 2 |`):
  // the last cell before the numbers that is a row's label (helper-205 #6); else the first cell.
  if (isLabel) {
    let found: string | undefined;
    for (const c of cells) {
      const x = c.trim();
      if (/^[-+]?[0-9０-９][0-9０-９,，.]*$/.test(x)) break;
      if (x && isLabel(x)) found = c;
    }
    if (found !== undefined) return found;
  }
  return cells[0];
}

/** A line's cells after its label, without white space and comments after the last cell (two copies compare equal). */
function cellsOf(line: string): string {
  const t = line.trim().replace(/(?:\s*<!--(?:(?!-->).)*-->)+$/, '');
  // (An HTML row: its cells' texts after the label; label cells of a group spanning rows are not among them.)
  if (HTML_ROW.test(t)) {
    const cells = htmlCells(t).map((c) => c.text);
    const first = cells.findIndex((c) => /^[-+]?[0-9０-９]/.test(c));
    return (first < 0 ? [] : cells.slice(first)).join('|');
  }
  // (A pipe row's numbers line after a label wrapped onto it opens without its pipe: `（区分处理的…） | 5 | …`.)
  const cells = t.startsWith('|') ? splitPipes(t.slice(1)) : t.includes('|') ? splitPipes(t) : t.split(CELL_GAP);
  return cells.slice(1).map((c) => c.trim()).join('|').replace(/\|+$/, '');
}
