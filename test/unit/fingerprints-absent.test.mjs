// Fingerprints of findings about something absent (breaker49 #5): a `row-missing` for a row that is not there is
// shown on the row before it, a `table-missing` at its section's heading, a `section-missing` at the next section's
// heading; their fingerprints (SARIF partialFingerprints, GitLab fingerprint) are keyed on what is missing, so editing
// the neighbouring line they are shown on does not turn them into "new" findings. Other findings keep the text key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT, edit } from '../helpers.mjs';

const ERRORS = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

/** The GitLab and SARIF fingerprints (`rule fingerprint`, in order) of `text` checked as one same file. */
async function fingerprintsOf(text) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-fp-'));
  writeFileSync(join(dir, 'r.md'), text);
  const gitlab = JSON.parse((await runCli(['check', '--format', 'gitlab', 'r.md'], { cwd: dir })).stdout).map((x) => `${x.check_name} ${x.fingerprint}`);
  const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', 'r.md'], { cwd: dir })).stdout).runs[0].results.map((x) => `${x.ruleId} ${x.partialFingerprints['nianbao/v1']}`);
  assert.deepEqual(sarif, gitlab, 'SARIF and GitLab carry the same fingerprints');
  return gitlab;
}

/** The fingerprints only in `a` (gone) and only in `b` (new), as rule ids. */
function changes(a, b) {
  return { gone: a.filter((x) => !b.includes(x)).map((x) => x.split(' ')[0]), added: b.filter((x) => !a.includes(x)).map((x) => x.split(' ')[0]) };
}

test('fingerprints: filling a blank cell of the row before a missing row leaves the row-missing finding as it was (breaker49 #5)', async () => {
  const row = '| 3.要求提供公开出版物                                                     | 0      | 0        |          |';
  const before = await fingerprintsOf(ERRORS);
  const after = await fingerprintsOf(edit(ERRORS, row, row.replace(/\| {10}\|$/, '| 0        |')));
  assert.ok(before.some((x) => x.startsWith('row-missing ')), 'the example lacks a 表三 row');
  // Only the blank cell that was filled is gone; the missing row 4 is the same finding.
  assert.deepEqual(changes(before, after), { gone: ['cell-blank'], added: [] });
});

test('fingerprints: a table-missing finding does not change when its section heading, where it is shown, is edited', async () => {
  const start = CORRECT.indexOf('| 行政复议 |');
  const end = CORRECT.indexOf('\n\n', start);
  const noT4 = CORRECT.slice(0, start) + CORRECT.slice(end + 2);
  const a = await fingerprintsOf(noT4);
  assert.ok(a.some((x) => x.startsWith('table-missing ')));
  const b = await fingerprintsOf(edit(noT4, '## 四、政府信息公开行政复议、行政诉讼情况', '## 四、政府信息公开行政复议、行政诉讼情况（本年度）'));
  const tm = (xs) => xs.filter((x) => x.startsWith('table-missing '));
  assert.deepEqual(tm(b), tm(a));
});

test('fingerprints: a section-missing finding does not change when the next section heading, where it is shown, is edited', async () => {
  const no5 = edit(CORRECT, '## 五、存在的主要问题及改进情况\n\n政策解读的形式还不够丰富。2025年将增加图解、视频等解读形式，提升解读实效。\n\n', '');
  const c = await fingerprintsOf(no5);
  const sm = (xs) => xs.filter((x) => x.startsWith('section-missing '));
  assert.equal(sm(c).length, 1);
  const d = await fingerprintsOf(edit(no5, '## 六、其他需要报告的事项', '## 六、其他需要报告事项'));
  assert.deepEqual(sm(d), sm(c));
  // The edited heading's own finding (its title is not the format's) is keyed on its text, as before.
  assert.ok(d.some((x) => x.startsWith('section-title ')) && !c.some((x) => x.startsWith('section-title ')));
});

test('fingerprints: two absent rows of one table have two fingerprints (the template row is part of the key)', async () => {
  // The example lacks 4.无正当理由大量反复申请; without 3.要求提供公开出版物 too, both are shown after 2.重复申请.
  const without = ERRORS.split('\n').filter((l) => !l.startsWith('| 3.要求提供公开出版物')).join('\n');
  const missing = (await fingerprintsOf(without)).filter((x) => x.startsWith('row-missing '));
  assert.equal(missing.length, 2);
  assert.equal(new Set(missing).size, 2);
});

// brk108 #1: re-aligning a pipe table (what a fix that makes one label longer does to every row of it) changed the
// fingerprint of every finding in the table, so code scanning showed them as new. Spaces are no part of the key.
test('fingerprints: a table padded again, every row re-aligned, keeps its findings\' fingerprints; a changed cell does not', async () => {
  const before = await fingerprintsOf(ERRORS);
  const lines = ERRORS.split('\n');
  // Every pipe row of the example without its padding (`| a | b |` → `|a|b|`).
  const compact = lines.map((l) => (l.startsWith('|') ? l.replace(/ *\| */g, '|') : l)).join('\n');
  assert.ok(compact.split('\n').filter((l, i) => l !== lines[i]).length > 40);
  const after = await fingerprintsOf(compact);
  assert.ok(before.length > 5);
  assert.deepEqual(after, before);
  // Nor does the closing pipe a row lacked (Format Document writes it; brk109 #9), on the row of a cell-count finding.
  const open = lines.findIndex((l) => l.startsWith('|') && !l.trimEnd().endsWith('|'));
  assert.ok(open > 0);
  const closed = await fingerprintsOf(lines.map((l, i) => (i === open ? `${l.trimEnd()} |` : l)).join('\n'));
  assert.ok(before.some((x) => x.startsWith('cell-count ')));
  assert.deepEqual(closed, before);
  // The same finding with its offending text changed is a new one.
  const row = lines.find((l) => l.startsWith('| （七）总计'));
  const changed = await fingerprintsOf(edit(ERRORS, row, row.replace(/\| (\d+)( +\|)$/, (m, n, rest) => `| ${Number(n) + 2}${rest}`)));
  assert.notDeepEqual(changed, before);
});
