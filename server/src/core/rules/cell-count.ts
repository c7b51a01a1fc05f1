import type { Rule, RuleContext } from './rule.js';
import type { HeaderColumns, Range, RowModel, TableModel } from '../types.js';
import { GROUPS } from './sum-review.js';
import { bi, otherFormatBlock, rowsOneColumnShort, sameT2Header, rowsShortBy, t3HeaderColumns, t3MergedGroup, t3OwnHeaderSums, t3WrappedColumns, tabJoinedRows } from './util.js';
import { templateOf } from '../templates/index.js';
import { COLUMN_PAIRS } from './format-mixed.js';
import { count as countEn } from '../text/english.js';

/** “all 5 rows read have 6 values”, or “the one row read has 1 value” (a 表二 block of one row). */
const allRowsHave = (rows: number, values: number) => (rows === 1 ? `the one row read has ${countEn(values, 'value')}` : `all ${rows} rows read have ${countEn(values, 'value')}`);

/** A table row with more or fewer value cells than its template row; a whole 表三 or 表四 column, or a 表二 item's, missing is said once. */
export const cellCount: Rule = {
  meta: {
    id: 'cell-count',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    description: bi('表格行的数值个数与格式不符，或表二、表三、表四整列缺失', 'A table row has more or fewer value cells than the template, or a whole column of 表二, 表三 or 表四 is missing'),
    rationale: bi(
      '表三每行应有 7 个数（六类申请人和总计），表二各项按其列数填写，表四的数值行应有 15 个数（三组各 5 个；在竖线表格、以制表符分隔的一行或一格一行粘贴（每个数各占一行，直到表格结束）的表格中、表头能读出时检查，缺了或多了数在这几种排版中都是同一个错误；其他排版读不全时见 table-unreadable）；表四的表头和数值行都少同一列（整列删去）、由其余列名能确定缺的是哪一组的哪一列时，只报告一次并指出这一列，其余各列按表头的列名读取，其他各组的合计（sum-review）和正文的比较（prose-table）照常检查；表头只列出三组中的两组（如没有“复议后起诉”）、只有这两组的 10 列，数值行也只有 10 个数时（一组整组删去），同样只报告一次并指出缺少的是哪一组，其余两组按表头的列名读取并照常检查（表头未写明是哪两组时，如只写了“行政复议 | 行政诉讼”，看不出缺的是哪一组：也只报告一次，说明数值行少了一组的 5 列、表头没写明缺的是哪一组，这时各数属于哪一组看不出来，不做勾稽检查）。多出或缺少的数会让后面的数错位，无法判断哪个数属于哪一列，因此不提供自动修复；数值之后多出的单元格若是文字（如“备注”），消息按“几个数值另多出几个不是数的单元格”说明，不把它算作数值（以空格对齐的表三中，其他各行的列位置能确定空着的是哪一列时，按空白单元格由 cell-blank 报告）。若表三每一行都恰好少一个数（整列漏贴），只报告一次：能读出表头时指出缺少的是哪一列，否则说明每行都比格式少一列。若表三每一行都少同样多的几个数，也只在表头报告一次：表头把“法人或其他组织”写成一列（格式分为商业企业、科研机构、社会公益组织、法律服务机构、其他五列）时说明合并了哪几列，表头缺少这几列时指出是哪几列；这时各数在哪一列看不出来，表三的合计（sum-balance、sum-results、sum-subtotal、sum-applicants）都不按格式核对，补齐各列后再核对；只有表头正是“自然人 | 法人或其他组织 | 总计”三列时，各行按表头核对“自然人 + 法人或其他组织 = 总计”（sum-applicants）。表头多出格式中没有的列（如“法人或其他组织小计”）时，各行按表头的列名读取，只在表头报告一次（警告）。表二某一项的表格整列缺失（如第二十条第（一）项的表头和各行都没有“本年废止件数”，其余各列按格式的顺序）时，同样只在该项的表头报告一次，指出缺少的列；各行的数按表头的列名读取（“现行有效件数”的数不会当作“本年废止件数”），缺少的列按空白处理，其余各列照常与正文核对。表二某项整块照搬另一年度格式的列（2021 年格式报告中“第二十条第（一）项”写成 2019 年格式的“本年新制作数量”等列）时，报告所用格式规定而旧列中没有一列与之对应的列（“本年制发件数”“本年废止件数”“现行有效件数”；“本年处理决定数量”就是 2019 年格式的“处理决定数量”，不算缺少）也是整列缺少，报告没有给出这些数：在该块表头处报告一次（错误；表头一格一行时也只报告一次），另一年度格式的列由 format-mixed 提示；正文的数按这一块表头的列名与它比较（prose-table：“新公开规范性文件3件”与本年新公开数量，“作出行政许可决定1520件”与处理决定数量），这一块没有的列（“废止1件”）不比较，绝不按位置读取；2019、2020 年度的报告（2019 年格式为试行，可参照统一格式发布）用了 2021 年格式的列时只有 format-mixed 的提示。竖线表格中一行的数都粘贴进了同一个单元格、以制表符分隔时，由 cell-tab-joined 报告，这些行不在此处逐行报告。',
      'Each row of 表三 has 7 numbers; 表二 rows have as many as their block\'s columns; 表四\'s value row has 15 (5 per group; checked in a pipe table, a tab-separated row or a table pasted one cell a line (each number on a line of its own, up to the table\'s end) whose header can be read, a missing or extra number being the same error in each of these layouts; other layouts read short are table-unreadable); when 表四\'s header and value row both lack the same column (a column deleted whole) and the other labels tell which group\'s column it is, that column is named once, the other columns are read by their header\'s names, and the other groups\' sums (sum-review) and the prose (prose-table) are checked as usual; when the header names two of the three groups (no 复议后起诉, say) with their 10 columns and the value row has 10 numbers (a group deleted whole), the missing group is named once likewise and the other two are read by their header\'s names and checked as usual (when the header does not name which two groups it has, as with only 行政复议 | 行政诉讼, which is missing cannot be told: this too is said once, that the value row lacks a group\'s 5 columns and the header does not say which; then which group each number is in cannot be told, and the sums are not checked). Extra or missing numbers shift the rest, so it cannot be known which number belongs where: there is no automatic fix; cells of words after a row\'s values (a remark such as 备注) are said as extra cells, quoted, not counted as values (in a space-aligned 表三 whose other rows\' column positions show which column a row leaves empty, that is a blank cell, reported by cell-blank). When every row of 表三 is exactly one number short (a column dropped when the table was pasted), this is reported once: naming the missing column when the header can be read, else saying that every row has one column fewer than the template. When every row is short by the same two or more numbers, this too is reported once, at the header: that 法人或其他组织 was written as one column where the template has five (商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他), or which columns the header lacks; then which column each number is in cannot be told, and none of 表三\'s sums (sum-balance, sum-results, sum-subtotal, sum-applicants) is checked against the template until the columns are complete; only when the header is exactly the three columns 自然人 | 法人或其他组织 | 总计 is each row checked against it, 自然人 + 法人或其他组织 = 总计 (sum-applicants). When the header has a column the template does not (such as 法人或其他组织小计), each row is read by the header\'s column names and this is reported once, at the header (a warning). When a 表二 item\'s table lacks a whole column (第二十条第（一）项 with no 本年废止件数 in its header or rows, its other columns in the template\'s order), this too is reported once, at that item\'s header, naming the missing column; each row is read by the header\'s column names (the 现行有效件数 number is not taken for 本年废止件数), the missing column counts as blank, and the other columns are checked against the prose as usual. A 表二 item whose whole block has the other format\'s columns (a 2021-format report\'s 第二十条第（一）项 in the 2019 columns 本年新制作数量 …) lacks the columns of the report\'s format that none of the old columns stands for (本年制发件数, 本年废止件数, 现行有效件数; 本年处理决定数量 is 2019\'s 处理决定数量 renamed, not missing): the report does not give those figures, so this too is said once, at the block\'s header (an error; once too when the header is written one cell a line), besides format-mixed\'s note on the other format\'s columns; the prose is compared with the block by its header\'s column names (prose-table: 新公开规范性文件3件 with 本年新公开数量, 作出行政许可决定1520件 with 处理决定数量), never by place, and not at all for a column the block lacks (废止1件); a 2019 or 2020 report (the 2019 format was a trial one that a report may follow loosely) with 2021 columns gets format-mixed\'s note alone. Rows whose numbers were pasted into one pipe cell, separated by tabs, are cell-tab-joined\'s to report, not counted here row by row.'),
    example: { bad: '| （一）予以公开 | 5 | 0 | 0 | 0 | 5 |', note: bi('只有 5 个数，应为 7 个', '5 numbers instead of 7') },
  },
  check(ctx) {
    // 表四 is read as one row: a clean table's row (one pipe row, one tab-separated row, or numbers one a line in a
    // table pasted one cell a line) with more or fewer than 15 numbers (the model calls any other short 表四 unreadable).
    for (const t of [ctx.report.tables.t2, ctx.report.tables.t3, ctx.report.tables.t4]) {
      if (!t || t.broken) continue;
      // Rows whose numbers were pasted into one cell with tabs between them are cell-tab-joined's (said once for
      // the table); the other rows are checked one by one below.
      const joined = tabJoinedRows(t);
      if (t.header?.extra.length) extraColumns(ctx, t, t.header);
      if (t.id === 't4' && t.header?.missing?.length) {
        if (t.header.missing.length === 1) t4MissingColumn(ctx, t, t.header.missing[0], t.header.range);
        else t4MissingGroup(ctx, t, t.header.missing, t.header.range);
        continue;
      }
      if (t.id === 't4' && t.groupUnnamed) {
        t4GroupUnnamed(ctx, t, t.groupUnnamed);
        continue;
      }
      const short = t.id === 't3' ? rowsOneColumnShort(t) : null;
      if (short) {
        missingColumn(ctx, t, short);
        continue;
      }
      const shortBy = t.id === 't3' ? rowsShortBy(t) : null;
      if (shortBy) {
        missingColumns(ctx, t, shortBy.rows, shortBy.by);
        continue;
      }
      // A 表二 block without a column (header and rows): said once, at its header; its rows not one by one.
      const leftOut = t.id === 't2' ? t2MissingColumns(ctx, t) : new Set<RowModel>();
      if (t.id === 't2') otherFormatColumns(ctx, t);
      const rows = t.rows.filter((r) => r.cells.length && r.match.kind !== 'absent' && r.cellCount !== 0 && !joined.some((j) => j.row === r) && !r.strayCells?.cutTotal && !leftOut.has(r));
      for (const r of rows) {
        if (r.cellCount === r.cells.length || (t.id === 't2' && fitsOtherFormatBlock(ctx, r))) continue;
        const first = r.cells.find(Boolean);
        const message = t.id === 't4'
          ? bi(`${t.name}的数值行有 ${r.cellCount} 个数，格式规定为 ${r.cells.length} 个（三组各 5 个：结果维持、结果纠正、其他结果、尚未审结、总计）。无法判断哪一格${r.cellCount < r.cells.length ? '缺了数' : '多了数'}，未做勾稽检查；请对照表头补齐或删去。`,
            `${t.name}'s value row has ${countEn(r.cellCount, 'number')}; the template has ${r.cells.length} (5 per group: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计). Which cell ${r.cellCount < r.cells.length ? 'lacks its number' : 'has one too many'} cannot be told, so the sums were not checked; compare the row with its header.`)
          : textCells(r)
          ? extraText(t.name, r, textCells(r)!)
          : bi(`${t.name}“${r.label}”行有 ${r.cellCount} 个数值，格式规定为 ${r.cells.length} 个。`, `${t.name} row “${r.label}” has ${countEn(r.cellCount, 'value')}; the template has ${r.cells.length}.`);
        ctx.add({
          message,
          range: rowRange(r, first!),
          expected: r.cells.length,
          actual: r.cellCount,
          data: { table: t.id, row: r.id },
        });
      }
    }
  },
};

/**
 * Where a finding about row `r` is said: its label, or its first cell `first` when it has none of its own on a line of
 * its cells (a row read by its place whose reading took words of another line, such as the header's last cell: the
 * finding pointed at the header, brk114 #1).
 */
function rowRange(r: RowModel, first: { range: Range }): Range {
  const at = r.match.range;
  if (!at) return first.range;
  const lines = new Set(r.cells.map((c) => c?.range.start.line));
  return r.match.kind !== 'positional' || r.match.missing || lines.has(at.start.line) ? at : first.range;
}

/**
 * The cells a row has past the template's columns when each is words, not a number (`| 行政许可 | 1520 | 备注`: `备注`),
 * as written; null when it has none, or any of them is blank or reads as a number (then it may be a value out of place).
 */
function textCells(r: RowModel): string[] | null {
  const extra = r.extraCells ?? [];
  if (!extra.length || extra.length !== r.cellCount - r.cells.length) return null;
  return extra.every((c) => c.raw !== '' && c.value === null && !/\d/.test(c.raw)) ? extra.map((c) => c.raw) : null;
}

/**
 * The message for a row with as many cells as the template's columns plus cells of words after them (`texts`): its
 * values counted apart from those cells, each quoted, so that a remark (`备注`) is not called a value.
 */
function extraText(table: string, r: RowModel, texts: string[]) {
  const n = r.cellCount - texts.length, want = r.cells.length, m = texts.length;
  const zh = texts.map((x) => `“${x}”`).join('、'), en = texts.map((x) => `“${x}”`).join(', ');
  return bi(
    `${table}“${r.label}”行有 ${n} 个数值${n === want ? '，与格式相同' : `，格式规定为 ${want} 个`}，其后另多出 ${m} 个不是数的单元格${zh}。格式中这一行没有这${m === 1 ? '一' : '些'}格：请删去，说明可写在表下或正文中。`,
    `${table} row “${r.label}” has ${n} value${n === 1 ? '' : 's'}${n === want ? ', as the template has' : `; the template has ${want}`}, plus ${m === 1 ? 'an extra cell' : `${m} extra cells`} that ${m === 1 ? 'is' : 'are'} not a number: ${en}. The format has no such cell${m === 1 ? '' : 's'} in this row: delete ${m === 1 ? 'it' : 'them'}; a remark can go below the table or in the text.`);
}

/**
 * 表四 lacks a whole group's columns `ks` (indexes into its 15) in its header and its value row alike (行政诉讼（复议后
 * 起诉）'s five deleted, the header naming the other two groups; brk127 #6): one finding naming the group, at the
 * header's leaf line (`where`). The other groups were read by the header's names and are checked as usual.
 */
function t4MissingGroup(ctx: RuleContext, t: TableModel, ks: number[], where: Range): void {
  const t4 = ctx.template?.tables.t4;
  const row = t.rows[0];
  if (!t4 || !row) return;
  const g = Math.floor(ks[0] / t4.leaves.length);
  const width = row.cells.length, have = width - ks.length, leaves = t4.leaves.join('、');
  const others = GROUPS.filter((_, i) => i !== g).map((x) => `“${x}”`);
  ctx.add({
    message: bi(
      `${t.name}缺少“${GROUPS[g]}”一组的 ${ks.length} 列：表头只列出${others.join('和')}两组，数值行也只有 ${have} 个数，格式规定为 ${width} 个（三组各 ${t4.leaves.length} 个：${leaves}）。请补上“${GROUPS[g]}”的 ${ks.length} 列（没有发生的填 0）；其余两组已按表头的列名读取并核对。`,
      `${t.name} lacks the ${ks.length} columns of the group “${GROUPS[g]}”: the header names only the groups ${others.join(' and ')}, and the value row has ${have} numbers; the template has ${width} (${t4.leaves.length} per group: ${t4.leaves.join(', ')}). Add the ${ks.length} columns of “${GROUPS[g]}” (0 where nothing happened); the other two groups were read by their header's names and checked.`),
    range: where,
    expected: width,
    actual: have,
    data: { table: t.id, group: t4.groups[g].id, columns: ks.map((k) => `${t4.groups[g].id}.${(k % t4.leaves.length) + 1}`) },
  });
}

/**
 * 表四's header has two groups' ten leaves and its value row ten numbers, but the header names fewer than two of the
 * three groups (`行政复议 | 行政诉讼`, brk130 #8): a group is missing and which one cannot be told. One finding at the
 * leaf line; the sums are not checked (which column each number is in cannot be told).
 */
function t4GroupUnnamed(ctx: RuleContext, t: TableModel, h: NonNullable<TableModel['groupUnnamed']>): void {
  const t4 = ctx.template?.tables.t4;
  const row = t.rows[0];
  if (!t4 || !row) return;
  const width = row.cells.length, have = row.cellCount, leaves = t4.leaves.join('、');
  const named = h.named.map((x) => `“${x}”`);
  // 行政复议 and 行政诉讼 named: one of 行政诉讼's two groups is missing.
  const may = h.named.includes('行政复议') && h.named.includes('行政诉讼') ? GROUPS.slice(1) : GROUPS;
  const said = named.length ? bi(`表头只写了${named.join('和')}`, `the header names only ${named.join(' and ')}`) : bi('表头没有写明各组', 'the header names no group');
  ctx.add({
    message: bi(
      `${t.name}的数值行只有 ${have} 个数，格式规定为 ${width} 个（三组各 ${t4.leaves.length} 个：${leaves}），少了一组的 ${width - have} 列：${said.zh}，看不出缺的是“${may.join(may.length === 2 ? '”和“' : '”“')}”中的哪一组，因此无法判断各数属于哪一组，未做勾稽检查。请对照格式补上缺少的一组（没有发生的填 0），并在表头写明三组的名称。`,
      `${t.name}'s value row has only ${have} numbers; the template has ${width} (${t4.leaves.length} per group: ${t4.leaves.join(', ')}), so one group's ${width - have} columns are missing: ${said.en}, so which of “${may.join('”, “')}” is missing cannot be told, nor which group each number belongs to, and the sums were not checked. Add the missing group (0 where nothing happened) and name the three groups in the header.`),
    range: h.range,
    expected: width,
    actual: have,
    data: { table: t.id },
  });
}

/**
 * 表四 lacks column `k` (index into its 15) in its header and its value row alike (a column deleted whole): one finding
 * naming it, at the header's leaf line (`where`). The other columns were read by their names, so only the group
 * that lost a column goes unchecked.
 */
function t4MissingColumn(ctx: RuleContext, t: TableModel, k: number, where: Range): void {
  const t4 = ctx.template?.tables.t4;
  const row = t.rows[0];
  if (!t4 || !row) return;
  const g = Math.floor(k / t4.leaves.length), leaf = t4.leaves[k % t4.leaves.length];
  const width = row.cells.length, leaves = t4.leaves.join('、');
  ctx.add({
    message: bi(
      `${t.name}似乎整列缺少“${GROUPS[g]}”的“${leaf}”：表头没有这一列，数值行也只有 ${width - 1} 个数，格式规定为 ${width} 个（三组各 ${t4.leaves.length} 个：${leaves}）。请补上这一列（没有发生的填 0）；其余各列已按表头的列名读取，“${GROUPS[g]}”的总计因此未核对。`,
      `${t.name} seems to lack the whole “${leaf}” column of “${GROUPS[g]}”: the header has no such column and the value row has ${width - 1} numbers; the template has ${width} (${t4.leaves.length} per group: ${t4.leaves.join(', ')}). Add the column (0 where nothing happened); the other columns were read by their header's names, so only the total of “${GROUPS[g]}” was not checked.`),
    range: where,
    expected: width,
    actual: width - 1,
    data: { table: t.id, column: `${t4.groups[g].id}.${(k % t4.leaves.length) + 1}` },
  });
}

/**
 * 表二's blocks whose header leaves out a column of the template, every row one value short for each
 * (`HeaderColumns.missing`): one finding per block at its header naming the missing columns. The rows were read by
 * the header's names, so the numbers written are in their own columns; the missing column is blank. Returns the rows
 * so covered (not reported again one by one).
 */
function t2MissingColumns(ctx: RuleContext, t: TableModel): Set<RowModel> {
  const covered = new Set<RowModel>();
  const blocks = ctx.template?.tables.t2?.blocks ?? [];
  for (const [id, h] of Object.entries(t.blockHeaders ?? {})) {
    const b = blocks.find((x) => x.id === id);
    if (!h.missing?.length || !b) continue;
    const rows = t.rows.filter((r) => b.rows.some((x) => x.id === r.id) && r.match.kind !== 'absent' && r.cellCount !== 0);
    if (!rows.length || rows.some((r) => r.cellCount !== b.columns.length - h.missing!.length)) continue;
    for (const r of rows) covered.add(r);
    const names = h.missing.map((j) => `“${b.columns[j].label}”`);
    const all = b.columns.map((c) => c.label);
    const one = names.length === 1;
    ctx.add({
      message: bi(
        `${t.name}${b.heading}似乎整列缺少${names.join('、')}：表头没有${one ? '这一列' : '这些列'}，读出的 ${rows.length} 行都只有 ${b.columns.length - names.length} 个数值，格式规定为 ${b.columns.length} 个（${all.join('、')}）。各行的数已按表头的列名读取；请补上${names.join('、')}列（没有发生的填 0）。`,
        `${t.name} ${b.heading} seems to lack the whole ${names.join(', ')} column${one ? '' : 's'}: the header has no such column and ${allRowsHave(rows.length, b.columns.length - names.length)}; the template has ${b.columns.length} (${all.join(', ')}). Each row was read by the header's column names; add the ${names.join(', ')} column${one ? '' : 's'} (0 where nothing happened).`),
      range: h.range,
      expected: b.columns.length,
      actual: b.columns.length - names.length,
      data: { table: t.id, block: b.id, rows: rows.length, columns: h.missing.map((j) => b.columns[j].id) },
    });
  }
  return covered;
}

/**
 * 表二 blocks headed by the other format's columns (a 2019 `本年新制作数量 | 本年新公开数量 | 对外公开总数量` block in a
 * 2021 report, brk146 #3): format-mixed says the block is of the other format (a warning); here, the columns of the
 * report format's block of the same item that none of the other format's columns stands for (`现行有效件数`,
 * `本年制发件数`, `本年废止件数`; not `本年处理决定数量`, which is 2019's `处理决定数量` renamed) are absent from the
 * report, as a whole column left out of the header is (`t2MissingColumns`): the figures the format requires are not
 * given. One finding per such block, at its header. The block of the report's format is the one holding the rows
 * read under that header (or the only one of that item); 第二十条第（九）项, which the 2021 format removed, has none.
 */
function otherFormatColumns(ctx: RuleContext, t: TableModel): void {
  const { report } = ctx;
  const own = report.format;
  const blocks = ctx.template?.tables.t2?.blocks;
  const span = report.extras.spans.t2;
  // Only the 2021 format, which every report from 2021 on must follow: the 2019 format was 试行, and a report may
  // 参照 it (templates.md §3), so a 2019/2020 report with a 2021 block is format-mixed's note alone.
  if (own !== '2021' || !blocks || !span) return;
  const other = '2019';
  const otherBlocks = templateOf(other).tables.t2?.blocks ?? [];
  const otherColumns = new Set(otherBlocks.flatMap((b) => b.columns.map((c) => c.label)));
  const anyColumns = new Set([...otherColumns, ...blocks.flatMap((b) => b.columns.map((c) => c.label))]);
  // The lines of 表二 naming column labels, each with the labels it names.
  const headers = new Map<number, string[]>();
  for (const s of report.extras.signatures) {
    if (s.line < span.start || s.line >= span.end || !anyColumns.has(s.text)) continue;
    headers.set(s.line, [...(headers.get(s.line) ?? []), s.text]);
  }
  // A header written one cell a line is one header (its lines with nothing else between, `sameT2Header`): one
  // finding at its first line with all its labels, not one per line (brk152 #10).
  const lines: number[] = [];
  let last = -1;
  for (const line of [...headers.keys()].sort((a, b) => a - b)) {
    const first = lines[lines.length - 1];
    if (first !== undefined && sameT2Header(report, last, line)) headers.set(first, [...headers.get(first)!, ...headers.get(line)!]);
    else lines.push(line);
    last = line;
  }
  lines.forEach((line, i) => {
    const labels = headers.get(line)!;
    if (!labels.every((l) => otherColumns.has(l)) || otherFormatBlock(report, line) !== other) return;
    // The other format's blocks with these columns, and the report format's blocks of the same items.
    const olds = otherBlocks.filter((b) => labels.every((l) => b.columns.some((c) => c.label === l)));
    const pairs = olds.map((o) => ({ old: o, now: blocks.find((b) => b.heading === o.heading) })).filter((x) => x.now !== undefined);
    if (!pairs.length) return;
    const end = lines[i + 1] ?? span.end;
    const under = t.rows.filter((r) => r.match.kind !== 'absent' && (r.match.range?.start.line ?? -1) > line && (r.match.range?.start.line ?? end) < end);
    const pair = pairs.length === 1 ? pairs[0] : pairs.find((x) => under.length > 0 && under.every((r) => x.now!.rows.some((y) => y.id === r.id)));
    if (!pair) return;
    const { old, now } = pair as { old: typeof pair.old; now: NonNullable<typeof pair.now> };
    const stands = (label: string) => old.columns.some((c) => c.label === label || COLUMN_PAIRS.some(([a, b]) => (other === '2019' ? a === c.label && b === label : b === c.label && a === label)));
    const missing = now.columns.filter((c) => !stands(c.label));
    if (!missing.length) return;
    const names = missing.map((c) => `“${c.label}”`).join('');
    const one = missing.length === 1;
    ctx.add({
      message: bi(
        `${t.name}${now.heading}缺少${own}年格式规定的${names}${one ? '列' : `共 ${missing.length} 列`}：这一块的表头是${other}年格式的列（${old.columns.map((c) => `“${c.label}”`).join('')}），没有一列与${one ? '它' : '它们'}对应，报告没有给出${one ? '这个' : '这些'}数。请按${own}年格式的列（${now.columns.map((c) => `“${c.label}”`).join('')}）重写这一块，填入${names}的数（没有发生的填 0）。`,
        `${t.name} ${now.heading} lacks the ${own} format's ${one ? 'column' : `${missing.length} columns`} ${missing.map((c) => `“${c.label}”`).join(', ')}: the block's header has the ${other} format's columns (${old.columns.map((c) => c.label).join(', ')}), none of which stands for ${one ? 'it' : 'them'}, so the report does not give ${one ? 'this figure' : 'these figures'}. Rewrite the block in the ${own} format's columns (${now.columns.map((c) => c.label).join(', ')}) and fill in ${missing.map((c) => `“${c.label}”`).join(', ')} (0 where nothing happened).`),
      range: report.lines.lineRange(line),
      data: { table: t.id, block: now.id, format: other, columns: missing.map((c) => c.id) },
    });
  });
}

/**
 * Whether a 表二 row sits in a block headed by another format's columns and has as many values as that format's
 * block gives the row: the block is of the other format (`format-mixed` says so at its header), not a row with
 * values missing or extra.
 */
function fitsOtherFormatBlock(ctx: RuleContext, r: RowModel): boolean {
  const line = r.match.range?.start.line;
  const other = line === undefined ? null : otherFormatBlock(ctx.report, line);
  if (!other || other === 'pre2019') return false;
  const block = templateOf(other).tables.t2?.blocks.find((b) => b.rows.some((x) => x.label === r.label));
  return block !== undefined && block.columns.length === r.cellCount;
}

/**
 * 表三's header has columns the template does not (`法人或其他组织小计` before `总计`, templates.md §3.3): one
 * finding at the header naming them. The rows were read by the header's labels, so the template's columns and
 * sums are checked as they stand; the extra columns take part in no check. A warning, not an error: no number
 * is misplaced, the table only departs from the format.
 */
function extraColumns(ctx: RuleContext, t: TableModel, header: HeaderColumns): void {
  const names = header.extra.map((e) => `“${e.label || '（无标题）'}”`).join('、');
  const namesEn = header.extra.map((e) => `“${e.label || '(untitled)'}”`).join(', ');
  const columns = t.columns.filter((c) => c.id !== 'corner');
  const width = columns.length;
  ctx.add({
    message: bi(
      `${t.name}多出格式中没有的列${names}：格式规定 ${width} 列（${columns.map((c) => c.label).join('、')}），表头有 ${header.order.length} 列。各行的数已按表头的列名读取和核对，多出的列不参与勾稽检查；按格式应删去这一列。`,
      `${t.name} has ${header.extra.length === 1 ? 'a column' : 'columns'} the template does not: ${namesEn}. The template has ${width} (${columns.map((c) => c.label).join(', ')}); the header has ${header.order.length}. Each row was read and checked by the header's column names, and the extra column takes part in no sum; the format has no such column.`),
    range: header.extra[0].label ? header.extra[0].range : header.range,
    severity: 'warning',
    expected: width,
    actual: header.order.length,
    data: { table: t.id, columns: header.extra.map((e) => e.label) },
  });
}

/**
 * Every row read has the same number of values, `by` (two or more) short (`rows`, from `rowsShortBy`): one finding
 * for the table at its header instead of one per row. When the header names a group of the template's header (the
 * 2021/2019 表三's `法人或其他组织`) where the columns it spans are missing, the group was written as one column:
 * said so, naming the columns the template splits it into; else the missing columns are named when the header
 * names all others.
 */
function missingColumns(ctx: RuleContext, t: TableModel, rows: RowModel[], by: number): void {
  const width = rows[0].cells.length;
  const header = t3HeaderColumns(ctx.report.lines, t, rows);
  const { columns, absent, where } = header;
  const group = t3MergedGroup(header, by, ctx.template?.tables.t3?.headerGroups ?? []);
  // 自然人 | 法人或其他组织 | 总计: the rows are checked against that header instead (sum-applicants).
  const own = group !== undefined && t3OwnHeaderSums(ctx.report.lines, t, ctx.template?.tables.t3?.headerGroups ?? []) !== null;
  const missing = absent.map((c) => `“${c.label}”`).join('、');
  const missingEn = absent.map((c) => `“${c.label}”`).join(', ');
  const all = columns.map((c) => c.label).join('、');
  const allEn = columns.map((c) => c.label).join(', ');
  const n = rows.length, have = width - by;
  // The header names every column, maybe wrapped over lines (only the values are short: left out, or blank cells
  // whose columns their positions do not show), or too few to tell which ones are missing.
  const wrapped = t3WrappedColumns(ctx.report.lines, t, rows, header);
  const why = absent.length > wrapped.length
    ? bi('表头无法读出缺少的是哪几列', 'the header does not show which ones are missing')
    : bi(`表头列出了全部 ${width} 列，无法判断数值缺的是哪几列`, `the header names all ${width} columns, so which ones lost their values cannot be told`);
  const message = group
    ? bi(
      `${t.name}把“${group}”的 ${absent.length} 列合成了一列：格式要求分为${missing} ${absent.length} 列，读出的 ${n} 行都只有 ${have} 个数值，格式规定为 ${width} 个（${all}）。请按格式分列填写（没有发生的填 0）；这张表的合计未按格式核对${own ? `，各行只按表头的三列核对（自然人 + ${group} = 总计，见 sum-applicants）` : ''}。`,
      `${t.name} has “${group}” as one column where the template has ${absent.length}: ${missingEn}; ${allRowsHave(n, have)}, the template has ${width} (${allEn}). Split it into the template's columns (0 where nothing happened); the table's sums were not checked against the template${own ? `, each row only against its own header (自然人 + ${group} = 总计, see sum-applicants)` : ''}.`)
    : absent.length === by && !wrapped.length
    ? bi(
      `${t.name}缺少 ${by} 列${missing}：表头没有这些列，读出的 ${n} 行都只有 ${have} 个数值，格式规定为 ${width} 个（${all}）。请补上这些列（没有发生的填 0），否则其后的数都会错位；这张表的合计未核对。`,
      `${t.name} lacks ${by} columns, ${missingEn}: the header has none of them and ${allRowsHave(n, have)}; the template has ${width} (${allEn}). Add them (0 where nothing happened); otherwise the numbers after them sit in the wrong columns. The table's sums were not checked.`)
    : bi(
      `${t.name}每一行都比格式少 ${by} 列：读出的 ${n} 行都只有 ${have} 个数值，格式规定为 ${width} 个（${all}），${why.zh}。请对照格式补齐缺少的列（没有发生的填 0）；这张表的合计未核对。`,
      `${t.name} has ${by} columns fewer than the template's ${width} on every row: ${allRowsHave(n, have)} (${allEn}), and ${why.en}. Add the missing columns as the template has them (0 where nothing happened). The table's sums were not checked.`);
  ctx.add({ message, range: where, expected: width, actual: have, data: { table: t.id, rows: n, columns: group || (absent.length === by && !wrapped.length) ? absent.map((c) => c.id) : null } });
}

/**
 * Every row read is exactly one value short (`rows`, from `rowsOneColumnShort`): one finding for the table
 * instead of one per row, at the header line that names the most columns (else the first row). The missing
 * column is named when the header names every template column but one.
 */
function missingColumn(ctx: RuleContext, t: TableModel, rows: RowModel[]): void {
  const width = rows[0].cells.length;
  const header = t3HeaderColumns(ctx.report.lines, t, rows);
  const { columns, absent, where } = header;
  const all = columns.map((c) => c.label).join('、');
  const wrapped = t3WrappedColumns(ctx.report.lines, t, rows, header);
  const data = { table: t.id, rows: rows.length, column: absent.length === 1 && !wrapped.length ? absent[0].id : null };
  if (absent.length === 1 && !wrapped.length) {
    const c = absent[0].label;
    ctx.add({
      message: bi(
        `${t.name}似乎整列缺少“${c}”：表头没有这一列，读出的 ${rows.length} 行都只有 ${width - 1} 个数值，格式规定为 ${width} 个（${all}）。请补上“${c}”列（没有发生的填 0），否则这一列之后的数都会错位。`,
        `${t.name} seems to lack the whole “${c}” column: the header has no such column and ${allRowsHave(rows.length, width - 1)}; the template has ${width} (${columns.map((x) => x.label).join(', ')}). Add the “${c}” column (0 where nothing happened); otherwise every number after it sits in the wrong column.`),
      range: where,
      expected: width,
      actual: width - 1,
      data,
    });
  } else {
    // The header names every column (only the values lost one) or too few to tell which one is missing.
    const why = absent.length > wrapped.length ? bi('表头无法读出缺少的是哪一列', 'the header does not show which one is missing') : bi(`表头列出了全部 ${width} 列，无法判断数值缺的是哪一列`, `the header names all ${width} columns, so which one lost its values cannot be told`);
    ctx.add({
      message: bi(
        `${t.name}每一行都比格式少一列：读出的 ${rows.length} 行都只有 ${width - 1} 个数值，格式规定为 ${width} 个（${all}），${why.zh}。可能整列漏贴，请对照格式补齐缺少的列（没有发生的填 0）。`,
        `${t.name} has one column fewer than the template's ${width} on every row: ${allRowsHave(rows.length, width - 1)} (${columns.map((x) => x.label).join(', ')}), and ${why.en}. A column was probably dropped: add the missing column as the template has it (0 where nothing happened).`),
      range: where,
      expected: width,
      actual: width - 1,
      data,
    });
  }
}
