/**
 * The choices of "New report from template", without VS Code: which report years are accepted, which formats a
 * year may use (the one it requires first), and the file name the draft is proposed under. extension.ts asks the
 * user and calls these; unit-tested under node (test/unit/editorux-new-report-prompts.test.mjs), which also checks that the years
 * below agree with the template data the server uses (server/src/core/templates: `firstYear`, `requiredFrom`).
 */

/** A report format, as the server's `nianbao.server.newReport` takes it. */
export type DraftFormat = 'pre2019' | '2019' | '2021';

/** The report years a draft can be made for (the server accepts the same range). */
export const FIRST_YEAR = 2008;
export const LAST_YEAR = 2099;

/**
 * The formats, oldest first: the first report year each applies to, and for the 2019 format the year from which it is
 * required (a 2019 report may still use the conventional pre-2019 form; templates.md §1, §6.3).
 */
const FORMATS: readonly { id: DraftFormat; firstYear: number; requiredFrom?: number; document: string }[] = [
  { id: 'pre2019', firstYear: 2008, document: '国务院令第492号' },
  { id: '2019', firstYear: 2019, requiredFrom: 2020, document: '国办公开办函〔2019〕60号' },
  { id: '2021', firstYear: 2021, document: '国办公开办函〔2021〕30号' },
];

/**
 * The formats a report of `year` may use: first the one its year requires, then the older one it may still follow
 * (only 2019: pre2019). Empty for a year outside `FIRST_YEAR`–`LAST_YEAR`.
 */
export function formatsForYear(year: number): DraftFormat[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return [];
  let i = FORMATS.length - 1;
  while (i > 0 && year < FORMATS[i].firstYear) i--;
  const due = FORMATS[i];
  return i > 0 && due.requiredFrom !== undefined && year < due.requiredFrom ? [due.id, FORMATS[i - 1].id] : [due.id];
}

/** A range of report years, inclusive. */
export interface YearRange { from: number; to: number }

/** The years of a new draft. */
export const DRAFT_YEARS: YearRange = { from: FIRST_YEAR, to: LAST_YEAR };

/** The report year typed in a year prompt (`range`: the years accepted), or null when it is not one (`yearProblem` says why). */
export function parseYear(text: string, range: YearRange = DRAFT_YEARS): number | null {
  // Full-width digits (a Chinese input method in full-width mode: `２０２４`) are the same year.
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return y >= range.from && y <= range.to ? y : null;
}

/**
 * Why the text typed in a year prompt is not a report year, naming the years accepted (`range`), or null when it is
 * one (`allowEmpty`: an empty answer is one too, as in the status bar's override, where it means "detect").
 */
export function yearProblem(text: string, zh: boolean, range: YearRange = DRAFT_YEARS, allowEmpty = false): string | null {
  if ((allowEmpty && !text.trim()) || parseYear(text, range) !== null) return null;
  return zh
    ? `请输入 ${range.from} 至 ${range.to} 之间的四位年份（报告年度，即统计的那一年）`
    : `Enter a report year from ${range.from} to ${range.to} (four digits: the year the report covers)`;
}

/** The year proposed in the year prompt: last year (the report written early in a year is about the year before). */
export function defaultYear(now: Date = new Date()): number {
  return now.getFullYear() - 1;
}

/** A quick-pick item of the format prompt. */
export interface FormatChoice {
  label: string;
  description: string;
  format: DraftFormat;
}

/** The format prompt's items for `year`: the format the year requires first (marked), then the older one it allows. */
export function formatChoices(year: number, zh: boolean): FormatChoice[] {
  return formatsForYear(year).map((id, i) => {
    const doc = FORMATS.find((f) => f.id === id)!.document;
    const description = id === 'pre2019'
      ? (zh ? `2019 年以前的惯例章节，没有统计表（${year} 年度仍可使用）` : `the conventional sections before 2019, no tables (still allowed for ${year})`)
      : i === 0
        ? (zh ? `${doc}（${year} 年度应使用此格式）` : `${doc} (the format for ${year} reports)`)
        : doc;
    return { label: id === 'pre2019' ? (zh ? '2019 年以前的格式' : 'pre-2019') : (zh ? `${id} 格式` : `${id} format`), description, format: id };
  });
}

/**
 * Why `format` cannot be used for a report of `year` (the formats the year uses named), or null when it can. Checked
 * before anything is sent to the server, so that an impossible pair given to the command never reaches it.
 */
export function pairProblem(format: string, year: number, zh: boolean): string | null {
  const ok = formatsForYear(year);
  if (!ok.length) return yearProblem(String(year), zh);
  if ((ok as string[]).includes(format)) return null;
  // (In Chinese, a space before a name that starts with a digit: `用 2019 格式或 2019 年以前的格式`.)
  const list = zh ? ok.map((f, i) => `${i ? '或' : ''} ${formatName(f, zh)}`).join('') : ok.map((f) => formatName(f, zh)).join(' or the ');
  return zh
    ? `${formatName(format, zh)}不适用于 ${year} 年度的报告：${year} 年度用${list}。`
    : `The ${formatName(format, zh)} does not apply to a ${year} report: a ${year} report uses the ${list}.`;
}

/** A format as the prompts name it: `2021 格式` / `2021 format`, `2019 年以前的格式` / `pre-2019 form`. */
export function formatName(format: string, zh: boolean): string {
  if (format === 'pre2019') return zh ? '2019 年以前的格式' : 'pre-2019 form';
  return zh ? `${format} 格式` : `${format} format`;
}

/**
 * Why the year typed in the status bar's override box does not go with the format picked before it (`format`: null
 * for "detect", which any year goes with), or is no report year; null when it is fine or empty (detect).
 */
export function overrideProblem(text: string, format: string | null, zh: boolean): string | null {
  const bad = yearProblem(text, zh, DRAFT_YEARS, true);
  if (bad || !text.trim() || format === null) return bad;
  return pairProblem(format, parseYear(text)!, zh);
}

/** Characters a file name cannot hold on Windows, macOS or Linux (and controls). */
const NOT_IN_NAMES = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * The file names proposed for a draft, best first: `<agency><year>年政府信息公开工作年度报告.nianbao.md`, then the
 * same with `（2）`, `（3）` … before the extension (for when a file or an open draft already has the name). The agency
 * loses the characters a file name cannot hold; an empty one is `某某单位` (as the server names it in the draft).
 */
export function draftFileNames(agency: string, year: number, count = 20): string[] {
  const who = agency.replace(NOT_IN_NAMES, '').trim() || '某某单位';
  const stem = `${who}${year}年政府信息公开工作年度报告`;
  const out = [`${stem}.nianbao.md`];
  for (let n = 2; n <= count; n++) out.push(`${stem}（${n}）.nianbao.md`);
  return out;
}
