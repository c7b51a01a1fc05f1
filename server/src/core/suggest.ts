import { editDistance } from './text/normalize.js';

/**
 * The known names closest to a misspelled one (`row-lable` → [`row-label`]): those at the smallest edit distance,
 * if that distance is at most max(2, a third of the name's length); several when they tie, none when nothing is
 * that close. Case is ignored (`SUM-APPLICANTS` → [`sum-applicants`]): a name typed in the wrong case is the same
 * name. When none is that close, the one known name that `name` begins (`warn` → [`warning`]), if it is three letters
 * or more. For "did you mean" in config errors, settings warnings, suppression comments and the CLI's usage errors.
 */
export function closestNames(name: string, known: readonly string[]): string[] {
  let best: string[] = [];
  let bestD = Infinity;
  const lower = name.toLowerCase();
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestD) [best, bestD] = [[k], d];
    else if (d === bestD && !best.includes(k)) best.push(k);
  }
  if (bestD <= Math.max(2, Math.floor(name.length / 3))) return best;
  // A name cut short (`warn` → `warning`, `err` → `error`): the one known name it begins, of three letters or more.
  const longer = lower.length >= 3 ? known.filter((k) => k.toLowerCase().startsWith(lower)) : [];
  return longer.length === 1 ? longer : [];
}

/** The first of `closestNames` (the first in `known`'s order on a tie), or undefined when none is close. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  return closestNames(name, known)[0];
}
