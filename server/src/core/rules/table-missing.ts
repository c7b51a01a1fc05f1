import { commentBlocks } from '../suppress.js';
import { commentSpans, lineInComment } from '../text/comments.js';
import type { Rule } from './rule.js';
import type { LineIndex } from '../text/lines.js';
import type { Bilingual, TextEdit } from '../types.js';
import type { Table2Template, Table3Template } from '../templates/index.js';
import { templateOf } from '../templates/index.js';
import { labelKey } from '../text/normalize.js';
import { pipeCells } from '../text/blocks.js';
import { bi } from './util.js';
import { sharedSectionsWritten, topHeadings } from './sections.js';
import { renderSectionTable, renderTable2Block } from '../fix/render.js';
import { simplifiedChars } from '../text/script.js';
import { htmlRowBreaks, htmlRowsRunTogether } from '../parse/html-rows.js';

/** The table of each section that has one (templates.md §3.1, §4.1). */
export const TABLE_OF_SECTION: Record<string, 't2' | 't3' | 't4'> = { S2: 't2', S3: 't3', S4: 't4' };

/** Section 二/三/四 of a 2019/2021 report has no table (templates.md §3.2–3.4, §4.2–4.4). */
export const tableMissing: Rule = {
  meta: {
    id: 'table-missing',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('二、三、四部分缺少格式规定的表格', 'Section 二, 三 or 四 has no table'),
    rationale: bi(
      '2019、2021 年格式的第二、三、四部分各有一张统计表（表二主动公开、表三依申请、表四复议诉讼），必须填报。修复会在该部分标题下（该部分有引出表格的一段文字，如“……详见下表。”，则在这段文字之下）插入本格式的标准表格（上下各空一行，原有的空行由它取代；第二部分留有“第二十条第（一）项”等各项的标题而其下没有表格时，各项的表格插在各自的标题下，标题不重复插入，缺少标题的项连同标题插在前一项之后），各行各列标签齐全、数值格留空（空白不等于 0，填好前仍会提示），再逐项填写；该部分下已有一个未能读出的表格（竖线表格、网格表格、HTML 表格、各行连在一行里的竖线表格，或每行五个以上用空白隔开的数字）时不插入（会多出一张表），而是提示检查该表的排版（表三是竖线表格时，提示列出它的哪些行、列是表三的，哪些不是，表三的哪些行、列没有）；HTML 表格的各行（<tr>）写在同一行里时，修复在每个 <tr> 前换行（网页显示不变），之后即可读取和检查该表。该部分没有表格而有一张图片（“![…](…)”“<img>”）或提到附件（指向表格、PDF 或文档文件的链接，“详见附件”）时，消息还说明表格可能是以图片或附件给出的，其中的数字无法核对，请以文字录入。该部分只说本年度没有发生（“本年度未收到政府信息公开申请”）时，消息说明该表仍须填报，没有发生的各项填 0。该部分的表格写在代码块（```）中时（Markdown 文件；.txt 文件是纯文本，其中的 ``` 行只是文字，不构成代码块），代码块不是报告的内容，不读取，消息指出这一点，不插入标准表格。报告的年度和格式都未能读出（没有含年度的标题、统计期限，也没有能看出格式的表格），而一级标题是 2019、2021 年格式的各部分时，缺少的表格同样报告（两种格式都规定了这三张表）：表四两种格式相同，照常插入；表二、表三两种格式不同，不插入，消息说明如何写明年度（标题、统计期限，或指定年度）。',
      'Sections 二, 三 and 四 of the 2019 and 2021 formats each carry a statistics table. The fix inserts the format\'s standard table under the heading, or below the paragraph whose sentence introduces it (……详见下表。), with one blank line above and below it, in place of the blank lines that stood there (where section 二 keeps its item headings, 第二十条第（一）项 and the others, with no table under them, the table of each item goes under its own heading, no heading written twice, and an item whose heading is gone too goes in, heading and all, after the item before it), with every row and column label and blank value cells (a blank is not a 0; the table stays flagged until it is filled in). When the section already holds a table that could not be read (pipe, grid or HTML rows, a pipe table whose rows run on one line, or rows of five numbers or more apart by white space), nothing is inserted (that would make two tables): the finding says to check that table\'s layout (for a pipe table under 三, which of its rows and columns are those of 表三, which are not, and which of 表三\'s are missing); when an HTML table has its rows (<tr>) on one line, the fix puts each <tr> on a line of its own (nothing a browser shows changes), after which the table is read and checked. When the section has no table but a picture (![…](…), <img>) or a pointer to an attachment (a link to a spreadsheet, PDF or document file, 详见附件), the message also says the table may be given as that, whose numbers cannot be checked, and to type it in. When the section only says there was none this year (本年度未收到政府信息公开申请), the message says the table is due all the same, with 0 for what did not happen. A table written inside a code block (```; in a Markdown file: a .txt file is plain text, where a line of backticks is only text) is no part of the report and is not read: the message says so, and nothing is inserted. When neither the year nor the format of the report could be read (no title with the year, no statistics period, no table that shows the format) but its level-1 headings are the sections of the 2019 and 2021 formats, a missing table is said all the same (both formats have all three): 表四, the same in both, is inserted; 表二 and 表三, which differ, are not, and the message says how to make the year known (the title, the statistics period, or setting the year).'),
    example: { bad: '三、收到和处理政府信息公开申请情况\n\n四、政府信息公开行政复议、行政诉讼情况', note: bi('第三部分没有表三', 'section 三 has no 表三') },
  },
  check(ctx) {
    const { report } = ctx;
    // No year and no table to tell the format by (no title, 统计期限 or tables: a draft of headings), but the sections
    // those of the 2019 and 2021 formats, which both have 表二, 表三 and 表四 (brk106 #7: nothing was said): the tables are
    // missing all the same. Read with the 2021 sections (the same titles and table names in 2019); nothing is inserted,
    // as which format's table is not known.
    const undecided = !ctx.template && report.format === 'unknown' && report.isReport && sharedSectionsWritten(report);
    const template = undecided ? templateOf('2021') : ctx.template;
    if (!template || template.id === 'pre2019' || !report.isReport) return;
    const eol = report.lines.dominantEol();
    const headings = topHeadings(report);
    headings.forEach((h, hi) => {
      const s = template.sections[h.canonical];
      if (!s) return;
      const tableId = TABLE_OF_SECTION[s.id];
      if (!tableId || report.tables[tableId] || report.extras.spans[tableId]) return;
      const table = renderSectionTable(template.id, s.id, eol);
      if (!table) return;
      const end = hi + 1 < headings.length ? headings[hi + 1].line : report.lines.lineCount;
      const block = tableLikeBlock(report.lines, h.line + 1, end);
      const name = template.tables[tableId]?.name ?? tableId;
      // An HTML table written on one line (a minified page): its rows put on lines of their own, it is read
      // (helper-221 #4: said missing, and the fix inserted a second, blank table above it).
      const packed = htmlRowsRunTogether(report.lines, h.line + 1, end, PACKED_ROWS);
      if (packed >= 0) {
        ctx.add({
          message: bi(
            `“${h.ordinal}${h.title}”部分未能读出${name}：第 ${packed + 1} 行的 HTML 表格把各行（<tr>）写在同一行里，本工具按行读取表格。修复会在每个 <tr> 前换行（网页显示不变），之后即可检查该表（未插入标准表格）。`,
            `Section “${h.ordinal}${h.title}”: no ${name} could be read: the HTML table on line ${packed + 1} has its rows (<tr>) on one line, and tables are read a row a line. The fix puts each <tr> on a line of its own (nothing a browser shows changes), after which the table is checked (the standard table was not inserted).`),
          range: h.range,
          fix: { title: bi('把每个 <tr> 另起一行', 'Put each <tr> on a line of its own'), edits: htmlRowBreaks(report.lines, packed, end, eol) },
          data: { table: tableId },
          absent: true,
          // The table is there, unread until its rows are split: said as table-unreadable says rows run together (an
          // info with the same fix; it was an error here and an info there, helper-226 B2).
          severity: 'info',
        });
        return;
      }
      // A comment opened above it and never closed (`<!--` without `-->`): the rest of the text is the comment's, as
      // a Markdown page shows it, tables too (brk92 #6: the message blamed the table's layout).
      const unclosed = commentBlocks(report.lines).find((b) => b.close < 0 && b.line < (block >= 0 ? block + 1 : end));
      if (unclosed) {
        ctx.add({
          message: bi(
            `“${h.ordinal}${h.title}”部分未能读出${name}：第 ${unclosed.line + 1} 行的 HTML 注释“<!--”没有闭合（缺少“-->”），其后的文字全在注释里，页面上不显示，其中的表格也不读取。请在注释该结束的地方补上“-->”，或删去这个“<!--”（未自动插入标准表格）。`,
            `Section “${h.ordinal}${h.title}”: no ${name} could be read: the HTML comment opened on line ${unclosed.line + 1} (“<!--”) is never closed (no “-->”), so all the text after it is the comment's, shown by no page, its tables not read. Add “-->” where the comment should end, or delete that “<!--” (the standard table was not inserted).`),
          range: h.range,
          data: { table: tableId },
          absent: true,
        });
        return;
      }
      // A table written inside a code block (```` ``` ````): no part of the report as a page shows it, so not read; said,
      // and nothing inserted (brk99 #4: said missing, as if there were none).
      const code = report.extras.code;
      const source = report.extras.sourceLines;
      const inCode = code && source && block < 0 ? tableLikeBlock(source, h.line + 1, end) : -1;
      if (inCode >= 0 && code!.spans.some((c) => c.line === inCode)) {
        ctx.add({
          message: bi(
            `“${h.ordinal}${h.title}”部分未能读出${name}：第 ${inCode + 1} 行起的表格写在代码块（\`\`\`）中，代码块不是报告的内容，其中的表格不读取。请删去代码块的标记行（\`\`\`）后再检查（未自动插入标准表格）。`,
            `Section “${h.ordinal}${h.title}”: no ${name} could be read: the table from line ${inCode + 1} is inside a code block (\`\`\`), which is no part of the report, so it is not read. Delete the code block's fence lines (\`\`\`) and check again (the standard table was not inserted).`),
          range: h.range,
          data: { table: tableId },
          absent: true,
        });
        return;
      }
      if (block >= 0) {
        // A table stands there that was not read as this one: inserting another would leave two. A pipe 表三 of the
        // user's own layout: what of it is the format's and what is not (brk106 #11: the message named the line only).
        const t3 = tableId === 't3' && !undecided ? template.tables.t3 : undefined;
        const what = t3 ? unreadTable3(report.lines, block, end, t3) : null;
        const rowCount = t3 ? t3.rows.filter((r) => r.data).length : 0;
        ctx.add({
          message: what
            ? bi(
              `“${h.ordinal}${h.title}”部分未能读出${name}：第 ${block + 1} 行起的表格排版无法按${name}读取。${what.zh}请按${template.document}格式的${name}（${rowCount} 行数据 × ${t3!.columns.length} 列）改写该表（未自动插入标准表格，以免出现两张表）。`,
              `Section “${h.ordinal}${h.title}”: no ${name} could be read: the table from line ${block + 1} could not be read as ${name}. ${what.en} Rewrite it as ${name} of the ${template.document} format (${rowCount} rows of numbers × ${t3!.columns.length} columns; the standard table was not inserted, which would make two tables).`)
            : bi(
              `“${h.ordinal}${h.title}”部分未能读出${name}：第 ${block + 1} 行起的表格排版无法按${name}读取，请按格式检查该表（未自动插入标准表格）。`,
              `Section “${h.ordinal}${h.title}”: no ${name} could be read: the table from line ${block + 1} could not be read as ${name}; check its layout against the format (the standard table was not inserted).`),
          range: h.range,
          data: { table: tableId },
          absent: true,
        });
        return;
      }
      // The table given as a picture or an attachment (a web page's `<img>`, `![表三](t3.png)`, `[表三](附表.xlsx)`,
      // `详见附件`): said, as its numbers cannot be checked until typed in.
      const elsewhere = tableElsewhere(report.lines, h.line + 1, end);
      const given = !elsewhere ? bi('', '')
        : elsewhere.kind === 'image'
        ? bi(`第 ${elsewhere.line + 1} 行是一张图片，${name}可能是以图片给出的：图片中的数字无法核对，请把表格以文字录入（修复插入的标准表格可按图片逐格填写）。`, ` Line ${elsewhere.line + 1} is a picture: the table may be given as one, whose numbers cannot be checked; type the table in (the standard table the fix inserts can be filled in from the picture).`)
        : bi(`第 ${elsewhere.line + 1} 行提到附件，${name}可能是以附件给出的：附件中的数字无法核对，请把表格写入正文（修复插入的标准表格可按附件逐格填写）。`, ` Line ${elsewhere.line + 1} points to an attachment: the table may be given as one, whose numbers cannot be checked; put the table in the text (the standard table the fix inserts can be filled in from it).`);
      // A section that says nothing happened (`本年度未收到政府信息公开申请。`): the table is due all the same, in zeros
      // (brk97 #6: a township's report took the sentence for the table).
      const none = !elsewhere && saysNone(report.lines, h.line + 1, end, tableId);
      const zeros = none ? bi(`第 ${none + 1} 行说本年度没有发生，但${name}仍须填报：没有发生的各项填 0（修复插入的标准表格可逐格填 0）。`, ` Line ${none + 1} says there was none this year, but ${name} is due all the same: write 0 for what did not happen (in the standard table the fix inserts).`) : bi('', '');
      // (表四 is the same in both formats: it is inserted whatever the year.)
      const either = undecided && renderSectionTable('2019', s.id, eol) === table;
      if (undecided && !either) {
        ctx.add({
          message: bi(
            `“${h.ordinal}${h.title}”部分缺少${name}（2019、2021 年格式都规定的统计表）。${given.zh}${zeros.zh}未能读出报告的年度（没有含年度的标题或统计期限，也没有能看出格式的表格），不知道该插入哪一年格式的${name}，未自动插入：写上标题（如“某某局2024年政府信息公开工作年度报告”）或统计期限（“本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止”），或指定年度（.nianbao.jsonc 的 overrides、--year 或编辑器状态栏中的设置）后，修复即可插入该年度格式的${name}。`,
            `Section “${h.ordinal}${h.title}” has no ${name} (a statistics table of the 2019 and the 2021 format alike).${given.en}${zeros.en} The report's year could not be read (no title with the year, no statistics period, no table that shows the format), so which format's ${name} to insert is not known and none was inserted: write the title (某某局2024年政府信息公开工作年度报告) or the statistics period (本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止), or set the year (an override in .nianbao.jsonc, --year, or the editor's status bar), and the fix inserts ${name} of that year's format.`),
          range: h.range,
          data: { table: tableId },
          absent: true,
        });
        return;
      }
      const of = either ? bi('2019、2021 年格式都规定、两者相同的统计表', `a statistics table of the 2019 and the 2021 format alike, the same in both`) : bi(`${template.document}格式规定的统计表`, `the statistics table of the ${template.document} format`);
      ctx.add({
        message: bi(`“${h.ordinal}${h.title}”部分缺少${name}（${of.zh}）。${given.zh}${zeros.zh}`, `Section “${h.ordinal}${h.title}” has no ${name} (${of.en}).${given.en}${zeros.en}`),
        range: h.range,
        // Under the heading, or below a sentence that introduces the table (`……详见下表。`): above it, the sentence would
        // point at the table after it (brk106 #17).
        // 表二's item headings left standing (`第二十条第（一）项`, their tables deleted): each item's table goes under its
        // own heading, not a second set of headings under the section's (brk123 #1).
        fix: { title: bi(`插入标准${name}`, `Insert the standard ${name}`), edits: (tableId === 't2' && template.tables.t2 ? table2UnderItems(report.lines, template.tables.t2, h.line, end, eol) : null) ?? [insertBelow(report.lines, leadInLine(report.lines, h.line + 1, end) ?? h.line, table, eol)] },
        data: { table: tableId },
        // Shown at the section's heading: the finding is the table that is not there (see `Finding.absent`).
        absent: true,
      });
    });
  },
};

/**
 * The last line of the paragraph in `[from, to)` (0-based) with a sentence that introduces a table below it
 * (`本年度收到申请5件，详见下表。`, `具体情况如下表所示：`) at the end of a line, outside HTML comments; null when none
 * has. The paragraph's lines after that one stay with it: the table goes below the paragraph, not into it.
 */
function leadInLine(lines: LineIndex, from: number, to: number): number | null {
  let line = firstShownLine(lines, from, to, 400, (t) => LEAD_IN.test(t.replace(/[\s*_]+$/, '')));
  if (line < 0) return null;
  while (line + 1 < to && lines.line(line + 1).trim()) line++;
  return line;
}

/** The end of a sentence that introduces a table below it: `详见下表。`, `见下表：`, `如下表所示。`, `列表如下：` aside. */
const LEAD_IN = /(?:详见|参见|请见|见|如)下表(?:所示)?[。.：:；;]?$/;

/**
 * The edit that puts `table` (its lines joined by `eol`, no line break at its end) under line `line` (the section's
 * heading, or a sentence that introduces the table) with one blank line above and below it: the blank lines right
 * under that line (spaces only) are replaced, so
 * their number stays what it was around the table, not added to (nothing but those spaces is removed). At the end
 * of the text no line break is added after the table (the text ends as it did, with its own final line break or not).
 */
function insertBelow(lines: LineIndex, line: number, table: string, eol: string): TextEdit {
  const start = { line, character: lines.line(line).length };
  let next = line + 1;
  while (next < lines.lineCount && !lines.line(next).trim()) next++;
  if (next < lines.lineCount) return { range: { start, end: { line: next, character: 0 } }, newText: eol + eol + table + eol + eol };
  // Nothing after the line: the table ends the text (the blank lines after it stay where they are). No line break
  // after it: the text's own final one (if any) follows it, and a section inserted after it at the same point
  // starts with its own blank line (brk177 #7: two blank lines there, and a bare `>` line ending a quoted report).
  return { range: { start, end: start }, newText: eol + eol + table };
}

/**
 * The edits that insert the standard 表二 into a section whose item headings (`第二十条第（一）项`, as a line of its
 * own, bold or a heading) stand without their tables, `heading` the section's heading line and `[heading, end)` its
 * lines: each item's table under its heading, and an item whose heading is not there (with its table) after the item
 * before it, or under the section's heading (below a sentence that introduces the table) when it is the first. Null
 * when no item heading is there.
 */
function table2UnderItems(lines: LineIndex, t2: Table2Template, heading: number, end: number, eol: string): TextEdit[] | null {
  const at = t2.blocks.map((b) => {
    const key = labelKey(b.heading);
    // The heading with a few words at most (`第二十条第（一）项 主动公开情况`), not a sentence that cites the item.
    return firstShownLine(lines, heading + 1, end, 60, (t) => {
      const k = simplifiedChars(labelKey(t));
      return k.includes(key) && k.length - key.length <= 8;
    });
  });
  const first = at.findIndex((l) => l >= 0);
  if (first < 0) return null;
  const whole = (b: Table2Template['blocks'][number]) => [b.heading, '', renderTable2Block(t2, b, eol)].join(eol);
  const edits: TextEdit[] = [];
  const before = t2.blocks.slice(0, first).map(whole);
  if (before.length) {
    const lead = leadInLine(lines, heading + 1, end);
    edits.push(insertBelow(lines, lead !== null && lead < at[first] ? lead : heading, before.join(eol + eol), eol));
  }
  t2.blocks.forEach((b, i) => {
    if (at[i] < 0) return;
    const parts = [renderTable2Block(t2, b, eol)];
    for (let j = i + 1; j < t2.blocks.length && at[j] < 0; j++) parts.push(whole(t2.blocks[j]));
    edits.push(insertBelow(lines, at[i], parts.join(eol + eol), eol));
  });
  return edits;
}

/** A picture: Markdown's `![…](…)`, HTML's `<img …>`. */
const IMAGE = /!\[[^\]]*\]\([^)]*\)|<img[\s>]/i;
/** An attachment: a link to a spreadsheet, PDF or document file, or the words `详见附件`, `见附表`. */
const ATTACHMENT = /\]\([^)]*\.(?:xlsx?|et|csv|pdf|ofd|docx?|wps)(?:[?#][^)]*)?\)|href=["'][^"']*\.(?:xlsx?|et|csv|pdf|ofd|docx?|wps)\b|(?:详见|请见|见)附(?:件|表)/i;

/**
 * The first line of `[from, to)` that gives a table as a picture (`kind` 'image') or points to an attachment
 * ('attachment'), outside HTML comments; null when none does.
 */
function tableElsewhere(lines: LineIndex, from: number, to: number): { line: number; kind: 'image' | 'attachment' } | null {
  const line = firstShownLine(lines, from, to, 2000, (t) => IMAGE.test(t) || ATTACHMENT.test(t));
  return line < 0 ? null : { line, kind: IMAGE.test(lines.line(line)) ? 'image' : 'attachment' };
}

/** The first line of `[from, to)` (0-based) of at most `max` UTF-16 units, outside HTML comments, that `test` holds for; -1 when none. */
function firstShownLine(lines: LineIndex, from: number, to: number, max: number, test: (t: string) => boolean): number {
  const comments = commentSpans(lines);
  for (let i = from; i < to; i++) {
    const t = lines.line(i);
    if (t.length <= max && test(t) && !lineInComment(lines, comments, i)) return i;
  }
  return -1;
}

/**
 * A sentence saying none of what a table counts happened this year: no application (表三: `本年度未收到政府信息公开申请`,
 * `无申请`), no review or lawsuit (表四: `未发生政府信息公开行政复议、行政诉讼案件`). 表二 counts what an agency keeps
 * doing, not said so.
 */
const NONE_HAPPENED: Partial<Record<'t2' | 't3' | 't4', RegExp>> = {
  t3: /(?:未|没有)(?:收到|受理|接到)[^。；;，,]{0,16}申请|无(?:政府信息公开|依申请公开)?申请|申请[^。；;，,\d]{0,6}(?:为\s*)?[0零]\s*件|^\s*[（(]?无[)）]?[。.]?\s*$/,
  t4: /(?:未|没有)(?:发生|收到|有|被|因|出现)[^。；;，,]{0,24}(?:复议|诉讼)|无[^。；;，,]{0,20}(?:复议|诉讼)|(?:复议|诉讼)[^。；;，,\d]{0,6}(?:为\s*)?[0零]\s*件|^\s*[（(]?无[)）]?[。.]?\s*$/,
};

/**
 * The first line of `[from, to)` (0-based) that says nothing `table` counts happened this year (`NONE_HAPPENED`), outside
 * HTML comments; 0 when none does (the line after a heading is never line 0).
 */
function saysNone(lines: LineIndex, from: number, to: number, table: 't2' | 't3' | 't4'): number {
  const none = NONE_HAPPENED[table];
  return none ? Math.max(0, firstShownLine(lines, from, to, 400, (t) => none.test(t))) : 0;
}

/** A row of five numbers or more apart by white space (`3001   53   0   0   61   4   3119`: pdftotext, a tab copy). */
const NUMBER_ROW = /(?:^|\s)\d[\d,]*(?:[ \t\u3000]+\d[\d,]*){4,}(?:\s|$)/;

/** `<tr>` tags on one line that make it an HTML table written on one line (表四's header alone has three rows). */
const PACKED_ROWS = 3;

/** Pipes on one line that make it a pipe table whose rows were run onto one line (表四's one row has 16). */
const FLATTENED_TABLE_PIPES = 24;

/**
 * The first of three or more lines of table markup in lines `[from, to)` (pipe rows `| … |`, grid-table borders
 * `+---+`, HTML table rows, rows of five numbers or more apart by white space), or one line holding a pipe table's
 * rows run together; or -1: a table the readers did not take for the section's.
 */
function tableLikeBlock(lines: LineIndex, from: number, to: number): number {
  let first = -1, n = 0;
  for (let i = from; i < to; i++) {
    const t = lines.line(i).trim();
    // A pipe table whose rows were run onto one line (line breaks lost in a copy), after words or not.
    if ((t.match(/[|｜]/g)?.length ?? 0) >= FLATTENED_TABLE_PIPES) return first < 0 ? i : first;
    if (/^\+[-=:+]+\+$/.test(t) || (/^[|｜]/.test(t) && /[|｜]/.test(t.slice(1))) || /<t[rd][\s>]/i.test(t) || NUMBER_ROW.test(t)) {
      if (first < 0) first = i;
      if (++n >= 3) return first;
    }
  }
  return -1;
}

/**
 * What could be read of a pipe table that was not read as 表三 (a layout of the user's own, brk106 #11): its row labels
 * and column headers set against the template's, so that the message says which rows and columns of the format it
 * has, which of its own are none of the format's, and which of the format's are missing. Null when the lines from
 * `from` are no pipe table with a header and a row (other layouts keep the message that names the line only).
 */
function unreadTable3(lines: LineIndex, from: number, to: number, t: Table3Template): Bilingual | null {
  const name = t.name;
  const rows: string[][] = [];
  for (let i = from; i < to; i++) {
    const text = lines.line(i).trim();
    if (!/^[|｜]/.test(text)) break;
    if (!DELIMITER.test(text)) rows.push(pipeCells(text, { fullWidth: true }).map((c) => c.trim()));
  }
  // The header: the rows above the first with a number after its label cell.
  const firstData = rows.findIndex((r) => r.slice(1).some((c) => /\d/.test(c)));
  if (firstData < 1) return null;
  const headers = [...new Set(rows.slice(0, firstData).flatMap((r) => r.slice(1)).filter((c) => c))];
  const labels = rows.slice(firstData).map((r) => r[0]).filter((c) => c);
  const columnKeys = t.columns.map((c) => labelKey(c.label));
  const groupKeys = t.headerGroups.map(labelKey);
  const columns = { known: [] as string[], groups: [] as string[], other: [] as string[] };
  const seenColumns = new Set<number>();
  for (const h of headers) {
    const key = labelKey(h);
    if (groupKeys.includes(key)) { columns.groups.push(h); continue; }
    const k = uniqueMatch(key, columnKeys);
    if (k < 0) columns.other.push(h);
    else { columns.known.push(h); seenColumns.add(k); }
  }
  const rowKeys = t.rows.map((r) => withoutOrdinal(labelKey(r.label)));
  const known: { raw: string; label: string }[] = [];
  const other: string[] = [];
  const seenRows = new Set<number>();
  for (const raw of labels) {
    const key = withoutOrdinal(labelKey(raw));
    // (A unit or note in brackets after the words, `本年新收（件）`, when the label is not read with it.)
    const found = uniqueMatch(key, rowKeys);
    const k = found >= 0 ? found : uniqueMatch(key.replace(/\([^()]*\)$/, ''), rowKeys);
    if (k < 0) other.push(raw);
    else { known.push({ raw, label: t.rows[k].label }); seenRows.add(k); }
  }
  // A group row written (（三）不予公开 with numbers, a subtotal) stands for its sub-rows: they are not said missing.
  const missingRows = t.rows.filter((r, k) => r.data && !seenRows.has(k) && !coveredByGroup(t, k, seenRows));
  // The five columns of 法人或其他组织, when the table has that caption as one column.
  const orgLeaves = t.columns.slice(1, 6).map((c) => c.label);
  const org = columns.groups.some((g) => labelKey(g) === labelKey(t.headerGroups[t.headerGroups.length - 1]));
  const missingColumns = t.columns.filter((c, k) => !seenColumns.has(k) && !(org && orgLeaves.includes(c.label))).map((c) => c.label);
  const q = (xs: readonly string[], max = 5) => xs.slice(0, max).map((x) => `“${x}”`).join('') + (xs.length > max ? '等' : '');
  const qEn = (xs: readonly string[], max = 5) => xs.slice(0, max).map((x) => `“${x}”`).join(', ') + (xs.length > max ? ', …' : '');
  const zh: string[] = [], en: string[] = [];
  const n = rows.length - firstData;
  if (known.length) {
    // Each row as written, with the template's label when it is written otherwise (`本年新收` is 一、本年新收…).
    const named = known.slice(0, 6);
    const all = known.length === n ? bi(`都是${name}的行`, `all of them rows of ${name}`) : bi(`其中 ${known.length} 行是${name}的行`, `${known.length} of them rows of ${name}`);
    zh.push(`该表有 ${n} 行数据，${all.zh}：${named.map((r) => labelKey(r.raw) === labelKey(r.label) ? `“${r.raw}”` : `“${r.raw}”即“${r.label}”`).join('，')}${known.length > named.length ? '等' : ''}`);
    en.push(`It has ${n} rows of numbers, ${all.en}: ${named.map((r) => labelKey(r.raw) === labelKey(r.label) ? `“${r.raw}”` : `“${r.raw}” is “${r.label}”`).join(', ')}${known.length > named.length ? ', …' : ''}`);
  } else {
    zh.push(`该表有 ${n} 行数据`);
    en.push(`It has ${n} rows of numbers`);
  }
  if (other.length) {
    zh.push(`${q(other)}不是${name}的行`);
    en.push(`${qEn(other)} ${other.length > 1 ? 'are no rows' : 'is no row'} of ${name}`);
  }
  if (missingRows.length) {
    const rest = known.length ? bi('其余 ', 'other ') : bi('', '');
    zh.push(`${name}的${rest.zh}${missingRows.length} 行没有（如${q(missingRows.map((r) => r.label).slice(0, 3))}）`);
    en.push(`the ${rest.en}${missingRows.length} rows of ${name} are not there (such as ${qEn(missingRows.map((r) => r.label).slice(0, 3))})`);
  }
  const cz: string[] = [], ce: string[] = [];
  if (columns.known.length) {
    cz.push(`${q(columns.known, 7)}是${name}的列`);
    ce.push(`${qEn(columns.known, 7)} ${columns.known.length > 1 ? 'are columns' : 'is a column'} of ${name}`);
  }
  if (org) {
    cz.push(`“${t.headerGroups[t.headerGroups.length - 1]}”在格式中分为${orgLeaves.join('、')}五列，须分列填写`);
    ce.push(`“${t.headerGroups[t.headerGroups.length - 1]}” is five columns in the format (${orgLeaves.join(', ')}), each filled in on its own`);
  }
  if (columns.other.length) {
    cz.push(`${q(columns.other)}不是${name}的列`);
    ce.push(`${qEn(columns.other)} ${columns.other.length > 1 ? 'are no columns' : 'is no column'} of ${name}`);
  }
  if (missingColumns.length) {
    cz.push(`缺少${q(missingColumns, 7)}列`);
    ce.push(`the column${missingColumns.length > 1 ? 's' : ''} ${qEn(missingColumns, 7)} ${missingColumns.length > 1 ? 'are' : 'is'} missing`);
  }
  const said = bi(`${zh.join('；')}。${cz.length ? `列：${cz.join('；')}。` : ''}`, `${en.join('; ')}.${ce.length ? ` Columns: ${ce.join('; ')}.` : ''}`);
  // Every label is the format's: what is off is the layout itself (the cells of a row, the header's lines).
  if (!other.length && !missingRows.length && !columns.other.length && !missingColumns.length && !org) {
    return bi(`${said.zh}行列标签都是${name}的，请检查各行的格数与表头是否一致。`, `${said.en} Every label is one of ${name}: check that each row has as many cells as the header.`);
  }
  return said;
}

/** A pipe table's delimiter row (`|---|:-:|`). */
const DELIMITER = /^[\s|｜:：]*[-－—]{2,}[\s|｜:：\-－—]*$/;

/** `key` without a row ordinal of the template at its start (`(一)`, `一、`, `1.`). */
function withoutOrdinal(key: string): string {
  return key.replace(/^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+\.)/, '');
}

/**
 * The index of the one key of `keys` that `key` names: the same key, else the one key that holds it whole, else the one
 * key it is a subsequence of (`本年新收申请` of `本年新收政府信息公开申请数量`); -1 when none or several do (`结转` is
 * of 上年结转 and 结转下年度 alike), and for a key of one character.
 */
function uniqueMatch(key: string, keys: readonly string[]): number {
  if (key.length < 2) return -1;
  const exact = keys.indexOf(key);
  if (exact >= 0) return exact;
  for (const test of [(k: string) => k.includes(key), (k: string) => isSubsequence(key, k)]) {
    const hits = keys.flatMap((k, i) => (test(k) ? [i] : []));
    if (hits.length) return hits.length === 1 ? hits[0] : -1;
  }
  return -1;
}

/** Whether the characters of `a` stand in `b` in their order (not necessarily side by side). */
function isSubsequence(a: string, b: string): boolean {
  let j = 0;
  for (let i = 0; i < b.length && j < a.length; i++) if (b[i] === a[j]) j++;
  return j === a.length;
}

/** Whether row `k` of `t` is under a group row (level 1 with no numbers of its own: （三）不予公开) among `seen`. */
function coveredByGroup(t: Table3Template, k: number, seen: ReadonlySet<number>): boolean {
  if (t.rows[k].level !== 2) return false;
  for (let g = k - 1; g >= 0; g--) if (t.rows[g].level < 2) return !t.rows[g].data && seen.has(g);
  return false;
}
