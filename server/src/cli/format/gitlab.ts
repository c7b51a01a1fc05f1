import { createHash } from 'node:crypto';
import type { Severity } from '../../core/index.js';
import { docsUrl, pick, ruleById, UNUSED_DISABLE } from '../../core/index.js';
import { batch, type FileResult, type StreamFormatter } from './types.js';
import { CONFIG_INVALID, configProblems, FILE_UNREADABLE, FIX_NOT_WRITTEN, fingerprints, gitPosition, notWritten, reviewPath, unreadable } from './common.js';
import { ENCODING_INVALID } from '../decode.js';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/** The categories of GitLab's Code Quality (Code Climate) issues. */
export type CodeQualityCategory = 'Bug Risk' | 'Clarity' | 'Compatibility' | 'Complexity' | 'Duplication' | 'Performance' | 'Security' | 'Style';

/**
 * A rule's category by its registry category: wrong numbers (sums, balances, invalid or blank cells), prose that
 * contradicts the tables and wrong years or carry-overs are what the report gets wrong (Bug Risk); the shape of
 * the report (labels, titles, ordinals) is Style.
 */
const BY_CATEGORY: Record<string, CodeQualityCategory> = { numbers: 'Bug Risk', prose: 'Bug Risk', years: 'Bug Risk', structure: 'Style', comments: 'Style' };

/** The rules whose registry category does not say what kind of problem they are. */
const BY_RULE: Record<string, CodeQualityCategory> = {
  // Required content that is absent or unusable: the report is incomplete, not merely untidy.
  'section-missing': 'Bug Risk',
  'table-missing': 'Bug Risk',
  'table-empty': 'Bug Risk',
  'row-missing': 'Bug Risk',
  'cell-count': 'Bug Risk',
  // Another year's template, or characters that other tools do not read as intended.
  'format-mixed': 'Compatibility',
  'format-anachronism': 'Compatibility',
  'format-outdated': 'Compatibility',
  'line-separator': 'Compatibility',
  'table-fullwidth-pipe': 'Compatibility',
  [ENCODING_INVALID]: 'Compatibility',
  // Text a reader stumbles on.
  'template-note': 'Clarity',
  'page-leftover': 'Clarity',
  'table-unreadable': 'Clarity',
  'report-multiple': 'Clarity',
  // The same thing twice.
  'table-repeated': 'Duplication',
  'duplicate-word': 'Duplication',
  [UNUSED_DISABLE]: 'Style',
  [FILE_UNREADABLE]: 'Bug Risk',
  [FIX_NOT_WRITTEN]: 'Bug Risk',
  [CONFIG_INVALID]: 'Bug Risk',
  'internal-error': 'Bug Risk',
};

/** The Code Quality category of a rule id (or of an id that is not a rule of the registry: see `BY_RULE`; else Style). */
export function codeQualityCategory(ruleId: string): CodeQualityCategory {
  return BY_RULE[ruleId] ?? BY_CATEGORY[ruleById(ruleId)?.meta.category ?? ''] ?? 'Style';
}

/**
 * `--format gitlab`: the GitLab Code Quality report (a JSON array of Code Climate issues), so that findings
 * show in merge requests. Paths are relative to `CI_PROJECT_DIR` when set. A file that could not be read (or an
 * argument naming a missing file) is a `blocker` issue `nianbao/file-unreadable` on its line 1, its fingerprint
 * a hash of that check name and the path; so is a file whose fixes `--fix` could not write (`nianbao/fix-not-written`:
 * read-only). A config that stopped the run (`ctx.configError`: no report was checked)
 * is a `blocker` issue `nianbao/config-invalid` at each of its problems' lines. Built file by file as the run goes:
 * only the issues are kept, not each report's text and model (as sarif).
 */
export const gitlabStream: StreamFormatter = (ctx) => {
  const out: unknown[] = [];
  /** The files that could not be read (no text is kept with them): their issues come after the findings'. */
  const failed: FileResult[] = [];
  /** The files whose fixes --fix could not write: their issues come after the findings', as those of `failed`. */
  const unfixed: FileResult[] = [];
  const add = (r: FileResult) => {
    if (r.error) {
      failed.push(r);
      return;
    }
    if (r.fixNotWritten) unfixed.push(r);
    const path = reviewPath(r, ctx);
    const fps = fingerprints(r, path);
    r.findings.forEach((f, i) => {
      out.push({
        type: 'issue',
        check_name: f.ruleId,
        description: f.message,
        content: { body: `${f.message}\n\n${docsUrl(f.ruleId)}` },
        categories: [codeQualityCategory(f.ruleId)],
        severity: SEVERITY[f.severity],
        fingerprint: fps[i],
        location: { path, lines: { begin: gitPosition(r.text, f.range.start).line + 1, end: gitPosition(r.text, f.range.end).line + 1 } },
      });
    });
  };
  const end = () => {
    const seen = new Map<string, number>();
    for (const u of unreadable(failed, ctx)) {
      // The same path twice (a missing file named twice): each its own fingerprint.
      const n = seen.get(u.path) ?? 0;
      seen.set(u.path, n + 1);
      out.push({
        type: 'issue',
        check_name: FILE_UNREADABLE,
        description: u.message,
        categories: [codeQualityCategory(FILE_UNREADABLE)],
        severity: 'blocker',
        fingerprint: createHash('sha256').update(`${FILE_UNREADABLE}\u0000${u.path}${n ? `\u0000${n}` : ''}`).digest('hex').slice(0, 32),
        location: { path: u.path, lines: { begin: 1 } },
      });
    }
    // A file whose fixes --fix could not write (exit code 2): a blocker on its line 1, as a file that could not be read.
    for (const u of notWritten(unfixed, ctx)) {
      out.push({
        type: 'issue',
        check_name: FIX_NOT_WRITTEN,
        description: u.message,
        categories: [codeQualityCategory(FIX_NOT_WRITTEN)],
        severity: 'blocker',
        fingerprint: createHash('sha256').update(`${FIX_NOT_WRITTEN}\u0000${u.path}`).digest('hex').slice(0, 32),
        location: { path: u.path, lines: { begin: 1 } },
      });
    }
    // A config that stopped the run: a blocker at each of its problems (the fingerprint: the problem, not its line).
    const said = new Map<string, number>();
    for (const p of configProblems(ctx)) {
      const key = `${CONFIG_INVALID}\u0000${p.path}\u0000${p.problem.en}`;
      const n = said.get(key) ?? 0;
      said.set(key, n + 1);
      out.push({
        type: 'issue',
        check_name: CONFIG_INVALID,
        description: pick(p.message, ctx.locale),
        categories: [codeQualityCategory(CONFIG_INVALID)],
        severity: 'blocker',
        fingerprint: createHash('sha256').update(`${key}${n ? `\u0000${n}` : ''}`).digest('hex').slice(0, 32),
        location: { path: p.path, lines: { begin: p.line ?? 1 } },
      });
    }
    return JSON.stringify(out, null, 2) + '\n';
  };
  return {
    file(r) {
      add(r);
      return '';
    },
    end,
  };
};

/** `--format gitlab` of a list of results (see `gitlabStream`): the same bytes. */
export const gitlab = batch(gitlabStream);
