// Review formats (rdjson, GitLab Code Quality, markdown): unreadable files, CRLF suggestions, file names with
// backticks, GitLab categories (found by breaker12).
// Review formats after the twelfth breaker's report: files that could not be read appear in rdjson and GitLab Code
// Quality (not in json: the contract has no place for them), rdjson suggestions keep CRLF and never overlap, the
// Markdown summary shows a file name with backticks as it is and ❌ only when there are errors, and GitLab
// categories follow what each rule checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import { runCli, ROOT } from '../helpers.mjs';

const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-b12-'));
const EXAMPLES = join(ROOT, 'examples');
const CORRECT = readFileSync(join(EXAMPLES, 'correct-2024.nianbao.md'), 'utf8');
const ERRORS = 'examples/errors-2024.nianbao.md';

/** A folder with a report that has two warnings and a binary file beside it (random bytes with NULs). */
function misc() {
  const dir = tmp();
  mkdirSync(join(dir, 'misc'));
  const text = CORRECT.replace('| 4.保护第三方合法权益', '| 4.保护第三方合法权利');
  writeFileSync(join(dir, 'misc/report-2024.md'), text);
  const bytes = Buffer.alloc(3000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256;
  writeFileSync(join(dir, 'misc/binary.md'), bytes);
  return dir;
}

test('rdjson: a file that could not be read is an ERROR diagnostic on its path, line 1, the reason as message', async () => {
  const dir = misc();
  const r = await runCli(['check', '--format', 'rdjson', '--locale', 'en', 'misc'], { cwd: dir });
  assert.equal(r.code, 2);
  const doc = JSON.parse(r.stdout);
  const ajv = new Ajv04({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/data/schemas/rdjson-DiagnosticResult.json'), 'utf8')));
  assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
  const bad = doc.diagnostics.filter((d) => d.location.path === 'misc/binary.md');
  assert.equal(bad.length, 1);
  assert.equal(bad[0].severity, 'ERROR');
  assert.equal(bad[0].code.value, 'nianbao/file-unreadable');
  assert.deepEqual(bad[0].location.range, { start: { line: 1 } });
  assert.match(bad[0].message, /binary|decode/i);
  assert.ok(doc.diagnostics.some((d) => d.location.path === 'misc/report-2024.md' && d.code.value === 'row-label'));
  // An argument that names no file is reported on its path too.
  const missing = JSON.parse((await runCli(['check', '--format', 'rdjson', '--locale', 'en', 'misc', 'gone.md'], { cwd: dir })).stdout);
  assert.ok(missing.diagnostics.some((d) => d.location.path === 'gone.md' && d.severity === 'ERROR' && /no such file/.test(d.message)));
});

test('gitlab: a file that could not be read is a blocker issue with a stable fingerprint; json keeps the contract', async () => {
  const dir = misc();
  const run = async () => JSON.parse((await runCli(['check', '--format', 'gitlab', 'misc'], { cwd: dir })).stdout);
  const issues = await run();
  const bad = issues.filter((x) => x.location.path === 'misc/binary.md');
  assert.equal(bad.length, 1);
  assert.equal(bad[0].type, 'issue');
  assert.equal(bad[0].severity, 'blocker');
  assert.equal(bad[0].check_name, 'nianbao/file-unreadable');
  assert.equal(bad[0].location.lines.begin, 1);
  assert.match(bad[0].fingerprint, /^[0-9a-f]{32}$/);
  assert.ok(bad[0].description.length > 0);
  assert.deepEqual((await run()).map((x) => x.fingerprint), issues.map((x) => x.fingerprint), 'the same on every run');
  assert.equal(new Set(issues.map((x) => x.fingerprint)).size, issues.length);
  // json: the contract (rules.md) has no place for a file that was not checked: it is left out (stderr, exit 2).
  const j = await runCli(['check', '--format', 'json', 'misc'], { cwd: dir });
  assert.equal(j.code, 2);
  assert.deepEqual(JSON.parse(j.stdout).files.map((f) => f.path), ['misc/report-2024.md']);
  assert.match(j.stderr, /misc\/binary\.md/);
});

test('gitlab and rdjson: a file that could not be read and a missing path say why in one form, without the path (it is the location)', async () => {
  const dir = misc();
  const env = { NIANBAO_LOCALE: 'en' };
  const issues = JSON.parse((await runCli(['check', '--format', 'gitlab', 'misc/binary.md', 'misc/nope.md'], { cwd: dir, env })).stdout);
  assert.deepEqual(issues.map((x) => [x.location.path, x.description]), [
    ['misc/binary.md', issues[0].description],
    ['misc/nope.md', 'no such file or folder'],
  ]);
  assert.doesNotMatch(issues[0].description, /misc\/binary\.md/);
  const rd = JSON.parse((await runCli(['check', '--format', 'rdjson', 'misc/nope.md'], { cwd: dir, env })).stdout);
  assert.deepEqual(rd.diagnostics.map((d) => [d.location.path, d.message]), [['misc/nope.md', 'no such file or folder']]);
});

test('rdjson: the suggestions of a CRLF file have CRLF line breaks, as SARIF fixes do', async () => {
  const dir = tmp();
  const table4 = CORRECT.indexOf('## 四、'), section5 = CORRECT.indexOf('## 五、');
  const text = (CORRECT.slice(0, table4) + '## 四、政府信息公开行政复议、行政诉讼情况\n\n本年度无行政复议和行政诉讼案件。\n\n' + CORRECT.slice(section5)).replace(/\n/g, '\r\n');
  writeFileSync(join(dir, 'crlf-2024.md'), text);
  const doc = JSON.parse((await runCli(['check', '--format', 'rdjson', 'crlf-2024.md'], { cwd: dir })).stdout);
  const missing = doc.diagnostics.find((d) => d.code.value === 'table-missing');
  assert.ok(missing?.suggestions?.length, 'table-missing has a suggestion');
  const s = missing.suggestions.map((x) => x.text).join('');
  assert.ok(s.includes('\r\n'), 'CRLF in the suggestion');
  assert.ok(!/(?<!\r)\n/.test(s), 'no bare LF in the suggestion');
  // Applied linewise (as reviewdog does), the file keeps CRLF throughout.
  const lines = text.split('\r\n');
  for (const x of [...missing.suggestions].sort((a, b) => b.range.start.line - a.range.start.line)) {
    lines.splice(x.range.start.line - 1, x.range.end.line - x.range.start.line + 1, x.text);
  }
  assert.ok(!/(?<!\r)\n/.test(lines.join('\r\n')));
});

test('rdjson: each suggestion covers only the lines its edits touch, and no two suggestions of a file overlap', async () => {
  const doc = JSON.parse((await runCli(['check', '--format', 'rdjson', ERRORS])).stdout);
  const rowMissing = doc.diagnostics.find((d) => d.code.value === 'row-missing');
  // The missing row is inserted after line 82: one suggestion, not 60–82 (its label fits the column, so the
  // delimiter row on line 60 is left as it is, and no suggestion that changes nothing is made of it: breaker31 #12).
  assert.deepEqual(rowMissing.suggestions.map((s) => [s.range.start.line, s.range.end.line]), [[82, 82]]);
  const spans = doc.diagnostics.flatMap((d) => (d.suggestions ?? []).map((s) => [s.range.start.line, s.range.end.line]));
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) assert.ok(spans[i][1] < spans[j][0] || spans[j][1] < spans[i][0], `suggestions ${spans[i]} and ${spans[j]} overlap`);
  }
  // The later finding on line 82 (a blank cell of the row the missing row is inserted after) keeps its diagnostic
  // without a suggestion.
  const blank = doc.diagnostics.find((d) => d.code.value === 'cell-blank' && d.location.range.start.line === 82);
  assert.ok(blank);
  assert.equal(blank.suggestions, undefined);
  // Every suggestion applied linewise gives the text that --fix writes on those lines.
  const src = readFileSync(join(ROOT, ERRORS), 'utf8').split('\n');
  const applied = [...src];
  const all = doc.diagnostics.flatMap((d) => d.suggestions ?? []).sort((a, b) => b.range.start.line - a.range.start.line);
  for (const s of all) applied.splice(s.range.start.line - 1, s.range.end.line - s.range.start.line + 1, ...s.text.split('\n'));
  assert.ok(applied.join('\n').includes('| 4.无正当理由大量反复申请'));
  assert.ok(applied.join('\n').includes('行政规范性文件'));
});

test('markdown: a file name with backticks is shown as it is; ❌ in the totals only when there are errors', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'report[1]`x`.md'), CORRECT.replace('| 4.保护第三方合法权益', '| 4.保护第三方合法权利'));
  const r = await runCli(['check', '--format', 'markdown', '.'], { cwd: dir });
  assert.match(r.stdout, /^### ⚠️ ``report\[1\]`x`\.md``$/m);
  assert.match(r.stdout, /^检查了 1 个报告：✅ 0 个错误，⚠️ 1 个警告/m);
  assert.doesNotMatch(r.stdout, /❌ 0/);
  const withErrors = await runCli(['check', '--format', 'markdown', ERRORS]);
  assert.match(withErrors.stdout, /^检查了 1 个报告：❌ [1-9][0-9]* 个错误/m);
});

test('markdown code spans: backtick runs get a longer fence and padding (CommonMark)', async () => {
  // Starts with a backtick and holds a run of two: a fence of three, a space inside each end.
  const dir = tmp();
  writeFileSync(join(dir, '`a``b.md'), CORRECT);
  const r = await runCli(['check', '--format', 'markdown', '.'], { cwd: dir });
  assert.match(r.stdout, /^### ✅ ``` `a``b\.md ```$/m);
});

test('gitlab: categories from what the rule checks (GitLab\'s list), not Style for all', async () => {
  const issues = JSON.parse((await runCli(['check', '--format', 'gitlab', ERRORS])).stdout);
  const cat = Object.fromEntries(issues.map((x) => [x.check_name, x.categories]));
  assert.deepEqual(cat['sum-balance'], ['Bug Risk']);
  assert.deepEqual(cat['sum-review'], ['Bug Risk']);
  assert.deepEqual(cat['row-missing'], ['Bug Risk']);
  assert.deepEqual(cat['row-label'], ['Style']);
  assert.deepEqual(cat['section-title'], ['Style']);
  assert.deepEqual(cat['format-mixed'], ['Compatibility']);
  assert.deepEqual(cat['template-note'], ['Clarity']);
  const allowed = ['Bug Risk', 'Clarity', 'Compatibility', 'Complexity', 'Duplication', 'Performance', 'Security', 'Style'];
  for (const x of issues) assert.ok(allowed.includes(x.categories[0]), x.categories[0]);
  // Prose contradicting a table and a wrong carry-over are Bug Risk too.
  const e5 = CORRECT.replace(/(## 三、[^\n]*\n\n)/, '$1本年度新收政府信息公开申请999件。\n\n');
  const dir = tmp();
  writeFileSync(join(dir, 'r-2024.md'), e5);
  const prose = JSON.parse((await runCli(['check', '--format', 'gitlab', 'r-2024.md'], { cwd: dir })).stdout).filter((x) => x.check_name === 'prose-table');
  assert.ok(prose.length);
  for (const x of prose) assert.deepEqual(x.categories, ['Bug Risk']);
});

// helper-216 #3: disable-in-table's fix appends the comment to the row above and deletes its own line: two edits on
// adjacent lines, which came as two suggestions; accepting one alone doubled the comment or lost it.
test('rdjson: a fix whose edits touch adjacent lines is one suggestion, which gives --fix\'s lines', async () => {
  const dir = tmp();
  const lines = CORRECT.split('\n');
  const row = lines.findIndex((l) => l.startsWith('| 4.保护第三方合法权益'));
  lines.splice(row, 0, '<!-- nianbao-disable-next-line row-label -->');
  writeFileSync(join(dir, 'r.md'), lines.join('\n'));
  const doc = JSON.parse((await runCli(['check', '--format', 'rdjson', 'r.md'], { cwd: dir })).stdout);
  const d = doc.diagnostics.find((x) => x.code.value === 'disable-in-table');
  assert.ok(d, JSON.stringify(doc.diagnostics.map((x) => x.code.value)));
  assert.deepEqual(d.suggestions.map((s) => [s.range.start.line, s.range.end.line]), [[row, row + 2]]);
  const applied = [...lines];
  applied.splice(row - 1, 3, ...d.suggestions[0].text.split('\n'));
  await runCli(['check', '--fix', '--quiet', 'r.md'], { cwd: dir });
  assert.equal(applied.join('\n'), readFileSync(join(dir, 'r.md'), 'utf8'));
});
