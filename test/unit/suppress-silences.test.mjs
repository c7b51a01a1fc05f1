// Every "suppress" edit the editor offers (`reportSuppressionEdits`) silences the finding it is offered for
// (brk106 #4): checked for each finding of the test fixtures and examples, and for the cases that did not. A finding
// about something absent is shown where the missing thing would go, which moves with the comment lines added: a section
// missing after a table that ends the text moved onto the enable comment after the table, a row missing from a table of
// one cell a line moved off the line a disable-next-line comment covered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const NOT_OFFERED = new Set(['unused-disable-directive', 'internal-error', 'disable-in-table']);
/** A finding's message without its numbers (line numbers move with the comment lines added). */
const shape = (f) => `${f.ruleId} ${f.message.replace(/\d+/g, '#')}`;

/** The findings of `text` whose suppress edit leaves as many findings of that shape as before. */
function unsilenced(text) {
  const a = core.analyze(text);
  if (!a.report) return [];
  const count = (fs, f) => fs.filter((x) => shape(x) === shape(f)).length;
  const out = [];
  const seen = new Set();
  for (const f of a.findings) {
    if (!core.isKnownRuleId(f.ruleId) || NOT_OFFERED.has(f.ruleId)) continue;
    const s = core.reportSuppressionEdits(a.report, f);
    if (!s) continue;
    const key = shape(f) + JSON.stringify(s.edits);
    if (seen.has(key)) continue;
    seen.add(key);
    const after = core.analyze(core.applyFixes(text, s.edits).text).findings;
    if (count(after, f) >= count(a.findings, f)) out.push(`${f.ruleId}@${f.range.start.line + 1}`);
  }
  return out;
}

const files = (dir) => readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && /\.(md|txt)$/.test(e.name))
  .map((e) => join(e.parentPath ?? e.path, e.name));

test('a draft ending with 表三: the suppress edit for section-missing on its last row disables the rule above the table, to the end', () => {
  const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').split('\n');
  const last = correct.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
  const head = correct.findIndex((l) => l.startsWith('| （本列数据'));
  for (const quote of ['', '> ']) {
    const text = [...correct.slice(0, head), ...correct.slice(head, last + 1).map((l) => quote + l), ''].join('\n');
    const a = core.analyze(text);
    const f = a.findings.find((x) => x.ruleId === 'section-missing');
    assert.equal(f.range.start.line, last);
    const s = core.reportSuppressionEdits(a.report, f);
    assert.deepEqual(s, { table: true, toEnd: true, edits: [{ range: { start: { line: head, character: 0 }, end: { line: head, character: 0 } }, newText: `${quote}<!-- nianbao-disable section-missing -->\n` }] });
    assert.deepEqual(unsilenced(text), [], JSON.stringify(quote));
  }
});

test('a row missing from a table of one cell a line, shown on its last line: disabled around the table as read', () => {
  const text = readFileSync(join(ROOT, 'test/fixtures/reports/cell-per-line-t2-missing-last-row-2024.md'), 'utf8');
  const a = core.analyze(text);
  const f = a.findings.find((x) => x.ruleId === 'row-missing');
  const s = core.reportSuppressionEdits(a.report, f);
  assert.equal(s.table, true);
  assert.deepEqual(s.edits.map((e) => [e.range.start.line, e.newText.trim()]), [[a.report.tables.t2.range.start.line, '<!-- nianbao-disable row-missing -->'], [a.report.tables.t2.range.end.line + 1, '<!-- nianbao-enable row-missing -->']]);
  assert.deepEqual(unsilenced(text), []);
});

test('every suppress edit offered on the fixtures and examples silences its finding', () => {
  const bad = [];
  for (const file of [...files(join(ROOT, 'test/fixtures')), ...files(join(ROOT, 'examples'))]) {
    const text = readFileSync(file, 'utf8');
    if (text.length > 200_000) continue;
    for (const x of unsilenced(text)) bad.push(`${file.slice(ROOT.length + 1)} ${x}`);
  }
  assert.deepEqual(bad, []);
});
