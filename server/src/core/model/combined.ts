import type { Report } from './build.js';
import { YEAR_SOURCE } from '../text/normalize.js';
import { agencyKey } from '../prose/agency.js';

/**
 * A title line of a 政府信息公开工作年度报告 that names its agency: `# 某某区某某局2024年政府信息公开工作年度报告`
 * (Markdown `#` and bold allowed). The agency (group 1) is the text before the year, without punctuation (a line
 * such as `附件：…` or a sentence naming a report is not a title).
 */
const TITLE = new RegExp(String.raw`^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*([^\s:：，,。、；;《》“”"|（）()]{2,40}?)\s*${YEAR_SOURCE}\s*年\s*度?\s*政府信息公开工作年度报告\s*(?:\*\*)?\s*$`);

const cache = new WeakMap<Report, LaterReport[]>();

/** A further report in the same text: where its title is and which agency it names. */
export interface LaterReport {
  /** 0-based line of its title; the report runs from there to the next one's title or the end of the text. */
  line: number;
  /** The agency as its title writes it. */
  agency: string;
  /** The title line as written, trimmed. */
  title: string;
}

/**
 * The further reports of a text holding the complete reports of several agencies one after the other (a compiled
 * 汇编, a web page with two reports): each starts at a title line (`TITLE`) naming an agency other than the first
 * report's title and every earlier one, after the report before it has sections of its own, and is followed by a
 * section `一、`. Empty for the usual text of one report (and when the first report has no such title: a report
 * pasted twice names the same agency and is `table-repeated`'s). Read once per report.
 */
export function laterReports(report: Report): LaterReport[] {
  let out = cache.get(report);
  if (out) return out;
  out = [];
  cache.set(report, out);
  if (!report.isReport || !report.title) return out;
  const first = TITLE.exec(report.lines.line(report.title.range.start.line));
  if (!first) return out;
  const seen = [agencyKey(first[1])];
  const tops = report.headings.filter((h) => h.level === 1 && h.ordinalStyle === 'cn');
  // A further report starts its own 一、 after the sections of the one before: without such a heading there is
  // none, and no line need be read (this runs on every version in the editor).
  if (!tops.some((h, k) => k > 0 && h.ordinalValue === 1)) return out;
  let from = report.title.range.end.line + 1;
  const n = report.lines.lineCount;
  for (let i = from; i < n; i++) {
    const line = report.lines.line(i);
    if (!line.includes('政府信息公开工作年度报告')) continue;
    const m = TITLE.exec(line);
    if (!m) continue;
    const key = agencyKey(m[1]);
    if (seen.some((k) => k === key || k.endsWith(key) || key.endsWith(k))) continue;
    // The report before it has sections; this one starts its own at 一、 (before any further title).
    if (!tops.some((h) => h.line > from && h.line < i)) continue;
    const next = tops.find((h) => h.line > i);
    if (!next || next.ordinalValue !== 1) continue;
    seen.push(key);
    out.push({ line: i, agency: m[1], title: line.trim() });
    from = i;
  }
  return out;
}
