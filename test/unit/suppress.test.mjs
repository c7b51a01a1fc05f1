// Inline suppression comments in real drafts: `<!-- nianbao-disable-next-line id -->`, `<!-- nianbao-disable id -->`
// … `<!-- nianbao-enable id -->`, no id = every rule, reasons after ` -- `, --report-unused-disable with its fix,
// and the edit the editor's "suppress this finding" action inserts. Applied in the core (checkReport), so the
// CLI and the language server honour the same comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, corpusText, runCli, ROOT } from '../helpers.mjs';

// Seed 003: row-label on lines 35 and 51, column-label on 26/29/31, section-title on 60/65, format-anachronism on 10.
const SEED3 = corpusText('seeds/003_7487cbc35b761747.txt');
// Hongze 2023: row-label on line 112, format-mixed on 135, two sum-review errors on line 154 (表四).
const HONGZE = corpusText('peers/kiro_hongze-district_2023.txt');

/** Inserts `comment` lines before the given 1-based lines (of the original text). */
function insert(text, at) {
  const lines = text.split('\n');
  const out = [];
  lines.forEach((l, i) => {
    for (const [line, c] of at) if (line === i + 1) out.push(c);
    out.push(l);
  });
  return out.join('\n');
}

/** `ruleId@line` of the findings, lines given in the original text's numbering (inserted lines taken out). */
function found(text, inserted = [], options = {}) {
  const { findings } = core.analyze(text, options);
  const shift = (line) => line - inserted.filter((l) => l <= line - inserted.filter((x) => x < l).length).length;
  return findings.map((f) => `${f.ruleId}@${shift(f.range.start.line + 1)}`);
}

const base3 = found(SEED3);
const baseH = found(HONGZE);

test('the corpus findings these tests suppress', () => {
  assert.deepEqual(base3.filter((x) => x.startsWith('row-label')), ['row-label@35', 'row-label@51']);
  assert.deepEqual(baseH.filter((x) => x.startsWith('sum-review')), ['sum-review@154', 'sum-review@154']);
});

test('disable-next-line with an id suppresses that rule on the next line only', () => {
  const t = insert(SEED3, [[35, '<!-- nianbao-disable-next-line row-label -->']]);
  const { findings } = core.analyze(t);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'row-label').map((f) => f.range.start.line + 1), [52], 'line 51 (now 52) is still reported');
  assert.equal(findings.length, base3.length - 1);
});

test('disable-next-line with another id, or on another line, suppresses nothing', () => {
  assert.equal(core.analyze(insert(SEED3, [[35, '<!-- nianbao-disable-next-line column-label -->']])).findings.length, base3.length);
  assert.equal(core.analyze(insert(SEED3, [[34, '<!-- nianbao-disable-next-line row-label -->']])).findings.length, base3.length);
});

test('disable-next-line without an id suppresses every rule on that line (both sum-review errors of 表四)', () => {
  const t = insert(HONGZE, [[154, '<!-- nianbao-disable-next-line -->']]);
  const ids = core.analyze(t).findings.map((f) => f.ruleId);
  assert.ok(!ids.includes('sum-review'));
  assert.equal(ids.length, baseH.length - 2);
});

test('several ids (commas or spaces), a reason after --, and stacked comment lines', () => {
  const t = insert(SEED3, [
    [35, '<!-- nianbao-disable-next-line column-label, row-label -- 原文如此，保留 -->'],
    [51, '<!-- nianbao-disable-next-line section-title -->'],
    [51, '<!-- nianbao-disable-next-line row-label -->'],
  ]);
  const ids = core.analyze(t).findings.map((f) => f.ruleId);
  assert.ok(!ids.includes('row-label'), 'the second of two stacked comments still reaches line 51');
  assert.equal(ids.length, base3.length - 2);
  const d = core.readDirectives(new core.LineIndex(t));
  assert.deepEqual(d.map((x) => [x.kind, x.ids, x.reason]), [
    ['disable-next-line', ['column-label', 'row-label'], '原文如此，保留'],
    ['disable-next-line', ['section-title'], ''],
    ['disable-next-line', ['row-label'], ''],
  ]);
});

// Found by a fresh user: a reason after `——` gave two disable-unknown-rule warnings (—— and the reason read as
// ids), and a full-width colon after the name (`nianbao-disable-next-line：row-label`) was silently ignored.
test('comments as Chinese text writes them: a colon after the name, ids separated by 、, a reason after —— or —', () => {
  for (const comment of [
    '<!-- nianbao-disable-next-line：row-label -->',
    '<!-- nianbao-disable-next-line: row-label -->',
    '<!-- nianbao-disable-next-line row-label —— 原文如此 -->',
    '<!-- nianbao-disable-next-line row-label——原文如此 -->',
    '<!-- nianbao-disable-next-line column-label、row-label — 原文如此 -->',
  ]) {
    const t = insert(SEED3, [[35, comment]]);
    const ids = found(t, [35]);
    assert.ok(!ids.includes('row-label@35'), comment);
    assert.equal(ids.length, base3.length - 1, comment);
    assert.ok(!ids.some((x) => x.startsWith('disable-unknown-rule')), comment);
    const [d] = core.readDirectives(new core.LineIndex(t));
    assert.equal(d.ids.at(-1), 'row-label', comment);
    assert.equal(d.reason, comment.includes('原文如此') ? '原文如此' : '', comment);
  }
});

// Found by a second fresh user: a reason in brackets or without a separator was read as an id, `；` did not
// separate ids, a capitalised name, `<!---`, a comment over two lines, ROW-LABEL, row_label, row–label and a
// zero-width space after the id were each ignored (or gave an unknown-id warning naming two look-alikes).
test('comments as people write them: reason in brackets or after the ids, ； between ids, any case, dashes and underscores, two lines', () => {
  for (const [comment, reason] of [
    ['<!-- nianbao-disable-next-line row-label（原文如此） -->', '原文如此'],
    ['<!-- nianbao-disable-next-line row-label (as printed) -->', 'as printed'],
    ['<!-- nianbao-disable-next-line row-label 原文如此 -->', '原文如此'],
    ['<!-- nianbao-disable-next-line column-label；row-label -->', ''],
    ['<!-- Nianbao-Disable-Next-Line row-label -->', ''],
    ['<!--- nianbao-disable-next-line row-label --->', ''],
    ['<!-- nianbao-disable-next-line ROW-LABEL -->', ''],
    ['<!-- nianbao-disable-next-line row_label -->', ''],
    ['<!-- nianbao-disable-next-line row\u2013label -->', ''],
    ['<!-- nianbao-disable-next-line row-label\u200b -->', ''],
    ['<!-- nianbao－disable－next－line row-label -->', ''],
    ['<!-- nianbao-disable-next-line row-label - 原文如此 -->', '原文如此'],
  ]) {
    const t = insert(SEED3, [[35, comment]]);
    const all = found(t, [35]);
    const ids = all.filter((x) => !x.startsWith('disable-unknown-rule'));
    assert.ok(!ids.includes('row-label@35'), comment);
    assert.equal(ids.length, base3.length - 1, `${comment}: ${ids.filter((x) => !base3.includes(x))}`);
    // An id written otherwise than the catalogue writes it is honoured, and a warning (with a fix) says how it is written.
    const respelled = /ROW-LABEL|row_label|\u2013|\u200b/.test(comment);
    assert.equal(all.length - ids.length, respelled ? 1 : 0, comment);
    const [d] = core.readDirectives(new core.LineIndex(t));
    assert.equal(d.kind, 'disable-next-line', comment);
    assert.equal(d.ids.at(-1), 'row-label', comment);
    assert.equal(d.reason, reason, comment);
  }
  // Over two lines: the line after the comment's end is the one suppressed.
  const two = insert(SEED3, [[35, '<!-- nianbao-disable-next-line\nrow-label -->']]);
  const lines = two.split('\n');
  const at = lines.findIndex((l) => l === 'row-label -->');
  const rows = core.analyze(two).findings.filter((f) => f.ruleId === 'row-label').map((f) => f.range.start.line);
  assert.ok(!rows.includes(at + 1), 'the row after a comment over two lines is suppressed');
  assert.equal(rows.length, 1);
});

test('disable … enable with an id: a block of lines for that rule', () => {
  const t = insert(SEED3, [[25, '<!-- nianbao-disable column-label -->'], [30, '<!-- nianbao-enable column-label -->']]);
  const cl = core.analyze(t).findings.filter((f) => f.ruleId === 'column-label').map((f) => f.range.start.line + 1);
  assert.deepEqual(cl, [33], 'lines 26 and 29 are in the block; 31 (now 33) is after it');
});

test('disable without enable runs to the end of the file; disable without id covers every rule', () => {
  const named = insert(SEED3, [[40, '<!-- nianbao-disable row-label -->']]);
  assert.deepEqual(core.analyze(named).findings.filter((f) => f.ruleId === 'row-label').map((f) => f.range.start.line + 1), [35]);
  const all = insert(SEED3, [[33, '<!-- nianbao-disable -->'], [55, '<!-- nianbao-enable -->']]);
  const left = core.analyze(all).findings.map((f) => f.ruleId);
  assert.equal(left.length, base3.length - 2, 'both row-labels (35, 51) are inside');
  assert.ok(!left.includes('row-label'));
});

test('a named enable inside a disable-all block turns just that rule back on', () => {
  const t = insert(SEED3, [[20, '<!-- nianbao-disable -->'], [30, '<!-- nianbao-enable row-label -->'], [70, '<!-- nianbao-enable -->']]);
  // Lines 20–70 of the original are lines 21–73 now; what is left there is row-label only.
  const inside = core.analyze(t).findings.filter((f) => f.range.start.line + 1 > 21 && f.range.start.line + 1 < 73).map((f) => f.ruleId);
  assert.deepEqual(inside, ['row-label', 'row-label'], 'everything from line 20 to 70 but row-label is off');
  const before = base3.filter((x) => Number(x.split('@')[1]) > 20 && Number(x.split('@')[1]) < 70);
  assert.ok(before.length > 2, 'there was more to suppress');
});

test('--report-unused-disable: a comment that suppressed nothing is a warning whose fix removes it', () => {
  const t = insert(SEED3, [[35, '<!-- nianbao-disable-next-line row-label -->'], [40, '<!-- nianbao-disable-next-line sum-balance -->'], [51, '<!-- nianbao-disable-next-line row-label, cell-blank -->']]);
  assert.ok(!core.analyze(t).findings.some((f) => f.ruleId === core.UNUSED_DISABLE), 'only when asked');
  const { findings } = core.analyze(t, { reportUnusedDisable: true });
  const unused = findings.filter((f) => f.ruleId === core.UNUSED_DISABLE);
  assert.equal(unused.length, 2);
  assert.equal(unused[0].range.start.line + 1, 41);
  assert.match(unused[0].message, /sum-balance/);
  assert.equal(unused[0].severity, 'warning');
  assert.match(unused[1].message, /cell-blank/);
  // Fixing: the whole sum-balance line goes; the other keeps row-label only. Nothing else changes.
  const fixed = core.applyFixes(t, unused.flatMap((f) => f.fix.edits)).text;
  assert.equal(fixed, insert(SEED3, [[35, '<!-- nianbao-disable-next-line row-label -->'], [51, '<!-- nianbao-disable-next-line row-label -->']]));
  assert.ok(!core.analyze(fixed, { reportUnusedDisable: true }).findings.some((f) => f.ruleId === core.UNUSED_DISABLE));
  // A comment for a rule that is off for the run is not judged: it is needed when the rule is on (brk142 #3).
  const off = core.analyze(insert(SEED3, [[35, '<!-- nianbao-disable-next-line row-label -->']]), { reportUnusedDisable: true, rules: { 'row-label': 'off' } });
  assert.equal(off.findings.filter((f) => f.ruleId === core.UNUSED_DISABLE).length, 0);
});

test('suppressionEdit: the edit of the editor\'s "suppress this finding" action, indented like the line, suppresses exactly it', () => {
  const { report, findings } = core.analyze(HONGZE);
  const rl = findings.find((f) => f.ruleId === 'row-label');
  const edit = core.suppressionEdit(report.lines, rl);
  assert.deepEqual(edit.range, { start: { line: rl.range.start.line, character: 0 }, end: { line: rl.range.start.line, character: 0 } });
  assert.match(edit.newText, /^ +<!-- nianbao-disable-next-line row-label -->\n$/);
  const after = core.applyFixes(HONGZE, [edit]).text;
  const left = core.analyze(after).findings.map((f) => f.ruleId);
  assert.deepEqual(left, findings.filter((f) => f !== rl).map((f) => f.ruleId));
  // The comment line does not change what the tables read.
  assert.deepEqual(core.parseReport(after).tables.t4.rows[0].cells.map((c) => c?.value), report.tables.t4.rows[0].cells.map((c) => c?.value));
});

test('CLI: comments are honoured in every format; --report-unused-disable adds the warning', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-suppress-'));
  const file = join(dir, 'r.txt');
  writeFileSync(file, insert(HONGZE, [[154, '<!-- nianbao-disable-next-line sum-review -- 表四原文如此 -->'], [10, '<!-- nianbao-disable-next-line template-note -->']]));
  const plain = await runCli(['check', '--format', 'json', file]);
  const diags = JSON.parse(plain.stdout).files[0].diagnostics;
  assert.ok(!diags.some((d) => d.ruleId === 'sum-review'), 'the two 表四 errors are suppressed');
  assert.equal(plain.code, diags.some((d) => d.severity === 'error') ? 1 : 0, 'suppressed errors do not fail the run');
  // SARIF keeps them, as suppressed results (brk108 #5).
  const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', file])).stdout);
  assert.deepEqual(sarif.runs[0].results.filter((x) => x.ruleId === 'sum-review').map((x) => x.suppressions), [[{ kind: 'inSource' }], [{ kind: 'inSource' }]]);
  const r = await runCli(['check', '--format', 'json', '--report-unused-disable', file]);
  const d = JSON.parse(r.stdout).files[0].diagnostics.filter((x) => x.ruleId === 'unused-disable-directive');
  assert.deepEqual(d.map((x) => [x.line, x.severity, x.fixable]), [[10, 'warning', true]]);
  // SARIF describes the pseudo-rule so that the result's ruleIndex resolves.
  const s2 = JSON.parse((await runCli(['check', '--format', 'sarif', '--report-unused-disable', file])).stdout).runs[0];
  const res = s2.results.find((x) => x.ruleId === 'unused-disable-directive');
  assert.equal(s2.tool.driver.rules[res.ruleIndex].id, 'unused-disable-directive');
});

test('a suppression comment with a reason above 表四\'s value row is not read as a row of the table', () => {
  const text = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
  const line = text.split('\n').findIndex((l) => /^\| 2 +\| 0 +\| 1 +\|/.test(l)) + 1;
  assert.ok(line > 0);
  const plain = core.analyze(text).findings;
  const withComment = core.analyze(insert(text, [[line, '<!-- nianbao-disable-next-line sum-review -- 原文如此 -->']])).findings;
  // Exactly the findings of the text without the comment, less the suppressed sum-review, one line further down.
  const key = (f, shift) => `${f.ruleId}@${f.range.start.line + (f.range.start.line >= line - 1 ? shift : 0)}:${f.range.start.character}`;
  // The comment between the table's rows is said too (disable-in-table: the rendered table ends at it).
  assert.deepEqual(withComment.filter((f) => f.ruleId === 'disable-in-table').map((f) => f.range.start.line), [line - 1]);
  assert.deepEqual(withComment.filter((f) => f.ruleId !== 'disable-in-table').map((f) => key(f, 0)), plain.filter((f) => f.ruleId !== 'sum-review').map((f) => key(f, 1)));
  assert.ok(plain.some((f) => f.ruleId === 'sum-review'));
});
