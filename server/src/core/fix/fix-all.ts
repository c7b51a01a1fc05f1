import type { Cell, Finding, Range, TextEdit } from '../types.js';
import { num } from '../rules/util.js';
import { RULES } from '../rules/index.js';
import { disableUnknownRule } from '../rules/disable-unknown-rule.js';
import { disableInTable } from '../rules/disable-in-table.js';
import { commentInTable } from '../rules/comment-in-table.js';
import { tableBlankLine } from '../rules/table-blank-line.js';
import { commentUnclosed } from '../rules/comment-unclosed.js';
import { lineSeparator } from '../rules/line-separator.js';
import { tableIndented } from '../rules/table-indented.js';
import { sectionMissing } from '../rules/section-missing.js';
import { applyFixes, TakenEdits } from './apply.js';
import { LineIndex } from '../text/lines.js';
import { checkReport, type CheckOptions } from '../check.js';
import { parseReport, type ParseOptions, type Report } from '../model/build.js';
import { followOn, forgetPrevious } from '../prose/versions.js';
import { reportParts } from '../model/combined.js';

/** Result of `fixAll`. */
export interface FixAllResult {
  text: string;
  /** The findings whose fixes were applied, in the pass they were applied. */
  fixed: Finding[];
  passes: number;
  /**
   * Fixes applied in a pass and undone by a fix of a later pass (the text they replaced written back in the same
   * place), and those later fixes: together they changed nothing, and they are not in `fixed`.
   */
  undone: Finding[];
  /** Fixes left out because taking them made more structure findings (sections, tables, labels) than before. */
  refused: Finding[];
  /**
   * Fixes not taken. prose-table fixes not taken because the table value they would write is in a cell an earlier pass changed:
   * the prose was the evidence the cell's old value was right (the finding stays for the user to see); or because
   * an earlier pass of the run edited the sentence of the number (its other numbers were read before that edit), or
   * reported that very number without a fix and said so (未自动修改). row-missing's fills of 表三 rows from the column sums (`data.fromSums`)
   * where the row was missing from the text given (the run inserted it blank), or where the sums decide it only with
   * numbers the run wrote: its numbers are not made up in the same run (the findings as they stand after the run).
   * And any fix that would write into a blank cell a fix of the same run put in (a row inserted, a 表二 block
   * converted to the other format's columns, `blankCellsPutIn`): those cells are the run's own, announced blank for
   * a person to fill (cell-blank's 0s, row-missing's fills from the sums, in every report of a 汇编 alike).
   */
  withheld: Finding[];
}

const STRUCTURE = new Set(RULES.filter((r) => r.meta.category === 'structure').map((r) => r.meta.id));

/** How many findings of structure rules (section-*, table-*, row-*, labels, format-*): fixing must not raise it. */
export function structureCount(findings: readonly Finding[]): number {
  let n = 0;
  for (const f of findings) if (STRUCTURE.has(f.ruleId)) n++;
  return n;
}

/** Passes with up to this many fixes that make the structure worse are re-tried fix by fix; larger ones rule by rule. */
const ONE_BY_ONE_MAX = 24;

/** Findings grouped by rule, in order of first appearance. */
function byRule(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = groups.get(f.ruleId);
    if (g) g.push(f);
    else groups.set(f.ruleId, [f]);
  }
  return [...groups.values()];
}

/** `line:character` of a range's start: a cell's key in one version of the text. */
const at = (r: Range) => `${r.start.line}:${r.start.character}`;

/**
 * The starts (`at`) of the table cells of `now` whose number differs from the same cell (same table, row id and
 * column) of `before`, a cell appearing or going counted as a change (both 0-based positions in `now`'s text).
 */
export function changedCells(before: Report, now: Report): Set<string> {
  const out = new Set<string>();
  for (const [id, t] of Object.entries(now.tables)) {
    const old = before.tables[id as keyof Report['tables']];
    // Rows by id, each occurrence of an id matched in order.
    const oldRows = new Map<string, (typeof t.rows)[number][]>();
    for (const r of old?.rows ?? []) oldRows.set(r.id, [...(oldRows.get(r.id) ?? []), r]);
    const seen = new Map<string, number>();
    for (const r of t.rows) {
      const k = seen.get(r.id) ?? 0;
      seen.set(r.id, k + 1);
      const o = oldRows.get(r.id)?.[k];
      r.cells.forEach((c, i) => {
        if (c && num(c) !== num(o?.cells[i])) out.add(at(c.range));
      });
    }
  }
  return out;
}

/**
 * The starts (`at`) of every value cell of the 表三 rows of `now` that hold one of the cells `changed` (starts in
 * `now`): a row whose 总计 (the sum of its six applicant cells) or one of its terms the run changed.
 */
function t3RowsChanged(now: Report, changed: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const r of now.tables.t3?.rows ?? []) {
    const cells = r.cells.filter((c): c is Cell => Boolean(c));
    if (cells.some((c) => changed.has(at(c.range)))) out.push(...cells.map((c) => at(c.range)));
  }
  return out;
}

/** Characters that end a sentence of the prose (a line break too). */
const SENTENCE_END = /[。！？!?\n]/;

/** `[start, end)` of the sentence of the prose around offset `o` of `text` (from the last sentence end before it). */
export function sentenceAround(text: string, o: number): [number, number] {
  let a = o;
  while (a > 0 && !SENTENCE_END.test(text[a - 1])) a--;
  let b = o;
  while (b < text.length && !SENTENCE_END.test(text[b])) b++;
  return [a, b];
}

/**
 * `offsets` of the text before `edits` (non-overlapping, positions in that text per `lines`) moved to where they are
 * after the edits: shifted by what the edits before them add or remove; one inside an edit goes to its start.
 */
export function moveOffsets(offsets: readonly number[], edits: readonly TextEdit[], lines: LineIndex): number[] {
  const spans = edits.map((e) => ({ a: lines.offsetAt(e.range.start), b: lines.offsetAt(e.range.end), d: e.newText.length })).sort((x, y) => x.a - y.a);
  return offsets.map((o) => {
    let shift = 0;
    for (const s of spans) {
      if (s.b <= o && !(s.a === s.b && s.a === o)) shift += s.d - (s.b - s.a);
      else if (s.a < o) return s.a + shift;
    }
    return o + shift;
  });
}

/**
 * `analyze` of `text`, a pass's edit of the text whose model is `from` (null for the text given): read as the language
 * server reads a keystroke's version (`ParseOptions.previous`, `followOn`), so the lines and prose the pass left alone
 * are not read again (a pass that fixed one table of a long report re-read all its prose). The findings are those of
 * a fresh check. (`options.previous`, last year's report, is the check's only: no version this text was edited from.)
 */
function analyzeEdited(text: string, from: Report | null, options: CheckOptions & ParseOptions): { report: Report; findings: Finding[] } {
  // (Not from a model read from a split copy of its text or without its quote's markers: its lines are not the text's.)
  const base = !from || from.extras.rowBreaks || from.extras.quoted ? null : from;
  const report = parseReport(text, { ...options, previous: base });
  if (base) followOn(report, base);
  try {
    return { report, findings: checkReport(report, options) };
  } finally {
    forgetPrevious(report);
  }
}

/** Options of `fixAll`. */
export type FixAllOptions = CheckOptions & ParseOptions & {
  /** Only the fixes of these rule ids. */
  only?: string[];
  maxPasses?: number;
};

/**
 * Applies the fixes of every fixable finding, re-checking after each pass (a fix can reveal or remove others),
 * until nothing fixable is left or `maxPasses` is reached. Edits of one pass never overlap (`applyFixes` skips
 * an overlapping one; it is retried in the next pass). `only` restricts to some rule ids.
 *
 * Fixing settles: a pass whose result has more structure findings than the text before it is not taken as a
 * whole; its fixes are then tried one at a time (in a pass of more than 24 fixes, one rule's fixes at a time) and
 * each is kept only if it does not raise that number. A fix whose finding is still there after it (the same message
 * and fix) is undone and not tried again: it did not mend what it was for.
 *
 * A prose-table fix never writes into the prose a table value that an earlier pass of the run changed (one of the
 * quantity's cells, its related locations, differs from the text given): the prose agreed with the old value, which
 * is then likelier right than the fix that replaced it. Nor does a later pass take a prose-table fix in a sentence
 * an earlier pass edited: the first reading saw the whole sentence as written (`受理申请37件，办结32件，结转下年度5件`:
 * once 5 is fixed to 4, 32 must not become 37 because the prose's own sum no longer holds); nor one of a number an
 * earlier pass reported as not fixed (its message says 未自动修改, `data.saidUnfixed`). Such findings are left
 * in `withheld`. So are row-missing's fills of 表三 rows from the column sums where the run itself inserted the row
 * (missing from the text given): it stays blank, and its error says what the sums give. Generally, no fix of a run
 * writes into a blank cell that a fix of the same run put in (a row inserted, a 表二 block converted to the report's
 * format): those cells are announced blank for a person to fill, in every report of a text of several.
 */
export function fixAll(text: string, options: FixAllOptions = {}): FixAllResult {
  return runSteps(fixAllSteps(text, options));
}

/** Runs `steps` (`fixAllSteps`, or a generator built on it) to its end, without pausing, and returns its result. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `fixAll` as steps: it yields after each re-check of the text (a pass, or one unit of a pass re-tried), so that a
 * caller that must stay responsive (the language server) can serve other requests between them, or stop.
 */
export function* fixAllSteps(text: string, options: FixAllOptions = {}): Generator<void, FixAllResult, void> {
  const fixed: Finding[] = [];
  const refused: Finding[] = [];
  const refusedKeys = new Set<string>();
  const withheld: Finding[] = [];
  // Rows of 表三 (ids) whose fill from the column sums this run left (see below).
  const rowsWithheld: string[] = [];
  const key = (f: Finding) => `${f.ruleId}\u0000${f.message}\u0000${JSON.stringify(f.fix?.edits.map((e) => e.newText))}`;
  let passes = 0;
  // Rows missing one after another in a 表三 group are inserted one per pass (each goes below the group's label
  // line, the same place): a group of eight needs eight passes, a 表三 cut short after its first rows (25 rows in
  // the 2021 format, a group label with some) more than twenty. A run stops as soon as a pass changes nothing.
  const max = options.maxPasses ?? 32;
  let current = text;
  const first = analyzeEdited(current, null, options);
  yield;
  let findings = first.findings;
  let report = first.report;
  const seen = new Set<string>();
  // Offsets in `current` of the edits of earlier passes (their sentences are not fixed by prose-table again).
  // (A number an earlier pass reported without a fix is fixed once the table it is compared with adds up: a table
  // that did not add up is what withheld it, and a second run would fix it anyway, brk87 #3.)
  let edited: number[] = [];
  // Offsets in `current` of the prose numbers a pass reported without a fix and said so (未自动修改, `data.saidUnfixed`):
  // the run does not change them in a later pass (brk166 #1: 新收54件, said to be right and the table's 51 wrong, was
  // made 51 once a carry-over fix of the first pass had made 表三 add up with the wrong 51).
  let saidUnfixed: number[] = [];
  const changes = new ChangeLog();
  // The 表三 rows that row-missing fills from the column sums in the text as given (the part's index and the row id).
  const decidedAtStart = new Set(findings.filter(fillsRowFromSums).map((f) => rowKey(first.report, f)));
  // The blank cells of the text as given (`blankCells`: the author's blanks, which cell-blank fills), and those the
  // run's own fixes put in blank since (keys): a row inserted, a block converted to the other format's columns. No
  // fix of the run writes into the latter (brk140 #1: cell-blank wrote 0s into the 上一年项目数量 and 本年增/减 cells
  // that format-mixed's conversion had just announced as blank to fill).
  const givenBlanks = new Set(blankCells(first.report).keys());
  const putInBlank = new Set<string>();
  while (passes < max) {
    const lines = new LineIndex(current);
    for (const f of findings) if (!f.fix?.edits.length && f.data?.saidUnfixed === true) saidUnfixed.push(lines.offsetAt(f.range.start));
    let todo = findings.filter((f) => f.fix?.edits.length && (!options.only || options.only.includes(f.ruleId)) && !refusedKeys.has(key(f)));
    if (current !== text && todo.some((f) => f.ruleId === 'prose-table')) {
      const changed = changedCells(first.report, report);
      // (And every cell of a 表三 row with a changed cell: its 总计 is the sum of the row, so a prose number compared
      // with the 总计 may have agreed with the row's old applicant cells; brk172 #2: 上年结转1件 agreed with the 自然人 1
      // that carry-over made 2, and the 总计 2 it then matched was left; the prose was made 2 with no finding reported.)
      for (const k of t3RowsChanged(report, changed)) changed.add(k);
      const sentences = edited.map((o) => sentenceAround(current, o));
      const late = (f: Finding) => f.fix!.edits.some((e) => {
        const o = lines.offsetAt(e.range.start);
        return saidUnfixed.includes(o) || sentences.some(([a, b]) => a <= o && o < b);
      });
      const kept = todo.filter((f) => f.ruleId !== 'prose-table' || (!f.related?.some((r) => changed.has(at(r.range))) && !late(f)));
      withheld.length = 0;
      withheld.push(...todo.filter((f) => !kept.includes(f)));
      todo = kept;
    }
    // A 表三 row that row-missing fills from the column sums is not one this run put in (brk106 #10): a row missing from
    // the text is inserted blank, and its numbers stay a person's to check against the original table (a row gone
    // from the table says the table was mangled; the sums would take in any other slip of its columns). The quick fix,
    // or the next run, fills it once the error has been seen. A row the text has blank (the standard table's) is filled.
    // Nor is a blank row the sums decide only with a row this run filled from them (brk107 #1: （七）总计 and 四、结转
    // both blank, （七） filled from the results, which took in a wrong 22; 四 then came out 0 from it, and the wrong
    // number was hidden): after a row filled so, only the rows the text as given decides are. (Blanks of a partly
    // typed row, filled from its own total, may decide a blank row: fix-typo-chain.)
    // (In a text of several reports, the row of the finding's own report: brk144 #1, a row inserted in the second
    // report was filled with 0s in the run that inserted it.)
    const putIn = todo.filter((f) => fillsRowFromSums(f) && (insertedRow(first.report, report, f) || (fixed.some(fillsRowFromSums) && !decidedAtStart.has(rowKey(report, f)))));
    if (putIn.length) {
      todo = todo.filter((f) => !putIn.includes(f));
      for (const f of putIn) if (!rowsWithheld.includes(rowKey(report, f))) rowsWithheld.push(rowKey(report, f));
    }
    // Nor any fix that writes into a cell the run put in blank (whatever the rule: cell-blank, row-missing's fill).
    // (The run's blank cells as this text reads them, found once for all the pass's findings.)
    const blanksNow = putInBlank.size ? blanksPutIn(report, putInBlank) : [];
    const intoPutIn = blanksNow.length ? todo.filter((f) => fillsBlankPutIn(current, blanksNow, f, options)) : [];
    if (intoPutIn.length) {
      todo = todo.filter((f) => !intoPutIn.includes(f));
      for (const f of intoPutIn) if (fillsRowFromSums(f) && !rowsWithheld.includes(rowKey(report, f))) rowsWithheld.push(rowKey(report, f));
    }
    if (!todo.length) break;
    // Lines broken with U+2028 & co. are made real lines first, in a pass of their own that is always taken: only
    // then can the report be read, so its structure findings before that pass say nothing (line-separator.ts).
    const lineBreaks = todo.filter((f) => f.ruleId === lineSeparator.meta.id);
    if (lineBreaks.length) todo = lineBreaks;
    // Suppression comments whose name or rule id is corrected, or that are moved out of a table (around it, or to the
    // end of a row), go next, in a pass of their own: once right they suppress what they cover, which the same pass
    // must not fix (helper-207 #1: a label kept as 原表如此 was changed; brk94 #5: a comment between 表三's header and
    // its delimiter row became a block around the table, and the same pass rewrote the header's label it covers).
    // (The writer's comments moved out of a table go with them: a stack of both goes to a row's end in one pass, in order.)
    // (So does a suppression comment closed where its `-->` was lost: the finding it covers, a template note, is then
    // suppressed, not deleted by the same pass; comment-unclosed.)
    const directives = todo.filter((f) => f.ruleId === disableUnknownRule.meta.id || f.ruleId === disableInTable.meta.id || f.ruleId === commentInTable.meta.id || f.ruleId === tableBlankLine.meta.id || f.ruleId === commentUnclosed.meta.id);
    if (!lineBreaks.length && directives.length) todo = directives;
    // Tables taken out of a code block (their indentation removed) go next, alone: the other fixes in them were made
    // on the indented lines (a row inserted keeps the indentation the others lose).
    const indented = todo.filter((f) => f.ruleId === tableIndented.meta.id);
    if (!lineBreaks.length && !directives.length && indented.length) todo = indented;
    // A missing section's heading is inserted after whatever else a fix of the pass inserts at the same point: that
    // belongs to the section before it (brk170 #1: a draft ending in `## 二、…` with no final newline had 表二 and the
    // sections 三–六 inserted at the end of the file, the table in the order of the findings, under 六). Insertions at
    // one point are applied in the order taken (`applyFixes`); the sections' own order is kept.
    todo = [...todo.filter((f) => f.ruleId !== sectionMissing.meta.id), ...todo.filter((f) => f.ruleId === sectionMissing.meta.id)];
    // Take each finding's edits as a unit; a finding whose edits overlap an earlier one waits for the next pass.
    const taken = new TakenEdits(new LineIndex(current));
    let appliedFindings = todo.filter((f) => taken.tryAdd(f.fix!.edits, f.fix!.holds));
    passes++;
    const before = structureCount(findings);
    let next = applyFixes(current, taken.edits).text;
    let analysed = next === current ? { report, findings } : analyzeEdited(next, report, options);
    yield;
    let after = analysed.findings;
    // (A comment closed where its `-->` was lost shows what it hid, which the page shows too once closed: structure
    // findings that come up then are the report's, not the fix's; comment-unclosed's fixes are taken as they are.)
    const revealing = appliedFindings.length > 0 && appliedFindings.every((f) => f.ruleId === commentUnclosed.meta.id);
    if (structureCount(after) > before && !lineBreaks.length && !revealing) {
      // Unit by unit: keep a fix only if the structure does not get worse with it. The units are single fixes, or
      // for a pass of many fixes each rule's fixes together (a re-check per fix of a long document would take
      // minutes).
      const units = appliedFindings.length <= ONE_BY_ONE_MAX ? appliedFindings.map((f) => [f]) : byRule(appliedFindings);
      const kept: Finding[] = [];
      const keptEdits: TextEdit[] = [];
      let keptText = current;
      let keptAnalysed = { report, findings };
      for (const unit of units) {
        const edits = unit.flatMap((f) => f.fix!.edits);
        const t = applyFixes(current, [...keptEdits, ...edits]).text;
        const a = analyzeEdited(t, report, options);
        yield;
        const fs = a.findings;
        if (structureCount(fs) > before) {
          for (const f of unit) {
            refused.push(f);
            refusedKeys.add(key(f));
          }
          continue;
        }
        kept.push(...unit);
        keptEdits.push(...edits);
        keptText = t;
        keptAnalysed = a;
      }
      appliedFindings = kept;
      next = keptText;
      analysed = keptAnalysed;
      after = analysed.findings;
    }
    // A fix whose finding is still there after it, word for word and with the same fix (as many of them as before),
    // did not mend it: a line inserted where it is not read back as the row it names would be inserted again at
    // every pass. It is undone and not tried again.
    const counts = (fs: Finding[]) => {
      const m = new Map<string, number>();
      for (const f of fs) if (f.fix?.edits.length) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
      return m;
    };
    const [countBefore, countAfter] = [counts(findings), counts(after)];
    const ineffective = appliedFindings.filter((f) => (countAfter.get(key(f)) ?? 0) >= (countBefore.get(key(f)) ?? 0));
    if (ineffective.length) {
      for (const f of ineffective) {
        refused.push(f);
        refusedKeys.add(key(f));
      }
      appliedFindings = appliedFindings.filter((f) => !ineffective.includes(f));
      next = applyFixes(current, appliedFindings.flatMap((f) => f.fix!.edits)).text;
      analysed = next === current ? { report, findings } : analyzeEdited(next, report, options);
      after = analysed.findings;
      yield;
    }
    if (next === current || seen.has(next)) break;
    seen.add(next);
    changes.pass(current, lines, appliedFindings);
    const taken2 = appliedFindings.flatMap((f) => f.fix!.edits);
    edited = moveOffsets([...edited, ...taken2.map((e) => lines.offsetAt(e.range.start))], taken2, lines);
    saidUnfixed = moveOffsets(saidUnfixed, taken2, lines);
    // The blank cells this pass put in: blank now, not blank (or not there) in the text given, inside the new text of
    // one of its edits (not a blank of the author's that a row read only now, its label mended, shows).
    const spans = newTextSpans(taken2, lines);
    for (const [k, c] of blankCells(analysed.report)) {
      if (givenBlanks.has(k) || putInBlank.has(k)) continue;
      const o = analysed.report.lines.offsetAt(c.range.start);
      if (spans.some(([a, b]) => a <= o && o <= b)) putInBlank.add(k);
    }
    current = next;
    findings = after;
    report = analysed.report;
    fixed.push(...appliedFindings);
  }
  // (A fix a later pass undid, and the fix that undid it, changed nothing: not counted as fixed; brk106 #21.)
  const undone = changes.undone();
  // (The fills left are those of the rows still without numbers at the end, where they are then.)
  const rowsLeft = findings.filter((f) => fillsRowFromSums(f) && rowsWithheld.includes(rowKey(report, f)));
  // (And the fixes into cells the run put in blank, as they stand at the end.)
  const blanksEnd = putInBlank.size ? blanksPutIn(report, putInBlank) : [];
  const blanksLeft = blanksEnd.length ? findings.filter((f) => !rowsLeft.includes(f) && f.fix?.edits.length && (!options.only || options.only.includes(f.ruleId)) && fillsBlankPutIn(current, blanksEnd, f, options)) : [];
  return { text: current, fixed: undone.size ? fixed.filter((f) => !undone.has(f)) : fixed, passes, refused, withheld: [...withheld, ...rowsLeft, ...blanksLeft], undone: fixed.filter((f) => undone.has(f)) };
}

/** One edit of a fix as it stands in the text of the run so far: where its new text is, and what it replaced. */
interface Change {
  finding: Finding;
  /** `[start, end)` of the edit's new text in the current text (offsets). */
  start: number;
  end: number;
  /** The text the edit replaced. */
  old: string;
  /** A later edit wrote `old` back over exactly this new text. */
  undone: boolean;
  /** A later edit changed part of it, or wrote next to it inside: no longer told apart (never undone). */
  touched: boolean;
}

/**
 * The edits of the fixes of a fix-all run, followed through its passes, to tell the fixes that a later pass undid
 * (a value-in-label fix adding a cell that the next pass's value-in-label took out again, once a row-missing fix of the
 * first pass made the group's rows line up: brk106 #21): such a fix and the one that undid it changed nothing together.
 */
class ChangeLog {
  private readonly changes: Change[] = [];
  /** The findings with an edit that undid an earlier one, by how many of their edits did. */
  private readonly undoing = new Map<Finding, number>();

  /** Pass `applied` of the run on `text` (`lines` its index): the edits of their fixes, as applied (non-overlapping). */
  pass(text: string, lines: LineIndex, applied: readonly Finding[]): void {
    const spans = applied.flatMap((f) => f.fix!.edits.map((e) => ({ f, a: lines.offsetAt(e.range.start), b: lines.offsetAt(e.range.end), n: e.newText }))).sort((x, y) => x.a - y.a || x.b - y.b);
    const reverting = new Set<(typeof spans)[number]>();
    for (const sp of spans) {
      const c = this.changes.find((x) => !x.undone && !x.touched && x.start === sp.a && x.end === sp.b && x.old === sp.n);
      if (!c) continue;
      c.undone = true;
      reverting.add(sp);
      this.undoing.set(sp.f, (this.undoing.get(sp.f) ?? 0) + 1);
    }
    // Where each earlier change is after this pass.
    for (const c of this.changes) {
      if (c.undone) continue;
      let shiftStart = 0, shiftEnd = 0;
      for (const sp of spans) {
        const d = sp.n.length - (sp.b - sp.a);
        // Before it (an insertion at its start goes before its text too), or after it (one at its end goes after).
        if (sp.b <= c.start && !(sp.a === sp.b && sp.a === c.start && c.start === c.end)) shiftStart += d, shiftEnd += d;
        else if (sp.a >= c.end) continue;
        else c.touched = true, shiftEnd += d;
      }
      c.start += shiftStart;
      c.end += shiftEnd;
    }
    // The new changes, where their text is after the pass.
    let shift = 0;
    for (const sp of spans) {
      const start = sp.a + shift;
      shift += sp.n.length - (sp.b - sp.a);
      if (reverting.has(sp)) continue;
      this.changes.push({ finding: sp.f, start, end: start + sp.n.length, old: text.slice(sp.a, sp.b), undone: false, touched: false });
    }
  }

  /** The findings whose every edit a later one undid, and those whose every edit undid an earlier one. */
  undone(): Set<Finding> {
    const out = new Set<Finding>();
    const edits = new Map<Finding, { all: number; undone: number }>();
    for (const c of this.changes) {
      const e = edits.get(c.finding) ?? { all: 0, undone: 0 };
      e.all++;
      if (c.undone) e.undone++;
      edits.set(c.finding, e);
    }
    for (const [f, e] of edits) if (e.all === e.undone) out.add(f);
    for (const [f, n] of this.undoing) if (n === f.fix!.edits.length) out.add(f);
    return out;
  }
}

/**
 * Whether `f` is row-missing's finding whose fix fills a blank 表三 row from the column sums (`data.fromSums`), or a
 * blank 上年结转 row from last year's report (`data.fromLastYear`): the same terms in a run (not in the run that
 * inserted the row, nor on the strength of numbers the run wrote).
 */
function fillsRowFromSums(f: Finding): boolean {
  return f.ruleId === 'row-missing' && (f.data?.fromSums === true || f.data?.fromLastYear === true);
}

/** The index of the report (`reportParts`) of `report`'s text that line `line` is in (0 for a text of one report). */
function partIndexAt(report: Report, line: number): number {
  const parts = reportParts(report);
  const k = parts.findIndex((p) => p.startLine <= line && line < p.endLine);
  return k < 0 ? 0 : k;
}

/** The report of `f`'s table row, by its index among `current`'s reports, and the row (`data.row`): a key in the run. */
function rowKey(current: Report, f: Finding): string {
  return `${partIndexAt(current, f.range.start.line)}|${String(f.data?.row)}`;
}

/**
 * Whether the 表三 row of row-missing's finding `f` (`data.row`, on a line of `current`, the text as the run has it
 * now) is absent from its report in `given`, the text the run was given (the same report of a 汇编: brk144 #1).
 */
function insertedRow(given: Report, current: Report, f: Finding): boolean {
  const part = reportParts(given)[partIndexAt(current, f.range.start.line)]?.report;
  const row = part?.tables.t3?.rows.find((r) => r.id === f.data?.row);
  return !row || row.match.kind === 'absent';
}

/**
 * The value cells of the tables of every report of `report`'s text, by key (the report's index, table, row id with its
 * occurrence, column): a cell keeps its key while fixes move, align or re-read the lines around it.
 */
function cellsByKey(report: Report): Map<string, Cell> {
  const out = new Map<string, Cell>();
  reportParts(report).forEach((part, k) => {
    for (const [id, t] of Object.entries(part.report.tables)) {
      if (!t) continue;
      const seen = new Map<string, number>();
      for (const r of t.rows) {
        const n = seen.get(r.id) ?? 0;
        seen.set(r.id, n + 1);
        if (r.match.kind === 'absent') continue;
        r.cells.forEach((c, i) => {
          if (c) out.set(`${k}|${id}|${r.id}#${n}|${i}`, c);
        });
      }
    }
  });
  return out;
}

/** The blank value cells of `cellsByKey`. */
function blankCells(report: Report): Map<string, Cell> {
  return new Map([...cellsByKey(report)].filter(([, c]) => c.raw === ''));
}

/** `[start, end]` offsets, in the text after `edits` (non-overlapping, positions per `lines`), of their new text. */
function newTextSpans(edits: readonly TextEdit[], lines: LineIndex): [number, number][] {
  const sorted = edits.map((e) => ({ a: lines.offsetAt(e.range.start), b: lines.offsetAt(e.range.end), n: e.newText.length })).sort((x, y) => x.a - y.a);
  let shift = 0;
  return sorted.map((e) => {
    const start = e.a + shift;
    shift += e.n - (e.b - e.a);
    return [start, start + e.n];
  });
}

/** The blank cells of `report` (`blankCells`, by key) whose keys are in `putIn`: those the run's own fixes put in. */
function blanksPutIn(report: Report, putIn: ReadonlySet<string>): [string, Cell][] {
  return [...blankCells(report)].filter(([k]) => putIn.has(k));
}

/**
 * Whether `f`'s fix, applied to `text`, writes into one of `blanks` (`blanksPutIn` of the report of `text`): a cell
 * of them no longer blank after it. Only a fix with an edit on the line of such a cell is read so.
 */
function fillsBlankPutIn(text: string, blanks: readonly [string, Cell][], f: Finding, options: ParseOptions): boolean {
  if (!blanks.some(([, c]) => f.fix!.edits.some((e) => e.range.start.line <= c.range.start.line && c.range.start.line <= e.range.end.line))) return false;
  const after = cellsByKey(parseReport(applyFixes(text, f.fix!.edits).text, { ...options, previous: null }));
  // (A cell gone, its row deleted, is not written into; nor one still blank.)
  return blanks.some(([k]) => (after.get(k)?.raw ?? '') !== '');
}
