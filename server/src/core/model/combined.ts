import { parseReport, restyledSectionIndex, TITLE_AGENCY_CHAR, type Report } from './build.js';
import { agencyKey } from '../prose/agency.js';
import { YEAR_SOURCE, yearDigits } from '../text/normalize.js';
import { lineDiff, previousVersion } from '../prose/versions.js';

/**
 * The end of a title after the agency: the year and the report's name as reports write it, the template's
 * (`2024年政府信息公开工作年度报告`) or a variant (`2024年度政府信息公开工作报告`, `…政府信息公开年度报告`, `…年报`), and a
 * note in brackets after it (`（全文）`). A compilation whose reports' titles vary so was read as one report (brk94 #1).
 */
const TITLE_NAME_END = String.raw`\s*${YEAR_SOURCE}\s*年\s*度?\s*政府信息公开(?:工作)?(?:年度)?(?:报告|年报)(?:\s*[（(][^（）()]{1,10}[）)])?`;
/** What every title `TITLE` reads holds (a quick test before it runs on a line). */
const TITLE_WORD = '政府信息公开';

/**
 * A title line of a 政府信息公开工作年度报告 that names its agency: `# 某某区某某局2024年政府信息公开工作年度报告`
 * (Markdown `#` and bold allowed, and the number a 汇编 gives each report: `## 一、某某局…报告`). The agency (group 1)
 * is the text before the year, without punctuation (a line such as `附件：…` or a sentence naming a report is not a
 * title).
 */
const TITLE = new RegExp(String.raw`^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]\s*)?(${TITLE_AGENCY_CHAR}{2,40}?)${TITLE_NAME_END}\s*(?:\*\*)?\s*$`);

/**
 * The agencies (`agencyKey`) that the title lines of a text name (`TITLE`, one line each), in order: a quick look,
 * without parsing, at which agencies' reports a file may hold (a compiled 汇编's, brk135 #4).
 */
export function titledAgencies(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (!line.includes(TITLE_WORD) || line.length > 200) continue;
    const m = TITLE.exec(line);
    if (m) out.push(agencyKey(m[1]));
  }
  return out;
}

const cache = new WeakMap<Report, LaterReport[]>();

/** A further report in the same text: where its title is and which agency it names. */
export interface LaterReport {
  /** 0-based line of its title; the report runs from there to the next one's title or the end of the text. */
  line: number;
  /** The agency as its title writes it. */
  agency: string;
  /** The title line as written, trimmed. */
  title: string;
  /** The year its title names (null when its digits do not read as one). */
  year: number | null;
  /**
   * Whether it names the agency of an earlier report of the text (that report's of another year: an agency's
   * reports of two years on one page); false for another agency's report.
   */
  sameAgency: boolean;
}

/** A line that starts with a year and 年 (after Markdown's `#` or `**`): the second line of a title over two. */
const YEAR_FIRST = new RegExp(String.raw`^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*${YEAR_SOURCE}\s*年`);

/** The report's own title as `TITLE` reads it (its line; or its lines joined, a title over two: the agency above the year), or null. */
function firstTitle(report: Report): RegExpExecArray | null {
  const t = report.title;
  if (!t) return null;
  // (Each of its lines: a title read with a line above it, `来源：…` right over the `#` heading, is its own line; brk94 #1.)
  for (let l = t.range.start.line; l <= t.range.end.line && l < report.lines.lineCount; l++) {
    const m = TITLE.exec(report.lines.line(l));
    if (m) return m;
  }
  return TITLE.exec(t.text.split(/\r?\n/).map((l) => l.trim()).join(''));
}

/** Whether two agencies' keys (`agencyKey`) name one agency: the same, or one the end of the other (`某某局`, `某某市某某局`). */
function sameAgency(a: string, b: string): boolean {
  return a === b || a.endsWith(b) || b.endsWith(a);
}

/** The year a title line names after its agency (`TITLE`'s match `m`), or null. */
function titleYear(m: RegExpExecArray): number | null {
  const y = TITLE_YEAR.exec(m[0].slice(m[0].indexOf(m[1]) + m[1].length));
  const n = y ? Number(yearDigits(y[0])) : NaN;
  return Number.isInteger(n) ? n : null;
}
const TITLE_YEAR = new RegExp(YEAR_SOURCE);

/**
 * The further reports of a text holding the complete reports of several agencies one after the other (a compiled
 * 汇编, a web page with two reports), or one agency's reports of several years (brk90 #1): each starts at a title line
 * (`TITLE`) naming an agency other than the first report's title and every earlier one, or one of them with another
 * year, after the report before it has sections of its own, and is followed by a
 * section `一、` (or the template's first section numbered in another style, `（一）总体情况`: `restyledSectionIndex`;
 * the whole text leaves such headings as sub-headings when each report repeats them, each part reads them as its
 * sections). Empty for the usual text of one report (a report pasted twice names the same agency and year, and is
 * `table-repeated`'s). A first report without a title naming its agency names none. Read once per report.
 */
export function laterReports(report: Report): LaterReport[] {
  let out = cache.get(report);
  if (out) return out;
  out = [];
  cache.set(report, out);
  if (!report.isReport) return out;
  const first = firstTitle(report);
  // The agencies and years of the reports so far: a title naming one of them again starts another report only with
  // another year (the same title again is the report pasted twice: table-repeated's). A first report with no title
  // naming its agency (a web page's copy opening with its 索引号 lines) names none: the next title starts another
  // report all the same (brk94 #1: the second report's prose was compared with the first's tables).
  const seen = first ? [{ key: agencyKey(first[1]), year: titleYear(first) ?? report.year }] : [];
  // The sections' headings: `一、…`, and the template's titles numbered `（一）总体情况`… (`restyledSectionIndex`), which
  // the whole text's model leaves as sub-headings when several reports repeat them. Their numbers (1 for 一).
  const tops: { line: number; value: number }[] = [];
  for (const h of report.headings) {
    if (h.level === 1 && h.ordinalStyle === 'cn') tops.push({ line: h.line, value: h.ordinalValue });
    else {
      const idx = restyledSectionIndex(h);
      if (idx >= 0) tops.push({ line: h.line, value: idx + 1 });
    }
  }
  // A further report starts its own 一、 after the sections of the one before: without such a heading there is
  // none, and no line need be read (this runs on every version in the editor).
  if (!tops.some((h, k) => k > 0 && h.value === 1)) return out;
  let from = report.title ? report.title.range.end.line + 1 : 0;
  const n = report.lines.lineCount;
  for (let i = from; i < n; i++) {
    const line = report.lines.line(i);
    if (!line.includes(TITLE_WORD)) continue;
    let m = TITLE.exec(line);
    // A title over two lines, the agency above its year (`淮安市洪泽区人民政府` / `2024 年政府信息公开工作年度报告`, as
    // pdftotext writes a centred title; brk92 #1): the report starts at the agency's line.
    let at = i;
    if (!m && i - 1 > from && YEAR_FIRST.test(line)) {
      const above = report.lines.line(i - 1).trim().replace(/^#{1,6}\s*/, '').replace(/^\*\*\s*|\s*\*\*$/g, '');
      if (above && above.length <= 40) {
        m = TITLE.exec(above + line.trim().replace(/^#{1,6}\s*/, '').replace(/^\*\*\s*/, ''));
        if (m) at = i - 1;
      }
    }
    if (!m) continue;
    const key = agencyKey(m[1]);
    const year = titleYear(m);
    const same = seen.filter((k) => sameAgency(k.key, key));
    if (same.some((k) => year === null || k.year === null || k.year === year)) continue;
    // The report before it has sections; this one starts its own at 一、 (before any further title).
    if (!tops.some((h) => h.line > from && h.line < at)) continue;
    const next = tops.find((h) => h.line > i);
    if (!next || next.value !== 1) continue;
    seen.push({ key, year });
    out.push({ line: at, agency: m[1], title: at === i ? line.trim() : `${report.lines.line(at).trim()}${line.trim()}`, year, sameAgency: same.length > 0 });
    from = i;
  }
  return out;
}

/** One agency's report in a text that may hold several (`reportParts`). */
export interface ReportPart {
  /**
   * The report read on its own: parsed from its lines below as many empty lines as precede it in the whole text,
   * so that its positions (0-based lines, UTF-16 characters) are those of the whole text. The whole text's own
   * model when it holds one report.
   */
  report: Report;
  /** 0-based first line (its title's; 0 for the first report) and the line after its last, in the whole text. */
  startLine: number;
  endLine: number;
  /**
   * 0-based line of its title, where the report starts as a reader sees it (the first report of a 汇编 starts below
   * the compilation's cover title and contents, which belong to its span all the same); `startLine` without a title.
   */
  titleLine: number;
  /** Its title as written, without Markdown's `#` and `**`; null when the text has no title line. */
  title: string | null;
  /** The agency its title names, as `agencyKey` compares it; null when its title names none. */
  agencyKey: string | null;
}

/**
 * The report of the same agency for the year before `part`'s in the same text (an agency's reports of two years on
 * one page): last year's report for the cross-year rules (carry-over, stock-flow), or null.
 */
export function previousInFile(parts: readonly ReportPart[], part: ReportPart): Report | null {
  const key = part.agencyKey, year = part.report.year;
  if (key === null || year === null) return null;
  return parts.find((p) => p !== part && p.agencyKey !== null && sameAgency(p.agencyKey, key) && p.report.year === year - 1)?.report ?? null;
}

const partsCache = new WeakMap<Report, ReportPart[]>();

/** How many reports of texts of several `reportParts` read, and took over from the version before (tests, `debugStats`). */
export const partCounters = { parsed: 0, reused: 0 };

/**
 * The reports of a text, each read on its own (see `laterReports` for where a further report starts): `[the whole
 * model]` for the usual text of one report, else one part per report, in order. A format or year forced for the
 * text (`ParseOptions`) is forced for each part. Parts that do not read as a report are left out. Read once per
 * model (the checker, the review summary and the outline share them).
 */
export function reportParts(report: Report): ReportPart[] {
  let out = partsCache.get(report);
  if (out) return out;
  const later = laterReports(report);
  const { lines } = report;
  if (!later.length) out = [{ report, startLine: 0, endLine: lines.lineCount, titleLine: report.title?.range.start.line ?? 0, title: plainTitle(report.title?.text), agencyKey: null }];
  else {
    out = [];
    const bounds = [0, ...later.map((r) => r.line), lines.lineCount];
    const format = report.formatEvidence[0] === 'override' && report.format !== 'unknown' ? report.format : undefined;
    const year = report.extras.forcedYear;
    const first = firstTitle(report);
    const unchanged = unchangedParts(report);
    for (let k = 0; k + 1 < bounds.length; k++) {
      const a = bounds[k], b = bounds[k + 1];
      // From the first character of line `a` to the first of line `b`, below `a` empty lines (each with the line
      // break that ends line a − 1): the part's lines are numbered as in the whole text.
      // (A part of the version before, on the same lines with the same text, is that model: an edit of a compilation
      // of 300 reports re-read all of them, 3 s a keystroke; brk93 #6.)
      const kept = unchanged(a, b);
      if (kept) partCounters.reused++;
      else partCounters.parsed++;
      const part = kept ?? parseReport((a ? lines.eol(a - 1) : '').repeat(a) + lines.text.slice(lines.starts[a], b < lines.lineCount ? lines.starts[b] : lines.text.length), { format, year });
      // (A later report of the file takes the year forced for the file, and is not told that its text says another.)
      if (k > 0 && year !== undefined) part.extras.yearForcedForFile = true;
      const titleLine = k === 0 ? report.title?.range.start.line ?? a : a;
      const agency = k === 0 ? first?.[1] : later[k - 1].agency;
      if (part.isReport) out.push({ report: part, startLine: a, endLine: b, titleLine, title: plainTitle(k === 0 ? report.title?.text : later[k - 1].title), agencyKey: agency ? agencyKey(agency) : null });
    }
  }
  partsCache.set(report, out);
  return out;
}

/**
 * For a version that follows on another (`followOn`, the editor's previous version of the document, read with the
 * same format and year): a function giving the model of the previous version's part on lines `[a, b)` (0-based) when
 * its lines are the same lines with the same text here (all before the edit, or all after an edit that kept the line
 * count), else undefined. Parts of the previous version are those `reportParts` read of it (none if it read none).
 */
function unchangedParts(report: Report): (a: number, b: number) => Report | undefined {
  const prev = previousVersion(report);
  const old = prev && partsCache.get(prev);
  const diff = old && old.length > 1 ? lineDiff(report) : null;
  if (!prev || !old || !diff) return () => undefined;
  const byStart = new Map(old.map((p) => [p.startLine, p]));
  return (a, b) => {
    const p = byStart.get(a);
    if (!p || p.endLine !== b) return undefined;
    // Every line of the part (and the one before it, whose line break pads its model) outside the edited lines.
    const before = b <= diff.start, after = diff.delta === 0 && a >= diff.end;
    if (!before && !after) return undefined;
    return a === 0 || prev.lines.eol(a - 1) === report.lines.eol(a - 1) ? p.report : undefined;
  };
}

/** A title line without Markdown's `#` and `**` around it; null for none. */
function plainTitle(title: string | undefined): string | null {
  return title ? title.replace(/^#{1,6}\s*/, '').replace(/^\*\*\s*|\s*\*\*$/g, '') : null;
}
