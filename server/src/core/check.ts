import type { Finding, Fix, Locale, RuleSetting, Severity, TextEdit } from './types.js';
import { LineIndex } from './text/lines.js';
import { parseReport, type ParseOptions, type Report } from './model/build.js';
import { RULES, ruleById } from './rules/index.js';
import { lineBreaksOf, lineSeparator } from './rules/line-separator.js';
import { copyFinding, shortenRepeatedNotes, toFinding, type Rule, type RuleContext, type RuleFinding, type SameYearFile } from './rules/rule.js';
import { reportMultiple } from './rules/report-multiple.js';
import { COPY_ARITHMETIC, inCopy, SHOWN } from './rules/table-repeated.js';
import { laterReports, previousInFile, reportParts } from './model/combined.js';
import { quotedFinding } from './model/quoted.js';
import { templateOf } from './templates/index.js';
import { applySuppressions, readDirectives, UNUSED_DISABLE } from './suppress.js';
import { keepNextLineDirectives } from './fix/directives.js';
import { commentSpans, inComment } from './text/comments.js';
import { disableUnknownRule, isKnownRuleId, knownRuleIds } from './rules/disable-unknown-rule.js';
import { bi } from './rules/util.js';
import { touchesCode, withoutCode } from './text/code.js';
import { inTraditional, isInWrittenScript, markInWrittenScript } from './text/script.js';
import { alignFix, keepSpacedColumns } from './fix/align.js';
import { applyFixes, narrowedEdit, withLocalEols, withoutNoOpEdits, withQuoteMarkers } from './fix/apply.js';
import { reconcileT3Fixes } from './fix/t3-joint.js';
import { listSumConsequences, listTotalConsequences } from './rules/prose-sum.js';
import { carryOverFixesSuspect } from './rules/carry-over.js';
import { lowerUnderUnfitFormat } from './rules/format-outdated.js';
import { writtenFinding } from './parse/html-rows.js';
import { previousOfWrongYear } from './previous.js';

/**
 * `message` with each quotation (`“行政复议3件”`) that is text of the simplified view `view` written as the report's own
 * text `source` has it at the same place (`“行政復議3件”`): the rules read a traditional text through its view (the
 * same length and offsets, text/script.ts), and a message should quote what the user wrote (helper-226 E). A
 * quotation not found in the view (a template's label, a number) stays as it is.
 */
export function ownQuotes(message: string, view: LineIndex, source: LineIndex): string {
  if (!message.includes('“')) return message;
  return message.replace(/“([^“”\n]{1,400})”/g, (whole, quoted: string) => {
    // (A quotation cut short ends in `…`: its start is the text's.)
    const cut = quoted.endsWith('…') && quoted.length > 1 ? quoted.slice(0, -1) : quoted;
    // (A bar named alone, “｜”, is the character the message means, not a quotation of the text: the view writes `｜`
    // for a `丨` of the text in some tables, text/bars.ts.)
    if (cut === '｜') return whole;
    const at = view.text.indexOf(cut);
    if (at < 0) return whole;
    const own = source.text.slice(at, at + cut.length);
    return own === cut || own.length !== cut.length ? whole : `“${own}${quoted.slice(cut.length)}”`;
  });
}

/** A CJK ideograph: text a fix writes in words (a label, a title), not numbers. */
const CJK = /[\u3400-\u9fff]/;
/** The CJK characters of `text`, in order. */
const cjkOf = (text: string) => text.replace(/[^\u3400-\u9fff]/g, '');

/** Options of `checkReport`. */
export interface CheckOptions {
  /** Message language; Chinese by default. */
  locale?: Locale;
  /** Per-rule severity or `off`; rules not named keep their default severity. */
  rules?: Record<string, RuleSetting>;
  /** Last year's report of the same agency, for the cross-year rules. */
  previous?: Report | null;
  /** Another report of the same agency and year beside the file, whose name names another year (`RuleContext.sameYear`). */
  sameYear?: SameYearFile | null;
  /**
   * Report `<!-- nianbao-disable… -->` comments that suppressed nothing (suppress.ts), as warnings. A setting of
   * `unused-disable-directive` in `rules` decides instead: `off`, or on at that severity.
   */
  reportUnusedDisable?: boolean;
  /**
   * Run only the rules that do not read the prose (`RuleMeta.readsProse`): the tables, the structure and the
   * years. For a first look at a long document; unused suppressions are not reported then (the rules they name
   * may not have run).
   */
  skipProseRules?: boolean;
  /**
   * Leave the fixes' edits as the rules make them, without keeping an aligned pipe table aligned (fix/align.ts).
   * For a first look whose fixes are never applied (the language server's first publish of a long document: the
   * full check that follows has the aligned fixes the code actions use); the edits still fix the same cells.
   */
  unalignedFixes?: boolean;
  /**
   * Called with each finding that a `<!-- nianbao-disable… -->` comment suppressed (it is not in the result), at the
   * severity it would have had: for the review summary, which says that a check was suppressed rather than that it
   * holds (`summarizeTables`).
   */
  onSuppressed?: (f: Finding) => void;
}

/** Sorts findings by position, then rule id, so every adapter prints them in reading order. */
export function sortFindings(fs: Finding[]): Finding[] {
  // Rule ids are lowercase ASCII and hyphens: code-unit order is their alphabetical order, without the ICU
  // collator (whose first use costs milliseconds when the language server opens its first report).
  return fs.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/**
 * Runs every enabled rule over a report. Pure: same report and options, same findings. A rule that throws is
 * a bug: the error is reported as one `internal-error` finding at the top of the file instead of crashing the
 * caller, so the other rules' findings still reach the user.
 *
 * Two kinds of text are not checked as one report read line by line. A text whose lines are broken with U+2028
 * & co. gets only `line-separator` (the rest once that is fixed). A text holding several agencies' complete reports
 * (`laterReports`) is checked report by report (`reportParts`: each read on its own, its lines numbered as in the
 * whole text); last year's report (`previous`) is compared with the first only, and a report whose agency's report of
 * the year before is in the same text is compared with that one (`previousInFile`).
 */
export function checkReport(report: Report, options: CheckOptions = {}): Finding[] {
  // A text quoted as a whole is read without its markers: its findings are given in the text as written.
  const quoted = report.extras.quoted;
  if (quoted) {
    const onSuppressed = options.onSuppressed;
    const found = checkUnquoted(report, onSuppressed ? { ...options, onSuppressed: (f) => onSuppressed(quotedFinding(quoted, f)) } : options);
    return found.map((f) => quotedFinding(quoted, f));
  }
  return checkUnquoted(report, options);
}

function checkUnquoted(report: Report, options: CheckOptions): Finding[] {
  // A text with HTML rows run together on a line is read with each on a line of its own: its findings are given in
  // the text as written (brk89 #1).
  const rb = report.extras.rowBreaks;
  if (!rb) return checkRead(report, options);
  const onSuppressed = options.onSuppressed;
  const found = checkRead(report, onSuppressed ? { ...options, onSuppressed: (f) => onSuppressed(writtenFinding(rb, f)) } : options);
  return found.map((f) => writtenFinding(rb, f));
}

function checkRead(report: Report, options: CheckOptions): Finding[] {
  const locale = options.locale ?? 'zh';
  const out: Finding[] = [];
  if (!report.isReport) return out;
  // Lines broken with U+2028 & co. are not lines here: when they hide headings or table rows, only that is said,
  // until it is fixed (line-separator.ts).
  const enabled = (id: string) => (options.rules?.[id] ?? ruleById(id)!.meta.defaultSeverity) !== 'off';
  const breaks = enabled(lineSeparator.meta.id) ? lineBreaksOf(report) : null;
  const onlyLineBreaks = Boolean(breaks && (breaks.dominant || breaks.structural));
  const later = onlyLineBreaks ? [] : laterReports(report);
  // The lines of the reports checked without last year's report (the whole text, or the parts of a compilation that
  // had none): there the cross-year rules did not run.
  const noLastYear: [number, number][] = [];
  if (onlyLineBreaks) runRules(report, options, out, (r) => r === lineSeparator);
  else if (!later.length) {
    if (!options.previous) noLastYear.push([0, report.lines.lineCount]);
    runRules(report, options, out, () => true);
    checkRepeatedCopies(report, options, out);
  } else {
    runRules(report, options, out, (r) => r === reportMultiple);
    const parts = reportParts(report);
    const settings = optionsKey(options);
    parts.forEach((part, k) => {
      // Last year's report: the same agency's in this text (its reports of two years), else the one given for the first.
      const inFile = previousInFile(parts, part);
      const previous = inFile ?? (k === 0 ? options.previous : null);
      if (!previous) noLastYear.push([part.startLine, part.endLine]);
      // A part the version before had too (`reportParts`), checked with the same options: its findings (copies, as
      // what follows may change a finding's message).
      const known = partFindings.get(part.report);
      if (known && known.settings === settings && known.previous === (previous ?? null)) {
        for (const f of known.findings) out.push(copyFinding(f));
        return;
      }
      const from = out.length;
      runRules(part.report, { ...options, previous }, out, (r) => r !== reportMultiple);
      // Last year's cells are lines of this text (each part is numbered as in the whole): related locations here.
      if (inFile) {
        for (let i = from; i < out.length; i++) {
          const f = out[i];
          if (f.related?.some((r) => r.report === 'previous')) out[i] = copyFinding(f, { related: f.related.map(({ report: _, ...r }) => r) });
        }
      }
      checkRepeatedCopies(part.report, options, out);
      partFindings.set(part.report, { settings, previous: previous ?? null, findings: out.slice(from).map((f) => copyFinding(f)) });
    });
  }
  // What an HTML comment holds is not shown in the rendered report: a finding there is none, except those about the
  // comments themselves, and one about something missing shown beside where it goes (a row commented out is
  // row-missing's; brk91 #7; the prose and the headings already read none of it).
  const comments = commentSpans(report.lines);
  if (comments.length) {
    for (let k = out.length - 1; k >= 0; k--) {
      const f = out[k];
      if (f.absent || ruleById(f.ruleId)?.meta.category === 'comments' || f.ruleId === 'internal-error') continue;
      if (inComment(comments, report.lines.offsetAt(f.range.start))) out.splice(k, 1);
    }
  }
  // An unknown id is reported by disable-unknown-rule (with a fix to the id meant), not again as unused.
  const unknownReported = enabled(disableUnknownRule.meta.id);
  // Nor is an id whose rule did not run in this check (off in the settings: `--rule template-note=off`, a config or an
  // override for one folder; or not run while only the line breaks are said) called unused: nothing says the comment
  // suppresses nothing when the rule is on, and --fix would delete it with the reason written in it (brk142 #3).
  // So is the id of a rule that compares with last year's report (carry-over, content-copied, stock-flow; and
  // prose-change, whose cross-year findings a comment may be for) where that report was not found: the rule could
  // not check anything, and a reviewed suppression (`content-copied -- 已核实`) would be deleted by --fix in every
  // run without last year's file (a hook, `check -`, the file checked alone; brk174 #1).
  const withoutLastYear = (line: number) => noLastYear.some(([a, b]) => line >= a && line < b);
  const notRun = (id: string, line: number) => {
    const rule = ruleById(id);
    return Boolean(rule) && (!enabled(id) || (onlyLineBreaks && id !== lineSeparator.meta.id) || (Boolean(rule!.meta.usesLastYear) && withoutLastYear(line)));
  };
  const reportedElsewhere = (id: string, line: number) => (unknownReported && !isKnownRuleId(id)) || notRun(id, line);
  // Unused directives: reported with --report-unused-disable, or as the rules set `unused-disable-directive`.
  const unused = options.rules?.[UNUSED_DISABLE];
  const reportUnused = (unused ? unused !== 'off' : options.reportUnusedDisable) && !options.skipProseRules;
  const kept = applySuppressions(report.lines, out, { reportUnused, unusedSeverity: unused && unused !== 'off' ? unused : 'warning', locale, reportedElsewhere, ruleIds: knownRuleIds(), commentRule: disableUnknownRule.meta.id, onSuppressed: options.onSuppressed });
  meantToBeSuppressed(report.lines, kept, locale);
  // A list's sum that fails only through a part prose-table finds wrong says so (one wrong number, not two), among the
  // findings kept: a part's finding that a comment suppresses explains nothing to the reader.
  listSumConsequences(kept, locale);
  // And a total whose own parts agree with the table: the total is the wrong number (brk99 #3).
  listTotalConsequences(kept, locale, report.lines);
  // A cell the sum rules name as not fixed that carry-over fixes from last year's report: they say so (brk172 #2).
  carryOverFixesSuspect(kept, locale);
  // One explanation shared by several findings (the cell behind every failing sum) is said in full once.
  return shortenRepeatedNotes(sortFindings(kept));
}

/**
 * The findings a suppression comment that lost its `-->` was written to suppress (comment-unclosed, with the fix that
 * closes it; brk157 #9): those its directive suppresses once closed. Each says so, naming the directive's line, and
 * loses its fix while the directive is unclosed: a review format or the editor offering both fixes side by side
 * (`Close the comment…` and template-note's `Delete the note`) would let a reviewer delete what the author meant to
 * keep (--fix closes the comment first and then finds them suppressed). In place, in `findings`.
 */
function meantToBeSuppressed(lines: LineIndex, findings: Finding[], locale: Locale): void {
  const unclosed = findings.filter((f) => f.ruleId === 'comment-unclosed' && f.fix);
  if (!unclosed.length) return;
  // The text with those comments closed: the edits stay within their lines, so every other position is unchanged.
  const { text } = applyFixes(lines.text, unclosed.flatMap((f) => f.fix!.edits));
  const others = findings.filter((f) => f.ruleId !== 'comment-unclosed' && f.ruleId !== UNUSED_DISABLE);
  const still = new Set(applySuppressions(new LineIndex(text), others, { ruleIds: knownRuleIds(), commentRule: disableUnknownRule.meta.id }));
  const asked = new Set(others);
  const directiveLines = unclosed.map((f) => f.range.start.line).sort((a, b) => a - b);
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (!asked.has(f) || still.has(f)) continue;
    const at = directiveLines.filter((l) => l <= f.range.start.line).pop() ?? directiveLines[0];
    const note = bi(
      `第 ${at + 1} 行的屏蔽注释本来要屏蔽这个问题，但它缺少结尾的“-->”，不起作用（见 comment-unclosed）：请先补上“-->”，而不是按这里修改${f.fix ? '；在此之前不提供这里的修复' : ''}。`,
      `The suppression comment on line ${at + 1} was written to suppress this, but it has no closing “-->” and suppresses nothing (see comment-unclosed): close it rather than change this${f.fix ? '; until then this finding offers no fix' : ''}.`);
    findings[k] = copyFinding(f, { message: `${f.message}${locale === 'en' ? ' ' : ''}${note[locale]}`, fix: undefined });
  }
}

/**
 * The findings of each part of a text of several reports (`reportParts`), as checked with the options of `settings`
 * (`optionsKey`) and last year's report `previous`: a part that an edit elsewhere left as it was (the same model) is
 * not checked again.
 */
const partFindings = new WeakMap<Report, { settings: string; previous: Report | null; findings: Finding[] }>();

/** What of `options` the rules read, as a string to compare (last year's report and the callbacks aside). */
function optionsKey(options: CheckOptions): string {
  return JSON.stringify(options, (k, v) => (k === 'previous' || typeof v === 'function' ? undefined : v));
}

/**
 * What the rules that `options.rules` turns off (`off`) would report on `report`: their
 * findings at their default severity, suppressed by a comment or not (in position order). For the review summary,
 * which says that such a check was not counted and shows its arithmetic as it is (`summarizeTables`), never that it
 * holds when it does not. Empty, and nothing run, when no rule is off. The other options are `checkReport`'s.
 */
export function offRuleFindings(report: Report, options: CheckOptions = {}): Finding[] {
  const off = new Set(RULES.filter((r) => options.rules?.[r.meta.id] === 'off').map((r) => r.meta.id));
  if (!off.size || !report.isReport) return [];
  const rules: Record<string, RuleSetting> = {};
  for (const r of RULES) rules[r.meta.id] = off.has(r.meta.id) ? r.meta.defaultSeverity : 'off';
  const suppressed: Finding[] = [];
  const kept = checkReport(report, { ...options, rules, reportUnusedDisable: false, onSuppressed: (f) => suppressed.push(f) });
  return sortFindings([...kept, ...suppressed]);
}

/**
 * The lines of `report`'s tables that may be rows aligned with spaces (`pdftotext -layout`): every line of a table
 * not read as HTML, as a block of 表二 may be printed so in a table of pipe rows (`keepSpacedColumns` leaves pipe rows
 * and lines with tabs alone).
 */
function spacedTableLines(report: Report): Set<number> {
  const lines = new Set<number>();
  for (const t of Object.values(report.tables)) {
    if (!t || t.layout === 'html') continue;
    for (let l = t.range.start.line; l <= t.range.end.line; l++) lines.add(l);
  }
  return lines;
}

/** Runs the enabled rules that `which` selects over `report`, adding their findings to `out`. */
function runRules(report: Report, options: CheckOptions, out: Finding[], which: (rule: Rule) => boolean): void {
  const locale = options.locale ?? 'zh';
  const template = report.format === 'unknown' ? null : templateOf(report.format);
  const first = out.length;
  const spacedLines = spacedTableLines(report);
  for (const rule of RULES) {
    const setting = options.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off' || (options.skipProseRules && rule.meta.readsProse) || !which(rule)) continue;
    const severity: Severity = setting;
    const localEols = (fix: Fix) => (rule === lineSeparator ? fix : withQuoteMarkers(report.lines, withLocalEols(report.lines, fix)));
    // A report in traditional characters is read through its simplified view (text/script.ts): a fix that would
    // write the view's words into it (a label, a title, or a table row re-aligned whole) is not offered as such:
    // unaligned when only its numbers are words-free, else not at all.
    // In a simplified text with a part in traditional characters, only on the lines of that part (where the view
    // differs from the text).
    const source = report.extras.sourceLines;
    const code = report.extras.code;
    const viewed = (e: TextEdit) => {
      if (report.extras.traditional) return true;
      if (!source) return false;
      for (let l = e.range.start.line; l <= e.range.end.line && l < source.lineCount; l++) {
        const own = source.line(l);
        if (own !== report.lines.line(l) && (!code || withoutCode(code, l, own) !== report.lines.line(l))) return true;
      }
      return false;
    };
    // Markdown code is read as blanks (text/code.ts): a fix that edits it would write over the author's code.
    const editsCode = (fix: Fix) => !!code && fix.edits.some((e) => touchesCode(report.lines, code, report.lines.offsetAt(e.range.start), report.lines.offsetAt(e.range.end)));
    // An edit written in the script of the text it replaces (`markInWrittenScript`: a label or title in traditional
    // characters rewritten in them, brk105) writes no words of the view; nor does an edit that aligning such a fix
    // made of it (its own words, padded with spaces).
    const writesWords = (fix: Fix, own?: Fix) => {
      const mine = new Set((own ?? fix).edits.filter(isInWrittenScript).map((e) => cjkOf(e.newText)));
      return fix.edits.some((e) => CJK.test(e.newText) && viewed(e) && !isInWrittenScript(e) && !mine.has(cjkOf(e.newText)));
    };
    // Words that go in where none stood (a missing row, table or section inserted, over blank lines at most) in a part
    // read through the simplified view: no author's characters to keep, so written in traditional characters in the
    // forms the document writes (`inTraditional`), before the fix is aligned (an inserted row padded to the columns).
    const inScript = (fix: Fix): Fix => {
      if (!source) return fix;
      const inserted = fix.edits.map((e) => !source.slice(e.range).trim() && writesWords({ ...fix, edits: [e] }, fix));
      return inserted.some(Boolean)
        ? { ...fix, edits: fix.edits.map((e, k) => (inserted[k] ? markInWrittenScript({ ...e, newText: inTraditional(e.newText, source.text) }) : e)) }
        : fix;
    };
    // A fix's edits in a table's row aligned with spaces keep its later columns under their headers (brk120 #4).
    const spacedAligned = (fix: Fix): Fix => {
      const edits = spacedLines.size ? keepSpacedColumns(report.lines, fix.edits, (l) => spacedLines.has(l)) : fix.edits;
      return edits === fix.edits ? fix : { ...fix, edits: [...edits] };
    };
    const shaped = (given: Fix): Fix | undefined => {
      const fix = inScript(given);
      const aligned = options.unalignedFixes ? fix : spacedAligned(alignFix(report.lines, fix));
      if (!source || !writesWords(aligned, fix)) return aligned;
      if (!writesWords(fix)) return fix;
      // A fix that rewrites a title to delete its `。` writes the view's words only where they stand already: each
      // edit narrowed to what it changes, it may write none (helper-226 E).
      const narrow = { ...fix, edits: fix.edits.map((e) => narrowedEdit(report.lines, e)) };
      return writesWords(narrow) ? undefined : narrow;
    };
    // Last year's report of another year than the one before (the report itself, a later one, one two years back) or
    // a text that is no report: no rule compares with it (brk135 #2), whoever passed it.
    const previous = options.previous && !previousOfWrongYear(report, options.previous) ? options.previous : null;
    const ctx: RuleContext = {
      report, template, previous, locale, sameYear: options.sameYear ?? null,
      // A fix's edits inside an aligned pipe table keep it aligned (fix/align.ts), for every caller of the fix; an
      // edit that changes nothing is dropped here, before any output (a fix left with none is no fix).
      // In a text that mixes line endings, a fix's new lines end as the lines around it do (line-separator's own
      // fix, which rewrites line endings, excepted).
      add: (f: RuleFinding) => {
        // (Aligned over a table line that holds code, the fix is offered unaligned.)
        const inCode = f.fix !== undefined && editsCode(f.fix);
        const ownFix = inCode ? undefined : f.fix;
        const shapedFix = ownFix && shaped(ownFix);
        const fix = shapedFix && editsCode(shapedFix) ? ownFix : shapedFix;
        // A fix withheld so: said, as the message may describe what it would have done (helper-221 #13).
        const withheld = inCode
          ? { message: bi(`${f.message.zh}（修复会改动代码块（\`\`\`）中的文字，未提供自动修复。）`, `${f.message.en} (The fix would edit text in a code block (\`\`\`): not offered.)`) }
          : f.fix && !fix
          ? { message: bi(`${f.message.zh}（这里用繁体字书写，修复会写入简体字，未提供自动修复。）`, `${f.message.en} (This part is written in traditional characters and the fix would write simplified ones: not offered.)`) }
          : {};
        // (Lines inserted below a disable-next-line comment do not come between it and the line it covers.)
        const final = fix && withoutNoOpEdits(report.lines, localEols(fix));
        const kept = final && keepNextLineDirectives(report.lines, final, readDirectives(report.lines, knownRuleIds()));
        const finding = toFinding(rule.meta, f.fix ? { ...f, ...withheld, fix: kept ?? undefined } : f, severity, locale);
        if (source) finding.message = ownQuotes(finding.message, report.lines, source);
        out.push(finding);
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      out.push({
        ruleId: 'internal-error', severity: 'error', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: `${rule.meta.id}: ${(e as Error).message}`,
      });
    }
  }
  // A forced format that format-outdated says does not fit: the table and section findings it read are only said.
  // 表三's sum fixes judged together: two that each look right alone may contradict each other (fix/t3-joint.ts).
  reconcileT3Fixes(report, out.slice(first));
  lowerUnderUnfitFormat(report, out.slice(first), locale, (id) => ruleById(id)?.meta);
}

/**
 * A whole table pasted again with other figures (`RepeatedTable.table`: a revised 表三 under the old one) has its own
 * arithmetic checked, as the first's is: the user may keep either, and a copy's wrong total should not wait until the
 * first is deleted (brk89 #04). Its findings are those of `COPY_ARITHMETIC` run with the copy in the first's place,
 * kept where they fall inside the copy (0-based lines from its first to its last); every other rule reads the first
 * only (table-repeated says so).
 */
function checkRepeatedCopies(report: Report, options: CheckOptions, out: Finding[]): void {
  const checked: Partial<Record<string, number>> = {};
  for (const copy of report.extras.repeatedTables) {
    // Among the first `SHOWN` copies of each table (checked or not): those table-repeated reports one by one.
    const nth = (checked[copy.id] = (checked[copy.id] ?? 0) + 1);
    if (!copy.table || nth > SHOWN) continue;
    const found: Finding[] = [];
    runRules({ ...report, tables: { ...report.tables, [copy.id]: copy.table } }, options, found, (r) => COPY_ARITHMETIC.has(r.meta.id));
    for (const f of found) if (inCopy(copy, f)) out.push(f);
  }
}

/** Parses and checks a text in one call. */
export function analyze(text: string, options: CheckOptions & ParseOptions = {}): { report: Report; findings: Finding[] } {
  const report = parseReport(text, options);
  return { report, findings: checkReport(report, options) };
}
