/**
 * The sum fixes of 表三 judged together. Each sum rule offers its fix when the identities through the cell it sets
 * agree with it (rules/util.ts `t3TotalFixUnsafe`), one fix at a time; with two typos in the table, two such fixes
 * may each look right alone and contradict each other together (新收's 总计 45 for 46 and 上年结转's 自然人 3 for 2:
 * setting 上年结转's 总计 to 3 balances the 总计 column only with the other typo). Fix-all applies them together.
 */
import type { Finding, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import { breaksT3Identity, t3Holds, t3Identities, t3Involves, t3Values, type T3Change } from '../rules/util.js';

/** Rules whose fixes set a cell of 表三 to a number. */
const T3_SUM_RULES = new Set(['sum-applicants', 'sum-results', 'sum-balance', 'sum-subtotal']);
/** More candidate fixes than this are not weighed subset by subset (2^n sets): their fixes are withdrawn. */
const MAX_WEIGHED = 8;

/**
 * Withdraws (sets `fix` to undefined, in place) the 表三 sum fixes of `findings` that do not hold together: when the
 * fixes applied at once break an identity that holds now, or leave one through a changed cell failing, the largest
 * set of them that does neither is kept if there is exactly one such set; else none is kept (two sets of fixes that
 * each explain the table: which typos are the real ones only the original table can tell). Fixes whose edits are
 * not one number written into a 表三 cell each are left as they are.
 */
export function reconcileT3Fixes(report: Report, findings: Finding[]): void {
  const t = report.tables.t3;
  if (!t) return;
  const cells = t.rows.flatMap((r) => r.cells.map((c, col) => ({ row: r.id, col, c })).filter((x) => x.c));
  const candidates: { f: Finding; changes: T3Change[] }[] = [];
  for (const f of findings) {
    if (!f.fix || !T3_SUM_RULES.has(f.ruleId)) continue;
    const changes = f.fix.edits.map((e) => changeOf(e, cells));
    if (changes.some((c) => c === null)) continue;
    candidates.push({ f, changes: changes as T3Change[] });
  }
  if (candidates.length < 2) return;
  const consistent = (set: T3Change[]): boolean => {
    if (breaksT3Identity(t, set)) return false;
    const after = t3Values(t, set);
    return !t3Identities(t).some((id) => set.some((c) => t3Involves(id, c)) && t3Holds(id, after) === false);
  };
  const all = candidates.flatMap((x) => x.changes);
  if (consistent(all)) return;
  let keep: number | null = null;
  if (candidates.length <= MAX_WEIGHED) {
    let best = 0, ties = 0;
    for (let mask = 1; mask < 1 << candidates.length; mask++) {
      const set = candidates.filter((_, i) => mask & (1 << i)).flatMap((x) => x.changes);
      if (!consistent(set)) continue;
      const size = popcount(mask);
      if (size > best) { best = size; ties = 1; keep = mask; } else if (size === best) ties++;
    }
    if (ties !== 1) keep = null;
  }
  candidates.forEach((x, i) => { if (keep === null || !(keep & (1 << i))) x.f.fix = undefined; });
}

function popcount(n: number): number {
  let k = 0;
  for (; n; n &= n - 1) k++;
  return k;
}

/** The 表三 cell an edit writes a number into (its range starts in the cell's), with that number; else null. */
function changeOf(e: TextEdit, cells: { row: string; col: number; c: { range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null }[]): T3Change | null {
  const text = e.newText.trim();
  if (!/^\d+$/.test(text)) return null;
  const at = cells.find((x) => x.c && x.c.range.start.line === e.range.start.line && e.range.start.character <= x.c.range.start.character && x.c.range.start.character <= e.range.end.character);
  return at ? { row: at.row, col: at.col, value: Number(text) } : null;
}
