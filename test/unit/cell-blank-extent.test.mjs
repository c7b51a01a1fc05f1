// breaker31 #8: a blank-cell finding was an empty point in SARIF, rdjson and the editor, but one column in the
// `github` format. The finding now covers the blank cell itself (between its pipes; the delimiters of a cell with
// no inside, the delimiter that closes it), at least one column, so every output shows the same extent; its fix still writes only into the blank.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, runCli, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ROW = '1.属于国家秘密';

/** The example with the third value cell (法人或其他组织·商业企业) of 表三's `1.属于国家秘密` row written `cell`. */
function withCell(cell) {
  const lines = CORRECT.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`| ${ROW} `));
  assert.ok(i >= 0);
  const parts = lines[i].split('|');
  parts[3] = cell;
  lines[i] = parts.join('|');
  return { text: lines.join('\n'), line: i, row: lines[i] };
}

const blanks = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'cell-blank');

test('cell-blank: the finding covers the blank pipe cell between its pipes; the fix writes 0 there and keeps the rest', () => {
  const { text, line, row } = withCell('          ');
  const f = blanks(text);
  assert.equal(f.length, 1);
  const a = row.indexOf('|', row.indexOf('|', row.indexOf(ROW) + 1) + 1) + 1; // just after the pipe that opens the cell
  assert.deepEqual(f[0].range, { start: { line, character: a }, end: { line, character: a + 10 } });
  assert.equal(row.slice(f[0].range.start.character, f[0].range.end.character), ' '.repeat(10));
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, CORRECT);
});

/** The template's 2025 draft with 表三 written in: every row `3 0 0 5 6 7 21` but `3.补正后申请内容仍不明确`, whose 法人或其他组织·商业企业 is blank; pasted tab-separated (`tabs`) or as a pipe table. */
function draft(tabs) {
  const full = ['3', '0', '0', '5', '6', '7', '21'];
  const lines = core.renderNewReport({ format: '2021', year: 2025, agency: '某某县水利局' }).split('\n');
  for (const [label, cells] of [['一、本年新收政府信息公开申请数量', full], ['3.补正后申请内容仍不明确', ['3', '0', '', '5', '6', '7', '21']], ['（七）总计', full]]) {
    const i = lines.findIndex((l) => l.startsWith(`| ${label} `));
    assert.ok(i >= 0, label);
    lines[i] = `| ${label} | ${cells.join(' | ')} |`;
  }
  if (!tabs) return lines.join('\n');
  const a = lines.findIndex((l) => l.startsWith('| 申请人情况') || l.startsWith('| （本列数据'));
  let b = a;
  while (lines[b + 1]?.startsWith('|')) b++;
  const rows = lines.slice(a, b + 1).filter((l) => !/^\|[\s|:-]+\|$/.test(l)).map((l) => l.slice(1, -1).split('|').map((c) => c.trim()).join('\t'));
  return [...lines.slice(0, a), ...rows, ...lines.slice(b + 1)].join('\n');
}

test('cell-blank: a cell with no inside (`||`) is the pipe that closes it; a tab field with no inside (`0\t\t5`), the tab that closes it', () => {
  const { text, line, row } = withCell('');
  const f = blanks(text);
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, line);
  assert.equal(row.slice(f[0].range.start.character - 1, f[0].range.end.character), '||');
  // The fix writes the 0 between them, spaced as the column's cells are: the example's row again.
  assert.equal(core.fixAll(text).text.split('\n')[line], CORRECT.split('\n')[line]);
  const tabbed = draft(true);
  const g = blanks(tabbed);
  assert.equal(g.length, 1);
  const tabRow = tabbed.split('\n')[g[0].range.start.line];
  assert.match(tabRow, /^3\.补正后申请内容仍不明确\t3\t0\t\t5/);
  assert.equal(tabRow.slice(g[0].range.start.character - 1, g[0].range.end.character), '\t\t');
  // Only the blank's fix: the 0 between the tabs.
  const only = core.applyFixes(tabbed, g[0].fix.edits).text;
  assert.equal(only, tabbed.replace(tabRow, tabRow.replace('\t\t', '\t0\t')));
  // The pipe table of the same draft (`| 0 |  | 5 |`): the blank cell's spaces.
  const piped = draft(false);
  const p = blanks(piped);
  assert.equal(p.length, 1);
  const pipeRow = piped.split('\n')[p[0].range.start.line];
  assert.equal(pipeRow.slice(p[0].range.start.character - 1, p[0].range.end.character + 1), '|  |');
});

test('cell-blank: SARIF, rdjson, github and json give the blank cell the same extent (its inside, not a point)', async () => {
  const { text, line, row } = withCell('          ');
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-blank-extent-'));
  writeFileSync(join(dir, 'r.md'), text);
  const a = row.indexOf('|', row.indexOf('|', row.indexOf(ROW) + 1) + 1) + 1;
  const [start, end] = [a, a + 10]; // 0-based UTF-16, end exclusive
  const out = async (format) => (await runCli(['check', '--format', format, 'r.md'], { cwd: dir })).stdout;
  const sarif = JSON.parse(await out('sarif')).runs[0].results.filter((x) => x.ruleId === 'cell-blank');
  assert.equal(sarif.length, 1);
  assert.deepEqual(sarif[0].locations[0].physicalLocation.region, { startLine: line + 1, startColumn: start + 1, endLine: line + 1, endColumn: end + 1 });
  const github = (await out('github')).split('\n').filter((l) => l.includes('title=cell-blank'));
  assert.equal(github.length, 1);
  assert.match(github[0], new RegExp(`line=${line + 1},col=${start + 1},endLine=${line + 1},endColumn=${end + 1},`));
  const rd = JSON.parse(await out('rdjson')).diagnostics.filter((d) => d.code.value === 'cell-blank');
  const bytes = (n) => Buffer.byteLength(row.slice(0, n), 'utf8') + 1;
  assert.deepEqual(rd[0].location.range, { start: { line: line + 1, column: bytes(start) }, end: { line: line + 1, column: bytes(end) } });
  const json = JSON.parse(await out('json')).files[0].diagnostics.filter((d) => d.ruleId === 'cell-blank');
  assert.deepEqual([json[0].line, json[0].column, json[0].range], [line + 1, start + 1, { start: { line, character: start }, end: { line, character: end } }]);
});
