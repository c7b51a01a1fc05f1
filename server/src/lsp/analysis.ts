/**
 * One analysis per document version: the text is parsed once into the report model and checked once per
 * settings generation; every LSP feature (diagnostics, outline, folding, hover, completion, code actions,
 * formatting) reads this one result. Pure over the core apart from the cache.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffArrays } from 'diff';
import {
  checkReport, LineIndex, parseReport, sortFindings, sourceLinesOf,
  type CheckOptions, type Finding, type FormatId, type Locale, type NamedYear, type Report, type RuleSetting, type SameYearFile, type TextEdit,
} from '../core/index.js';
import { followOn, forgetPrevious } from '../core/prose/versions.js';
import { formatYearMismatch } from '../core/templates/index.js';
import { notReportReason } from '../cli/not-report.js';
import { reportLinesWith } from '../core/rules/util.js';
import { badBytesFindings, mixedEncodingFindings } from '../node/bad-bytes.js';
import { binaryLines, binaryText, CONTROL_CHAR, controlCharFindings } from '../node/control-chars.js';
import { decodeReport, type BadBytes, type Encoding, type EncodingName, type LineRun } from '../node/decode.js';
import type { Range } from '../core/types.js';

/** The document languages the server is registered for. */
export type LanguageId = 'nianbao' | 'markdown' | 'plaintext' | string;

/** What a feature needs of a document (an open `TextDocument` or a file read from disk). */
export interface DocLike {
  uri: string;
  /** LSP version for open documents; a negative stamp for files read from disk. */
  version: number;
  languageId: LanguageId;
  getText(): string;
  /**
   * The text's lines split at `\n` when it has no `\r` (an open document: lsp/line-document.ts), for reading it
   * without joining it into one string; null or absent otherwise.
   */
  textLines?(): readonly string[] | null;
  /** With `textLines`: the whole text when it is at hand without joining them, else undefined. */
  knownText?(): string | undefined;
  /** Whether the text holds a U+FFFD, known without reading it (an open document keeps count). */
  hasReplacementChar?(): boolean;
  /**
   * A file read from disk: the places whose bytes could not be decoded (each a U+FFFD in the text; node/decode.ts)
   * and the encoding it was read in. Each line with any is an `encoding-invalid` error, as the CLI reports it. An open
   * document has none: the editor sends text, not bytes.
   */
  badBytes?: { bad: BadBytes[]; encoding: Encoding; utf8Runs?: LineRun[] };
  /**
   * A file of the workspace that is there but was not read or cannot be decoded (no permission, over the size limit,
   * UTF-16 without a byte-order mark; lsp/workspace.ts `readDisk`): why, as its one `not-checked` note. Its text is
   * empty. `report`: it may be a report (what could be read of it says so, or nothing could be read), so the note is
   * said whatever its language when auto-detection is on.
   */
  unread?: Problem;
}

/** A per-file override of what the engine detects (status bar click). */
export interface Override {
  format?: FormatId;
  year?: number;
}

/**
 * Why a document is not checked: said by one diagnostic (`not-checked`) at `at` (0-based, UTF-16) or at the start,
 * at `severity` (default information). `encoding`: the editor decoded the file in another encoding than the one it
 * is in (its text is full of U+FFFD); said for any report file, not only `nianbao` ones, since its findings vanished.
 */
export interface Problem {
  zh: string;
  en: string;
  at?: { line: number; character: number };
  severity?: 'warning';
  encoding?: EncodingName;
  /**
   * The format and year to read the document with, forced from different places (the status bar's and the project
   * config's, two overrides of the config), do not go together (`formatYearMismatch`): read without them, not checked.
   */
  forced?: true;
  /** A binary text that still reads as a report by its words (`mightBeReportLines`): said whatever its language. */
  report?: true;
}

/** The result every feature reads. */
export interface Analysis {
  uri: string;
  version: number;
  languageId: LanguageId;
  /** Null when the text was not parsed at all (not a candidate: ordinary Markdown, binary, too large). */
  report: Report | null;
  /**
   * When `report` is the model of the text as written of a text whose HTML rows or blocks run together on a line
   * (`Parsed.view`): the model the rules read, with those a line each (`Report.extras.rowBreaks`), for the features
   * on what only it sees (a table with all its rows on one line: hover, outline, conversion; brk161 #1).
   */
  reading?: Report;
  /** Whether the server treats the document as a report: diagnostics, outline and the other features apply. */
  isTarget: boolean;
  findings: Finding[];
  /**
   * Set when the document cannot be checked (binary, too large): one diagnostic says so, at `at` (0-based, UTF-16:
   * the first NUL of a binary text) or else at the start.
   */
  problem: Problem | null;
  /**
   * URIs of the files that could each be last year's report, equally well (the cross-year rules then did not run:
   * one diagnostic says so); empty otherwise.
   */
  previousTied: string[];
  /** The file beside it of the same agency that read as last year's report but was ruled out (see `PreviousLookup`). */
  previousRejected?: PreviousLookup['rejected'];
  /** The URI of last year's report the cross-year rules read (their related locations there are in it); else absent. */
  previousUri?: string;
  /**
   * The code actions' fix-all of this version (`fixAllEdit` in features/codeActions.ts: a resolving client asks for it
   * twice, once offered and once resolved), with the locale, last year's report and the rule settings and override
   * (`settings`, as JSON) it was computed with. It goes with the analysis: with the version, the settings generation
   * or the document.
   */
  fixAll?: FixAllMemo;
  /**
   * The per-rule fix-alls of this version that needed the engine's passes (`ruleFixes` in features/codeActions.ts: the
   * light bulb asks again at every cursor move), by rule id, kept as `fixAll` is.
   */
  ruleFixAll?: Map<string, FixAllMemo>;
}

/** A fix-all kept on the analysis it was computed for (`Analysis.fixAll`): `result` null when nothing changes. */
export interface FixAllMemo {
  locale: Locale;
  previous: Report | null;
  settings: string;
  result: { count: number; edits: TextEdit[] } | null;
}

/** Texts larger than this are not parsed (one diagnostic says so for `nianbao` documents). */
export const MAX_TEXT = 32 * 1024 * 1024;

/** Cheap test before parsing a Markdown/plain-text file: a report mentions 政府信息公开 or its template words. */
export function mightBeReport(text: string): boolean {
  const head = text.length > 400_000 ? text.slice(0, 200_000) + text.slice(-200_000) : text;
  return REPORT_WORDS.test(head);
}

// (And in traditional characters, which the engine reads too: 政府信息公開, 年度報告.)
const REPORT_WORDS = /政府信息公开|政务公开|年度报告|依申请公开|主动公开|政府信息公開|政府資訊公開|政務公開|年度報告|依申請公開|主動公開/;

/** `mightBeReport` of the text of `lines`, line by line (none of the words holds a line break): the text is not joined. */
export function mightBeReportLines(lines: LineIndex): boolean {
  const n = lines.lineCount;
  let seen = 0, i = 0;
  for (; i < n && seen < 200_000; i++) {
    if (REPORT_WORDS.test(lines.line(i))) return true;
    seen += lines.line(i).length + 1;
  }
  seen = 0;
  for (let j = n - 1; j >= i && seen < 200_000; j--) {
    if (REPORT_WORDS.test(lines.line(j))) return true;
    seen += lines.line(j).length + 1;
  }
  return false;
}

/** Whether the text of `lines` holds `ch` (searched line by line in an index made from lines, not joined). */
function hasChar(lines: LineIndex, ch: string): boolean {
  if (lines.hasText) return lines.text.includes(ch);
  for (let i = 0; i < lines.lineCount; i++) if (lines.line(i).includes(ch)) return true;
  return false;
}

/**
 * A text that is not text: a binary format's signature at its start, many NULs, control characters or replacement
 * characters (an undecodable or binary file; see `binaryText`, node/control-chars.ts). A few control characters are
 * text with stray characters: it is checked.
 */
/**
 * Why a binary text (`binaryText`, `binaryLines`) is not checked, zh and en: its many NULs (`at` the first), the
 * format its start says, or binary content. Shared by the diagnostics' note and `nianbao.server.inspect`.
 */
export function binaryProblem(bin: ReturnType<typeof binaryText>): Problem {
  const at = bin.firstNul;
  return at
    ? { zh: `文件不是文本（含有大量 NUL 字符，第一个在第 ${at.line + 1} 行第 ${at.character + 1} 列），未检查。`, en: `The file is not text (many NUL characters, the first at line ${at.line + 1}, column ${at.character + 1}); not checked.`, at }
    : bin.signature
      ? { zh: `文件不是文本（开头是 ${bin.signature} 文件的标记），未检查。`, en: `The file is not text (it starts as a ${bin.signature} file does); not checked.` }
      : { zh: '文件不是文本（含有二进制内容、大量控制字符或无法解码的字符），未检查。', en: 'The file is not text (binary content, many control characters or undecodable characters); not checked.' };
}

export function looksBinary(text: string): boolean {
  return binaryText(text).binary;
}

/** The settings for one document: the project config (`.nianbao.jsonc`) merged with the editor's settings. */
export interface DocSettings {
  /** Per-rule severities (the config's, then the editor's non-default ones). */
  rules: Record<string, RuleSetting>;
  /** The config's `ignore` covers the file: no diagnostics. */
  ignored: boolean;
  /** Format and year the config forces for the file. */
  format?: FormatId;
  year?: number;
}

export interface CheckEnv {
  locale: Locale;
  autoDetect: boolean;
  settingsFor(uri: string): DocSettings;
  /** Last year's report for a report (cross-year rules), when one is known. */
  previous(uri: string, report: Report): PreviousLookup;
  /**
   * Another report of the same agency and year beside a report file whose name names another year than its text
   * (report-same-year; `text` the document's, asked for only when the name disagrees), or null.
   */
  sameYear?(uri: string, report: Report, text: () => string): SameYearFile | null;
  /**
   * The encoding of the file on disk of an open document (`uri`), when it is not UTF-8 (GB18030/GBK or UTF-16, as
   * node/decode.ts reads it), its text so decoded, and whether that looks like a report (`mightBeReport`); null for
   * UTF-8, no file or an unreadable one. Asked only for an open document whose text has a U+FFFD.
   */
  diskEncoding?(uri: string): { encoding: EncodingName; text: string; looksReport: boolean } | null;
  /** The editor the client is (`editorOf`): a note on a file open in the wrong encoding says how to reopen it there. */
  editor?: Editor;
}

/** The editors whose ways of reopening a file in its encoding a note names (`misdecodedProblem`); `other`: neutral. */
export type Editor = 'vscode' | 'neovim' | 'other';

/**
 * The editor a client is: `vscode` when `said` (`initializationOptions.editor`) is, as our VS Code extension sends in any
 * build or fork of VS Code; else by its `clientInfo.name` (VS Code, Insiders, Code - OSS, VSCodium, code-server).
 */
export function editorOf(name: string | undefined, said?: unknown): Editor {
  if (said === 'vscode') return 'vscode';
  const n = (name ?? '').trim().toLowerCase();
  if (/^(?:visual studio code|code - oss|vscodium|code-server)\b/.test(n)) return 'vscode';
  if (n === 'neovim' || n === 'nvim') return 'neovim';
  return 'other';
}

/** What the search for last year's report of a document found. */
export interface PreviousLookup {
  /** Last year's report, or null (none found, ties, or the lookup is off). */
  report: Report | null;
  /** The URI of `report`'s document or file, when `report` is set. */
  uri?: string;
  /** URIs of two or more files that could each be last year's report equally well; empty otherwise. */
  tied: string[];
  /**
   * The one file beside it of the same agency that reads as last year's report but was not taken for it: its own
   * years disagree (`year` null; `years`, what its title, introduction and statistics period say), or read in full it
   * is of another year (`year`). Absent otherwise.
   */
  rejected?: { uri: string; year: number | null; years: NamedYear[]; agency?: { theirs: string | null; ours: string } };
}

interface Parsed {
  version: number;
  overrideKey: string;
  /**
   * Whether auto-detection was on when the text was read: without it a Markdown or plain-text document is not parsed
   * at all, so turning it on needs a new reading of the same version (brk118 #2). A `nianbao` document is read alike
   * either way.
   */
  autoDetect: boolean;
  /**
   * The model the rules read (HTML rows run together on a line read one a line: `Report.extras.rowBreaks`; a text
   * quoted as a whole read without its markers: `Report.extras.quoted`).
   */
  report: Report | null;
  /**
   * When `report` was read from a split or unquoted copy of the text: the model of the text as written (`packedRows`
   * and `blockquote: 'as-written'`), whose positions the outline, hover, completion and code actions use; the
   * findings are mapped to it by `checkReport`.
   */
  view?: Report;
  problem: Analysis['problem'];
}

/** `Analysis.reading`: the model the rules read when `view` is of the text as written with its HTML rows split off (not of a quoted text). */
function readingOf(report: Report | null, view: Report | undefined): { reading?: Report } {
  return view && report?.extras.rowBreaks && !report.extras.quoted ? { reading: report } : {};
}

/**
 * The name of the file a document's URI names (`a.txt`), as `ParseOptions.fileName` takes it (a `.txt` file is plain
 * text, its backticks no code fence, as `nianbao check` reads it); undefined for a URI of no file (`untitled:`).
 */
export function fileNameOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return basename(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/**
 * `findings` with the `encoding-invalid` errors of a file's bad bytes (`DocLike.badBytes`) in reading order, as the
 * CLI adds them after the check (no suppression comment covers them there either).
 */
function withBadBytes(findings: Finding[], doc: DocLike, locale: Locale): Finding[] {
  const b = doc.badBytes;
  if (!b?.bad.length && !b?.utf8Runs?.length) return findings;
  const mixed = b.utf8Runs?.length ? mixedEncodingFindings(b.utf8Runs, doc.getText(), locale) : [];
  return sortFindings([...findings, ...badBytesFindings(b.bad, b.encoding, locale), ...mixed]);
}

/** The names VS Code's "Reopen with Encoding" list gives each encoding (its English UI). */
const EDITOR_ENCODING: Record<EncodingName, string> = {
  gb18030: 'Simplified Chinese (GBK) / Simplified Chinese (GB18030)',
  big5: 'Traditional Chinese (Big5)',
  utf16le: 'UTF-16 LE',
  utf16be: 'UTF-16 BE',
  utf8: 'UTF-8',
};

/** Each encoding as `iconv` and Vim's `++enc` name it. */
const ICONV_NAME: Record<EncodingName, string> = { gb18030: 'GB18030', big5: 'BIG5', utf16le: 'UTF-16LE', utf16be: 'UTF-16BE', utf8: 'UTF-8' };

/**
 * The note of a report file open in the wrong encoding (`AnalysisCache.misdecoded`, `latin1Misread`): what it is in,
 * what the editor read it as (`read`: UTF-8, or Latin-1 as Neovim falls back to), and how to reopen it in `editor`
 * (VS Code's status bar; Neovim's `:e ++enc=`; for Helix and other editors, in neutral words, or converting it to UTF-8 with iconv).
 */
export function misdecodedProblem(encoding: EncodingName, read: 'utf8' | 'latin1' = 'utf8', editor: Editor = 'other'): Problem {
  const zhName = encoding === 'gb18030' ? 'GB18030/GBK' : encoding === 'big5' ? 'Big5' : encoding === 'utf16le' ? 'UTF-16 LE' : encoding === 'utf16be' ? 'UTF-16 BE' : 'UTF-8';
  const readName = read === 'utf8' ? 'UTF-8' : 'Latin-1';
  const shown = read === 'utf8' ? { zh: '中文成了乱码（�）', en: 'its Chinese text shows as �' } : { zh: '中文成了西文字母乱码（如 Ä¿Â¼）', en: 'its Chinese text shows as accented Latin letters (such as Ä¿Â¼)' };
  const iconvName = ICONV_NAME[encoding];
  const iconv = `iconv -f ${iconvName} -t UTF-8 old.md > new.md`;
  let how: { zh: string; en: string };
  if (editor === 'vscode') {
    const pickZh = encoding === 'gb18030' ? '“简体中文 (GBK)”或“简体中文 (GB18030)”' : `“${EDITOR_ENCODING[encoding]}”`;
    const pickEn = encoding === 'gb18030' ? '“Simplified Chinese (GBK)” or “Simplified Chinese (GB18030)”' : `“${EDITOR_ENCODING[encoding]}”`;
    how = {
      zh: `点击状态栏中的“${readName}”，选“通过编码重新打开”（Reopen with Encoding），再选${pickZh}；或在设置中打开 files.autoGuessEncoding（自动猜测编码）后重新打开。`,
      en: `click “${readName}” in the status bar, choose “Reopen with Encoding”, then ${pickEn}; or turn on the setting files.autoGuessEncoding and open it again.`,
    };
  } else if (editor === 'neovim') {
    // (Neovim reads a file that is not UTF-8 as Latin-1, the last of its default 'fileencodings'.)
    const vim = iconvName.toLowerCase();
    const list = encoding === 'gb18030' || encoding === 'big5' ? { zh: `；或在 'fileencodings' 中把 ${vim} 放在 latin1 之前（set fileencodings=ucs-bom,utf-8,${vim},latin1）`, en: `; or put ${vim} before latin1 in 'fileencodings' (set fileencodings=ucs-bom,utf-8,${vim},latin1)` } : { zh: '', en: '' };
    how = { zh: `在 Neovim 中执行 :e ++enc=${vim}${list.zh}。`, en: `run :e ++enc=${vim} in Neovim${list.en}.` };
  } else {
    // (Helix and the others: no way to reopen in an encoding that all of them share; converting works everywhere.)
    how = { zh: `在编辑器中选用 ${zhName} 编码打开；或将其转换为 UTF-8（${iconv}）后打开转换后的文件。`, en: `choose ${zhName} as its encoding in your editor, or convert it to UTF-8 (${iconv}) and open the converted file.` };
  }
  return {
    zh: `此文件是 ${zhName} 编码，编辑器却按 ${readName} 打开，${shown.zh}，未检查。请按其编码重新打开：${how.zh}`,
    en: `This file is encoded in ${zhName}, but the editor opened it as ${readName}: ${shown.en} and it was not checked. Reopen it in its encoding: ${how.en}`,
    severity: 'warning',
    encoding,
  };
}

/** A character above U+00FF (no Latin-1 text), and one from U+0080 to U+00FF (a byte above 0x7F read as Latin-1). */
const ABOVE_LATIN1 = /[^\u0000-\u00ff]/;
const HIGH_LATIN1 = /[\u0080-\u00ff]/;

/**
 * The encoding of text that an editor read as Latin-1 (Neovim does, with its default 'fileencodings', for a GB18030
 * or Big5 file: brk110 #7), when it reads as a report in it: every character below U+0100, some above U+007F, and the
 * bytes they stand for (`decodeReport`) a text in another encoding with a report's words (`mightBeReport`). Null
 * otherwise: a text with any character above U+00FF (every Chinese one) is ruled out at its first such line.
 */
function latin1Misread(lines: LineIndex): { encoding: EncodingName; looksReport: boolean } | null {
  let high = false;
  for (let i = 0; i < lines.lineCount; i++) {
    const line = lines.line(i);
    if (ABOVE_LATIN1.test(line)) return null;
    high ||= HIGH_LATIN1.test(line);
  }
  if (!high) return null;
  const d = decodeReport(Buffer.from(lines.text, 'latin1'));
  return d.ok && mightBeReport(d.text) ? { encoding: d.encoding.name, looksReport: true } : null;
}

/** The lines with a control character of each version (`reportLinesWith`: a version after an edit reads only its changed lines). */
const controlLines = new WeakMap<Report, number[]>();

/**
 * `controlCharFindings` of a version, read only when a line holds a control character: finding none reads only the
 * lines an edit changed (on a long draft, a search of the whole text was about a millisecond of every keystroke).
 */
function controlCharsOf(report: Report, locale: Locale): Finding[] {
  return reportLinesWith(report, CONTROL_CHAR, controlLines).length ? controlCharFindings(sourceLinesOf(report), locale) : [];
}

/** Cache of parses (per version and override) and of analyses (per version and settings generation). */
export class AnalysisCache {
  private parsed = new Map<string, Parsed>();
  private analyses = new Map<string, { gen: number; a: Analysis }>();
  private overrides = new Map<string, Override>();
  /** Bumped when settings, locale or the workspace (last year's reports) change: findings are recomputed. */
  generation = 0;
  /** How many parses ran (for tests and the bench: one per version). */
  parseCount = 0;
  /** How many times the rules ran. */
  checkCount = 0;

  constructor(private env: () => CheckEnv) {}

  override(uri: string): Override {
    return this.overrides.get(uri) ?? {};
  }

  setOverride(uri: string, o: Override): void {
    if (o.format === undefined && o.year === undefined) this.overrides.delete(uri);
    else this.overrides.set(uri, o);
    this.parsed.delete(uri);
    this.analyses.delete(uri);
  }

  /**
   * A file or folder renamed from `oldUri` to `newUri` (`workspace/didRenameFiles`): the overrides set for it, or for
   * files below the folder, go with it. Returns the new URIs that got one (their parse and findings are dropped).
   */
  renameOverrides(oldUri: string, newUri: string): string[] {
    const moved: string[] = [];
    const folder = oldUri.endsWith('/') ? oldUri : `${oldUri}/`;
    for (const [uri, o] of [...this.overrides]) {
      if (uri !== oldUri && !uri.startsWith(folder)) continue;
      const to = uri === oldUri ? newUri : `${newUri.endsWith('/') ? newUri : `${newUri}/`}${uri.slice(folder.length)}`;
      this.overrides.delete(uri);
      this.setOverride(to, o);
      moved.push(to);
    }
    return moved;
  }

  /** Drops the findings of a document (its parse stays): they are recomputed on the next request. */
  dropFindings(uri: string): void {
    this.analyses.delete(uri);
    if (this.firstLookPrevious?.uri === uri) this.firstLookPrevious = null;
  }

  forget(uri: string): void {
    this.parsed.delete(uri);
    this.analyses.delete(uri);
  }

  /** The cached analysis if it is current for `doc`'s version, without computing anything. */
  peek(doc: { uri: string; version: number }): Analysis | null {
    const hit = this.analyses.get(doc.uri);
    return hit && hit.a.version === doc.version && hit.gen === this.generation ? hit.a : null;
  }

  /** Format and year to read a document with: the status-bar override, else what the project config says. */
  parseOptions(uri: string, env: CheckEnv = this.env()): Override {
    const o = this.override(uri);
    const c = env.settingsFor(uri);
    return { format: o.format ?? c.format, year: o.year ?? c.year };
  }

  /** The report model of a version (parsed at most once per version). */
  report(doc: DocLike): Parsed {
    const env = this.env();
    const o = this.parseOptions(doc.uri, env);
    const key = `${o.format ?? ''}|${o.year ?? ''}`;
    const hit = this.parsed.get(doc.uri);
    if (hit && hit.version === doc.version && hit.overrideKey === key && (hit.autoDetect === env.autoDetect || doc.languageId === 'nianbao')) return hit;
    // The previous version's model stays only as the base of this one (`followOn`, released after the check);
    // its findings go now.
    // (Not one read from a split copy of its text, `rowBreaks`, or without its quote's markers: its lines are not the
    // document's.)
    const previous = hit && hit.overrideKey === key && hit.version !== doc.version && !hit.report?.extras.rowBreaks && !hit.report?.extras.quoted ? hit.report : null;
    this.parsed.delete(doc.uri);
    this.analyses.delete(doc.uri);
    // An open document's lines are read as they are (`LineIndex.fromLines`): its text is never made into one string
    // unless a reader needs it whole.
    const textLines = doc.textLines?.() ?? null;
    const lines = textLines ? LineIndex.fromLines(textLines, doc.knownText?.()) : new LineIndex(doc.getText());
    let report: Report | null = null;
    let problem: Analysis['problem'] = null;
    let bin: ReturnType<typeof binaryText>;
    let enc: ReturnType<AnalysisCache['misdecoded']>;
    const own = doc.languageId === 'nianbao';
    // A format and a year from different places that do not go together (each place refuses its own pair): the
    // document is read without them (its outline stays) and not checked, with a note saying why, as the CLI does.
    const mismatch = o.format !== undefined && o.year !== undefined ? formatYearMismatch(o.format, o.year) : null;
    const forced = mismatch ? {} : o;
    if (doc.unread) {
      // Not read from disk (no permission, too large, UTF-16 without BOM): the reason is its note, as the CLI gives
      // it for the file, so that an empty Problems view does not read as a report without errors.
      problem = { ...doc.unread };
      if (own || !env.autoDetect) delete problem.report;
    } else if (lines.length > MAX_TEXT) {
      problem = { zh: `文件过大（${Math.round(lines.length / 1048576)} MB），未检查。`, en: `File too large (${Math.round(lines.length / 1048576)} MB); not checked.` };
    } else if ((enc = this.misdecoded(doc, lines, env)) && (own || (env.autoDetect && enc.looksReport))) {
      problem = misdecodedProblem(enc.encoding, 'utf8', env.editor);
    } else if (doc.version >= 0 && (own || env.autoDetect) && (enc = latin1Misread(lines))) {
      // An open document (its text decoded by the editor) that is a report's bytes read as Latin-1.
      problem = misdecodedProblem(enc.encoding, 'latin1', env.editor);
    } else if ((bin = binaryLines(lines)).binary) {
      // Many NULs: a UTF-16 file without a byte-order mark that the editor read as UTF-8 (its ASCII characters' high
      // bytes) is said as the file in another encoding, not as binary.
      enc = bin.firstNul ? this.misdecoded(doc, lines, env, true) : null;
      problem = enc && (own || (env.autoDetect && enc.looksReport)) ? misdecodedProblem(enc.encoding, 'utf8', env.editor) : binaryProblem(bin);
      // A report with a run of NULs pasted into it: said as of a .nianbao.md, not silently left unchecked (brk101 #2).
      if (!own && !problem.encoding && env.autoDetect && mightBeReportLines(lines)) problem.report = true;
    } else if (own || (env.autoDetect && mightBeReportLines(lines))) {
      this.parseCount++;
      try {
        // The previous version's line readings are reused for the lines this change left alone (at every size: on the
        // 10 MB bench draft a keystroke's parse takes about 55 ms instead of 190, for about 5% more memory).
        report = parseReport(lines, { format: forced.format, year: forced.year, previous: previous ?? null, fileName: fileNameOf(doc.uri) });
        if (previous) {
          // What was found in the unchanged lines of the previous version is reused by the rules (the findings
          // are those of a fresh check); the previous version's own base is no longer needed.
          forgetPrevious(previous);
          followOn(report, previous);
        }
      } catch (e) {
        problem = { zh: `引擎无法读取此文件：${(e as Error).message}`, en: `The engine could not read this file: ${(e as Error).message}` };
      }
    }
    // A document in the nianbao language that is no report is said so, as `nianbao check` says it of a file named:
    // an empty Problems view would read as a report without errors (brk101 #3).
    if (own && report && !report.isReport && !problem && !mismatch) problem = notReportReason(report);
    if (mismatch && !problem && (own || report?.isReport)) {
      problem = {
        zh: `为此文件指定的格式与年度不相符（来自状态栏和配置文件 .nianbao.jsonc 的不同设置，或配置文件中的两个 overrides），未检查：${mismatch.zh}请改正其中一项。`,
        en: `The format and the year given for this file (by the status bar and the .nianbao.jsonc config, or two overrides) do not go together, so it was not checked: ${mismatch.en} Correct one of them.`,
        severity: 'warning', forced: true,
      };
    }
    const p: Parsed = { version: doc.version, overrideKey: key, autoDetect: env.autoDetect, report, problem: own || problem?.encoding || problem?.forced || problem?.report ? problem : null };
    if (report?.extras.rowBreaks || report?.extras.quoted) p.view = parseReport(lines, { format: forced.format, year: forced.year, packedRows: 'as-written', blockquote: 'as-written', fileName: fileNameOf(doc.uri) });
    this.parsed.set(doc.uri, p);
    return p;
  }

  /**
   * The file on disk of an open document whose text has U+FFFD (or, with `nuls`, many NULs), when that file is in
   * another encoding than UTF-8: the editor read it as UTF-8 (VS Code does unless told otherwise), so the text is
   * garbled. Null otherwise (a file read from disk has its own encoding: negative version).
   */
  private misdecoded(doc: DocLike, lines: LineIndex, env: CheckEnv, nuls = false): { encoding: EncodingName; looksReport: boolean } | null {
    if (doc.version < 0 || !env.diskEncoding || !(nuls || (doc.hasReplacementChar ? doc.hasReplacementChar() : hasChar(lines, '\ufffd')))) return null;
    const disk = env.diskEncoding(doc.uri);
    // Reopened in its encoding, a file with a few undecodable bytes of its own reads as it does from disk.
    return disk && disk.text !== lines.text ? disk : null;
  }

  /**
   * The report model of a version and whether it is a target, without running the rules (outline, folding,
   * hover, completion and formatting need only the model).
   */
  model(doc: DocLike): { report: Report | null; isTarget: boolean; reading?: Report } {
    const { report, view } = this.report(doc);
    return { report: view ?? report, isTarget: this.isTarget(doc, report, this.env()), ...readingOf(report, view) };
  }

  private isTarget(doc: DocLike, report: Report | null, env: CheckEnv): boolean {
    if (env.settingsFor(doc.uri).ignored) return false;
    return doc.languageId === 'nianbao' || (env.autoDetect && Boolean(report?.isReport));
  }

  /** The analysis of a document version: parse (cached) and findings (cached per settings generation). */
  get(doc: DocLike): Analysis {
    const current = this.peek(doc);
    if (current) return current;
    const env = this.env();
    const { report, problem, view } = this.report(doc);
    const isTarget = this.isTarget(doc, report, env);
    let findings: Finding[] = [];
    let previousTied: string[] = [];
    let previousRejected: PreviousLookup['rejected'];
    let previousUri: string | undefined;
    if (report && isTarget && !problem?.forced) {
      this.checkCount++;
      try {
        const { options, tied, rejected, previousUri: prevUri } = this.checkOptions(doc, report, env, true);
        previousTied = tied;
        previousRejected = rejected;
        previousUri = prevUri;
        findings = withBadBytes(checkReport(report, options), doc, env.locale);
        // Stray control characters (a NUL pasted in): each an error with a fix deleting it, as the CLI reports them.
        const controls = controlCharsOf(report, env.locale);
        if (controls.length) findings = sortFindings([...findings, ...controls]);
      } catch (e) {
        findings = [];
        this.onError?.(e as Error, doc.uri);
      }
    }
    // The previous version has served: let it go.
    if (report) forgetPrevious(report);
    const a: Analysis = { uri: doc.uri, version: doc.version, languageId: doc.languageId, report: view ?? report, ...readingOf(report, view), isTarget: isTarget && !(problem && !report), findings, problem, previousTied, previousRejected, ...(previousUri ? { previousUri } : {}) };
    if (isTarget && doc.languageId === 'nianbao' && problem) a.isTarget = true;
    // A report file the editor decoded wrongly: its note is published whatever its language.
    if ((problem?.encoding || problem?.report) && !env.settingsFor(doc.uri).ignored) a.isTarget = true;
    this.analyses.set(doc.uri, { gen: this.generation, a });
    return a;
  }

  /**
   * A first analysis of a version with only the rules that do not read every paragraph (tables, structure, years;
   * `CheckOptions.skipProseRules`), for publishing a long document's findings before its full analysis. Shares
   * the version's parse with `get`, which follows; not cached. Null when there is nothing to show early (not a
   * target, not parsed, a rule error: `get` reports those).
   */
  firstLook(doc: DocLike): Analysis | null {
    if (this.peek(doc)) return null;
    const env = this.env();
    const { report, problem, view } = this.report(doc);
    if (!report || problem || !this.isTarget(doc, report, env)) return null;
    try {
      const { options, tied, rejected, previousUri } = this.checkOptions(doc, report, env, false);
      // Its fixes are never applied (code actions use `get`'s): not aligned, which would take time here.
      const findings = checkReport(report, { ...options, skipProseRules: true, unalignedFixes: true });
      return { uri: doc.uri, version: doc.version, languageId: doc.languageId, report: view ?? report, ...readingOf(report, view), isTarget: true, findings, problem: null, previousTied: tied, previousRejected: rejected, ...(previousUri ? { previousUri } : {}) };
    } catch {
      return null;
    }
  }

  /** Last year's report as `firstLook` found it, for the `get` of the same version that follows it. */
  private firstLookPrevious: { uri: string; version: number; gen: number; previous: PreviousLookup } | null = null;

  /**
   * The rules' options for a version: locale, the document's rule settings, and last year's report (finding it may
   * read candidate files from disk). `firstLook` keeps what it found for the `get` that follows; `get` takes it
   * (same version and settings generation, no findings dropped in between) or looks again.
   */
  private checkOptions(doc: DocLike, report: Report, env: CheckEnv, forGet: boolean): { options: CheckOptions; tied: string[]; rejected?: PreviousLookup['rejected']; previousUri?: string } {
    const p = this.firstLookPrevious;
    const kept = p && p.uri === doc.uri && p.version === doc.version && p.gen === this.generation;
    const previous = kept ? p.previous : env.previous(doc.uri, report);
    this.firstLookPrevious = forGet ? null : { uri: doc.uri, version: doc.version, gen: this.generation, previous };
    const sameYear = env.sameYear?.(doc.uri, report, () => doc.getText()) ?? null;
    return { options: { locale: env.locale, rules: env.settingsFor(doc.uri).rules, previous: previous.report, sameYear }, tied: previous.tied, rejected: previous.rejected, ...(previous.report && previous.uri ? { previousUri: previous.uri } : {}) };
  }

  onError?: (e: Error, uri: string) => void;
}

/** A finding's key in `findingKeys` before its counter: its rule id and range (`row-label@60:1-60:71`). */
export function findingKeyBase(ruleId: string, r: Range): string {
  return `${ruleId}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/**
 * Stable keys of the findings of one analysis (the code action finds a finding again from its diagnostic's data):
 * rule id and range, plus a counter for findings of the same rule on the same range. Linear in the findings.
 */
export function findingKeys(all: Finding[]): string[] {
  const seen = new Map<string, number>();
  return all.map((f) => {
    const base = findingKeyBase(f.ruleId, f.range);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}#${n}` : base;
  });
}

/** The smallest single edit turning `a` into `b` (common prefix and suffix kept), as offsets. */
export function minimalEdit(a: string, b: string): { start: number; end: number; newText: string } | null {
  if (a === b) return null;
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  // Do not split a surrogate pair or a CRLF.
  while (p > 0 && (isLow(a.charCodeAt(p)) || (a.charCodeAt(p) === 10 && a.charCodeAt(p - 1) === 13))) p--;
  return { start: p, end: a.length - s, newText: b.slice(p, b.length - s) };
}

/**
 * The edits that turn `a` into `b`, one per stretch of changed lines, each trimmed to the characters it changes
 * (`minimalEdit`), in order and not overlapping; offsets are UTF-16 units of `a`. Empty when the texts are the same.
 * A fix-all that changes two cells 80 lines apart gives two small edits, not one over the 80 lines between (brk91
 * #10: an editor resets the cursor, folds and markers inside a replaced range). Lines are compared with the `diff`
 * package; past `MAX_LINE_EDITS` changed lines the texts are one edit (`minimalEdit`), as the diff's cost grows with them.
 */
export function minimalEdits(a: string, b: string): { start: number; end: number; newText: string }[] {
  if (a === b) return [];
  const la = a.split(/(?<=\n)/), lb = b.split(/(?<=\n)/);
  const parts = diffArrays(la, lb, { maxEditLength: MAX_LINE_EDITS });
  if (!parts) return [minimalEdit(a, b)!];
  const out: { start: number; end: number; newText: string }[] = [];
  let at = 0;
  let hunk: { start: number; end: number; newText: string } | null = null;
  const flush = () => {
    if (!hunk) return;
    const m = minimalEdit(a.slice(hunk.start, hunk.end), hunk.newText);
    if (m) out.push({ start: hunk.start + m.start, end: hunk.start + m.end, newText: m.newText });
    hunk = null;
  };
  for (const part of parts) {
    const text = part.value.join('');
    if (!part.added && !part.removed) {
      flush();
      at += text.length;
      continue;
    }
    hunk ??= { start: at, end: at, newText: '' };
    if (part.removed) {
      at += text.length;
      hunk.end = at;
    } else hunk.newText += text;
  }
  flush();
  return out;
}

/** Changed lines past which `minimalEdits` gives one edit. */
const MAX_LINE_EDITS = 2000;

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
