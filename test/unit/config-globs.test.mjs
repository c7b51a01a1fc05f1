// Config globs (breaker38 item 2): an `ignore` or `overrides[].files` glob that matched none of the files checked
// was accepted without a word (a path written from another folder, `昭通市…/**` for `reports/昭通市…/**`, or every glob
// of a `--config` file kept outside the report tree), and an invalid glob such as `"["` was taken as the character
// itself. Now the first gets one note on stderr per glob (config, key, pattern, how many files, one path as the glob
// sees it), globs that matched stay quiet, and the second is a config error (exit 2, file:line:col, key, expected).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { core, runCli, ROOT } from '../helpers.mjs';

const REPORT = join(ROOT, 'examples/correct-2024.nianbao.md');

/** A folder with `files` (path → text, or null for a copy of the correct 2024 example), and a cleanup. */
function workspace(files) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-config-globs-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    if (content === null) copyFileSync(REPORT, join(dir, rel));
    else writeFileSync(join(dir, rel), content);
  }
  return dir;
}
const noteLines = (stderr) => stderr.split('\n').filter((l) => /matched none|did not match the one file|都不匹配/.test(l));

test('an unbalanced [, { or ( in a glob is a config error naming the file, position, key and what was expected', async () => {
  const r = core.parseConfig('{\n  "ignore": ["drafts/**", "a{b"],\n  "overrides": [ { "files": "[", "year": 2024 }, { "files": ["ok/**", "x("] } ]\n}');
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => [i.key, i.line, i.column]), [['ignore[1]', 2, 27], ['overrides[0].files', 3, 29], ['overrides[1].files[1]', 3, 71]]);
  assert.match(r.issues[1].message, /^expected a glob whose \[ \], \{ \} and \( \) are closed \(to match a \[ itself, write "\\\\\[" in the file\), got "\["$/);
  assert.match(r.issues[1].zh, /^应为 \[ \]、\{ \} 和 \( \) 都成对的 glob 模式/);
  // Valid globs with brackets are fine, and so is an escaped bracket.
  assert.equal(core.parseConfig('{ "ignore": ["[ab]*.md", "{a,b}/**", "\\\\[x", "*(副本).md"] }').ok, true);
  const dir = workspace({ 'r.md': null, '.nianbao.jsonc': '{ "overrides": [ { "files": "[", "year": 2019 } ] }' });
  try {
    const cli = await runCli(['check', 'r.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.equal(cli.code, 2);
    assert.match(cli.stderr, /^nianbao: invalid config \.nianbao\.jsonc:\n\.nianbao\.jsonc:1:29: overrides\[0\]\.files: expected a glob whose/);
    assert.equal(cli.stdout, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a glob that matched none of the files checked: one note each (config, key, pattern, count, a path as seen); none for those that matched', async () => {
  // An `ignore` glob is tried on the files found, an override's on those checked, the ignored left out (brk123 #4).
  const dir = workspace({
    'reports/昭通市/2019/r.md': null,
    'reports/drafts/x.md': null,
    '.nianbao.jsonc': JSON.stringify({
      ignore: ['drafts', 'nothing/**'],
      overrides: [{ files: '昭通市/**', year: 2019 }, { files: ['reports/昭通市/**', 'zzz/**'], rules: { 'row-label': 'off' } }],
    }),
  });
  try {
    const r = await runCli(['check', 'reports'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.deepEqual(noteLines(r.stderr), [
      'nianbao: config .nianbao.jsonc: ignore[1] "nothing/**" matched none of the 2 files found, so it did nothing (globs are matched against paths relative to the config file\'s folder, such as reports/drafts/x.md; check the pattern, or ignore this if the files it is for were not checked this time)',
      'nianbao: config .nianbao.jsonc: overrides[0].files "昭通市/**" did not match the one file checked, so it did nothing (globs are matched against paths relative to the config file\'s folder, such as reports/昭通市/2019/r.md; check the pattern, or ignore this if the files it is for were not checked this time)',
      'nianbao: config .nianbao.jsonc: overrides[1].files[1] "zzz/**" did not match the one file checked, so it did nothing (globs are matched against paths relative to the config file\'s folder, such as reports/昭通市/2019/r.md; check the pattern, or ignore this if the files it is for were not checked this time)',
    ]);
    // In Chinese by default; the exit code is the checks' own.
    const zh = await runCli(['check', 'reports'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    assert.equal(zh.code, r.code);
    assert.match(noteLines(zh.stderr)[0], /^nianbao：配置文件 \.nianbao\.jsonc 的 ignore\[1\] "nothing\/\*\*" 与本次找到的 2 个文件都不匹配，未起作用（glob 按相对于配置文件所在文件夹的路径匹配，如 reports\/drafts\/x\.md；/);
    // Every glob matching: no note.
    writeFileSync(join(dir, '.nianbao.jsonc'), JSON.stringify({ ignore: ['drafts'], overrides: [{ files: 'reports/昭通市/**', year: 2019 }] }));
    assert.deepEqual(noteLines((await runCli(['check', 'reports'], { cwd: dir })).stderr), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--config FILE outside the report tree: globs written from the working directory are named, with the path they see', async () => {
  const dir = workspace({
    'reports/a/r.md': null,
    'ci cfg/x.jsonc': JSON.stringify({ overrides: [{ files: 'reports/**', year: 2019 }, { files: '*.md', rules: { 'row-label': 'off' } }] }),
    'ci cfg/y.jsonc': JSON.stringify({ overrides: [{ files: '../reports/**', year: 2019 }] }),
  });
  try {
    const x = await runCli(['check', '--config', 'ci cfg/x.jsonc', 'reports/a', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.equal(JSON.parse(x.stdout).files[0].year, 2024, 'not applied');
    const notes = noteLines(x.stderr);
    assert.equal(notes.length, 2, x.stderr);
    assert.match(notes[0], /^nianbao: config ci cfg\/x\.jsonc: overrides\[0\]\.files "reports\/\*\*" did not match the one file checked, .*such as \.\.\/reports\/a\/r\.md;/);
    assert.match(notes[1], /overrides\[1\]\.files "\*\.md" did not match the one file checked/);
    const y = await runCli(['check', '--config', 'ci cfg/y.jsonc', 'reports/a', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.equal(JSON.parse(y.stdout).files[0].year, 2019, 'applied');
    assert.deepEqual(noteLines(y.stderr), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('files named one by one (a commit hook, the files a pull request changed): no unmatched-glob note; a folder or a glob argument: the note', async () => {
  const dir = workspace({
    'reports/a/r.md': null,
    'reports/b/s.md': null,
    '.nianbao.jsonc': JSON.stringify({ overrides: [{ files: 'reports/b/**', year: 2019 }] }),
  });
  try {
    // Only reports/a/r.md is named: the override for reports/b cannot match it, and that is no mistake of the config.
    const named = await runCli(['check', 'reports/a/r.md', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.equal(JSON.parse(named.stdout).files.length, 1);
    assert.deepEqual(noteLines(named.stderr), []);
    // The folder reports/a searched: the same override is said to match nothing.
    const folder = await runCli(['check', 'reports/a', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.equal(noteLines(folder.stderr).length, 1, folder.stderr);
    assert.match(noteLines(folder.stderr)[0], /overrides\[0\]\.files "reports\/b\/\*\*" did not match the one file checked/);
    // A glob argument expanded: the note too.
    const globbed = await runCli(['check', 'reports/a/*.md', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.equal(noteLines(globbed.stderr).length, 1, globbed.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file named whose name holds glob characters ([1], (2), *, {a,b}) is named, not a glob: no unmatched-glob note (breaker43 #10)', async () => {
  const names = ['reports/a/附件 [1].md', 'reports/a/报告(2).md', 'reports/a/a*b.md', 'reports/a/{a,b}.md'];
  const dir = workspace({
    ...Object.fromEntries(names.map((n) => [n, null])),
    'reports/b/s.md': null,
    '.nianbao.jsonc': JSON.stringify({ ignore: ['README.md'], overrides: [{ files: 'reports/b/**', year: 2019 }] }),
  });
  try {
    for (const name of names) {
      const r = await runCli(['check', name, '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
      assert.deepEqual(JSON.parse(r.stdout).files.map((f) => f.path), [name]);
      assert.deepEqual(noteLines(r.stderr), [], `${name}: ${r.stderr}`);
    }
    // A glob that expands still gets its notes.
    const globbed = await runCli(['check', 'reports/a/*.md', '--format', 'json'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
    assert.equal(JSON.parse(globbed.stdout).files.length, names.length);
    assert.equal(noteLines(globbed.stderr).length, 2, globbed.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a glob that starts with / is anchored at the config folder, as in .gitignore; a Windows path (drafts\\r.md) is a config error (breaker49)', async () => {
  const parsed = core.parseConfig('{ "overrides": [ { "files": "/deeper/r.md", "year": 2019 }, { "files": "/r.md", "year": 2018 } ] }');
  assert.equal(parsed.ok, true);
  assert.equal(core.settingsForFile(parsed.config, 'deeper/r.md').year, 2019);
  assert.equal(core.settingsForFile(parsed.config, 'r.md').year, 2018);
  // Anchored: the r.md of a sub-folder is not the config folder's r.md.
  assert.equal(core.settingsForFile(parsed.config, 'sub/r.md').year, undefined);
  assert.equal(core.settingsForFile(parsed.config, 'x/deeper/r.md').year, undefined);

  const bad = core.parseConfig('{\n  "ignore": ["drafts\\\\r.md", "\\\\[x\\\\]*.md"]\n}');
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.issues.map((i) => [i.key, i.line, i.column]), [['ignore[0]', 2, 14]]);
  assert.match(bad.issues[0].message, /^expected a glob with "\/" between folder names/);
  assert.match(bad.issues[0].zh, /^应为文件夹之间用 "\/" 分隔的 glob 模式/);

  const dir = workspace({ 'deeper/r.md': null, 'r.md': null, '.nianbao.jsonc': '{ "overrides": [ { "files": "/deeper/r.md", "year": 2019 } ] }' });
  try {
    const cli = await runCli(['check', '--format', 'json', '.'], { cwd: dir });
    const files = JSON.parse(cli.stdout).files;
    const byPath = Object.fromEntries(files.map((f) => [f.path.replace(/\\/g, '/'), f]));
    // deeper/r.md read as a 2019 report: its 2024 title and 2021 tables disagree with that year.
    assert.ok(byPath['deeper/r.md'].year === 2019 && byPath['deeper/r.md'].diagnostics.length > 0, JSON.stringify(byPath['deeper/r.md']));
    assert.equal(byPath['r.md'].year, 2024);
    assert.deepEqual(byPath['r.md'].diagnostics, []);
    assert.doesNotMatch(cli.stderr, /matched none|都不匹配/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// helper-216 #5, #6: `ignore` as .gitignore reads it. `["*.md", "!keep.md"]` ignored every report (the `!` glob matched
// nothing), with ✅ for 0 reports; `"r.md/"` ignored the file r.md; `"/"` was refused as having unbalanced brackets,
// and `"a)"` (a file name's own bracket) too.
test('ignore: a later ! glob takes a file back, a trailing / means folders, a lone ) is a character, "/" is refused as naming nothing', async () => {
  const parsed = core.parseConfig('{ "ignore": ["*.md", "!keep.md", "drafts/", "!drafts/keep.md", "1)报告.md", "\\\\!bang.md"] }');
  assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
  const ignored = (rel) => core.settingsForFile(parsed.config, rel).ignored;
  assert.deepEqual(['r.md', 'keep.md', 'sub/keep.md', 'drafts/x.txt', 'drafts/keep.md', 'x.txt', '1)报告.md', '!bang.md'].map(ignored), [true, false, false, true, false, false, true, true]);
  const folders = core.parseConfig('{ "ignore": ["r.md/"] }');
  assert.equal(core.settingsForFile(folders.config, 'r.md').ignored, false);
  assert.equal(core.settingsForFile(folders.config, 'r.md/a.md').ignored, true);
  const slash = core.parseConfig('{ "ignore": ["/"] }');
  assert.equal(slash.ok, false);
  assert.match(slash.issues[0].message, /^expected a glob naming files or folders/);
  assert.match(slash.issues[0].zh, /^应为指明文件或文件夹的 glob 模式/);
  assert.equal(core.parseConfig('{ "ignore": ["a)", "x]"] }').ok, true);
  assert.equal(core.parseConfig('{ "ignore": ["(a"] }').ok, false);
  // The CLI: keep.md alone is checked, and no note says the ! glob matched nothing.
  const dir = workspace({ 'r.md': null, 'keep.md': null, '.nianbao.jsonc': '{ "ignore": ["*.md", "!keep.md"] }' });
  try {
    const cli = await runCli(['check', '--format', 'json', '.'], { cwd: dir });
    assert.deepEqual(JSON.parse(cli.stdout).files.map((f) => f.path), ['keep.md']);
    assert.deepEqual(noteLines(cli.stderr), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bare parentheses in a glob are the name\'s own, as in .gitignore and the shell: 县(一)/** in the config and on the command line (brk91 #5)', async () => {
  const parsed = core.parseConfig(JSON.stringify({ overrides: [{ files: '县(一)/**', year: 2019 }], ignore: ['草稿(旧)*.md'] }));
  assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
  assert.equal(core.settingsForFile(parsed.config, '县(一)/r.md').year, 2019);
  assert.equal(core.settingsForFile(parsed.config, '县一/r.md').year, undefined);
  assert.equal(core.settingsForFile(parsed.config, '草稿(旧)1.md').ignored, true);
  // An extglob stays one; an opening one left open is still refused.
  assert.equal(core.settingsForFile(core.parseConfig('{ "ignore": ["@(a|b).md"] }').config, 'a.md').ignored, true);
  assert.equal(core.parseConfig('{ "ignore": ["(a"] }').ok, false);
  const dir = workspace({ '县(一)/r.md': null, '县(一)/s.md': null });
  try {
    const r = await runCli(['check', '县(一)/*.md', '--format', 'json'], { cwd: dir });
    assert.deepEqual(JSON.parse(r.stdout).files.map((f) => f.path), ['县(一)/r.md', '县(一)/s.md']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
