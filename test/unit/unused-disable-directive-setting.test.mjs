// `unused-disable-directive`, the id of the findings --report-unused-disable adds, is set like a rule (breaker43
// #13): in --rule and in a config's `rules` (off/info/warning/error, as ESLint's reportUnusedDisableDirectives
// severity). Before, both were refused with "no rule" (exit 2) although the run emitted findings of that id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, corpusText, runCli, ROOT } from '../helpers.mjs';

// Seed 003 with a comment that suppresses nothing (line 35 has a row-label finding, no duplicate-word).
const lines = corpusText('seeds/003_7487cbc35b761747.txt').split('\n');
lines.splice(34, 0, '<!-- nianbao-disable-next-line duplicate-word -->');
const TEXT = lines.join('\n');
const unused = (findings) => findings.filter((f) => f.ruleId === core.UNUSED_DISABLE).map((f) => `${f.severity}@${f.range.start.line + 1}`);

test('core: rules["unused-disable-directive"] turns the report on at that severity, or off over reportUnusedDisable', () => {
  assert.deepEqual(unused(core.analyze(TEXT).findings), []);
  assert.deepEqual(unused(core.analyze(TEXT, { reportUnusedDisable: true }).findings), ['warning@35']);
  for (const sev of ['info', 'warning', 'error']) assert.deepEqual(unused(core.analyze(TEXT, { rules: { 'unused-disable-directive': sev } }).findings), [`${sev}@35`]);
  assert.deepEqual(unused(core.analyze(TEXT, { reportUnusedDisable: true, rules: { 'unused-disable-directive': 'off' } }).findings), []);
});

test('CLI: --rule and the config accept unused-disable-directive; the config is valid against its JSON Schema', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-unused-'));
  try {
    writeFileSync(join(dir, 'r.md'), TEXT);
    const json = async (args) => {
      const r = await runCli(['check', '--format', 'json', ...args, 'r.md'], { cwd: dir });
      assert.ok(r.code !== 2, r.stderr);
      return JSON.parse(r.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'unused-disable-directive').map((d) => `${d.severity}@${d.line}`);
    };
    assert.deepEqual(await json(['--rule', 'unused-disable-directive=error']), ['error@35']);
    assert.deepEqual(await json(['--report-unused-disable', '--rule', 'unused-disable-directive=info']), ['info@35']);
    assert.deepEqual(await json(['--report-unused-disable', '--rule', 'unused-disable-directive=off']), []);
    writeFileSync(join(dir, '.nianbao.jsonc'), '{ "rules": { "unused-disable-directive": "error" } }');
    assert.deepEqual(await json([]), ['error@35']);
    assert.deepEqual(await json(['--rule', 'unused-disable-directive=off']), [], '--rule over the config');
    // The flag on the command line turns on what the config turns off (the command line wins, as ESLint's flag).
    writeFileSync(join(dir, '.nianbao.jsonc'), '{ "rules": { "unused-disable-directive": "off" } }');
    assert.deepEqual(await json([]), []);
    assert.deepEqual(await json(['--report-unused-disable']), ['warning@35']);
    // The shipped JSON Schema knows the id (the editor completes and validates it).
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/nianbao.schema.json'), 'utf8'));
    assert.ok(JSON.stringify(schema).includes('"unused-disable-directive"'));
    // A misspelling is still refused, and the id is among those suggested.
    const bad = await runCli(['check', '--rule', 'unused-disable-directiv=error', 'r.md'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /是不是 unused-disable-directive？/);
    const config = core.parseConfig('{ "rules": { "unused-disable-directiv": "error" } }');
    assert.equal(config.ok, false);
    assert.match(config.issues[0].message, /did you mean "unused-disable-directive"\?/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
