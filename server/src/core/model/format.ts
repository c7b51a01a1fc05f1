import type { DetectedFormat, FormatId } from '../types.js';
import { formatForYear } from '../templates/index.js';

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
 * - The tables show one format only: that format, whatever the year (a 2024 report wholly in the 2019 format is a
 *   2019-format report: `format-outdated`; 2019 tables in a 2018 report: `format-anachronism`).
 * - The tables show both: the format the report itself names wins: the one in force for its year (2019–2020:
 *   2019 format, from 2021: 2021 format) and the one of the 文号 it cites count one each. A 2024 report citing
 *   〔2021〕30号 whose 表二 was copied from a 2019 draft is a 2021-format report with old blocks (`format-mixed`),
 *   however many old labels that 表二 holds. When year and citation are silent or split, the format with more
 *   table labels wins (2021 on a tie).
 * - No table labels: the format in force for the year, else the cited 文号's, else `unknown`.
 *
 * @param markers the markers found, in line order (table labels and 文号 alike).
 * @param year the report year, or null when unknown.
 */
export function chooseFormat(markers: readonly FormatMarker[], year: number | null): FormatChoice {
  const labels = (f: FormatId) => markers.filter((m) => m.format === f && !isCitation(m));
  const cited = (f: FormatId) => markers.some((m) => m.format === f && isCitation(m));
  const shown = (['2021', '2019'] as const).filter((f) => labels(f).length > 0);
  const due = year === null ? null : formatForYear(year);
  const evidenceOf = (f: FormatId, yearCounted: boolean): string[] => {
    const ev = [...new Set([...labels(f), ...markers.filter((m) => m.format === f && isCitation(m))].map((m) => m.text))];
    if (yearCounted && due === f) ev.push(`year ${year}`);
    return ev;
  };
  if (shown.length === 1) return { format: shown[0], evidence: evidenceOf(shown[0], false) };
  if (shown.length === 2) {
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
