import type { Bilingual, Finding, Fix, Locale, Range, RelatedLocation, Severity } from '../types.js';
import type { Report } from '../model/build.js';
import type { Template } from '../templates/index.js';
import { showControls } from '../text/normalize.js';

/** Rule families, as the rule catalogue (rules.md) groups them; `comments`: the suppression comments themselves. */
export type RuleCategory = 'structure' | 'numbers' | 'prose' | 'years' | 'comments';

/** A rule's metadata: the source of its docs page, its settings schema entry and its SARIF descriptor. */
export interface RuleMeta {
  /** Stable kebab-case id (never changes once shipped; rules.md). */
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /**
   * Whether findings of this rule carry a fix (quick fix, `--fix`): `true`, every finding (or nearly, where a rule that
   * cannot be sure holds its fix back); `'some'`, only the findings of some cases the rule documents (its rationale
   * says which); `false`, none. Each finding says whether it has one (`fixable` of the JSON output).
   */
  fixable: boolean | 'some';
  /**
   * The rule reads the report's prose (every paragraph outside the tables, or every line of it), so its time grows
   * with the length of the text rather than with the tables (`CheckOptions.skipProseRules`: the language server
   * shows a long document's other findings first).
   */
  readsProse?: boolean;
  /**
   * The rule compares the report with last year's report of the same agency (`RuleContext.previous`): `only`, every
   * check of it does (it checks nothing without that report); `also`, some do (prose-change's changes against last
   * year's table). The notes that say no cross-year check was made name these rules (`lastYearChecks`), and the
   * language server looks for last year's report only while one of them is on.
   */
  usesLastYear?: 'only' | 'also';
  /**
   * With `usesLastYear`: the rule compares what every format has, the written text (content-copied: pre-2019 reports'
   * every part), not only the tables, so it can run for a report in the pre-2019 form or of 2019 (whose last year's
   * report is in the pre-2019 form), where the rules that compare 表二 or 表三 cannot: last year's report is looked for
   * such a report too while a rule of this kind is on (`LAST_YEAR_ANY_FORMAT_RULES`).
   */
  lastYearAnyFormat?: boolean;
  /** One line: what the rule catches. */
  description: Bilingual;
  /** A paragraph for the docs page: why it matters, what the template says, what the fix does. */
  rationale: Bilingual;
  /** A short example that the rule reports (used in the generated docs and checked by a test). */
  example: { bad: string; note: Bilingual };
}

/** A finding as a rule reports it: the message in both languages; the runner fills id, severity and locale. */
export interface RuleFinding {
  message: Bilingual;
  range: Range;
  expected?: number;
  actual?: number;
  /** Related locations; `report: 'previous'` for a range in last year's report (see `RelatedLocation.report`). */
  related?: { range: Range; message: Bilingual; report?: 'previous' }[];
  fix?: Fix;
  data?: Record<string, unknown>;
  /** About something absent, shown at a neighbouring place: `data` names it (see `Finding.absent`). */
  absent?: boolean;
  /** Report at this severity instead of the rule's (a rule that cannot be sure lowers itself to info). */
  severity?: Severity;
  /**
   * An explanation that `message` contains and other findings of the same report carry word for word (the sum
   * rules' note on the one cell behind every failing sum): the first finding in reading order keeps it, the later
   * ones say `short` instead (`shortenRepeatedNotes`).
   */
  sharedNote?: { full: Bilingual; short: Bilingual };
  /**
   * prose-sum: the list whose parts do not add up to its total (`listSumConsequences` marks the finding as following
   * from a term that prose-table finds wrong).
   */
  listSum?: ListSum;
  /**
   * prose-table: the prose number at `range` contradicts `table` (表三, 表四…), whose `value` is taken to be right
   * (its own identities hold; not a likely table typo, nor a count whose meaning is in doubt).
   */
  tableSays?: { table: string; value: number };
  /**
   * The sum rules: the one 表三 cell their message names as the likely typo (`t3SuspectNote`) and says is not fixed,
   * not being a total, with the number that makes the sums hold: another rule's fix of that very cell to that number
   * (carry-over's, from last year's report) makes the message say so instead (`carryOverFixesSuspect`).
   */
  suspectUnfixed?: { range: Range; value: number };
  /**
   * sum-balance, where its message names no cell (`CHECK_FOUR`, 请核对这四个数): the column's 上年结转 cell, its value,
   * and the 上年结转 that would balance the column. carry-over's fix of that very cell to that number (from last year's
   * report) explains the imbalance, and the message names the cell instead (`carryOverFixesSuspect`).
   */
  carriedInBalances?: { range: Range; now: number; value: number };
}

/**
 * A prose list that prose-sum finds not adding up: the total (its value), whether the list is complete (its parts
 * must add up to the total; else they must only not exceed it), and each part's number range, value and text as
 * written (`结果纠正2件`).
 */
export interface ListSum {
  total: number;
  complete: boolean;
  parts: { range: Range; value: number; written: string }[];
}

/** Another report of the same agency and year beside a file whose name names another year (`RuleContext.sameYear`). */
export interface SameYearFile {
  path: string;
  identical: boolean;
  /** The year the checked file's name names (`年报2024.txt`), not the year its text is of. */
  nameYear: number;
  /**
   * The year `nameYear` is named by the file's folder (`2024/区政府.md`), not its name, and `path` is in the folder
   * of the text's year (`2023/区政府.md`: brk183).
   */
  inFolder?: boolean;
}

/** What a rule sees: the report, its template, last year's report (cross-year rules) and the locale. */
export interface RuleContext {
  report: Report;
  /** Template of the report's format, or null when the format is unknown. */
  template: Template | null;
  /** Last year's report of the same agency, when known (`--previous`, or found beside the file). */
  previous: Report | null;
  /**
   * Another file of the same folder that reads as the same agency's report of the same year, given when this file's
   * name names another year than the text (`nameYear`; brk166 #3): its path as the caller names it, and whether the
   * two texts are the same (`identical`). Null when there is none or it was not looked for (no file on disk, a year forced by the config).
   */
  sameYear?: SameYearFile | null;
  locale: Locale;
  /** Reports a finding. */
  add(f: RuleFinding): void;
}

/** A rule: metadata plus a pure check over the model. One module per rule, listed in `rules/index.ts`. */
export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Picks a message by locale. */
export function pick(b: Bilingual, locale: Locale): string {
  return locale === 'en' ? b.en : b.zh;
}

/**
 * The related locations of finding `f` in the report checked itself (not those in last year's report: see
 * `RelatedLocation.report`), for outputs that can only name places in the file they report on. Empty when none.
 */
export function ownRelated(f: Finding): RelatedLocation[] {
  return (f.related ?? []).filter((r) => !r.report);
}

/**
 * Turns a rule's finding into a `Finding` for the given locale and severity. Its messages have any control character of
 * the report's text they quote shown by code point (`规[U+0000]章`, `showControls`): the one place every rule's words
 * pass, so no rule shows a NUL as nothing.
 */
export function toFinding(meta: RuleMeta, f: RuleFinding, severity: Severity, locale: Locale): Finding {
  const out: Finding = { ruleId: meta.id, severity: f.severity && severityRank(f.severity) > severityRank(severity) ? f.severity : severity, message: showControls(pick(f.message, locale)), range: f.range };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  if (f.related?.length) out.related = f.related.map((r): RelatedLocation => ({ range: r.range, message: showControls(pick(r.message, locale)), ...(r.report ? { report: r.report } : {}) }));
  if (f.fix) out.fix = f.fix;
  out.data = { ruleId: meta.id, ...(f.data ?? {}) };
  if (f.absent) out.absent = true;
  if (f.sharedNote) sharedNotes.set(out, { full: showControls(pick(f.sharedNote.full, locale)), short: showControls(pick(f.sharedNote.short, locale)) });
  if (f.listSum || f.tableSays || f.suspectUnfixed || f.carriedInBalances) crossRuleFacts.set(out, { listSum: f.listSum, tableSays: f.tableSays, suspectUnfixed: f.suspectUnfixed, carriedInBalances: f.carriedInBalances });
  return out;
}

/**
 * A copy of finding `f` (made by `toFinding`), with `changes` applied, that keeps what `toFinding` kept of it beside
 * its fields (its shared note, its facts for other rules): a finding copied with `{ ...f }` would lose them.
 */
export function copyFinding(f: Finding, changes: Partial<Finding> = {}): Finding {
  const out: Finding = { ...f, ...changes };
  const note = sharedNotes.get(f);
  if (note) sharedNotes.set(out, note);
  const facts = crossRuleFacts.get(f);
  if (facts) crossRuleFacts.set(out, facts);
  return out;
}

/** What `toFinding` kept of a rule's finding for the other rules' findings to be read against (`crossRuleFactsOf`). */
const crossRuleFacts = new WeakMap<Finding, Pick<RuleFinding, 'listSum' | 'tableSays' | 'suspectUnfixed' | 'carriedInBalances'>>();

/**
 * The list of a prose-sum finding (`RuleFinding.listSum`) and the table value a prose-table finding holds the prose
 * number against (`RuleFinding.tableSays`), for a finding made by `toFinding`; empty for any other.
 */
export function crossRuleFactsOf(f: Finding): Pick<RuleFinding, 'listSum' | 'tableSays' | 'suspectUnfixed' | 'carriedInBalances'> {
  return crossRuleFacts.get(f) ?? {};
}

/** The shared explanation of a finding made by `toFinding` (`RuleFinding.sharedNote`), in the finding's locale. */
const sharedNotes = new WeakMap<Finding, { full: string; short: string }>();

/**
 * Replaces `from` by `to` in the message of finding `f` (made by `toFinding`) and in its shared explanation, full and
 * short (`RuleFinding.sharedNote`), so that `shortenRepeatedNotes` still finds the note it says. In place.
 */
export function rewriteMessage(f: Finding, pairs: readonly (readonly [string, string])[]): void {
  const note = sharedNotes.get(f);
  for (const [from, to] of pairs) {
    f.message = f.message.split(from).join(to);
    if (note) note.full = note.full.split(from).join(to), note.short = note.short.split(from).join(to);
  }
}

/**
 * Shortens an explanation repeated by several findings (`RuleFinding.sharedNote`): `findings` in reading order,
 * the first that carries a note keeps it whole, each later one with the same note gets its short form in its place.
 * Changes the messages in place; returns `findings`.
 */
export function shortenRepeatedNotes(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  for (const f of findings) {
    const note = sharedNotes.get(f);
    if (!note || !note.full) continue;
    if (seen.has(note.full) && f.message.includes(note.full)) f.message = f.message.replace(note.full, note.short);
    seen.add(note.full);
  }
  return findings;
}

/** error 0 … hint 3: a larger rank is a milder severity. */
export function severityRank(s: Severity): number {
  return ['error', 'warning', 'info', 'hint'].indexOf(s);
}
