import type { Report } from '../model/build.js';
import { diffLines, type LineDiff } from '../text/line-diff.js';

/**
 * Versions of one document. An editor checks a document again after every keystroke; when it says which report
 * the new one was edited from (`followOn`), the prose model and the rules that read lines reuse what they found
 * in the lines that did not change. Nothing is assumed about the edit: the two texts are compared here, and every
 * reuse is limited to lines whose text and reading are equal in both versions, so the findings are those of a
 * fresh check.
 */
const previousOf = new WeakMap<Report, Report>();

/** Declares `report` an edited version of `previous` (until `forgetPrevious`). */
export function followOn(report: Report, previous: Report): void {
  if (report !== previous) previousOf.set(report, previous);
}

/** Drops the link set by `followOn`, so that the previous version can be collected. */
export function forgetPrevious(report: Report): void {
  previousOf.delete(report);
  diffs.delete(report);
}

/** The version `report` follows on (`followOn`), if any. */
export function previousVersion(report: Report): Report | undefined {
  return previousOf.get(report);
}

const diffs = new WeakMap<Report, LineDiff | null>();

/** The line diff between `report` and the version it follows on (null without one). Cached per report. */
export function lineDiff(report: Report): LineDiff | null {
  if (diffs.has(report)) return diffs.get(report)!;
  const prev = previousOf.get(report);
  const d = prev ? diffLines(prev.lines, report.lines) : null;
  diffs.set(report, d);
  return d;
}


export type { LineDiff };
