// `.nianbao.jsonc`: every key (locale, rules, ignore, overrides with files/format/year/rules, $schema), lookup
// from the report's folder upward, --config FILE, bad configs (exit 2 naming the file, the key and what was
// expected), and the shipped JSON Schema: generated from the zod schema, not drifted, agreeing with zod.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import Ajv from 'ajv';
import { core, runCli, CORPUS, ROOT } from '../helpers.mjs';

const SEED3 = join(CORPUS, 'seeds/003_7487cbc35b761747.txt');
const SEED1 = join(CORPUS, 'seeds/001_417062a3286660b0.txt');
const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-config-'));
const json = async (args, cwd) => {
  const r = await runCli(['check', '--format', 'json', ...args], { cwd });
  assert.equal(r.code === 2, false, r.stderr);
  return JSON.parse(r.stdout);
};
const ids = (doc, i = 0) => doc.files[i].diagnostics.map((d) => d.ruleId);

/** A workspace: reports copied from the corpus into folders, plus config files. */
function workspace(files) {
  const dir = tmp();
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    if (content && content.from) copyFileSync(content.from, join(dir, rel));
    else writeFileSync(join(dir, rel), content);
  }
  return dir;
}

test('rules: a rule set to off disappears, to error is raised, to info is lowered; comments and trailing commas are fine', async () => {
  const dir = workspace({ 'r.txt': { from: SEED3 } });
  const before = await json(['r.txt'], dir);
  assert.equal(ids(before).filter((x) => x === 'row-label').length, 2);
  writeFileSync(join(dir, '.nianbao.jsonc'), `{
  // 行标签的错字另行处理
  "rules": {
    "row-label": "off",
    "column-label": "error", /* 列标题必须一致 */
    "section-title": "warning",
    "format-anachronism": "info",
  },
}`);
  const after = await json(['r.txt'], dir);
  assert.ok(!ids(after).includes('row-label'));
  const sev = (id) => [...new Set(after.files[0].diagnostics.filter((d) => d.ruleId === id).map((d) => d.severity))];
  assert.deepEqual(sev('column-label'), ['error']);
  assert.deepEqual(sev('section-title'), ['warning']);
  assert.deepEqual(sev('format-anachronism'), ['info']);
  // column-label is now an error: exit 1.
  assert.equal((await runCli(['check', 'r.txt'], { cwd: dir })).code, 1);
  // --rule on the command line wins over the file.
  const cli = await json(['--rule', 'row-label=warning', 'r.txt'], dir);
  assert.equal(ids(cli).filter((x) => x === 'row-label').length, 2);
});

test('lookup: the nearest .nianbao.jsonc from the report\'s folder upward applies; a nearer one replaces a farther one', async () => {
  const dir = workspace({
    '.nianbao.jsonc': '{ "rules": { "row-label": "off" } }',
    'a/b/r.txt': { from: SEED3 },
    'c/.nianbao.jsonc': '{ "rules": { "column-label": "off" } }',
    'c/r.txt': { from: SEED3 },
  });
  const doc = await json(['a/b/r.txt', 'c/r.txt'], dir);
  assert.ok(!ids(doc, 0).includes('row-label') && ids(doc, 0).includes('column-label'), 'a/b uses the root config');
  assert.ok(ids(doc, 1).includes('row-label') && !ids(doc, 1).includes('column-label'), 'c uses its own config only (not merged)');
  // Checking the folder finds the same configs.
  const all = await json(['.'], dir);
  assert.deepEqual(all.files.map((f) => f.path), ['a/b/r.txt', 'c/r.txt']);
});

test('--config FILE: used for every report instead of the nearest file; globs are relative to its folder', async () => {
  const dir = workspace({
    'ci/strict.jsonc': '{ "rules": { "column-label": "error" }, "overrides": [ { "files": "../reports/old/**", "year": 2019 } ] }',
    'reports/.nianbao.jsonc': '{ "rules": { "column-label": "off" } }',
    'reports/r.txt': { from: SEED3 },
  });
  const near = await json(['reports/r.txt'], dir);
  assert.ok(!ids(near).includes('column-label'));
  const r = await runCli(['check', '--format', 'json', '--config', 'ci/strict.jsonc', 'reports/r.txt'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.ok(JSON.parse(r.stdout).files[0].diagnostics.some((d) => d.ruleId === 'column-label' && d.severity === 'error'));
  const missing = await runCli(['check', '--config', 'nope.jsonc', 'reports/r.txt'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.jsonc: cannot read the config file \(no such file\)/);
});

test('ignore: matching reports are not checked; a glob without / matches a name at any depth; a named file says why', async () => {
  const dir = workspace({
    '.nianbao.jsonc': '{ "ignore": ["drafts", "*.bak.txt", "2018/old-*.txt"] }',
    'r.txt': { from: SEED3 },
    'drafts/x.txt': { from: SEED3 },
    'deep/drafts/y.txt': { from: SEED3 },
    'keep/z.bak.txt': { from: SEED3 },
    '2018/old-a.txt': { from: SEED3 },
    '2018/new-a.txt': { from: SEED3 },
  });
  const doc = await json(['.'], dir);
  assert.deepEqual(doc.files.map((f) => f.path), ['2018/new-a.txt', 'r.txt']);
  const named = await runCli(['check', 'drafts/x.txt'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
  assert.equal(named.code, 0);
  assert.match(named.stderr, /drafts\/x\.txt: ignored by \.nianbao\.jsonc/);
});

test('overrides: format and year per glob, rules per glob; later entries win', async () => {
  const dir = workspace({
    '.nianbao.jsonc': `{
      "rules": { "row-label": "off" },
      "overrides": [
        { "files": ["2019/**"], "year": 2019 },
        { "files": "2019/special.txt", "year": 2020, "rules": { "row-label": "error", "format-anachronism": "off" } },
        { "files": "pre/**", "format": "pre2019" }
      ]
    }`,
    '2019/r.txt': { from: SEED3 },
    '2019/special.txt': { from: SEED3 },
    'pre/r.txt': { from: SEED3 },
    'plain.txt': { from: SEED3 },
  });
  const doc = await json(['2019/r.txt', '2019/special.txt', 'pre/r.txt', 'plain.txt'], dir);
  const [r, special, pre, plain] = doc.files;
  assert.deepEqual([r.format, r.year], ['2019', 2019]);
  // Read as 2019, the report no longer uses a format newer than its year.
  assert.ok(!ids(doc, 0).includes('format-anachronism'));
  assert.ok(!ids(doc, 0).includes('row-label'));
  assert.deepEqual([special.year], [2020]);
  assert.deepEqual([...new Set(special.diagnostics.filter((d) => d.ruleId === 'row-label').map((d) => d.severity))], ['error']);
  assert.equal(pre.format, 'pre2019');
  assert.deepEqual([plain.format, plain.year], ['2019', 2018]);
  assert.ok(ids(doc, 3).includes('format-anachronism'));
  // --report-format/--year on the command line win over the file.
  const cli = await json(['--year', '2021', '2019/r.txt'], dir);
  assert.equal(cli.files[0].year, 2021);
});

test('locale: "en" in the config gives English messages; --locale wins', async () => {
  const dir = workspace({ '.nianbao.jsonc': '{ "$schema": "../schemas/nianbao.schema.json", "locale": "en" }', 'r.txt': { from: SEED3 } });
  const en = await json(['r.txt'], dir);
  const rl = en.files[0].diagnostics.find((d) => d.ruleId === 'row-label');
  assert.match(rl.message, /^Row label/i, rl.message);
  const text = await runCli(['check', 'r.txt'], { cwd: dir });
  assert.match(text.stdout, /1 file checked/);
  const zh = await json(['--locale', 'zh', 'r.txt'], dir);
  assert.match(zh.files[0].diagnostics.find((d) => d.ruleId === 'row-label').message, /^行标签/);
});

test('a bad config: exit 2, nothing on stdout, each problem with file:line:col, the key and what was expected', async () => {
  const dir = workspace({
    '.nianbao.jsonc': `{
  "locale": "fr",
  "rules": { "row-label": "loud", "row-lable": "off" },
  "ignore": "drafts",
  "overrides": [ { "files": [], "format": "2020", "year": 19 }, { "year": 2020.5, "file": "x" } ],
  "color": true
}`,
    'r.txt': { from: SEED3 },
  });
  const r = await runCli(['check', '--format', 'json', 'r.txt'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines[0], 'nianbao: invalid config .nianbao.jsonc:');
  const expected = [
    '.nianbao.jsonc:2:13: locale: expected one of "zh", "en", got "fr"',
    '.nianbao.jsonc:3:27: rules.row-label: expected one of "off", "info", "warning", "error", got "loud"',
    '.nianbao.jsonc:3:35: rules.row-lable: unknown rule "row-lable" (did you mean "row-label"?)',
    '.nianbao.jsonc:4:13: ignore: expected a list of globs, got "drafts"',
    '.nianbao.jsonc:5:29: overrides[0].files: expected a glob or a non-empty list of globs, got []',
    '.nianbao.jsonc:5:43: overrides[0].format: expected one of "2019", "2021", "pre2019", got "2020"',
    '.nianbao.jsonc:5:59: overrides[0].year: expected a year from 2008 to 2099, got 19',
    '.nianbao.jsonc:5:65: overrides[1].files: missing; expected a glob or a non-empty list of globs',
    '.nianbao.jsonc:5:75: overrides[1].year: expected a whole year such as 2024, got 2020.5',
    '.nianbao.jsonc:5:83: overrides[1].file: unknown key "file" (did you mean "files"?)',
    '.nianbao.jsonc:6:3: color: unknown key "color"; expected one of "$schema", "locale", "rules", "ignore", "overrides"',
  ];
  for (const e of expected) assert.ok(lines.some((l) => l.startsWith(e)), `missing: ${e}\n${r.stderr}`);
  assert.equal(lines.length, 1 + expected.length, 'one line per problem, in file order');
  assert.deepEqual(lines.slice(1).map((l) => l.split(': ')[0]), expected.map((e) => e.split(': ')[0]));
});

test('a config that is not JSON, or not an object, is a bad config too; an empty one (comments only) is fine', async () => {
  const dir = workspace({ 'r.txt': { from: SEED3 } });
  const cfg = join(dir, '.nianbao.jsonc');
  writeFileSync(cfg, '{ "rules": { "row-label": "off" ');
  let r = await runCli(['check', 'r.txt'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\.nianbao\.jsonc:1:\d+: invalid JSON: a closing \} was expected \(a missing comma or brace\?\) \[CloseBraceExpected\]\n(?![^]*CloseBraceExpected)/);
  writeFileSync(cfg, '["row-label"]');
  r = await runCli(['check', 'r.txt'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\.nianbao\.jsonc:1:1: expected an object \(the settings\)/);
  writeFileSync(cfg, '{ "rules": "off" }');
  assert.match((await runCli(['check', 'r.txt'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } })).stderr, /1:12: rules: expected an object from rule ids to "off", "info", "warning" or "error", got "off"/);
  writeFileSync(cfg, '// nothing yet\n');
  assert.equal((await runCli(['check', 'r.txt'], { cwd: dir })).code, 0);
  writeFileSync(cfg, '\uFEFF{ "rules": { "row-label": "off" } }');
  assert.ok(!ids(await json(['r.txt'], dir)).includes('row-label'), 'a UTF-8 BOM is allowed');
});

test('a bad config in a parent folder stops the run even when other reports are fine (exit 2)', async () => {
  const dir = workspace({ 'ok/.nianbao.jsonc': '{}', 'ok/r.txt': { from: SEED1 }, 'bad/.nianbao.jsonc': '{ "locale": 1 }', 'bad/r.txt': { from: SEED1 } });
  const r = await runCli(['check', '.'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /bad\/\.nianbao\.jsonc:1:13: locale：应为以下之一："zh", "en"，实为 1/);
});

test('core: parseConfig and settingsForFile are pure (the language server reuses them)', () => {
  const ok = core.parseConfig('{ "rules": { "sum-balance": "warning" }, "overrides": [ { "files": "**/2018*.md", "format": "pre2019" } ] }');
  assert.equal(ok.ok, true);
  assert.deepEqual(core.settingsForFile(ok.config, 'reports/2018年.md'), { ignored: false, rules: { 'sum-balance': 'warning' }, format: 'pre2019', formatKey: 'overrides[0].format' });
  assert.deepEqual(core.settingsForFile(ok.config, 'reports/2019.md'), { ignored: false, rules: { 'sum-balance': 'warning' } });
  const bad = core.parseConfig('{ "ignore": [""] }');
  assert.deepEqual(bad, { ok: false, issues: [{ key: 'ignore[0]', message: 'expected a non-empty glob, got ""', zh: '应为非空的 glob 模式，实为 ""', line: 1, column: 14 }] });
  assert.equal(core.CONFIG_FILE_NAME, '.nianbao.jsonc');
});

test('the shipped schemas/nianbao.schema.json is generated from the zod schema (no drift) and wired to the editor', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/config-schema.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const shipped = JSON.parse(readFileSync(join(ROOT, 'schemas/nianbao.schema.json'), 'utf8'));
  assert.deepEqual(shipped, core.configJsonSchema());
  // Completion: every rule of the registry is a property with its description, and so is unused-disable-directive.
  const rules = shipped.definitions.rules;
  assert.deepEqual(Object.keys(rules.properties), [...core.RULES.map((x) => x.meta.id), 'unused-disable-directive']);
  assert.deepEqual(Object.keys(rules.properties), [...core.CONFIGURABLE_IDS]);
  assert.deepEqual(rules.properties['unused-disable-directive'].enum, ['off', 'info', 'warning', 'error']);
  assert.deepEqual(rules.properties['row-label'].enum, ['off', 'info', 'warning', 'error']);
  assert.match(rules.properties['row-label'].markdownDescription, /docs\/rules\/row-label\.md/);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.nianbao.jsonc', url: './schemas/nianbao.schema.json' }]);
});

test('the JSON Schema accepts and rejects the same configs as zod', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/nianbao.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const cases = [
    {}, { locale: 'en' }, { locale: 'fr' }, { rules: { 'row-label': 'off', 'sum-balance': 'warning' } }, { rules: { 'row-label': 'hint' } },
    { rules: { 'no-such-rule': 'off' } }, { rules: { 'unused-disable-directive': 'error' } }, { ignore: ['a/**'] }, { ignore: 'a' }, { ignore: [''] },
    { overrides: [{ files: 'x/**', format: '2021', year: 2024, rules: { 'cell-blank': 'error' } }] }, { overrides: [{ files: [], year: 2024 }] },
    { overrides: [{ files: 'x', year: 1999 }] }, { overrides: [{ files: 'x', format: '2020' }] }, { overrides: [{ format: '2019' }] },
    { overrides: [{ files: 'x', extra: 1 }] }, { $schema: './schemas/nianbao.schema.json' }, { color: true }, [],
  ];
  for (const c of cases) {
    const z = core.parseConfig(JSON.stringify(c)).ok;
    assert.equal(validate(c), z, `${JSON.stringify(c)}: JSON Schema ${validate(c)}, zod ${z}`);
  }
});

test('a config saved as UTF-16 with a BOM (Notepad) or UTF-8 with a BOM is read like UTF-8', async () => {
  const text = '{ "rules": { "row-label": "off" } } // 注释';
  const withoutConfig = ids(await json(['r.txt'], workspace({ 'r.txt': { from: SEED3 } })));
  assert.ok(withoutConfig.includes('row-label'));
  const encodings = {
    'utf-16le': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    'utf-16be': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    'utf-8 bom': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
  };
  for (const [name, bytes] of Object.entries(encodings)) {
    const dir = workspace({ 'r.txt': { from: SEED3 } });
    writeFileSync(join(dir, '.nianbao.jsonc'), bytes);
    assert.deepEqual(ids(await json(['r.txt'], dir)), withoutConfig.filter((id) => id !== 'row-label'), name);
  }
  assert.equal(core.configText(Buffer.from(text, 'utf8')), text);
});
