import type { Heading, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import type { Rule, RuleContext } from './rule.js';
import { bi } from './util.js';
import { chineseNumeral, toChineseNumeral } from '../text/normalize.js';

/**
 * A sub-heading numbered out of sequence: `（四）` twice, or `（二）` followed by `（四）`, under one section (level 2, `（一）`
 * …) or under one sub-heading (level 3, `1.` …). section-order says the same of the level-1 headings.
 */
export const subheadingOrder: Rule = {
  meta: {
    id: 'subheading-order',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: 'some',
    description: bi('小标题序号重号或跳号（如“（四）”之后又是“（四）”）', 'Sub-heading numbers repeated or skipped (（四） after （四）)'),
    rationale: bi(
      '各部分之下的小标题按“（一）（二）（三）……”连续编号，小标题之下再按“1. 2. 3. ……”编号（如〔2021〕30号格式“总体情况”之下的主动公开、依申请公开、政府信息管理、平台建设、监督保障为（一）至（五））。同一部分（或同一小标题）之下同级的编号重号（“（四）”之后又是“（四）”）或跳号（“（二）”之后是“（四）”）时，在该标题处报告。每个部分、每个小标题之下编号都从“（一）”“1.”重新开始；段落中从“（一）”起的列举（小标题之下的分项）另起一套编号，其后接着上一套编号的标题不算跳号；表格中的行（“（一）予以公开”“1.属于国家秘密”）不在此核对；序号残缺的标题（“三)”）由 ordinal-malformed 报告，按其序号计入。只有改法唯一时才提供修复：重号的标题之后的编号接着它的下一个号（“（四）（四）（六）”或重号的是最后一个）时，修复把它改为下一个号；重号或跳号之后的各标题都按写下的编号连续时（“（二）（二）（三）（四）”“（二）（四）（五）（六）”，整套顺移），修复把这些标题依次改号。其他情况只报告，请核对编号。',
      'The sub-headings of a section are numbered （一）（二）（三）… without a gap, and those under a sub-heading 1. 2. 3. … (the 〔2021〕30号 format numbers the parts of 总体情况, 主动公开, 依申请公开, 政府信息管理, 平台建设 and 监督保障, （一） to （五）). A number repeated under the same section (or sub-heading) at the same level (（四） after （四）) or skipped (（四） after （二）) is reported at the heading. Numbering restarts at （一） and 1. under each section and each sub-heading; a list in the text from （一） on (the points under a sub-heading) is a run of its own, and a heading after it that continues the run before is no gap; the rows of a table (（一）予以公开, 1.属于国家秘密) are not checked here; a heading whose ordinal lost a character (三)) is ordinal-malformed\'s and counts with its number. A fix is offered only where the renumbering is certain: a repeated number followed by the number after it (（四）（四）（六）, or the repeated heading is the last) is changed to that number; where every heading after the repeated or skipped one continues its written number (（二）（二）（三）（四）, （二）（四）（五）（六）: the run is shifted), those headings are renumbered in turn. Otherwise the finding asks to check the numbers.'),
    example: { bad: '（一）主动公开\n（二）依申请公开\n（三）政府信息管理\n（四）政府信息公开平台建设\n（四）监督保障', note: bi('“（四）”重号，应为“（五）”', '（四） is repeated; should be （五）') },
  },
  check(ctx) {
    const { report } = ctx;
    if (!report.isReport) return;
    const lines = report.lines;
    const spans = Object.values(report.extras.spans).filter((s): s is NonNullable<typeof s> => !!s);
    const inTable = (line: number) => spans.some((s) => line >= s.start && line < s.end);
    // A row of a table the model did not read as one (a tab-separated appendix table, a pdftotext layout's `（三）不予公开`
    // between rows of numbers): the line itself holds cells, or the nearest line with text before or after it does.
    const nearest = (line: number, step: number) => {
      for (let i = line + step; i >= 0 && i < lines.lineCount; i += step) if (lines.line(i).trim()) return lines.line(i);
      return '';
    };
    const entries: Entry[] = [];
    for (const h of report.headings) {
      if (inTable(h.line)) continue;
      if (h.level === 1 && h.ordinalStyle !== 'hash') {
        entries.push({ h, level: 1, value: h.ordinalValue, line: h.line, text: '' });
        continue;
      }
      if (!((h.level === 2 && h.ordinalStyle === 'paren') || (h.level === 3 && h.ordinalStyle === 'arabic'))) continue;
      if (cells(lines.line(h.line))) continue;
      // (Looked at only for a heading that continues no run: the lines around every heading are long prose.)
      const uncertain = () => cells(nearest(h.line, -1)) || cells(nearest(h.line, 1));
      entries.push({ h, level: h.level, value: h.ordinalValue, line: h.line, text: `${h.ordinal}${h.title}`, uncertain });
    }
    for (const m of report.extras.malformedOrdinals) {
      if (inTable(m.line)) continue;
      const digits = m.written.replace(/[()（）\s]/g, '');
      // (A section's title with a broken `五、`, `五)存在的主要问题…`, is ordinal-malformed's too: it only fills the number it
      // carries, as a sub-heading's does. NaN: `)…`, the next number.)
      entries.push({ h: null, level: 2, value: digits ? chineseNumeral(digits) : NaN, line: m.line, text: m.written, uncertain: true });
    }
    entries.sort((a, b) => a.line - b.line);
    // The first entry on each line (a heading and a broken ordinal may share one), for missingAt.
    const entryAt = new Map<number, Entry>();
    for (const x of entries) if (!entryAt.has(x.line)) entryAt.set(x.line, x);
    // Runs of siblings: under each parent (the section, or the sub-heading above) a stack of runs, the innermost last.
    // A heading that continues an outer run closes the runs inside it (a list from （一） in the text of （二）, then （三）).
    const runs: Run[] = [];
    let stacks: Map<number, Run[]> = new Map();
    const place = (e: Entry) => {
      let stack = stacks.get(e.level);
      if (!stack) stacks.set(e.level, (stack = []));
      const top = stack.at(-1);
      const value = Number.isNaN(e.value) ? (top ? top.last + 1 : 1) : e.value;
      e.value = value;
      const join = (run: Run) => {
        run.entries.push(e);
        run.last = value;
        e.run = run;
      };
      if (top && value === top.last + 1) return join(top);
      for (let k = stack.length - 2; k >= 0; k--) {
        if (stack[k].last + 1 !== value) continue;
        stack.length = k + 1;
        return join(stack[k]);
      }
      if (!top || value === 1) {
        // A new run: the first under its parent, or a list restarting at （一）.
        const run: Run = { entries: [], last: value, anomalies: [] };
        stack.push(run);
        runs.push(run);
        return join(run);
      }
      // A broken ordinal or a heading beside a table that continues nothing is left out.
      if (e.uncertain === true || (e.uncertain && e.uncertain())) return;
      top.anomalies.push(top.entries.length);
      join(top);
    };
    for (const e of entries) {
      if (e.level === 1) {
        stacks = new Map();
        continue;
      }
      // A new heading of a level opens new runs below it.
      for (const level of [...stacks.keys()]) if (level > e.level) stacks.delete(level);
      place(e);
    }
    for (const run of runs) {
      for (const [n, i] of run.anomalies.entries()) {
        const e = run.entries[i], prev = run.entries[i - 1];
        // The number skipped may stand on a line between, written otherwise (`2.依申请公开情况` among （一）（三）, junk
        // before `2.`, a `### （` that lost it): that line is named and nothing renumbered.
        // Lines between that open with a number written as this level writes it (`2.` between the sub-headings `1.`
        // and `3.`, a paragraph that starts `2.发布审查669件。…`; `1.` before `2.` after `6.`, a list restarted) make
        // the numbers run on as written, whether or not those lines read as headings: nothing to report.
        if (runsOnAsWritten(lines, prev, e, inTable)) continue;
        const between = e.value > prev.value + 1 ? missingAt(lines, entryAt, prev, e, inTable) : undefined;
        report1(ctx, run.entries, i, n === 0 && between === undefined, between);
      }
    }
  },
};

/**
 * Whether the numbers written between sibling headings `prev` and `e` at the start of lines in `e`'s own ordinal style
 * (`3.` for `1.`, `（三）` for `（一）`), outside tables, make `prev`, them and `e` a run as written: each the one before
 * plus one, or 1 (a list restarted).
 */
function runsOnAsWritten(lines: Report['lines'], prev: Entry, e: Entry, inTable: (line: number) => boolean): boolean {
  const h = e.h!;
  const [start, len] = numeralSpan(h);
  const ordinal = h.ordinal.trim();
  const before = escapeRegExp(h.ordinal.slice(0, start).trim()), after = escapeRegExp(h.ordinal.slice(start + len).trim());
  if (!after) return false;
  const form = new RegExp(`^\\s*${before}(${h.ordinalStyle === 'arabic' ? '\\d{1,2}' : '[一二三四五六七八九十]{1,3}'})${after}`);
  let last = prev.value;
  let seen = false;
  for (let i = prev.line + 1; i < e.line; i++) {
    if (inTable(i)) continue;
    const m = form.exec(lines.line(i));
    if (!m) continue;
    const v = h.ordinalStyle === 'arabic' ? Number(m[1]) : chineseNumeral(m[1]);
    if (v !== last + 1 && v !== 1) return false;
    last = v;
    seen = true;
  }
  return seen && ordinal.length > 0 && e.value === last + 1;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `s` cut to 20 characters and `…`. */
const clip = (s: string) => ([...s].length > 20 ? `${[...s].slice(0, 20).join('')}…` : s);

type Run = { entries: Entry[]; last: number; anomalies: number[] };
/**
 * A numbered heading (`h`), or a sub-heading whose ordinal lost a character (`三)`, ordinal-malformed's: `h` null,
 * counted with its number, never reported or renumbered here); `text` as written, `uncertain` when it may be no
 * heading (beside a table's rows, or broken; a function when that is worked out on demand), `run` the run of siblings it joined.
 */
type Entry = { h: Heading | null; level: number; value: number; line: number; text: string; uncertain?: boolean | (() => boolean); run?: Run };

/** Whether `line` holds a table row's cells: tab-separated, or two numbers or dashes apart by wide spaces. */
function cells(line: string): boolean {
  if (/\S\t+\S/.test(line)) return true;
  // (Most lines hold no two spaces in a row: skip the scan for numbers after wide spaces.)
  if (!/\s\s/.test(line)) return false;
  return (line.match(/(?:\t|\s{2,})(?:\d+(?:\.\d+)?|[—－-]+)(?=\s|$)/g) ?? []).length >= 2;
}

/**
 * A line between sibling headings `prev` and `e` (after the one and before the other) that may be the heading whose
 * number `e` skips: it opens with that number in any style (`2.`, `（二）`, `二、`, after junk), or is a `#` heading that
 * lost its ordinal (`### （`), and is no item of a list of its own from 1. Its line number and text, or undefined.
 */
function missingAt(lines: Report['lines'], entryAt: Map<number, Entry>, prev: Entry, e: Entry, inTable: (line: number) => boolean): { line: number; text: string } | undefined {
  const n = prev.value + 1;
  const cn = toChineseNumeral(n);
  const form = new RegExp(`(?:[（(]\\s*(?:${cn}|${n})\\s*[)）]|(?<![一二三四五六七八九十\\d])(?:${cn}|${n})(?!\\d)\\s*[、.．])`);
  for (let i = prev.line + 1; i < e.line; i++) {
    if (inTable(i)) continue;
    const other = entryAt.get(i);
    if (other?.run && other.run.entries[0].value === 1) continue;
    const t = lines.line(i);
    const body = t.replace(/^[\s#*_>]+/, '');
    // (A `#` heading of a character or three, `### （`, lost its ordinal and title.)
    if (form.test(body.slice(0, 10)) || (/^\s{0,3}#{1,6}\s/.test(t) && body.trim().length <= 3)) return { line: i, text: clip(t.trim()) };
  }
  return undefined;
}

/**
 * Says the heading at `i` of the run `es` (its number repeats or skips the one before); `first`: it may carry a fix;
 * `between`: the line that may be the heading whose number it skips (`missingAt`).
 */
function report1(ctx: RuleContext, es: Entry[], i: number, first: boolean, between?: { line: number; text: string }): void {
  const h = es[i].h!;
  const prevEntry = es[i - 1];
  const prev = prevEntry.value;
  const fmt = (v: number) => ordinalWith(h, v);
  const prevLine = prevEntry.line;
  // (A heading whose ordinal lost a character is named as written, `(四`.)
  const prevText = prevEntry.text;
  const rest = es.slice(i + 1);
  const consecutiveFrom = (v: number) => rest.every((e, k) => e.value === v + k);
  const canEdit = (list: typeof es) => list.every((e) => e.h);
  let fix: { title: { zh: string; en: string }; edits: TextEdit[] } | undefined;
  const expected = prev + 1;
  if (first && h.ordinalValue === prev && consecutiveFrom(expected + 1)) {
    fix = { title: bi(`改为“${fmt(expected)}”`, `Renumber to ${fmt(expected)}`), edits: [renumber(h, expected)] };
  } else if (first && h.ordinalValue >= prev && consecutiveFrom(h.ordinalValue + 1) && canEdit(rest)) {
    const shift = expected - h.ordinalValue;
    const all = [es[i], ...rest];
    fix = {
      title: all.length === 1 ? bi(`改为“${fmt(expected)}”`, `Renumber to ${fmt(expected)}`) : bi(`把这 ${all.length} 个小标题依次改为“${fmt(expected)}”至“${fmt(expected + all.length - 1)}”`, `Renumber these ${all.length} sub-headings ${fmt(expected)} to ${fmt(expected + all.length - 1)}`),
      edits: all.map((e) => renumber(e.h!, e.value + shift)),
    };
  }
  const self = `${h.ordinal}${h.title}`;
  const before = bi(`第 ${prevLine + 1} 行的上一个同级标题“${prevText}”`, `the sub-heading before it, “${prevText}” on line ${prevLine + 1}`);
  const what = h.ordinalValue === prev
    ? bi(`小标题“${self}”与${before.zh}重号，应为“${fmt(expected)}”。`, `The sub-heading “${self}” repeats the number of ${before.en}; expected ${fmt(expected)}.`)
    : h.ordinalValue > prev
      ? bi(`小标题“${self}”跳过了“${fmt(expected)}”，紧接在${before.zh}之后。`, `The sub-heading “${self}” skips ${fmt(expected)}, right after ${before.en}.`)
      : bi(`小标题“${self}”的编号小于${before.zh}的，应为“${fmt(expected)}”。`, `The sub-heading “${self}” is numbered below ${before.en}; expected ${fmt(expected)}.`);
  const advice = between
    ? bi(`第 ${between.line + 1} 行“${between.text}”可能就是“${fmt(expected)}”的标题，序号没有照这一级的写法写：请核对。`, ` Line ${between.line + 1}, “${between.text}”, may be the heading of ${fmt(expected)}, its ordinal not written as at this level: check it.`)
    : fix
    ? fix.edits.length > 1
      ? bi(`其后的小标题都按这个编号连续，修复把这 ${fix.edits.length} 个小标题依次改号。`, ` The sub-headings after it continue its number; the fix renumbers these ${fix.edits.length} sub-headings in turn.`)
      : bi('', '')
    : bi('请核对这一级小标题的编号。', ' Check the numbers of these sub-headings.');
  ctx.add({
    message: bi(`${what.zh}${advice.zh}`, `${what.en}${advice.en}`),
    range: h.range,
    expected,
    actual: h.ordinalValue,
    related: prevEntry.h ? [{ range: prevEntry.h.range, message: bi('上一个同级标题', 'the sub-heading before') }] : undefined,
    fix,
  });
}

/** Heading `h`'s ordinal written with number `v` in its own style (`（五）`, `(五)`, `5.`). */
function ordinalWith(h: Heading, v: number): string {
  const [start, len] = numeralSpan(h);
  return h.ordinal.slice(0, start) + numeralOf(h, v) + h.ordinal.slice(start + len);
}

function numeralOf(h: Heading, v: number): string {
  return h.ordinalStyle === 'arabic' ? String(v) : toChineseNumeral(v);
}

/** Where the number stands in `h.ordinal`: its offset and length. */
function numeralSpan(h: Heading): [number, number] {
  const m = (h.ordinalStyle === 'arabic' ? /\d+/ : /[一二三四五六七八九十]+/).exec(h.ordinal);
  return m ? [m.index, m[0].length] : [0, 0];
}

/** The edit that writes number `v` in place of heading `h`'s. */
function renumber(h: Heading, v: number): TextEdit {
  const [start, len] = numeralSpan(h);
  const s = h.ordinalRange.start;
  return { range: { start: { line: s.line, character: s.character + start }, end: { line: s.line, character: s.character + start + len } }, newText: numeralOf(h, v) };
}
