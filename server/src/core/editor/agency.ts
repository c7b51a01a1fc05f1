/**
 * The agency name a new draft is written for (`nianbao new --agency`, the editor's "New report from template"): what
 * makes one unfit for the title `# {agency}{year}年政府信息公开工作年度报告`. One check for the CLI and the language
 * server (brk93 #5: the editor took `某局2023年`, `A|B局` and `# 某局`, which the CLI refuses). Pure.
 */

/** The words of a report's title after its agency and year (`政府信息公开工作年度报告`, `…年报`), at the end of a name. */
export const TITLE_WORDS = /(?:政府信息公开|信息公开)(?:工作)?(?:年度报告|年报|报告)$/;

/**
 * A year written into an agency name (`某某局2023年`, `２０２３年度`, `二〇二三年`, a trailing `某某局2023`): the title
 * would read `某某局2023年2024年…`. `year` is the text found, `value` the year it names (null for Chinese numerals),
 * `agency` the name without it (trimmed); null when there is none.
 */
export function yearInAgency(agency: string): { year: string; value: number | null; agency: string } | null {
  const m = /((?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2})\s*年度?|((?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2})\s*$|[〇零一二三四五六七八九]{4}\s*年度?/.exec(agency);
  if (!m) return null;
  const digits = (m[1] ?? m[2])?.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
  return { year: m[0].trim(), value: digits ? Number(digits) : null, agency: (agency.slice(0, m.index) + agency.slice(m.index + m[0].length)).trim() };
}

/** What is wrong with an agency name for a new draft (`agencyProblem`). */
export type AgencyProblem =
  /** Empty or white space only. */
  | { kind: 'empty' }
  /**
   * More than one line, or a `|`, `#`, `<`, `>` or control character (which would break the title or a table, or
   * open an HTML comment or tag: `<!--` hides the whole draft when it is rendered).
   */
  | { kind: 'not-one-line' }
  /** Longer than `max` characters (`MAX_AGENCY_LENGTH`; `length` its own): no agency's name, and a title no one reads. */
  | { kind: 'too-long'; length: number; max: number }
  /** A year in it (`yearInAgency`): `found` as written, `agency` the name without it (or `某某局`), `value` its year. */
  | { kind: 'year'; found: string; agency: string; value: number | null }
  /** The title's own words at its end (`某某局政府信息公开工作年度报告`): `agency` the name without them (or `某某局`). */
  | { kind: 'title'; agency: string };

/**
 * The longest agency name a new draft takes, in characters (brk110 #10: a 20,000-character one was written into the
 * title). The longest real ones (`某某省某某市某某区人民政府某某街道办事处…`) are well under it.
 */
export const MAX_AGENCY_LENGTH = 100;

/** Why `agency` cannot be written into a new draft's title (see `AgencyProblem`), or null when it can. */
export function agencyProblem(agency: string): AgencyProblem | null {
  if (!agency.trim()) return { kind: 'empty' };
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029|#<>]/.test(agency)) return { kind: 'not-one-line' };
  const length = [...agency.trim()].length;
  if (length > MAX_AGENCY_LENGTH) return { kind: 'too-long', length, max: MAX_AGENCY_LENGTH };
  const inAgency = yearInAgency(agency);
  // (The agency without the title's words after the year: `某某市某某局2024年政府信息公开工作年度报告` → 某某市某某局.)
  if (inAgency) return { kind: 'year', found: inAgency.year, agency: inAgency.agency.replace(TITLE_WORDS, '').trim() || '某某局', value: inAgency.value };
  if (TITLE_WORDS.test(agency.trim())) return { kind: 'title', agency: agency.trim().replace(TITLE_WORDS, '').trim() || '某某局' };
  return null;
}
