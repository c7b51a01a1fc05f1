// Rule docs and the README's rule table are generated from the rule metadata; they must not drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

test('docs/rules and the README rule table match the rule registry (node scripts/rule-docs.mjs --check)', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/rule-docs.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('every rule has complete metadata (zh and en) and a unique kebab-case id', () => {
  const ids = new Set();
  for (const r of core.RULES) {
    const m = r.meta;
    assert.match(m.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(!ids.has(m.id), `duplicate ${m.id}`);
    ids.add(m.id);
    assert.ok(['error', 'warning', 'info', 'hint'].includes(m.defaultSeverity));
    for (const b of [m.description, m.rationale, m.example.note]) assert.ok(b.zh && b.en, `${m.id}: zh and en text`);
  }
});

test('the rule ids of the public contract (rules.md) all exist', () => {
  const contract = ['section-missing', 'section-order', 'section-title', 'ordinal-malformed', 'table-missing', 'table-empty', 'row-missing', 'row-label',
    'column-label', 'cell-count', 'format-mixed', 'format-anachronism', 'template-note', 'number-invalid', 'cell-blank', 'sum-balance', 'sum-results',
    'sum-applicants', 'sum-review', 'prose-table', 'prose-sum', 'prose-percent', 'year-mismatch', 'date-invalid', 'carry-over', 'stock-flow',
    'page-leftover', 'duplicate-word'];
  const ids = core.RULES.map((r) => r.meta.id);
  for (const id of contract) assert.ok(ids.includes(id), id);
});
