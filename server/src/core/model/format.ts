import type { DetectedFormat, FormatId } from '../types.js';
import { formatForYear, templateOf } from '../templates/index.js';

/** A format marker found in the text: a 表二/表三 label of one format, or the 文号 of its document (`〔2021〕30号`). */
export interface FormatMarker {
  format: FormatId;
  /** The marker as the template writes it; a 文号 starts with `〔`. */
  text: string;
  /** 0-based line. */
  line: number;
}

/** The format chosen for a report and what it was chosen from (`ReportModel.formatEvidence`). */
export interface FormatChoice {
  format: DetectedFormat;
  /**
   * The markers of the chosen format (table labels, then a cited 文号), then `year N` when the report year
   * counted. Empty for `unknown`. The first entry is a table label exactly when the tables showed the format.
   */
  evidence: string[];
}

/** Whether a marker is a 文号 (cited in the text) rather than a table label. */
const isCitation = (m: FormatMarker) => m.text.startsWith('〔');

/**
 * Which format a report is written in (templates.md §1, §7 item 7), from the table labels of each format found in
 * 表二/表三, the report year and the 文号 the report cites.
 *
 * - The tables show one format only, and both 表二 and 表三 are there: that format, whatever the year (a 2024
 *   report wholly in the 2019 format is a 2019-format report: `format-outdated`; 2019 tables in a 2018 report:
 *   `format-anachronism`).
 * - The tables show one unified format only but one of 表二 and 表三 is missing, in a report whose year is due
 *   the other unified format: the year's format. The year decides which formats are possible (templates.md §1: a
 *   2020 report can only be in the 2019 format, a 2021 report must be in the 2021 one), and one table of another
 *   format is no report written in it: a 2020 report with a 2021 表二 and no 表三 is a 2019-format report whose
 *   表二 blocks are of the other format (`format-mixed`), and its missing 表三 is the 2019 one (brk173 #1, #2).
 * - The tables show both, in a report of 2019 or 2020: the 2019 format, the year's. The 2021 format was published after
 *   such a report was due (templates.md §1), so its tables there are blocks of the other format (`format-mixed`),
 *   whatever the report cites: a 2020 report with a 2021 表二, the 2019 表三 and an introduction citing 〔2021〕30号 is
 *   a 2019-format report, its single （六）其他处理 row right (brk185 #1).
 * - The tables show both otherwise: the format the report itself names wins: the one in force for its year (2019–2020:
 *   2019 format, from 2021: 2021 format) and the one of the 文号 it cites count one each. A 2024 report citing
 *   〔2021〕30号 whose 表二 was copied from a 2019 draft is a 2021-format report with old blocks (`format-mixed`),
 *   however many old labels that 表二 holds. When year and citation are silent or split, the format with more
 *   table labels wins (2021 on a tie).
 * - No table labels: the format in force for the year, else the cited 文号's, else `unknown`.
 *
 * @param markers the markers found, in line order (table labels and 文号 alike).
 * @param year the report year, or null when unknown.
 * @param partial whether 表二 or 表三 is missing (the tables there show a format only in part).
 */
export function chooseFormat(markers: readonly FormatMarker[], year: number | null, partial = false): FormatChoice {
  const labels = (f: FormatId) => markers.filter((m) => m.format === f && !isCitation(m));
  const cited = (f: FormatId) => markers.some((m) => m.format === f && isCitation(m));
  const shown = (['2021', '2019'] as const).filter((f) => labels(f).length > 0);
  const due = year === null ? null : formatForYear(year);
  const evidenceOf = (f: FormatId, yearCounted: boolean): string[] => {
    const ev = [...new Set([...labels(f), ...markers.filter((m) => m.format === f && isCitation(m))].map((m) => m.text))];
    if (yearCounted && due === f) ev.push(`year ${year}`);
    return ev;
  };
  if (shown.length === 1) {
    const other = shown[0];
    if (partial && due !== null && due !== 'pre2019' && due !== other) {
      const ev = evidenceOf(due, true);
      return { format: due, evidence: [ev[ev.length - 1], ...ev.slice(0, -1)] };
    }
    return { format: other, evidence: evidenceOf(other, false) };
  }
  if (shown.length === 2) {
    // A format not yet published for the year is no candidate while the year's own format is shown too.
    if (due !== null && due !== 'pre2019' && shown.includes(due) && shown.some((f) => year! < templateOf(f).firstYear)) {
      return { format: due, evidence: evidenceOf(due, true) };
    }
    const named = (f: FormatId) => (due === f ? 1 : 0) + (cited(f) ? 1 : 0);
    const [a, b] = shown;
    const byContext = named(a) - named(b);
    const pick = byContext > 0 ? a : byContext < 0 ? b : labels(a).length >= labels(b).length ? a : b;
    return { format: pick, evidence: evidenceOf(pick, byContext !== 0) };
  }
  if (due !== null) return { format: due, evidence: [`year ${year}`] };
  const first = markers.find(isCitation);
  return first ? { format: first.format, evidence: [first.text] } : { format: 'unknown', evidence: [] };
}
