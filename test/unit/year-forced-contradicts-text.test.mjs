// brk89 #6: a year forced by a config override or --year that the report's title and 统计期限 both contradict (a 2024
// report filed under reports/2023/) was taken silently: the report was checked as 2023's, with only a date-late
// warning that blamed its date. Now a year-mismatch error at the title says the year set and the year written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const mismatch = (text, options) => core.analyze(text, options).findings.filter((f) => f.ruleId === 'year-mismatch');

test('a forced year that the title and 统计期限 both contradict is year-mismatch (error) at the title', () => {
  const [f, ...more] = mismatch(CORRECT, { year: 2023 });
  assert.equal(more.length, 0);
  assert.equal(f.severity, 'error');
  assert.match(f.message, /^本报告被指定为 2023 年度.*而标题、统计期限写的都是 2024 年度/);
  assert.match(CORRECT.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), /^2024年/);
  assert.equal(f.related.length, 1);
  const [en] = core.analyze(CORRECT, { year: 2023, locale: 'en' }).findings.filter((x) => x.ruleId === 'year-mismatch');
  assert.match(en.message, /set to be the 2023 report .* both say 2024/);
});

test('the year the text says, forced, or a text that names no year, is not', () => {
  assert.deepEqual(mismatch(CORRECT, { year: 2024 }), []);
  const untitled = CORRECT.split('\n').filter((l) => !/2024/.test(l) || l.startsWith('|')).join('\n');
  assert.deepEqual(mismatch(untitled, { year: 2023 }), []);
});

test('the CLI with a config override putting a 2024 report under 2023 exits 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-forced-'));
  mkdirSync(join(dir, 'reports', '2023'), { recursive: true });
  writeFileSync(join(dir, 'reports', '2023', 'report.md'), CORRECT);
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "overrides": [ { "files": ["reports/2023/**"], "year": 2023 } ] }');
  const { code, stdout } = await runCli(['check', 'reports'], { cwd: dir });
  assert.equal(code, 1);
  assert.match(stdout, /year-mismatch {2}本报告被指定为 2023 年度/);
});
