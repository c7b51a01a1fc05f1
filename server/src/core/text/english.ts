/**
 * English counts for the messages: a number with its noun in the singular or the plural as the number asks
 * (`1 cell`, `3 cells`), not `cell(s)` (brk106 #18). Pure.
 */

/** `n` and `noun`, singular for 1 (`1 row`, `0 rows`, `4 rows`); `plural` when it is not `noun` + `s`. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** `noun` alone, agreeing with `n` (`row`, `rows`). */
export function noun(n: number, singular: string, plural = `${singular}s`): string {
  return n === 1 ? singular : plural;
}
