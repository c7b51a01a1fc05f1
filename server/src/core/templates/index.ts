import type { Bilingual, FormatId } from '../types.js';
import { TemplateSchema, type Table2Template, type Template } from './schema.js';
import pre2019 from './data/pre2019.json';
import f2019 from './data/2019.json';
import f2021 from './data/2021.json';

export * from './schema.js';

/**
 * Validates a template data file against the schema.
 * @throws Error naming the file and the first invalid key, when the data does not fit (a bug in the data file).
 */
export function loadTemplate(name: string, data: unknown): Template {
  const r = TemplateSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`template ${name}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return r.data;
}

/** All formats, oldest first; validated once at load. */
export const TEMPLATES: readonly Template[] = [
  loadTemplate('pre2019.json', pre2019),
  loadTemplate('2019.json', f2019),
  loadTemplate('2021.json', f2021),
];

/** The template of a format id. */
export function templateOf(id: FormatId): Template {
  const t = TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`unknown format ${id}`);
  return t;
}

/** The format that applies to a report year (templates.md §1): ≤2018 pre-2019, 2019–2020 the 60号 format, later 30号. */
export function formatForYear(year: number): FormatId {
  for (let i = TEMPLATES.length - 1; i >= 0; i--) if (year >= TEMPLATES[i].firstYear) return TEMPLATES[i].id;
  return 'pre2019';
}

/**
 * The format a report of `year` may still follow instead of the one in force (`formatForYear`): the format that one
 * replaced, while the year is before the new format's `requiredFrom` (a 2019 report in the conventional pre-2019 form:
 * templates.md §1, §6.3). Null when the format in force is required for the year.
 */
export function tolerableOlderFormat(year: number): FormatId | null {
  const i = TEMPLATES.findIndex((t) => t.id === formatForYear(year));
  const due = TEMPLATES[i];
  return i > 0 && due.requiredFrom !== undefined && year < due.requiredFrom ? TEMPLATES[i - 1].id : null;
}

/** The report years a new report or a forced year may have: the 条例's annual reports start with 2008; 2099 bounds typos and is the last year the year readers (19xx/20xx) read back (helper-208 #6). */
export const FIRST_REPORT_YEAR = 2008;
export const LAST_REPORT_YEAR = 2099;

/**
 * Why `year` is no report year (outside `FIRST_REPORT_YEAR`–`LAST_REPORT_YEAR`), in both languages, or null. Used by
 * `nianbao new` and the language server's newReport and setOverride.
 */
export function reportYearProblem(year: number): Bilingual | null {
  if (year >= FIRST_REPORT_YEAR && year <= LAST_REPORT_YEAR) return null;
  return {
    zh: `年份 ${year} 不在 ${FIRST_REPORT_YEAR}–${LAST_REPORT_YEAR} 之间（年度报告自 ${FIRST_REPORT_YEAR} 年起编制）`,
    en: `Year ${year} is not from ${FIRST_REPORT_YEAR} to ${LAST_REPORT_YEAR} (annual reports start in ${FIRST_REPORT_YEAR})`,
  };
}

/**
 * Why a new report of `year` cannot be drafted in `format`, or null when it can: a report uses the format in force
 * for its year (`formatForYear`) or the older one it may still follow (`tolerableOlderFormat`); any other pair gives
 * a draft that a check at once flags (format-outdated, format-anachronism). The message (both languages) names the
 * format due for the year. Used by `nianbao new` and the language server's newReport command.
 */
export function formatYearMismatch(format: FormatId, year: number): Bilingual | null {
  const due = formatForYear(year);
  const older = tolerableOlderFormat(year);
  if (format === due || format === older) return null;
  return {
    zh: `${format} 格式不适用于 ${year} 年度的报告：${year} 年度应使用 ${due} 格式${older ? `（也可用 ${older}）` : ''}。2021 年度起用 2021 格式；2019、2020 年度用 2019 格式（2019 年度也可按 2019 年以前的传统格式 pre2019）；2018 年度及以前用 pre2019。`,
    en: `The ${format} format does not apply to a ${year} report: a ${year} report uses the ${due} format${older ? ` (or ${older})` : ''}. The 2021 format applies to reports from 2021 on, the 2019 format to 2019 and 2020 (a 2019 report may keep the conventional form used before 2019, pre2019), and pre2019 to 2018 and before.`,
  };
}

/** The block of 表二 (`第二十条第（一）项` …) that holds template row `rowId` (`T2.1`), or undefined. */
export function blockOfRow(t2: Table2Template, rowId: string): Table2Template['blocks'][number] | undefined {
  return t2.blocks.find((b) => b.rows.some((r) => r.id === rowId));
}
