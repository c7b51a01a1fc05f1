/** Findings → LSP diagnostics, and the `data` payload the code actions read back (validated with zod). */
import { posix } from 'node:path';
import * as z from 'zod/mini';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { docsUrl, lastYearChecks, namedYearsText, type Finding, type Locale, type NamedYear, type Range, type Severity } from '../../core/index.js';
import { findingKeys, type Analysis } from '../analysis.js';
import { encodedAroundVersion, splitAroundVersion, type EncodedAroundVersion } from '../transport.js';

/** The checks not made without last year's report, from the rules' metadata (`RuleMeta.usesLastYear`; brk135 #5). */
const LAST_YEAR = lastYearChecks();

export const SOURCE = 'nianbao';

/**
 * What a diagnostic carries for its code action: enough to find the finding again in the current analysis, and no
 * more (it is sent with every diagnostic on every keystroke; the rule id is the diagnostic's `code`).
 */
export const DiagnosticDataSchema = z.object({
  /** `findingKeys`: rule id and range (and a counter for identical ones). */
  key: z.string().check(z.minLength(1)),
  /** The document version the diagnostic was computed for. */
  version: z.int(),
  fixable: z.boolean(),
});
export type DiagnosticData = z.infer<typeof DiagnosticDataSchema>;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Finding `f` of the document `uri` as a diagnostic. Its related locations in last year's report point into
 * `previousUri`'s file (left out when it is not known); `docLink` gives the rule's page link.
 */
function toDiagnostic(uri: string, f: Finding, key: string, version: number, docLink: (ruleId: string) => string, previousUri?: string): Diagnostic {
  const data: DiagnosticData = { key, version, fixable: Boolean(f.fix?.edits.length) };
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: SOURCE,
    message: f.message,
    data,
  };
  const href = docLink(f.ruleId);
  if (href) d.codeDescription = { href };
  const related = (f.related ?? []).filter((r) => !r.report || previousUri);
  if (related.length) d.relatedInformation = related.map((r) => ({ location: { uri: r.report === 'previous' ? previousUri! : uri, range: r.range }, message: r.message }));
  return d;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * The findings to publish when there are more than `max`: the `max` most severe (errors, then warnings, …; within
 * a severity the first in the text), in the order of the text. All of them when there are at most `max`.
 */
export function publishedFindings(findings: Finding[], max: number): Finding[] {
  if (findings.length <= max) return findings;
  const order = findings.map((_, i) => i);
  order.sort((x, y) => SEVERITY_RANK[findings[x].severity] - SEVERITY_RANK[findings[y].severity] || x - y);
  const kept = order.slice(0, Math.max(0, max)).sort((x, y) => x - y);
  return kept.map((i) => findings[i]);
}

/**
 * The diagnostics of an analysis (none for a document that is not a report): its notes (not checked, last year's
 * report), then its findings, at most `max` of them (`publishedFindings`; a long pasted text can have a hundred
 * thousand, which no editor shows usefully and whose publishing alone takes seconds), with a note at the top
 * (`diagnostics-limited`) saying how many more there are and how to see them. `max`: a positive count of findings.
 * `docLink`: a rule id → its page's link (`codeDescription.href`; `ruleDocLinks`), the web page by default.
 */
export function diagnosticsOf(a: Analysis, locale: Locale, max = Infinity, docLink: (ruleId: string) => string = docsUrl): Diagnostic[] {
  if (!a.isTarget) return [];
  const out: Diagnostic[] = [];
  if (a.problem) {
    out.push({
      range: a.problem.at
        ? { start: a.problem.at, end: { line: a.problem.at.line, character: a.problem.at.character + 1 } }
        : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: a.problem.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      code: 'not-checked',
      source: SOURCE,
      message: locale === 'en' ? a.problem.en : a.problem.zh,
    });
  }
  if (a.previousTied.length) out.push(previousTiedDiagnostic(a.uri, a.previousTied, locale));
  if (a.previousRejected) out.push(previousRejectedDiagnostic(a.uri, a.previousRejected, a.report?.year ?? null, locale));
  const keys = findingKeys(a.findings);
  const before = lastEncoded.get(a.uri);
  const now = new Map<string, EncodedFinding>();
  const add = (f: Finding, key: string) => out.push(encoded(toDiagnostic(a.uri, f, key, a.version, docLink, a.previousUri), f, key, docLink(f.ruleId), a.previousUri, before, now));
  if (a.findings.length <= max) {
    a.findings.forEach((f, i) => add(f, keys[i]));
  } else {
    // The keys are those of the whole list (the code action finds the finding again among all of them).
    const keyOf = new Map(a.findings.map((f, i) => [f, keys[i]]));
    const shown = publishedFindings(a.findings, max);
    out.push(limitedDiagnostic(a.findings, shown.length, locale));
    for (const f of shown) add(f, keyOf.get(f)!);
  }
  // Kept for the few documents checked last (a keystroke checks the one being edited again).
  lastEncoded.delete(a.uri);
  lastEncoded.set(a.uri, now);
  if (lastEncoded.size > KEPT_DOCUMENTS) lastEncoded.delete(lastEncoded.keys().next().value!);
  return out;
}

/** How many documents' last diagnostics `lastEncoded` keeps. */
const KEPT_DOCUMENTS = 8;

/** A finding made into a diagnostic, with what else the diagnostic was made from and its JSON around `data.version`. */
interface EncodedFinding {
  finding: Finding;
  href: string;
  previousUri: string | undefined;
  json: EncodedAroundVersion;
}

/** Per document URI, its last diagnostics' findings by key (`diagnosticsOf`). */
const lastEncoded = new Map<string, Map<string, EncodedFinding>>();

/**
 * `d`, made from finding `f` (key `key`), registered with its JSON but for the version (transport.ts
 * `encodedAroundVersion`): reused from the document's last diagnostics (`before`) when the finding of that key was
 * the same (`sameFinding`) and made from the same links, else split from its JSON. Kept in `now` for the next time.
 */
function encoded(d: Diagnostic, f: Finding, key: string, href: string, previousUri: string | undefined, before: Map<string, EncodedFinding> | undefined, now: Map<string, EncodedFinding>): Diagnostic {
  const old = before?.get(key);
  let json = old && old.href === href && old.previousUri === previousUri && sameFinding(old.finding, f) ? old.json : null;
  json ??= splitAroundVersion(d);
  if (json) {
    encodedAroundVersion.set(d, json);
    now.set(key, { finding: f, href, previousUri, json });
  }
  return d;
}

/** Whether two findings make the same diagnostic (`toDiagnostic`), but for its key and version. */
function sameFinding(a: Finding, b: Finding): boolean {
  if (a === b) return true;
  if (a.ruleId !== b.ruleId || a.severity !== b.severity || a.message !== b.message || !sameRange(a.range, b.range)) return false;
  if (Boolean(a.fix?.edits.length) !== Boolean(b.fix?.edits.length)) return false;
  const ra = a.related ?? [], rb = b.related ?? [];
  if (ra.length !== rb.length) return false;
  for (let i = 0; i < ra.length; i++) {
    if (ra[i].message !== rb[i].message || ra[i].report !== rb[i].report || !sameRange(ra[i].range, rb[i].range)) return false;
  }
  return true;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The note at the top of a report whose findings were cut to `shown` (`diagnosticsOf`): how many, which, how to see all. */
function limitedDiagnostic(all: Finding[], shown: number, locale: Locale): Diagnostic {
  const count = (s: Severity) => all.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info') + count('hint')];
  const n = (x: number) => x.toLocaleString('en-US');
  const counted = (x: number, word: string) => `${n(x)} ${word}${x === 1 ? '' : 's'}`;
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    range: top,
    severity: DiagnosticSeverity.Information,
    code: 'diagnostics-limited',
    source: SOURCE,
    message: locale === 'en'
      ? `This report has ${counted(all.length, 'finding')} (${counted(errors, 'error')}, ${counted(warnings, 'warning')}, ${n(infos)} info); only ${shown === 1 ? 'the most severe one is' : `the ${n(shown)} most severe are`} shown. Run \`nianbao check\` on the file to see them all, or raise the setting nianbao.maxDiagnostics.`
      : `此报告共有 ${n(all.length)} 个问题（${n(errors)} 个错误、${n(warnings)} 个警告、${n(infos)} 个提示），这里只列出最严重的 ${n(shown)} 个。要看全部，请对此文件运行 nianbao check，或调高设置 nianbao.maxDiagnostics。`,
  };
}

/**
 * How many diagnostics `diagnosticsOf` gives without a limit (its notes and every finding), and of them how many are
 * errors and warnings: what the status bar and the workspace check count, whatever is published.
 */
export function diagnosticCounts(a: Analysis): { all: number; errors: number; warnings: number } {
  if (!a.isTarget) return { all: 0, errors: 0, warnings: 0 };
  let errors = 0;
  let warnings = a.problem?.severity === 'warning' ? 1 : 0;
  for (const f of a.findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  const notes = (a.problem ? 1 : 0) + (a.previousTied.length ? 1 : 0) + (a.previousRejected ? 1 : 0);
  return { all: notes + a.findings.length, errors, warnings };
}

/** The last segment of a URI's path, decoded: a file name as the user sees it. */
function fileName(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The decoded path of a `file:` URI (`/C:/…` on Windows), or null for another scheme or a malformed URI. */
function uriPath(uri: string): string | null {
  try {
    const u = new URL(uri);
    return u.protocol === 'file:' ? decodeURIComponent(u.pathname) : null;
  } catch {
    return null;
  }
}

/**
 * A file (`uri`) as named in a note on the report at `from`: its name when it is in the report's folder, else its
 * path relative to that folder (`../2023/年报.md`, last year's folder of a per-year layout); `beside` tells which.
 */
function nameFrom(from: string, uri: string): { name: string; beside: boolean } {
  const a = uriPath(from), b = uriPath(uri);
  if (a === null || b === null || posix.dirname(a) === posix.dirname(b)) return { name: fileName(uri), beside: true };
  return { name: posix.relative(posix.dirname(a), b), beside: false };
}

/** An information note at the top of a report (`code`), with files as related locations (their first line). */
function topNote(code: string, message: string, related: { uri: string; message: string }[]): Diagnostic {
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    range: top,
    severity: DiagnosticSeverity.Information,
    code,
    source: SOURCE,
    message,
    relatedInformation: related.map((r) => ({ location: { uri: r.uri, range: top }, message: r.message })),
  };
}

/**
 * The note at the top of a report when two or more files beside it (or in last year's folder of a per-year layout,
 * named by their path from the report's folder) could each be last year's report: the cross-year rules did not run
 * (as the CLI says on stderr), and each candidate is a related location to open.
 */
function previousTiedDiagnostic(from: string, tied: string[], locale: Locale): Diagnostic {
  const named = tied.map((uri) => nameFrom(from, uri));
  const names = named.map((n) => n.name);
  const beside = named.every((n) => n.beside);
  return topNote('previous-tied', locale === 'en'
    ? `${names.length} files ${beside ? 'beside this one' : 'in last year\'s folder'} could each be last year's report (${names.join(', ')}): ${LAST_YEAR.en} are not checked. Move the extra copies out of ${beside ? 'this' : 'that'} folder to check against the one left.`
    : `${beside ? '同一文件夹' : '上一年度的文件夹'}中有 ${names.length} 个文件都可能是上一年度的年报（${names.join('、')}），无法确定用哪一个，未做跨年度检查（${LAST_YEAR.zh}）。将多余的副本移出${beside ? '此' : '该'}文件夹后，按留下的一份检查。`,
  tied.map((uri) => ({ uri, message: locale === 'en' ? 'could be last year\'s report' : '可能是上一年度的年报' })));
}

/**
 * The note at the top of a report when the file beside it (or in last year's folder) of the same agency that read as
 * last year's report was ruled out: its own years disagree (named), or read in full it is of another year. The
 * cross-year rules did not run (as the CLI says on stderr).
 */
function previousRejectedDiagnostic(from: string, r: { uri: string; year: number | null; years: NamedYear[]; agency?: { theirs: string | null; ours: string } }, year: number | null, locale: Locale): Diagnostic {
  const { name, beside } = nameFrom(from, r.uri);
  const expected = year === null ? null : year - 1;
  // The one report of last year beside it, not taken for the agency its title names (brk149 #1).
  const agency = r.agency;
  if (agency) {
    return topNote('previous-rejected', locale === 'en'
      ? `${name} ${beside ? 'beside this one' : 'in last year\'s folder'} is a ${expected ?? 'last year\'s'} report, but ${agency.theirs === null ? 'its title names no agency' : `its title names another agency ("${agency.theirs}") than this report's ("${agency.ours}")`}: not used as last year's report, ${LAST_YEAR.en} are not checked. If it is this agency's, check its title (nothing else on the title's lines).`
      : `${beside ? '同一文件夹' : '上一年度的文件夹'}中的 ${name} 是${expected === null ? '上一年度' : ` ${expected} 年度`}的年报，但${agency.theirs === null ? '其标题中读不出机关名称' : `其标题所写的机关“${agency.theirs}”与本报告的“${agency.ours}”不同`}：未用作上年度报告，未做跨年度检查（${LAST_YEAR.zh}）。如果它是本机关的上年度报告，请核对其标题（标题所在行不应有其他文字）。`,
    [{ uri: r.uri, message: locale === 'en' ? 'not used as last year\'s report' : '未用作上年度报告' }]);
  }
  const years = r.years.length ? namedYearsText(r.years) : null;
  return topNote('previous-rejected', locale === 'en'
    ? `${name} ${beside ? 'beside this one' : 'in last year\'s folder'} ${r.year === null ? `is the same agency's ${expected ?? 'last year\'s'} report, but its own years disagree${years ? ` (${years.en})` : ''}` : `looks like the ${expected ?? 'last year\'s'} report by its title and signature, but its whole text reads as ${r.year}`}: not used as last year's report, ${LAST_YEAR.en} are not checked. Check that file's years.`
    : `${beside ? '同一文件夹' : '上一年度的文件夹'}中的 ${name} ${r.year === null ? `是同一机关${expected === null ? '上一年度' : ` ${expected} 年度`}的年报，但其年份互相矛盾${years ? `（${years.zh}）` : ''}` : `标题和落款像是${expected === null ? '上一年度' : ` ${expected} 年度`}的年报，但全文识别为 ${r.year} 年度`}：未用作上年度报告，未做跨年度检查（${LAST_YEAR.zh}）。请核对该文件的年份。`,
  [{ uri: r.uri, message: locale === 'en' ? 'ruled out as last year\'s report' : '未用作上年度报告' }]);
}

/** Reads a diagnostic's data back; null when it is not ours or malformed. */
export function readDiagnosticData(d: Diagnostic): DiagnosticData | null {
  if (d.source !== SOURCE) return null;
  const r = DiagnosticDataSchema.safeParse(d.data);
  return r.success ? r.data : null;
}
