/**
 * Code actions: the quick fix of each fixable diagnostic, "fix all of this rule", `source.fixAll.nianbao`
 * (for `editor.codeActionsOnSave`), and the refactoring that rewrites a pasted table layout as a pipe table.
 */
import { CodeActionKind, type WorkspaceEdit, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { isKnownRuleId, suppressionEdits, TakenEdits, UNUSED_DISABLE, type Finding, type Locale, type RuleSetting, type TableId, type TextEdit } from '../../core/index.js';
import { convertTableEdit, pastedLayout } from '../../core/editor/convert.js';
import { findingKeys, minimalEdit, type Analysis, type Override } from '../analysis.js';
import { readDiagnosticData, SOURCE } from './diagnostics.js';
import { FixAllKind } from '../protocol.js';
import { fixAllWithControlChars } from '../../node/control-chars.js';
import type { Report } from '../../core/index.js';

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

function intersects(a: { start: { line: number }; end: { line: number } }, b: { start: { line: number }; end: { line: number } }): boolean {
  return !(a.end.line < b.start.line || a.start.line > b.end.line);
}

/** All code actions for a request. */
export function codeActions(a: Analysis, params: CodeActionParams, env: ActionEnv): CodeAction[] {
  const out: CodeAction[] = [];
  const report = a.report;
  if (!report || !a.isTarget) return out;
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const ids = findingKeys(a.findings);
  const keys = new Map(a.findings.map((f, i) => [ids[i], f] as const));
  const edit = (u: string, edits: TextEdit[]) => workspaceEdit(u, a.version, edits, Boolean(env.documentChanges));

  const later: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const rulesOffered = new Set<string>();
    /** The quick fixes offered so far, by their edits (as JSON). */
    const fixesOffered = new Map<string, CodeAction>();
    // "Suppress on this line": a `<!-- nianbao-disable-next-line rule-id -->` comment above the finding; on a row of
    // a pipe table, a disable/enable pair around the table (a comment between rows would end the rendered table).
    const suppress = (f: Finding, d: Diagnostic) => {
      // Only for what a comment can silence: the ids `checkReport`'s suppression pass reads (`isKnownRuleId`), not
      // the findings added outside it (encoding-invalid, not-checked, config-invalid), which a comment naming them
      // leaves in place and disable-unknown-rule then reports. Not for findings about the comments themselves,
      // whose own comment line would break a table again.
      if (!isKnownRuleId(f.ruleId) || f.ruleId === UNUSED_DISABLE || f.ruleId === 'internal-error' || f.ruleId === 'disable-in-table') return;
      // Null: no comment line can go there without cutting a table (suppressionEdits).
      const s = suppressionEdits(report.lines, f);
      if (!s) return;
      later.push({
        title: s.table
          ? t(env.locale, `在整张表格中屏蔽 ${f.ruleId}（在表格前后添加 nianbao-disable / nianbao-enable 注释）`, `Suppress ${f.ruleId} in this whole table (nianbao-disable / nianbao-enable comments around it)`)
          : t(env.locale, `在此处屏蔽 ${f.ruleId}（添加 nianbao-disable-next-line 注释）`, `Suppress ${f.ruleId} here (nianbao-disable-next-line comment)`),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: edit(uri, s.edits),
      });
    };
    for (const d of params.context.diagnostics as Diagnostic[]) {
      const data = readDiagnosticData(d);
      // A diagnostic of an older version (the editor shifted it while the new ones were on their way): its fix
      // would edit the wrong text, so it gets none until the current diagnostics arrive.
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
        const action: CodeAction = {
          title: t(env.locale, f.fix.title.zh, f.fix.title.en),
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: edit(uri, f.fix.edits),
        };
        fixesOffered.set(editKey, action);
        out.push(action);
      }
      suppress(f, d);
      // Fix all of this rule, when the document has more than one fixable finding of it.
      if (rulesOffered.has(f.ruleId)) continue;
      rulesOffered.add(f.ruleId);
      const same = a.findings.filter((g) => g.ruleId === f.ruleId && g.fix?.edits.length);
      if (same.length < 2) continue;
      // Whole fixes only (a fix's edits go together); one overlapping an earlier one is left for the next time.
      const taken = new TakenEdits(report.lines);
      const n = same.filter((g) => taken.tryAdd(g.fix!.edits, g.fix!.holds)).length;
      out.push({
        title: t(env.locale, `修复本文档中全部 ${f.ruleId} 问题（${n} 处）`, `Fix all ${f.ruleId} problems in this document (${n})`),
        kind: CodeActionKind.QuickFix,
        diagnostics: params.context.diagnostics.filter((x) => x.source === SOURCE && x.code === f.ruleId && readDiagnosticData(x)),
        edit: edit(uri, taken.edits),
      });
    }
  }

  out.push(...later);

  const fixable = a.findings.some((f) => f.fix?.edits.length);
  // Fix-all re-checks the text after each pass: only computed when asked for by kind (on save, Source Action…),
  // not for the lightbulb requests an editor sends on every cursor move.
  if (fixable && only?.length && wants(only, FixAllKind)) {
    // The engine's fix-all, as `nianbao check --fix` runs it (passes re-checked; fixes that would make the
    // structure worse are refused).
    // Stray control characters go first (encoding-invalid, each fixable), as `nianbao check --fix` deletes them.
    const fixed = fixAllWithControlChars(report.lines, { format: env.override.format, year: env.override.year, rules: env.rules, locale: env.locale, previous: env.previous });
    const m = minimalEdit(report.text, fixed.text);
    if (m) {
      out.push({
        title: t(env.locale, `修复全部可自动修复的问题（${fixed.fixed.length} 处）`, `Fix all auto-fixable problems (${fixed.fixed.length})`),
        kind: FixAllKind,
        edit: edit(uri, [{ range: { start: report.lines.positionAt(m.start), end: report.lines.positionAt(m.end) }, newText: m.newText }]),
      });
    }
  }

  if (wants(only, CodeActionKind.RefactorRewrite)) {
    for (const id of ['t2', 't3', 't4'] as TableId[]) {
      const table = report.tables[id];
      if (!table || table.layout === 'pipe' || !intersects(table.range, params.range)) continue;
      const e = convertTableEdit(report, id);
      if (!e) continue;
      // The layout the table's lines are written in (the reader's `layout` says `none` for a plain cell-per-line paste).
      const was = pastedLayout(report, id)!.name;
      out.push({
        title: t(env.locale, `将${table.name}转换为竖线表格（原为${was.zh}排版）`, `Convert ${table.name} to a pipe table (was ${was.en})`),
        kind: CodeActionKind.RefactorRewrite,
        edit: edit(uri, [e]),
      });
    }
  }
  return out;
}
