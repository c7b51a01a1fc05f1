import type { Finding, TextEdit } from '../types.js';
import { analyze, type CheckOptions } from '../check.js';
import type { ParseOptions } from '../model/build.js';
import { RULES } from '../rules/index.js';
import { applyFixes, TakenEdits } from './apply.js';
import { LineIndex } from '../text/lines.js';

/** Result of `fixAll`. */
export interface FixAllResult {
  text: string;
  /** The findings whose fixes were applied, in the pass they were applied. */
  fixed: Finding[];
  passes: number;
  /** Fixes left out because taking them made more structure findings (sections, tables, labels) than before. */
  refused: Finding[];
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

/**
 * Applies the fixes of every fixable finding, re-checking after each pass (a fix can reveal or remove others),
 * until nothing fixable is left or `maxPasses` is reached. Edits of one pass never overlap (`applyFixes` skips
 * an overlapping one; it is retried in the next pass). `only` restricts to some rule ids.
 *
 * Fixing settles: a pass whose result has more structure findings than the text before it is not taken as a
 * whole; its fixes are then tried one at a time (in a pass of more than 24 fixes, one rule's fixes at a time) and
 * each is kept only if it does not raise that number.
 */
export function fixAll(text: string, options: CheckOptions & ParseOptions & { only?: string[]; maxPasses?: number } = {}): FixAllResult {
  const fixed: Finding[] = [];
  const refused: Finding[] = [];
  const refusedKeys = new Set<string>();
  const key = (f: Finding) => `${f.ruleId}\u0000${f.message}\u0000${JSON.stringify(f.fix?.edits.map((e) => e.newText))}`;
  let passes = 0;
  const max = options.maxPasses ?? 5;
  let current = text;
  let findings = analyze(current, options).findings;
  const seen = new Set<string>();
  while (passes < max) {
    const todo = findings.filter((f) => f.fix?.edits.length && (!options.only || options.only.includes(f.ruleId)) && !refusedKeys.has(key(f)));
    if (!todo.length) break;
    // Take each finding's edits as a unit; a finding whose edits overlap an earlier one waits for the next pass.
    const taken = new TakenEdits(new LineIndex(current));
    let appliedFindings = todo.filter((f) => taken.tryAdd(f.fix!.edits));
    passes++;
    const before = structureCount(findings);
    let next = applyFixes(current, taken.edits).text;
    let after = next === current ? findings : analyze(next, options).findings;
    if (structureCount(after) > before) {
      // Unit by unit: keep a fix only if the structure does not get worse with it. The units are single fixes, or
      // for a pass of many fixes each rule's fixes together (a re-check per fix of a long document would take
      // minutes).
      const units = appliedFindings.length <= ONE_BY_ONE_MAX ? appliedFindings.map((f) => [f]) : byRule(appliedFindings);
      const kept: Finding[] = [];
      const keptEdits: TextEdit[] = [];
      let keptText = current;
      let keptFindings = findings;
      for (const unit of units) {
        const edits = unit.flatMap((f) => f.fix!.edits);
        const t = applyFixes(current, [...keptEdits, ...edits]).text;
        const fs = analyze(t, options).findings;
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
        keptFindings = fs;
      }
      appliedFindings = kept;
      next = keptText;
      after = keptFindings;
    }
    if (next === current || seen.has(next)) break;
    seen.add(next);
    current = next;
    findings = after;
    fixed.push(...appliedFindings);
  }
  return { text: current, fixed, passes, refused };
}
