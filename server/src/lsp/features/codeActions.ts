/**
 * Code actions: the quick fix of each fixable diagnostic, "fix all of this rule", `source.fixAll.nianbao`
 * (for `editor.codeActionsOnSave`), "suppress this finding", and the refactoring that rewrites a pasted table layout
 * as a pipe table. A client that resolves code actions (`codeAction/resolve` with `edit` among its resolvable
 * properties, as VS Code's) gets them without their edit and with a small `data` (`CodeActionDataSchema`); the edit
 * is computed when the action is resolved, against the document's text then (`resolveCodeAction`).
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { CodeActionKind, type WorkspaceEdit, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { fixAllSteps, isKnownRuleId, runSteps, reportSuppressionEdits, sourceLinesOf, TakenEdits, UNUSED_DISABLE, type Finding, type Locale, type RuleSetting, type TableId, type TextEdit } from '../../core/index.js';
import { convertTableEdit, packedTable, pastedLayout } from '../../core/editor/convert.js';
import { writtenRange } from '../../core/parse/html-rows.js';
import { fileNameOf, findingKeyBase, findingKeys, minimalEdits, type Analysis, type FixAllMemo, type Override } from '../analysis.js';
import { readDiagnosticData, SOURCE, type DiagnosticData } from './diagnostics.js';
import { FixAllKind, ServerCommands } from '../protocol.js';
import { fixAllWithControlCharsSteps } from '../../node/control-chars.js';
import type { Report } from '../../core/index.js';
import type { LineIndex } from '../../core/text/lines.js';

export interface ActionEnv {
  locale: Locale;
  rules: Record<string, RuleSetting>;
  override: Override;
  previous: Report | null;
  /**
   * The client applies versioned edits (`workspace.workspaceEdit.documentChanges`): edits are sent as a
   * `TextDocumentEdit` naming the version they were computed for, so that a client refuses them once the text moved on.
   */
  documentChanges?: boolean;
  /**
   * The client resolves code actions' edits (`textDocument.codeAction.resolveSupport.properties` holds `edit`, and
   * `dataSupport`): actions are sent with `data` and no `edit`, which `codeAction/resolve` computes.
   */
  resolve?: boolean;
  /**
   * The client resolves code actions' `command` too (`textDocument.codeAction.resolveSupport.properties` holds
   * `command`, as VS Code's client declares): an action that is gone when resolved carries `ServerCommands.fixGone`.
   */
  resolveCommand?: boolean;
  /**
   * For `resolveCodeAction`: where line `line` of the document's version `version` is in the version resolved on
   * (`EditLog.mapLine`): a line; null when that line was edited since; undefined when it cannot be told.
   */
  mapLine?: (line: number, version: number) => number | null | undefined;
  /**
   * The session the document is open in (`EditLog.session`; absent: 0). Actions name it: a client may number the
   * versions of a document closed and opened again from 1 again, so an action of another session names its
   * version and line in another text, and its finding is found again by its print alone (`findAgain`).
   */
  session?: number;
  /**
   * Offer `source.fixAll.nianbao` to a request that names no kinds (`context.only` absent): how Helix and Neovim ask,
   * with no other way to reach it. Not for VS Code, which asks so for its light bulb at every cursor move and drops
   * source actions from it itself (its Source Action… menu and `codeActionsOnSave` name the kind): fix-all re-checks
   * the text pass after pass, work it would throw away.
   */
  fixAllUnasked?: boolean;
  /**
   * The diagnostics published for the analysis: a request whose `context.diagnostics` is empty (a client that sends
   * none) gets the actions of those of them that overlap its range.
   */
  published?: () => Diagnostic[];
}

const t = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || !only.length) return true;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/**
 * The workspace edit of a code action on document `uri`, computed for its version `version`: a versioned
 * `TextDocumentEdit` when the client supports `documentChanges` (a stale edit is then refused), else `changes`.
 */
function workspaceEdit(uri: string, version: number, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  // A file read from disk (negative stamp) has no LSP version: null, as the protocol writes an unversioned document.
  if (versioned) return { documentChanges: [{ textDocument: { uri, version: version >= 0 ? version : null }, edits: edits as LspTextEdit[] }] };
  return { changes: { [uri]: edits as LspTextEdit[] } };
}

/** Whether position `a` is before position `b`. */
function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether ranges `a` and `b` overlap or touch (a cursor, an empty range, at a diagnostic's start or end counts). */
function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function intersects(a: { start: { line: number }; end: { line: number } }, b: { start: { line: number }; end: { line: number } }): boolean {
  return !(a.end.line < b.start.line || a.start.line > b.end.line);
}

const Sent = { uri: z.string().check(z.minLength(1)), version: z.int(), session: z.int().check(z.nonnegative()) };
const OneFinding = { ...Sent, ruleId: z.string().check(z.minLength(1)), finding: z.string().check(z.minLength(1)), line: z.int().check(z.nonnegative()) };
/**
 * The `data` of a code action sent for resolving (`ActionEnv.resolve`): the document (`uri`), the session it was
 * open in (`ActionEnv.session`) and the version the action was offered for, and what the action does. `fix` (the finding's quick fix) and `suppress` name the finding
 * by `ruleId`, `finding` (`findingPrint`: its rule, the text of its lines and its columns; for `fix`, also what the
 * fix does) and `line` (its start line in `version`), so that it is found again where that line is now, after lines
 * were added or removed above it (`findAgain`). `fixRule`: every fix of `ruleId`;
 * `fixAll`: `source.fixAll.nianbao`; `convert`: the refactoring of a pasted `table`.
 */
export const CodeActionDataSchema = z.discriminatedUnion('action', [
  z.object({ ...OneFinding, action: z.literal('fix') }),
  z.object({ ...OneFinding, action: z.literal('suppress') }),
  z.object({ ...Sent, action: z.literal('fixRule'), ruleId: z.string().check(z.minLength(1)) }),
  z.object({ ...Sent, action: z.literal('fixAll') }),
  z.object({ ...Sent, action: z.literal('convert'), table: z.enum(['t2', 't3', 't4']) }),
]);
export type CodeActionData = z.infer<typeof CodeActionDataSchema>;

/**
 * A finding's print, independent of where its lines are: its rule, its columns, the text of the lines its range
 * covers and, with `withFix`, its fix's title and new texts (so that a fix resolved later does what its title said).
 * A short base64url hash.
 */
function findingPrint(lines: LineIndex, f: Finding, withFix: boolean): string {
  const r = f.range;
  const text: string[] = [];
  for (let i = r.start.line; i <= r.end.line && i < lines.lineCount; i++) text.push(lines.line(i));
  const parts: unknown[] = [f.ruleId, r.start.character, r.end.line - r.start.line, r.end.character, text];
  if (withFix) parts.push(f.fix ? [f.fix.title.zh, f.fix.title.en, f.fix.edits.map((e) => e.newText)] : null);
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url').slice(0, 20);
}

/** The print (`findingPrint`) and start line of finding `f` of `a`, as an action's data names it. */
function identify(a: Analysis, f: Finding, withFix: boolean): { finding: string; line: number } {
  return { finding: findingPrint(a.report!.lines, f, withFix), line: f.range.start.line };
}

/**
 * The finding of `a` with print `finding` (`identify`) that was on line `line` of version `version`: the one with
 * that print on the line it maps to (`ActionEnv.mapLine`); none when that line was edited since. When the line cannot
 * be mapped (an older version than the edit log holds, or an action of another session of the document, whose
 * version may be the same number for another text), the only finding with that print, and none when there are
 * several (which one it was is not known).
 */
function findAgain(a: Analysis, data: { ruleId: string; finding: string; line: number; version: number; session: number }, withFix: boolean, env: ActionEnv): Finding | undefined {
  const lines = a.report!.lines;
  const matches = (g: Finding) => g.ruleId === data.ruleId && findingPrint(lines, g, withFix) === data.finding;
  const mapped = data.session !== (env.session ?? 0) ? undefined
    : env.mapLine ? env.mapLine(data.line, data.version) : data.version === a.version ? data.line : undefined;
  if (mapped === null) return undefined;
  // A mapped line names the one place to look: only the findings there are printed.
  if (mapped !== undefined) return a.findings.find((g) => g.range.start.line === mapped && matches(g));
  const same = a.findings.filter(matches);
  return same.length === 1 ? same[0] : undefined;
}

/**
 * "Suppress" edits for finding `f` (`suppressionEdits`), or null when no comment can silence it: the ids
 * `checkReport`'s suppression pass reads (`isKnownRuleId`), not the findings added outside it (encoding-invalid,
 * not-checked, config-invalid), which a comment naming them leaves in place and disable-unknown-rule then reports;
 * not findings about the comments themselves, whose own comment line would break a table again; not where no
 * comment line can go without cutting a table.
 */
function suppressFor(report: Report, f: Finding): { edits: TextEdit[]; table: boolean; toEnd: boolean } | null {
  if (!isKnownRuleId(f.ruleId) || f.ruleId === UNUSED_DISABLE || f.ruleId === 'internal-error' || f.ruleId === 'disable-in-table') return null;
  return reportSuppressionEdits(report, f);
}

/**
 * Every fix of rule `ruleId` that can go in one pass: whole fixes only (a fix's edits go together); one overlapping
 * an earlier one is left for the next time. `n`: how many findings the edits resolve (two findings of one block
 * whose fixes are the same edit, as format-mixed's block replacement, count two); `all`: how many findings of the
 * rule have a fix.
 */
function ruleFixes(a: Analysis, ruleId: string, env?: ActionEnv): { n: number; all: number; edits: TextEdit[] } {
  const same = a.findings.filter((g) => g.ruleId === ruleId && g.fix?.edits.length);
  const taken = new TakenEdits(a.report!.lines);
  const takenKeys = new Set<string>();
  const n = same.filter((g) => {
    const key = JSON.stringify(g.fix!.edits);
    if (takenKeys.has(key)) return true;
    if (!taken.tryAdd(g.fix!.edits, g.fix!.holds)) return false;
    takenKeys.add(key);
    return true;
  }).length;
  // Fixes that cannot all go in one pass (rows missing one after another in a 表三 group, each inserted at the same
  // place; helper-222 #8: one of four was): the engine's fix-all of this rule alone, pass after pass, as one edit.
  if (env && n < same.length) {
    const result = fixAllEdit(a, env, ruleId);
    if (result && result.count > n) return { n: result.count, all: same.length, edits: result.edits };
  }
  return { n, all: same.length, edits: taken.edits };
}

/**
 * The engine's fix-all of the report of `a`, as `nianbao check --fix` runs it (passes re-checked; fixes that would
 * make the structure worse are refused; stray control characters first), as the edits of its changed lines, with the count of fixes; null
 * when nothing changes. With `ruleId`, the fixes of that rule only (`--fix` of one rule: its passes; no control
 * characters), counted for it. Kept on `a` (`Analysis.fixAll`, `Analysis.ruleFixAll`) for the same settings: a
 * resolving client asks for it twice, once offered and once resolved, and the light bulb at every cursor move.
 */
function fixAllEdit(a: Analysis, env: ActionEnv, ruleId?: string): { count: number; edits: TextEdit[] } | null {
  const kept = keptFixAll(a, env, ruleId);
  if (kept) return kept.result;
  return runSteps(fixAllStepsOf(a, env, ruleId));
}

/** `a`'s fix-all kept for the settings of `env` (see `fixAllEdit`), or undefined. */
function keptFixAll(a: Analysis, env: ActionEnv, ruleId?: string): FixAllMemo | undefined {
  const kept = ruleId ? a.ruleFixAll?.get(ruleId) : a.fixAll;
  return kept && kept.locale === env.locale && kept.previous === env.previous && kept.settings === settingsKey(env) ? kept : undefined;
}

/** The rule settings and format override of `env` as one string, which a kept fix-all was computed under. */
function settingsKey(env: ActionEnv): string {
  return JSON.stringify([env.rules, env.override]);
}

/** `fixAllEdit` computed afresh, in the steps of `fixAllSteps` (a re-check each), and kept on `a`. */
function* fixAllStepsOf(a: Analysis, env: ActionEnv, ruleId?: string): Generator<void, { count: number; edits: TextEdit[] } | null, void> {
  const report = a.report!;
  // (The file's name: a .txt file's backticks are text, as the document was read.)
  const options = { format: env.override.format, year: env.override.year, rules: env.rules, locale: env.locale, previous: env.previous, fileName: fileNameOf(a.uri) };
  const fixed = ruleId ? yield* fixAllSteps(sourceLinesOf(report).text, { ...options, only: [ruleId] }) : yield* fixAllWithControlCharsSteps(sourceLinesOf(report), options);
  // (One edit per stretch of changed lines, not one over everything between the first change and the last.)
  const ms = minimalEdits(report.text, fixed.text);
  const count = ruleId ? fixed.fixed.filter((x) => x.ruleId === ruleId).length : fixed.fixed.length;
  const result = ms.length ? { count, edits: ms.map((m) => ({ range: { start: report.lines.positionAt(m.start), end: report.lines.positionAt(m.end) }, newText: m.newText })) } : null;
  const memo = { locale: env.locale, previous: env.previous, settings: settingsKey(env), result };
  if (ruleId) (a.ruleFixAll ??= new Map()).set(ruleId, memo);
  else a.fixAll = memo;
  return result;
}

/**
 * Computes ahead the fix-all that `codeActions` offers for `params` (`source.fixAll.nianbao`), when it is not kept on
 * `a`: in steps, giving the event loop a turn after each re-check of the text, so that the server answers other
 * requests (a hover, another document's diagnostics) while a long document is fixed, and stopping when `cancelled`
 * says so (then false; the caller answers RequestCancelled). `codeActions` then finds it kept.
 */
export async function prepareFixAll(a: Analysis, params: CodeActionParams, env: ActionEnv, cancelled: () => boolean): Promise<boolean> {
  const only = params.context.only;
  // (Asked for as `codeActions` offers it: by kind, or with no kinds from a client with no other way to it.)
  const asked = only?.length ? wants(only, FixAllKind) : Boolean(env.fixAllUnasked);
  if (!a.report || !asked || !a.findings.some((f) => f.fix?.edits.length) || keptFixAll(a, env)) return true;
  const steps = fixAllStepsOf(a, env);
  for (;;) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (cancelled()) return false;
    if (steps.next().done) return true;
  }
}

/**
 * The model table `id` of analysis `a` is converted from: `a.report`, or the reading the rules read (`Analysis.reading`)
 * when the table has rows run together on a line, which `a.report`, the text as written, does not see (brk161 #1); with
 * the table's range in the text as written.
 */
function convertSource(a: Analysis, id: TableId): { report: Report; range: Range; name: string } | null {
  const reading = a.reading;
  const rb = reading?.extras.rowBreaks;
  if (reading && rb && packedTable(reading, id)) {
    const t = reading.tables[id]!;
    return { report: reading, range: writtenRange(rb, t.range), name: t.name };
  }
  const t = a.report?.tables[id];
  return t ? { report: a.report!, range: t.range, name: t.name } : null;
}

/** The refactoring's edit for table `id` of the report and the layout it was written in; null when it is a pipe table already (`convertTableEdit`) or cannot be converted. */
function convertFor(report: Report, id: TableId): { edit: TextEdit; was: { zh: string; en: string } } | null {
  const e = convertTableEdit(report, id);
  // The layout the table's lines are written in (the reader's `layout` says `none` for a plain cell-per-line paste).
  return e ? { edit: e, was: pastedLayout(report, id)!.name } : null;
}

/**
 * All code actions for a request on the analysed document `a`. With `env.resolve`, each carries `data`
 * (`CodeActionData`) instead of its `edit`, for `resolveCodeAction`.
 */
export function codeActions(a: Analysis, params: CodeActionParams, env: ActionEnv): CodeAction[] {
  const out: CodeAction[] = [];
  const report = a.report;
  if (!report || !a.isTarget) return out;
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const ids = findingKeys(a.findings);
  const keys = new Map(a.findings.map((f, i) => [ids[i], f] as const));
  /** The action with its edit, or with the data that resolves it. */
  const withEdit = (action: CodeAction, data: CodeActionData, edits: TextEdit[]): CodeAction => {
    if (env.resolve) action.data = data;
    else action.edit = workspaceEdit(uri, a.version, edits, Boolean(env.documentChanges));
    return action;
  };
  const sent = { uri, version: a.version, session: env.session ?? 0 };
  /**
   * The data of diagnostic `d` sent back without it (a client without `codeAction.dataSupport`, which drops a
   * diagnostic's `data`; brk87 #5): the current finding of its rule at its range, the one of its message when several
   * share the range; null when none (a diagnostic of an older version, shifted by the editor, matches no range).
   */
  const dataByLook = (d: Diagnostic): DiagnosticData | null => (d.data !== undefined ? null : look(d, false));
  /**
   * The data of the current finding of `d`'s rule at `d`'s range (`dataByLook`); `sameMessage`: only one with
   * `d`'s message (a diagnostic whose data was made for another version, `staleData`).
   */
  const look = (d: Diagnostic, sameMessage: boolean): DiagnosticData | null => {
    if ((d.source !== undefined && d.source !== SOURCE) || typeof d.code !== 'string') return null;
    const base = findingKeyBase(d.code, d.range);
    const at = (i: number) => ids[i] === base || ids[i].startsWith(`${base}#`);
    let i = a.findings.findIndex((f, k) => at(k) && f.message === d.message);
    if (i < 0 && !sameMessage) i = ids.findIndex((_, k) => at(k));
    if (i < 0) return null;
    const f = a.findings[i];
    return { key: ids[i], version: a.version, fixable: Boolean(f.fix?.edits.length) };
  };

  // A client that sends no diagnostics with its request (brk110 #4): ours that overlap its range, as VS Code sends them.
  const context = params.context.diagnostics.length ? params.context.diagnostics as Diagnostic[]
    : (env.published?.() ?? []).filter((d) => overlaps(d.range, params.range));
  const later: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const rulesOffered = new Set<string>();
    /** The quick fixes offered so far, by their edits (as JSON). */
    const fixesOffered = new Map<string, CodeAction>();
    // "Suppress on this line": a `<!-- nianbao-disable-next-line rule-id -->` comment above the finding; on a row of
    // a pipe table, a disable/enable pair around the table (a comment between rows would end the rendered table); for
    // a finding about something absent shown at the text's end, a disable comment above it to the end.
    /** The suppress actions offered so far, by their edits (as JSON): one per rule and place (brk106 #20). */
    const suppressOffered = new Map<string, CodeAction>();
    const suppress = (f: Finding, d: Diagnostic) => {
      const s = suppressFor(report, f);
      if (!s) return;
      // Several findings of one rule on one line (five sections missing, shown on one heading) share one comment:
      // one action, suppressing each of them.
      const key = JSON.stringify(s.edits);
      const offered = suppressOffered.get(key);
      if (offered) {
        offered.diagnostics!.push(d);
        return;
      }
      const action = withEdit({
        title: s.toEnd
          ? s.table
            ? t(env.locale, `从这张表格起至文末屏蔽 ${f.ruleId}（在表格前添加 nianbao-disable 注释）`, `Suppress ${f.ruleId} from this table to the end (a nianbao-disable comment above the table)`)
            : t(env.locale, `从此处至文末屏蔽 ${f.ruleId}（添加 nianbao-disable 注释）`, `Suppress ${f.ruleId} from here to the end (a nianbao-disable comment)`)
          : s.table
            ? t(env.locale, `在整张表格中屏蔽 ${f.ruleId}（在表格前后添加 nianbao-disable / nianbao-enable 注释）`, `Suppress ${f.ruleId} in this whole table (nianbao-disable / nianbao-enable comments around it)`)
            : t(env.locale, `在此处屏蔽 ${f.ruleId}（添加 nianbao-disable-next-line 注释）`, `Suppress ${f.ruleId} here (nianbao-disable-next-line comment)`),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
      }, { ...sent, action: 'suppress', ruleId: f.ruleId, ...identify(a, f, false) }, s.edits);
      suppressOffered.set(key, action);
      later.push(action);
    };
    for (const d of context) {
      let data = readDiagnosticData(d) ?? dataByLook(d);
      // Data made for another version (a diagnostic the client kept from an older version of the text, which may be
      // the same text again: brk89 #10, it got no action at all, while the same diagnostic without data got them):
      // found again as a diagnostic without data is, by its rule and range, and here its message too, among the
      // current findings. Its actions are the current finding's, computed on the current text. One the editor shifted
      // while the new diagnostics were on their way matches no current finding there, and gets none.
      if (data && data.version !== a.version) data = look(d, true);
      if (!data || data.version !== a.version) continue;
      const f = keys.get(data.key);
      if (!f) continue;
      if (!data.fixable || !f.fix || !f.fix.edits.length) { suppress(f, d); continue; }
      // Two rules may fix one cell alike (sum-applicants and sum-results both set （七）总计's 总计): one action per
      // distinct edit, the first one's, fixing each diagnostic it resolves.
      const editKey = JSON.stringify(f.fix.edits);
      const offered = fixesOffered.get(editKey);
      if (offered) offered.diagnostics!.push(d);
      else {
        const action = withEdit({
          title: t(env.locale, f.fix.title.zh, f.fix.title.en),
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
        }, { ...sent, action: 'fix', ruleId: f.ruleId, ...identify(a, f, true) }, f.fix.edits);
        fixesOffered.set(editKey, action);
        out.push(action);
      }
      suppress(f, d);
      // Fix all of this rule, when the document has more than one fixable finding of it.
      if (rulesOffered.has(f.ruleId)) continue;
      rulesOffered.add(f.ruleId);
      const all = ruleFixes(a, f.ruleId, env);
      if (all.all < 2) continue;
      out.push(withEdit({
        title: t(env.locale, `修复本文档中全部 ${f.ruleId} 问题（${all.n} 处）`, `Fix all ${f.ruleId} problems in this document (${all.n})`),
        kind: CodeActionKind.QuickFix,
        diagnostics: context.filter((x) => x.source === SOURCE && x.code === f.ruleId && readDiagnosticData(x)),
      }, { ...sent, action: 'fixRule', ruleId: f.ruleId }, all.edits));
    }
  }

  out.push(...later);

  const fixable = a.findings.some((f) => f.fix?.edits.length);
  // Fix-all re-checks the text after each pass: only computed when asked for by kind (on save, Source Action…), or
  // for a client that asks with no kinds and has no other way to it (`fixAllUnasked`), not for the light bulb
  // requests VS Code sends on every cursor move.
  if (fixable && (only?.length ? wants(only, FixAllKind) : env.fixAllUnasked)) {
    const all = fixAllEdit(a, env);
    if (all) {
      out.push(withEdit({
        title: t(env.locale, `修复全部可自动修复的问题（${all.count} 处）`, `Fix all auto-fixable problems (${all.count})`),
        kind: FixAllKind,
      }, { ...sent, action: 'fixAll' }, all.edits));
    }
  }

  if (wants(only, CodeActionKind.RefactorRewrite)) {
    for (const id of ['t2', 't3', 't4'] as TableId[]) {
      const table = convertSource(a, id);
      if (!table || !intersects(table.range, params.range)) continue;
      const c = convertFor(table.report, id);
      if (!c) continue;
      out.push(withEdit({
        title: t(env.locale, `将${table.name}转换为竖线表格（原为${c.was.zh}排版）`, `Convert ${table.name} to a pipe table (was ${c.was.en})`),
        kind: CodeActionKind.RefactorRewrite,
      }, { ...sent, action: 'convert', table: id }, [c.edit]));
    }
  }
  return out;
}

/**
 * `codeAction/resolve`: the edit of an action sent with `data` (`codeActions` with `env.resolve`), computed on `a`,
 * the analysis of the document's current text, whatever version the action was offered for. A finding's fix or
 * suppression is that of the same finding found again (`findAgain`: its line mapped through the edits since the
 * action was offered; it may have moved to another line); when it is
 * gone (fixed, or the text changed so that the fix no longer applies), or the table was converted already, or there
 * is nothing left to fix, the action comes back without an edit, with the reason as its `disabled` reason (and, for a
 * client that resolves `command`, a `fixGone` command that shows it), never with an edit computed for an older text. An action without our data comes back as it was. `a`: null
 * when the document is no longer open.
 */
export function resolveCodeAction(a: Analysis | null, action: CodeAction, env: ActionEnv): CodeAction {
  const parsed = CodeActionDataSchema.safeParse(action.data);
  if (!parsed.success) return action;
  const data = parsed.data;
  const out: CodeAction = { ...action };
  delete out.edit;
  // Gone: no edit, and the reason as `disabled` (any resolving client is an LSP 3.16 one, where `disabled` is
  // defined; one that does not show it ignores it). VS Code keeps only the `edit` and `command` of a resolved action
  // (not its `disabled`) and runs the command when the action is chosen: with `command` resolvable, the action also
  // carries `fixGone`, which shows the reason, so that the click is not silently lost (brk181 #2).
  const gone = (zh: string, en: string): CodeAction => {
    const reason = t(env.locale, zh, en);
    out.disabled = { reason };
    if (env.resolveCommand) out.command = { title: t(env.locale, '此修复已不适用', 'This fix no longer applies'), command: ServerCommands.fixGone, arguments: [reason] };
    return out;
  };
  const report = a?.report;
  if (!a || !report || !a.isTarget || a.uri !== data.uri) {
    return gone('此操作已不适用：文档已关闭或不再作为年报检查。', 'This action no longer applies: the document was closed or is no longer checked as a report.');
  }
  const edited = (edits: TextEdit[]) => {
    out.edit = workspaceEdit(data.uri, a.version, edits, Boolean(env.documentChanges));
    return out;
  };
  // (A finding whose own line was edited is not followed: which of its line's findings it is can no longer be told,
  // brk145 #9: a whole HTML table on one line. The reason says so rather than that the problem is gone.)
  const changed = ['此修复已不适用：文本已更改（自提供此修复以来），该问题已不存在，或它所在的行已被编辑。请重新打开灯泡菜单选择修复。',
    'This fix no longer applies: the text changed since the fix was offered; the problem is gone, or its line was edited. Open the light bulb menu again to choose a fix.'] as const;
  switch (data.action) {
    case 'fix': {
      const f = findAgain(a, data, true, env);
      return f?.fix?.edits.length ? edited(f.fix.edits) : gone(...changed);
    }
    case 'suppress': {
      const f = findAgain(a, data, false, env);
      const s = f ? suppressFor(report, f) : null;
      return s ? edited(s.edits) : gone(...changed);
    }
    case 'fixRule': {
      const all = ruleFixes(a, data.ruleId, env);
      return all.n ? edited(all.edits) : gone(`此修复已不适用：本文档中已没有可自动修复的 ${data.ruleId} 问题。`, `This fix no longer applies: no ${data.ruleId} problem in this document can be fixed automatically now.`);
    }
    case 'fixAll': {
      const all = a.findings.some((f) => f.fix?.edits.length) ? fixAllEdit(a, env) : null;
      return all ? edited(all.edits) : gone('此修复已不适用：本文档中已没有可自动修复的问题。', 'This fix no longer applies: nothing in this document can be fixed automatically now.');
    }
    case 'convert': {
      const from = convertSource(a, data.table);
      const c = from ? convertFor(from.report, data.table) : null;
      return c ? edited([c.edit]) : gone('此操作已不适用：该表格已是竖线表格，或已无法转换。', 'This action no longer applies: the table is a pipe table already, or can no longer be converted.');
    }
  }
}
