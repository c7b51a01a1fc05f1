import type { Severity } from '../../core/index.js';
import { docsUrl, ruleById } from '../../core/index.js';
import type { Formatter } from './types.js';
import { checked, fingerprints, reviewPath } from './common.js';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };
const CATEGORY: Record<string, string> = { structure: 'Style', numbers: 'Bug Risk', prose: 'Bug Risk', years: 'Bug Risk', comments: 'Style' };

/**
 * `--format gitlab`: the GitLab Code Quality report (a JSON array of Code Climate issues), so that findings
 * show in merge requests. Paths are relative to `CI_PROJECT_DIR` when set.
 */
export const gitlab: Formatter = (results, ctx) => {
  const out: unknown[] = [];
  for (const r of checked(results)) {
    const path = reviewPath(r, ctx);
    const fps = fingerprints(r, path);
    r.findings.forEach((f, i) => {
      out.push({
        type: 'issue',
        check_name: f.ruleId,
        description: f.message,
        content: { body: `${f.message}\n\n${docsUrl(f.ruleId)}` },
        categories: [CATEGORY[ruleById(f.ruleId)?.meta.category ?? ''] ?? 'Style'],
        severity: SEVERITY[f.severity],
        fingerprint: fps[i],
        location: { path, lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
      });
    });
  }
  return JSON.stringify(out, null, 2) + '\n';
};
