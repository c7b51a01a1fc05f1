import type { Finding, TextEdit } from '../types.js';
import { analyze, type CheckOptions } from '../check.js';
import type { ParseOptions } from '../model/build.js';
import { RULES } from '../rules/index.js';
import { applyFixes } from './apply.js';

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

/**
 * Applies the fixes of every fixable finding, re-checking after each pass (a fix can reveal or remove others),
 * until nothing fixable is left or `maxPasses` is reached. Edits of one pass never overlap (`applyFixes` skips
 * an overlapping one; it is retried in the next pass). `only` restricts to some rule ids.
 *
 * Fixing settles: a pass whose result has more structure findings than the text before it is not taken as a
 * whole; its fixes are then tried one at a time and each is kept only if it does not raise that number.
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
    const taken: TextEdit[] = [];
    let appliedFindings: Finding[] = [];
    for (const f of todo) {
      const trial = applyFixes(current, [...taken, ...f.fix!.edits]);
      if (trial.skipped === 0) {
        taken.push(...f.fix!.edits);
        appliedFindings.push(f);
      }
    }
    passes++;
    const before = structureCount(findings);
    let next = applyFixes(current, taken).text;
    let after = next === current ? findings : analyze(next, options).findings;
    if (structureCount(after) > before) {
      // One at a time: keep a fix only if the structure does not get worse with it.
      const kept: Finding[] = [];
      const keptEdits: TextEdit[] = [];
      let keptText = current;
      let keptFindings = findings;
      for (const f of appliedFindings) {
        const t = applyFixes(current, [...keptEdits, ...f.fix!.edits]).text;
        const fs = analyze(t, options).findings;
        if (structureCount(fs) > before) {
          refused.push(f);
          refusedKeys.add(key(f));
          continue;
        }
        kept.push(f);
        keptEdits.push(...f.fix!.edits);
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
