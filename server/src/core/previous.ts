import type { Report } from './model/build.js';
import { agencyOf, sameAgency, type Agency } from './prose/agency.js';

/** A report that might be last year's: where it is (a path or a URI) and its model. */
export interface PreviousCandidate {
  uri: string;
  report: Report;
}

/**
 * Picks last year's report of the same agency among `candidates` (the other reports of a folder or workspace),
 * for the cross-year rules: detected year = this year − 1 and the same agency (from the titles: `淮安市洪泽区人民政府`
 * and `洪泽区人民政府` are the same). Pure. Returns null when the report's year or agency is unknown, when no
 * candidate fits, or when two fit equally well (it does not guess).
 */
export function findPreviousReport<C extends PreviousCandidate>(report: Report, candidates: readonly C[]): C | null {
  if (report.year === null || report.extras.yearAmbiguous) return null;
  const agency = agencyOf(report);
  if (!agency) return null;
  const scored: { c: C; score: number }[] = [];
  for (const c of candidates) {
    if (c.report === report || c.report.year !== report.year - 1 || c.report.extras.yearAmbiguous || !c.report.isReport) continue;
    const other: Agency | null = agencyOf(c.report);
    if (!other || !sameAgency(agency, other)) continue;
    scored.push({ c, score: other.key === agency.key ? 2 : 1 });
  }
  if (!scored.length) return null;
  scored.sort((a, b) => b.score - a.score);
  if (scored.length > 1 && scored[1].score === scored[0].score) return null;
  return scored[0].c;
}
