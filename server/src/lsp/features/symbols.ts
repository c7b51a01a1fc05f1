/** The outline (document symbols) and folding ranges: sections, sub-sections, and 表二/表三/表四 under their sections. */
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type Position, type Range, type SymbolInformation } from 'vscode-languageserver/node';
import { reportParts, type Heading, type Locale, type Report, type TableId } from '../../core/index.js';
import { editorTemplate, tableSubheadings } from '../../core/editor/guide.js';
import { pastedLayout } from '../../core/editor/convert.js';
import { writtenRange, type RowBreaks } from '../../core/parse/html-rows.js';

const TABLE_TITLE: Record<TableId, { zh: string; en: string }> = {
  t2: { zh: '主动公开政府信息情况', en: 'proactive disclosure' },
  t3: { zh: '收到和处理政府信息公开申请情况', en: 'requests received and handled' },
  t4: { zh: '行政复议、行政诉讼情况', en: 'reconsideration and litigation' },
};

/** Last non-blank line in `[from, to)` (so a section's range does not swallow the blank lines after it). */
function lastContentLine(report: Report, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) if (report.lines.line(i).trim()) return i;
  return from;
}

function spanRange(report: Report, from: number, toExclusive: number): Range {
  const last = lastContentLine(report, from, toExclusive);
  return { start: { line: from, character: 0 }, end: { line: last, character: report.lines.line(last).length } };
}

function headingName(h: Heading): string {
  return `${h.ordinal}${h.title}`.trim() || h.ordinal;
}

interface Node {
  sym: DocumentSymbol;
  level: number;
  line: number;
}

/** Nests headings by level; each heading's range reaches to the next heading of the same or a higher level. */
function nest(report: Report, heads: Heading[], end: number, kind: SymbolKind): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const stack: Node[] = [];
  heads.forEach((h, i) => {
    let stop = end;
    for (let j = i + 1; j < heads.length; j++) if (heads[j].level <= h.level) { stop = heads[j].line; break; }
    const sym: DocumentSymbol = { name: headingName(h), kind, range: spanRange(report, h.line, stop), selectionRange: h.range, children: [] };
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    if (stack.length) stack[stack.length - 1].sym.children!.push(sym);
    else roots.push(sym);
    stack.push({ sym, level: h.level, line: h.line });
  });
  return roots;
}

/**
 * The lines table `id` takes (0-based, both included: from its first label, or the heading above it the reader took
 * in, to its last non-blank line), or null when it was not found.
 */
function tableLines(report: Report, id: TableId): { start: number; end: number } | null {
  const t = report.tables[id];
  const span = report.extras.spans[id];
  const start = t?.range.start.line ?? span?.start;
  let end = t?.range.end.line ?? (span ? span.end - 1 : undefined);
  if (start === undefined || end === undefined) return null;
  // (Blank lines the reader took in after the last row, looking for its cells, are not the table's: helper-222 #9.)
  while (end > start && !report.lines.line(end).trim()) end--;
  return { start, end };
}

/**
 * The parts of table `id` under the headings written inside it (`tableSubheadings`: 表二's `第二十条第（五）项`, 表四's
 * `### 行政诉讼（复议后起诉）`), each from its heading to the line before the next one or the table's end (brk149 #5:
 * only the first was shown, as a sibling of the table with the whole table's range, the others missing).
 */
function tableParts(report: Report, id: TableId): { line: number; name: string; last: number }[] {
  const at = tableLines(report, id);
  if (!at) return [];
  const heads = tableSubheadings(report, id, at.start, at.end);
  return heads.map((h, k) => ({ ...h, last: lastContentLine(report, h.line, k + 1 < heads.length ? heads[k + 1].line : at.end + 1) }));
}

function tableSymbol(report: Report, id: TableId, locale: Locale): DocumentSymbol | null {
  const t = report.tables[id];
  const span = report.extras.spans[id];
  if (!t && !span) return null;
  // A table's range may end at the start of the line after it: end it at its last non-blank line instead.
  const range = t ? spanRange(report, t.range.start.line, t.range.end.character === 0 ? t.range.end.line : t.range.end.line + 1) : spanRange(report, span!.start, span!.end);
  if (t) range.start = t.range.start;
  const tpl = editorTemplate(report.format);
  const name = t?.name ?? tpl.tables[id]?.name ?? id;
  const layout = t ? pastedLayout(report, id) : null;
  const children = tableParts(report, id).map((p): DocumentSymbol => {
    const text = report.lines.line(p.line);
    const lead = text.length - text.trimStart().length;
    return {
      name: p.name,
      kind: SymbolKind.Module,
      range: { start: { line: p.line, character: 0 }, end: { line: p.last, character: report.lines.line(p.last).length } },
      selectionRange: { start: { line: p.line, character: lead }, end: { line: p.line, character: text.trimEnd().length } },
    };
  });
  return {
    name,
    // The layout as the convert action names it (the reader's own `TableModel.layout` says `none` for a paste).
    detail: `${TABLE_TITLE[id][locale === 'en' ? 'en' : 'zh']}${layout ? ` · ${locale === 'en' ? layout.name.en : layout.name.zh}` : ''}`,
    kind: SymbolKind.Struct,
    range,
    selectionRange: { start: range.start, end: { line: range.start.line, character: report.lines.line(range.start.line).length } },
    ...(children.length ? { children } : {}),
  };
}

function byPosition(a: DocumentSymbol, b: DocumentSymbol): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const clampTo = (p: Position, r: Range): Position => (before(p, r.start) ? r.start : before(r.end, p) ? r.end : p);

/**
 * Makes every symbol's range lie inside its parent's and its selectionRange inside its range, as LSP requires
 * (VS Code drops or misplaces symbols otherwise): a table read past its section's last line is cut there.
 */
function clampInto(syms: DocumentSymbol[], parent: Range | null): void {
  for (const s of syms) {
    if (parent) s.range = { start: clampTo(s.range.start, parent), end: clampTo(s.range.end, parent) };
    s.selectionRange = { start: clampTo(s.selectionRange.start, s.range), end: clampTo(s.selectionRange.end, s.range) };
    if (s.children) clampInto(s.children, s.range);
  }
}

/**
 * The hierarchical outline of a report: every child's range inside its parent's, every selectionRange inside its
 * range. A text holding several agencies' reports (`reportParts`) has one top-level symbol per report, named by its
 * title, with that report's outline under it.
 */
export function documentSymbols(report: Report, locale: Locale): DocumentSymbol[] {
  const parts = report.isReport ? reportParts(report) : [];
  // A 汇编's cover (its title and contents above the first report's title): top-level entries before the reports.
  const cover: DocumentSymbol[] = [];
  const out = parts.length > 1
    ? parts.map((part, k): DocumentSymbol => {
      // The part's title (the first report of a 汇编 has it below the compilation's cover title and contents).
      const titled = part.report.title?.range.start.line === part.titleLine ? part.report.title.range : null;
      const children = outline(part.report, locale).filter((c) => !(c.kind === SymbolKind.String && c.selectionRange.start.line === part.titleLine));
      // The report starts at its own title; what stands above it in the first part is the compilation's cover.
      const from = k === 0 && part.titleLine > part.startLine ? part.titleLine : part.startLine;
      if (from !== part.startLine) cover.push(...children.filter((c) => c.selectionRange.start.line < from));
      return {
        name: part.title ?? (locale === 'en' ? `Report ${k + 1}` : `第 ${k + 1} 份报告`),
        kind: SymbolKind.File,
        range: spanRange(part.report, from, part.endLine),
        selectionRange: titled ?? { start: { line: part.titleLine, character: 0 }, end: { line: part.titleLine, character: report.lines.line(part.titleLine).length } },
        // Its title heading is the symbol itself, not a child of it.
        children: children.filter((c) => c.selectionRange.start.line >= from),
      };
    })
    : outline(report, locale);
  // (Each ends before the first report's title, where that report's range begins.)
  if (cover.length) out.unshift(...cover.map((c) => ({ ...c, range: { start: c.range.start, end: minEnd(c.range.end, parts[0].titleLine - 1, report) } })));
  clampInto(out, null);
  return out;
}

/** `end`, or the end of line `line` when `end` is past it (a cover entry ends before the first report's title). */
function minEnd(end: { line: number; character: number }, line: number, report: Report): { line: number; character: number } {
  return end.line > line ? { line, character: report.lines.line(line).length } : end;
}

function outline(report: Report, locale: Locale): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const first = report.sections[0]?.startLine ?? report.lines.lineCount;
  // Headings before the first section (a `#` title, a preamble) stay at the top level.
  const before = report.headings.filter((h) => h.line < first && !(h.level === 1 && h.ordinalStyle === 'cn'));
  out.push(...nest(report, before, first, SymbolKind.String));
  const placed = new Set<TableId>();
  // The headings written inside a table are its parts, under its symbol, not its section's sub-sections.
  const inTables = new Set((['t2', 't3', 't4'] as TableId[]).flatMap((id) => tableParts(report, id).map((p) => p.line)));
  for (const s of report.sections) {
    const sym: DocumentSymbol = {
      name: headingName(s.heading),
      detail: s.heading.canonical >= 0 ? editorTemplate(report.format).sections[s.heading.canonical]?.title : undefined,
      kind: SymbolKind.Namespace,
      range: spanRange(report, s.startLine, s.endLine),
      selectionRange: s.heading.range,
      children: nest(report, s.children.filter((h) => !inTables.has(h.line)), s.endLine, SymbolKind.Module),
    };
    for (const id of s.tables) {
      const ts = tableSymbol(report, id, locale);
      if (ts) { sym.children!.push(ts); placed.add(id); }
    }
    sym.children!.sort(byPosition);
    if (sym.detail === sym.name) delete sym.detail;
    out.push(sym);
  }
  for (const id of ['t2', 't3', 't4'] as TableId[]) {
    if (placed.has(id)) continue;
    const ts = tableSymbol(report, id, locale);
    if (ts) out.push(ts);
  }
  return out.sort(byPosition);
}

/**
 * The outline `symbols` (`documentSymbols`) of document `uri` as a flat list, for a client without
 * `hierarchicalDocumentSymbolSupport`: each symbol in the order of the outline (a parent before its children), its
 * `range` as its `location`, and its parent's name as its `containerName`.
 */
export function flatSymbols(symbols: DocumentSymbol[], uri: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const walk = (syms: DocumentSymbol[], container: string | undefined) => {
    for (const s of syms) {
      out.push({ name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container !== undefined ? { containerName: container } : {}) });
      if (s.children) walk(s.children, s.name);
    }
  };
  walk(symbols, undefined);
  return out;
}

/**
 * At most `limit` of folding ranges `ranges` (the client's `foldingRange.rangeLimit`): the outermost first (sections
 * before their sub-sections and tables), in the order of the text. All of them without a limit.
 */
export function limitFoldingRanges(ranges: FoldingRange[], limit: number | undefined): FoldingRange[] {
  if (limit === undefined || ranges.length <= limit) return ranges;
  const sorted = [...ranges].sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  // How many ranges hold each one (those still open on a stack of the enclosing ones).
  const stack: FoldingRange[] = [];
  const depth = new Map<FoldingRange, number>();
  for (const r of sorted) {
    while (stack.length && stack[stack.length - 1].endLine < r.startLine) stack.pop();
    depth.set(r, stack.length);
    stack.push(r);
  }
  const kept = new Set([...sorted].sort((a, b) => depth.get(a)! - depth.get(b)! || a.startLine - b.startLine).slice(0, Math.max(0, limit)));
  return sorted.filter((r) => kept.has(r));
}

/** Folding ranges: every section and sub-section, every table and every part of a table under a heading, each once. */
export function foldingRanges(report: Report): FoldingRange[] {
  const out: FoldingRange[] = [];
  const parts = (['t2', 't3', 't4'] as TableId[]).flatMap((id) => tableParts(report, id));
  const inTables = new Set(parts.map((p) => p.line));
  // (A heading inside a table folds as the table's part, below: read here, it reached past the parts after it.)
  const heads = report.headings.filter((h) => !inTables.has(h.line));
  heads.forEach((h, i) => {
    let stop = report.lines.lineCount;
    for (let j = i + 1; j < heads.length; j++) if (heads[j].level <= h.level || (heads[j].level === 1 && heads[j].ordinalStyle === 'cn')) { stop = heads[j].line; break; }
    const last = lastContentLine(report, h.line, stop);
    if (last > h.line) out.push({ startLine: h.line, endLine: last });
  });
  for (const id of ['t2', 't3', 't4'] as TableId[]) {
    const at = tableLines(report, id);
    if (at && at.end > at.start) out.push({ startLine: at.start, endLine: at.end, kind: FoldingRangeKind.Region });
  }
  for (const p of parts) if (p.last > p.line) out.push({ startLine: p.line, endLine: p.last, kind: FoldingRangeKind.Region });
  // Each range once (a heading over a table, or a table's first part, spans the lines the table does: brk149 #5).
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = `${r.startLine}:${r.endLine}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The outline of the text as written, whose model is `report`. `reading`: the model the rules read when HTML rows or
 * blocks run together on a line were read a line each (`Analysis.reading`): the outline is that reading's (it sees a
 * table with all its `<tr>` rows on one line, which `report` does not), every range mapped to the text as written
 * (brk161 #1). The mapping keeps the order of positions, so every range stays inside its parent's.
 */
export function documentSymbolsAt(report: Report, reading: Report | undefined, locale: Locale): DocumentSymbol[] {
  const rb = reading?.extras.rowBreaks;
  if (!reading || !rb) return documentSymbols(report, locale);
  const written = (syms: DocumentSymbol[]): DocumentSymbol[] => syms.map((s) => ({
    ...s,
    range: writtenRange(rb, s.range),
    selectionRange: writtenRange(rb, s.selectionRange),
    ...(s.children ? { children: written(s.children) } : {}),
  }));
  return written(documentSymbols(reading, locale));
}

/** The folding ranges of the text as written (see `documentSymbolsAt`): `reading`'s, on the lines as written, those of more than one line. */
export function foldingRangesAt(report: Report, reading: Report | undefined): FoldingRange[] {
  const rb: RowBreaks | undefined = reading?.extras.rowBreaks;
  if (!reading || !rb) return foldingRanges(report);
  const line = (j: number) => rb.line[Math.min(Math.max(0, j), rb.line.length - 1)];
  const seen = new Set<string>();
  const out: FoldingRange[] = [];
  for (const r of foldingRanges(reading)) {
    const m: FoldingRange = { ...r, startLine: line(r.startLine), endLine: line(r.endLine) };
    const key = `${m.startLine}:${m.endLine}`;
    if (m.endLine <= m.startLine || seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}
