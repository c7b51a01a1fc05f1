// Table reading, the table rules and their fixes, from the findings of breaker30 and breaker31 (fresh users on
// realistic reports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, runCli, ROOT, edit, only } from '../helpers.mjs';

const example = (name) => readFileSync(join(ROOT, 'examples', name), 'utf8');

test('breaker31 #12: no fix carries an edit that changes nothing (row-missing no longer rewrites the delimiter row as it is)', async () => {
  const text = example('errors-2024.nianbao.md');
  const { report, findings } = core.analyze(text);
  const edits = findings.flatMap((f) => (f.fix?.edits ?? []).map((e) => [f.ruleId, e]));
  assert.ok(edits.length >= 5);
  for (const [id, e] of edits) assert.notEqual(report.lines.slice(e.range), e.newText, `${id}: an edit that changes nothing at line ${e.range.start.line + 1}`);
  // The row it adds is still its edit; the delimiter row it keeps other row-adding fixes of a pass off is a hold.
  const [missing] = findings.filter((f) => f.ruleId === 'row-missing' && f.fix);
  assert.match(missing.fix.edits.map((e) => e.newText).join(''), /\| 4\.无正当理由大量反复申请 /);
  assert.deepEqual(missing.fix.holds.map((r) => report.lines.line(r.start.line).slice(0, 4)), ['| --']);
  // rdjson: no suggestion that leaves its lines as they are.
  const lines = text.split('\n');
  const { stdout } = await runCli(['check', '--format', 'rdjson', join(ROOT, 'examples/errors-2024.nianbao.md')]);
  const suggestions = JSON.parse(stdout).diagnostics.flatMap((d) => d.suggestions ?? []);
  assert.ok(suggestions.length);
  for (const s of suggestions) {
    const { start, end } = s.range;
    const old = lines.slice(start.line - 1, end.line).join('\n');
    assert.notEqual(s.text, old, `suggestion at line ${start.line} changes nothing`);
  }
});

test('breaker31 #12: two rows missing from one aligned 表三 are still inserted one per pass (the hold keeps them apart), aligned', () => {
  const text = example('correct-2024.nianbao.md').split('\n').filter((l) => !/^\| [24]\.(重复申请|无正当理由)/.test(l)).join('\n');
  const fixes = core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing' && f.fix);
  assert.equal(fixes.length, 2);
  const taken = new core.TakenEdits(new core.LineIndex(text));
  assert.deepEqual(fixes.map((f) => taken.tryAdd(f.fix.edits, f.fix.holds)), [true, false]);
  const r = core.fixAll(text);
  assert.equal(r.fixed.filter((f) => f.ruleId === 'row-missing').length, 2);
  const widths = r.text.split('\n').filter((l) => /^\| [1-6]\./.test(l)).map((l) => core.displayWidth(l));
  assert.equal(new Set(widths).size, 1, 'every row as wide as the others');
});
