import type { Range, RowModel, TableModel } from '../types.js';
import type { Report } from '../model/build.js';
import { inRowOrdinalStyle, inStyleOf, inWrittenScriptAt, keepsDigits } from './util.js';
import { labelAdditionStart, leadingMarkLength } from '../model/labels.js';
import { charDistance, labelKey } from '../text/normalize.js';
import { decodeCharRefs, hasCharRef } from '../parse/html.js';

/** A single character, then a run of spaces, before a row's label on its line: a piece of a label written top-down. */
const VERTICAL_LEAD = /^[\u4e00-\u9fff][ \t\u3000]{2,}(?=\S)/;

/**
 * What row-label's fix writes over the misspelled label of row `r` of table `t` (`match.kind` misspelled, not wrapped
 * over parts): the label's `range` and text as read (`raw`), the template's label in the document's punctuation
 * (`canon`) and the text written (`to`: with what the author added kept, a footnote mark before it or a remark after
 * it, in the script the label is written in), whether that keeps the digits written in the label (`keeps`: else no
 * fix), whether it could be written in that script (`script`: else no fix), and how many characters of the label's
 * own it changes (`apart`, for the message). Null when the label is the template's but for such an addition (no
 * misspelling at all).
 */
export function labelRewrite(report: Report, t: TableModel, r: RowModel): { raw: string; range: Range; canon: string; to: string; keeps: boolean; script: boolean; apart: number } | null {
  if (!r.match.range) return null;
  // `pdftotext -layout` puts a character of a label written top-down beside its rows (三、本年度办理结果) on a row's
  // line before the row's label (`本            2.其他法律…`): no part of it, left out of the message and the fix
  // (helper-213 #7: its digit check saw the 2 as a number and offered no fix).
  const { start: s0, end: e0 } = r.match.range;
  const lead = t.layout === 'space-aligned' && s0.line === e0.line ? VERTICAL_LEAD.exec(report.lines.line(s0.line).slice(s0.character, e0.character))?.[0].length ?? 0 : 0;
  // (The label as read has its runs of spaces made one.)
  const raw = lead ? r.match.raw.replace(/^[\u4e00-\u9fff][ \t\u3000]+/, '') : r.match.raw;
  const range = lead ? { start: { ...r.match.range.start, character: r.match.range.start.character + lead }, end: r.match.range.end } : r.match.range;
  // What the author added after the label in its cell (a footnote mark `※`, a remark `（含转办件）`, ` 备注：无`) is
  // kept: the fix writes the template's label over the label only (brk104 #2). A label that is exact but for
  // such an addition is no misspelling at all.
  const oneLine = range.start.line === range.end.line && !r.match.continuation;
  // (An HTML cell's character references read as the characters they stand for, as the model read the label:
  // `3.危及&ldquo;三安全一稳正&rdquo;` is `3.危及“三安全一稳正”`, one character off, with nothing added after it; brk145.)
  const written0 = oneLine ? report.lines.line(range.start.line).slice(range.start.character, range.end.character) : raw;
  const cell = oneLine && hasCharRef(written0) ? decodeCharRefs(written0).text : written0;
  // A footnote mark before the label (`※行政许可`, `※2.重复申清`) is kept as one after it is (brk105 #3).
  const head = oneLine ? cell.slice(0, leadingMarkLength(cell)) : '';
  const written = cell.slice(head.length);
  const kept = oneLine ? written.slice(labelAdditionStart(written, r.label)) : '';
  const body = written.slice(0, written.length - kept.length);
  if ((kept || head) && labelKey(body) === labelKey(r.label)) return null;
  // Keep a group label written in the same cell (`（三）不予公开 1.属于国家秘密`) and the document's punctuation style.
  // Its ordinal as the author writes ordinals (`3、其他` over `4、其他`, not `3.其他`: brk137 #1): only what is wrong
  // is changed.
  const canon = inRowOrdinalStyle(t, r, written, inStyleOf(head ? raw.slice(leadingMarkLength(raw)) : raw, r.label));
  // How far apart (`apart`): the characters the fix rewrites, the label's own, not a footnote mark or remark it keeps
  // before or after it, whichever mark (brk105 F12: `行政强制措施*` said 2, `行政处罚决定※` 3, as `*` is no part of a
  // label's key and `※` is; a mark inside the label, rewritten with it, is counted).
  const apart = kept || head ? Math.max(1, charDistance(labelKey(body), labelKey(canon))) : r.match.distance;
  // A fix never deletes or changes a digit written in the label (it may be one of the row's numbers).
  // It writes in the script the label is written in: `行政處罰` over `行政處法` (brk105; `script` false: it cannot).
  const to = inWrittenScriptAt(report, range, head + canon + kept);
  return { raw, range, canon, to: to ?? head + canon + kept, keeps: keepsDigits(kept || head ? body : raw, canon), script: to !== null, apart };
}

