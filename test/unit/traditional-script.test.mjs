// breaker50 #9: a report in traditional characters (a government site's big5 mirror, templates.md sources S3, S5,
// S21), in UTF-8 or saved as Big5, was "not a report (no title, 统计期限 or template sections)", exit 0, and the Big5
// file was read as GB18030 gibberish without a word. Now the engine reads such a report through a simplified view
// of the same length (OpenCC's tables): the same findings, at the same places, as the simplified report; a fix that
// would write simplified words into it is not offered (a label's or title's fix writes traditional ones, brk105); a
// Big5 file is read as Big5.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js';
import { core, ROOT, runCli } from '../helpers.mjs';

const iconv = createRequire(join(ROOT, 'package.json'))('iconv-lite');
const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const TRAD = toTraditional(CORRECT);
const brief = (findings) => findings.map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}-${f.range.end.character}`);
const values = (report) => ['t2', 't3', 't4'].map((t) => report.tables[t]?.rows.map((r) => r.cells.map((c) => c.value)));

test('a correct report in traditional characters is read as the report it is: no finding, the same tables', () => {
  assert.notEqual(TRAD, CORRECT);
  assert.equal(TRAD.length, CORRECT.length);
  assert.match(TRAD, /政府信息公開工作年度報告/);
  const report = core.parseReport(TRAD);
  assert.equal(report.isReport, true);
  assert.equal(report.extras.traditional, true);
  assert.deepEqual(values(report), values(core.parseReport(CORRECT)));
  assert.deepEqual(core.analyze(TRAD).findings, []);
  assert.equal(core.parseReport(CORRECT).extras.traditional, undefined);
});

test('an error in the traditional report is found at the same place as in the simplified one; fixes that write numbers stay, words are not written', () => {
  const wrong = (text) => text.replace(/^(\| （七）總計 +\| )41 /m, '$142 ').replace(/^(\| （七）总计 +\| )41 /m, '$142 ');
  const trad = wrong(TRAD), simp = wrong(CORRECT);
  assert.notEqual(trad, TRAD);
  const found = core.analyze(trad).findings;
  assert.ok(found.length > 0);
  assert.deepEqual(brief(found), brief(core.analyze(simp).findings));
  // A misspelled label: said, with a fix that writes the label in traditional characters, as the report is written
  // (brk105; it was withheld, as it would have written the simplified label).
  const label = TRAD.replace('| 規章 ', '| 規草 ');
  assert.notEqual(label, TRAD);
  const [rowLabel] = core.analyze(label).findings;
  assert.equal(rowLabel.ruleId, 'row-label');
  assert.equal(rowLabel.fix.title.zh, '改为“規章”');
  assert.equal(core.fixAll(label).text, TRAD);
});

test('a simplified report that quotes a few traditional characters stays simplified', () => {
  const text = CORRECT.replace('本年度未收取信息处理费。', '本年度未收取信息处理费。网站提供繁體版（“政府資訊公開”）。');
  assert.equal(core.parseReport(text).extras.traditional, undefined);
  assert.deepEqual(core.analyze(text).findings, []);
});

test('a Big5 file is read as Big5 (not GB18030 gibberish): the same findings as the UTF-8 file, and --fix writes Big5 back', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-big5-'));
  try {
    const wrong = TRAD.replace(/^(\| （七）總計 +\| )41 /m, '$142 ');
    const big5 = iconv.encode(wrong, 'big5');
    assert.equal(iconv.decode(big5, 'big5'), wrong, 'every character of the report is in Big5');
    writeFileSync(join(dir, 'r.md'), big5);
    writeFileSync(join(dir, 'u.md'), wrong);
    const r = await runCli(['check', '--format', 'json', 'r.md', 'u.md'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const [b, u] = JSON.parse(r.stdout).files;
    assert.equal(b.year, 2024);
    assert.deepEqual(b.diagnostics.map((d) => [d.ruleId, d.line, d.column]), u.diagnostics.map((d) => [d.ruleId, d.line, d.column]));
    assert.ok(b.diagnostics.some((d) => d.ruleId.startsWith('sum-')));
    const fix = await runCli(['check', '--fix', 'r.md'], { cwd: dir });
    assert.equal(fix.code, 0, fix.stderr + fix.stdout);
    assert.equal(iconv.decode(readFileSync(join(dir, 'r.md')), 'big5'), TRAD);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The character table is read from OpenCC's `TSCharacters` without splitting it into strings (text/script.ts,
// for a faster first open): every pair of one BMP character each maps as the dictionary says (its first candidate),
// and nothing else changes. Oracle: the dictionary split into entries and words.
test('the traditional → simplified character table is OpenCC TSCharacters, pair by pair', async () => {
  const { default: TS } = await import('opencc-js/dict/TSCharacters');
  const pairs = [];
  for (const entry of TS.split('|')) {
    const [from, into] = entry.split(' ');
    if (from?.length === 1 && into?.length === 1 && from !== into) pairs.push([from, into]);
  }
  assert.ok(pairs.length > 2500, `${pairs.length} pairs`);
  // One character a line, spaced so that no phrase of the phrase table matches; a traditional title makes the text
  // a traditional one, read through its simplified view.
  const title = '某某局2024年政府信息公開工作年度報告';
  const text = [title, ...pairs.map(([from]) => `${from} 。`), '無 對 這'].join('\n');
  const view = core.parseReport(text).lines;
  assert.equal(view.lineCount, pairs.length + 2);
  const wrong = pairs.filter(([, into], i) => view.line(i + 1) !== `${into} 。`).slice(0, 5);
  assert.deepEqual(wrong, []);
  assert.equal(view.line(0), '某某局2024年政府信息公开工作年度报告');
  assert.equal(view.line(pairs.length + 1), '无 对 这');
});
