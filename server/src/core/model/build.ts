import { commentSpans, lineInComment } from '../text/comments.js';
import type { Bilingual, DetectedFormat, FormatId, Heading, ReportModel, Section, TableId, TableModel } from '../types.js';
import { LineIndex, ownCopy } from '../text/lines.js';
import { codeView, type CodeView } from '../text/code.js';
import { barView } from '../text/bars.js';
import { hasTraditionalPart, isTraditional, simplifiedChars, simplifiedView, traditionalLineCounts } from '../text/script.js';
import { charFinder, stringFinder } from '../text/search.js';
import { TextReader } from './segments.js';
import { QUOTE_MARKERS } from '../text/blocks.js';
import { bigramCoverage, chineseNumeral, editDistance, labelKey, titleKey, titleTypoBudget, YEAR_SOURCE } from '../text/normalize.js';
import { isCellHeading, ONE_CELL_REACH, readHeading, readMalformedOrdinal, type MalformedOrdinal } from '../parse/headings.js';
import { isValueText } from '../parse/tokens.js';
import { tablesOfContents } from '../parse/contents.js';
import { formatForYear, TEMPLATES, templateOf, type Table3Template, type Template } from '../templates/index.js';
import { ALIGNED_NUMBERS, alignTable3, isValueCellsLine, valueCellsOf, continueTable3, findTable2, isTable2HeaderLine, findTable3, findTable4, readAlignedTable3, readTable2, readTable4, TABLE2_ROW_LABELS, type ExtraRow, type ForeignRow, type LineSpan, type Table2Reading } from './tables.js';
import { misspellingBudget } from './labels.js';
import { ANNEX_START, detectYear, type WrittenDate, type YearDecision } from './year.js';
import { chooseFormat, type FormatMarker } from './format.js';
import { diffLines } from '../text/line-diff.js';
import { findRepeatedTables, ownTable3, unitCaption, type RepeatedTable } from './repeated.js';
import { jsonDocument, otherRegime, writtenAbout } from './scope.js';
import { htmlRowsRunTogether, splitPackedRows, type RowBreaks } from '../parse/html-rows.js';
import { unquotedText, type Unquoted } from './quoted.js';

/** Options of `parseReport`. */
/** What table-unreadable says of a table whose HTML rows run together on a line (see `htmlRowsRunTogether`). */
const PACKED_HTML_ROWS = {
  t2: { zh: '表二的 HTML 表格有几行（<tr>）写在同一行里，本工具按行读取表格，未做逐行和勾稽检查；修复会在每个 <tr> 前换行（网页显示不变）', en: 'Several HTML rows (<tr>) of 表二 stand on one line, and tables are read a row a line, so rows and sums were not checked; the fix puts each <tr> on a line of its own (nothing a browser shows changes)' },
  t3: { zh: '表三的 HTML 表格有几行（<tr>）写在同一行里，本工具按行读取表格，未做逐行和勾稽检查；修复会在每个 <tr> 前换行（网页显示不变）', en: 'Several HTML rows (<tr>) of 表三 stand on one line, and tables are read a row a line, so rows and sums were not checked; the fix puts each <tr> on a line of its own (nothing a browser shows changes)' },
} as const;

export interface ParseOptions {
  /** Read the report as this format instead of detecting it (CLI `--report-format`, config, status bar). */
  format?: FormatId;
  /** Take this as the report year instead of detecting it. */
  year?: number;
  /**
   * The version this text was edited from (the language server, on each change): what was read of the lines
   * that did not change is not read again (the model is that of a fresh parse). `null` when there is none yet.
   * With either, what this parse read line by line is kept for the next version.
   */
  previous?: Report | null;
  /**
   * The name of the file the text is from, when known (the CLI, the language server): a `.json`, `.jsonc` or `.sarif`
   * file is JSON data, never a report (`jsonDocument`), even when it does not parse; a `.txt` file is plain text, in
   * which a line of backticks is no code fence (`PLAIN_TEXT_FILE`).
   */
  fileName?: string;
  /**
   * `'as-written'`: HTML rows run together on a line are left so (no `rowBreaks`), every position that of the text
   * as written; for a language server's outline, hover, completion and code actions on a document whose findings
   * come from the split reading.
   */
  packedRows?: 'as-written';
  /**
   * `'as-written'`: a text quoted as a whole (`> ` before every line) is read with its markers (no `quoted`), every
   * position that of the text as written; for a language server's outline, hover, completion and code actions.
   */
  blockquote?: 'as-written';
}

/**
 * A plain-text file (`.txt`: a report saved as text from Word, `pdftotext` output): no Markdown, so its lines of
 * backticks fence no code; a report pasted between two of them is the text itself (brk123 #6: not read, 未识别为年度报告).
 */
const PLAIN_TEXT_FILE = /\.txt$/i;

/** What a parse read line by line, kept for the next version of the same document (`ParseOptions.previous`). */
interface LineReadings {
  lines: LineIndex;
  /** Per line: `readHeading`'s result (`null` if none); `undefined` where not kept. */
  headings: (Heading | null | undefined)[];
  /** Per line without a heading, or with a `#` heading without an ordinal: `readMalformedOrdinal`'s result. */
  malformed: (MalformedOrdinal | null | undefined)[];
  /** Per line: 1 if its heading was kept (a title with words). */
  kept: Uint8Array;
  reader: TextReader;
  /** Signatures found per line key (see `findSignatures`). */
  signatures: Map<string, number[]>;
}
const readingsOf = new WeakMap<Report, LineReadings>();

/** What the engine read beyond the public model, for rules (not part of the JSON contract). */
export interface ReportExtras {
  malformedOrdinals: MalformedOrdinal[];
  dates: WrittenDate[];
  /** 表二 rows whose label belongs to another format (`规范性文件` in a 2021 report). */
  foreignTable2Rows: ForeignRow[];
  /** 表二 rows that no format has (a local addition, templates.md §0.3), for `row-label` to name. */
  extraTable2Rows: ExtraRow[];
  /** Which format each signature found belongs to, with where (for `format-mixed`). */
  signatures: { format: FormatId; text: string; line: number }[];
  /**
   * The later format whose tables a report of 2008–2018 holds, the report read as pre2019 all the same (a 2021 表三
   * pasted into a 2015 report): its tables were read with that format's template. For `format-anachronism`.
   */
  laterTables?: FormatId;
  /** For 表三: the score of reading it with the 2019 and 2021 row lists. */
  table3Scores: Partial<Record<FormatId, number>>;
  /** Line spans of the tables. */
  spans: Partial<Record<TableId, LineSpan>>;
  /**
   * Whole 表二/表三/表四 found a second time below the one read (a revised table pasted under the old one, or the
   * whole report pasted twice): where the second one starts, sorted by line. Only the first is read and checked.
   */
  repeatedTables: RepeatedTable[];
  yearAmbiguous: boolean;
  /**
   * The text is written in traditional characters: the model (its `lines`, every label and title it read) is of its
   * simplified view, which has the same offsets (text/script.ts).
   */
  traditional?: boolean;
  /**
   * With `traditional`, or a simplified text with a part in traditional characters (read through the simplified view
   * as well, `hasTraditionalPart`), or with `code`, or with a table separated by `丨` (read with `｜` there, text/bars.ts):
   * the text's own lines (what a fix is applied to and written from; see `sourceLinesOf`). Where a line of `lines`
   * differs from its source line, a fix writes no words.
   */
  sourceLines?: LineIndex;
  /**
   * A text with HTML table rows run together on a line (`<tr>…</tr><tr>…</tr>`, a minified page): the model is of the
   * text with each row on a line of its own (`lines`); `rowBreaks` maps its positions back to the text as written
   * (`checkReport` gives findings there; `sourceLinesOf` is that text).
   */
  rowBreaks?: RowBreaks;
  /**
   * A text quoted as a whole (`> ` before every line): the model is of the text without the markers (`lines`);
   * `checkReport` gives its findings in the text as written (`quotedFinding`), and `sourceLinesOf` is that text.
   */
  quoted?: Unquoted;
  /**
   * Markdown code in the text (closed fenced blocks; inline code is read as text): `lines` has it as spaces,
   * `sourceLines` as written. A fix that would edit it is not offered.
   */
  code?: CodeView;
  /** How the detected year was decided when the title, introduction and statistics period disagree (`detectYear`); null when they agree. */
  yearDecision: YearDecision | null;
  /** Set when the text is another regime's annual report (`isReport` is then false): which, for the user. */
  otherRegime?: Bilingual;
  /** Set when the text is about reports or another document mentioning one (`writtenAbout`; `isReport` false): what. */
  writtenAbout?: Bilingual;
  /** The report year given by the caller (`ParseOptions.year`), not read from the text. */
  forcedYear?: number;
  /** The text is a plain-text file's (`.txt`, `PLAIN_TEXT_FILE`): no Markdown, its lines of backticks fence no code. */
  plainText?: true;
  /** A later report of a file of several whose `forcedYear` was forced for the whole file (`reportParts`). */
  yearForcedForFile?: true;
  /** 0-based line where the annexes after the report's sections start (`附件1：…`; see `annexLine`), if any. */
  annexStart?: number;
  /**
   * Lines `[start, end)` of the 2014–2018 statistics table written as lines of text in an appendix (`附表：…统计表` /
   * `一、主动公开情况` / `（一）收到申请数：10件。` …; see `statsTableLines`): the table's rows, no prose.
   */
  statsLines?: { start: number; end: number };
}

/** The report model with the extras rules need. */
export type Report = ReportModel & { extras: ReportExtras };

const T3_ROW_KEYS = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '四、结转下年度继续办理'].map(labelKey);

interface SignatureKey {
  format: FormatId;
  text: string;
  key: string;
}
let sigKeys: { list: SignatureKey[]; byFirst: Map<number, number[]>; hit: Uint8Array } | null = null;
/** The format signatures of every template with their label keys, indexed by first character; computed once. */
function signatureKeys() {
  if (!sigKeys) {
    const list = TEMPLATES.flatMap((t) => t.signatures.map((s) => ({ format: t.id, text: s, key: labelKey(s) })));
    const byFirst = new Map<number, number[]>();
    list.forEach((s, i) => {
      const c = s.key.length ? s.key.charCodeAt(0) : -1;
      if (!byFirst.has(c)) byFirst.set(c, []);
      byFirst.get(c)!.push(i);
    });
    sigKeys = { list, byFirst, hit: new Uint8Array(list.length) };
  }
  return sigKeys;
}

/** Whether `line` is one HTML comment and nothing else (`<!-- … -->`, white space around it). */
function isCommentLine(line: string): boolean {
  const t = line.trim();
  return t.startsWith('<!--') && t.endsWith('-->');
}

/**
 * Adds the signatures whose key occurs in line key `k` (as `k.includes(key)`, in template order): only the
 * positions holding the first character of a signature are compared.
 */
function findSignatures(k: string, line: number, out: ReportExtras['signatures'], memo?: Map<string, number[]>): void {
  const { list, byFirst, hit } = signatureKeys();
  const known = memo?.get(k);
  if (known) {
    for (const i of known) out.push({ format: list[i].format, text: list[i].text, line });
    return;
  }
  let any = false;
  const empty = byFirst.get(-1);
  if (empty) for (const i of empty) hit[i] = 1, any = true;
  for (let p = 0; p < k.length; p++) {
    const cands = byFirst.get(k.charCodeAt(p));
    if (cands) for (const i of cands) if (!hit[i] && k.startsWith(list[i].key, p)) hit[i] = 1, any = true;
  }
  const found: number[] = [];
  if (any) {
    for (let i = 0; i < list.length; i++) {
      if (!hit[i]) continue;
      hit[i] = 0;
      found.push(i);
      out.push({ format: list[i].format, text: list[i].text, line });
    }
  }
  memo?.set(k, found);
}

/**
 * Whether a line is a row of a tab-separated table (pasted from Excel or Word) whose label starts like a heading:
 * a cell after its first holds a number (`四、行政复议数量\t件\t0`, `（一）收到申请数\t件\t24` of a pre-2019
 * 《政府信息公开情况统计表》). A heading's line has no tab followed by a number.
 */
function isTabRow(line: string): boolean {
  const at = line.indexOf('\t');
  if (at < 0) return false;
  return line.slice(at + 1).split('\t').some((f) => /\d/.test(f) && isValueText(f.trim()));
}

/**
 * Whether line `i` is a group row of a tab-separated table (`一、主动公开情况\t\t`: a label and two or more empty
 * cells) next to a row of numbers of that table (`isTabRow`, the nearest non-blank line above or below).
 */
function isTabGroupRow(lines: LineIndex, i: number): boolean {
  const fields = lines.line(i).trimStart().split('\t');
  if (fields.length < 3 || fields.slice(1).some((f) => f.trim())) return false;
  const near = (step: number) => {
    for (let j = i + step; j >= 0 && j < lines.lineCount; j += step) if (lines.line(j).trim()) return isTabRow(lines.line(j));
    return false;
  };
  return near(-1) || near(1);
}

/**
 * Whether a line is a row of a table aligned with spaces (a pre-2019 附表 as a PDF's text has it:
 * `四、行政复议数量    件    0`): a label, a wide gap (two spaces or more, ASCII or full-width), a unit, a wide gap
 * and a number at the end. The unit tells it from a table of contents' line (`四、行政复议情况 ...... 5`), which
 * has a page number after its title but no unit.
 */
function isSpaceRow(line: string): boolean {
  return /\S[ \u3000\t]{2,}(?:件|条|个|项|次|人次|万元|元)[ \u3000\t]{2,}[0-9０-９][0-9０-９,.]*[ \u3000\t]*$/.test(line);
}

/**
 * Whether line `i` is a group row of a space-aligned table (`一、主动公开情况` over `（一）主动公开政府信息数    条    170`):
 * a line with no digit in a run of at most three such lines, with a row of that table (`isSpaceRow`) as the next
 * non-blank line after the run and, before it, a row of the table or its header (a line with the column `单位`).
 */
function isSpaceGroupRow(lines: LineIndex, i: number): boolean {
  const header = (text: string) => /[ \u3000\t]{2,}单位(?:[ \u3000\t]{2,}|[ \u3000\t]*$)/.test(text);
  const group = (j: number) => !/[0-9０-９]/.test(lines.line(j)) && !isSpaceRow(lines.line(j)) && !header(lines.line(j));
  if (!group(i)) return false;
  const edge = (step: number): string | null => {
    let run = 1;
    for (let j = i + step; j >= 0 && j < lines.lineCount; j += step) {
      const text = lines.line(j);
      if (!text.trim()) continue;
      if (!group(j)) return text;
      if (++run > 3) return null;
    }
    return null;
  };
  const before = edge(-1), after = edge(1);
  return after !== null && isSpaceRow(after) && before !== null && (isSpaceRow(before) || header(before));
}

function isTableRowHeading(h: Heading): boolean {
  // Numbers in cells after the label (`二、上年结转政府信息公开申请数量 | 2 | 0 | …`, a row pasted without outer pipes):
  // a section title never has them.
  if (/[|｜]\s*\d/.test(h.title)) return true;
  const key = labelKey(h.ordinal + h.title);
  // (Words, not numbers: a title spaced out letter by letter, `收 到 和 处 理…` from a PDF's distributed alignment, is words.)
  if (!/[\u4e00-\u9fff]{2}/.test(h.title.replace(/[\s\u3000]+/g, ''))) return true;
  // (Or the first part of one a narrow PDF column wrapped, `二、上年结转政府信` over its numbers and `息公开申请数量`:
  // no section title starts so; helper-226 B3.)
  return T3_ROW_KEYS.some((k) => key === k || (key.length >= 6 && k.startsWith(key)) || (key.length >= 6 && bigramCoverage(key, k) >= 0.8 && bigramCoverage(k, key) >= 0.6));
}

/** Whether `title` (a level-1 heading's, without its ordinal) is a section's of the 2019/2021 formats or a pre-2019 report's. */
function isSectionTitle(title: string): boolean {
  return classifySection(title, templateOf('2021')) >= 0 || classifySection(title, templateOf('pre2019')) >= 0;
}

/** A count stated in a sentence: Arabic digits and a measure word or a percent sign (`68件`, `1,500条`, `100%`). */
const STATED_COUNT = /[0-9０-９][0-9０-９,.]*\s*(?:件|条|次|个|人|篇|项|家|场|期|份|万|亿|元|%|％)/;
/** A sentence that opens with the year it reports on (`2023年，…`, `本年度未…`, `全年…`). */
const YEAR_OPENING = /^(?:本年度?|今年|全年|年内|当年|报告期内|[0-9０-９]{4}\s*年度?)(?:内|以来)?/;

/**
 * Whether the sub-heading `h` (`（二）…`, `2.…`) read on line `i` is an item of content that starts with its number, a
 * whole sentence rather than a title (brk111 #2: `（二）2023年，县政府共承办人大代表建议68件、政协提案95件，均已按期办结，
 * 办复率100%。` and `（一）本年度未收取信息处理费。`, section 六 written as a numbered list, was read as its
 * sub-headings and the section as empty). A line not marked as a heading (`#`, bold) whose first sentence (to its
 * `。`, or the line's end) states a count (`68件`, `100%`) and ends or runs on as a sentence does (a `。`, a comma), or
 * opens with the year it reports on and goes on with a comma or a negation (`2023年，…`, `本年度未收取…`). Titles
 * do neither: `（一）主动公开情况。`, `（二）领导重视，高位推进。`, `（一）2024年工作中存在问题的改进情况`.
 */
function isItemSentence(lines: LineIndex, i: number, h: Heading): boolean {
  if (h.level < 2 || (h.ordinalStyle !== 'paren' && h.ordinalStyle !== 'arabic')) return false;
  const raw = lines.line(i);
  if (/^\s*(?:#|\*\*|__|<)/.test(raw)) return false;
  const rest = raw.slice(h.titleRange.start.character).trim();
  const stop = rest.search(/[。！？]/);
  const sentence = stop >= 0 ? rest.slice(0, stop + 1) : rest;
  if (STATED_COUNT.test(sentence) && (stop >= 0 || /[，,；;]/.test(sentence))) return true;
  const year = YEAR_OPENING.exec(sentence);
  return year !== null && /^\s*[，,]|未|没有|无/.test(sentence.slice(year[0].length));
}

/**
 * Whether the level-1 heading `h` read on line `i` is a line of prose that starts with `一、`…`十、` (breaker89 #07):
 * a line not marked as a heading (`#`, bold) whose title names no section of any format and that is a figure given
 * after a colon (`四、结转下年度继续办理：1。`, a table's row written as a list), a sentence with figures ending in `。`,
 * or the rest of a sentence the line above broke off (`…，于` / `三、四季度组织业务培训2次、参训48人次。`).
 */
function isProseLine(lines: LineIndex, i: number, h: Heading): boolean {
  const raw = lines.line(i);
  if (/^\s*(?:#|\*\*|__|<)/.test(raw)) return false;
  const title = h.title.trim();
  const figure = /[:：]\s*[0-9０-９]/.test(title);
  const sentence = /[0-9０-９]/.test(title) && /[。！？]$/.test(title);
  let continued = false;
  if (!figure && !sentence && i > 0) {
    const above = lines.line(i - 1).trim();
    // The line above is prose (it has a comma or a full stop) broken off mid-sentence (no closing punctuation).
    continued = /[，,。；]/.test(above) && /[\u4e00-\u9fff，,、]$/.test(above) && !/^\s*(?:#|\*\*|__|<)/.test(above);
  }
  if (!figure && !sentence && !continued) return false;
  // (A section's title, also one read by its topic words, shares half the words of that title or one of its variants;
  // a sentence that only has a topic word, `…突出问题…`, does not.)
  const key = titleKey(title);
  return TEMPLATES.every((t) => {
    const idx = classifySection(title, t);
    if (idx < 0) return true;
    const s = t.sections[idx];
    return ![s.title, ...s.variants].some((v) => bigramCoverage(titleKey(v.replace(/^[一二三四五六七八九十]+、/, '')), key) >= 0.5);
  });
}

/** A level-1 ordinal with another mark than 、 after its numeral (`三.`, `三．`, `三，`, `三：`, `三:`). */
const LOOSE_ORDINAL = /^[一二三四五六七八九十]{1,3}\s*([,，．.:：])$/;

/**
 * Whether the level-1 heading `h` read on line `i`, its numeral followed by another mark than 、 (`三.`, `三．`, `三，`,
 * `三：`, `三:`), is no section heading (brk175 #2, #3): prose numbers its lists so (`一：公开意识有待增强。`,
 * `一，加强业务培训。`, `一．完善制度；`), and `三.五`, `六.五` are numbers, not an ordinal and its mark. Such a line is a
 * section heading only when it is marked as a heading (`#` marks, an HTML heading) or its title is close to a section's
 * title of a format (as `isProseLine` measures it: half the words of the title or a variant); a numeral right after a
 * point (`三.五`) is no ordinal even then.
 */
function isLooseOrdinalLine(lines: LineIndex, i: number, h: Heading): boolean {
  const m = LOOSE_ORDINAL.exec(h.ordinal);
  if (!m) return false;
  const title = h.title.trim();
  if ((m[1] === '.' || m[1] === '．') && /^[一二三四五六七八九十〇零两0-9０-９]/.test(title)) return true;
  if (/^\s*(?:#|<h[1-6])/i.test(lines.line(i).replace(QUOTE_MARKERS, ''))) return false;
  return !namesSection(title);
}

/** Whether `title` is close to a section's title or one of its variants in some format (half of its words at least). */
function namesSection(title: string): boolean {
  const key = titleKey(title);
  return TEMPLATES.some((t) => {
    const idx = classifySection(title, t);
    if (idx < 0) return false;
    const s = t.sections[idx];
    return [s.title, ...s.variants].some((v) => bigramCoverage(titleKey(v.replace(/^[一二三四五六七八九十]+、/, '')), key) >= 0.5);
  });
}

/**
 * Which canonical section a level-1 heading names (index into the template's sections), by its title or variant, its
 * topic words, else a misspelling of one title (-1: none). Order matters: 行政复议 is tested before 公开申请 (`因政府信息公开申请行政复议…` is section 四).
 */
export function classifySection(title: string, template: Template): number {
  // (A title in traditional characters in a simplified draft, `三、收到和處理政府信息公開申請情況`, too little of the
  // text for the simplified view, is read by its simplified form: brk105 F3.)
  const key = titleKey(simplifiedChars(title));
  const { titles, keywords } = sectionMatchers(template);
  // Exact or variant titles first; then topic words, testing later sections first.
  for (let i = titles.length - 1; i >= 0; i--) if (titles[i].has(key)) return i;
  for (let i = keywords.length - 1; i >= 0; i--) if (keywords[i].some((re) => re.test(key))) return i;
  // Then a title misspelled so that its topic words are lost (`存在的主要门题及改进情况`): within section-title's
  // misspelling budget of exactly one section's title or variant, as section-title then says and fixes it.
  let found = -1, nearest = Infinity, tie = false;
  titles.forEach((set, i) => {
    for (const t of set) {
      const d = editDistance(key, t);
      if (d > titleTypoBudget(t.length) || d > nearest || (d === nearest && found === i)) continue;
      tie = d === nearest;
      nearest = d;
      found = i;
    }
  });
  return tie ? -1 : found;
}

const SPACED_LEVEL1 = /^([一二三四五六七八九十]{1,3})[ \t\u3000]+(\S.*)$/;

/** A numeral alone after `#` marks (`## 一`): the ordinal of a section heading typed before its title and its `、`. */
const BARE_NUMERAL = /^([一二三四五六七八九十]{1,3})$/;

/**
 * Whether `h` is a heading of its ordinal alone, no title (`## 一、`, `一、`, `## （一）`, `## 一`): a section heading typed
 * before its title when it stands at a section's place (`placeBareHeadings`).
 */
function isBareHeading(h: Heading): boolean {
  if (h.ordinalStyle === 'hash') return h.level <= 3 && BARE_NUMERAL.test(h.title.trim());
  return (h.level === 1 && h.ordinalStyle === 'cn' || h.ordinalStyle === 'paren') && !h.title.replace(/[\s\u3000*_]/g, '');
}

/** The number of `#` marks opening line `i` (0 without). */
function hashMarks(lines: LineIndex, i: number): number {
  return /^\s*(#*)/.exec(lines.line(i))![1].length;
}

/**
 * `headings` with each heading of its ordinal alone (`isBareHeading`: `## 一、`, `一、`, `## 一`, `## （一）`) that stands at
 * the place of the section of its number read as that section's heading, its title missing (brk143 #1: it was
 * section-missing, and the fix inserted a second `一、总体情况` under it); the others dropped (an ordinal alone is no
 * heading elsewhere). At the section's place: no other level-1 heading names the section, the one above naming a
 * section (if any) names an earlier one and the one below a later one; `（一）` and `一` must carry `#` marks, as many as
 * the section headings have (a `### （二）` under a section is a sub-heading). Read as level 1 (`## 一` and `## （一）`
 * with `writtenStyle`, as section-order then says); model's `readSectionsByPlace` gives them their section.
 */
function placeBareHeadings(lines: LineIndex, headings: Heading[]): Heading[] {
  if (!headings.some(isBareHeading)) return headings;
  const modern = templateOf('2021');
  const tops = headings.filter((h) => h.level === 1 && h.ordinalStyle === 'cn' && !isBareHeading(h)).map((h) => ({ line: h.line, idx: classifySection(h.title, modern) }));
  const marks = tops.map((t) => hashMarks(lines, t.line));
  const sectionMarks = marks.length ? Math.min(...marks) : 0;
  const out: Heading[] = [];
  const taken = new Set<number>();
  for (const h of headings) {
    if (!isBareHeading(h)) {
      out.push(h);
      continue;
    }
    const numeral = h.ordinalStyle === 'hash' ? BARE_NUMERAL.exec(h.title.trim())![1] : '';
    const value = numeral ? chineseNumeral(numeral) : h.ordinalValue;
    const idx = value - 1;
    const above = tops.filter((t) => t.line < h.line && t.idx >= 0).pop();
    const below = tops.find((t) => t.line > h.line && t.idx >= 0);
    const atPlace = idx >= 0 && idx < modern.sections.length && !taken.has(idx) && !tops.some((t) => t.idx === idx) &&
      !(above && above.idx >= idx) && !(below && below.idx <= idx);
    const own = h.level === 1 && h.ordinalStyle === 'cn';
    const hashes = hashMarks(lines, h.line);
    if (!atPlace || (!own && (!hashes || (tops.length > 0 && hashes !== sectionMarks)))) continue;
    taken.add(idx);
    if (own) {
      out.push(h);
      continue;
    }
    if (h.ordinalStyle === 'paren') {
      out.push({ ...h, level: 1, ordinalStyle: 'cn', canonical: -1, writtenStyle: 'paren' });
      continue;
    }
    // `## 一`: the numeral is the ordinal, the title (empty) after it.
    const start = h.titleRange.start;
    const at = start.character + h.title.indexOf(numeral) + numeral.length;
    out.push({
      ...h, level: 1, ordinal: numeral, ordinalValue: value, ordinalStyle: 'cn', title: '', canonical: -1, writtenStyle: 'spaced',
      ordinalRange: { start: { line: start.line, character: at - numeral.length }, end: { line: start.line, character: at } },
      titleRange: { start: { line: start.line, character: at }, end: { line: start.line, character: at } },
    });
  }
  return out;
}

/**
 * Whether `title` (without its ordinal) is section `idx`'s title with characters missing at its end: empty (`## 一、`,
 * a heading typed before its title) or a beginning of the section's title or of a variant (`一、总体`, `六、其他`).
 */
export function isCutTitle(title: string, idx: number, template: Template): boolean {
  const { titles } = sectionMatchers(template);
  if (!(idx >= 0 && idx < titles.length)) return false;
  const key = titleKey(simplifiedChars(title));
  if (!key) return !title.replace(/[\s\u3000*_#]/g, '');
  for (const t of titles[idx]) if (t.length > key.length && t.startsWith(key)) return true;
  return false;
}

/**
 * The level-1 headings (`top`, classified by `classifySection`) that name no section but stand at a section's place
 * with its ordinal and its title missing or cut short (`isCutTitle`: `## 一、`, `一、总体`, `六、其他`): read as that
 * section (brk143 #1, #2), section-title then saying the title and completing it in place. At its place: no other
 * heading names the section, the section heading above it (if any) is of an earlier section and the one below it (if
 * any) of a later one. (Pre-2019 reports had no fixed titles: they are classified again against their list.)
 */
function readSectionsByPlace(top: Heading[], template: Template): void {
  const named = new Set(top.map((h) => h.canonical).filter((c) => c >= 0));
  top.forEach((h, k) => {
    const idx = h.ordinalValue - 1;
    // (Not a title with words after it on its line, `五、存在主要问题。改进情况。`: a sentence, no cut title.)
    if (h.canonical >= 0 || named.has(idx) || isRunIn(h) || !isCutTitle(h.title, idx, template)) return;
    const before = top.slice(0, k).filter((o) => o.canonical >= 0).pop();
    const after = top.slice(k + 1).find((o) => o.canonical >= 0);
    if ((before && before.canonical >= idx) || (after && after.canonical <= idx)) return;
    h.canonical = idx;
    named.add(idx);
  });
}

/** A character of an agency's name in a report's title (no white space or punctuation). */
export const TITLE_AGENCY_CHAR = String.raw`[^\s:：，,。、；;《》“”"|（）()]`;
/** The end of a report's title after the agency's name: `2024年政府信息公开工作年度报告` (`年度` too, spaces allowed). */
export const TITLE_YEAR_END = String.raw`\s*${YEAR_SOURCE}\s*年\s*度?\s*政府信息公开工作年度报告`;

/**
 * A whole report's title (a heading's, without its ordinal): `某某市甲局2024年政府信息公开工作年度报告`, the agency's name
 * (without punctuation) before the year, or none.
 */
const REPORT_TITLE = new RegExp(String.raw`^${TITLE_AGENCY_CHAR}{0,40}?${TITLE_YEAR_END}$`);

/** The title of a heading read by `readNumberedTitles`: `一、某某市甲局2024年政府信息公开工作年度报告`. */
const NUMBERED_TITLE = new RegExp(String.raw`^[一二三四五六七八九十]{1,3}\s*[、,，．.]\s*${REPORT_TITLE.source.slice(1)}`);

/** `restyledSectionIndex`'s answer for each heading asked about. */
const restyledCache = new WeakMap<Heading, number>();

/**
 * The template section (0-based index) that a heading numbered in another style than `一、` is, or -1:
 * `（一）总体情况` (as the 〔2021〕30号 body numbers them, also with its `。`), `1、总体情况`, `### 1. 总体情况`,
 * `## 一 总体情况`, when its title (without the ordinal) is that section's title or listed variant exactly and its
 * number is that section's. Sub-headings (`（一）主动公开`, `1.…`) are never titles of sections: -1. Where the heading
 * stands is not looked at (see `readRestyledSections`, and `laterReports` for the reports of a 汇编).
 */
export function restyledSectionIndex(h: Heading): number {
  if (h.ordinalStyle === 'cn') return -1;
  // Read once per heading: the parse and `laterReports` both ask, and a line unchanged in the editor's next version
  // keeps its heading object (a long draft has thousands of sub-headings).
  let idx = restyledCache.get(h);
  if (idx !== undefined) return idx;
  if (h.ordinalStyle === 'paren' || h.ordinalStyle === 'arabic' || h.ordinalStyle === 'capital') idx = sectionNumbered(h.title, h.ordinalValue);
  else {
    // `## 一 总体情况`: the numeral and the title apart, without `、`.
    const m = SPACED_LEVEL1.exec(h.title);
    idx = m ? sectionNumbered(m[2], chineseNumeral(m[1])) : -1;
  }
  restyledCache.set(h, idx);
  return idx;
}

/** The section index (0-based) that a title numbered `value` (1-based) is, or -1. */
function sectionNumbered(title: string, value: number): number {
  const { titles } = sectionMatchers(templateOf('2021'));
  // Most such headings are sub-headings (thousands in a long draft): the number is checked before the title's key.
  if (!(value >= 1 && value <= titles.length)) return -1;
  // And the same few dozen titles over and over (`（一）主动公开` under each department): each title's section once.
  let idx = sectionOfTitle.get(title);
  if (idx === undefined) {
    const key = titleKey(title);
    idx = titles.findIndex((t) => t.has(key));
    if (sectionOfTitle.size >= SECTION_OF_TITLE_MAX) sectionOfTitle.clear();
    sectionOfTitle.set(ownCopy(title), idx);
  }
  return idx + 1 === value ? idx : -1;
}

/** `sectionNumbered`'s section of a title (own copies: a title is a slice of a document), at most this many. */
const sectionOfTitle = new Map<string, number>();
const SECTION_OF_TITLE_MAX = 4096;

/** Whether a heading's line goes on after its title: a paragraph run in (`(二)主动公开政府信息情况。一是…`). */
function isRunIn(h: Heading): boolean {
  return h.range.end.line === h.titleRange.end.line && h.range.end.character > h.titleRange.end.character + 1;
}

/**
 * `headings` with the headings that are the template's sections numbered in another style (`restyledSectionIndex`)
 * read as level-1 section headings (new objects, `writtenStyle` set). A heading is read so when no `一、` heading
 * names that section and no other such heading does, it stands in the sections' order among the `一、` sections and
 * the other such headings, and the `一、` heading above it (if any) names a section of the template (a `一、` over
 * `（一）总体情况` that names neither a section nor the report, `readNumberedTitles`, stays as it is). Two reports in
 * one text (a 汇编) repeat their titles: none is read so here, each is in its own part (model/combined.ts).
 * Under a report title numbered `一、` (`readNumberedTitles`), `（一）` is the sections' right ordinal, one level
 * below the title's: such a heading is read without `writtenStyle` (section-order has nothing to say of it).
 */
function readRestyledSections(headings: Heading[]): Heading[] {
  const modern = templateOf('2021');
  const isTop = (h: Heading) => h.level === 1 && h.ordinalStyle === 'cn';
  type Candidate = { at: number; idx: number; heading: Heading };
  const found: Candidate[] = [];
  // Whether a report title numbered `一、` stands above (its sections then rightly `（一）`; the report's own title
  // may follow it unnumbered). A text of several reports is read report by report, each from its title on.
  let numberedTitle = false;
  headings.forEach((h, at) => {
    if (h.ordinalStyle === 'hash' && NUMBERED_TITLE.test(h.title)) numberedTitle = true;
    if (isTop(h)) return;
    const idx = restyledSectionIndex(h);
    if (idx < 0) return;
    let made: Heading;
    if (h.ordinalStyle === 'paren' && numberedTitle) made = { ...h };
    // (`1、总体情况` there is one level too deep: its ordinal should be `（一）`.)
    else if (h.ordinalStyle === 'arabic' && numberedTitle) made = { ...h, writtenStyle: 'arabic', expectedStyle: 'paren' };
    else if (h.ordinalStyle !== 'hash') made = { ...h, writtenStyle: h.ordinalStyle as 'paren' | 'arabic' | 'capital' };
    else {
      const m = SPACED_LEVEL1.exec(h.title)!;
      const start = h.titleRange.start;
      const ts = start.character + h.title.length - m[2].length;
      made = {
        ...h, ordinal: m[1], ordinalValue: chineseNumeral(m[1]), title: m[2], writtenStyle: 'spaced',
        ordinalRange: { start, end: { line: start.line, character: start.character + m[1].length } },
        titleRange: { start: { line: start.line, character: ts }, end: h.titleRange.end },
      };
    }
    found.push({ at, idx, heading: { ...made, level: 1, ordinalStyle: 'cn', canonical: -1 } });
  });
  if (!found.length) return headings;
  const tops = headings.filter(isTop).map((h) => ({ line: h.line, idx: classifySection(h.title, modern) }));
  const named = new Set(tops.map((t) => t.idx));
  // One candidate per section; of several, the one heading on a line of its own when the others run a paragraph in
  // after the title (`(二)主动公开政府信息情况。一是…`, a point of section 一 named as section 二 is).
  const only = (c: Candidate) => {
    const same = found.filter((o) => o.idx === c.idx);
    return same.length === 1 || (!isRunIn(c.heading) && same.filter((o) => !isRunIn(o.heading)).length === 1);
  };
  const ok = found.filter((c) => !named.has(c.idx) && only(c));
  const ordered = [...tops.filter((t) => t.idx >= 0), ...ok.map((c) => ({ line: c.heading.line, idx: c.idx }))];
  const take = ok.filter((c) => {
    const above = tops.filter((t) => t.line < c.heading.line).pop();
    if (above && above.idx < 0) return false;
    return ordered.every((o) => o.line === c.heading.line || (o.line < c.heading.line ? o.idx < c.idx : o.idx > c.idx));
  });
  if (!take.length) return headings;
  const out = headings.slice();
  for (const c of take) out[c.at] = c.heading;
  return out;
}

/**
 * `headings` with each `一、` heading whose title is a whole report's title (`## 一、某某市甲局2024年政府信息公开工作年度报告`,
 * as a 汇编 numbers the reports it holds, one agency per heading) read as that report's title: a heading without an
 * ordinal (a new object, `hash` style, the ordinal in its title), no section of the report. The sections under it
 * (`### （一）总体情况`…) are then the report's (`readRestyledSections`), and the title is the report's (`detectYear`).
 */
function readNumberedTitles(lines: LineIndex, headings: Heading[]): Heading[] {
  if (!headings.some((h) => h.level === 1 && h.ordinalStyle === 'cn' && REPORT_TITLE.test(h.title))) return headings;
  return headings.map((h) => {
    if (!(h.level === 1 && h.ordinalStyle === 'cn' && REPORT_TITLE.test(h.title))) return h;
    const start = h.ordinalRange.start;
    const title = lines.line(h.line).slice(start.character, h.titleRange.end.character);
    return {
      ...h, ordinal: '', ordinalValue: 0, ordinalStyle: 'hash', title, canonical: -1,
      titleRange: { start, end: h.titleRange.end }, ordinalRange: { start, end: start },
    };
  });
}

/** The fewest sections a report renumbered `（一）`… must have for `readRenumberedSections` (the formats have 6 or 7). */
const RENUMBERED_MIN = 5;

/**
 * `headings` with the section headings of a report that numbers them `（一）`…`（七）` instead of `一、`… (and has no
 * `一、` heading at all) read as level-1 section headings, as `readRestyledSections` reads those whose titles are
 * the 2021 titles exactly (`writtenStyle` `paren`). Its sub-headings are numbered `（一）` or `(一)` too, and restart
 * under each section: the sections are the one run `（一）`, `（二）`, … numbered without a gap, each after the one
 * before: at each number the first heading whose title names a section of a format (by its title or topic words, as
 * `classifySection` reads them) before the next number's such heading, else the first heading of that number. At
 * least `RENUMBERED_MIN` headings, three in four of them named so and in the sections' order; else `headings` as
 * they are. `renumbered`: the 0-based lines of the headings read so (empty when none are).
 */
function readRenumberedSections(headings: Heading[]): { headings: Heading[]; renumbered: Set<number> } {
  const none = { headings, renumbered: new Set<number>() };
  if (headings.some((h) => h.level === 1 && h.ordinalStyle === 'cn')) return none;
  const formats = [templateOf('pre2019'), templateOf('2021')];
  const sectionOf = (h: Heading) => {
    for (const t of formats) {
      const i = classifySection(h.title, t);
      if (i >= 0) return i;
    }
    return -1;
  };
  const chain: { at: number; idx: number }[] = [];
  let from = 0;
  for (let value = 1; ; value++) {
    let pick = -1, idx = -1, next = false;
    for (let at = from; at < headings.length; at++) {
      const h = headings[at];
      if (h.ordinalStyle !== 'paren') continue;
      // The next section (its number, naming a section) ends the search: the section for `value` stands before it.
      // (A sub-heading numbered so, `(三)规范管理`, names none.)
      if (h.ordinalValue === value + 1 && pick >= 0 && !next && sectionOf(h) >= 0) next = true;
      if (h.ordinalValue !== value) continue;
      if (next) break;
      const i = sectionOf(h);
      if (pick < 0) pick = at;
      if (i >= 0) {
        [pick, idx] = [at, i];
        break;
      }
    }
    if (pick < 0) break;
    chain.push({ at: pick, idx });
    from = pick + 1;
  }
  const named = chain.filter((c) => c.idx >= 0);
  const inOrder = named.every((c, k) => k === 0 || c.idx >= named[k - 1].idx);
  if (chain.length < RENUMBERED_MIN || named.length * 4 < chain.length * 3 || !inOrder) return none;
  const out = headings.slice();
  for (const c of chain) out[c.at] = { ...headings[c.at], level: 1, ordinalStyle: 'cn', canonical: -1, writtenStyle: 'paren' };
  return { headings: out, renumbered: new Set(chain.map((c) => headings[c.at].line)) };
}

/** Most characters of a wrapped heading's second line (the rest of a section title). */
const MAX_WRAP = 20;

/**
 * `h`, or when it is a level-1 heading whose title a PDF's text wrapped onto the next line (`pdftotext` of a narrow
 * page: `四、政府信息公开行政复议、行政诉` / `讼情况`, `五、存在的主要问` / `题及改进情况`), the heading spanning both
 * lines: its `title` the two parts joined, its `titleRange` and `range` ending at the end of the next line's text
 * (so a fix of the title replaces both lines' parts). Joined when the heading is a plain line (no `#`, bold or HTML
 * markup) whose title runs to the end of its line and is no section title of the 2019/2021 formats alone, and the
 * next line is short text (at most `MAX_WRAP` characters, no heading, no table cell, no sentence inside) that makes
 * with it a section title, its variant, or one within section-title's misspelling budget of a title and nearer to
 * it than the first line alone. Wrapped twice, the three lines when they make such a title and the first two do not.
 */
function joinWrappedTitle(lines: LineIndex, h: Heading): Heading {
  if (h.level !== 1 || h.ordinalStyle !== 'cn' || h.titleRange.end.line !== h.line || h.line + 1 >= lines.lineCount) return h;
  const line = lines.line(h.line);
  if (h.range.start.character !== h.ordinalRange.start.character || line.slice(h.titleRange.end.character).trim()) return h;
  // The text of line `i` when it may be a wrapped title's rest, else null.
  const restAt = (i: number): string | null => {
    if (i >= lines.lineCount) return null;
    const rest = lines.line(i).trim();
    return !rest || rest.length > MAX_WRAP || !/^[\u4e00-\u9fff]/.test(rest) || /[|｜\t。；;：:]/.test(rest.slice(0, -1)) || readHeading(lines, i) ? null : rest;
  };
  const rest = restAt(h.line + 1);
  if (rest === null) return h;
  const { titles } = sectionMatchers(templateOf('2021'));
  const alone = titleKey(h.title);
  if (titles.some((t) => t.has(alone))) return h;
  const fits = (joined: string) => titles.some((t) => t.has(joined)) || templateOf('2021').sections.some((sec) => {
    const want = titleKey(sec.title.replace(/^[一二三四五六七八九十]+、/, ''));
    const d = editDistance(joined, want);
    return d <= titleTypoBudget(want.length) && d < editDistance(alone, want);
  });
  const span = (last: number, title: string): Heading => {
    const text = lines.line(last);
    const end = { line: last, character: text.trimEnd().length };
    return { ...h, title, titleRange: { start: h.titleRange.start, end }, range: { start: h.range.start, end } };
  };
  const two = titleKey(h.title + rest);
  // Wrapped twice (`五、存在的` / `主要问题及` / `改进情况`): the three lines, when they make a title nearer to a
  // section's than the first two do (these may be within the misspelling budget: `政府信息公开` / `行政复议、行政`).
  const third = !titles.some((t) => t.has(two)) ? restAt(h.line + 2) : null;
  if (third !== null && fits(titleKey(h.title + rest + third)) && nearest(titleKey(h.title + rest + third)) < nearest(two)) return span(h.line + 2, h.title + rest + third);
  return fits(two) ? span(h.line + 1, h.title + rest) : h;
}

/** The edit distance from a title key to the nearest 2021 section title (without its ordinal) or variant. */
function nearest(key: string): number {
  let d = Infinity;
  for (const set of sectionMatchers(templateOf('2021')).titles) for (const t of set) d = Math.min(d, editDistance(key, t));
  return d;
}

const matcherCache = new WeakMap<Template, { titles: Set<string>[]; keywords: RegExp[][] }>();
/** Title keys and compiled keyword patterns of a template's sections, computed once per template. */
function sectionMatchers(template: Template) {
  let m = matcherCache.get(template);
  if (!m) {
    m = {
      titles: template.sections.map((s) => new Set([s.title, ...s.variants].map((v) => titleKey(v.replace(/^[一二三四五六七八九十]+、/, ''))))),
      keywords: template.sections.map((s) => s.keywords.map((k) => new RegExp(k))),
    };
    matcherCache.set(template, m);
  }
  return m;
}

/**
 * Reads a report draft into the template model: headings and sections, 表二/表三/表四 with every value cell and
 * its source range, the report year and the format. One linear pass over the lines plus bounded work per table.
 * Never throws on any text; what cannot be read is absent from the model. Given the version the text was edited
 * from (`options.previous`), the headings and tables of unchanged lines are taken from it instead of read again.
 * `text`: the draft, or its `LineIndex` (a language server's document kept as lines: `LineIndex.fromLines`, whose
 * text is joined only if a reader asks for it whole).
 */
export function parseReport(text: string | LineIndex, options: ParseOptions = {}): Report {
  const written = typeof text === 'string' ? new LineIndex(text) : text;
  // A text quoted as a whole is read without its markers (model/quoted.ts).
  const quoted = options.blockquote === 'as-written' ? null : unquotedText(written);
  if (quoted) {
    const report = parseReport(quoted.lines, { ...options, blockquote: 'as-written', previous: undefined });
    report.extras.quoted = quoted;
    return report;
  }
  // HTML rows run together on a line are read from the text with each on a line of its own (brk89 #1); not in a
  // JSON document (nianbao's own SARIF quotes `<h2>` and `<p>` in its messages: split, it would no longer parse).
  const rowBreaks = options.packedRows === 'as-written' || jsonDocument(written, options.fileName) ? null : splitPackedRows(written, options.previous ? readingsOf.get(options.previous)?.lines : undefined);
  if (!rowBreaks) return parseGiven(written, options);
  const report = parseGiven(rowBreaks.lines, { ...options, previous: undefined });
  report.extras.rowBreaks = rowBreaks;
  return report;
}

function parseGiven(given: LineIndex, options: ParseOptions): Report {
  const report = readReport(given, options, false);
  // A simplified text with a part in traditional characters (one table pasted from a `big5` mirror: its labels
  // unread, helper-221 #8) is read through the view too, when a table is missing or broken (only then is the text
  // searched for that part); a fix writes words only on lines the view left as they are (see `check.ts`).
  // (Or rows read as misspellings or by their place: a table with some rows in traditional characters, helper-226 B7.)
  const { t2, t3, t4 } = report.tables;
  if (report.extras.traditional || (t2 && t3 && t4 && !t2.broken && !t3.broken && !t4.broken && !unsureRows(report))) return report;
  const part = traditionalPart(given, options.previous);
  if (part.counts) traditionalCountsOf.set(report, part.counts);
  if (!part.mixed) return report;
  // (Taken when it reads more of the tables, or as many with fewer rows unsure.)
  const viewed = readReport(given, options, true);
  const score = (r: Report) => readTables(r) * 10000 - unsureRows(r);
  const chosen = score(viewed) > score(report) ? viewed : report;
  if (part.counts) traditionalCountsOf.set(chosen, part.counts);
  return chosen;
}

/** Per report read with an earlier version (a language server's), its lines' traditional characters. */
const traditionalCountsOf = new WeakMap<Report, { lines: LineIndex; counts: Uint8Array }>();

/**
 * Whether `given` has a part in traditional characters (`hasTraditionalPart`). Given the version it was edited from,
 * from the counts kept with that version for the lines that did not change (a simplified draft with a misspelt row
 * label is asked at every keystroke: a search of the whole text cost about 2 ms on a 10,000-line draft), and the
 * counts to keep with this version. Without one, the search stops at the first lines that answer it.
 */
function traditionalPart(given: LineIndex, previous: Report | null | undefined): { mixed: boolean; counts?: { lines: LineIndex; counts: Uint8Array } } {
  if (previous === undefined) return { mixed: hasTraditionalPart(given) };
  const before = previous ? traditionalCountsOf.get(previous) : undefined;
  const { counts, mixed } = traditionalLineCounts(given, before && { counts: before.counts, diff: diffLines(before.lines, given) });
  return { mixed, counts: { lines: given, counts } };
}

/**
 * `fields` as a report whose `text` is read from `lines` when asked (an index made from lines joins them only then:
 * `LineIndex.fromLines`). Made here, not in `readReport`: a getter made there holds that call's whole scope, its
 * `options.previous` among it, so that each version of an edited draft kept the version before it alive, and that
 * one the version before it (a language server's memory grew by about 0.8 MB a keystroke on the 10,000-line bench
 * draft, and its garbage collection slowed with it).
 */
function withText(lines: LineIndex, fields: Omit<Report, 'text'>): Report {
  return {
    get text() {
      return lines.text;
    },
    ...fields,
  };
}

/** How many of 表二, 表三 and 表四 `report` read and did not find broken. */
function readTables(report: Report): number {
  return Object.values(report.tables).filter((t) => t && !t.broken).length;
}

/** How many rows of `report`'s tables were read as misspellings or by their place only (with cells). */
function unsureRows(report: Report): number {
  let n = 0;
  for (const t of Object.values(report.tables)) for (const r of t?.rows ?? []) if (r.match.kind === 'misspelled' || (r.match.kind === 'positional' && r.cells.some((c) => c !== null))) n++;
  return n;
}

/** `parseReport` of `given`, read through its simplified view when it is traditional or `mixed` is set. */
function readReport(given: LineIndex, options: ParseOptions, mixed: boolean): Report {
  // A report in traditional characters is read through its simplified view, which has the same offsets (see
  // text/script.ts); a version of it is read afresh, not from the one before.
  const traditional = isTraditional(given);
  const seen = traditional || mixed ? simplifiedView(given) : given;
  // Markdown code (a fenced block) is read as blanks: quoted rows and sentences are no part of the report
  // (text/code.ts). A fix does not touch it (check.ts). Not in a plain-text file, where nothing is Markdown.
  // (The lines of the version this one was edited from, when it was read as given: the searches for code fences, `丨`
  // and comments look only at the lines edited since.)
  const basis = options.previous && seen === given ? readingsOf.get(options.previous)?.lines : undefined;
  const code = PLAIN_TEXT_FILE.test(options.fileName ?? '') ? null : codeView(seen, basis);
  // A table whose cells are separated by `丨` (U+4E28) is read as one written with `｜` (text/bars.ts; brk113 #3).
  const bars = barView(code?.lines ?? seen, code ? undefined : basis);
  const lines = bars ?? code?.lines ?? seen;
  if (lines === given && basis) commentSpans(given, basis);
  if ((traditional || mixed || code || bars) && options.previous !== undefined) options = { ...options, previous: undefined };
  const rd = new TextReader(lines);
  const n = lines.lineCount;
  const keep = options.previous !== undefined;
  const prev = options.previous ? readingsOf.get(options.previous) : undefined;
  const diff = prev ? diffLines(prev.lines, lines) : null;
  /** Whether line `i` is a line of the previous version, unchanged and at the same index. */
  const sameLine = (i: number) => diff !== null && (i < diff.start || (i >= diff.end && diff.delta === 0));
  /**
   * Whether every line within `ONE_CELL_REACH` + 1 of line `i` is `sameLine`: the window misses the changed lines (those
   * after them count only when no line was added or removed). Worked out from the diff, not line by line: it is asked
   * of every line on every keystroke.
   */
  const unchangedAround = (i: number) => {
    if (!diff) return false;
    const lo = Math.max(0, i - ONE_CELL_REACH - 1), hi = Math.min(n - 1, i + ONE_CELL_REACH + 1);
    return diff.delta === 0 ? Math.max(lo, diff.start) >= Math.min(hi + 1, diff.end) : hi < diff.start;
  };
  if (prev && diff) rd.followOn(prev.reader, diff);
  if (keep && !lines.madeFromLines) {
    // What is kept for the next version must not hold this text: a string sliced from a line would keep the whole
    // text alive for as long as a later version reuses it. Lines are own copies, made once per changed line.
    // (Lines given as lines are the caller's own strings, kept by its document anyway: they are kept as they are,
    // and a line unchanged in the next version is the same string there, compared at once.)
    for (let i = 0; i < n; i++) lines.shareLine(i, prev && sameLine(i) ? prev.lines.line(i) : ownCopy(lines.line(i)));
  }
  // The signatures of a line key, remembered across versions (a bounded cache of a pure function).
  let sigMemo = prev?.signatures;
  if (keep && (!sigMemo || sigMemo.size > 4 * n + 1000)) sigMemo = new Map();
  const lineHeadings: LineReadings['headings'] = keep ? new Array(n) : [];
  const lineMalformed: LineReadings['malformed'] = keep ? new Array(n) : [];
  const lineKept = new Uint8Array(keep ? n : 0);
  let headings: Heading[] = [];
  const malformed: MalformedOrdinal[] = [];
  for (let i = 0; i < n; i++) {
    // An unchanged line at the same index reads the same (the objects are shared between the versions); level-1
    // headings are read again because this function updates them (`canonical`, `level`).
    let h: Heading | null | undefined;
    let m: MalformedOrdinal | null | undefined;
    // (Its neighbours unchanged too: a line inside an HTML paragraph pretty-printed over three lines reads as a heading
    // by the lines around it, see `readHeading`.)
    // (Up to `ONE_CELL_REACH` + 1 lines either side for a heading in a one-cell table's row, read by the table's other
    // rows (delimiter, empty rows, grid borders) and the line past them.)
    if (prev && unchangedAround(i)) {
      lines.line(i); // fills the line cache as reading the line would (the cache is part of the model's JSON)
      h = prev.headings[i];
      if (h && h.ordinalStyle !== 'cn') {
        // Kept or not as in the previous version (the test below reads only the title).
        lineHeadings[i] = h;
        if ((lineKept[i] = prev.kept[i])) headings.push(h);
        if (h.ordinalStyle === 'hash') {
          const pm = prev.malformed[i];
          if (keep) lineMalformed[i] = pm;
          if (pm) malformed.push(pm);
        }
        continue;
      }
      if (h) h = undefined;
      else if (h === null) m = prev.malformed[i];
    }
    if (h === undefined) h = readHeading(lines, i);
    if (keep) lineHeadings[i] = h;
    // A `#` heading without an ordinal may be one whose ordinal lost a character (`### 三)政府信息管理`, `## （三政府…`):
    // read as the line without its `#` marks is (brk162 #2: only plain and bold lines were).
    if (h && h.ordinalStyle === 'hash') {
      m = readMalformedOrdinal(lines, i);
      if (keep) lineMalformed[i] = m;
      if (m) malformed.push(m);
    }
    if (h) {
      // A heading in a one-cell table (`| 一、总体情况 |`) is kept when its title is a section's (brk113 #1): a one-cell
      // table of other text (`| 一、本年新收政府信息公开申请数量 |`, a note) is no heading.
      if (isCellHeading(lines.line(i), h) && !isSectionTitle(h.title)) continue;
      if (h.level === 1 && h.ordinalStyle === 'cn' && ((isTableRowHeading(h) && !isBareHeading(h)) || isTabGroupRow(lines, i) || isSpaceGroupRow(lines, i) || isProseLine(lines, i, h) || isLooseOrdinalLine(lines, i, h))) continue;
      if (isTabRow(lines.line(i)) || isSpaceRow(lines.line(i))) continue;
      // A numbered sentence of content (`（二）2023年，共承办…68件…。`) is no sub-heading.
      if (isItemSentence(lines, i, h)) continue;
      // (A heading of its ordinal alone, `## 一、`, `一、`, `## （一）`, is kept for `placeBareHeadings`.)
      if (!/[\u4e00-\u9fffA-Za-z]/.test(h.title) && !isBareHeading(h)) continue;
      if (keep) lineKept[i] = 1;
      headings.push(h);
      continue;
    }
    if (m === undefined) m = readMalformedOrdinal(lines, i);
    if (keep) lineMalformed[i] = m;
    if (m) malformed.push(m);
  }
  // A section heading that a PDF's text wrapped onto the next line (`四、政府信息公开行政复议、行政诉` / `讼情况`) is one
  // heading spanning both lines.
  headings = headings.map((h) => joinWrappedTitle(lines, h));
  // A heading commented out (`<!--` / `## 三、…` / `-->`) is none: a rendered report shows no such line (brk91 #7).
  const comments = commentSpans(lines);
  if (comments.length) {
    headings = headings.filter((h) => !lineInComment(lines, comments, h.line));
    for (let k = malformed.length - 1; k >= 0; k--) if (lineInComment(lines, comments, malformed[k].line)) malformed.splice(k, 1);
  }
  // A table of contents lists headings (a report's own sections, a 汇编's reports) that are not headings there.
  const contents = tablesOfContents(lines, (what) => rd.linesFound(what));
  if (contents.length) headings = headings.filter((h) => !contents.some((c) => h.line > c.start && h.line < c.end));
  // The template's section titles numbered in another style (`（一）总体情况。` as the 30号 body writes them, `1、总体情况`)
  // are the sections; a 汇编's `一、某某局2024年政府信息公开工作年度报告` is a report's title, no section.
  headings = readRestyledSections(readNumberedTitles(lines, headings));
  // A whole report numbered `（一）`…`（七）` (no `一、` heading): its sections, among sub-headings numbered so too.
  // (They count as sections below, unlike other restyled headings: they were read as a whole report's.)
  const read = readRenumberedSections(headings);
  headings = placeBareHeadings(lines, read.headings);
  const renumbered = read.renumbered;
  const level1 = () => new Set(headings.filter((h) => h.level === 1 && h.ordinalStyle === 'cn').map((h) => h.line));
  const spans: ReportExtras['spans'] = {};
  // The first 表三 may be last year's, for comparison, above the report's own (`ownTable3`): the report year is read
  // early for that (as below, from the introduction before the first section heading) only when its caption names a year.
  const t3first = findTable3(rd, 0, n, level1());
  const earlyYear = () => options.year ?? detectYear(lines, headings.find((h) => h.level === 1 && h.ordinalStyle === 'cn')?.line ?? -1, contents).year;
  const t3found = t3first && ownTable3(rd, t3first, n, level1(), earlyYear);
  // 表三 printed as two tables one under the other: read as one (or, when its halves do not line up, said so).
  const t3more = t3found ? continueTable3(rd, t3found, n, level1()) : null;
  const t3span = t3more && 'span' in t3more ? t3more.span : t3found;
  const t3Cut = Boolean(t3more && 'unreadable' in t3more);
  if (t3span) {
    spans.t3 = t3span;
    headings = headings.filter((h) => h.line <= t3span.start || h.line >= t3span.end);
  }
  // The level-1 headings before nested lists are demoted: where a second table is looked for (see below).
  const topLines = level1();
  demoteNestedLists(headings);
  // Sections are classified against the 2021 titles (identical in 2019); pre-2019 reports are re-classified below.
  const modern = templateOf('2021');
  for (const h of headings) if (h.level === 1 && h.ordinalStyle === 'cn') h.canonical = classifySection(h.title, modern);
  const top = headings.filter((h) => h.level === 1 && h.ordinalStyle === 'cn');
  readSectionsByPlace(top, modern);
  const sectionLine = (idx: number, before = n): number => {
    const hs = top.filter((h) => h.canonical === idx && h.line < before);
    return hs.length ? hs[hs.length - 1].line : -1;
  };
  const nextTop = (line: number) => top.find((h) => h.line > line)?.line ?? n;

  // 表二: under 二, before 表三.
  const t3start = t3span?.start ?? n;
  const s2 = sectionLine(1, t3start);
  const s3 = sectionLine(2, t3start + 1);
  let t2span: LineSpan | null = null;
  {
    const from = s2 >= 0 ? s2 : 0;
    const limit = Math.min(t3start, s3 > from ? s3 : n);
    const f = s2 >= 0 || t3span ? findTable2(rd, from, limit) : null;
    if (f) t2span = table2End(rd, beforeUnitBreakdown(rd, { start: f.start, end: Math.min(limit, nextTop(f.start)) }));
    // Sections in another order (二 moved after 三): 表二 under 二, after 表三.
    const late = !f && s2 < 0 && t3span ? top.find((h) => h.canonical === 1 && h.line >= t3span.end) : undefined;
    const g = late ? findTable2(rd, late.line, nextTop(late.line)) : null;
    if (g) t2span = table2End(rd, beforeUnitBreakdown(rd, { start: g.start, end: nextTop(g.start) }));
    // 表二 given as an annex after the report's sections (`附表1：主动公开政府信息情况` under the signature, 表三 and
    // 表四 as 附表2/附表3), section 二 pointing to it: read there, as 表三 and 表四 given so are (brk144 #3: said
    // missing, its numbers "not checkable", and the fix inserted a second, blank 表二). Looked for after the last
    // template section's heading only (not in sections 三–六), and before 表三 when that is an annex below it.
    if (!t2span && s2 >= 0) {
      const later = top.filter((h) => h.line > s2 && h.canonical > 1);
      const after = later.length ? later[later.length - 1].line + 1 : nextTop(s2);
      const to = t3start > after ? t3start : n;
      const a = after < to ? findTable2(rd, after, to) : null;
      if (a) t2span = table2End(rd, beforeUnitBreakdown(rd, { start: a.start, end: to }));
    }
  }
  // 表四: after 表三 (or under 四).
  let t4span: LineSpan | null = null;
  {
    const s4 = top.find((h) => h.canonical === 3 && h.line >= (t3span?.end ?? 0))?.line ?? -1;
    const from = Math.max(t3span?.end ?? 0, s4);
    if (t3span || s4 >= 0) t4span = findTable4(rd, from, n, level1());
    // Sections in another order (四 moved before 三): 表四 under 四, before 表三.
    // So too when the 四 after 表三 has none: 表三 given in an appendix below the report, with a 行政复议 group of its own
    // in words only (`二、政府信息公开行政复议、行政诉讼情况` / `（见正文第四部分）`, brk182 #5: the body's 表四 said
    // unreadable).
    if (!t4span && t3span) {
      for (const early of top.filter((h) => h.canonical === 3 && h.line < t3span.start)) {
        t4span = findTable4(rd, early.line, Math.min(t3span.start, nextTop(early.line)), level1());
        if (t4span) break;
      }
    }
  }
  if (t2span) spans.t2 = t2span;
  if (t4span) spans.t4 = t4span;
  // Lines inside a table that read as sub-headings (a row label such as `（一）予以公开`) are not headings. 表四's
  // span is settled only once its numbers are read (below): its lines are sorted out there.
  const inside = (span: LineSpan | null | undefined, line: number) => Boolean(span && line > span.start && line < span.end);
  const notInTable = (span: LineSpan | null | undefined) => (h: Heading) => !(inside(span, h.line) && (h.level > 1 || h.ordinalStyle !== 'cn'));
  headings = headings.filter(notInTable(t2span));

  // Year and format.
  const firstTop = headings.find((h) => h.level === 1 && h.ordinalStyle === 'cn')?.line ?? -1;
  const yf = detectYear(lines, firstTop, contents);
  const year = options.year ?? yf.year;
  const signatures: ReportExtras['signatures'] = [];
  for (const span of [t2span, t3span]) {
    if (!span) continue;
    for (let i = span.start; i < span.end; i++) {
      // A line that is one HTML comment is no report text (a suppression, or the old numbers format-mixed's fix
      // keeps under a block it replaced): its words say nothing of the format.
      if (isCommentLine(lines.line(i))) continue;
      findSignatures(rd.key(i), i, signatures, sigMemo);
    }
  }
  for (let i = 0; i < Math.min(n, 40); i++) {
    const t = lines.line(i);
    if (t.includes('〔2019〕60号')) signatures.push({ format: '2019', text: '〔2019〕60号', line: i });
    if (t.includes('〔2021〕30号')) signatures.push({ format: '2021', text: '〔2021〕30号', line: i });
  }
  let format: DetectedFormat;
  let formatEvidence: string[];
  if (options.format) {
    format = options.format;
    formatEvidence = ['override'];
  } else {
    ({ format, evidence: formatEvidence } = chooseFormat([...signatures, ...table3Layout2019(rd, t3span, signatures)], year, !t2span || !t3span));
  }
  // The report year decides which formats are possible (templates.md §1): a report of 2008–2018 can only be in the
  // conventional form of the 2008 条例 (§2), and a later format's table pasted into it (a 2021 表三 in a 2015 report,
  // brk159 #1) does not make it that format. It is read as pre2019 (its sections checked against the conventional
  // list, no later table asked for or inserted); the tables it has are read with the template of the format they
  // show, so their own sums are still checked, and format-anachronism says once that they are of a later format.
  // Only a report whose section titles name more sections of the later format than of the conventional list is read
  // as that format (seed 003: a 2018 report written wholly in the 2019 format, its year or its tables wrong).
  let laterTables: FormatId | undefined;
  if (!options.format && year !== null && (format === '2019' || format === '2021') && formatForYear(year) === 'pre2019'
    && tablesShowFormat(formatEvidence) && !writtenInOlderForm(headings, templateOf(format), templateOf('pre2019'))) {
    laterTables = format;
    format = 'pre2019';
    formatEvidence = [`year ${year}`, 'sections'];
  }

  // Tables, read with the format's templates (表三 with both row lists; the better alignment wins).
  const tables: Partial<Record<TableId, TableModel>> = {};
  const table3Scores: ReportExtras['table3Scores'] = {};
  let foreign: ForeignRow[] = [];
  let extraT2: ExtraRow[] = [];
  const tplFor = (f: DetectedFormat) => (f === '2019' || f === '2021' ? templateOf(f) : f === 'pre2019' ? templateOf('2019') : templateOf('2021'));
  const tpl = tplFor(laterTables ?? format);
  let t3Template: Table3Template | undefined;
  if (t3span) {
    // The 2021 sub-rows of （六） named on their own lines settle the layout; otherwise both row lists are tried.
    const splitNamed = signatures.some((s) => s.format === '2021' && /逾期/.test(s.text) && s.line >= t3span.start && s.line < t3span.end);
    // Both row lists are aligned (the scores are kept); only the one that wins is read into a table.
    const r21 = alignTable3(rd, t3span, templateOf('2021').tables.t3!);
    table3Scores['2021'] = r21.score;
    // The table read is shared with other versions (see `TextReader.reading`): the layout is set on a copy.
    if (splitNamed && tpl.id === '2021') {
      tables.t3 = { ...readAlignedTable3(rd, t3span, r21), otherHandlingLayout: 'split' };
      t3Template = r21.template;
    } else {
      const r19 = alignTable3(rd, t3span, templateOf('2019').tables.t3!);
      table3Scores['2019'] = r19.score;
      const preferred = tpl.id === '2019' ? r19 : r21;
      const other = tpl.id === '2019' ? r21 : r19;
      let chosen = other.score > preferred.score + 1 ? other : preferred;
      let layout: 'single' | 'split' | 'unknown' = Math.abs(r19.score - r21.score) <= 1 ? 'unknown' : r19.score > r21.score ? 'single' : 'split';
      // A 2021 report's 表三 reads better with the 2019 row list when its （六） sub-rows are not there (a table cut
      // short at or before （六）, a draft not filled in): the 2019 list then has fewer rows to miss. Only a single
      // （六）其他处理 row with something in its cells is the 2019 layout; without one (the row absent, or the 2021
      // group label, blank as the template prints it) the table is the report's format with rows missing.
      if (chosen === r19 && tpl.id === '2021') {
        const six = readAlignedTable3(rd, t3span, r19).rows.find((r) => r.id === 'R3.6');
        const filled = !!six && six.match.kind !== 'absent' && six.cells.some((c) => c !== null && c.raw.trim() !== '');
        if (!filled) {
          chosen = r21;
          layout = six && six.match.kind !== 'absent' ? 'split' : 'unknown';
        }
      }
      tables.t3 = { ...readAlignedTable3(rd, t3span, chosen), otherHandlingLayout: layout };
      t3Template = chosen.template;
    }
    if (t3Cut && tables.t3 && !tables.t3.broken) {
      tables.t3 = {
        ...tables.t3,
        broken: {
          zh: '表三似乎被分成上下两张表（页面放不下全部列），但两张表的行对不上，只读出了前一张表的几列，未做逐行和勾稽检查',
          en: '表三 seems to be split into two tables one under the other (the page too narrow for its columns), but their rows do not line up; only the first table\'s columns were read, so rows and sums were not checked',
        },
      };
    }
  }
  if (t2span && tpl.tables.t2) {
    const r = readTable2(rd, t2span, tpl.tables.t2);
    // The item headings (`第二十条第（一）项`) with nothing of a table under them (the tables deleted, or given as
    // pictures): no row, column label or number read is no 表二, which table-missing reports and inserts (brk123 #1:
    // read as a table of absent rows, it was said by no rule and summed up as 与格式一致).
    if (headingsOnly(r)) delete spans.t2;
    else {
      tables.t2 = r.table;
      foreign = r.foreign;
      extraT2 = r.extra;
    }
  }
  if (t4span && tpl.tables.t4) {
    // A heading that merely names 行政复议 is not a table: keep 表四 only with numbers or its own header words.
    const t4 = readTable4(rd, t4span, tpl.tables.t4);
    // (Each word's lines are found once per version, after an edit in the changed lines only; no word crosses a line.)
    const headerWords = T4_HEADER_WORDS.filter((w) => rd.linesFound(w).some((i) => i >= t4span.start && i < t4span.end)).length;
    if ((t4.rows[0]?.cellCount ?? 0) > 0 || headerWords >= 2) {
      tables.t4 = t4;
      // The text after its 15 numbers is prose again (checked by the prose rules).
      if ((t4.rows[0]?.cellCount ?? 0) > 0) spans.t4 = { start: t4span.start, end: t4.range.end.line + 1 };
    } else delete spans.t4;
  }
  // Sub-headings after 表四's numbers (`（一）2024 年工作中存在问题的改进情况`) are the report's again.
  headings = headings.filter(notInTable(spans.t4));
  // HTML rows run together on a line (a minified page): the readers take a row a line, so what they read of 表二 or
  // 表三 is no reading (helper-221 #5: 22 false errors); table-unreadable says so, with the fix that splits the rows.
  for (const id of ['t2', 't3'] as const) {
    const t = tables[id];
    if (t && !t.broken && htmlRowsRunTogether(lines, t.range.start.line, t.range.end.line + 1) >= 0) tables[id] = { ...t, broken: PACKED_HTML_ROWS[id] };
  }
  // Another whole table of a kind below the one read: not read, but said (`table-repeated`).
  const repeatedTables = findRepeatedTables({ rd, headingLines: topLines, spans, tables, templates: { t2: tpl.tables.t2, t3: t3Template, t4: tpl.tables.t4 }, format, year });

  // A report of 2019 or later written wholly in the conventional form of the 2008 条例: no table, no sign of a
  // unified format, and section titles of the conventional list. Read as that form, its sections checked as such;
  // format-outdated says the rest once (an info for 2019, when 60号 only encouraged its format; an error from 2020,
  // when it was required), instead of three table-missing errors and the section findings of the unified form.
  if (!options.format && year !== null && format !== 'pre2019' && !Object.keys(tables).length && formatEvidence.length === 1 && formatEvidence[0].startsWith('year')) {
    if (writtenInOlderForm(headings, templateOf('pre2019'), templateOf(format as FormatId))) {
      format = 'pre2019';
      formatEvidence = [...formatEvidence, 'sections'];
    }
  }
  // Sections (pre-2019 reports are classified against their conventional list).
  if (format === 'pre2019') for (const h of headings) if (h.level === 1 && h.ordinalStyle === 'cn') h.canonical = classifySection(h.title, templateOf('pre2019'));
  // A list typed with level-1 ordinals that restarts at 一 inside a section and never resumes (`六、其他需要报告的事项` /
  // `一、落实上级年度政务公开工作要点情况` / `二、人大代表建议和政协提案办理结果公开情况`): no further sections (read by
  // the format's titles, so after the reclassification above).
  demoteTrailingLists(headings, yf.evidence.filter((e) => e.source === 'signature').map((e) => e.range.start.line));
  const annexStart = annexLine(lines, headings, rd, templateOf(format === 'pre2019' ? 'pre2019' : format === '2019' ? '2019' : '2021').sections.length);
  if (annexStart !== undefined) headings = headings.filter((h) => h.line < annexStart);
  const statsLines = annexStart !== undefined ? statsTableLines(lines, annexStart) : undefined;
  const tops = headings.filter((h) => h.level === 1 && h.ordinalStyle === 'cn');
  // One sweep: headings are in line order, so each section's children are the run up to the next section.
  const sections: Section[] = [];
  let k = 0;
  tops.forEach((h, i) => {
    const end = i + 1 < tops.length ? tops[i + 1].line : n;
    const tabs = (Object.keys(spans) as TableId[]).filter((id) => spans[id]!.start >= h.line && spans[id]!.start < end);
    while (k < headings.length && headings[k].line <= h.line) k++;
    const children: Heading[] = [];
    while (k < headings.length && headings[k].line < end) children.push(headings[k++]);
    sections.push({ heading: h, startLine: h.line, endLine: end, children, tables: tabs });
  });
  // (Sections numbered in another style count not: the 30号 body and guides to it list `（一）总体情况。`… too; such a
  // report is one by its title, period or tables; a whole report renumbered so, `readRenumberedSections`, counts.)
  const canonicalHits = new Set(tops.filter((h) => !h.writtenStyle || renumbered.has(h.line)).map((h) => h.canonical).filter((c) => c >= 0)).size;
  // A JSON document (a SARIF file of findings, whose quoted messages and fixes read like a report's lines) is no
  // report. Another regime's annual report (a university's 学年 report) is not read as one, however alike it looks.
  const json = jsonDocument(lines, options.fileName);
  // (Without a title read as a report's, the first line: `某某公司2024年度环境信息依法披露报告` names no 信息公开.)
  const regime = json ? null : otherRegime(lines, yf.title?.text ?? firstTextLine(lines), firstTop);
  // A text about reports (a news article on one, a guide to the formats) is none either.
  const about = json ?? (regime ? null : writtenAbout(lines, yf.title?.text ?? null, { sections: canonicalHits, tables: Object.keys(tables).length, period: yf.evidence.some((e) => e.source === 'period') }));
  // A title alone makes a report (a draft just begun) when it names the year or a section of the report follows it;
  // a title naming no year above none of the report's sections, tables or period is a README's (`# 某某县政务公开年报`
  // over a list of files).
  const titled = Boolean(yf.title) && (yf.evidence.some((e) => e.source === 'title') || canonicalHits > 0);
  const isReport = !regime && !about && (titled || yf.evidence.some((e) => e.source === 'period') || canonicalHits >= 3 || Object.keys(tables).length > 0);

  const report: Report = withText(lines, {
    lines, format, formatEvidence, year, yearEvidence: yf.evidence, title: yf.title, headings, sections, tables, isReport,
    extras: { malformedOrdinals: malformed, dates: yf.dates, foreignTable2Rows: foreign, extraTable2Rows: extraT2, signatures, table3Scores, spans, repeatedTables, ...(laterTables ? { laterTables } : {}), yearAmbiguous: yf.ambiguous, yearDecision: yf.decision, ...(traditional ? { traditional, sourceLines: given } : mixed || code || bars ? { sourceLines: given } : {}), ...(code ? { code } : {}), otherRegime: regime ?? undefined, writtenAbout: about ?? undefined, forcedYear: options.year, annexStart, ...(statsLines ? { statsLines } : {}), ...(PLAIN_TEXT_FILE.test(options.fileName ?? '') ? { plainText: true as const } : {}) },
  });
  if (keep) readingsOf.set(report, { lines, headings: lineHeadings, malformed: lineMalformed, kept: lineKept, reader: rd, signatures: sigMemo! });
  return report;
}

/** 表四's own header words: a 表四 without numbers is kept when two of them stand in its lines. */
const T4_HEADER_WORDS = ['结果维持', '结果纠正', '尚未审结', '未经复议直接起诉', '复议后起诉'].map((w) => stringFinder(w));

/** The character every annex line has (`附件`, `附表`): the lines to read for `ANNEX_START` and `APPENDIX_LABEL`. */
const ANNEX_CHAR = charFinder('附');
/** The words every statistics table's title has (`政府信息公开情况统计表`): the lines to read for `STATS_TABLE_TITLE`. */
const STATS_TABLE_WORDS = stringFinder('统计表');
/** Markup around a line's text: HTML tags, `#` marks, bold markers (`## **附表：…**`, `<p><strong>附表</strong></p>`). */
const LINE_MARKUP_START = /^\s*(?:<[a-z][^>]*>\s*)*(?:#{1,6}\s*)?(?:\*\*|__)?\s*/i;
const LINE_MARKUP_END = /\s*(?:\*\*|__)?\s*(?:<\/[a-z][^>]*>\s*)*$/i;
/** An appendix table's label opening its line: `附表`, `附表1：…`, `附表二 政府信息公开情况统计表`. */
const APPENDIX_LABEL = /^附\s*表\s*[0-9０-９一二三四五六七八九十]*\s*(?:[：:]|$|\s)/;
/**
 * A statistics table's title on a line of its own (the 2014–2018 《政府信息公开情况统计表》 of 国办发〔2014〕32号, as
 * reports attach it, templates.md §2.2): `《政府信息公开情况统计表》`, `附：某某局2016年政府信息公开情况统计表`,
 * `2016年度政府信息公开工作情况统计表（单位：件）`. No sentence (no `。`, `，`, `；`), no table row (`|`, a tab), no
 * numbered heading or item (`（三）…统计表`, `2.…统计表`).
 */
const STATS_TABLE_TITLE = /^(?:附\s*(?:件|表)?\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?\s*)?(?![（(]?[一二三四五六七八九十]{1,3}\s*[、)）.．]|[0-9０-９]{1,2}\s*[.、．])《?[^。；;，,|｜\t《》]{0,40}统计表》?\s*(?:[（(][^（()）]{0,20}[)）])?$/;
/**
 * The indicator groups of the 32号 statistics table (`一、主动公开情况`, `四、行政复议数量`, `七、依申请公开信息收取的费用`,
 * `八、机构建设和保障经费情况`, `九、会议和培训情况`), by the words of their titles. Read as the table's only with its
 * numbers below them (`statsRowsBelow`).
 */
const STATS_GROUP = /主动公开情况|依申请公开情况|回应解读情况|政策解读情况|回应社会关切|行政复议数量|行政诉讼数量|举报投诉数量|信息收取的费用|机构建设|保障经费情况|会议和培训|培训情况/;

/** Whether line text `t` opens an annex (`附件1：…`) or an appendix table (`附表：…`, `《政府信息公开情况统计表》`). */
function annexTitle(t: string): boolean {
  if (ANNEX_START.test(t)) return true;
  const bare = t.replace(LINE_MARKUP_START, '').replace(LINE_MARKUP_END, '');
  return APPENDIX_LABEL.test(bare) || (bare.length <= 80 && STATS_TABLE_TITLE.test(bare));
}

/**
 * Where the report's annexes start (0-based line), or undefined: a report may end with annexes after its sections
 * (`附件1：某某局2022年政务公开工作要点落实情况`, numbered 一、二、 of their own), whose headings are no sections of
 * the report (the headings from this line on are dropped). An annex starts at a line that opens with 附件 (also
 * inside HTML tags) after a template section (a level-1 heading classified as one) and is followed by no template
 * section, or by level-1 headings that start again at 一 (an annex whose items are named like the report's sections:
 * `一、总体情况`). Without a template section, there is none.
 *
 * So does an appendix table (brk178 #1): a line that opens with 附表 or is a statistics table's title
 * (`附表：政府信息公开情况统计表`, `《政府信息公开情况统计表》`), and, without such a title, the 2014–2018 statistics
 * table's indicator groups numbered from 一 again after the report reached its last sections (`存在的主要问题…`,
 * `其他需要报告的事项`: the last two of `sectionCount`): `一、主动公开情况` … `九、会议和培训情况`, two or more of them
 * (`STATS_GROUP`), with the table's numbers below (`statsRowsBelow`). Written one cell a line or as numbered lines (`四、行政复议数量：2件。`), their lines read as
 * headings; they are the table's rows, as they are in a pipe or tab layout.
 */
function annexLine(lines: LineIndex, headings: Heading[], rd: TextReader, sectionCount: number): number | undefined {
  const tops = headings.filter((h) => h.level === 1 && h.ordinalStyle === 'cn');
  const sections = tops.filter((h) => h.canonical >= 0);
  if (!sections.length) return undefined;
  const last = sections[sections.length - 1].line;
  // Only the lines with a 附 or a 统计表 are read (found in the whole text once per version, and after an edit in the
  // changed lines only: `TextReader.linesFound`), not every line.
  const from = sections[0].line + 1;
  if (from >= lines.lineCount) return undefined;
  const found = [...rd.linesFound(ANNEX_CHAR), ...rd.linesFound(STATS_TABLE_WORDS)].sort((a, b) => a - b);
  for (const i of found) {
    if (i < from) continue;
    if (!annexTitle(lines.line(i))) continue;
    const next = tops.find((h) => h.line > i);
    const before = tops.filter((h) => h.line < i);
    // Numbered anew below it: from 一 again, or, once the report reached its last sections, from a lower number than
    // the heading above it (an appendix of one table's group, `附表` over `二、政府信息公开行政复议、行政诉讼情况`
    // after `六、其他需要报告的事项`, brk182 #5: read as a misnumbered section four).
    const restarts = next !== undefined && before.some((h) => h.ordinalValue > 1) && (next.ordinalValue === 1
      || (next.ordinalValue < before[before.length - 1].ordinalValue && before.some((h) => h.canonical >= sectionCount - 2)));
    if (i > last || restarts) return i;
    // The statistics table in numbered lines below its title (`附表：政府信息公开情况统计表` / `一、主动公开情况` / … /
    // `七、依申请公开信息收取的费用：0万元。`, brk186 #12): its groups read as headings, some as sections (七 as section
    // 三 by its words), none going on past the report's last section above the title. They are the table's rows.
    const reachedEnd = before.some((h) => h.canonical >= sectionCount - 2);
    const highest = Math.max(...before.map((h) => h.canonical));
    if (reachedEnd && statsRowsBelow(lines, i) && !tops.some((h) => h.line > i && h.canonical > highest)) return i;
  }
  // The statistics table without a title: its groups numbered from 一 again after the report's last sections. Also
  // where they were taken for a list inside the last section (`demoteNestedLists`: 一、二、三 written as headings, the
  // colon lines `四、行政复议数量：0件。` … no headings, `七、…：0万元。` one again, read as going on from 六).
  const reached = tops.findIndex((h) => h.canonical >= sectionCount - 2 && h.ordinalValue > 1);
  if (reached < 0) return undefined;
  const groupsFrom = headings.filter((h) => h.ordinalStyle === 'cn' && h.line > tops[reached].line && (h.level === 1 || h.level === 2));
  for (let k = 0; k < groupsFrom.length; k++) {
    if (groupsFrom[k].ordinalValue !== 1) continue;
    const groups = groupsFrom.slice(k).filter((h) => STATS_GROUP.test(h.title)).length;
    const g = groupsFrom[k];
    // (A list inside the section that the report's sections go on after is the section's.)
    const highest = Math.max(...tops.filter((h) => h.line < g.line).map((h) => h.canonical));
    if (g.level === 2 && tops.some((h) => h.line > g.line && h.canonical > highest)) continue;
    if (STATS_GROUP.test(g.title) && groups >= 2 && statsRowsBelow(lines, g.line)) return g.line;
  }
  return undefined;
}

/** A line of the statistics table written as text: an indicator group (`八、机构建设和保障经费情况`) or an indicator with its count after a colon (`（一）收到申请数：10件。`, `其中：涉及国家秘密：2件。`, `七、…费用：0万元。`). */
const STATS_TEXT_ROW = /^\s*(?:[^。；;，,|｜\t<>]{1,80}[：:]\s*[0-9０-９][0-9０-９.,]*\s*(?:件|个|条|次|项|人|人次|名|家|万元|元)?\s*[。；;.．]?|[（(]?[一二三四五六七八九十]{1,3}[、)）.．]\s*[^。；;，,|｜\t<>0-9０-９]{1,60})\s*$/;

/**
 * The lines of the statistics table written as text below an annex's title at `from` (`附表：政府信息公开情况统计表`, or
 * its first group `一、主动公开情况`): the run of its rows (`STATS_TEXT_ROW`) and blank lines from there, with at
 * least three counts among them; undefined when there is no such run (a table in pipes, tabs or HTML is read as
 * one; an annex of paragraphs is prose).
 */
function statsTableLines(lines: LineIndex, from: number): { start: number; end: number } | undefined {
  let end = from + 1, counts = 0;
  for (let i = from + 1; i < lines.lineCount; i++) {
    const t = lines.line(i).replace(/[*_]/g, '');
    if (!t.trim()) continue;
    if (!STATS_TEXT_ROW.test(t)) break;
    if (INDICATOR_COUNT.test(t) || /[：:]\s*[0-9０-９]/.test(t)) counts++;
    end = i + 1;
  }
  if (counts < 3) return undefined;
  // (The title itself: a line of its own over the rows, no prose either, when it is no group of the table.)
  return { start: from, end };
}

/** A line that is a number alone (a cell of a table written one cell a line: `1250`, `5.5`). */
const NUMBER_CELL = /^\s*[0-9０-９][0-9０-９,.]*\s*$/;
/** An indicator's count after its label (`（一）收到申请数 37件`, `4.信函申请数：5件。`, `…（…计1条）：1250条`). */
const INDICATOR_COUNT = /数(?:[（(][^（()）]*[)）])?\s*[：:]?\s*[0-9０-９]/;
/**
 * Whether the lines from `from` on hold the statistics table's numbers (three or more within the next 200 lines): cells
 * of numbers alone, or counts after an indicator's label. Indicator groups without them (`一、主动公开情况` over a
 * paragraph) are headings, not a table.
 */
function statsRowsBelow(lines: LineIndex, from: number): boolean {
  let found = 0;
  for (let i = from + 1; i < Math.min(lines.lineCount, from + 200); i++) {
    const t = lines.line(i);
    if ((NUMBER_CELL.test(t) || INDICATOR_COUNT.test(t)) && ++found >= 3) return true;
  }
  return false;
}

/**
 * Whether the level-1 section titles name more sections of `older`'s list than of `current`'s (each section
 * counted once): a report written in the older form (`四、政府信息公开的收费及减免情况`, `七、其他需要报告的事项`).
 */
/**
 * 表三's （六）其他处理 written as one row with numbers, as the 2019 format has it (the 2021 format splits it into three
 * rows), as a marker of the 2019 format for `chooseFormat`: the 2019 表三 has no label of its own, only this layout,
 * so a 2020 report with a 2021 表二 and its correct 2019 表三 showed the 2021 format alone (brk173 #1: read as 2021,
 * its 表三 split by format-mixed's fix). The layout as the 表三 reading decides it (the 2019 row list reads the table
 * better by more than one row), the row having something in its cells. Not kept among the report's signatures
 * (format-mixed and cell-count read those as 表二's labels). None when the 2021 sub-rows are named in the table.
 */
function table3Layout2019(rd: TextReader, span: LineSpan | null, signatures: readonly FormatMarker[]): FormatMarker[] {
  if (!span || signatures.some((s) => s.format === '2021' && /逾期/.test(s.text) && s.line >= span.start && s.line < span.end)) return [];
  const r19 = alignTable3(rd, span, templateOf('2019').tables.t3!);
  const r21 = alignTable3(rd, span, templateOf('2021').tables.t3!);
  if (r19.score <= r21.score + 1) return [];
  const six = readAlignedTable3(rd, span, r19).rows.find((r) => r.id === 'R3.6');
  if (!six || six.match.kind === 'absent' || !six.cells.some((c) => c !== null && c.raw.trim() !== '')) return [];
  return [{ format: '2019', text: six.match.raw.trim() || '（六）其他处理', line: six.match.range?.start.line ?? span.start }];
}

/** Whether a format choice's evidence (`chooseFormat`) starts with a table label: the tables showed the format. */
function tablesShowFormat(evidence: readonly string[]): boolean {
  return evidence.length > 0 && !evidence[0].startsWith('year') && !evidence[0].startsWith('〔') && evidence[0] !== 'override';
}

function writtenInOlderForm(headings: Heading[], older: Template, current: Template): boolean {
  const tops = headings.filter((h) => h.level === 1 && h.ordinalStyle === 'cn');
  const hits = (t: Template) => new Set(tops.map((h) => classifySection(h.title, t)).filter((c) => c >= 0)).size;
  return hits(older) > hits(current);
}

/**
 * A run of `一、二、…` items inside a section (a list typed with level-1 ordinals) is not a run of sections: when
 * the numbering restarts at 一 and the outer numbering later resumes where it stopped (`五、…` `一、…` `二、…`
 * `六、…`), the restarted run is demoted to level 2. A restart that never resumes stays (section-order reports it).
 */
function demoteNestedLists(headings: Heading[]): void {
  const tops = headings.filter((h) => h.level === 1 && h.ordinalStyle === 'cn');
  for (let i = 1; i < tops.length; i++) {
    const outer = tops[i - 1].ordinalValue;
    if (tops[i].ordinalValue !== 1 || outer < 2) continue;
    let j = i + 1;
    while (j < tops.length && tops[j].ordinalValue === tops[j - 1].ordinalValue + 1) j++;
    if (j < tops.length && tops[j].ordinalValue === outer + 1) {
      for (let k = i; k < j; k++) tops[k].level = 2;
      i = j;
    }
  }
}

/**
 * A run of `一、二、…` items that restarts at 一 after a section of the format (`六、其他需要报告的事项`, also any other:
 * `四、…行政复议、行政诉讼情况` of a report that stops there) and is not followed by the outer numbering again is a list
 * inside that section, as agencies list 政务公开工作要点落实情况, 建议提案办理 etc. under 六 (the formats have nothing
 * after 六): demoted to level 2, so the outline keeps the section whole (no 七th section, and section-order reports no
 * restart). Only when no item of the run is named as a section of the format (`canonical`: by title, variant or topic
 * words), the heading before it is one, the run ends the level-1 headings or another restart at 一 follows it (a
 * report pasted twice, still reported at that restart), and no signature's date (`signatures`, 0-based lines) stands
 * between the section and the run (a list after the signature is no section's: an annex that lost its 附件 line). A run with a section's title (`一、总体情况` after `三、`, a
 * report's sections numbered anew) stays (section-order reports it); a run the outer numbering resumes after is
 * `demoteNestedLists`'s.
 */
function demoteTrailingLists(headings: Heading[], signatures: number[]): void {
  const tops = headings.filter((h) => h.level === 1 && h.ordinalStyle === 'cn');
  // The heading the run would be inside: the last one left at level 1 (two lists in 六 are both its).
  let outer = tops[0];
  for (let i = 1; i < tops.length; i++) {
    const first = tops[i];
    let j = i + 1;
    while (j < tops.length && tops[j].ordinalValue === tops[j - 1].ordinalValue + 1) j++;
    const run = tops.slice(i, j);
    if (first.ordinalValue === 1 && outer.ordinalValue >= 2 && outer.canonical >= 0 && !outer.writtenStyle && (j === tops.length || tops[j].ordinalValue === 1) &&
      !signatures.some((l) => l > outer.line && l < first.line) &&
      !run.some((h) => h.canonical >= 0 || h.writtenStyle || isBareHeading(h))) {
      for (const h of run) h.level = 2;
      i = j - 1;
    } else outer = first;
  }
}

const T2_ROW = /规章|规范性文件|行政许可|行政处罚|行政强制|事业性收费|集中采购|对外管理服务/;

/**
 * `span` of 表二 up to a caption that heads a unit's breakdown below the template's rows (`其中，下属单位情况：`,
 * `（一）柳营县第一中学`, see `unitCaption`) when every row under it repeats a row above it (a 系统 report's table of
 * its sub-units' 行政许可/行政处罚): those rows are the unit's, not 表二's written twice (brk144 #5: row-duplicate
 * told to delete them). A caption with a row of its own kind under it (a row the table lacks above) is left in.
 */
function beforeUnitBreakdown(rd: TextReader, span: LineSpan): LineSpan {
  const lines = rd.lines;
  const labels: (string | null)[] = [];
  for (let i = span.start; i < span.end; i++) {
    const k = rd.key(i).length < 60 ? simplifiedChars(rd.key(i)) : '';
    labels.push(k ? T2_ROW.exec(k)?.[0] ?? null : null);
  }
  // Per line: the line of the first row of each label (`first`), and the latest such line among the rows below it
  // (`newest`, -1 with no row below): every row below a line repeats one above it when that is above the line.
  const first = new Map<string, number>();
  labels.forEach((l, j) => { if (l !== null && !first.has(l)) first.set(l, j); });
  const newest = new Int32Array(labels.length).fill(-1);
  for (let j = labels.length - 2; j >= 0; j--) {
    const l = labels[j + 1];
    newest[j] = Math.max(newest[j + 1], l !== null ? first.get(l)! : -1);
  }
  for (let j = 0; j < labels.length; j++) {
    const i = span.start + j;
    if (newest[j] < 0 || newest[j] >= j) continue;
    if (/^\s*\|/.test(lines.line(i)) || /二十条/.test(rd.key(i)) || !unitCaption(rd.key(i))) continue;
    return { start: span.start, end: i };
  }
  return span;
}
/**
 * Whether a line's key is a 表二 row label of four characters or more misspelled (`行政事业姓收费`, then its numbers):
 * the table's last row may be one, and it is read (and said by row-label) only inside the table.
 */
function misspelledT2Label(key: string): boolean {
  const words = key.replace(/[\d.,+\-－—–万元]+$/, '');
  if (words.length < 4 || words.length > 13) return false;
  // Remembered per distinct short key: 表二's span is read again at every version, and a draft's 表二 may have
  // thousands of lines of prose between its items (edit distances to every row label: ~0.4 ms a version).
  let hit = misspelledMemo.get(words);
  if (hit === undefined) {
    hit = TABLE2_ROW_LABELS.some((l) => l.length >= 4 && Math.abs(l.length - words.length) <= 1 && editDistance(words, l) <= misspellingBudget(l.length));
    if (misspelledMemo.size >= MISSPELLED_MEMO_SIZE) misspelledMemo.clear();
    // An own copy: the key may be a slice of the report's text, which the memo would keep alive.
    misspelledMemo.set(ownCopy(words), hit);
  }
  return hit;
}
const misspelledMemo = new Map<string, boolean>();
const MISSPELLED_MEMO_SIZE = 50_000;

/**
 * Whether a reading of 表二 found nothing of a table: no row, no column label, no number, no row of another format
 * or a local one; only the `第二十条第（…）项` item headings that opened it (a header row alone is a table: its rows
 * are missing, said by the rules of rows).
 */
function headingsOnly(r: Table2Reading): boolean {
  const t = r.table;
  return !r.foreign.length && !r.extra.length
    && t.rows.every((row) => row.match.kind === 'absent' && row.cells.every((c) => c === null))
    && t.columns.every((c) => c.match.kind === 'absent' || c.match.kind === 'positional');
}

/**
 * The most value columns a 表二 row whose line's key is `key` has in any format (the block of the row its key names,
 * `T2_ROW`): 1 when it names none.
 */
function table2RowWidth(key: string): number {
  const row = T2_ROW.exec(simplifiedChars(key))?.[0];
  let width = 1;
  if (!row) return width;
  for (const t of TEMPLATES) for (const b of t.tables.t2?.blocks ?? []) if (b.rows.some((r) => r.label.includes(row))) width = Math.max(width, b.columns.length);
  return width;
}

/**
 * 表二 ends at its last row label and the value cells right below it (one cell per line): prose that follows
 * in section 二 is not read as table cells.
 */
function table2End(rd: TextReader, span: LineSpan): LineSpan {
  const lines = rd.lines;
  let last = -1;
  // On the line's key: a label spaced out to align it (`行　政　事　业　性　收　费`) is that label.
  // (And by its simplified form: a row label in traditional characters, `行政事業性收費`, is that row.)
  for (let i = span.start; i < span.end; i++) {
    const k = rd.key(i).length < 60 ? simplifiedChars(rd.key(i)) : '';
    if (k && (T2_ROW.test(k) || misspelledT2Label(k))) last = i;
  }
  if (last < 0) return span;
  let end = last + 1;
  // Lines of HTML tags alone (`</td>`, read as ``) hold no cell and are not counted. A cell written as a mark or word
  // for none (`/ |`, `无`) is one too while the row has fewer cells than its block's columns (brk168 #3: the last row's
  // `/` was left out, and the row read as blank).
  const width = table2RowWidth(rd.key(last)) - valueCellsOf(rd.plain(last));
  for (let cells = 0, values = 0; end < span.end && cells < 8; end++) {
    const t = rd.plain(end);
    if (!/^[|\s\d.,+\-－—–万元]*$/.test(t)) {
      if (values >= width || !isValueCellsLine(t.trim())) break;
    }
    if (t || !lines.line(end).trim()) cells++;
    if (t.trim()) values++;
  }
  // The header lines of a block after the last row (`第二十条第（八）项` / `信息内容` / `本年收费金额…`, its row
  // missing): the table's too, where that row is inserted.
  const headed = end;
  for (let i = end; i < span.end && (isTable2HeaderLine(rd.key(i)) || !lines.line(i).trim()); i++) if (lines.line(i).trim()) end = i + 1;
  // Pipe rows of numbers right under that header (`|                | 12.5 |`, the row with its label cell emptied):
  // the block's rows too, read by their place (brk106 #1).
  if (end > headed) {
    for (let i = end; i < span.end; i++) {
      const text = lines.line(i);
      if (/^\s*\|[|\s\d.,+\-－—–]*\d[|\s\d.,+\-－—–]*\|\s*$/.test(text)) end = i + 1;
      else if (!text.trim()) {
        // (Space-aligned: a line of numbers alone after the empty lines under the header, the row without its label;
        // brk107 #3.)
        let j = i;
        while (j < span.end && !lines.line(j).trim()) j++;
        if (j >= span.end || !ALIGNED_NUMBERS.test(lines.line(j))) break;
        end = j + 1;
        i = j;
      } else if (ALIGNED_NUMBERS.test(text)) end = i + 1;
      else if (!/^\s*\|[\s:|-]*-[\s:|-]*$/.test(text)) break;
    }
  }
  return { start: span.start, end };
}

/**
 * The lines of the text `report` was read from: `report.lines` itself, except for a report in traditional characters
 * or with a part in them, whose model is of its simplified view (`ReportExtras.sourceLines`). Whatever writes the
 * text back (fix-all) starts from these.
 */
export function sourceLinesOf(report: Report): LineIndex {
  return report.extras.quoted?.source ?? report.extras.rowBreaks?.source ?? report.extras.sourceLines ?? report.lines;
}

/**
 * Line `line` (0-based) of the report's lines as the line of the text as written (0-based): the same, except in a text
 * read with its packed HTML rows split a line each (`ReportExtras.rowBreaks`), where a row's line is the long line
 * it was written on. For views that show the model's lines (inspect).
 */
export function writtenLineOf(report: Report, line: number): number {
  const rb = report.extras.rowBreaks;
  return rb && line >= 0 && line < rb.line.length ? rb.line[line] : line;
}

/** The first line of `lines` with text, without a Markdown heading's `#` marks; null for a blank text. */
function firstTextLine(lines: LineIndex): string | null {
  for (let i = 0; i < Math.min(lines.lineCount, 10); i++) {
    const t = lines.line(i).replace(/^\s*#+\s*/, '').trim();
    if (t) return t;
  }
  return null;
}
