import type { Rule } from './rule.js';
import { bi, charFinder, reportLinesWith } from './util.js';
import { quoteMarkers, unquoted } from '../suppress.js';
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

/** The cells of a table row, either bar, its blockquote markers aside. */
function cellsOf(line: string): number {
  return unquoted(line).trim().replace(/^[|｜]/, '').replace(/[|｜]$/, '').split(/[|｜]/).length;
}

/**
 * The edits inserting a delimiter row (`|---|…|`, one `---` per cell of the header) under the first row of each run of
 * table rows in lines `a..b` (0-based, inclusive) that has none; runs are split by lines that are no rows (a caption
 * of 表二's parts). The header's cells are counted between its bars, either kind.
 */
function delimitersFor(lines: LineIndex, a: number, b: number): { range: ReturnType<LineIndex['range']>; newText: string }[] {
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
      out.push({ range: lines.range(i, end, end), newText: `\n${quoteMarkers(lines.line(i))}|${'---|'.repeat(cellsOf(lines.line(i)))}` });
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
  const [left, right] = unquoted(l).split(/[|｜]/);
  const barred = (k: number) => k >= 0 && k < lines.lineCount && pipesIn(lines.line(k)) > 0;
  return Boolean(left.trim() && right.trim()) && (barred(i - 1) || barred(i + 1));
}

/** How many cell separators (`|` or `｜`) a line has. */
function pipesIn(l: string): number {
  let n = 0;
  for (let k = 0; k < l.length; k++) if (l[k] === '|' || l[k] === FULLWIDTH_PIPE) n++;
  return n;
}

/**
 * A template table (表二/表三/表四) written with the full-width `｜` (U+FF5C): the checker reads it as a table, but no
 * Markdown renderer (VS Code's preview, GitHub, a site built from the draft) does, so a report published from
 * Markdown would show its tables as lines of text. One finding per table at its first `｜`; the fix writes `|` for
 * every `｜` in the table's lines (the cells and their text are unchanged).
 */
export const tableFullwidthPipe: Rule = {
  meta: {
    id: 'table-fullwidth-pipe',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('表格用全角竖线“｜”分隔单元格', 'A table separates its cells with the full-width bar “｜”'),
    rationale: bi(
      '中文标点状态下输入的竖线是全角的“｜”（U+FF5C）。本工具把它当作单元格分隔符照常检查，但 Markdown（VS Code 预览、GitHub、由草稿生成的网页）只认半角“|”，用“｜”写的表格显示为一行行文字，发布时表格就没有了。修复把表格各行中的“｜”都改为“|”，单元格内容不变；从网页粘贴的表格常常也没有分隔行（“| --- |”），这时修复还在表格（表二的各部分）第一行下加上与它同宽的分隔行，否则改过竖线仍不显示为表格。',
      'A vertical bar typed in Chinese punctuation mode is the full-width “｜” (U+FF5C). This tool reads it as a cell separator and checks the table as usual, but Markdown (VS Code\'s preview, GitHub, a web page built from the draft) knows only the ASCII “|”: a table written with “｜” shows as lines of text, and a report published from it loses its tables. The fix replaces every “｜” in the table\'s lines with “|”; the cells are unchanged. A table pasted from a web page often lacks its delimiter row (| --- |) too: the fix then adds one, as wide as the first row, under the first row of the table (of each part of 表二), without which it would still show no table.'),
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
      for (let i = a; i <= b; i++) {
        const l = lines.line(i);
        // Only rows: a line between two parts of 表二 (a sub-heading, a note) keeps its text.
        if (!isRow(lines, i)) continue;
        // A delimiter row of full-width dashes (`｜——｜`) is written anew as `|---|…|` (its dashes too: else it shows as a
        // row of dashes under a delimiter row added above it; helper-214 #2).
        if (isWideDelimiter(l)) {
          const lead = quoteMarkers(l).length;
          bars += [...l].filter((c) => c === FULLWIDTH_PIPE).length;
          edits.push({ range: lines.range(i, lead, l.length), newText: `|${'---|'.repeat(cellsOf(l))}` });
          continue;
        }
        for (let k = l.indexOf(FULLWIDTH_PIPE); k >= 0; k = l.indexOf(FULLWIDTH_PIPE, k + 1)) {
          edits.push({ range: lines.range(i, k, k + 1), newText: '|' });
          bars++;
        }
      }
      if (!bars) continue;
      // A table pasted from a web page often has no `| --- |` line either: with only its bars made ASCII it would still
      // show as text (helper-213 #6). Each run of rows without one gets it under its first row, as wide as that row.
      const added = delimitersFor(lines, a, b);
      edits.push(...added);
      ctx.add({
        message: bi(
          `${table.name}用全角竖线“｜”分隔单元格（${bars} 处）：本工具照常读取，但 Markdown 不把它显示为表格，发布后表格会变成一行行文字。请改用半角“|”。`,
          `${table.name} separates its cells with the full-width bar “｜” (${bars} of them): this tool reads it, but Markdown does not show it as a table, and a published report would show lines of text. Use the ASCII “|”.`),
        range: edits.find((e) => e.newText === '|')?.range ?? edits[0].range,
        fix: {
          title: added.length
            ? bi(`把${table.name}中的“｜”改为“|”，并在表头下加分隔行`, `Replace “｜” with “|” in ${table.name} and add the delimiter row under the header`)
            : bi(`把${table.name}中的“｜”改为“|”`, `Replace “｜” with “|” in ${table.name}`),
          edits,
        },
        data: { count: edits.length },
      });
    }
  },
};
