import { parseArgs } from 'node:util';
import { chmodSync, readFileSync, realpathSync, writeFileSync, renameSync, statSync, existsSync } from 'node:fs';
import { resolve, relative, dirname, basename, join, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { createTwoFilesPatch } from 'diff';
import {
  RULES, checkReport, editDistance, fixAll, formatForYear, parseReport, renderNewReport, type CheckOptions, type FormatId, type Locale, type ParseOptions, type RuleSetting,
} from '../core/index.js';
import { decodeBytes, encodeText, type Encoding } from './decode.js';
import { FORMATTERS, STREAM_FORMATTERS, type FileResult, type FormatContext, type StreamFormatter } from './format/index.js';
import { inspectText } from './inspect.js';
import { previousFinder } from './previous.js';
import { ConfigError, ConfigResolver } from './config.js';
import { Progress, exitCode } from './review.js';

const VERSION = '0.1.0';
const REPORT_EXT = /\.(md|markdown|txt)$/i;
/** Output formats that print findings only, so no text or model need be kept until the end of the run. */
const LEAN_FORMATS = new Set(['text', 'json']);

/** A problem the user can cause (bad argument, unreadable file): printed as one line, exit code 2. */
export class UsageError extends Error {}

const HELP = `nianbao — 政府信息公开工作年度报告检查工具 / checker for government information-disclosure annual reports

Usage:
  nianbao check [files|folders|globs…] [options]   check reports (default: the current folder)
  nianbao inspect FILE                              show what the engine read (outline, tables, values)
  nianbao new --year YEAR --agency NAME [--report-format 2021] [-o FILE]
                                                    write a complete draft from the official template

Options of check:
  --format text|json|sarif|github|gitlab|rdjson|markdown
                                     output format (default text); see docs/pull-requests.md
  --report-format pre2019|2019|2021  read the reports as this format instead of detecting it
  --year YEAR                        take this as the report year instead of detecting it
  --previous FILE                    last year's report of the same agency (carry-over, stock-flow)
                                     (default: found in the report's folder by year and agency)
  --locale zh|en                     language of messages (default zh, or from LANG)
  --fix                              apply the fixes and write the files back (same encoding and line endings)
  --fix-dry-run                      print the fixes as a unified diff, change nothing
  --rule ID=SEVERITY                 set a rule to off|info|warning|error (repeatable)
  --config FILE                      use this config file instead of the nearest .nianbao.jsonc
  --quiet                            report errors only
  --max-warnings N                   exit 1 when there are more than N warnings
  --report-unused-disable            report <!-- nianbao-disable --> comments that suppress nothing
  --no-color                         no colours (colours are used only on a terminal)
  -h, --help / -v, --version

Exit codes: 0 no errors, 1 at least one error-severity finding (or more warnings than --max-warnings),
2 the tool could not run (bad arguments, bad config, unreadable file).`;

/** Expands files, folders and globs into report files (folders: *.md, *.markdown, *.txt, recursively). */
export async function findFiles(args: string[], cwd: string): Promise<{ files: string[]; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  for (const a of args.length ? args : ['.']) {
    const abs = resolve(cwd, a);
    if (existsSync(abs)) {
      const st = statSync(abs);
      if (st.isDirectory()) {
        const found = await glob(['**/*.{md,markdown,txt}'], { cwd: abs, absolute: true, ignore: ['**/node_modules/**', '**/.git/**', '**/dist/**'] });
        if (!found.length) errors.push(`${a}: no reports (*.md, *.txt) in this folder`);
        files.push(...found.sort());
      } else files.push(abs);
    } else if (/[*?{[]/.test(a)) {
      const found = await glob([a], { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (!found.length) errors.push(`${a}: no file matches`);
      files.push(...found.sort());
    } else errors.push(`${a}: no such file or folder`);
  }
  return { files: [...new Set(files)], errors };
}

/** Reads and decodes a report file, or gives the reason it cannot be read. */
export function readReport(abs: string): { ok: true; text: string; encoding: Encoding } | { ok: false; error: string } {
  let buf: Buffer;
  try {
    const st = statSync(abs);
    if (!st.isFile()) return { ok: false, error: 'not a regular file' };
    buf = readFileSync(abs);
  } catch (e) {
    return { ok: false, error: (e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message };
  }
  return decodeBytes(buf);
}

/**
 * Writes a file safely: to a temporary file beside it, then renamed over it (no half-written report), keeping the
 * file's permissions. A symbolic link is followed (its target is written, the link stays a link); a file with
 * several hard links is rewritten in place so that every link sees the change.
 */
export function writeAtomic(abs: string, data: Buffer): void {
  let target = abs;
  let mode: number | undefined;
  try {
    target = realpathSync(abs);
    const st = statSync(target);
    mode = st.mode & 0o7777;
    if (st.nlink > 1) {
      writeFileSync(target, data);
      return;
    }
  } catch {
    // A new file: nothing to keep.
  }
  const tmp = join(dirname(target), `.${basename(target)}.nianbao-${process.pid}.tmp`);
  writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
  if (mode !== undefined) chmodSync(tmp, mode);
  renameSync(tmp, target);
}

function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : abs;
}

function localeFrom(v: string | undefined, env: NodeJS.ProcessEnv): Locale {
  if (v) {
    if (!['zh', 'en'].includes(v)) throw new UsageError(`--locale must be zh or en, not ${JSON.stringify(v)}`);
    return v as Locale;
  }
  return /^en/i.test(env.NIANBAO_LOCALE ?? '') ? 'en' : 'zh';
}

function ruleSettings(values: string[] | undefined): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  const ids = RULES.map((r) => r.meta.id);
  for (const v of values ?? []) {
    const m = /^([a-z][a-z0-9-]*)=(off|info|warning|error)$/.exec(v);
    if (!m) throw new UsageError(`--rule takes ID=off|info|warning|error, not ${JSON.stringify(v)}`);
    if (!ids.includes(m[1])) {
      const near = ids.map((id) => [id, editDistance(id, m[1])] as const).sort((a, b) => a[1] - b[1])[0];
      throw new UsageError(`--rule: no rule ${JSON.stringify(m[1])}${near && near[1] <= 3 ? `; did you mean ${near[0]}?` : ''} (rules: nianbao --help, docs/rules)`);
    }
    out[m[1]] = m[2] as RuleSetting;
  }
  return out;
}

async function cmdCheck(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
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
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(HELP + '\n');
    return 0;
  }
  const formatter = FORMATTERS[values.format!];
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run do not go together: choose one');
  if (!formatter) throw new UsageError(`unknown --format ${JSON.stringify(values.format)}; one of ${Object.keys(FORMATTERS).join(', ')}`);
  const reportFormat = values['report-format'];
  if (reportFormat && !['pre2019', '2019', '2021'].includes(reportFormat)) throw new UsageError(`--report-format must be pre2019, 2019 or 2021, not ${JSON.stringify(reportFormat)}`);
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError(`--year must be a year such as 2024, not ${JSON.stringify(values.year)}`);
  }
  const locale = localeFrom(values.locale, io.env);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number ≥ 0, not ${JSON.stringify(values['max-warnings'])}`);
  }
  const configs = new ConfigResolver(io.cwd, values.config);
  const options: CheckOptions & ParseOptions = { locale, rules: ruleSettings(values.rule), format: reportFormat as FormatId | undefined, year };
  let previous: CheckOptions['previous'] = null;
  if (values.previous) {
    const abs = resolve(io.cwd, values.previous);
    const r = readReport(abs);
    if (!r.ok) throw new UsageError(`--previous ${values.previous}: ${r.error}`);
    previous = parseReport(r.text);
  }
  const findPrevious = previousFinder(io);
  const { files, errors } = await findFiles(positionals, io.cwd);
  let failed = errors.length > 0;
  for (const e of errors) io.err(`nianbao: ${e}\n`);
  const results: FileResult[] = [];
  const patches: string[] = [];
  const progress = new Progress(files.length, io);
  let outputLocale: Locale | undefined;
  const formatContext = (): FormatContext => ({ locale: values.locale ? locale : outputLocale ?? locale, color: values['no-color'] ? false : (values.color ?? (io.isTTY && !io.env.NO_COLOR)), cwd: io.cwd, env: io.env });
  // text and json are printed file by file (nothing is kept but counts); the others need every file at the end.
  const streamFormat = values['fix-dry-run'] ? undefined : STREAM_FORMATTERS[values.format!];
  let stream: ReturnType<StreamFormatter> | undefined;
  const tally = { errors: 0, warnings: 0 };
  const emit = (r: FileResult) => {
    for (const f of r.findings) {
      if (f.severity === 'error') tally.errors++;
      else if (f.severity === 'warning') tally.warnings++;
    }
    if (!streamFormat) results.push(r);
    else {
      // Made at the first file: the locale of the output may come from that file's config.
      stream ??= streamFormat(formatContext());
      const out = stream.file(r);
      if (out) io.out(out);
    }
  };
  try {
    for (const abs of files) {
      const shown = displayPath(abs, io.cwd);
      progress.tick(shown);
      const settings = configs.settingsFor(abs);
      outputLocale ??= settings.locale;
      if (settings.ignored) {
        if (positionals.some((p) => resolve(io.cwd, p) === abs)) io.err(`nianbao: ${shown}: ignored by ${displayPath(settings.config!.path, io.cwd)}\n`);
        continue;
      }
      const read = readReport(abs);
      if (!read.ok) {
        io.err(`nianbao: ${shown}: ${read.error}\n`);
        failed = true;
        emit({ path: shown, absPath: abs, format: 'unknown', year: null, findings: [], error: read.error });
        continue;
      }
      let text = read.text;
      const parseOptions = { format: options.format ?? settings.format, year: options.year ?? settings.year };
      // Parsed once: the same model finds last year's report and is checked (unless --fix changes the text).
      let report = parseReport(text, parseOptions);
      if (previous && report.year !== null && previous.year !== report.year - 1) {
        io.err(`nianbao: ${shown}: --previous ${values.previous} reads as ${previous.year ?? 'an unknown year'}, not ${report.year - 1}: carry-over and stock-flow are not checked\n`);
      }
      const fileOptions = {
        ...options, previous: previous ?? findPrevious(abs, report), reportUnusedDisable: values['report-unused-disable'],
        locale: values.locale ? locale : settings.locale ?? locale,
        rules: { ...settings.rules, ...options.rules },
        format: options.format ?? settings.format,
        year: options.year ?? settings.year,
      };
      if (values.fix || values['fix-dry-run']) {
        const fixed = fixAll(text, fileOptions);
        if (fixed.text !== text) {
          if (values['fix-dry-run']) {
            patches.push(createTwoFilesPatch(shown, shown, text, fixed.text, '', '', { context: 2 }));
          } else {
            writeAtomic(abs, encodeText(fixed.text, read.encoding));
            const byRule = new Map<string, number>();
            for (const f of fixed.fixed) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
            io.err(`nianbao: ${shown}: fixed ${fixed.fixed.length} finding(s) (${[...byRule].map(([k, n]) => `${k} ×${n}`).join(', ')})\n`);
            text = fixed.text;
            report = parseReport(text, parseOptions);
          }
        }
      }
      // Last year's report of a later file is usually this one: its model is kept a little while for reuse.
      if (parseOptions.format === undefined && parseOptions.year === undefined) findPrevious.remember(abs, report);
      const all = checkReport(report, fileOptions);
      const findings = values.quiet ? all.filter((f) => f.severity === 'error') : all;
      if (!report.isReport) io.err(`nianbao: ${shown}: not recognised as an annual report (no title, 统计期限 or template sections); nothing checked\n`);
      // The text and the model are kept only for the formats that read them (fingerprints, summaries).
      const keep = !LEAN_FORMATS.has(values.format!);
      emit({ path: shown, absPath: abs, format: report.format, year: report.year, findings, text: keep ? text : undefined, report: keep ? report : undefined });
    }
    if (streamFormat) stream ??= streamFormat(formatContext());
  } finally {
    progress.done();
    // Also when a bad config stops the run half-way: what was printed stays a whole document.
    if (stream) io.out(stream.end());
  }
  // --fix-dry-run: the patch is the output (`nianbao check --fix-dry-run f > f.patch`); the findings go to stderr.
  if (values['fix-dry-run']) {
    io.out(patches.join(''));
    io.err(formatter(results, { ...formatContext(), color: false }));
  } else if (!streamFormat) io.out(formatter(results, formatContext()));
  return exitCode(tally, { failed, maxWarnings, io });
}

async function cmdInspect(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'report-format': { type: 'string' }, year: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('inspect takes one file: nianbao inspect FILE');
  const abs = resolve(io.cwd, positionals[0]);
  const r = readReport(abs);
  if (!r.ok) {
    io.err(`nianbao: ${positionals[0]}: ${r.error}\n`);
    return 2;
  }
  io.out(inspectText(r.text, { format: values['report-format'] as FormatId | undefined, year: values.year ? Number(values.year) : undefined }));
  return 0;
}

async function cmdNew(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { 'report-format': { type: 'string' }, year: { type: 'string' }, agency: { type: 'string' }, output: { type: 'string', short: 'o' } },
  });
  const year = Number(values.year ?? new Date().getFullYear() - 1);
  if (!Number.isInteger(year) || year < 2008 || year > 2100) throw new UsageError('--year must be a report year such as 2024');
  // The format that applies to the year unless one is asked for (a 2020 report uses the 2019 format).
  const format = (values['report-format'] ?? formatForYear(year)) as FormatId;
  if (!['pre2019', '2019', '2021'].includes(format)) throw new UsageError('--report-format must be pre2019, 2019 or 2021');
  if (!values.agency || !values.agency.trim()) throw new UsageError('--agency is required (e.g. --agency 某某市某某局)');
  if (/[\r\n|#]/.test(values.agency)) throw new UsageError('--agency must be one line of text without | or #');
  const text = renderNewReport({ format, year, agency: values.agency });
  if (values.output) {
    const abs = resolve(io.cwd, values.output);
    if (existsSync(abs)) throw new UsageError(`${values.output} exists; not overwriting it`);
    if (!existsSync(dirname(abs))) throw new UsageError(`${values.output}: the folder ${dirname(values.output)} does not exist`);
    try {
      writeAtomic(abs, Buffer.from(text, 'utf8'));
    } catch (e) {
      throw new UsageError(`${values.output}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    io.err(`nianbao: wrote ${values.output}\n`);
  } else io.out(text);
  return 0;
}

/** What the CLI talks to (so tests can run it in-process). */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Whether stderr is a terminal (the progress line of long runs is shown only there). */
  errIsTTY?: boolean;
  out(s: string): void;
  err(s: string): void;
}

/** Runs the CLI with arguments `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'check': return await cmdCheck(rest, io);
      case 'inspect': return await cmdInspect(rest, io);
      case 'new': return await cmdNew(rest, io);
      case '-v': case '--version': io.out(VERSION + '\n'); return 0;
      case undefined: case '-h': case '--help': case 'help': io.out(HELP + '\n'); return cmd === undefined ? 2 : 0;
      default:
        // `nianbao FILE…` is `nianbao check FILE…`.
        if (cmd && (REPORT_EXT.test(cmd) || existsSync(resolve(io.cwd, cmd)))) return await cmdCheck(argv, io);
        throw new UsageError(`unknown command ${JSON.stringify(cmd)}; try nianbao --help`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`nianbao: ${(e as Error).message}\n`);
      return 2;
    }
    io.err(`nianbao: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

/** Entry point of the `nianbao` bin: runs with the process's arguments and exits with the CLI's code. */
export function main(): void {
  const chunks: string[] = [];
  run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    errIsTTY: Boolean(process.stderr.isTTY),
    out: (s) => chunks.push(s),
    err: (s) => process.stderr.write(s),
  }).then((code) => {
    process.stdout.write(chunks.join(''), () => process.exit(code));
  });
}

if (require.main === module) main();
