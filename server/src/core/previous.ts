import type { Report } from './model/build.js';
import { reportParts } from './model/combined.js';
import { YEAR_SOURCE_NAMES } from './model/year.js';
import { agencyOf, differentAgencies, sameAgency, type Agency } from './prose/agency.js';
import type { Bilingual } from './types.js';

/** A report that might be last year's: where it is (a path or a URI) and its model. */
export interface PreviousCandidate {
  uri: string;
  report: Report;
}

/**
 * What the search for last year's report needs of a report: its detected year, whether that year is ambiguous,
 * whether the text reads as a report at all, and its agency. A few dozen bytes, so a caller that judges many
 * candidate files (the CLI over a folder) can keep these instead of whole models.
 */
export interface ReportKey {
  year: number | null;
  yearAmbiguous: boolean;
  /**
   * The report's own year evidence disagrees (title, introduction and statistics period name different years: what
   * `year-mismatch` reports): which year its numbers belong to is not certain, so it is nobody's last year's report.
   */
  yearConflict: boolean;
  isReport: boolean;
  agency: Agency | null;
  /**
   * The tables of the report the cross-year rules compare (templates.md §5.3): `t3`, a 表三 (carry-over); `t2`, the
   * format of a 表二 of the 2021 or the 2019 format (stock-flow compares two of the same format), else false. Read
   * from the model: a key made from part of a text (the head and tail the CLI reads of a candidate) may not see them.
   */
  crossYear: { t2: '2019' | '2021' | false; t3: boolean };
}

/** The `ReportKey` of a parsed report. Pure. */
export function reportKey(report: Report): ReportKey {
  return {
    year: report.year, yearAmbiguous: Boolean(report.extras.yearAmbiguous), yearConflict: yearConflicts(report), isReport: report.isReport, agency: agencyOf(report),
    crossYear: { t2: (report.format === '2021' || report.format === '2019') && report.tables.t2 ? report.format : false, t3: Boolean(report.tables.t3) },
  };
}

/**
 * Whether a candidate for last year's report has a table a cross-year rule would compare with the report's: both
 * have a 表三 (carry-over), or both a 表二 of the same format, 2021 or 2019 (stock-flow). A report in the pre-2019 form,
 * or one with no tables yet, cannot serve. Pure.
 */
export function servesCrossYear(report: ReportKey, candidate: ReportKey): boolean {
  return (report.crossYear.t3 && candidate.crossYear.t3) || (report.crossYear.t2 !== false && report.crossYear.t2 === candidate.crossYear.t2);
}

/**
 * The agencies of a report and of the report named as its last year's (`--previous`) when they clearly differ
 * (`differentAgencies`: `临川县市场监督管理局` and `平江县财政局`), else null: alike, or either text names none. Its
 * numbers are then another body's, which the cross-year rules must not compare. Pure.
 */
export function previousOfOtherAgency(report: Report, previous: Report): { agency: Agency; previousAgency: Agency } | null {
  const agency = agencyOf(report), previousAgency = agencyOf(previous);
  return agency && previousAgency && differentAgencies(agency, previousAgency) ? { agency, previousAgency } : null;
}

/**
 * The report of `report`'s agency for the year before within `previous` when `previous` holds several reports (a
 * compiled 汇编 of several agencies' reports, or an agency's reports of several years on one page: `reportParts`),
 * chosen as among the files of a folder (`bestPreviousByKey`: year − 1, the same agency, no guess between equals),
 * with the 0-based line of its title and the agency its title names; null for a text of one report, or when no part,
 * or more than one, fits. Last year's report of an agency whose report is not the first of a 汇编 is that part, not
 * the file's first report (brk135 #4). Pure.
 */
export function previousPart(report: Report, previous: Report): { report: Report; line: number; title: string | null } | null {
  if (!report.isReport || !previous.isReport) return null;
  const parts = reportParts(previous);
  if (parts.length < 2) return null;
  const best = bestPreviousByKey(reportKey(report), parts.map((part) => ({ part, key: reportKey(part.report) })));
  return best.length === 1 ? { report: best[0].part.report, line: best[0].part.titleLine, title: best[0].part.title } : null;
}

/**
 * Whether `previous`, given as last year's report of `report`, plainly is not: the report's year is known and
 * `previous` is no report, or reads as another year than the one before (a year it does not tell is not held
 * against it here). No cross-year rule compares with such a text (carry-over, stock-flow, content-copied, prose-change's comparisons
 * with last year: brk135 #2), and the review summary does not either. Pure.
 */
export function previousOfWrongYear(report: Report, previous: Report): boolean {
  return report.year !== null && (!previous.isReport || (previous.year !== null && previous.year !== report.year - 1));
}

/**
 * Whether a report's title, its introduction's name for itself and its statistics period name more than one year
 * (the evidence `year-mismatch` compares; the signature date, a year later by nature, is not counted). Pure.
 */
export function yearConflicts(report: Report): boolean {
  let year: number | null = null;
  for (const e of report.yearEvidence) {
    if (e.source !== 'title' && e.source !== 'self-reference' && e.source !== 'period') continue;
    if (year === null) year = e.year;
    else if (e.year !== year) return true;
  }
  return false;
}

/** A year a report names for itself and where: its title, its introduction's name for itself, its statistics period. */
export interface NamedYear {
  source: 'title' | 'self-reference' | 'period';
  year: number;
}

/**
 * The years a report names for itself (`yearConflicts` compares them), one entry per place and year, in the order
 * title, introduction, statistics period. Pure.
 */
export function namedYears(report: Report): NamedYear[] {
  const out: NamedYear[] = [];
  for (const source of ['title', 'self-reference', 'period'] as const) {
    for (const e of report.yearEvidence) {
      if (e.source === source && !out.some((x) => x.source === source && x.year === e.year)) out.push({ source, year: e.year });
    }
  }
  return out;
}

/**
 * `namedYears` as the notes on last year's report say them, place by place: `标题为 2023 年，统计期限为 2022 年`, `the
 * title says 2023, the statistics period 2022` (a place naming two years: `统计期限为 2023 年和 2022 年`). Pure.
 */
export function namedYearsText(years: readonly NamedYear[]): Bilingual {
  const bySource = new Map<NamedYear['source'], number[]>();
  for (const y of years) bySource.set(y.source, [...(bySource.get(y.source) ?? []), y.year]);
  const zh: string[] = [], en: string[] = [];
  for (const [source, ys] of bySource) {
    zh.push(`${YEAR_SOURCE_NAMES[source][0]}为 ${ys.join(' 年和 ')} 年`);
    en.push(`${YEAR_SOURCE_NAMES[source][1]}${en.length ? '' : ys.length > 1 ? ' names' : ' says'} ${ys.join(' and ')}`);
  }
  return { zh: zh.join('，'), en: en.join(', ') };
}

/**
 * Picks last year's report of the same agency among `candidates` (the other reports of a folder or workspace),
 * for the cross-year rules: detected year = this year − 1, told alike by its title, introduction and statistics
 * period (`ReportKey.yearConflict`), and the same agency (from the titles: `淮安市洪泽区人民政府` and `洪泽区人民政府` are
 * the same, and so are `柳营市发改局` and `柳营市发展和改革局`). Pure. Returns null when the report's year or agency is unknown, when no
 * candidate fits, or when two fit equally well (it does not guess).
 */
export function findPreviousReport<C extends PreviousCandidate>(report: Report, candidates: readonly C[]): C | null {
  const keyed = candidates.filter((c) => c.report !== report).map((c) => ({ c, key: reportKey(c.report) }));
  return findPreviousByKey(reportKey(report), keyed)?.c ?? null;
}

/**
 * `findPreviousReport` on keys: `candidates` carry the `ReportKey` of each candidate (the report itself must not
 * be among them). Returns the one candidate that fits best, or null (none fits, or two fit equally well).
 */
export function findPreviousByKey<C extends { key: ReportKey }>(report: ReportKey, candidates: readonly C[]): C | null {
  const best = bestPreviousByKey(report, candidates);
  return best.length === 1 ? best[0] : null;
}

/**
 * The equally good candidates for last year's report (`findPreviousByKey` takes one only when it is alone): empty
 * when none fits, two or more when the choice is for the user (`--previous`), e.g. a draft and a final copy. The
 * agency matches as a file named with `--previous` must (not `differentAgencies`), of the same kind; a candidate
 * whose name is written alike beats one that is the same name with its higher level written out
 * (`淮安市洪泽区人民政府`, `洪泽区人民政府`: `sameAgency`), which beats a short form (`发改局` for `发展和改革局`).
 * Among equally good ones, those with the tables the cross-year rules need (`servesCrossYear`) beat those without.
 */
export function bestPreviousByKey<C extends { key: ReportKey }>(report: ReportKey, candidates: readonly C[]): C[] {
  if (report.year === null || report.yearAmbiguous) return [];
  const agency = report.agency;
  if (!agency) return [];
  const scored: { c: C; score: number }[] = [];
  for (const c of candidates) {
    const k = c.key;
    // A candidate whose own year evidence conflicts (title 2023, period 2024) may hold another year's numbers.
    if (k.year !== report.year - 1 || k.yearAmbiguous || k.yearConflict || !k.isReport) continue;
    const other = k.agency;
    // The same names as `--previous` accepts (`differentAgencies`: `柳营市发改局` for `柳营市发展和改革局`), but of
    // the same kind: a government's report and its office's own (`某某县人民政府`, `某某县人民政府办公室`) are
    // two reports, and a file nobody named is not taken for the other.
    if (!other || other.kind !== agency.kind || differentAgencies(agency, other)) continue;
    scored.push({ c, score: other.key === agency.key ? 3 : sameAgency(agency, other) ? 2 : 1 });
  }
  if (!scored.length) return [];
  scored.sort((a, b) => b.score - a.score);
  const best = scored.filter((x) => x.score === scored[0].score).map((x) => x.c);
  // Of equally good candidates, those that lack the tables the cross-year rules would compare (a 2019 report in the
  // pre-2019 form, no 表三, beside the real 2019-format one: brk114 #5) cannot serve: when some can, only they
  // count. Two that both can stay a choice for the user.
  const serving = best.filter((c) => servesCrossYear(report, c.key));
  return serving.length && serving.length < best.length ? serving : best;
}

/**
 * The year (2000–2099, a number of its own, not part of a word such as `pre2019`) a file name names when it names no other than `year`: `年报2024.txt` for a
 * report of 2023. Null when the name names `year`, no year, or two different years (a date, a range: not read as the
 * report's year).
 */
export function otherNameYear(name: string, year: number): number | null {
  // A year stands on its own: not glued to Latin letters or digits, as in the format id `pre2019` (`--report-format
  // pre2019`, a natural tag in a draft's name) or a version tag; a CJK neighbour (`年报2024`, `2024年`) or a separator
  // (`report-2024`, `年报_2024`) is fine (brk176 #3).
  const years = new Set([...name.matchAll(/(?<![0-9A-Za-z])(20[0-9]{2})(?![0-9A-Za-z])/g)].map((m) => Number(m[1])));
  if (years.size !== 1 || years.has(year)) return null;
  return [...years][0];
}
