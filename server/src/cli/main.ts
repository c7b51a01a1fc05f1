import { parseArgs, type ParseArgsConfig } from 'node:util';
import { accessSync, constants as fsConstants, statSync, existsSync, lstatSync, realpathSync } from 'node:fs';
import { resolve, dirname, basename, isAbsolute, join, relative, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import {
  CONFIGURABLE_IDS, checkReport, editDistance, FIRST_REPORT_YEAR, LAST_REPORT_YEAR, literalParens, formatForYear, tolerableOlderFormat, severityRank, formatYearMismatch, reportYearProblem, templateOf, parseReport, pick, renderNewReport, agencyProblem, unmatchedGlobs, type Bilingual, type FormatId, type Locale, type RuleSetting,
} from '../core/index.js';
import { FORMATTERS, STREAM_FORMATTERS, type FileResult, type FormatContext, type StreamFormatter, type UnlistedPath } from './format/index.js';
import { inspectText } from './inspect.js';
import { previousFinder } from './previous.js';
import { checkFile, type CheckRun, type FileOutcome } from './check-file.js';
import { checkInThreads, threadCount, type FileJob, type WorkerRun } from './parallel.js';
import { displayPath, fsError, readReport, REPORT_FILE, reportFilesIn, SKIPPED_FOLDERS, writeAtomic } from './files.js';
import { badBytesNote, decodeBytes } from './decode.js';
import { isMainThread } from 'node:worker_threads';
import { tuneHeapForMemory } from './heap.js';
import { closestName } from '../core/suggest.js';
import { ruleIdAsWritten } from '../core/suppress.js';
import { setTierUpBudget } from '../node/tier-up.js';
import { ConfigError, ConfigResolver, type LoadedConfig } from './config.js';
import { Progress, exitCode } from './review.js';
import { about, CONFIG, earlyLocale, envLocale, FILE, parseLocale, HELP, HELP_INSPECT, HELP_NEW, REASON, RUN, USAGE, stderrLine } from './messages.js';

const VERSION = '0.1.0';
/** Output formats that print findings only, so no text or model need be kept until the end of the run. */
const LEAN_FORMATS = new Set(['text', 'json']);
/** Up to this many files, the file taken as last year's report is named for each; above, one line sums up. */
const SAY_PREVIOUS_UP_TO = 10;

/**
 * A problem the user can cause (bad argument, unreadable file): printed as one line, exit code 2. `text` holds it in
 * both languages (cli/messages.ts); `message` is the English one.
 */
export class UsageError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

/** One file's check (for tests that drive it with a run of their own). */
export { checkFile } from './check-file.js';
/** How `--fix-dry-run` writes a file name in its diff headers (for tests that compare it with git's). */
export { quotePathForDiff } from './patch.js';

/** The name the report on stdin is shown under when `--stdin-filename` does not name it. */
const STDIN_NAME = '<stdin>';

/**
 * Expands files, folders and globs into report files (folders: *.md, *.markdown, *.txt, recursively). `inFolders`
 * holds the files found only by expanding a folder (a non-report among them, such as a README, is skipped quietly).
 * `errors` are the arguments that name nothing to check (and folders that cannot be read), in both languages;
 * `unlisted` the same with their paths (none for a glob), for the formats that describe the run (sarif).
 * A file reached by several paths is listed once: see `onePathPerFile`. `typedRelative` holds the files named by
 * (or found under, or matched by) a relative argument: outside the working directory they are shown relative to
 * it (`../2024.md`, as typed), not by their absolute path. `notes` are said but do not fail the run: the dangling
 * symbolic links skipped in folders (a path named on the command line that does not exist is an error).
 * `globbed`: some argument was expanded as a glob (a path that exists is taken as named, whatever characters its
 * name holds: `附件 [1].md`, `报告(2).md`). `folders`: the folder arguments in which files were found (the argument
 * as typed, the folder as shown and absolute, its files): one whose files all turn out not to be reports is an error
 * as an empty one is (`noReportFolders`).
 */
export async function findFiles(args: string[], cwd: string): Promise<{ files: string[]; errors: Bilingual[]; notes: Bilingual[]; unlisted: UnlistedPath[]; inFolders: Set<string>; typedRelative: Set<string>; globbed: boolean; folders: FolderArgument[] }> {
  const files: string[] = [];
  const errors: Bilingual[] = [];
  const notes: Bilingual[] = [];
  const unlisted: UnlistedPath[] = [];
  const typedRelative = new Set<string>();
  let relativeArg = true;
  const cannot = (message: Bilingual, absPath?: string) => {
    errors.push(message);
    unlisted.push(absPath === undefined ? { message } : { message, path: displayPath(absPath, cwd, relativeArg), absPath });
  };
  const inFolders = new Set<string>();
  const named = new Set<string>();
  const folders: FolderArgument[] = [];
  let globbed = false;
  for (const a of args.length ? args : ['.']) {
    const abs = resolve(cwd, a);
    relativeArg = !isAbsolute(a);
    const before = files.length;
    await addArgument(a, abs);
    if (relativeArg) for (let i = before; i < files.length; i++) typedRelative.add(files[i]);
  }
  for (const f of named) inFolders.delete(f);
  return { files: onePathPerFile(files, named), errors, notes, unlisted, inFolders, typedRelative, globbed, folders };

  async function addArgument(a: string, abs: string): Promise<void> {
    if (existsSync(abs)) {
      const st = statSync(abs);
      if (st.isDirectory()) {
        const walked = reportFilesIn(abs);
        for (const e of walked.errors) cannot(about(displayPath(e.path, cwd, relativeArg), e.reason), e.path);
        for (const l of walked.brokenLinks) notes.push(RUN.brokenLinkSkipped(displayPath(l.path, cwd, relativeArg), l.reason));
        if (!walked.files.length && !walked.errors.length) cannot(RUN.noReportsInFolder(a, [], walked.documents.map((d) => displayPath(d, cwd, relativeArg))), abs);
        // (Whether its files are reports is known once they are read.)
        if (walked.files.length && !walked.errors.length) folders.push({ arg: a, shown: displayPath(abs, cwd, relativeArg), abs, files: walked.files });
        files.push(...walked.files);
        for (const f of walked.files) inFolders.add(f);
      } else {
        files.push(abs);
        named.add(abs);
      }
    } else if (/[*?{[]/.test(a)) {
      globbed = true;
      // (Bare parentheses are the name's own, `县(一)/*.md`, as the shell reads them: brk91 #5.)
      const pattern = literalParens(a);
      const ignore = ['**/node_modules/**', '**/.git/**'];
      const found = await glob([pattern], { cwd, absolute: true, ignore });
      // The folders it matches (`yr/*` over yr/2023/, yr/2024/: what the shell's unquoted yr/* names, and what the
      // Action passes unexpanded) are searched as folder arguments are, those into which no file it matches reaches
      // (`yr/**` matches the files in them already; a folder matched but holding no report file is passed over, the
      // glob as a whole matching nothing is the error): brk142 #2.
      const inside = (dir: string) => found.some((f) => f.startsWith(dir + sep) || f.startsWith(`${dir}/`));
      const dirs = (await glob([pattern], { cwd, absolute: true, ignore, onlyDirectories: true }))
        .map((d) => d.replace(/[\\/]+$/, ''))
        .filter((d) => !SKIPPED_FOLDERS.has(basename(d)) && !inside(d))
        .sort();
      let walkedFiles = 0;
      for (const dir of dirs) {
        const walked = reportFilesIn(dir);
        for (const e of walked.errors) cannot(about(displayPath(e.path, cwd, relativeArg), e.reason), e.path);
        for (const l of walked.brokenLinks) notes.push(RUN.brokenLinkSkipped(displayPath(l.path, cwd, relativeArg), l.reason));
        if (walked.files.length && !walked.errors.length) folders.push({ arg: displayPath(dir, cwd, relativeArg), shown: displayPath(dir, cwd, relativeArg), abs: dir, files: walked.files });
        files.push(...walked.files);
        for (const f of walked.files) inFolders.add(f);
        walkedFiles += walked.files.length + walked.errors.length;
      }
      // The folders it had to look into that could not be read, which the glob passes over without a word: named with
      // the reason, as a folder argument's are (brk170 #6: "no file matches" sent the user looking for a typo).
      const unreadable = await unreadableFoldersOf(pattern, cwd, ignore);
      for (const u of unreadable) cannot(about(displayPath(u.path, cwd, relativeArg), u.reason), u.path);
      if (!found.length && !walkedFiles && !unreadable.length) cannot(RUN.noFileMatches(a));
      files.push(...found.sort());
      for (const f of found) named.add(f);
    } else {
      // A link whose target is missing (or a loop) is there, only not readable: said as a folder walk says it.
      const link = brokenLinkReason(abs);
      cannot(link ? about(a, link) : RUN.noSuchFileOrFolder(a), abs);
    }
  }
}

/**
 * The folders glob `pattern` has to list that cannot be read (no permission…), with the reason: those its leading
 * parts name or match (each part but the last: `noread` of `noread/*.md`; `reports`, then the folders `reports/*`
 * matches, of a pattern `reports/<glob>/x.md`), part by part, stopping at the first part with any that cannot be read
 * (nothing under them can be found).
 */
async function unreadableFoldersOf(pattern: string, cwd: string, ignore: string[]): Promise<{ path: string; reason: Bilingual }[]> {
  const parts = pattern.split('/');
  const out: { path: string; reason: Bilingual }[] = [];
  for (let k = 1; k < parts.length && !out.length; k++) {
    const prefix = parts.slice(0, k).join('/');
    if (!prefix) continue;
    const dirs = isDynamicPattern(prefix) ? await glob([prefix], { cwd, absolute: true, ignore, onlyDirectories: true }) : [resolve(cwd, prefix)];
    for (const d of dirs.map((x) => x.replace(/[\\/]+$/, '')).sort()) {
      try {
        accessSync(d, fsConstants.R_OK | fsConstants.X_OK);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') out.push({ path: d, reason: REASON.cannotReadFolder(fsError(e)) });
      }
    }
  }
  return out;
}

/** A folder argument of `nianbao check` in which files named like reports were found (`findFiles`). */
export interface FolderArgument {
  /** As typed, as shown (`displayPath`) and absolute. */
  arg: string;
  shown: string;
  abs: string;
  /** The files found in it (absolute). */
  files: string[];
}

/**
 * The folder arguments that yield no report although files were found in them: every file of theirs was read and
 * found not to be a report (`skipped`: absolute path → as shown), as a folder of notes or a README alone, or a layout
 * the detector does not take for reports. Such a folder is an error as an empty one is (exit code 2, brk119 #3: the
 * run passed with `0 个错误` and a ✅). A folder with a file not skipped (a report, a file that could not be read, one
 * a config ignores, one reached by another path) is not among them. Each with the files skipped in it, as shown.
 */
export function noReportFolders(folders: FolderArgument[], skipped: Map<string, string>): { folder: FolderArgument; skipped: string[] }[] {
  return folders.filter((f) => f.files.every((abs) => skipped.has(abs))).map((folder) => ({ folder, skipped: folder.files.map((abs) => skipped.get(abs)!) }));
}

/**
 * `files` (absolute paths) with each file once, however many paths reach it (a symbolic link, `./x` and `x`, a
 * file named and also found in a folder). The path kept is the one the user gave (`named`: a file argument or a
 * glob's match) if any, else one without symbolic links, else one whose last part is not a link; among equals the
 * first. The files stay in the order of the paths kept.
 */
export function onePathPerFile(files: string[], named: Set<string>): string[] {
  // Each folder's real path is looked up once (a folder of a thousand reports: one lookup, not one per file, and
  // not one system call per part of each path).
  const realDirs = new Map<string, string>();
  const realDir = (d: string) => {
    let r = realDirs.get(d);
    if (r === undefined) {
      try {
        r = realpathSync(d);
      } catch {
        r = d; // missing: its files are reported when read
      }
      realDirs.set(d, r);
    }
    return r;
  };
  /** The file's real path, and whether the file itself (its last part) is a symbolic link. */
  const real = (f: string): { key: string; isLink: boolean } => {
    let isLink = false;
    try {
      isLink = lstatSync(f).isSymbolicLink();
    } catch {
      return { key: f, isLink }; // missing: reported when read
    }
    if (!isLink) return { key: join(realDir(dirname(f)), basename(f)), isLink };
    try {
      return { key: realpathSync(f), isLink };
    } catch {
      return { key: f, isLink }; // a dangling link: reported when read
    }
  };
  /** Lower is better: named first, then no link anywhere on the path, then the file itself not a link. */
  const rank = (f: string, key: string, isLink: boolean) => (named.has(f) ? 0 : 4) + (key === f ? 0 : 1) + (isLink ? 2 : 0);
  const best = new Map<string, { path: string; rank: number }>();
  const reals = files.map(real);
  const keys = reals.map((r) => r.key);
  files.forEach((f, i) => {
    const r = rank(f, keys[i], reals[i].isLink);
    const b = best.get(keys[i]);
    if (!b || r < b.rank) best.set(keys[i], { path: f, rank: r });
  });
  const out: string[] = [];
  const done = new Set<string>();
  files.forEach((f, i) => {
    if (best.get(keys[i])!.path !== f || done.has(keys[i])) return;
    done.add(keys[i]);
    out.push(f);
  });
  return out;
}

function localeFrom(v: string | undefined, env: NodeJS.ProcessEnv): Locale {
  if (v) {
    const locale = parseLocale(v);
    if (!locale) throw new UsageError(USAGE.locale(v));
    return locale;
  }
  return envLocale(env).locale;
}

/** The commands, for "did you mean" on a misspelt one (`chek`). */
const COMMANDS = ['check', 'inspect', 'new', 'help'];

/** The settings `--rule ID=…` takes. */
const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'];

function ruleSettings(values: string[] | undefined): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  const ids = [...CONFIGURABLE_IDS];
  for (const v of values ?? []) {
    const eq = /^([^=]+)=(.*)$/.exec(v);
    // ID=…: an id that is none of the rules is an unknown rule, with the nearest id, whatever its characters: one
    // written as a suppression comment reads it (`row_label`, `ROW-LABEL`, a full-width dash) is told the catalogue's
    // spelling, as the config's `rules` tells it; not that the syntax is wrong (brk129 #5).
    if (eq && !ids.includes(eq[1])) {
      const meant = ruleIdAsWritten(eq[1]);
      const near = ids.includes(meant) ? [meant, 0] as const : ids.map((id) => [id, editDistance(id, meant)] as const).sort((a, b) => a[1] - b[1])[0];
      throw new UsageError(USAGE.noRule(eq[1], near && near[1] <= 3 ? near[0] : undefined, ids));
    }
    if (!eq || !SEVERITY_SETTINGS.includes(eq[2])) {
      // `row-label=of`: a misspelt setting is suggested as a misspelt rule id is.
      const near = eq ? closestName(eq[2], SEVERITY_SETTINGS) : undefined;
      throw new UsageError(USAGE.ruleSyntax(v, near && `${eq![1]}=${near}`));
    }
    out[eq[1]] = eq[2] as RuleSetting;
  }
  return out;
}

/**
 * `parseArgs` for `nianbao COMMAND`, refusing an option given an empty value (`--config ""`, `--previous=`) as one
 * given none: mostly an unset variable in a CI script (`--config "$CFG"`), it fell back to the default without a word
 * (the nearest config, last year's report found beside the file: brk96 #3); and an empty file or folder argument.
 */
function parseOptions<T extends ParseArgsConfig>(config: T, command: string): ReturnType<typeof parseArgs<T>> {
  const parsed = parseArgs(config);
  for (const [name, v] of Object.entries(parsed.values)) {
    // (`new -o ''` has a message of its own, which says how to write to stdout.)
    if (name === 'output') continue;
    if (v === '' || (Array.isArray(v) && v.includes(''))) throw new UsageError(USAGE.optionEmpty(`--${name}`, command));
  }
  // An empty path (`nianbao check --fix "$FILES"` with the variable unset) would be the working folder: every report
  // in it checked, and with --fix rewritten (brk98 #7).
  if ((parsed as { positionals?: string[] }).positionals?.some((p) => p.trim() === '')) throw new UsageError(USAGE.pathEmpty(command));
  return parsed;
}

async function cmdCheck(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'report-format': { type: 'string' },
      year: { type: 'string' },
      previous: { type: 'string' },
      locale: { type: 'string' },
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
      rule: { type: 'string', multiple: true },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      config: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'max-warnings': { type: 'string' },
      'report-unused-disable': { type: 'boolean', default: false },
      jobs: { type: 'string', short: 'j' },
      'stdin-filename': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }, 'check');
  if (values.help) {
    io.out(pick(HELP, earlyLocale(argv, io.env)) + '\n');
    return 0;
  }
  const formatter = FORMATTERS[values.format!];
  if (values.fix && values['fix-dry-run']) throw new UsageError(USAGE.fixAndDryRun);
  if (!formatter) throw new UsageError(USAGE.format(values.format, Object.keys(FORMATTERS)));
  const { reportFormat, year } = overrides(values['report-format'], values.year);
  const locale = localeFrom(values.locale, io.env);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    // Decimal digits only, as the message says: Number() would also take `0x10`, `1e1`, `0b1`, `+1` and `1 ` (brk129 #4).
    maxWarnings = wholeNumber(values['max-warnings']);
    if (maxWarnings === undefined) throw new UsageError(USAGE.maxWarnings(values['max-warnings']));
  }
  // `-`: the one report is read from stdin (`nianbao check - --stdin-filename 2024.md < draft.md`).
  const fromStdin = positionals.includes('-');
  if (fromStdin && positionals.length > 1) throw new UsageError(USAGE.stdinWithPaths);
  if (values['stdin-filename'] !== undefined && !fromStdin) throw new UsageError(USAGE.stdinFilenameWithoutStdin('check'));
  // --fix of stdin: the fixed text is the output; the findings that remain are not printed.
  const fixToStdout = fromStdin && values.fix!;
  let jobsWanted: number | undefined;
  if (values.jobs !== undefined) {
    jobsWanted = wholeNumber(values.jobs);
    if (jobsWanted === undefined || jobsWanted < 1) throw new UsageError(USAGE.jobs(values.jobs));
  }
  // stdin is read before any config: a config that cannot be used still leaves `--fix -` the input to print.
  let stdin: { abs: string; shown: string; bytes: Uint8Array; onDisk: boolean } | undefined;
  if (fromStdin) {
    const name = values['stdin-filename'] || undefined;
    const abs = resolve(io.cwd, name ?? STDIN_NAME);
    let bytes: Uint8Array;
    try {
      bytes = await (io.readStdin ?? readProcessStdin)();
    } catch (e) {
      throw new UsageError(about('-', fsError(e)));
    }
    stdin = { abs, shown: name ? displayPath(abs, io.cwd, !isAbsolute(name)) : STDIN_NAME, bytes, onDisk: Boolean(name) && isFile(abs) };
  }
  // Notes said before the files are listed: printed once the run's language is known (below); a config's note
  // (an empty config hiding those above it) that comes later is printed at once.
  const notes: Bilingual[] = yearNotes(year);
  let notesSaid: Locale | null = null;
  /**
   * A config that cannot be used stops the run before any report is checked (exit code 2): said on stderr, and a
   * review format prints its whole document saying so at the config's lines (brk108 #3: a GitLab job kept a 0-byte
   * Code Quality report, a `github` step showed nothing). json and text print nothing: the reason is on stderr (the
   * JSON contract has no place for it), and `--fix -`'s output is the report, printed unchanged.
   */
  const stopOnConfig = (e: unknown, files?: string[]): number => {
    if (!(e instanceof ConfigError)) throw e;
    // The run's language as for a run that checks (`runLocale`), the config that stopped it counted as the config of
    // the files under it: its own `locale`, when it can be read, where it is the one config of every file or the
    // working directory's (`--config FILE`); else the working directory's config's (brk174 #5: a sub-folder config
    // with a typo turned the whole run English).
    const said = values.locale ? locale : ((files ? stoppedRunLocale(e, configs, files, io.cwd) : e.config?.locale) ?? locale);
    io.err(stderrLine(said, e.text));
    if (e.config && !LEAN_FORMATS.has(values.format!) && !fixToStdout) {
      io.out(formatter([], { locale: said, color: false, cwd: io.cwd, env: io.env, configError: { path: e.config.shown, absPath: e.config.abs, problems: e.config.problems } }));
    }
    // --fix -: the input goes out unchanged, as for binary input (`… < r.md > fixed.md` would leave fixed.md empty).
    if (fixToStdout && stdin) io.out(Buffer.from(stdin.bytes));
    return 2;
  };
  let configs: ConfigResolver;
  try {
    configs = new ConfigResolver(io.cwd, values.config, (note) => (notesSaid ? io.err(stderrLine(notesSaid, note)) : notes.push(note)));
  } catch (e) {
    return stopOnConfig(e);
  }
  const options: CheckRun['options'] = { locale, rules: ruleSettings(values.rule), format: reportFormat as FormatId | undefined, year };
  let previous: CheckRun['previous'] = null;
  let previousText = '';
  if (values.previous) {
    const r = readReport(resolve(io.cwd, values.previous));
    if (!r.ok) throw new UsageError(USAGE.previous(values.previous, r.error));
    const note = badBytesNote(r);
    if (note) notes.push(about(`--previous ${values.previous}`, note));
    previousText = r.text;
    previous = { name: values.previous, absPath: resolve(io.cwd, values.previous), report: parseReport(r.text, { fileName: basename(values.previous) }) };
    // `check --previous a.md` with no path after it: a.md was likely meant as the file to check, and the folder is
    // checked instead (helper-207 #4). Said, not refused: checking the folder against last year's report is valid.
    if (!positionals.length) notes.push(RUN.previousNoPaths(values.previous));
  }
  const { files, errors, notes: fileNotes, unlisted, inFolders, typedRelative, globbed, folders } = stdin ? { files: [stdin.abs], errors: [], notes: [], unlisted: [], inFolders: new Set<string>(), typedRelative: new Set<string>(), globbed: false, folders: [] } : await findFiles(positionals, io.cwd);
  notes.push(...fileNotes);
  let failed = errors.length > 0;
  // The config settings of every file first: a bad config stops the run before anything is checked.
  let fileSettings: ReturnType<ConfigResolver['settingsFor']>[];
  try {
    fileSettings = files.map((abs) => configs.settingsFor(abs));
  } catch (e) {
    return stopOnConfig(e, files);
  }
  // Only when a folder was searched or a glob expanded: a run over files named one by one (stdin, a pre-commit hook,
  // the files a pull request changed) leaves the globs meant for the other files unmatched, as it should. A file
  // whose name holds glob characters (`附件 [1].md`) is named, not a glob.
  const searched = inFolders.size > 0 || globbed;
  if (searched) notes.push(...unmatchedGlobNotes(files, fileSettings, io.cwd));
  /**
   * The language of the run's own text (summary line, headings of the review formats, notes on stderr): --locale,
   * else the `locale` of the one config that every file uses, else that of the config of the working directory
   * (`--config FILE` when given), else NIANBAO_LOCALE, else zh. The same whatever the order of the files; each
   * finding's message still takes its own file's config.
   */
  const runLocale: Locale = values.locale ? locale : (sharedConfigLocale(fileSettings, configs, io.cwd) ?? locale);
  io.onRunLocale?.(runLocale);
  for (const note of notes) io.err(stderrLine(runLocale, note));
  notesSaid = runLocale;
  for (const e of errors) io.err(stderrLine(runLocale, e));
  /** The stderr lines (without their line break) of what made the run incomplete (exit code 2), for `io.onIncomplete`. */
  const incomplete = errors.map((e) => stderrLine(runLocale, e).trimEnd());
  const progress = new Progress(files.length, io, () => runLocale);
  /** stderr without the progress line in the way (it is drawn again at the next file). */
  const err = (s: string) => {
    progress.clear();
    io.err(s);
  };
  const run: CheckRun = {
    options, localeGiven: Boolean(values.locale), noteLocale: runLocale, previous, findPrevious: previousFinder(io),
    // A few files: which file was last year's is said for each; many: summed up at the end.
    sayPrevious: files.length <= SAY_PREVIOUS_UP_TO,
    reportUnusedDisable: values['report-unused-disable']!, quiet: values.quiet!,
    // The text and the model are kept only for the formats that read them (fingerprints, summaries).
    keepModel: !LEAN_FORMATS.has(values.format!),
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : null,
    err,
  };
  const results: FileResult[] = [];
  const patches: string[] = [];
  const ignored: UnlistedPath[] = [];
  /** Files found in folder arguments that the config's `ignore` leaves out, with that config as shown. */
  const ignoredInFolders: { abs: string; config: string }[] = [];
  const formatContext = (): FormatContext => ({ locale: runLocale, color: values['no-color'] ? false : (values.color ?? colorByEnv(io)), cwd: io.cwd, env: io.env, unlisted, ignored, quiet: values.quiet!, maxWarnings, codeScanning: io.codeScanning });
  // --fix-dry-run with the text format: the patch is the output (`nianbao check --fix-dry-run f > f.patch`) and the
  // findings go to stderr. With any other format the format's document is the output (`> out.sarif` stays JSON)
  // and the patch goes to stderr.
  const patchToStdout = values['fix-dry-run']! && values.format === 'text';
  // text and json are printed file by file (nothing is kept but counts); the other formats keep only what their
  // document needs of each file (its findings, not its text and model).
  const streamFormat = patchToStdout || fixToStdout ? undefined : STREAM_FORMATTERS[values.format!];
  let stream: ReturnType<StreamFormatter> | undefined;
  const tally = { errors: 0, warnings: 0, infos: 0 };
  /** The files found in folders that are not reports: absolute path → as shown. */
  const skipped = new Map<string, string>();
  /** The files named on the command line (or matched by a glob) that are not reports, as shown. */
  const namedNotReports: { abs: string; shown: string }[] = [];
  let withPrevious = 0, reports = 0, tiedPrevious = 0, otherAgency = 0, otherYear = 0;
  /** Reports whose last year's folder exists but holds no report of their agency (one line for them all in a long run: `RUN.previousNotFoundIn`). */
  const notFoundIn: { shown: string }[] = [];
  /** Reports whose one candidate for last year's report was ruled out (its own years disagree: `RUN.previousRejected`). */
  const ruledOut: { shown: string }[] = [];
  const emit = (job: FileJob, outcome: FileOutcome) => {
    progress.tick(job.shown);
    // --fix -: the text is the output, whatever else the file's result says.
    if (outcome.stdout) io.out(Buffer.from(outcome.stdout));
    const r = outcome.result;
    if (r.previousPath) withPrevious++;
    if (r.previousTied) tiedPrevious++;
    if (r.previousOtherAgency) otherAgency++;
    if (r.previousWrongYear) otherYear++;
    if (r.previousNotFoundIn !== undefined && r.year !== null) notFoundIn.push({ shown: job.shown });
    if (r.previousRejected !== undefined) ruledOut.push({ shown: job.shown });
    if (!r.error && !r.notReport) reports++;
    if (r.notReport && !job.named) {
      skipped.set(job.abs, job.shown);
      return;
    }
    if (r.notReport && !r.error && r.meantAsReport) namedNotReports.push({ abs: job.abs, shown: job.shown });
    if (outcome.failed) failed = true;
    if (r.error) incomplete.push(stderrLine(runLocale, about(job.shown, r.errorText ?? { zh: r.error, en: r.error })).trimEnd());
    if (r.fixNotWritten) incomplete.push(stderrLine(runLocale, about(job.shown, r.fixNotWritten)).trimEnd());
    if (outcome.patch) patches.push(outcome.patch);
    for (const f of r.findings) {
      if (f.severity === 'error') tally.errors++;
      else if (f.severity === 'warning') tally.warnings++;
      else tally.infos++;
    }
    // --quiet: warnings not reported still count against --max-warnings (as ESLint counts them).
    tally.warnings += outcome.quietWarnings ?? 0;
    tally.infos += r.quietHidden?.infos ?? 0;
    if (!streamFormat) results.push(r);
    else {
      stream ??= streamFormat(formatContext());
      if (stream.chunks) {
        for (const c of stream.chunks(r)) if (c) io.out(c);
      } else {
        const out = stream.file(r);
        if (out) io.out(out);
      }
    }
  };
  try {
    const jobs: FileJob[] = [];
    for (const [i, abs] of files.entries()) {
      const shown = stdin ? stdin.shown : displayPath(abs, io.cwd, typedRelative.has(abs));
      const settings = fileSettings[i];
      if (settings.ignored) {
        if (inFolders.has(abs)) ignoredInFolders.push({ abs, config: displayPath(settings.config!.path, io.cwd) });
        if (stdin || positionals.some((p) => resolve(io.cwd, p) === abs)) {
          const message = RUN.ignoredBy(shown, displayPath(settings.config!.path, io.cwd));
          io.err(stderrLine(runLocale, message));
          ignored.push({ message, path: shown, absPath: abs });
        }
        // --fix of an ignored report on stdin: it goes out as it came in.
        if (stdin && fixToStdout) io.out(Buffer.from(stdin.bytes));
        continue;
      }
      jobs.push({
        index: jobs.length, abs, shown, named: !inFolders.has(abs),
        settings: { locale: settings.locale, rules: settings.rules, format: settings.format, year: settings.year, formatKey: settings.formatKey, yearKey: settings.yearKey },
        config: settings.config ? displayPath(settings.config.path, io.cwd) : undefined,
        stdin: stdin && { bytes: stdin.bytes, onDisk: stdin.onDisk },
      });
    }
    // Worker threads for many files when only the findings are printed (a worker keeps no text or model); one thread
    // otherwise (always for stdin).
    const threads = streamFormat && LEAN_FORMATS.has(values.format!) && !run.fix && !stdin ? threadCount(jobs.length, jobsWanted) : 1;
    if (threads > 1) {
      const shared: WorkerRun = {
        options, localeGiven: run.localeGiven, noteLocale: runLocale, previous: previous ? { name: previous.name, absPath: previous.absPath, text: previousText } : null,
        reportUnusedDisable: run.reportUnusedDisable, quiet: run.quiet, sayPrevious: run.sayPrevious, cwd: io.cwd,
      };
      await checkInThreads(jobs, threads, shared, run, (job, outcome, messages) => {
        if (messages) err(messages);
        emit(job, outcome);
      });
    } else {
      for (const job of jobs) emit(job, checkFile(job, run));
    }
    if (otherAgency && previous && !run.sayPrevious) err(stderrLine(runLocale, RUN.previousOtherAgencies(previous.name, otherAgency, reports)));
    if (otherYear && previous && !run.sayPrevious) err(stderrLine(runLocale, RUN.previousOtherYears(previous.name, previous.report.isReport ? previous.report.year : undefined, otherYear, reports)));
    if (tiedPrevious && !run.sayPrevious) err(stderrLine(runLocale, RUN.tiedSummary(tiedPrevious, reports)));
    if (withPrevious && !run.sayPrevious) err(stderrLine(runLocale, RUN.previousSummary(withPrevious, reports)));
    if (notFoundIn.length && !run.sayPrevious) err(stderrLine(runLocale, RUN.previousNotFoundIn(notFoundIn, reports)));
    if (ruledOut.length && !run.sayPrevious) err(stderrLine(runLocale, RUN.previousRejected(ruledOut, reports)));
    // A folder argument whose files are none of them reports: an error, as an empty folder (the files it names are
    // not said again among the others skipped). Told to the formats through `unlisted` before they end.
    const empty = noReportFolders(folders, skipped);
    for (const { folder, skipped: inIt } of empty) {
      const message = RUN.noReportsInFolder(folder.arg, inIt);
      err(stderrLine(runLocale, message));
      incomplete.push(stderrLine(runLocale, message).trimEnd());
      unlisted.push({ message, path: folder.shown, absPath: folder.abs });
      failed = true;
    }
    // A folder argument whose reports the config ignores, all of them (its other files not reports): nothing in it was
    // checked, an error as for a folder without reports (exit code 2), not a run that looks like a pass (fixC #4).
    const ignoredAbs = new Map(ignoredInFolders.map((f) => [f.abs, f.config]));
    for (const folder of folders) {
      const mine = folder.files.filter((abs) => ignoredAbs.has(abs));
      if (!mine.length || !folder.files.every((abs) => ignoredAbs.has(abs) || skipped.has(abs))) continue;
      const message = RUN.allIgnoredInFolder(folder.arg, mine.length, [...new Set(mine.map((abs) => ignoredAbs.get(abs)!))]);
      err(stderrLine(runLocale, message));
      incomplete.push(stderrLine(runLocale, message).trimEnd());
      unlisted.push({ message, path: folder.shown, absPath: folder.abs });
      empty.push({ folder, skipped: [] });
      failed = true;
    }
    // Files named (or matched by a glob) that were meant to be reports and are not (blank, or named like a report
    // with nothing of another kind of document in them: `FileResult.meantAsReport`), and no report checked anywhere
    // in the run (an emptied or overwritten report named alone, as a pull request's changed files are): nothing was
    // checked, which is no pass, as for a folder without reports (exit code 2), not a run that exits 0 with a notice
    // (brk142 #1). A README, notes, a work plan or another regime's report named alone, or a file that is not a
    // report named beside reports, stays a note: they were never meant to be checked as reports.
    if (!reports && namedNotReports.length) {
      const message = RUN.noReportNamed(namedNotReports.map((f) => f.shown));
      err(stderrLine(runLocale, message));
      incomplete.push(stderrLine(runLocale, message).trimEnd());
      // One entry for the run (at the file when one was named), not one per file: they are counted as not reports already.
      unlisted.push(namedNotReports.length === 1 ? { message, path: namedNotReports[0].shown, absPath: namedNotReports[0].abs } : { message });
      failed = true;
    }
    const said = new Set(empty.flatMap((e) => e.folder.files));
    const others = [...skipped].filter(([abs]) => !said.has(abs)).map(([, shown]) => shown);
    if (others.length) err(stderrLine(runLocale, RUN.skipped(others)));
    if (streamFormat) stream ??= streamFormat(formatContext());
  } finally {
    progress.done();
    // Also when the run stops half-way (an internal error): what was printed stays a whole document.
    if (stream) io.out(stream.end());
  }
  if (patchToStdout) {
    io.out(patches.join(''));
    io.err(formatter(results, { ...formatContext(), color: false }));
  } else {
    if (values['fix-dry-run']) io.err(patches.join(''));
    if (!streamFormat && !fixToStdout) io.out(formatter(results, formatContext()));
  }
  io.onCounts?.({ ...tally, reports });
  io.onIncomplete?.(incomplete);
  return exitCode(tally, { failed, maxWarnings, quiet: values.quiet, io, locale: runLocale });
}

/**
 * The config `locale` of a run (undefined: none): when every file of the run uses one and the same config file
 * (`nianbao check reports` with `reports/.nianbao.jsonc`), that file's; else (files under different configs, or no
 * file) that of the config that applies to the working directory (`--config FILE` when given; else the nearest
 * `.nianbao.jsonc` from `cwd` upward). A config of the working directory that cannot be read is passed over here (it
 * stops the run only when a report uses it).
 */
function sharedConfigLocale(settings: { config: { path: string; config: { locale?: Locale } } | null }[], configs: ConfigResolver, cwd: string): Locale | undefined {
  const first = settings[0]?.config;
  if (first && settings.every((s) => s.config?.path === first.path)) return first.config.locale;
  try {
    return configs.configFor(join(cwd, STDIN_NAME))?.config.locale;
  } catch (e) {
    if (e instanceof ConfigError) return undefined;
    throw e;
  }
}

/**
 * The config `locale` of a run stopped by config error `e` (undefined: none), by the rule of `sharedConfigLocale`: the
 * config of each file and of the working directory read as far as it can be, the one that cannot be used being
 * `e`'s (with the `locale` it was read with, if any). A config that cannot be used but is not `e`'s counts as none.
 */
function stoppedRunLocale(e: ConfigError, configs: ConfigResolver, files: string[], cwd: string): Locale | undefined {
  const bad = e.config?.abs;
  const configOf = (abs: string): { path: string | null; locale?: Locale } => {
    try {
      const c = configs.configFor(abs);
      return { path: c?.path ?? null, locale: c?.config.locale };
    } catch (x) {
      if (!(x instanceof ConfigError)) throw x;
      return x.config?.abs === bad ? { path: bad ?? null, locale: e.config?.locale } : { path: null };
    }
  };
  const of = files.map(configOf);
  const first = of[0];
  if (first && first.path !== null && of.every((c) => c.path === first.path)) return first.locale;
  return configOf(join(cwd, STDIN_NAME)).locale;
}

/** All of the process's stdin, as bytes (an empty stdin: no bytes). */
async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}

async function cmdInspect(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions({
    args: argv,
    allowPositionals: true,
    options: {
      'report-format': { type: 'string' }, year: { type: 'string' }, locale: { type: 'string' }, 'stdin-filename': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }, 'inspect');
  if (values.help) {
    io.out(pick(HELP_INSPECT, earlyLocale(argv, io.env)) + '\n');
    return 0;
  }
  const locale = localeFrom(values.locale, io.env);
  const { reportFormat, year } = overrides(values['report-format'], values.year);
  if (!positionals.length) throw new UsageError(USAGE.inspectNeedsFile);
  if (positionals.length !== 1) throw new UsageError(USAGE.inspectOneFile);
  // `-`: the report on stdin, as for check (an editor or a pipeline asking what the engine reads of a buffer), named
  // by --stdin-filename as check names it: in the lines on stderr and for its config.
  const fromStdin = positionals[0] === '-';
  const name = values['stdin-filename'];
  if (name !== undefined && !fromStdin) throw new UsageError(USAGE.stdinFilenameWithoutStdin('inspect'));
  for (const note of yearNotes(year)) io.err(stderrLine(locale, note));
  const abs = resolve(io.cwd, fromStdin ? name || STDIN_NAME : positionals[0]);
  const shown = fromStdin ? (name ? displayPath(abs, io.cwd, !isAbsolute(name)) : '-') : positionals[0];
  // The report's config, as check finds it (`.nianbao.jsonc` from the report's folder up; for stdin without a name,
  // the working directory's): its overrides' format and year, and its rule settings, for the findings listed.
  const settings = new ConfigResolver(io.cwd, undefined, (note) => io.err(stderrLine(locale, note))).settingsFor(abs);
  const format = (reportFormat as FormatId | undefined) ?? settings.format;
  const forcedYear = year ?? settings.year;
  const mismatch = format !== undefined && forcedYear !== undefined ? formatYearMismatch(format, forcedYear) : null;
  if (mismatch) {
    const config = settings.config ? displayPath(settings.config.path, io.cwd) : '';
    const why = FILE.forcedMismatch(mismatch,
      reportFormat !== undefined ? { value: format!, option: '--report-format' } : { value: format!, key: settings.formatKey!, config },
      year !== undefined ? { value: String(forcedYear), option: '--year' } : { value: String(forcedYear), key: settings.yearKey!, config });
    io.err(stderrLine(locale, about(shown, why)));
    return 2;
  }
  let r: ReturnType<typeof readReport>;
  if (fromStdin) {
    try {
      r = decodeBytes(await (io.readStdin ?? readProcessStdin)(), abs);
    } catch (e) {
      throw new UsageError(about(shown, fsError(e)));
    }
  } else r = readReport(abs);
  if (!r.ok) {
    io.err(stderrLine(locale, about(shown, r.error)));
    return 2;
  }
  const note = badBytesNote(r);
  if (note) io.err(stderrLine(locale, about(shown, note)));
  io.out(inspectText(r.text, { format, year: forcedYear, fileName: basename(abs), locale, rules: settings.rules }));
  return 0;
}

async function cmdNew(argv: string[], io: Io): Promise<number> {
  const { values } = parseOptions({
    args: argv,
    options: {
      'report-format': { type: 'string' }, year: { type: 'string' }, agency: { type: 'string' }, output: { type: 'string', short: 'o' },
      locale: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  }, 'new');
  if (values.help) {
    io.out(pick(HELP_NEW, earlyLocale(argv, io.env)) + '\n');
    return 0;
  }
  const locale = localeFrom(values.locale, io.env);
  // The same checks of --year and --report-format as check and inspect; the year defaults to last year.
  const given = overrides(values['report-format'], values.year);
  const year = given.year ?? new Date().getFullYear() - 1;
  // The format that applies to the year unless one is asked for (a 2020 report uses the 2019 format).
  const format = (given.reportFormat ?? formatForYear(year)) as FormatId;
  // A format the year cannot have (a 2019 report in the 2021 format) is refused, as the editor's New Report refuses it.
  const mismatch = formatYearMismatch(format, year);
  if (mismatch) throw new UsageError(mismatch);
  // (The title's own words are the draft's: `某某局政府信息公开工作年度报告` would be doubled; helper-223 #12.)
  // Spaces around the name (a value from a spreadsheet or CSV) are no part of it: not written into the title and the
  // signature (brk142 #7).
  const agencyGiven = (values.agency ?? '').trim();
  const bad = agencyProblem(agencyGiven);
  if (bad?.kind === 'empty') throw new UsageError(USAGE.agencyRequired);
  if (bad?.kind === 'not-one-line') throw new UsageError(USAGE.agencyOneLine);
  if (bad?.kind === 'too-long') throw new UsageError(USAGE.agencyTooLong(bad.length, bad.max));
  if (bad?.kind === 'year') throw new UsageError(USAGE.agencyWithYear(bad.found, bad.agency, given.year ?? bad.value ?? year));
  if (bad?.kind === 'title') throw new UsageError(USAGE.agencyWithTitle(bad.agency, given.year ?? year));
  const agency = agencyGiven;
  // `-o ''`: no file named (helper-223 #12).
  if (values.output !== undefined && !values.output.trim()) throw new UsageError(USAGE.outputEmpty);
  // A draft for a year before the 条例's annual reports (2008) is refused, as the editor's New Report refuses it (a
  // year without --year is this year or the last).
  if (year < FIRST_REPORT_YEAR) throw new UsageError(reportYearProblem(year)!);
  for (const note of yearNotes(given.year)) io.err(stderrLine(locale, note));
  // Value cells blank: the draft's tables are reported until their numbers are written (renderNewReport).
  const text = renderNewReport({ format, year, agency, fill: '' });
  const due = formatForYear(year);
  if (format !== due) {
    // The older format a year may still follow (pre2019 for 2019) is allowed, but a check reports it at once: say
    // so, with the rules that will (template notes aside, which every new draft has).
    const found = checkReport(parseReport(text)).filter((f) => f.ruleId !== 'template-note');
    const rules = [...new Set(found.map((f) => f.ruleId))];
    // (The older format the year may still follow is no format "due": say it is allowed, as a check does; brk138 #5.)
    if (rules.length && format === tolerableOlderFormat(year)) {
      const worst = rules.map((id) => ({ id, severity: found.filter((f) => f.ruleId === id).map((f) => f.severity).sort((a, b) => severityRank(a) - severityRank(b))[0] }));
      io.err(stderrLine(locale, RUN.newFormatTolerated(year, format, due, templateOf(due).document, worst)));
    } else if (rules.length) io.err(stderrLine(locale, RUN.newFormatNotOfYear(year, format, due, templateOf(due).document, rules)));
  }
  // `-o -` is stdout, as `-` is for check's input.
  if (values.output && values.output !== '-') {
    const abs = resolve(io.cwd, values.output);
    if (existsSync(abs)) {
      // A folder given for -o: it wants the draft's file name, not "not overwriting it" as if it were a file.
      if (statSync(abs).isDirectory()) throw new UsageError(USAGE.outputIsFolder(values.output, `${values.output.replace(/[\\/]+$/, '')}/${year}.md`));
      throw new UsageError(USAGE.outputExists(values.output));
    }
    if (!existsSync(dirname(abs))) throw new UsageError(USAGE.outputFolderMissing(values.output, dirname(values.output)));
    try {
      writeAtomic(abs, Buffer.from(text, 'utf8'));
    } catch (e) {
      throw new UsageError(USAGE.cannotWrite(values.output, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
    }
    io.err(stderrLine(locale, RUN.wrote(values.output)));
  } else io.out(text);
  return 0;
}

/**
 * The format and year given with `--report-format` and `--year` (check, inspect and new), checked.
 * @throws UsageError for a format that does not exist, a year that is not a whole number from `FIRST_REPORT_YEAR` to
 *   `LAST_REPORT_YEAR` (2008–2099: one range for every command, as the editor has it), or both given and not going
 *   together (`formatYearMismatch`: pre2019 with 2024, 2021 with 2019), as the editor's override refuses them.
 */
/** A count given as an option's value: plain decimal digits (`0`, `20`), else undefined (`0x10`, `1e1`, `+1`, `1 `, `1.5`, `-1`). */
function wholeNumber(text: string): number | undefined {
  return /^[0-9]+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : undefined;
}

function overrides(reportFormat: string | undefined, yearText: string | undefined): { reportFormat: string | undefined; year: number | undefined } {
  if (reportFormat && !['pre2019', '2019', '2021'].includes(reportFormat)) throw new UsageError(USAGE.reportFormat(reportFormat));
  if (yearText === undefined) return { reportFormat, year: undefined };
  // Four digits only: `Number` would also take `0x7E8` or `2e3`.
  const year = /^\s*\d{4}\s*$/.test(yearText) ? Number(yearText) : NaN;
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > LAST_REPORT_YEAR) throw new UsageError(USAGE.year(yearText));
  // Checking a 2024 report as pre2019 reads its tables as text that should not be there and its 万元 as counts.
  const mismatch = reportFormat ? formatYearMismatch(reportFormat as FormatId, year) : null;
  if (mismatch) throw new UsageError(mismatch);
  return { reportFormat, year };
}

/**
 * Notes on a `--year` that is allowed but unlikely (check, inspect, new): after next year (a report is written early
 * in the year after the one it reports on). A year before 2008 is refused (`overrides`).
 */
function yearNotes(year: number | undefined, now = new Date().getFullYear()): Bilingual[] {
  if (year === undefined) return [];
  if (year > now + 1) return [RUN.yearInFuture(year, now)];
  return [];
}

/** What the CLI talks to (so tests can run it in-process). */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Whether stderr is a terminal (the progress line of long runs is shown only there). */
  errIsTTY?: boolean;
  /** stdout: text, or bytes (`check --fix -` writes the fixed report in the encoding it came in). */
  out(s: string | Uint8Array): void;
  err(s: string): void;
  /** All of stdin, for `nianbao check -` (default: the process's stdin). */
  readStdin?(): Promise<Uint8Array>;
  /**
   * Called once at the end of a `check` run that got as far as checking (not on a bad argument or config), with how
   * many findings it found of each severity (`infos`: info and hints), those `--quiet` does not list included: the
   * GitHub Action's `errors`, `warnings` and `notices` outputs. A file that could not be read is no finding.
   * `reports`: the reports checked (not a file that could not be read, nor one that is not a report, nor an ignored
   * one): with none, the Action uploads no SARIF (an empty one would close every alert as fixed).
   */
  onCounts?(counts: { errors: number; warnings: number; infos: number; reports: number }): void;
  /**
   * Called once at the end of a `check` run that got as far as checking, with its stderr lines (`nianbao：…`, no line
   * break) about the paths it could not check: a file it could not read, a path that does not exist, a glob that
   * matched nothing. Not its notes (unmatched config globs, last year's report): those did not keep anything from
   * being checked. The GitHub Action lists these as why the run is incomplete.
   */
  onIncomplete?(lines: string[]): void;
  /**
   * Called once a `check` run knows the language of its own text (--locale, the one config every file uses, the
   * working directory's config, NIANBAO_LOCALE): the GitHub Action writes its own lines in it (helper-216 #7).
   */
  onRunLocale?(locale: Locale): void;
  /**
   * `--format sarif` is for GitHub code scanning (the GitHub Action's upload): the suppressed findings are left out
   * and the results capped at GitHub's limit per run, the cut said in a notification and told to `onCut` (see
   * `sarifLog`).
   */
  codeScanning?: FormatContext['codeScanning'];
}

/** Runs the CLI with arguments `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  const [cmd, ...rest] = argvWithNegativeNumbers(argv);
  // Usage errors come before any config is read: in the language of --locale or NIANBAO_LOCALE, else Chinese.
  const locale = earlyLocale(argv, io.env);
  // A NIANBAO_LOCALE that is neither zh nor en (`fr`): said once, not a silent Chinese in a CI log (brk138 #8).
  const unknownEnvLocale = envLocale(io.env).unknown;
  if (unknownEnvLocale !== undefined) io.err(stderrLine(locale, USAGE.envLocaleUnknown(unknownEnvLocale)));
  // The subcommand whose --help an option error points to (`nianbao FILE…` is check).
  const command = cmd === 'inspect' || cmd === 'new' ? cmd : 'check';
  try {
    // `nianbao check --version` (the subcommands' help lists it): the version, as `nianbao --version` (helper-223 #11).
    if ((cmd === 'check' || cmd === 'inspect' || cmd === 'new') && (rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest).some((a) => a === '--version' || a === '-v')) {
      io.out(VERSION + '\n');
      return 0;
    }
    switch (cmd) {
      case 'check': return await cmdCheck(rest, io);
      case 'inspect': return await cmdInspect(rest, io);
      case 'new': return await cmdNew(rest, io);
      case '-v': case '--version': io.out(VERSION + '\n'); return 0;
      case 'help': {
        // `nianbao help new`: that command's help.
        const topic = rest.find((a) => !a.startsWith('-'));
        const help = topic === 'inspect' ? HELP_INSPECT : topic === 'new' ? HELP_NEW : HELP;
        io.out(pick(help, locale) + '\n');
        return 0;
      }
      case undefined: case '-h': case '--help': io.out(pick(HELP, locale) + '\n'); return cmd === undefined ? 2 : 0;
      default:
        // `nianbao FILE…` is `nianbao check FILE…` (`nianbao -` too: the report on stdin).
        if (cmd && (cmd === '-' || REPORT_FILE.test(cmd) || existsSync(resolve(io.cwd, cmd)))) return await cmdCheck(argv, io);
        throw new UsageError(USAGE.unknownCommand(cmd, closestName(cmd, COMMANDS)));
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = (e as Error).message ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const opt = /'([^']+)'/.exec(message)?.[1] ?? '';
      // The command's own long options, as its --help lists them: the nearest one to a misspelt `--fromat`.
      const known = [...new Set(pick(command === 'inspect' ? HELP_INSPECT : command === 'new' ? HELP_NEW : HELP, 'en').match(/--[a-z][a-z-]*/g) ?? [])];
      // Else an option whose name ends with one of the command's (`--report-year`, by analogy with --report-format: --year).
      const bySuffix = (o: string) => known.filter((k) => o.endsWith(`-${k.slice(2)}`) && o !== k).sort((a, b) => b.length - a.length)[0];
      const near = opt.startsWith('--') ? (closestName(opt, known) ?? bySuffix(opt)) : undefined;
      io.err(stderrLine(locale, USAGE.unknownOption(opt, command, near)));
      return 2;
    }
    const missing = /^Option '(-[^ ']+)(?:, (--[^ ']+))? <value>' argument missing/.exec(message);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && missing) {
      io.err(stderrLine(locale, USAGE.optionNeedsValue(missing[2] ?? missing[1], command)));
      return 2;
    }
    if (e instanceof UsageError || e instanceof ConfigError) {
      io.err(stderrLine(locale, e.text));
      return 2;
    }
    if (code?.startsWith('ERR_PARSE_ARGS')) {
      // node's other argument errors, in its words (English) or framed in Chinese.
      const noValue = /^Option '(-[^ ']+)(?:, (--[^ ']+))?' does not take an argument/.exec(message);
      const positional = /^Unexpected argument '([^']*)'/.exec(message);
      const text = noValue ? USAGE.optionTakesNoValue(noValue[2] ?? noValue[1], message)
        : positional ? USAGE.unexpectedArgument(positional[1], message)
        : USAGE.badArguments(message);
      io.err(stderrLine(locale, text));
      return 2;
    }
    io.err(stderrLine(locale, REASON.internalError(String((e as Error).stack ?? e))));
    return 2;
  }
}

/**
 * Sets V8 for a long `nianbao check` run, as the `nianbao` bin does (`tuneHeapForMemory`, `setTierUpBudget`): for a
 * host that runs the CLI in its own process, the GitHub Action (without it V8 let its heap grow to twice the size:
 * 1.3 GB for 2,000 reports; brk108 #2). Call first thing.
 */
export function tuneProcess(): void {
  tuneHeapForMemory();
  setTierUpBudget();
}

/** Entry point of the `nianbao` bin: runs with the process's arguments and exits with the CLI's code. */
export function main(): void {
  tuneProcess();
  // A reader that stops early (`nianbao check … | head`): the rest of stdout is dropped, the run goes on, and the
  // exit code still says whether there were errors.
  let stdoutClosed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') stdoutClosed = true;
    else throw e;
  });
  run(argvWithNegativeNumbers(process.argv.slice(2)), {
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    errIsTTY: Boolean(process.stderr.isTTY),
    // Written as it comes (text and json are printed file by file); pipes and files are synchronous on POSIX.
    out: (s) => { if (!stdoutClosed) process.stdout.write(s); },
    err: (s) => process.stderr.write(s),
  }).then((code) => {
    if (stdoutClosed) process.exit(code);
    process.stdout.write('', () => process.exit(code));
  });
}

/**
 * `--max-warnings -1` as `--max-warnings=-1`: node's parseArgs takes a value starting with `-` for an option, so
 * it would answer "argument is ambiguous" instead of our message about the value.
 */
export function argvWithNegativeNumbers(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (/^(?:--max-warnings|--jobs|-j|--year)$/.test(argv[i]) && /^-\d/.test(argv[i + 1] ?? '')) out.push(`${argv[i]}=${argv[++i]}`.replace(/^-j=/, '--jobs='));
    else out.push(argv[i]);
  }
  return out;
}

if (require.main === module && isMainThread) main();

/**
 * One note per `ignore` or `overrides[].files` glob of a config that matched none of the files checked under that
 * config (`unmatchedGlobs`): the config file, the key, the glob, how many files were checked, and the path of one of
 * them as the glob sees it (relative to the config file's folder). Nothing for a glob that matched.
 */
function unmatchedGlobNotes(files: string[], settings: { config: LoadedConfig | null; ignored?: boolean }[], cwd: string): Bilingual[] {
  const byConfig = new Map<LoadedConfig, { found: string[]; checked: string[] }>();
  files.forEach((abs, i) => {
    const c = settings[i].config;
    if (!c) return;
    const rel = relative(dirname(c.path), abs).split(sep).join('/');
    const paths = byConfig.get(c) ?? { found: [], checked: [] };
    paths.found.push(rel);
    if (!settings[i].ignored) paths.checked.push(rel);
    byConfig.set(c, paths);
  });
  const notes: Bilingual[] = [];
  // An `ignore` glob is tried on the files found, an override's on those left to check: the note counts those, so
  // that it agrees with the summary's count of files checked (brk123 #4).
  for (const [c, { found, checked }] of byConfig) {
    for (const u of unmatchedGlobs(c.config, found, checked)) {
      const tried = u.key.startsWith('ignore') ? found : checked;
      notes.push(CONFIG.globMatchedNone(displayPath(c.path, cwd), u.key, u.glob, tried.length, tried[0] ?? found[0], u.key.startsWith('ignore')));
    }
  }
  return notes;
}

/** Why `abs` cannot be followed when it is a symbolic link (its target missing, or a loop); null when it is none. */
function brokenLinkReason(abs: string): Bilingual | null {
  try {
    if (!lstatSync(abs).isSymbolicLink()) return null;
  } catch {
    return null;
  }
  try {
    statSync(abs);
    return null;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ELOOP' ? REASON.linkLoop : REASON.linkTargetMissing;
  }
}

/**
 * Whether text output is coloured when no option says: on a terminal, unless `NO_COLOR` is set (no-color.org); and
 * anywhere when `FORCE_COLOR` is set to anything but `0` or `false` (CI logs that render colours, as Node's own tools
 * read it). `NO_COLOR` wins over both.
 */
function colorByEnv(io: { isTTY: boolean; env: Record<string, string | undefined> }): boolean {
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return io.isTTY;
}
