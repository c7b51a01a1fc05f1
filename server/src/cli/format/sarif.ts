import type * as Sarif from 'sarif';
import { pathToFileURL } from 'node:url';
import { version } from '../../../../package.json';
import { RULES, docsUrl, UNUSED_DISABLE, type Finding, type Range, type Severity } from '../../core/index.js';
import { batch, type FileResult, type FormatContext, type SarifCut, type StreamFormatter } from './types.js';
import { configProblems, fingerprints, placedRelated, reviewPath } from './common.js';
import { ENCODING_INVALID, type Encoding } from '../decode.js';
import { readReport } from '../files.js';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Descriptors of the ids that are not rules of the registry but can appear in results. */
const EXTRA: Record<string, { zh: string; en: string; level?: Sarif.ReportingConfiguration.level; helpUri?: string }> = {
  [UNUSED_DISABLE]: { zh: '没有屏蔽任何问题的 nianbao-disable 注释', en: 'A nianbao-disable comment that suppressed nothing' },
  'internal-error': { zh: '检查器内部错误（请报告）', en: 'Internal error of the checker (please report it)' },
  [ENCODING_INVALID]: {
    zh: '文件中有无法解码的字节（显示为 �）或控制字符（如 NUL）', en: 'Bytes of the file that cannot be decoded (shown as �), or control characters such as NUL', level: 'error',
    helpUri: 'https://github.com/nianbao/nianbao/blob/main/README.md#the-cli',
  },
};

const pascal = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** A SARIF region of a 0-based UTF-16 range (1-based lines and columns; the end column is exclusive). */
export function sarifRegion(r: Range): Sarif.Region {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function uriOf(path: string, absPath: string): Sarif.ArtifactLocation {
  // Absolute, or outside the working directory (`../2024.md`, as typed): a file URI, not one above %SRCROOT%.
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path === '..' || path.startsWith('../')) return { uri: pathToFileURL(absPath).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * The IANA charset name of an encoding a report was read in, as SARIF's `artifact.encoding` and
 * `run.defaultEncoding` give it: `UTF-8` (with or without BOM), `GB18030`, and `UTF-16` for UTF-16 with a BOM (the
 * only UTF-16 the CLI reads; the BOM gives the byte order), `UTF-16LE`/`UTF-16BE` without one.
 */
export function sarifEncoding(enc: Encoding): string {
  if (enc.name === 'utf8') return 'UTF-8';
  if (enc.name === 'gb18030') return 'GB18030';
  if (enc.name === 'big5') return 'Big5';
  if (enc.bom) return 'UTF-16';
  return enc.name === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE';
}

/** GitHub code scanning rejects a SARIF run with more results than this (its documented limit per run). */
export const CODE_SCANNING_RESULT_LIMIT = 25_000;

/** Which results a capped run keeps first (`FormatContext.codeScanning`): the most severe. */
const LEVEL_RANK: Record<string, number> = { error: 0, warning: 1, note: 2, none: 3 };

/**
 * `--format sarif`: SARIF 2.1.0, one run. `tool.driver.rules` lists every rule of the registry (and the
 * suppression pseudo-rule when it occurs); results carry UTF-16 regions, the summed cells as related
 * locations (and a cross-year finding the cell of last year's report it was compared with, in that file), stable partial fingerprints and, for fixable findings, `fixes` with the replacements. The run's
 * `defaultEncoding` is UTF-8; a file read in another encoding (GB18030, UTF-16) is one of `run.artifacts` with its
 * `encoding`, and its locations name it by `index` too, so that a consumer reads the text the regions and fixes are
 * counted in. A finding a `<!-- nianbao-disable… -->` comment suppressed is a result with
 * `suppressions: [{ kind: 'inSource' }]`, the fingerprint it has unsuppressed (every other result has
 * `suppressions: []`: SARIF asks that all or none have one), so that a consumer shows it as suppressed rather than
 * fixed (brk108 #5). Uploads to GitHub code scanning as is, save that code scanning does not read `suppressions`
 * (the GitHub Action's upload leaves them out: see `sarifLog`). Built file by file as the run goes: only the results
 * are kept, not each report's text and model (brk108 #2).
 */
export const sarifStream: StreamFormatter = (ctx) => {
  const log = sarifBuilder(ctx);
  return {
    file(r) {
      log.add(r);
      return '';
    },
    end() {
      return JSON.stringify(log.done(), null, 2) + '\n';
    },
  };
};

/** `--format sarif` of a list of results (see `sarifStream`): the same bytes. */
export const sarif = batch(sarifStream);

/**
 * The SARIF log of `results` (see `sarifStream`). The paths that could not be checked, and the problems of a config
 * that stopped the run (`ctx.configError`), are error notifications at their files. With `ctx.codeScanning` (the
 * GitHub Action's upload) the log is as GitHub code scanning takes it: the suppressed findings are left out (code
 * scanning does not read `suppressions`: it would show them as open alerts, where leaving them out closes them), and
 * a run of more than `CODE_SCANNING_RESULT_LIMIT` results (which it rejects whole) keeps that many, the most severe
 * first, with a warning notification saying how many were left out (also told to `codeScanning.onCut`).
 */
export function sarifLog(results: FileResult[], ctx: FormatContext): Sarif.Log {
  const log = sarifBuilder(ctx);
  for (const r of results) log.add(r);
  return log.done();
}

/** Builds a SARIF log from the results of a run one file at a time (`add`), and gives it whole at the end (`done`). */
function sarifBuilder(ctx: FormatContext): { add(r: FileResult): void; done(): Sarif.Log } {
  const zh = ctx.locale !== 'en';
  const rules: Sarif.ReportingDescriptor[] = RULES.map((r) => ({
    id: r.meta.id,
    name: pascal(r.meta.id),
    shortDescription: { text: zh ? r.meta.description.zh : r.meta.description.en },
    fullDescription: { text: zh ? r.meta.rationale.zh : r.meta.rationale.en },
    helpUri: docsUrl(r.meta.id),
    help: { text: `${r.meta.description.zh}\n${r.meta.description.en}\n${docsUrl(r.meta.id)}` },
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
    properties: { category: r.meta.category, fixable: r.meta.fixable !== false, tags: ['nianbao', r.meta.category] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const descriptor = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      const d = EXTRA[id] ?? { zh: id, en: id };
      i = rules.push({ id, name: pascal(id), shortDescription: { text: zh ? d.zh : d.en }, helpUri: d.helpUri ?? docsUrl(id), defaultConfiguration: { level: d.level ?? 'warning' } }) - 1;
      index.set(id, i);
    }
    return i;
  };
  const out: Sarif.Result[] = [];
  const artifacts: Sarif.Artifact[] = [];
  /** The index in `artifacts` of each checked file listed there (by absolute path). */
  const listed = new Map<string, number>();
  /** Last year's reports that related locations point at (by absolute path): one location object each, indexed below. */
  const before = new Map<string, Sarif.ArtifactLocation>();
  /** The encoding of each file checked (by absolute path): last year's report may be one of them. */
  const encodings = new Map<string, Encoding | undefined>();
  // Every path that could not be checked is a notification (messages in English, like the results' `error`): the
  // files that could not be read, and (at the end) the arguments that named no file at all (`nianbao check nonexist.md`);
  // so is a file whose fixes --fix could not write.
  const notifications: Sarif.Notification[] = [];
  const add = (r: FileResult) => {
    if (r.error) {
      notifications.push({ level: 'error', message: { text: `${r.path}: ${r.error}` }, locations: [{ physicalLocation: { artifactLocation: uriOf(reviewPath(r, ctx), r.absPath) } }] });
      return;
    }
    encodings.set(r.absPath, r.encoding);
    const path = reviewPath(r, ctx);
    let artifact = uriOf(path, r.absPath);
    // Not UTF-8: an artifact that says the encoding (regions are UTF-16 units of the text decoded from it).
    if (r.encoding && r.encoding.name !== 'utf8') {
      const index = artifacts.push({ location: artifact, encoding: sarifEncoding(r.encoding) }) - 1;
      artifact = { ...artifact, index };
      listed.set(r.absPath, index);
    }
    // Its fixes could not be made (a read-only file under --fix): the run failed (exit code 2), for this reason.
    if (r.fixNotWritten) notifications.push({ level: 'error', message: { text: `${r.path}: ${r.fixNotWritten.en}` }, locations: [{ physicalLocation: { artifactLocation: artifact } }] });
    // The suppressed findings (errors only with --quiet, as the others) after the listed ones: `fingerprints` numbers
    // identical keys in order, so the listed ones keep theirs and a suppressed one has the one it had unsuppressed.
    const suppressed = ctx.codeScanning ? [] : (r.suppressed ?? []).filter((f) => !ctx.quiet || f.severity === 'error');
    const findings = suppressed.length ? [...r.findings, ...suppressed] : r.findings;
    const fps = fingerprints(findings === r.findings ? r : { ...r, findings }, path);
    findings.forEach((f: Finding, k) => {
      const res: Sarif.Result = {
        ruleId: f.ruleId,
        ruleIndex: descriptor(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: sarifRegion(f.range) } }],
        partialFingerprints: { 'nianbao/v1': fps[k] },
        suppressions: k < r.findings.length ? [] : [{ kind: 'inSource' }],
      };
      // Places in this file, and the cell of last year's report a cross-year rule compared with (another artifact).
      const related: Sarif.Location[] = placedRelated(r, f, ctx).map(({ related: rel, previous }) => {
        let location = artifact;
        if (previous) {
          location = before.get(previous.absPath) ?? uriOf(previous.path, previous.absPath);
          before.set(previous.absPath, location);
        }
        return { message: { text: rel.message }, physicalLocation: { artifactLocation: location, region: sarifRegion(rel.range) } };
      });
      if (related.length) res.relatedLocations = related.map((loc, i) => ({ id: i + 1, ...loc }));
      if (f.fix?.edits.length) {
        res.fixes = [{
          description: { text: zh ? f.fix.title.zh : f.fix.title.en },
          artifactChanges: [{ artifactLocation: artifact, replacements: f.fix.edits.map((e) => ({ deletedRegion: sarifRegion(e.range), insertedContent: { text: e.newText } })) }],
        }];
      }
      if (f.expected !== undefined || f.actual !== undefined) res.properties = { expected: f.expected, actual: f.actual };
      out.push(res);
    });
  };
  const done = (): Sarif.Log => {
    // Last year's reports: artifacts too when the run lists any or one of them is not UTF-8 (its regions count the
    // UTF-16 units of its decoded text, like a checked file's); a checked file's own entry is reused.
    const previousEncodings = [...before.keys()].map((abs) => {
      if (encodings.has(abs)) return encodings.get(abs);
      const read = readReport(abs);
      return read.ok ? read.encoding : undefined;
    });
    if (artifacts.length || previousEncodings.some((e) => e && e.name !== 'utf8')) {
      [...before].forEach(([abs, location], k) => {
        const enc = previousEncodings[k];
        location.index = listed.get(abs) ?? artifacts.push({ location: { ...location }, ...(enc ? { encoding: sarifEncoding(enc) } : {}) }) - 1;
      });
    }
    for (const u of ctx.unlisted ?? []) {
      const n: Sarif.Notification = { level: 'error', message: { text: u.message.en } };
      if (u.path !== undefined && u.absPath !== undefined) n.locations = [{ physicalLocation: { artifactLocation: uriOf(reviewPath({ path: u.path, absPath: u.absPath }, ctx), u.absPath) } }];
      notifications.push(n);
    }
    // A config that stopped the run: each of its problems at its place in the file (there are no results).
    for (const p of configProblems(ctx)) {
      notifications.push({
        level: 'error',
        message: { text: p.message.en },
        locations: [{ physicalLocation: { artifactLocation: uriOf(p.path, p.absPath), ...(p.line === undefined ? {} : { region: { startLine: p.line, startColumn: p.column } }) } }],
      });
    }
    const results = ctx.codeScanning ? capped(out, ctx.codeScanning, notifications) : out;
    const root = ctx.env.GITHUB_WORKSPACE ?? ctx.env.CI_PROJECT_DIR ?? ctx.cwd;
    return {
      $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
      version: '2.1.0',
      runs: [{
        tool: { driver: { name: 'nianbao', version, semanticVersion: version, informationUri: 'https://github.com/nianbao/nianbao', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root.endsWith('/') ? root : root + '/').href } },
        columnKind: 'utf16CodeUnits',
        defaultEncoding: 'UTF-8',
        ...(artifacts.length ? { artifacts } : {}),
        // (A warning, such as the cap's, does not make the run unsuccessful; a path or config it could not use does.)
        invocations: [{ executionSuccessful: !notifications.some((n) => n.level === 'error'), toolExecutionNotifications: notifications }],
        results,
      }],
    };
  };
  return { add, done };
}

/**
 * `results` within `codeScanning.maxResults` (GitHub's `CODE_SCANNING_RESULT_LIMIT` unless given): all of them when
 * they fit; else that many, errors first, then warnings, then notes (each in the run's order), and a warning
 * notification added to `notifications` saying how many were left out, which `codeScanning.onCut` is told too.
 */
function capped(results: Sarif.Result[], codeScanning: NonNullable<FormatContext['codeScanning']>, notifications: Sarif.Notification[]): Sarif.Result[] {
  const max = codeScanning.maxResults ?? CODE_SCANNING_RESULT_LIMIT;
  if (results.length <= max) return results;
  const rank = (r: Sarif.Result) => LEVEL_RANK[r.level ?? 'warning'];
  const kept = new Set(results.map((_, i) => i).sort((a, b) => rank(results[a]) - rank(results[b]) || a - b).slice(0, max));
  const cut: SarifCut = { total: results.length, kept: max, left: { error: 0, warning: 0, note: 0 } };
  results.forEach((r, i) => {
    if (!kept.has(i)) cut.left[(r.level ?? 'warning') as keyof SarifCut['left']]++;
  });
  const n = (x: number) => x.toLocaleString('en-US');
  const levels = (Object.keys(cut.left) as (keyof SarifCut['left'])[]).filter((k) => cut.left[k]).map((k) => `${n(cut.left[k])} ${k}${cut.left[k] === 1 ? '' : 's'}`).join(', ');
  notifications.push({
    level: 'warning',
    message: { text: `GitHub code scanning takes at most ${n(max)} results per run: the ${n(max)} most severe of the run's ${n(results.length)} are kept, ${n(results.length - max)} left out (${levels}). \`nianbao check --format json\` lists every finding.` },
  });
  codeScanning.onCut?.(cut);
  return results.filter((_, i) => kept.has(i));
}
