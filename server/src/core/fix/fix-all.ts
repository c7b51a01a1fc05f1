import type { Finding, TextEdit } from '../types.js';
import { analyze, type CheckOptions } from '../check.js';
import type { ParseOptions } from '../model/build.js';
import { applyFixes } from './apply.js';

/** Result of `fixAll`. */
export interface FixAllResult {
  text: string;
  /** The findings whose fixes were applied, in the pass they were applied. */
  fixed: Finding[];
  passes: number;
}

/**
 * Applies the fixes of every fixable finding, re-checking after each pass (a fix can reveal or remove others),
 * until nothing fixable is left or `maxPasses` is reached. Edits of one pass never overlap (`applyFixes` skips
 * an overlapping one; it is retried in the next pass). `only` restricts to some rule ids.
 */
export function fixAll(text: string, options: CheckOptions & ParseOptions & { only?: string[]; maxPasses?: number } = {}): FixAllResult {
  const fixed: Finding[] = [];
  let passes = 0;
  const max = options.maxPasses ?? 5;
  let current = text;
  const seen = new Set<string>();
  while (passes < max) {
    const { findings } = analyze(current, options);
    const todo = findings.filter((f) => f.fix?.edits.length && (!options.only || options.only.includes(f.ruleId)));
    if (!todo.length) break;
    // Take each finding's edits as a unit; a finding whose edits overlap an earlier one waits for the next pass.
    const taken: TextEdit[] = [];
    const appliedFindings: Finding[] = [];
    for (const f of todo) {
      const trial = applyFixes(current, [...taken, ...f.fix!.edits]);
      if (trial.skipped === 0) {
        taken.push(...f.fix!.edits);
        appliedFindings.push(f);
      }
    }
    const r = applyFixes(current, taken);
    passes++;
    if (r.text === current || seen.has(r.text)) break;
    seen.add(r.text);
    current = r.text;
    fixed.push(...appliedFindings);
  }
  return { text: current, fixed, passes };
}
