/**
 * Completion: template row labels inside a table (or a pipe row), and canonical section titles where a heading
 * is being typed, for the report's detected format year.
 */
import { CompletionItemKind, InsertReplaceEdit, TextEdit, type CompletionItem, type Position } from 'vscode-languageserver/node';
import type { Locale, Range, Report, TableId } from '../../core/index.js';
import { labelKey, layoutWidth, TEMPLATES } from '../../core/index.js';
import { editDistance } from '../../core/text/normalize.js';
import { splitPipes } from '../../core/text/blocks.js';
import { editorTemplate, isItemHeading, lineCells, sectionAtLine, tableAtLine, tableOfSection } from '../../core/editor/guide.js';
import { sectionLabels, subsectionLabels, tableLabels, type TemplateLabel } from '../../core/editor/labels.js';
import { labelPadder, rowHasNoCells, rowWithBlankCells, spacedPadder } from '../../core/editor/rowCells.js';
import { unquoted } from '../../core/suppress.js';
import { styleSample } from '../../core/editor/convert.js';
import { inStyleOf } from '../../core/rules/util.js';

/** Characters that open completion (after a level-1 ordinal, at a new pipe cell). */
export const TRIGGERS = ['、', '|'];

/** An HTML table cell opened on the line before the cursor, its text not closed yet (`<tr><td>4.无`). */
const HTML_CELL_OPEN = /<t[dh](?:\s[^>]*)?>[^<]*$/i;

/**
 * The completion items at `pos` (0-based line, UTF-16 character) of `report`, details in `locale`: a table's labels
 * where a label goes (see `labelPlace`), section titles where a heading is being typed, else none.
 */
export function completion(report: Report, pos: Position, locale: Locale, client: { insertReplace?: boolean } = {}): CompletionItem[] {
  // A position past the document's end (a client's stale request) has nothing to complete.
  if (pos.line < 0 || pos.line >= report.lines.lineCount) return [];
  const line = report.lines.line(pos.line) ?? '';
  const before = line.slice(0, pos.character);
  const tpl = editorTemplate(report.format);
  const zh = locale !== 'en';
  const inTable = tableAtLine(report, pos.line);
  // (In a blockquote, after its markers: `> | 3.危`; helper-217 #3.)
  const pipe = /^\s*\|/.test(unquoted(line));

  // Inside a table (or on a pipe row): labels of that table, only where a label goes. A row's first cell takes a
  // row label; a header row (above the delimiter row) takes column labels; a value cell takes none (a label there
  // would replace the number being typed).
  if (inTable || pipe) {
    // Before a pipe row's leading pipe (or on its `>` markers), or on an HTML row outside an open cell (`<tr><td>`
    // at column 0): no cell, no label; a label there would be written before the row's cells (brk91 #3, #1).
    if (pipe && !/(?<!\\)\|/.test(before)) return [];
    if (!pipe && HTML_ROW.test(line) && !HTML_CELL_OPEN.test(before)) return [];
    // A line of no cell beside a pipe table (brk171 #2: a blank line above or below a 表二 block or 表三 was offered
    // every label, and the label accepted there was written as a bare line, which under the table GFM renders as one
    // more, empty, row). A blank line is no cell in any layout. A line without pipes right under a pipe row is one
    // more row of that table (GFM): a label there is written as a whole pipe row, with its blank cells, as on a pipe
    // row with no cells yet; elsewhere beside a pipe table (above its header row, apart from it by a blank line) the
    // line is no row of it: nothing.
    const under = !pipe && !HTML_ROW.test(line) ? besidePipeTable(report, pos.line) : null;
    if (under === 'outside') return [];
    // A 表二 item heading (`### 第二十条第（五）项`, `| 第二十条第（五）项 |`, pdftotext's `第二十条 第（一）项`) is no label
    // cell: a row label accepted there replaced the heading the block is read by (brk149 #2).
    if (isItemHeading(line)) return [];
    const place = labelPlace(report, pos.line, before, pipe);
    if (!place) return [];
    const sec = sectionAtLine(report, pos.line);
    const id: TableId = inTable ?? (sec ? tableOfSection(report.format === 'unknown' ? '2021' : report.format, sec.heading.canonical) : null) ?? 't3';
    // The label cell's text typed so far: after the last pipe of a pipe row, after the `<td>` of an HTML row (the
    // tags typed before it stay), else the line.
    const html = !pipe && HTML_CELL_OPEN.test(before);
    // (A Markdown heading's `#` marks before a label written as a heading, `### (一) 予以公开`, are no part of its cell:
    // they stay, brk149 #2.)
    // (Nor the blockquote markers of a line under a quoted pipe table, `> 行政`: the row is written after them.)
    const marks = !pipe && !html ? (under === 'row' ? before.slice(0, before.length - unquoted(before).length) : /^\s*#{1,6}[ \t]+/.exec(before)?.[0] ?? '') : '';
    const cell = pipe ? /[^|]*$/.exec(before)![0] : html ? before.slice(before.lastIndexOf('>') + 1) : before.slice(marks.length);
    const lead = cell.length - cell.trimStart().length;
    const from = pos.character - cell.length + lead;
    // (The cursor in the cell's padding before its text, `|▮ 2.重复申请`: the label goes where the text starts, the
    // padding before it kept; the edit still starts at the cursor, as LSP asks.)
    const pad = cell.trim() ? '' : /^[ \t]*(?=[^ \t|])/.exec(line.slice(pos.character))?.[0] ?? '';
    // The label cell's text after the cursor goes too (the cursor in the middle of a label being corrected: the
    // chosen label replaces the whole label, not the part before the cursor; helper-208 #5): up to the cell's end.
    // In a layout without pipes the cell ends at the gap before the numbers (`规章            1          0`), or at a
    // ` | ` between cells; in any layout, before a note or number written after the label in its cell (`（含部门文件
    // 12件）`, `行政许可 1520`), which the label does not replace (brk91 #1: they were deleted).
    const to = labelEnd(line, pos.character, cellEnd(line, pos.character, pipe ? '|' : html ? '<' : CELL_GAP));
    // The end of the label's text: before the spaces the cursor is after (`4.无正当 ▮| 0 |`), which `[from, to)`
    // holds (the edit reaches the cursor) and the label writes back where no padding is made for it (brk161 #3: the
    // space before a web row's ` | ` was eaten).
    let textEnd = to;
    while (textEnd > from && /\s/.test(line[textEnd - 1])) textEnd--;
    // A line of numbers in a layout without leading pipes (`0 |` of a table one cell a line, `12.5`) is a value's,
    // not a label's (brk91 #1: the label replaced the number). (A pipe row's label cell may start a label `1.`.)
    if (!pipe && !html && /^[\s\d０-９.,，%％+\-−|]+$/.test(line) && /\d|[０-９]/.test(line)) return [];
    // A header row in any layout (`信息内容 | 上一年项目数量 | …` web rows, pdftotext's `信息内容     本年制发件数 …`, a
    // column header `本年新制作数量 |` of a table one cell a line) holds column names and its corner, no row's label
    // (brk149 #3: a row label accepted there overwrote the header). (A pipe table's header row is told by its
    // delimiter row, in `labelPlace`.)
    if (place === 'row' && isHeaderLine(id, line)) return [];
    // A label the layout wrapped over lines (pdftotext's `（二）部分公开（区分处理的，只计这一情` / `形，不计其他情形）`, a pipe
    // row holding the label's rest): completed on its first line, the rest is deleted with it (the label written
    // whole there); on a later line, where the label's cell does not start, nothing is offered (brk149 #4: the rest
    // was left below, the label's tail twice).
    const wrap = place === 'row' ? wrappedLabelAt(report, id, pos.line, from, to) : null;
    if (wrap === 'inside') return [];
    const existing = new Set(report.tables[id]?.rows.filter((r) => r.match.kind !== 'absent' && r.match.kind !== 'positional').map((r) => r.id) ?? []);
    const labels = tableLabels(tpl, id);
    const next = place === 'row' ? nextLabel(report, id, labels, pos.line) : null;
    // A row that has no cells yet (`| 4.无`) gets them with its label: the blank cells row-missing's fix inserts.
    // (Not when the label's cell holds a number after it, `| 行政许可 1520`: the row written anew would drop it.)
    const bare = place === 'row' && (pipe ? rowHasNoCells(line, from) : under === 'row') && !/[0-9０-９]/.test(line.slice(to));
    if (under === 'row' && !bare) return [];
    // On a row with cells, in an aligned table, a label of another width re-pads its cell as a fix's edit does (the
    // table stays aligned; brk80 #12). The padding is made for the replacing edit, so where it is made the label is
    // sent as that replacement alone, in both of a client's modes (see `aligned` below).
    // (Not in a table of more than `MAX_PADDED_ROWS` lines: each label would carry an edit of every row, and reading the
    // table for each took 18 s for 20,000 rows; brk93 #1. Format Document aligns it.)
    const padder = pipe && !bare && pipeRunWithin(report.lines, pos.line, MAX_PADDED_ROWS) ? labelPadder(report.lines, pos.line, from, to) : null;
    // In a table laid out with spaces (pdftotext's), the label's other width is taken out of, or added to, the gap
    // before the numbers, as a fix's edit there does: they keep their columns (brk161 #3: they moved 16 columns right).
    const spacedTable = !pipe && !html && inTable ? report.tables[inTable] : null;
    const spacedRows = spacedTable && spacedTable.layout !== 'html' && spacedTable.range.end.line - spacedTable.range.start.line < MAX_PADDED_ROWS ? spacedTable.range : null;
    const spacer = spacedRows ? spacedPadder(report.lines, pos.line, from, textEnd, (l) => l >= spacedRows.start.line && l <= spacedRows.end.line) : null;
    const kept = padder ? '' : line.slice(textEnd, to);
    // Where the row is kept aligned (its cell re-padded, or the gap before a space-aligned row's numbers made up), the
    // label replaces the cell's text whole in either mode: the padding edits are made for that result, and inserting
    // (VS Code's default insert mode, the text after the cursor kept) left the row as much wider as that text is
    // (brk171 #3: `| 规章行政规范           |`). No single set of padding edits aligns both results (they may not overlap
    // the replaced text), so no insert range is sent there.
    const aligned = Boolean(padder || spacer);
    // (A header cell takes column labels, and 表四's groups, which are header cells; 表三's groups are rows: brk92 #7.)
    // In a 表二 item's block (under `第二十条第（五）项`), that item's rows only (templates.md §4: 行政许可 alone there);
    // others would be written under the wrong item (brk106 #5).
    const block = place === 'row' && id === 't2' ? t2BlockAt(report, tpl, pos.line) : null;
    // Labels are written in the punctuation the table's labels use (`(二)部分公开(…)` in a table of ASCII brackets, as
    // NFKC-normalised reports write them), as the row-label fix and the conversion write them (brk136 #5).
    const style = styleSample(report, report.tables[id]);
    return labels.map((l, i) => ({ l, i })).filter(({ l }) => (place === 'row' ? isRowLabel(id, l) && (!block || block.has(l.id)) : l.kind === 'column' || (l.kind === 'group' && id === 't4'))).flatMap(({ l, i }): CompletionItem[] => {
      const written = inStyleOf(style, l.label);
      const whole = bare ? rowWithBlankCells(report, id, l.id, pos.line, written) : null;
      // The row's new text from the label cell on, when the line up to it stays as typed (else the label alone).
      const tail = whole && whole.row.startsWith(line.slice(0, from)) ? whole.row.slice(from) : null;
      // (Under a pipe table only a whole row is written: a bare label there is an empty row of it.)
      if (under === 'row' && tail === null) return [];
      const pads = (padder ?? spacer)?.(written) ?? [];
      const padding = wrap ? [...pads.filter((e) => !wrap.lines.has(e.range.start.line) && !wrap.lines.has(e.range.end.line)), ...wrap.edits] : pads;
      return [{
        label: l.label,
        kind: l.kind === 'column' ? CompletionItemKind.Field : l.kind === 'row' ? CompletionItemKind.EnumMember : CompletionItemKind.Module,
        // The table and where in it, as a reader names them (`表三 · （五）不予处理`), not the template's ids (`R3.5.4`:
        // brk106 #18).
        detail: `${tpl.tables[id]?.name ?? id}${l.under ? ` · ${l.under}` : ''}${l.kind === 'column' ? (zh ? '（列）' : ' (column)') : l.kind === 'group' ? (zh ? '（分组）' : ' (group)') : l.kind === 'block' ? (zh ? '（项）' : ' (item)') : ''}`,
        // The label the template puts after the row above comes first (and is preselected); then the table's
        // missing labels, then the others, each in template order.
        sortText: `${l.id === next ? '!' : existing.has(l.id) ? '1' : '0'}${String(i).padStart(3, '0')}`,
        ...(l.id === next ? { preselect: true } : {}),
        filterText: l.label + labelKey(l.label),
        textEdit: tail !== null
          ? TextEdit.replace({ start: { line: pos.line, character: from }, end: { line: pos.line, character: line.length } }, tail)
          : replaceText(pos, from, to, pad + written + kept, aligned ? {} : client),
        ...(tail !== null && whole!.others.length ? { additionalTextEdits: whole!.others } : padding.length ? { additionalTextEdits: padding } : {}),
      }];
    });
  }

  // A heading being typed: canonical section titles (with their ordinals), or the sub-headings of the section it is
  // in. Only where the line so far looks like one: a Markdown heading marker, or a Chinese ordinal with its separator
  // (`三、`, the trigger character; `（一）` for a sub-heading). Not on an empty line nor after a bare numeral: clients
  // that complete as one types (and VS Code on every word typed once quick suggestions are on) would offer section
  // titles at every new prose line, or at prose that starts "一是…".
  // Not on the line the engine reads as the report's title (`# 某某局2024年…年度报告`, brk110 #5): it is no heading being
  // typed, and a section title accepted there would replace the whole title.
  const title = report.title?.range;
  if (title && pos.line >= title.start.line && pos.line <= title.end.line) return [];
  const h = HEADING_START.exec(before);
  const level = h && before.trim().length <= 40 ? headingLevel(report, pos.line, h[2]?.length ?? 0, h[3]) : 0;
  if (!h || !level || level === 3) return [];
  const from = h[1].length;
  // The rest of the heading's title goes too (a title corrected in its middle).
  const to = cellEnd(line, pos.character, '|');
  // Only over a heading's text: the ordinal and what follows it when that is the start of a title (or a near miss of
  // one), or any short text after `#` marks; not over a sentence (brk188 #1: `三、是加强培训，…`, a list item of prose
  // in 五, was offered the section titles over the whole line, and accepting one replaced the drafter's sentence).
  const titles = level === 2 ? (() => { const sec = sectionAtLine(report, pos.line); return sec ? subsectionLabels(tpl, sec.heading.canonical) : []; })() : sectionLabels(tpl);
  if (!headingTextFits(line.slice(from, to), titles.map((l) => l.label), h[2] !== undefined)) return [];
  const typedOrdinal = ordinalNumeral(h[3]);
  if (level === 2) {
    // A sub-heading (`### （一）`, brk87 #3b: it was offered the section titles, a level too high): those the format
    // names for the section it is in (一、总体情况's five topics), else none.
    const sec = sectionAtLine(report, pos.line);
    const labels = titles;
    const present = new Set(report.headings.filter((x) => sec && x.line > sec.heading.line && x.line < sec.endLine && x.level === 2).map((x) => labelKey(x.title)));
    return preselectedFirst(labels.map((l, i): CompletionItem => {
      const has = present.has(labelKey(l.label.replace(/^[（(][^）)]*[）)]/, '')));
      const same = typedOrdinal !== '' && ordinalNumeral(l.label) === typedOrdinal;
      return {
        label: l.label,
        kind: CompletionItemKind.Module,
        detail: `${tpl.sections[sec!.heading.canonical].title}${has ? (zh ? ' · 已有' : ' · present') : ''}`,
        sortText: `${same ? '0' : '1'}${has ? '1' : '0'}${i}`,
        ...(same ? { preselect: true } : {}),
        filterText: l.label,
        textEdit: replaceText(pos, from, to, l.label, client),
      };
    }));
  }
  const present = new Set(report.sections.map((s) => s.heading.canonical).filter((c) => c >= 0));
  // (The title whose ordinal is the one typed first, `三、` → 三、收到和处理政府信息公开申请情况, then those not present.)
  return preselectedFirst(titles.map((l, i): CompletionItem => {
    const same = typedOrdinal !== '' && ordinalNumeral(l.label) === typedOrdinal;
    return {
      label: l.label,
      kind: CompletionItemKind.Module,
      detail: `${tpl.document}${present.has(i) ? (zh ? ' · 已有' : ' · present') : ''}`,
      sortText: `${same ? '0' : '1'}${present.has(i) ? '1' : '0'}${i}`,
      ...(same ? { preselect: true } : {}),
      filterText: l.label,
      textEdit: replaceText(pos, from, to, l.label, client),
    };
  }));
}

/** Items with the one preselected (the title of the ordinal typed) first, the others in the template's order. */
function preselectedFirst(items: CompletionItem[]): CompletionItem[] {
  return [...items.filter((i) => i.preselect), ...items.filter((i) => !i.preselect)];
}

/** The numeral of a heading's ordinal (`三` of `三、`, `（三）`, `(三`), else empty. */
function ordinalNumeral(text: string): string {
  return /^\s*[（(]?([一二三四五六七八九十]{1,3})/.exec(text)?.[1] ?? '';
}

/** A heading's ordinal, whole or being typed (`三、`, `三.`, `（三）`, `（三`, `（`). */
const ORDINAL = /^\s*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{0,3}[）)]?)\s*/;
/** Punctuation of a sentence, which no template title holds (a stray `。` at a title's end aside). */
const SENTENCE_MARK = /[，。；：！？,;:!?]/;

/**
 * Whether `text`, a line's text from its ordinal (after any `#` marks) to its end, is a heading that a template title
 * (`titles`, with their ordinals) may be written over: the ordinal alone, or with the start of a title's text or a near
 * miss of one (`收到和处理政府信息公开申情况`); with `#` marks, any short text that is no sentence. Not a sentence: text
 * with sentence punctuation (`三、是加强培训，…`; a `。` ending a title's near miss aside) or longer than any title.
 */
export function headingTextFits(text: string, titles: string[], marked: boolean): boolean {
  const body = text.replace(ORDINAL, '').trim();
  if (!body) return true;
  const bodies = titles.map((t) => t.replace(ORDINAL, '').trim()).filter(Boolean);
  const words = body.replace(/[。.．]+$/, '');
  // (The start of a title typed: one character in four may differ, none in the first three; a whole title: at least one.)
  const nearMiss = (b: string) => editDistance(words, b.slice(0, words.length)) <= Math.floor(words.length / 4)
    || editDistance(words, b) <= Math.max(1, Math.floor(b.length / 4));
  if (!words || SENTENCE_MARK.test(words)) return false;
  if (bodies.some(nearMiss)) return true;
  return marked && words.length <= Math.max(0, ...bodies.map((b) => b.length));
}

/** The start of a heading line up to the cursor: its indentation and `#` marks, then what was typed of the heading. */
const HEADING_START = /^(\s*(?:(#{1,6})\s+)?)([^|]*)$/;
/** A section's ordinal (`三、`). */
const LEVEL_1 = /^[一二三四五六七八九十]{1,3}[、．.]/;
/** A sub-heading's ordinal, whole or being typed (`（`, `（二`, `（二）依申请公开`, ASCII brackets too). */
const LEVEL_2 = /^[（(][一二三四五六七八九十]{0,3}(?:[）)].*)?$/;

/**
 * The level of the heading being typed on line `line` (`marks`: its `#` marks; `typed`: what follows them up to the
 * cursor): 1 for a section (`三、`; `#` marks alone, no more of them than the section headings above have), 2 for a
 * sub-heading (`（三）`, or more `#` marks than the section's own heading), 3 for a lower one (`1.`, `(1)` after `#` marks);
 * 0 when the line does not read as a heading being typed. In a report whose sections are numbered `（一）` (a 汇编's
 * reports under `一、` titles, or a report that numbers them so), `（三）` is a section's.
 */
function headingLevel(report: Report, line: number, marks: number, typed: string): 0 | 1 | 2 | 3 {
  if (LEVEL_1.test(typed)) return 1;
  const sec = sectionAtLine(report, line);
  if (LEVEL_2.test(typed)) return sec?.heading.writtenStyle === 'paren' ? 1 : 2;
  if (!marks) return 0;
  // (`1.`, and `(1)`/`（1）` with Arabic digits: a level below the sub-headings.)
  if (/^(?:\d|[（(]\d)/.test(typed)) return 3;
  const own = sec ? /^\s*(#{1,6})\s/.exec(report.lines.line(sec.heading.line))?.[1].length ?? 0 : 0;
  return own && marks > own ? 2 : 1;
}

/**
 * The edit of an item that writes `text` over the label or title typed on the cursor's line, from `from` to `to`
 * (UTF-16): for a client that takes it, an `InsertReplaceEdit` (insert: up to the cursor, keeping what follows it;
 * replace: to `to`, the text after the cursor too; its user picks, helper-217 #6), else the replacement.
 */
function replaceText(pos: Position, from: number, to: number, text: string, client: { insertReplace?: boolean }): TextEdit | InsertReplaceEdit {
  const start = { line: pos.line, character: from };
  const replace = { start, end: { line: pos.line, character: to } };
  if (!client.insertReplace || to <= pos.character) return TextEdit.replace(replace, text);
  return InsertReplaceEdit.create(text, { start, end: pos }, replace);
}

/**
 * Where the text of the cell (or heading) the cursor is in ends on `line`: at the next `stop` character (a pipe, an
 * HTML tag's `<`, a tab) or the line's end, white space before it left out; never before `at` (UTF-16 offsets).
 */
function cellEnd(line: string, at: number, stop: string | RegExp): number {
  let next: number;
  if (typeof stop === 'string') next = line.indexOf(stop, at);
  else {
    const re = new RegExp(stop.source, 'g');
    re.lastIndex = at;
    next = re.exec(line)?.index ?? -1;
  }
  let end = next < 0 ? line.length : next;
  while (end > at && /\s/.test(line[end - 1])) end--;
  return end;
}

/** Where a cell ends in a row without pipes: a tab, two spaces or an ideographic space (a gap), or a ` | ` between cells. */
const CELL_GAP = /\t| {2}|\u3000|\|/;

/**
 * The end of the label in its cell from `at` to `to` (UTF-16 offsets of `line`): before a number after white space
 * (`行政许可 1520`) or a bracket holding a number (`规章（含部门文件12件）`), which are no part of a template label (a label's
 * own brackets hold none: `（一）`, `（区分处理的…）`), else `to`.
 */
function labelEnd(line: string, at: number, to: number): number {
  // (From the cell's text: the spaces that pad it are no gap before a number.)
  let start = at;
  while (start < to && /\s/.test(line[start])) start++;
  const m = /\s+[0-9０-９]|[（(](?=[^（）()]*[0-9０-９])/.exec(line.slice(start, to));
  if (!m) return to;
  let end = start + m.index;
  while (end > at && /\s/.test(line[end - 1])) end--;
  return end;
}

/** A line holding an HTML table row or cell tag. */
const HTML_ROW = /<\/?t[rdh][\s>]/i;

/**
 * The ids of the rows of the 表二 item whose heading (`第二十条第（五）项`) is the nearest above line `line`, within its
 * section (not above the heading of the section the line is in); null when no item heading stands there.
 */
function t2BlockAt(report: Report, tpl: ReturnType<typeof editorTemplate>, line: number): Set<string> | null {
  const blocks = tpl.tables.t2?.blocks ?? [];
  const keys = blocks.map((b) => labelKey(b.heading));
  const top = sectionAtLine(report, line)?.heading.line ?? -1;
  for (let i = line - 1; i > top; i--) {
    const key = labelKey(unquoted(report.lines.line(i)));
    if (!key || key.length > 40) continue;
    const k = keys.findIndex((h) => key.includes(h));
    if (k >= 0) return new Set(blocks[k].rows.map((r) => r.id));
  }
  return null;
}

/**
 * Whether template label `l` of table `id` goes in a row's label cell: 表二's and 表三's row labels and 表三's group
 * labels (`（三）不予公开`, rows of the table). Not 表二's block headings (`第二十条第（一）项`, written above each
 * block's table), nor 表四's group labels (header cells: 表四 has no row labels), nor column labels.
 */
function isRowLabel(id: TableId, l: TemplateLabel): boolean {
  return l.kind === 'row' || (id === 't3' && l.kind === 'group');
}

/**
 * The id of the template label that follows the row just above line `line` in table `id` (the nearest row above it
 * whose label the text gave), among the row and group labels of `labels` in template order; null when no row of the
 * table stands above the line, or it is the last.
 */
function nextLabel(report: Report, id: TableId, labels: ReturnType<typeof tableLabels>, line: number): string | null {
  let above: string | null = null;
  let best = -1;
  for (const r of report.tables[id]?.rows ?? []) {
    const at = r.match.range?.start.line;
    if (at === undefined || at >= line || at <= best || r.match.kind === 'absent') continue;
    best = at;
    above = r.id;
  }
  if (above === null) return null;
  const rows = labels.filter((l) => l.kind !== 'column');
  const k = rows.findIndex((l) => l.id === above);
  return k >= 0 && k + 1 < rows.length ? rows[k + 1].id : null;
}

/**
 * What kind of label the cursor's cell takes (`before`: the line up to the cursor): `row` in a row's first cell (a
 * pipe row's first cell; on a line of a table laid out with spaces, before the first gap of two spaces or a tab),
 * `column` in any cell of a pipe table's header row (a row above its delimiter row), else null (a value cell). In a
 * table with several label columns (`labelColumns`), each of them is a row's label cell.
 */
function labelPlace(report: Report, line: number, before: string, pipe: boolean): 'row' | 'column' | null {
  // (After a gap or a ` | ` between cells, `规章 | 0 | ▮`, `信息内容 | 上一▮`: a later cell, whose text a label would
  // replace with the label cell's; brk149 #2.)
  if (!pipe) return /\S(?: {2,}|\t|\u3000)|(?<!\\)\|/.test(before.trimStart()) ? null : 'row';
  // A delimiter row (`| --- |`) holds no label (brk92 #7: a label written over its dashes broke the table).
  if (DELIMITER_ROW.test(unquoted(report.lines.line(line)))) return null;
  // Cells before the cursor's: the pipes before it, the leading one excepted (an escaped `\|` is no pipe).
  const pipes = (before.match(/(?<!\\)\|/g) ?? []).length;
  const n = report.lines.lineCount;
  // A header row (above the delimiter row): column labels, none in its corner cell (表三's 勾稽关系 note, 表二's
  // 信息内容), whose text is no row's (brk91 #3).
  for (let i = line + 1; i < n && /^\s*\|/.test(unquoted(report.lines.line(i))); i++) {
    if (DELIMITER_ROW.test(unquoted(report.lines.line(i)))) return pipes <= 1 ? null : 'column';
  }
  if (pipes <= 1) return 'row';
  // A table with several label columns (表三 with Word's merged label cells: `|  |  | 1.属于国家秘密 | 0 |…`): any of
  // its label cells takes a row label, while the cells before the cursor's hold no number.
  const cells = before.split(/(?<!\\)\|/).slice(1, -1);
  return pipes - 1 < labelColumns(report, line) && cells.every((c) => !/\d/.test(c)) ? 'row' : null;
}

/**
 * How many label columns the pipe table around `line` has: the cells of its first row before the first column label
 * after the corner (`| （本列…） |  |  | 自然人 |` → 3), read from the table's first line; 1 when it has none.
 */
function labelColumns(report: Report, line: number): number {
  let top = line;
  while (top > 0 && /^\s*\|/.test(unquoted(report.lines.line(top - 1)))) top--;
  const cells = splitPipes(unquoted(report.lines.line(top)).trim().replace(/^\||\|$/g, '')).map((c) => c.trim());
  const first = cells.findIndex((c, k) => k > 0 && c !== '');
  return first > 1 ? first : 1;
}

/** A line's blockquote markers, spaces out (`> > `→ `>>`). */
const markers = (text: string): string => text.slice(0, text.length - unquoted(text).length).replace(/\s/g, '');

/** A pipe row (`| … |`, in a blockquote after its markers). */
const isPipeRow = (text: string): boolean => /^\s*\|/.test(unquoted(text));

/**
 * Where line `line`, which is no pipe row nor HTML row, stands to a pipe table: `outside` when it holds no cell of
 * one (a blank line, in any layout; a line of text without pipes right above a pipe row, or whose nearest line with
 * text above or below is a pipe row, a blank line between), `row` when it is one more row of the table right above it
 * (a line of text without pipes at the table's blockquote depth, which GFM reads as a row of that table), else null
 * (a line of a table laid out without pipes, a label written as a heading, a label with its numbers).
 */
function besidePipeTable(report: Report, line: number): 'outside' | 'row' | null {
  const raw = report.lines.line(line);
  const text = unquoted(raw);
  if (!text.trim()) return 'outside';
  // (A label written as a Markdown heading, `### (一) 予以公开`, is read as before.)
  // (Nor a row of a label and its numbers without pipes, `规章            0          0        0`: the engine reads it as
  // a row, whose label is completed in place.)
  if (text.includes('|') || /^\s*#{1,6}\s/.test(text) || /\s[0-9０-９]/.test(text)) return null;
  if (line > 0 && isPipeRow(report.lines.line(line - 1))) {
    // (Only at the table's own blockquote depth: `> 行政` under a table outside any quote is a blockquote, no row.)
    const above = report.lines.line(line - 1);
    return markers(raw) === markers(above) ? 'row' : 'outside';
  }
  const near = (step: number): string | null => {
    for (let i = line + step; i >= 0 && i < report.lines.lineCount; i += step) if (unquoted(report.lines.line(i)).trim()) return report.lines.line(i);
    return null;
  };
  const above = near(-1);
  const below = near(1);
  return (above !== null && isPipeRow(above)) || (below !== null && isPipeRow(below)) ? 'outside' : null;
}

/** A Markdown delimiter row (`| --- | :-: |`). */
const DELIMITER_ROW = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;

/** The most lines a pipe table may have for completion to re-pad it around a label of another width. */
const MAX_PADDED_ROWS = 400;

/**
 * Whether the run of lines holding a pipe around 0-based line `line` (the table it is in, blank lines ending it) has
 * at most `max` lines; reads at most `max + 1` of them.
 */
function pipeRunWithin(lines: { lineCount: number; line(i: number): string }, line: number, max: number): boolean {
  let n = 1;
  for (let i = line - 1; i >= 0 && n <= max && lines.line(i).includes('|'); i--) n++;
  for (let i = line + 1; i < lines.lineCount && n <= max && lines.line(i).includes('|'); i++) n++;
  return n <= max;
}

/** A header cell's key without a bracketed note at its end (`本年收费金额（单位：万元）` → `本年收费金额`). */
const headerKey = (s: string): string => labelKey(s).replace(/^[（(]|[）)]$/g, '').replace(/[（(][^（）()]*[）)]$/, '');

/** The corner cells of the tables' headers as reports write them (`信息内容`, `申请人情况`, `（数据项目）`, `项目`). */
const CORNERS = ['信息内容', '内容', '申请人情况', '数据项目', '项目', '法人或其他组织'];

/** Per table, the keys of the words its header rows hold: its columns (of every format) and its corners. */
const HEADER_WORDS = new Map<TableId, Set<string>>();
function headerWords(id: TableId): Set<string> {
  let words = HEADER_WORDS.get(id);
  if (words) return words;
  words = new Set(CORNERS.map(headerKey));
  for (const tpl of TEMPLATES) for (const l of tableLabels(tpl, id)) if (l.kind === 'column' || (id === 't4' && l.kind === 'group')) words.add(headerKey(l.label));
  // (A row's label is never a header word, whatever a format names its columns.)
  for (const tpl of TEMPLATES) for (const l of tableLabels(tpl, id)) if (l.kind === 'row' || (id === 't3' && l.kind === 'group')) words.delete(headerKey(l.label));
  words.delete('');
  HEADER_WORDS.set(id, words);
  return words;
}

/**
 * Whether `line`, in table `id`, is (a line of) a header row: one of its cells is a column's name or a corner's
 * (`信息内容`), or 表三's note over its label column (`（本列数据的勾稽关系为：…）`).
 */
function isHeaderLine(id: TableId, line: string): boolean {
  const words = headerWords(id);
  return lineCells(line).some((c) => words.has(headerKey(c)) || /^[（(]?本列数据/.test(labelKey(c)));
}

/**
 * The row of table `id` whose label a layout wrapped over lines (`LabelMatch.parts`, `continuation`) and whose cell
 * on line `line` lies over `[from, to)`: `inside` when that is a later line of the label (not its first), else the
 * edits that delete its later lines' text (a line holding only that text, with the line break before it; else the
 * text, spaces of its width left so the numbers after it keep their columns) and the lines they touch. Null when no
 * wrapped label is there.
 */
function wrappedLabelAt(report: Report, id: TableId, line: number, from: number, to: number): 'inside' | { edits: { range: Range; newText: string }[]; lines: Set<number> } | null {
  const over = (r: Range | null | undefined) => Boolean(r && r.start.line === line && r.start.character <= Math.max(to, from) && r.end.character >= from);
  for (const row of report.tables[id]?.rows ?? []) {
    const m = row.match;
    if (m.kind === 'absent' || !m.range) continue;
    const later: Range[] = [...(m.parts ?? []).slice(1).map((p) => p.range), ...(m.continuation ? [m.continuation] : [])];
    if (!later.length) continue;
    if (later.some((r) => r.start.line === line && (m.continuation === r || over(r)))) return 'inside';
    if (!over(m.parts?.[0]?.range ?? m.range)) continue;
    const edits: { range: Range; newText: string }[] = [];
    const lines = new Set<number>();
    for (const r of later) {
      const text = report.lines.line(r.start.line);
      lines.add(r.start.line);
      const alone = r === m.continuation || !(text.slice(0, r.start.character) + text.slice(r.end.character)).trim();
      if (alone && r.start.line > 0) {
        const above = r.start.line - 1;
        lines.add(above);
        edits.push({ range: { start: { line: above, character: report.lines.line(above).length }, end: { line: r.start.line, character: text.length } }, newText: '' });
      } else edits.push({ range: r, newText: ' '.repeat(layoutWidth(text.slice(r.start.character, r.end.character))) });
    }
    return { edits, lines };
  }
  return null;
}
