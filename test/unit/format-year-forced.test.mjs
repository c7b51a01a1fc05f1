// breaker47 #3: `check --report-format pre2019 --year 2024` (or a config override with both) was taken, and the
// correct 2024 example was told it had "no tables" (format-outdated) and that its 万元 was a count. A format and a
// year forced together must go together, as `nianbao new` and the editor's override require; a format forced alone
// that does not fit the report's year is said as such, not as a report written in the old form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, runCli, ROOT } from '../helpers.mjs';

const EXAMPLE = join(ROOT, 'examples/correct-2024.nianbao.md');

test('--report-format with a --year it does not apply to is a usage error (exit 2) naming the format due', async () => {
  for (const [format, year, due] of [['pre2019', '2024', '2021'], ['2021', '2019', '2019'], ['2019', '2021', '2021']]) {
    const r = await runCli(['check', '--locale', 'en', '--report-format', format, '--year', year, EXAMPLE]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, new RegExp(`The ${format} format does not apply to a ${year} report: a ${year} report uses the ${due} format`));
    assert.equal(r.stdout, '');
  }
  // Pairs that go together are taken: a 2019 report may keep the conventional form.
  for (const [format, year] of [['2021', '2024'], ['pre2019', '2019'], ['2019', '2020']]) {
    const r = await runCli(['check', '--report-format', format, '--year', year, EXAMPLE]);
    assert.notEqual(r.code, 2, `${format} ${year}: ${r.stderr}`);
  }
});

test('a config override forcing a format and a year that do not go together is an invalid config (exit 2, file:line:col, key)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-forced-'));
  writeFileSync(join(dir, 'a.md'), readFileSync(EXAMPLE, 'utf8'));
  writeFileSync(join(dir, '.nianbao.jsonc'), '{\n  // last year\'s folder\n  "overrides": [\n    { "files": "*.md", "format": "2021", "year": 2019 }\n  ]\n}\n');
  const r = await runCli(['check', '--locale', 'en', join(dir, 'a.md')]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /\.nianbao\.jsonc:4:50: overrides\[0\]\.year: The 2021 format does not apply to a 2019 report/);
  const parsed = core.parseConfig('{ "overrides": [ { "files": "2018/**", "format": "pre2019", "year": 2018 } ] }');
  assert.equal(parsed.ok, true, 'the documented example stays valid');
});

test('a format forced alone that does not fit the report\'s year: format-outdated says so, and never "no tables"', () => {
  const text = readFileSync(EXAMPLE, 'utf8');
  const message = (locale) => {
    const found = core.analyze(text, { format: 'pre2019', locale }).findings.filter((f) => f.ruleId === 'format-outdated');
    assert.equal(found.length, 1);
    return found[0].message;
  };
  assert.match(message('en'), /checked in the pre2019 format as told .* a 2024 report uses the 2021 format/);
  assert.doesNotMatch(message('en'), /no tables/);
  assert.match(message('zh'), /被指定按 pre2019 格式检查/);
  assert.doesNotMatch(message('zh'), /没有统计表/);
  // A forced format that applies says nothing.
  assert.deepEqual(core.analyze(text, { format: '2021' }).findings.map((f) => f.ruleId), []);
});

test('a format and a year forced from different places (config format + --year, two overrides) that do not go together: that file is not checked, exit 2 (breaker48)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-forced2-'));
  writeFileSync(join(dir, 'a.md'), readFileSync(EXAMPLE, 'utf8'));
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "overrides": [ { "files": "*.md", "format": "2019" }, { "files": "a.md", "year": 2024 } ] }\n');
  const two = await runCli(['check', '--locale', 'en', join(dir, 'a.md')]);
  assert.equal(two.code, 2, two.stderr);
  assert.match(two.stderr, /a\.md: the format and the year given for it .* do not go together, so it was not checked: The 2019 format does not apply to a 2024 report/);
  writeFileSync(join(dir, '.nianbao.jsonc'), '{ "overrides": [ { "files": "*.md", "format": "2021" } ] }\n');
  const withYear = await runCli(['check', '--locale', 'en', '--year', '2019', join(dir, 'a.md')]);
  assert.equal(withYear.code, 2);
  assert.match(withYear.stderr, /The 2021 format does not apply to a 2019 report/);
  // A year that fits the config's format: checked as usual.
  const fits = await runCli(['check', '--year', '2024', join(dir, 'a.md')]);
  assert.equal(fits.code, 0, fits.stderr);
});
