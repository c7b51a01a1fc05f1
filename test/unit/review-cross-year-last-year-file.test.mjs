// The review outputs point at last year's report for the cross-year findings: carry-over and stock-flow carry a
// related location in last year's report (`report: 'previous'`), which SARIF (another artifact), rdjson and the
// Markdown summary (also GitHub's step summary) now name with that file's path and line; the JSON contract, whose
// `related` has no file, stays as it was. On a real agency's 2023 and 2024 reports in a per-year layout
// (2023/, 2024/), with a carry-over mismatch and a stock-flow one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { corpusText, runCli, edit, ROOT } from '../helpers.mjs';

const HONGZE_2023 = corpusText('peers/kiro_hongze-district_2023.txt');
const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');
/** Last year's 结转下年度: 2 for 自然人 and 总计, where this year's 上年结转 says 0 (two carry-over errors). */
const CARRY = '四、结转下年度继续办理                            2    0   0   0    0    0   2';
/** Last year's 行政规范性文件 in force: 6, where this year's 5 = 6 + 3 − 0 does not hold (one stock-flow warning). */
const NORMATIVE = '行政规范性文件          0          5       6';
const PREV_TEXT = edit(edit(HONGZE_2023, '四、结转下年度继续办理                            0    0   0   0    0    0   0', CARRY), '行政规范性文件          0          5       5', NORMATIVE);
const PREV = '2023/洪泽区.txt';
const CUR = '2024/洪泽区.txt';
/** 1-based line of last year's row starting with `start`, and that line. */
const prevLine = (start) => {
  const lines = PREV_TEXT.split('\n');
  const i = lines.findIndex((l) => l.startsWith(start));
  return [i + 1, lines[i]];
};
const [CARRY_LINE, CARRY_ROW] = prevLine('四、结转下年度继续办理');
const [NORMATIVE_LINE, NORMATIVE_ROW] = prevLine('行政规范性文件');
/** This year's 行政规范性文件 row (line 53): 制发 3, 废止 0, 现行有效 8; 1-based columns of its 制发 and 废止 cells. */
const CUR_ROW = HONGZE_2024.split('\n')[52];
const [ISSUED_COL, REPEALED_COL] = [CUR_ROW.indexOf('3') + 1, CUR_ROW.indexOf('0') + 1];

/** A folder with last year's report in 2023/ (in `prevBytes`, default UTF-8) and this year's in 2024/. */
function pair(prevBytes = PREV_TEXT, curBytes = HONGZE_2024) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-lastyear-'));
  mkdirSync(join(dir, '2023'));
  mkdirSync(join(dir, '2024'));
  writeFileSync(join(dir, PREV), prevBytes);
  writeFileSync(join(dir, CUR), curBytes);
  return dir;
}

async function inPair(fn, ...bytes) {
  const dir = pair(...bytes);
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function validate(schemaName, doc) {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const v = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/data/schemas', schemaName), 'utf8')));
  assert.ok(v(doc), JSON.stringify(v.errors?.slice(0, 5), null, 1));
}

const uri = (p) => p.split('/').map(encodeURIComponent).join('/');
/** A SARIF related location as [uri, startLine, startColumn, endColumn, message]. */
const sarifRel = (l) => [decodeURIComponent(l.physicalLocation.artifactLocation.uri), l.physicalLocation.region.startLine, l.physicalLocation.region.startColumn, l.physicalLocation.region.endColumn, l.message.text];

test('sarif: a carry-over or stock-flow result has last year\'s cell as a related location in last year\'s file (valid SARIF 2.1.0)', async () => {
  await inPair(async (dir) => {
    const log = JSON.parse((await runCli(['check', '--format', 'sarif', '--locale', 'zh', CUR], { cwd: dir })).stdout);
    validate('sarif-schema-2.1.0.json', log);
    const run = log.runs[0];
    assert.equal(run.artifacts, undefined, 'all UTF-8: the run lists no artifacts');
    const carry = run.results.filter((x) => x.ruleId === 'carry-over');
    const col = (row, s, last) => (last ? row.lastIndexOf(s) : row.indexOf(s)) + 1;
    assert.deepEqual(carry.map((x) => x.relatedLocations.map(sarifRel)), [
      [[PREV, CARRY_LINE, col(CARRY_ROW, '2'), col(CARRY_ROW, '2') + 1, '上一年度报告（2023年）的“四、结转下年度继续办理”（自然人列）：2']],
      [[PREV, CARRY_LINE, col(CARRY_ROW, '2', true), col(CARRY_ROW, '2', true) + 1, '上一年度报告（2023年）的“四、结转下年度继续办理”（总计列）：2']],
    ]);
    const loc = carry[0].relatedLocations[0].physicalLocation.artifactLocation;
    assert.deepEqual(loc, { uri: uri(PREV), uriBaseId: '%SRCROOT%' }, 'relative to the same base as the results');
    assert.equal(carry[0].locations[0].physicalLocation.artifactLocation.uri, uri(CUR));
    // stock-flow: last year's 现行有效 first (in last year's file), then this year's 制发 and 废止 (in this file).
    const stock = run.results.filter((x) => x.ruleId === 'stock-flow');
    assert.equal(stock.length, 1);
    assert.deepEqual(stock[0].relatedLocations.map((l) => [l.id, ...sarifRel(l).slice(0, 3)]), [
      [1, PREV, NORMATIVE_LINE, col(NORMATIVE_ROW, '6', true)], [2, CUR, 53, ISSUED_COL], [3, CUR, 53, REPEALED_COL],
    ]);
    assert.match(stock[0].relatedLocations[0].message.text, /上一年度报告的现行有效件数 6/);
  });
});

test('sarif: when the run lists artifacts, last year\'s report is one too (with its own encoding), named by index', async () => {
  // This year's report in GB18030 makes the run list artifacts: last year's (UTF-8) is added after it.
  await inPair(async (dir) => {
    const run = JSON.parse((await runCli(['check', '--format', 'sarif', CUR], { cwd: dir })).stdout).runs[0];
    assert.deepEqual(run.artifacts.map((a) => [decodeURIComponent(a.location.uri), a.encoding]), [[CUR, 'GB18030'], [PREV, 'UTF-8']]);
    const rel = run.results.find((x) => x.ruleId === 'carry-over').relatedLocations[0].physicalLocation.artifactLocation;
    assert.deepEqual(rel, { uri: uri(PREV), uriBaseId: '%SRCROOT%', index: 1 });
    validate('sarif-schema-2.1.0.json', { version: '2.1.0', runs: [run] });
  }, PREV_TEXT, iconv.encode(HONGZE_2024, 'gb18030'));
  // Last year's report in GB18030: an artifact that says so (its region counts the UTF-16 units of its decoded text).
  await inPair(async (dir) => {
    const run = JSON.parse((await runCli(['check', '--format', 'sarif', CUR], { cwd: dir })).stdout).runs[0];
    assert.deepEqual(run.artifacts.map((a) => [decodeURIComponent(a.location.uri), a.encoding]), [[PREV, 'GB18030']]);
    const rel = run.results.find((x) => x.ruleId === 'carry-over').relatedLocations[0].physicalLocation;
    assert.deepEqual([rel.artifactLocation.index, rel.region.startLine, rel.region.startColumn], [0, CARRY_LINE, CARRY_ROW.indexOf('2') + 1]);
  }, iconv.encode(PREV_TEXT, 'gb18030'));
});

test('sarif: --previous FILE names that file in the related location', async () => {
  await inPair(async (dir) => {
    const args = ['check', '--format', 'sarif', '--previous', 'last.txt', CUR];
    writeFileSync(join(dir, 'last.txt'), PREV_TEXT);
    rmSync(join(dir, PREV));
    const run = JSON.parse((await runCli(args, { cwd: dir })).stdout).runs[0];
    const carry = run.results.filter((x) => x.ruleId === 'carry-over');
    assert.deepEqual(carry.map((x) => sarifRel(x.relatedLocations[0]).slice(0, 2)), [['last.txt', CARRY_LINE], ['last.txt', CARRY_LINE]]);
  });
});

test('rdjson: related_locations of a cross-year finding have last year\'s path and range (UTF-8 byte columns of its line)', async () => {
  await inPair(async (dir) => {
    const doc = JSON.parse((await runCli(['check', '--format', 'rdjson', '--locale', 'en', CUR], { cwd: dir })).stdout);
    validate('rdjson-DiagnosticResult.json', doc);
    const bytes = (row, i) => Buffer.byteLength(row.slice(0, i), 'utf8') + 1;
    const at = (row, i, line) => ({ start: { line, column: bytes(row, i) }, end: { line, column: bytes(row, i) + 1 } });
    const carry = doc.diagnostics.filter((d) => d.code.value === 'carry-over');
    assert.equal(carry[0].location.path, CUR);
    assert.deepEqual(carry.map((d) => d.related_locations), [
      [{ message: 'Last year\'s report (2023): 结转下年度继续办理 (column 自然人) 2', location: { path: PREV, range: at(CARRY_ROW, CARRY_ROW.indexOf('2'), CARRY_LINE) } }],
      [{ message: 'Last year\'s report (2023): 结转下年度继续办理 (column 总计) 2', location: { path: PREV, range: at(CARRY_ROW, CARRY_ROW.lastIndexOf('2'), CARRY_LINE) } }],
    ]);
    const stock = doc.diagnostics.find((d) => d.code.value === 'stock-flow');
    assert.deepEqual(stock.related_locations.map((x) => [x.location.path, x.location.range.start.line]), [[PREV, NORMATIVE_LINE], [CUR, 53], [CUR, 53]]);
    assert.deepEqual(stock.related_locations[0].location.range, at(NORMATIVE_ROW, NORMATIVE_ROW.lastIndexOf('6'), NORMATIVE_LINE));
  });
});

test('markdown and the GitHub step summary: a cross-year finding\'s line links the line of last year\'s report it was compared with (zh, en)', async () => {
  await inPair(async (dir) => {
    const link = (line) => `[2023/洪泽区.txt:${line}](${uri(PREV)}#L${line})`;
    const zh = (await runCli(['check', '--format', 'markdown', '--locale', 'zh', CUR], { cwd: dir })).stdout.split('\n');
    const carryZh = zh.filter((l) => l.includes('`carry-over`'));
    assert.equal(carryZh.length, 2);
    for (const l of carryZh) assert.ok(l.endsWith(`（对照上一年度报告 ${link(CARRY_LINE)}）`), l);
    assert.ok(zh.find((l) => l.includes('`stock-flow`')).endsWith(`（对照上一年度报告 ${link(NORMATIVE_LINE)}）`));
    // Other findings link no file of last year.
    assert.ok(zh.filter((l) => l.startsWith('- [') && !/`(carry-over|stock-flow)`/.test(l)).every((l) => !l.includes('2023/')));
    const en = (await runCli(['check', '--format', 'markdown', '--locale', 'en', CUR], { cwd: dir })).stdout.split('\n');
    for (const l of en.filter((x) => x.includes('`carry-over`'))) assert.ok(l.endsWith(` (compared with last year's report ${link(CARRY_LINE)})`), l);
    // GitHub: the step summary, with links to the commit under review.
    const summary = join(dir, 'summary.md');
    const env = { GITHUB_STEP_SUMMARY: summary, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc', NIANBAO_LOCALE: 'en' };
    await runCli(['check', '--format', 'github', CUR], { cwd: dir, env });
    const gh = readFileSync(summary, 'utf8').split('\n').filter((l) => l.includes('`carry-over`'));
    assert.equal(gh.length, 2);
    for (const l of gh) assert.ok(l.endsWith(` (compared with last year's report [2023/洪泽区.txt:${CARRY_LINE}](https://github.com/o/r/blob/abc/${uri(PREV)}#L${CARRY_LINE}))`), l);
  });
});

test('json: a carry-over diagnostic is exactly the contract\'s (no related entry for last year\'s cell, no file)', async () => {
  await inPair(async (dir) => {
    const doc = JSON.parse((await runCli(['check', '--format', 'json', '--locale', 'zh', CUR], { cwd: dir })).stdout);
    const carry = doc.files[0].diagnostics.filter((d) => d.ruleId === 'carry-over');
    assert.equal(carry.length, 2);
    for (const d of carry) assert.deepEqual(Object.keys(d), ['ruleId', 'severity', 'message', 'line', 'column', 'range', 'expected', 'actual', 'fixable']);
    assert.deepEqual([carry[0].expected, carry[0].actual], [2, 0]);
    const stock = doc.files[0].diagnostics.find((d) => d.ruleId === 'stock-flow');
    assert.deepEqual(stock.related, [{ line: 53, column: ISSUED_COL, message: '本年制发 3' }, { line: 53, column: REPEALED_COL, message: '本年废止 0' }]);
  });
});

// helper-216 #4: a file outside the repository (`--previous` from another checkout, a report named `../x`) got a link
// to `blob/<sha>//tmp/…` or `blob/<sha>/../…`, which leads nowhere. Such a file is named without a link.
test('markdown: a file outside the repository is named without a link', async () => {
  await inPair(async (dir) => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' };
    // Last year's report given by its absolute path; this year's read from the 2024 folder as ../2024/….
    const out = (await runCli(['check', '--format', 'markdown', '--locale', 'en', '--previous', join(dir, PREV), `../${CUR}`], { cwd: join(dir, '2023'), env })).stdout.split('\n');
    const carry = out.filter((l) => l.includes('`carry-over`'));
    assert.equal(carry.length, 2);
    for (const l of carry) {
      assert.ok(l.startsWith(`- ../${CUR}:`), l);
      assert.ok(l.endsWith(` (compared with last year's report ${join(dir, PREV)}:${CARRY_LINE})`), l);
    }
    assert.ok(!out.some((l) => /blob\/abc\/(?:\/|\.\.)/.test(l)), out.join('\n'));
    // A file in the repository keeps its link.
    const inside = (await runCli(['check', '--format', 'markdown', '--locale', 'en', CUR], { cwd: dir, env })).stdout;
    assert.match(inside, /\]\(https:\/\/github\.com\/o\/r\/blob\/abc\/2024\//);
  });
});
