import type { Rule } from './rule.js';
import { bi, charFinder, reportLinesWith } from './util.js';
import { quoteMarkers, unquoted } from '../suppress.js';
import { pipeCellCount, splitPipes } from '../text/blocks.js';
import { CJK_BAR } from '../text/bars.js';
import type { Report } from '../model/build.js';
import type { LineIndex } from '../text/lines.js';

/** The full-width vertical bar (U+FF5C) that a Chinese input method types in Chinese punctuation mode. */
const FULLWIDTH_PIPE = '｜';
/** The full-width bar as a finder, and the lines of each version that hold one (`reportLinesWith`). */
const FULLWIDTH_PIPE_CHAR = charFinder(FULLWIDTH_PIPE);
const linesWithPipe = new WeakMap<Report, number[]>();

/**
 * The lines of the pipe table around `first..last` (0-based, inclusive): the model's range starts at the first row
 * label, so the header and delimiter rows above it, and any rows below it, are taken while lines hold a pipe.
 */
function pipeBlock(lines: LineIndex, first: number, last: number): [number, number] {
  const piped = (i: number) => {
    const l = lines.line(i);
    return l.includes('|') || l.includes(FULLWIDTH_PIPE);
  };
  let a = first, b = last;
  // (The model's range may end on the line after the table's last row, at its start: a blank line, or a heading in
  // full-width bars under the table, `｜四、政府信息公开行政复议、行政诉讼情况｜`, which is no row of it: brk115 #9.)
  while (b > a && !piped(b)) b--;
  while (a > 0 && piped(a - 1)) a--;
  while (b + 1 < lines.lineCount && piped(b + 1)) b++;
  return [a, b];
}

/** A delimiter row written with either bar (`|---|---|`, `｜---｜---｜`). */
const DELIMITER = /^\s*[|｜]?\s*:?[-－—―─━]+:?\s*(?:[|｜]\s*:?[-－—―─━]+:?\s*)*[|｜]?\s*$/;
/**
 * A delimiter row typed with full-width dashes (`｜－－－｜`, `｜——｜`: no Markdown renderer reads it as one, even with its
 * bars made ASCII). One of ASCII dashes between full-width bars (`｜ --- ｜`) only needs its bars.
 */
const isWideDelimiter = (line: string) => /[－—―─━]/.test(line) && DELIMITER.test(unquoted(line));

/**
 * The edits inserting a delimiter row (`|---|…|`, one `---` per cell of the header) under the first row of each run of
 * table rows in lines `a..b` (0-based, inclusive) that has none; runs are split by lines that are no rows (a caption
 * of 表二's parts). `cells(i)`: how many cells row `i` has once fixed.
 */
function delimitersFor(lines: LineIndex, a: number, b: number, cells: (i: number) => number): { range: ReturnType<LineIndex['range']>; newText: string }[] {
  const out: { range: ReturnType<LineIndex['range']>; newText: string }[] = [];
  for (let i = a; i <= b; ) {
    if (!isRow(lines, i)) { i++; continue; }
    let j = i;
    while (j + 1 <= b && isRow(lines, j + 1)) j++;
    let has = false;
    for (let k = i; k <= j && !has; k++) has = DELIMITER.test(unquoted(lines.line(k)));
    if (!has) {
      // In a blockquote, the new line is quoted as the header is (`> `), or the quote and the table end there.
      const end = lines.line(i).length;
      out.push({ range: lines.range(i, end, end), newText: `\n${quoteMarkers(lines.line(i))}|${'---|'.repeat(cells(i))}` });
    }
    i = j + 1;
  }
  return out;
}

/**
 * Whether line `i` of a table's block is one of its rows: two bars or more, or one between two cells on a line next to
 * another line with a bar (a two-column part of 表二 written without outer bars, `行政许可 ｜ 1520`, under its header;
 * helper-214 #9). A line with no bar, or one bar alone among lines without (a note between 表二's parts), keeps its text.
 */
function isRow(lines: LineIndex, i: number): boolean {
  const l = lines.line(i);
  const n = pipesIn(l);
  if (n !== 1) return n >= 2;
  const [left, right] = splitPipes(unquoted(l), true);
  const barred = (k: number) => k >= 0 && k < lines.lineCount && pipesIn(lines.line(k)) > 0;
  return Boolean(left.trim() && right.trim()) && (barred(i - 1) || barred(i + 1));
}

/** How many cell separators (`|` or `｜`, not escaped as `\|`) a line has. */
function pipesIn(l: string): number {
  let n = 0;
  for (let k = 0; k < l.length; k++) if ((l[k] === '|' || l[k] === FULLWIDTH_PIPE) && l[k - 1] !== '\\') n++;
  return n;
}

const OPENING = '（([【［《〈「『“‘';
const CLOSING = '）)]】］》〉」』”’';

/**
 * The UTF-16 offsets of the `｜` of line `l` that stand inside brackets or curly quotes (`规章（见｜附件）`), where a
 * bar is more likely the cell's text than a separator.
 */
function bracketedBars(l: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let k = 0; k < l.length; k++) {
    const c = l[k];
    if (OPENING.includes(c)) depth++;
    else if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === FULLWIDTH_PIPE && depth > 0) out.push(k);
  }
  return out;
}

/**
 * What the fix does with the `｜` of each row of a run of table rows (`rows`, 0-based lines): the separators a row
 * should have are those most rows of the run have (fewer on a tie: a row's extra bar is what is in doubt). A row with
 * no more bars than that has every `｜` made `|`. A row with more has the `｜` inside brackets kept as its text when
 * they are just its extra ones (`keep`); else which bars separate cells is unclear, and it is left whole (`left`):
 * the fix never changes how many cells a row has.
 */
function planRows(lines: LineIndex, rows: number[]): Map<number, { keep: number[] } | 'left'> {
  const counts = new Map<number, number>();
  for (const i of rows) {
    const n = pipesIn(lines.line(i));
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let ref = -1, best = 0;
  for (const [n, c] of counts) if (c > best || (c === best && n < ref)) [ref, best] = [n, c];
  const plan = new Map<number, { keep: number[] } | 'left'>();
  for (const i of rows) {
    const l = lines.line(i);
    const extra = pipesIn(l) - ref;
    if (extra <= 0) { plan.set(i, { keep: [] }); continue; }
    const inside = bracketedBars(l);
    plan.set(i, inside.length === extra ? { keep: inside } : 'left');
  }
  return plan;
}

/** Where row `l`'s text starts and ends: after its quote markers and indentation, before the spaces after it. */
function rowText(l: string): [number, number] {
  let s = quoteMarkers(l).length;
  while (s < l.length && /\s/.test(l[s])) s++;
  return [s, l.trimEnd().length];
}
const isBar = (c: string | undefined) => c === '|' || c === FULLWIDTH_PIPE;

/**
 * The rows of a run of table rows (`rows`, 0-based lines; `plan` as `planRows` made it) that the fix writes with outer
 * pipes: in a table written without outer bars (most of its rows start with their first cell's text, as
 * `行政复议丨丨…` and `2丨0丨1…` of a 表四 do) every bar separates two cells, so a row starting with a bar has an empty
 * first cell (`丨丨丨丨丨未经复议直接起诉丨…`, the caption row over 行政诉讼) and one ending with a bar an empty last cell.
 * Markdown takes a pipe at either end of a row for the table's border: written `|||||未经复议直接起诉|…`, the caption
 * moved a column left (brk115 #6). So when a row of such a run starts with a bar, or its first row (the header) ends
 * with one, every row of the run gets a pipe at both ends, as a table written with outer bars has, and each cell keeps
 * its column. A row written with outer
 * bars among them (two bars more than most rows, at both ends) and a row the fix leaves whole are not wrapped.
 */
function rowsToWrap(lines: LineIndex, rows: number[], plan: Map<number, { keep: number[] } | 'left'>): Set<number> {
  const own = rows.filter((i) => plan.get(i) !== 'left');
  const ends = (i: number) => {
    const l = lines.line(i);
    const [s, e] = rowText(l);
    return { opened: isBar(l[s]), closed: e > s + 1 && isBar(l[e - 1]) && l[e - 2] !== '\\' };
  };
  const unopened = own.filter((i) => !ends(i).opened).length;
  // (Only where Markdown would misplace a cell: a row starting with a bar, or a header row ending with one, whose empty
  // last cell would be left out of the header and so the last column out of the table. An empty last cell of a body
  // row is shown the same either way, and such a table is written as it was.)
  if (unopened * 2 <= own.length || !(own.some((i) => ends(i).opened) || (own.length && ends(own[0]).closed))) return new Set();
  const counts = new Map<number, number>();
  for (const i of own) counts.set(pipesIn(lines.line(i)), (counts.get(pipesIn(lines.line(i))) ?? 0) + 1);
  const ref = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0][0];
  return new Set(own.filter((i) => {
    const e = ends(i);
    return !(e.opened && e.closed && pipesIn(lines.line(i)) === ref + 2);
  }));
}

/** 1-based line numbers as a list (`第 35、36 行` / `lines 35, 36`). */
const lineList = (ls: number[], sep: string) => ls.map((i) => i + 1).join(sep);

/**
 * A template table (表二/表三/表四) written with the full-width `｜` (U+FF5C): the checker reads it as a table, but no
 * Markdown renderer (VS Code's preview, GitHub, a site built from the draft) does, so a report published from
 * Markdown would show its tables as lines of text. One finding per table at its first `｜`; the fix writes `|` for
 * the `｜` that separate cells in the table's rows (the cells and their text are unchanged; a row with more bars than
 * the others keeps its bracketed `｜` as text, or is left whole: `planRows`).
 */
export const tableFullwidthPipe: Rule = {
  meta: {
    id: 'table-fullwidth-pipe',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('表格用全角竖线“｜”（或“丨”）分隔单元格', 'A table separates its cells with the full-width bar “｜” (or “丨”)'),
    rationale: bi(
      '中文标点状态下输入的竖线是全角的“｜”（U+FF5C）。本工具把它当作单元格分隔符照常检查，但 Markdown（VS Code 预览、GitHub、由草稿生成的网页）只认半角“|”，用“｜”写的表格显示为一行行文字，发布时表格就没有了。修复把表格各行中分隔单元格的“｜”改为“|”，单元格内容不变：一行的竖线比表格其他行多时，多出的若正是括号里的“｜”，就把它们当作单元格中的文字，不改；分不清哪些是多出的时这一行不改，留给用户修改：修复不会改变任何一行的格数。从网页粘贴的表格常常也没有分隔行（“| --- |”），这时修复还在表格（表二的各部分）第一行下加上与它同宽的分隔行，否则改过竖线仍不显示为表格。汉字“丨”（U+4E28，竖笔画）常被输入法和网页标题当作竖线：表格各行用它分隔单元格、且明显是表格（几行都是数字；表二的“信息内容”表头下有数字；几行两端都是“丨”、其中有数字，如“丨 行政处罚 丨 86 丨”；或“|”表格中夹着这样的一行）的，同样当作分隔符读取并在此提示，修复同样改为“|”；正文、标题中的“丨”（“某某局丨2024年报”）是文字，不当作分隔符。',
      'A vertical bar typed in Chinese punctuation mode is the full-width “｜” (U+FF5C). This tool reads it as a cell separator and checks the table as usual, but Markdown (VS Code\'s preview, GitHub, a web page built from the draft) knows only the ASCII “|”: a table written with “｜” shows as lines of text, and a report published from it loses its tables. The fix replaces the “｜” that separate the cells of the table\'s rows with “|”; the cells are unchanged: when a row has more bars than the table\'s other rows and its extra ones are those inside brackets, those are cell text and stay; when which are extra is unclear, the row is left for the user. The fix never changes how many cells a row has. A table pasted from a web page often lacks its delimiter row (| --- |) too: the fix then adds one, as wide as the first row, under the first row of the table (of each part of 表二), without which it would still show no table. The CJK stroke “丨” (U+4E28), which input methods and web page titles use for a vertical bar, is read as a separator too where it separates the cells of lines that are clearly a table (rows of numbers; 表二\'s 信息内容 header over a number; rows between outer “丨” with a number among them, 丨 行政处罚 丨 86 丨; or such a row among a “|” table\'s), said here, and fixed to “|” alike; a “丨” in prose or a title (某某局丨2024年报) is text.'),
    example: { bad: '｜ 信息内容 ｜ 本年制发件数 ｜\n｜---｜---｜\n｜ 规章 ｜ 0 ｜', note: bi('Markdown 不会显示为表格', 'Markdown does not show it as a table') },
  },
  check(ctx) {
    const { report } = ctx;
    const { lines } = report;
    // A fast test first: most reports have no full-width bar at all (this runs on every version in the editor; an
    // edited version is searched in its changed lines only).
    if (!reportLinesWith(report, FULLWIDTH_PIPE_CHAR, linesWithPipe).length) return;
    const done = new Set<number>();
    for (const table of Object.values(report.tables)) {
      if (!table) continue;
      const [a, b] = pipeBlock(lines, table.range.start.line, table.range.end.line);
      if (done.has(a)) continue;
      done.add(a);
      const edits = [];
      let bars = 0;
      // Each run of rows (表二's parts are runs of their own) is planned on its own: see `planRows`.
      const plan = new Map<number, { keep: number[] } | 'left'>();
      // The rows written with a pipe at both ends (`rowsToWrap`).
      const wrapped = new Set<number>();
      let firstBar: ReturnType<LineIndex['range']> | undefined;
      for (let i = a; i <= b; ) {
        if (!isRow(lines, i)) { i++; continue; }
        const run: number[] = [];
        for (; i <= b && isRow(lines, i); i++) run.push(i);
        const rowPlan = planRows(lines, run);
        for (const [k, v] of rowPlan) plan.set(k, v);
        for (const k of rowsToWrap(lines, run, rowPlan)) wrapped.add(k);
      }
      const kept: number[] = [], left: number[] = [];
      for (let i = a; i <= b; i++) {
        const l = lines.line(i);
        // Only rows: a line between two parts of 表二 (a sub-heading, a note) keeps its text.
        const p = plan.get(i);
        if (!p) continue;
        // A delimiter row of full-width dashes (`｜——｜`) is written anew as `|---|…|` (its dashes too: else it shows as a
        // row of dashes under a delimiter row added above it; helper-214 #2).
        if (isWideDelimiter(l)) {
          const lead = quoteMarkers(l).length;
          bars += [...l].filter((c) => c === FULLWIDTH_PIPE).length;
          edits.push({ range: lines.range(i, lead, l.length), newText: `|${'---|'.repeat(pipeCellCount(l, { fullWidth: true }))}` });
          firstBar ??= edits[edits.length - 1].range;
          continue;
        }
        if (p === 'left') {
          if (l.includes(FULLWIDTH_PIPE)) left.push(i);
          continue;
        }
        // A wrapped row's bar at either end is written `||` (the border and the separator of its empty cell); one
        // starting or ending with text gets the border before or after it.
        const [rs, re] = rowText(l);
        const wrap = wrapped.has(i);
        if (wrap && !(l[rs] === FULLWIDTH_PIPE && !p.keep.includes(rs))) edits.push({ range: lines.range(i, rs, rs), newText: '|' });
        for (let k = l.indexOf(FULLWIDTH_PIPE); k >= 0; k = l.indexOf(FULLWIDTH_PIPE, k + 1)) {
          if (p.keep.includes(k)) continue;
          const edge = wrap && (k === rs || k === re - 1);
          edits.push({ range: lines.range(i, k, k + 1), newText: edge ? '||' : '|' });
          firstBar ??= lines.range(i, k, k + 1);
          bars++;
        }
        if (wrap && !(l[re - 1] === FULLWIDTH_PIPE && !p.keep.includes(re - 1) && re - 1 !== rs)) edits.push({ range: lines.range(i, re, re), newText: '|' });
        if (p.keep.length) kept.push(i);
      }
      if (!bars && !left.length) continue;
      // A table pasted from a web page often has no `| --- |` line either: with only its bars made ASCII it would still
      // show as text (helper-213 #6). Each run of rows without one gets it under its first row, as wide as that row.
      // (A wrapped row: every bar separates two cells, those at its ends too.)
      const cells = (i: number) => { const p = plan.get(i); return (wrapped.has(i) ? pipesIn(lines.line(i)) + 1 : pipeCellCount(lines.line(i), { fullWidth: true })) - (p && p !== 'left' ? p.keep.length : 0); };
      const added = bars ? delimitersFor(lines, a, b, cells) : [];
      edits.push(...added);
      const keptNote = kept.length
        ? bi(`第 ${lineList(kept, '、')} 行括号中的“｜”是单元格中的文字，修复不改它。`, ` The “｜” in brackets on line${kept.length > 1 ? 's' : ''} ${lineList(kept, ', ')} ${kept.length > 1 ? 'are' : 'is'} cell text: the fix leaves it.`)
        : bi('', '');
      const leftNote = left.length
        ? bi(`第 ${lineList(left, '、')} 行的竖线比表格其他行多，分不清哪些在分隔单元格，修复不改这些行：请把其中分隔单元格的“｜”手动改为“|”。`, ` Line${left.length > 1 ? 's' : ''} ${lineList(left, ', ')} ${left.length > 1 ? 'have' : 'has'} more bars than the table's other rows, so which of them separate cells is unclear: the fix leaves ${left.length > 1 ? 'those lines' : 'that line'}; replace the “｜” that separate cells with “|” by hand.`)
        : bi('', '');
      // The bars the message counts: those the fix changes and those of the rows it leaves.
      const count = bars + left.reduce((n, i) => n + [...lines.line(i)].filter((c) => c === FULLWIDTH_PIPE).length, 0);
      const first = firstBar ?? edits[0]?.range;
      // Which bars the text has: the `｜` of the model's lines are `丨` (U+4E28) where the text writes those (read as
      // bars there, text/bars.ts; brk113 #3).
      const source = report.extras.sourceLines;
      let strokes = 0;
      if (source) {
        for (let i = a; i <= b; i++) {
          const l = lines.line(i), own = source.line(i);
          for (let k = l.indexOf(FULLWIDTH_PIPE); k >= 0; k = l.indexOf(FULLWIDTH_PIPE, k + 1)) if (own[k] === CJK_BAR) strokes++;
        }
      }
      const name = !strokes
        ? { zh: '全角竖线“｜”', en: 'the full-width bar “｜”', bar: '“｜”' }
        : strokes >= count
          ? { zh: '“丨”（U+4E28，汉字的竖笔画，不是竖线）', en: '“丨” (U+4E28, the CJK stroke, no vertical bar)', bar: '“丨”' }
          : { zh: '全角竖线“｜”和“丨”（U+4E28，汉字的竖笔画，不是竖线）', en: 'the full-width bar “｜” and “丨” (U+4E28, the CJK stroke, no vertical bar)', bar: '“｜”“丨”' };
      ctx.add({
        message: bi(
          `${table.name}用${name.zh}分隔单元格（${count} 处）：本工具照常读取，但 Markdown 不把它显示为表格，发布后表格会变成一行行文字。请改用半角“|”。${keptNote.zh}${leftNote.zh}`,
          `${table.name} separates its cells with ${name.en} (${count} of them): this tool reads it, but Markdown does not show it as a table, and a published report would show lines of text. Use the ASCII “|”.${keptNote.en}${leftNote.en}`),
        range: first ?? lines.range(left[0], lines.line(left[0]).indexOf(FULLWIDTH_PIPE), lines.line(left[0]).indexOf(FULLWIDTH_PIPE) + 1),
        ...(edits.length ? {
          fix: {
            title: added.length
              ? bi(`把${table.name}中的${name.bar}改为“|”，并在表头下加分隔行`, `Replace ${name.bar} with “|” in ${table.name} and add the delimiter row under the header`)
              : bi(`把${table.name}中的${name.bar}改为“|”`, `Replace ${name.bar} with “|” in ${table.name}`),
            edits,
          },
        } : {}),
        data: { count: edits.length },
      });
    }
  },
};
