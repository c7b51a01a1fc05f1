/**
 * The language server: wires LSP messages to the analysis cache and the feature modules. Every feature of a
 * document version reads the same analysis (one parse per version); validation is coalesced per document and
 * runs for the newest version only, so work for versions that were superseded is dropped.
 */
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ErrorCodes, LSPErrorCodes, MessageType, ResponseError, ShowMessageNotification, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult, type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as z from 'zod/mini';
import { agencyProblem, CONFIG_FILE_NAME, docsUrl, LAST_YEAR_RULES, otherNameYear, renderNewReport, sourceLinesOf, type AgencyProblem, type Bilingual, type FormatId, type Locale, type Report, type SameYearFile } from '../core/index.js';
import { formatPipeTables } from '../core/editor/pipeTables.js';
import { proseCounters } from '../core/prose/text.js';
import { partCounters } from '../core/model/combined.js';
import { inspectText } from '../cli/inspect.js';
import { AnalysisCache, binaryProblem, editorOf, fileNameOf, type Analysis, type Editor, type CheckEnv, type DocLike, type DocSettings, type PreviousLookup } from './analysis.js';
import { ConfigResolver } from './config.js';
import { codeCacheState, requestCodeCacheSave } from '../boot/code-cache.js';
import { LineDocument } from './line-document.js';
import { afterCheck } from './memory.js';
import { readSettings, ruleOverrides, settingsProblems, settingsWarning, DEFAULT_SETTINGS, type SettingProblem, type Settings } from './settings.js';
import { diagnosticCounts, diagnosticsOf } from './features/diagnostics.js';
import { documentSymbolsAt, flatSymbols, foldingRangesAt, limitFoldingRanges } from './features/symbols.js';
import { codeActions, prepareFixAll, resolveCodeAction, type ActionEnv } from './features/codeActions.js';
import { applyAndDescribe, EditLog } from './editLog.js';
import { hoverAt } from './features/hover.js';
import { completion, TRIGGERS } from './features/completion.js';
import { DebugStatsRequest, FixAllKind, GetStatusRequest, ServerCommands, SetOverrideRequest, StatusNotification, type ReportStatus, type SetOverrideParams } from './protocol.js';
import { basename, dirname, relative, sep } from 'node:path';
import { statSync } from 'node:fs';
import { binaryText } from '../node/control-chars.js';
import { ReportIndex, listFiles, readDisk, readDoc, uriToPath, pathToUri, mightBeReport, decode, looksBinary, isReportFileName, diskEncodingOf, type DiskEncoding } from './workspace.js';
import { PreviousBeside, otherFolderYear, yearFolder } from '../node/previous.js';
import { FIRST_REPORT_YEAR, formatForYear, formatYearMismatch, LAST_REPORT_YEAR, reportYearProblem } from '../core/templates/index.js';

/*
 * The arguments of the server's own requests and commands are strict objects: a key they do not have is refused
 * (InvalidParams, naming it), not dropped (brk87 #3d: `{ uri, fromat: "2019" }` answered as if nothing had been asked
 * for, and newReport's `{ yaer: 2023 }` made last year's draft). The VS Code client sends only the keys below.
 */

/** A document: `{ uri }` (`nianbao/getStatus`, and `nianbao.server.inspect`, which takes the URI alone too). */
const UriParamsSchema = z.strictObject({ uri: z.string().check(z.minLength(1)) });

/**
 * `nianbao/setOverride` parameters as the server accepts them (protocol.ts `SetOverrideParams`); the year's range
 * (`reportYearProblem`) and the pair (`formatYearMismatch`) are checked after.
 */
const SetOverrideParamsSchema = z.strictObject({
  uri: z.string().check(z.minLength(1)),
  format: z.optional(z.nullable(z.enum(['pre2019', '2019', '2021']))),
  year: z.optional(z.nullable(z.int())),
});

/**
 * Arguments of `nianbao.server.newReport` (all optional): `format`, `year` (an integer from 2008 to 2099; a string of
 * digits, as a Lua or Vim client may send it, is read as one), `agency` (one line, at most 100 characters). The format defaults to the one
 * the year uses; a format the year does not use is refused (InvalidParams).
 */
/** What an agency name may not hold: line breaks and other control characters (C0, DEL, C1, U+2028/9). */
const AGENCY_BAD = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const NewReportArgsSchema = z.strictObject({
  format: z.optional(z.enum(['pre2019', '2019', '2021'])),
  year: z.optional(z.pipe(z.union([z.int(), z.string().check(z.regex(/^\s*\d{4}\s*$/))]), z.transform((y) => Number(y)))),
  // One line, without control characters (U+0085 and the like break the line too; the others are encoding-invalid).
  agency: z.optional(z.string().check(z.refine((a) => !AGENCY_BAD.test(a), 'one line of text, no control characters'))),
});

const VERSION = '0.1.0';
/** How long documents opened at start wait for the settings the server asked the client for (`workspace/configuration`). */
const SETTINGS_WAIT_MS = 2000;

/** The keys a strict schema refused in `error` (`unrecognized_keys`), said after a refusal's message; '' when none. */
function unknownKeys(error: z.core.$ZodError, locale: Locale): string {
  const keys = error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : []));
  if (!keys.length) return '';
  return locale === 'en' ? ` (unknown key${keys.length > 1 ? 's' : ''}: ${keys.join(', ')})` : `（未知的键：${keys.join('、')}）`;
}

/**
 * Locale from LSP `initialize.locale` (`nianbao.locale: auto`): Chinese for a Chinese display language (`zh-cn`,
 * `zh-tw`) and for a client that sends none (Neovim, Helix: the product's own language); English for every other
 * display language (`en`, `fr`, `ja`…), whose reader is likelier to read English than Chinese (brk138 #7).
 */
export function localeOf(lspLocale: string | undefined | null): Locale {
  const l = (lspLocale ?? '').trim().toLowerCase();
  return l === '' || l.startsWith('zh') ? 'zh' : 'en';
}

/** What the entry point knows about where the server runs. */
export interface ServerOptions {
  /** A rule id → the link of its page (`codeDescription.href`); default the web page (`docsUrl`). */
  docLink?: (ruleId: string) => string;
}

/** Serves the LSP on `connection` (see docs/editor.md for the features and the settings). */
/** The file names of report drafts (`languageOfPath`), checked in a document URI (its query or fragment aside). */
const NIANBAO_FILE = /\.nianbao\.(?:md|txt)(?:[?#]|$)/i;

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const docLink = options.docLink ?? docsUrl;
  /** The recent line-wise edits of each open document (a code action resolved later maps its finding's line). */
  const editLog = new EditLog();
  const documents = new TextDocuments<LineDocument>({
    create: (uri, languageId, version, content) => {
      editLog.opened(uri);
      // A `*.nianbao.md` / `*.nianbao.txt` file is a report draft whatever language the client names (an editor
      // without a `nianbao` file type sends `markdown` or `plaintext`), as the CLI and the workspace scan read it.
      return new LineDocument(uri, NIANBAO_FILE.test(uri) ? 'nianbao' : languageId, version, content);
    },
    update: (doc, changes, version) => {
      const from = doc.version;
      const done = applyAndDescribe(doc, changes, version);
      editLog.record(doc.uri, from, version, done.lines);
      return done.doc;
    },
  });
  /** The client's display language (LSP `initialize.locale`); the `nianbao.locale` setting may override it. */
  let clientLocale: Locale = 'zh';
  let locale: Locale = 'zh';
  /** A request's refusal (InvalidParams) in the session's language. */
  const invalidParams = (zh: string, en: string, data?: { field: string }) => new ResponseError(ErrorCodes.InvalidParams, locale === 'en' ? en : zh, data);
  let settings: Settings = DEFAULT_SETTINGS;
  /** What was wrong in the settings last applied, and the last such set the user was told about (as JSON). */
  let problems: SettingProblem[] = [];
  let problemsShown = '[]';
  /** Applies the settings a client sent (`readSettings`: bad entries fall back to their defaults). */
  const applySettings = (raw: unknown) => {
    settings = readSettings(raw);
    problems = settingsProblems(raw);
    locale = settings.locale === 'auto' ? clientLocale : settings.locale;
  };
  /**
   * Tells the user once about invalid settings: one warning (and a log line) per distinct set of problems, not
   * again at each configuration change while they stay the same; after the settings were valid, again.
   */
  const warnSettings = () => {
    const key = JSON.stringify(problems);
    if (key === problemsShown) return;
    problemsShown = key;
    if (!problems.length) return;
    const text = settingsWarning(problems, locale);
    connection.console.warn(text);
    // A notification (window/showMessage), not showWarningMessage's request: there is nothing to answer.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
  };
  let configPull = false;
  /** The server registers its file watchers (`workspace/didChangeWatchedFiles`): the client allows it, and does not watch them itself. */
  let watchFiles = false;
  /** The client applies versioned workspace edits (`workspace.workspaceEdit.documentChanges`). */
  let documentChanges = false;
  /** The client takes a completion item's `InsertReplaceEdit` (its user picks insert or replace, as VS Code does). */
  let insertReplace = false;
  /**
   * The client resolves code actions' edits (`codeAction/resolve` with `edit` resolvable, and `data` kept): code
   * actions are sent without their edit, computed when resolved against the text then.
   */
  let resolveEdits = false;
  /** The client resolves a code action's `command` too (VS Code's: it runs the command of the action resolved). */
  let resolveCommand = false;
  /** The client reads nested `DocumentSymbol`s (`textDocument.documentSymbol.hierarchicalDocumentSymbolSupport`). */
  let hierarchicalSymbols = true;
  /** The most folding ranges the client wants per document (`textDocument.foldingRange.rangeLimit`, a hint). */
  let foldingRangeLimit: number | undefined;
  /** The editor the client is, by its `clientInfo.name` (`editorOf`): some notes and actions differ for VS Code. */
  let editor: Editor = 'other';
  let folders: string[] = [];
  const index = new ReportIndex();
  /** URIs whose last published diagnostics were non-empty (so a report that stops being one is cleared). */
  const published = new Set<string>();
  /** Workspace files checked from disk (not open). */
  const onDisk = new Set<string>();
  const lastStatus = new Map<string, string>();

  const loadText = (uri: string): string | null => {
    const open = documents.get(uri);
    if (open) return open.getText();
    const p = uriToPath(uri);
    return p ? readDoc(p)?.getText() ?? null : null;
  };
  const configs = new ConfigResolver();
  /** `configs.changes` when last seen. */
  let configChanges = 0;
  /** The project config (`.nianbao.jsonc`) for a document, merged with the editor's settings (which win). */
  const settingsFor = (uri: string): DocSettings => {
    const c = safe(() => configs.settingsFor(uri), { ignored: false, rules: {} });
    // A config found changed on disk by this lookup (ConfigResolver re-reads them by their modification time, for
    // clients that send no file events): every report is checked again, as on a file event, once this check is done.
    if (configs.changes !== configChanges) {
      configChanges = configs.changes;
      setImmediate(revalidateAll);
    }
    return { ignored: c.ignored, format: c.format, year: c.year, rules: { ...c.rules, ...ruleOverrides(settings) } };
  };
  /**
   * Last year's report beside a document on disk, or in last year's folder of a per-year layout (`…/2023/` for
   * `…/2024/`), found as the CLI finds it (`PreviousBeside`): open files by their text in the editor, the others
   * read again only when their modification time or size changed (per lookup a stat of each folder searched and of
   * the files that read as last year's, of the other report files every 2 s; no listing or read unless something
   * changed), and dropped on `didChangeWatchedFiles`.
   */
  const beside = new PreviousBeside({
    decode: (bytes) => {
      const text = decode(bytes);
      return looksBinary(text) ? null : text;
    },
    // Without auto-detection only `*.nianbao.*` files are reports to the server, so only they can be last year's.
    isReportFile: (name) => isReportFileName(name, settings.autoDetect),
    fresh: true,
    openText: (p) => {
      const uri = openPaths.get(p);
      const d = uri === undefined ? undefined : documents.get(uri);
      return d ? { text: d.getText(), version: d.version } : null;
    },
  });
  /** The open `file:` documents by path (the lookup asks for every report file of a folder at each keystroke). */
  const openPaths = new Map<string, string>();
  const noPrevious: PreviousLookup = { report: null, tied: [] };
  /**
   * Last year's report for a report: for a `file:` document, beside it on disk or in last year's folder (as the
   * CLI; equally good candidates are named and none is taken); failing that, among the reports of the workspace index (other folders, unsaved
   * documents). Nothing when `crossYear` is off or every rule that compares with it (`LAST_YEAR_RULES`) is off for the document.
   */
  const previousOf = (uri: string, report: Report): PreviousLookup => {
    if (!settings.crossYear) return noPrevious;
    const rules = settingsFor(uri).rules;
    // (prose-change compares with last year's report too: it alone on is reason enough to look; brk135 #5.)
    if (LAST_YEAR_RULES.every((id) => rules[id] === 'off')) return noPrevious;
    const p = uriToPath(uri);
    if (p) {
      const near = safe(() => beside.find(p, report, (id) => rules[id] !== 'off'), null);
      if (near?.found) return { report: near.found.report, uri: pathToUri(near.found.path), tied: [] };
      if (near?.tied.length) return { report: null, tied: near.tied.map(pathToUri) };
      // A file beside it ruled out (its own years disagree, or its whole text is of another year) is named, as the CLI
      // names it (the workspace may still have one).
      if (near?.rejected) {
        const found = safe(() => index.previous(uri, report, loadText), null);
        return found ? { report: found.report, uri: found.uri, tied: [] } : { report: null, tied: [], rejected: { uri: pathToUri(near.rejected.path), year: near.rejected.year, years: near.rejected.years, ...(near.rejected.agency ? { agency: near.rejected.agency } : {}) } };
      }
    }
    const found = safe(() => index.previous(uri, report, loadText), null);
    return found ? { report: found.report, uri: found.uri, tied: [] } : noPrevious;
  };
  /**
   * Another report of the same agency and year beside a `file:` document whose name names another year than its text
   * (`年报2024.txt` holding the 2023 report: report-same-year, looked for as the CLI looks, brk166 #3), named by its
   * file name (it is in the same folder); or, for a document whose name names no other year in a folder named for
   * another year (`2024/区政府.md` holding the 2023 report), in the folder named for the text's year (`2023/`, brk183),
   * named by its path from the folder the two year folders share (`2023/区政府.md`). Null otherwise, or when the rule
   * is off. `text` is asked for only then.
   */
  const sameYearOf = (uri: string, report: Report, text: () => string): SameYearFile | null => {
    if (!report.isReport || report.year === null || report.extras.forcedYear !== undefined) return null;
    if (settingsFor(uri).rules['report-same-year'] === 'off') return null;
    const p = uriToPath(uri);
    if (!p) return null;
    const nameYear = otherNameYear(basename(p), report.year);
    if (nameYear !== null) {
      const found = safe(() => beside.sameYear(p, report, text()), null);
      return found ? { path: basename(found.path), identical: found.identical, nameYear } : null;
    }
    const folderYear = otherFolderYear(dirname(p), report.year);
    const there = folderYear !== null ? yearFolder(dirname(p), folderYear, report.year) : null;
    const found = there !== null ? safe(() => beside.sameYear(p, report, text(), there), null) : null;
    if (!found || folderYear === null) return null;
    let shared = dirname(p);
    while (!found.path.startsWith(shared + sep) && dirname(shared) !== shared) shared = dirname(shared);
    return { path: relative(shared, found.path).split(sep).join('/'), identical: found.identical, nameYear: folderYear, inFolder: true };
  };
  /** `diskEncodingOf` answers per path (kept until the file changes; dropped when its document closes). */
  const diskEncodings = new Map<string, { stamp: string; value: DiskEncoding | null }>();
  const env = (): CheckEnv => ({
    locale,
    autoDetect: settings.autoDetect,
    editor,
    settingsFor,
    previous: previousOf,
    sameYear: sameYearOf,
    diskEncoding: (uri) => {
      const p = uriToPath(uri);
      return p ? diskEncodingOf(p, diskEncodings) : null;
    },
  });

  /** Problems of the config files read so far, published on the files themselves. */
  const configReported = new Map<string, string>();
  function reportConfigs(): void {
    for (const uri of configs.takeGone()) {
      publishAny(uri, []);
      configReported.delete(uri);
    }
    for (const c of configs.files.values()) {
      const key = JSON.stringify(c.issues);
      if (configReported.get(c.uri) === key) continue;
      configReported.set(c.uri, key);
      publishAny(c.uri, c.issues.map((i): Diagnostic => ({
        range: { start: { line: Math.max(0, i.line - 1), character: Math.max(0, i.column - 1) }, end: { line: Math.max(0, i.line - 1), character: Math.max(0, i.column - 1) + 1 } },
        severity: 1,
        code: 'config-invalid',
        source: 'nianbao',
        message: locale === 'en'
          ? `${i.key ? i.key + ': ' : ''}${i.message} (this config is ignored until it is fixed)`
          : `${i.key ? i.key + '：' : ''}${i.zh}（修正前此配置不生效）`,
      })));
    }
  }
  const cache = new AnalysisCache(env);
  cache.onError = (e, uri) => connection.console.error(`nianbao: rule error on ${uri}: ${e.stack ?? e.message}`);

  function safe<T>(f: () => T, fallback: T): T {
    try {
      return f();
    } catch (e) {
      connection.console.error(`nianbao: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  }

  const asDoc = (d: TextDocument): DocLike => d;
  /** The report model of an open document, if it is a report (no rules run). */
  const modelOf = (uri: string): Report | null => {
    const d = documents.get(uri);
    if (!d) return null;
    const m = safe(() => cache.model(asDoc(d)), null);
    return m?.isTarget ? m.report : null;
  };
  /**
   * The model the rules read of an open report whose HTML rows run together on a line were read a line each
   * (`Analysis.reading`), for the features on what `modelOf`'s model of the text as written does not see.
   */
  const readingOf = (uri: string): Report | undefined => {
    const d = documents.get(uri);
    if (!d) return undefined;
    const m = safe(() => cache.model(asDoc(d)), null);
    return m?.isTarget ? m.reading : undefined;
  };
  const analysisOf = (uri: string): Analysis | null => {
    const d = documents.get(uri);
    if (d) return safe(() => cache.get(asDoc(d)), null);
    return null;
  };

  // ------------------------------------------------------------------------------------------ diagnostics

  /**
   * Documents at least this long (UTF-16 code units, about 4,000 lines of a report) get a first publish without the
   * paragraph rules when opened: on the 10,000-line bench draft those rules are about two thirds of the check.
   */
  const FIRST_LOOK_MIN_CHARS = 200_000;
  /** Last diagnostics sent per URI: an identical set for the same version is not sent again (compared only then). */
  const sent = new Map<string, { version: number | undefined; diagnostics: Diagnostic[] }>();
  /**
   * Whether `uri` is a project config (`.nianbao.jsonc`): its diagnostics are its own problems (`reportConfigs`), which
   * opening, editing or closing it as a document (a client that syncs every buffer) must not replace.
   */
  const isConfigUri = (uri: string) => uri.endsWith('/' + CONFIG_FILE_NAME);
  /**
   * Publishes a document's findings. `always`: publish an empty list too (an open report with no findings: the
   * client learns it was checked). A config file's diagnostics are left alone (`isConfigUri`; `publishAny` sets them).
   */
  function publish(uri: string, diagnostics: Diagnostic[], version?: number, always = false): void {
    if (isConfigUri(uri)) return;
    publishAny(uri, diagnostics, version, always);
  }
  /** Publishes `diagnostics` on any `uri`: a report's (through `publish`) or a config file's problems (`reportConfigs`). */
  function publishAny(uri: string, diagnostics: Diagnostic[], version?: number, always = false): void {
    if (!diagnostics.length && !published.has(uri) && !always) return;
    const last = sent.get(uri);
    if (last && last.version === version && JSON.stringify(last.diagnostics) === JSON.stringify(diagnostics)) return;
    sent.set(uri, { version, diagnostics });
    if (diagnostics.length || always) published.add(uri);
    else { published.delete(uri); sent.delete(uri); }
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function statusOf(a: Analysis): ReportStatus {
    const counts = diagnosticCounts(a);
    const c = settingsFor(a.uri);
    // Not checked because the format and the year forced from two places do not go together (brk87 #3a): the status
    // says that pair, which the user set, not the format and year detected, against which nothing was checked either.
    const forced = a.problem?.forced ? cache.parseOptions(a.uri) : null;
    return {
      uri: a.uri,
      isReport: a.isTarget,
      format: forced?.format ?? a.report?.format ?? 'unknown',
      year: forced?.year ?? a.report?.year ?? null,
      override: cache.override(a.uri),
      config: { ...(c.format !== undefined ? { format: c.format } : {}), ...(c.year !== undefined ? { year: c.year } : {}) },
      checked: a.isTarget && !a.problem,
      errors: counts.errors,
      warnings: counts.warnings,
    };
  }

  function sendStatus(a: Analysis): void {
    const s = statusOf(a);
    const key = JSON.stringify(s);
    if (lastStatus.get(a.uri) === key) return;
    if (!s.isReport && !lastStatus.has(a.uri)) return;
    lastStatus.set(a.uri, key);
    void connection.sendNotification(StatusNotification, s);
  }

  /**
   * Set from `initialize` until the settings pulled at `initialized` are in (or `SETTINGS_WAIT_MS` ran out), for a
   * client that answers `workspace/configuration`: documents opened meanwhile are not validated yet (`settle`).
   */
  let settingsPending = false;

  /** The version of each open document last validated (to tell an edit from a re-check). */
  const validated = new Map<string, number>();
  /**
   * The year each open report had when it was last validated (none: not a report, or no year): an edit that changes
   * it (or makes it no report) changes what the reports of the year after the old one read as last year's.
   */
  const validatedYear = new Map<string, number>();
  function validateOpen(doc: LineDocument): void {
    // A long document just opened shows its table and structure findings at once and its prose findings (the rules
    // that read every paragraph: most of the time on a long draft) a turn later, in a second publish.
    if (!sent.has(doc.uri) && doc.length >= FIRST_LOOK_MIN_CHARS) {
      const first = safe(() => cache.firstLook(asDoc(doc)), null);
      if (first) {
        publish(doc.uri, diagnosticsOf(first, locale, settings.maxDiagnostics, docLink), doc.version, true);
        schedule(doc.uri);
        return;
      }
    }
    const a = safe(() => cache.get(asDoc(doc)), null);
    if (!a) return;
    if (a.report) index.put(doc.uri, a.isTarget ? a.report : null);
    const diags = a.isTarget ? diagnosticsOf(a, locale, settings.maxDiagnostics, docLink) : [];
    publish(doc.uri, diags, doc.version, a.isTarget);
    afterCheck(doc.length);
    // The parse and every rule have now run once: what a new server compiles first is worth keeping (boot/).
    if (a.isTarget) requestCodeCacheSave();
    sendStatus(a);
    reportConfigs();
    // A new text of a report may change the cross-year findings of next year's reports that are open: an edit, and
    // also its first check after it was opened, whose text may not be the file's (restored unsaved, or edited before
    // this first check: a burst validates only its newest version, so no edit was seen; brk118 #1).
    const newText = validated.get(doc.uri) !== doc.version;
    validated.set(doc.uri, doc.version);
    const year = a.report?.isReport ? a.report.year : null;
    const yearBefore = validatedYear.get(doc.uri);
    if (year !== null) validatedYear.set(doc.uri, year);
    else validatedYear.delete(doc.uri);
    if (newText && settings.crossYear) {
      if (year !== null) recheckNextYear(doc.uri, year);
      // Its year edited (2023 → 2022), or no report any more: the reports that read it as last year's read again.
      if (yearBefore !== undefined && yearBefore !== year) recheckNextYear(doc.uri, yearBefore);
    }
  }

  /**
   * Re-checks the open reports of year `year + 1` (other than `uri`): their cross-year findings read report `uri` as
   * last year's, which was opened, edited, or closed (its unsaved text is gone; the file on disk counts again).
   */
  function recheckNextYear(uri: string, year: number): void {
    for (const other of documents.all()) {
      if (other.uri === uri) continue;
      const m = safe(() => cache.model(asDoc(other)), null);
      if (m?.isTarget && m.report?.year === year + 1) {
        cache.dropFindings(other.uri);
        schedule(other.uri);
      }
    }
  }

  // Validation is coalesced without a timer: the connection hands over one queued message per turn of the event
  // loop, so validation waits until a turn passes without a new change (a burst of changes validates only its
  // newest version) and then runs at once; one document is validated per turn, so messages in between are read.
  const pending = new Set<string>();
  /** Bumped by every `schedule`; a turn that ends with the same count saw no new change. */
  let changes = 0;
  let armed = false;
  function schedule(uri: string): void {
    pending.add(uri);
    changes++;
    if (armed) return;
    armed = true;
    // `changes - 1`: the first turn always waits, since the next queued message is handed over after it.
    setImmediate(settle, changes - 1);
  }
  function settle(seen: number): void {
    // Before the settings pulled at start are in, nothing is published: the documents pending then are validated once
    // they are (a first publish in the client's language, then another in `nianbao.locale`'s: brk106 #22).
    if (settingsPending) { armed = false; return; }
    if (changes !== seen) { setImmediate(settle, changes); return; }
    const next = pending.values().next();
    if (next.done) { armed = false; return; }
    const uri = next.value;
    pending.delete(uri);
    const doc = documents.get(uri);
    if (doc) validateOpen(doc);
    if (pending.size) setImmediate(settle, changes);
    else armed = false;
  }
  function revalidateAll(): void {
    cache.generation++;
    // Settings may change which files are candidates for last year's report (`autoDetect`).
    beside.clear();
    for (const d of documents.all()) schedule(d.uri);
    if (settings.workspace.check && onDisk.size) void checkDisk([...onDisk]);
  }

  /** An open file is judged by its text and version: what was read of it before (on disk, or open before) goes. */
  const besideForget = (uri: string) => {
    const p = uriToPath(uri);
    if (p) beside.forget(p);
    return p;
  };
  documents.onDidOpen((e) => {
    // Opened again without a close (a client reopening with new text, often at version 1 again): what was kept for
    // the document was read from the text before, at what may be the same version (brk87 #6: the new text was
    // never checked). Forgotten, as on a close; its override stays.
    if (validated.has(e.document.uri)) {
      cache.forget(e.document.uri);
      validated.delete(e.document.uri);
      validatedYear.delete(e.document.uri);
      lastStatus.delete(e.document.uri);
      editLog.closed(e.document.uri);
    }
    const p = besideForget(e.document.uri);
    if (p) openPaths.set(p, e.document.uri);
    schedule(e.document.uri);
  });
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    editLog.closed(uri);
    // Its year, read before it is forgotten: next year's open reports read it as last year's report.
    const model = settings.crossYear ? safe(() => cache.model(asDoc(e.document)), null) : null;
    const year = model?.isTarget && model.report?.isReport ? model.report.year : null;
    const closed = besideForget(uri);
    if (closed && openPaths.get(closed) === uri) openPaths.delete(closed);
    if (closed) diskEncodings.delete(closed);
    pending.delete(uri);
    cache.forget(uri);
    lastStatus.delete(uri);
    validated.delete(uri);
    validatedYear.delete(uri);
    const p = uriToPath(uri);
    if (settings.workspace.check && p && folders.some((f) => p.startsWith(f))) void checkDisk([uri]);
    else { publish(uri, []); index.remove(uri); }
    if (year !== null) recheckNextYear(uri, year);
  });

  // ------------------------------------------------------------------------------------------ workspace

  /**
   * Checks files from disk (those not open), publishing their diagnostics; returns counts: `files` = `uris.length`
   * (open ones too), `reports` and `problems` of the files read from disk only (`checkWorkspace` adds the open ones).
   */
  async function checkDisk(uris: string[]): Promise<{ files: number; reports: number; problems: number }> {
    let reports = 0, problems = 0;
    const docs: string[] = [];
    // Pass 1: read and index, so that the cross-year rules see every report of the folder. Only the year is kept: the
    // models of a thousand reports held until pass 2 took over a gigabyte (1,000 bench reports of 19 KB: peak RSS
    // 1.3 GB), so each file is read again there.
    /**
     * The file at `uri` read from disk (one that cannot be read or decoded: with the reason, `unread`, its note); null,
     * with its diagnostics and index entry dropped, when it is gone.
     */
    const readOrDrop = (uri: string): DocLike | null => {
      const p = uriToPath(uri);
      const d = p ? readDisk(p) : null;
      if (!d) { publish(uri, []); index.remove(uri); onDisk.delete(uri); }
      return d;
    };
    for (const uri of uris) {
      if (documents.get(uri)) continue;
      const d = readOrDrop(uri);
      if (!d) continue;
      if (d.languageId !== 'nianbao' && !(settings.autoDetect && (d.unread ? d.unread.report : mightBeReport(d.getText())))) { publish(uri, []); index.remove(uri); continue; }
      const parsed = safe(() => cache.report(d), null);
      index.put(uri, parsed?.report?.isReport || d.languageId === 'nianbao' ? parsed?.report ?? null : null);
      cache.forget(uri);
      docs.push(uri);
      if (docs.length % 20 === 0) await new Promise((r) => setImmediate(r));
    }
    // Pass 2: check and publish.
    for (const uri of docs) {
      if (documents.get(uri)) continue;
      const d = readOrDrop(uri);
      if (!d) continue;
      const a = safe(() => cache.get(d), null);
      cache.forget(d.uri);
      if (!a || !a.isTarget) { publish(d.uri, []); onDisk.delete(d.uri); continue; }
      reports++;
      onDisk.add(d.uri);
      problems += diagnosticCounts(a).all;
      publish(d.uri, diagnosticsOf(a, locale, settings.maxDiagnostics, docLink));
      reportConfigs();
      await new Promise((r) => setImmediate(r));
    }
    return { files: uris.length, reports, problems };
  }

  /**
   * `nianbao.server.checkWorkspace`: checks every report file of the workspace folders, those open in the editor by
   * their current text and the others from disk (publishing their diagnostics), and counts them as `nianbao check`
   * on the folders counts: `files` listed, `reports` among them, `problems` = the diagnostics of those reports.
   */
  async function checkWorkspace(): Promise<{ files: number; reports: number; problems: number }> {
    const paths = await listFiles(folders, settings.workspace.maxFiles);
    const uris = paths.map(pathToUri);
    // Files checked from disk before that are gone (deleted, renamed or moved with no event from the client) leave the
    // Problems view (brk110 #1).
    const listed = new Set(uris);
    for (const uri of [...onDisk]) {
      const p = uriToPath(uri);
      if (listed.has(uri) || documents.get(uri) || (p && safe(() => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false, true))) continue;
      forgetDisk(uri);
    }
    const r = await checkDisk(uris);
    // Open documents may now find last year's report.
    cache.generation++;
    for (const uri of uris) {
      const d = documents.get(uri);
      if (!d) continue;
      // The analysis their next validation publishes (the same version and generation: computed once).
      const a = safe(() => cache.get(asDoc(d)), null);
      if (!a?.isTarget) continue;
      r.reports++;
      r.problems += diagnosticCounts(a).all;
    }
    for (const d of documents.all()) schedule(d.uri);
    return r;
  }

  /** A file checked from disk that is no longer there: its diagnostics cleared, and it is no longer indexed. */
  function forgetDisk(uri: string): void {
    publish(uri, []);
    index.remove(uri);
    onDisk.delete(uri);
    besideForget(uri);
  }

  function clearDisk(): void {
    for (const uri of onDisk) if (!documents.get(uri)) publish(uri, []);
    onDisk.clear();
  }

  // A format and year set for a file (the status bar) go with it when it is renamed or moved, with its folder too;
  // the document open under the new name is checked with them again (brk103 #3: they were silently lost). The files
  // that are not open leave their old URIs (a file, or every report below a folder): those diagnostics are cleared,
  // and the files under the new names are checked as the workspace check would (brk110 #1: a client that sends no
  // file events, as Neovim and Helix, kept the old diagnostics and got none for the new names).
  connection.workspace.onDidRenameFiles(async (p) => {
    const renamed: string[] = [];
    for (const f of p.files) {
      for (const uri of cache.renameOverrides(f.oldUri, f.newUri)) {
        const d = documents.get(uri);
        if (d) validateOpen(d);
      }
      const from = uriToPath(f.oldUri);
      const to = uriToPath(f.newUri);
      if (from) {
        for (const uri of new Set([...onDisk, ...published])) {
          const path = uriToPath(uri);
          if (path && within(path, from) && !documents.get(uri) && !isConfigUri(uri)) forgetDisk(uri);
        }
        // A config in a renamed folder: its problems leave the old path; the reports are looked up afresh.
        for (const c of [...configs.files.values()]) {
          if (!within(c.path, from)) continue;
          publishAny(c.uri, []);
          configReported.delete(c.uri);
          configs.clear();
        }
      }
      if (to) renamed.push(to);
    }
    beside.clear();
    if (settings.workspace.check) {
      const inWorkspace = renamed.filter((path) => folders.some((f) => within(path, f)));
      const files: string[] = [];
      for (const path of inWorkspace) {
        const st = safe(() => statSync(path, { throwIfNoEntry: false }), undefined);
        if (st?.isDirectory()) files.push(...await listFiles([path], settings.workspace.maxFiles));
        else if (st?.isFile() && isReportFileName(path, true)) files.push(path);
      }
      await checkDisk(files.map(pathToUri));
    }
    // Last year's report of an open one may have been renamed, moved or come into its folder.
    cache.generation++;
    for (const d of documents.all()) schedule(d.uri);
  });

  connection.onDidChangeWatchedFiles((p) => {
    if (p.changes.some((c) => c.uri.endsWith('/' + CONFIG_FILE_NAME))) {
      // A project config changed: read them again and re-check everything.
      configs.clear();
      for (const c of p.changes) if (isConfigUri(c.uri) && c.type === 3) { publishAny(c.uri, []); configReported.delete(c.uri); }
      configReported.clear();
      revalidateAll();
    }
    for (const c of p.changes) besideForget(c.uri);
    if (!settings.workspace.check && !settings.crossYear) return;
    const changed: string[] = [];
    for (const c of p.changes) {
      if (c.uri.endsWith('/' + CONFIG_FILE_NAME)) continue;
      if (c.type === 3 /* deleted */) {
        index.remove(c.uri);
        onDisk.delete(c.uri);
        if (!documents.get(c.uri)) publish(c.uri, []);
      } else if (!documents.get(c.uri)) changed.push(c.uri);
    }
    const run = settings.workspace.check ? checkDisk(changed) : Promise.resolve(null);
    void run.then(() => {
      cache.generation++;
      for (const d of documents.all()) schedule(d.uri);
    });
  });

  // ------------------------------------------------------------------------------------------ lifecycle

  async function pullSettings(): Promise<void> {
    if (!configPull) return;
    try {
      const [section] = await connection.workspace.getConfiguration([{ section: 'nianbao' }]);
      // A client with no `nianbao` section answers null or `{}` (Neovim when its `settings` are left out and
      // `init_options` hold them): the settings stay as they were (at first those of initializationOptions), rather
      // than every setting falling back to its default.
      const none = section === null || section === undefined || (typeof section === 'object' && !Array.isArray(section) && !Object.keys(section).length);
      if (!none) applySettings(section);
    } catch {
      /* client without configuration support */
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLocale = localeOf(params.locale);
    // VS Code sends `{ settings: {...} }`; Helix and others send their config (`{ nianbao: {...} }`) as is.
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    applySettings(init?.settings ?? init);
    configPull = Boolean(params.capabilities.workspace?.configuration);
    // The VS Code client watches these files itself (`synchronize.fileEvents`) and says so: registered again, each
    // change would come twice.
    watchFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) && (init as { clientWatchesFiles?: unknown } | undefined)?.clientWatchesFiles !== true;
    settingsPending = configPull;
    documentChanges = Boolean(params.capabilities.workspace?.workspaceEdit?.documentChanges);
    insertReplace = Boolean(params.capabilities.textDocument?.completion?.completionItem?.insertReplaceSupport);
    const ca = params.capabilities.textDocument?.codeAction;
    resolveEdits = Boolean(ca?.dataSupport && ca.resolveSupport?.properties?.includes('edit'));
    resolveCommand = resolveEdits && Boolean(ca?.resolveSupport?.properties?.includes('command'));
    editor = editorOf(params.clientInfo?.name, (params.initializationOptions as { editor?: unknown } | undefined)?.editor);
    hierarchicalSymbols = Boolean(params.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport);
    const limit = params.capabilities.textDocument?.foldingRange?.rangeLimit;
    foldingRangeLimit = typeof limit === 'number' && Number.isInteger(limit) && limit >= 0 ? limit : undefined;
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = roots.map(uriToPath).filter((p): p is string => Boolean(p));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: locale === 'en' ? 'Annual report' : '年报' },
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: TRIGGERS },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FixAllKind], resolveProvider: true },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        executeCommandProvider: { commands: [ServerCommands.inspect, ServerCommands.newReport, ServerCommands.checkWorkspace, ServerCommands.fixGone] },
        workspace: {
          workspaceFolders: { supported: true, changeNotifications: true },
          // Renamed files and folders: a format and year set for a file go with it (brk103 #3).
          fileOperations: { didRename: { filters: [{ pattern: { glob: '**/*.{md,markdown,txt}', matches: 'file' } }, { pattern: { glob: '**', matches: 'folder' } }] } },
        },
      },
      serverInfo: { name: 'nianbao-language-server', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (watchFiles) {
      // Report files and project configs changed on disk (Neovim, and other clients that watch files when asked): last
      // year's report, the workspace check and the config of the open reports follow them (brk110 #2).
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown,txt}' }, { globPattern: `**/${CONFIG_FILE_NAME}` }] }).catch(() => undefined);
    }
    if (configPull) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'nianbao' }).catch(() => undefined);
      // The documents opened meanwhile wait for the settings (their locale, rules…), for `SETTINGS_WAIT_MS` at most: a
      // client slow to answer gets them checked with the settings it sent at initialize, and again when its answer
      // comes.
      let answered = false;
      const pulled = pullSettings().finally(() => { answered = true; });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([pulled, new Promise<void>((resolve) => { timer = setTimeout(resolve, SETTINGS_WAIT_MS); })]);
      clearTimeout(timer);
      settingsPending = false;
      revalidateAll();
      if (!answered) void pulled.then(() => { warnSettings(); revalidateAll(); });
    }
    warnSettings();
    // In the Output view: whether this server started from V8's code cache (boot/code-cache.ts), and where it is.
    const codeCache = codeCacheState();
    if (codeCache) connection.console.log(`nianbao: V8 code cache ${codeCache.state}${codeCache.file ? ` (${codeCache.file})` : ''}`);
    try {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        folders = folders.filter((f) => !e.removed.some((r) => uriToPath(r.uri) === f));
        folders.push(...e.added.map((a) => uriToPath(a.uri)).filter((p): p is string => Boolean(p)));
        // The removed folders' files that are not open leave the Problems view (helper-208 #4), as when workspace
        // checking is turned off.
        for (const uri of [...onDisk]) {
          const path = uriToPath(uri);
          if (!path || documents.get(uri) || folders.some((f) => within(path, f))) continue;
          publish(uri, []);
          index.remove(uri);
          onDisk.delete(uri);
        }
        if (settings.workspace.check) await checkWorkspace();
      });
    } catch {
      /* client without workspace folder notifications */
    }
    if (settings.workspace.check && folders.length) void checkWorkspace();
  });

  connection.onDidChangeConfiguration(async (p) => {
    const before = settings;
    const pushed = (p.settings as Record<string, unknown> | null | undefined)?.nianbao;
    if (pushed) applySettings(pushed);
    else await pullSettings();
    warnSettings();
    revalidateAll();
    if (settings.workspace.check && !before.workspace.check) void checkWorkspace();
    if (!settings.workspace.check && before.workspace.check) clearDisk();
  });

  // ------------------------------------------------------------------------------------------ features

  connection.onDocumentSymbol((p) => {
    const r = modelOf(p.textDocument.uri);
    const reading = readingOf(p.textDocument.uri);
    // A client without hierarchical symbols reads a flat SymbolInformation[] only (brk110 #6).
    return r ? safe(() => (hierarchicalSymbols ? documentSymbolsAt(r, reading, locale) : flatSymbols(documentSymbolsAt(r, reading, locale), p.textDocument.uri)), null) : null;
  });

  connection.onFoldingRanges((p) => {
    const r = modelOf(p.textDocument.uri);
    return r ? safe(() => limitFoldingRanges(foldingRangesAt(r, readingOf(p.textDocument.uri)), foldingRangeLimit), null) : null;
  });

  connection.onHover((p) => {
    const r = modelOf(p.textDocument.uri);
    // The findings the diagnostics show (cached per version), so that a total's hover quotes them.
    return r ? safe(() => hoverAt(r, readingOf(p.textDocument.uri), positionIn(r, p.position), locale, analysisOf(p.textDocument.uri)?.findings ?? []), null) : null;
  });

  connection.onCompletion((p) => {
    const r = modelOf(p.textDocument.uri);
    return r ? safe(() => completion(r, positionIn(r, p.position), locale, { insertReplace }), []) : [];
  });

  /** What the code actions of analysis `a` are computed with. */
  const actionEnv = (a: Analysis): ActionEnv => ({
    locale,
    rules: settingsFor(a.uri).rules,
    override: cache.parseOptions(a.uri),
    previous: a.report ? previousOf(a.uri, a.report).report : null,
    documentChanges,
    resolve: resolveEdits,
    resolveCommand,
    session: editLog.session(a.uri),
    fixAllUnasked: editor !== 'vscode',
    published: () => diagnosticsOf(a, locale, settings.maxDiagnostics, docLink),
  });

  connection.onCodeAction(async (p, token) => {
    // A request cancelled is answered so, not as "nothing to do" (a cancel read with the request cancels it before
    // it starts).
    const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, locale === 'en' ? 'Request cancelled.' : '请求已取消。');
    if (token.isCancellationRequested) throw cancelled();
    const a = analysisOf(p.textDocument.uri);
    if (!a) return [];
    const env = actionEnv(a);
    // Fix-all re-checks the text pass after pass (seconds on a long document): computed in steps, other requests
    // served between them, and stopped when the request is cancelled meanwhile.
    // (A rule that throws there throws again in `codeActions`, which says it.)
    const done = await prepareFixAll(a, p, env, () => token.isCancellationRequested).catch(() => true);
    if (!done) throw cancelled();
    return safe(() => codeActions(a, p, env), []);
  });

  // The edit of an action sent without one, against the document's current text (its current analysis).
  connection.onCodeActionResolve((action) => {
    const uri = (action.data as { uri?: unknown } | undefined)?.uri;
    const a = typeof uri === 'string' ? analysisOf(uri) : null;
    const env: ActionEnv = a
      ? { ...actionEnv(a), mapLine: (line, version) => editLog.mapLine(a.uri, line, version, a.version) }
      : { locale, rules: {}, override: {}, previous: null, documentChanges, resolveCommand };
    return safe(() => resolveCodeAction(a, action, env), action);
  });

  // Formatting reads the document's own text: a report in traditional characters is read through its simplified view
  // (`Report.lines`), whose words must not be written back into it (helper-217 #1).
  connection.onDocumentFormatting((p) => {
    const r = modelOf(p.textDocument.uri);
    const src = r && sourceLinesOf(r);
    return src ? safe(() => formatPipeTables(src.text, undefined, src), null) : null;
  });

  connection.onDocumentRangeFormatting((p) => {
    const r = modelOf(p.textDocument.uri);
    const src = r && sourceLinesOf(r);
    return src ? safe(() => formatPipeTables(src.text, p.range, src), null) : null;
  });

  connection.onExecuteCommand(async (p) => {
    const args = p.arguments ?? [];
    if (p.command === ServerCommands.inspect) {
      // The `nianbao inspect` view (the CLI's renderer), read with this file's format/year override and config, in
      // the language of the diagnostics.
      // A URI, or `{ uri }` as the other commands take an object: anything else is refused, not read as a URI.
      const arg: unknown = args[0];
      const parsed = typeof arg === 'string' ? null : UriParamsSchema.safeParse(arg);
      const uri = typeof arg === 'string' ? arg : parsed?.success ? parsed.data.uri : '';
      if (!uri) {
        const keys = parsed && !parsed.success ? unknownKeys(parsed.error, locale) : '';
        return invalidParams(`nianbao.server.inspect 的参数应为文档 URI 或 { uri }，收到 ${JSON.stringify(arg)}${keys}`,
          `nianbao.server.inspect expects a document URI or { uri }, got ${JSON.stringify(arg)}${keys}`);
      }
      const open = documents.get(uri);
      const p2 = uriToPath(uri);
      const disk = open || !p2 ? null : readDisk(p2);
      // A file that cannot be read or decoded (no permission, too large, UTF-16 without BOM) says why, as its
      // diagnostics' note does (brk89 #11, brk170 #2: null, which says there is no such file). No such file (a closed
      // untitled tab, a deleted file) is the documented null, not a fault of the server: nothing is logged (brk118 #3).
      if (disk?.unread) return locale === 'en' ? disk.unread.en : disk.unread.zh;
      const text = open ? open.getText() : disk ? disk.getText() : null;
      if (text === null) return null;
      // An open document the editor decoded in another encoding than the file's: the reason, as its diagnostic words it
      // (brk110 #7c: it was "not text", since its U+FFFD read as undecodable characters).
      const wrong = open ? safe(() => cache.report(asDoc(open)).problem, null) : null;
      if (wrong?.encoding) return locale === 'en' ? wrong.en : wrong.zh;
      // A binary file (a PNG, PDF or ZIP saved as .md, many NULs) is not read as a report, as the CLI's inspect and the
      // checks refuse it: the reason, worded as the diagnostics' note on it (brk89 #11: its "reading" was shown).
      const bin = binaryText(text);
      if (bin.binary) {
        const why = binaryProblem(bin);
        return locale === 'en' ? why.en : why.zh;
      }
      const o = cache.parseOptions(uri);
      return safe(() => inspectText(text, { format: o.format, year: o.year, fileName: fileNameOf(uri), locale }), null);
    }
    if (p.command === ServerCommands.newReport) {
      const parsed = NewReportArgsSchema.safeParse(args[0] ?? {});
      if (!parsed.success) {
        const keys = unknownKeys(parsed.error, locale);
        return invalidParams(`nianbao.server.newReport 的参数应为 { format?: "pre2019" | "2019" | "2021", year?: ${FIRST_REPORT_YEAR}–${LAST_REPORT_YEAR} 的年份, agency?: 单行的单位名称 }，收到 ${JSON.stringify(args[0])}${keys}`,
          `nianbao.server.newReport expects { format?: "pre2019" | "2019" | "2021", year?: a year from ${FIRST_REPORT_YEAR} to ${LAST_REPORT_YEAR}, agency?: one line }, got ${JSON.stringify(args[0])}${keys}`);
      }
      const o = parsed.data;
      const year = o.year ?? new Date().getFullYear() - 1;
      const range = reportYearProblem(year);
      if (range) return invalidParams(range.zh, range.en);
      // A format the year cannot have would give a draft that this server then flags (format-outdated,
      // format-anachronism): refused, as `nianbao new` refuses it (formatYearMismatch).
      const format: FormatId = o.format ?? formatForYear(year);
      const mismatch = formatYearMismatch(format, year);
      if (mismatch) return invalidParams(mismatch.zh, mismatch.en);
      // An agency name the title cannot take (a year in it, the title's words, `|` or `#`) is refused as `nianbao new`
      // refuses it (brk93 #5); `data.field` says which argument, so a client can ask for it again.
      const bad = agencyProblem(o.agency ?? '');
      if (bad && bad.kind !== 'empty') {
        const why = agencyRefusal(bad, year);
        return invalidParams(why.zh, why.en, { field: 'agency' });
      }
      return renderNewReport({ format, year, agency: (o.agency ?? '').trim() || '某某单位', fill: '' });
    }
    if (p.command === ServerCommands.checkWorkspace) {
      // It takes no argument: one given was meant for something else (docs/editor.md promises InvalidParams; brk110 #9).
      if (args.length) {
        return invalidParams(`nianbao.server.checkWorkspace 不带参数（[]），收到 ${JSON.stringify(args)}`,
          `nianbao.server.checkWorkspace takes no arguments ([]), got ${JSON.stringify(args)}`);
      }
      return checkWorkspace();
    }
    if (p.command === ServerCommands.fixGone) {
      // The command of a fix that no longer applied when it was resolved: its reason, shown (brk181 #2). A notification,
      // not showMessageRequest: there is nothing to answer.
      const reason: unknown = args[0];
      if (args.length !== 1 || typeof reason !== 'string' || !reason.trim() || reason.length > 1000) {
        return invalidParams(`nianbao.server.fixGone 的参数应为 [说明文字]，收到 ${JSON.stringify(args).slice(0, 200)}`,
          `nianbao.server.fixGone expects [reason text], got ${JSON.stringify(args).slice(0, 200)}`);
      }
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: reason });
      return null;
    }
    return new ResponseError(ErrorCodes.MethodNotFound, locale === 'en' ? `Unknown command: ${p.command}` : `未知命令：${p.command}`);
  });

  connection.onRequest(GetStatusRequest, (raw: unknown) => {
    const parsed = UriParamsSchema.safeParse(raw);
    if (!parsed.success) {
      const keys = unknownKeys(parsed.error, locale);
      return invalidParams(`nianbao/getStatus 的参数应为 { uri }，收到 ${JSON.stringify(raw)}${keys}`, `nianbao/getStatus expects { uri }, got ${JSON.stringify(raw)}${keys}`);
    }
    const a = analysisOf(parsed.data.uri);
    return a ? statusOf(a) : null;
  });

  connection.onRequest(SetOverrideRequest, (raw: unknown) => {
    const parsed = SetOverrideParamsSchema.safeParse(raw);
    if (!parsed.success) {
      const keys = unknownKeys(parsed.error, locale);
      return invalidParams(`nianbao/setOverride 的参数应为 { uri, format?: "pre2019" | "2019" | "2021" | null, year?: ${FIRST_REPORT_YEAR}–${LAST_REPORT_YEAR} 的年份 | null }，收到 ${JSON.stringify(raw)}${keys}`,
        `nianbao/setOverride expects { uri, format?: "pre2019" | "2019" | "2021" | null, year?: a year from ${FIRST_REPORT_YEAR} to ${LAST_REPORT_YEAR} | null }, got ${JSON.stringify(raw)}${keys}`);
    }
    const p: SetOverrideParams = parsed.data;
    const range = typeof p.year === 'number' ? reportYearProblem(p.year) : null;
    if (range) return invalidParams(range.zh, range.en);
    const cur = cache.override(p.uri);
    const next = { ...cur };
    if (p.format !== undefined) { if (p.format === null) delete next.format; else next.format = p.format; }
    if (p.year !== undefined) { if (p.year === null) delete next.year; else next.year = p.year; }
    // A format and a year both forced must go together, as for a new report (`formatYearMismatch`): a 2019 report in
    // the 2021 format would be read against a template it cannot have. Refused, and the override stays as it was.
    const mismatch = next.format !== undefined && next.year !== undefined ? formatYearMismatch(next.format, next.year) : null;
    if (mismatch) return invalidParams(mismatch.zh, mismatch.en);
    // A document that is not open has no status to show and gets none forced: null, and nothing is kept for a later
    // open (the status bar forces the open document's; brk87 #4 found it kept and applied on the next open).
    const d = documents.get(p.uri);
    if (!d) return null;
    cache.setOverride(p.uri, next);
    validateOpen(d);
    const a = analysisOf(p.uri);
    return a ? statusOf(a) : null;
  });

  connection.onRequest(DebugStatsRequest, () => {
    // Validate what is pending first, so that a client sees every publication before the answer (tests); not before
    // the settings are in (they are validated then).
    for (const uri of settingsPending ? [] : [...pending]) {
      pending.delete(uri);
      const d = documents.get(uri);
      if (d) validateOpen(d);
    }
    return { parses: cache.parseCount, checks: cache.checkCount, paragraphsRead: proseCounters.read, paragraphsReused: proseCounters.reused, partsParsed: partCounters.parsed, partsReused: partCounters.reused };
  });

  connection.onShutdown(() => {
    pending.clear();
  });

  documents.listen(guardedDocumentSync(connection));
  connection.listen();
}

/** Whether `path` is `folder` or below it. */
function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** The text-document notifications `TextDocuments.listen` registers, whose `params.textDocument.uri` it reads. */
/**
 * Request position `pos` (0-based line, UTF-16 character) as a position of `report`'s text: a character past the end
 * of its line is that line's end, as LSP reads it (a client may ask at 31:1 on an empty line; an edit must not end
 * before it starts). A line past the last is left as it is (the features answer nothing there).
 */
export function positionIn(report: Report, pos: { line: number; character: number }): { line: number; character: number } {
  if (pos.line < 0 || pos.line >= report.lines.lineCount) return pos;
  const length = report.lines.line(pos.line).length;
  return pos.character > length ? { line: pos.line, character: length } : pos.character < 0 ? { line: pos.line, character: 0 } : pos;
}

const DOCUMENT_SYNC = new Set(['onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidCloseTextDocument', 'onWillSaveTextDocument', 'onWillSaveTextDocumentWaitUntil', 'onDidSaveTextDocument']);

/**
 * `connection` as `TextDocuments.listen` sees it, its text-document notifications passed on only when their document is
 * well formed (a string uri; for an open, a string text): a malformed one (`"uri": 12`, helper-222 #4) is logged and
 * dropped instead of throwing in every listener and ending the server.
 */
function guardedDocumentSync(connection: Connection): Connection {
  return new Proxy(connection, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || !DOCUMENT_SYNC.has(key) || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
      return (handler: (params: unknown, ...rest: unknown[]) => unknown) => value.call(target, (params: unknown, ...rest: unknown[]) => {
        const doc = (params as { textDocument?: { uri?: unknown; text?: unknown } } | null | undefined)?.textDocument;
        if (typeof doc?.uri !== 'string' || (key === 'onDidOpenTextDocument' && typeof doc.text !== 'string')) {
          target.console.error(`nianbao: ignored a malformed ${key.replace(/^on/, '')} notification (the text document's uri${key === 'onDidOpenTextDocument' ? ' or text' : ''} is not a string)`);
          return undefined;
        }
        return handler(params, ...rest);
      });
    },
  });
}

/**
 * Why the editor's New Report refuses an agency name (`agencyProblem`, other than empty, which is written 某某单位),
 * with the name to write instead; `year` is the report year chosen.
 */
function agencyRefusal(bad: Exclude<AgencyProblem, { kind: 'empty' }>, year: number): Bilingual {
  if (bad.kind === 'too-long') return { zh: `机关名称过长（${bad.length} 个字符），最多 ${bad.max} 个字符`, en: `The agency name is too long (${bad.length} characters): at most ${bad.max}` };
  if (bad.kind === 'not-one-line') return { zh: '机关名称应为一行文字，不含 |、#、<、> 和控制字符', en: 'The agency name must be one line of text without |, #, <, > or control characters' };
  if (bad.kind === 'year') {
    return {
      zh: `机关名称只写名称，不要带年度（“${bad.found}”）：标题中的年度是所选的报告年度（${year} 年）。请写“${bad.agency}”`,
      en: `Write the agency's name without a year ("${bad.found}"): the title's year is the report year chosen (${year}). Write "${bad.agency}"`,
    };
  }
  return {
    zh: `机关名称只写名称，不要带“政府信息公开工作年度报告”：标题会自动写出。请写“${bad.agency}”`,
    en: `Write the agency's name without "政府信息公开工作年度报告": the title is written for you. Write "${bad.agency}"`,
  };
}
