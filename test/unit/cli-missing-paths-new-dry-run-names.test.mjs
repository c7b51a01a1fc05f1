// CLI: missing paths in the github and markdown formats, `new` with a format its year cannot have, --fix-dry-run
// diff headers with Chinese file names, the summary's files against reports (found by breaker14).
// breaker14's CLI findings: paths that name nothing in the github and markdown formats, `new` with a format its year
// cannot have, --fix-dry-run's diff headers with Chinese file names, and the Markdown summary's count of files
// against reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, core, runCli, ROOT } from '../helpers.mjs';

const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-b14-'));
const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ERRORS = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');

/** A folder with a good report, a binary file and nothing else. */
function misc() {
  const dir = tmp();
  writeFileSync(join(dir, 'good-2024.md'), CORRECT);
  const bytes = Buffer.alloc(3000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = i % 7 ? 0 : 0x89;
  writeFileSync(join(dir, 'binary.md'), bytes);
  return dir;
}

test('github: a missing path is an error annotation at its path, a glob that matched nothing one on the run; the last line counts them', async () => {
  const dir = misc();
  const r = await runCli(['check', '--format', 'github', 'binary.md', 'good-2024.md', 'nonexist.md', 'nomatch/*.md'], { cwd: dir });
  assert.equal(r.code, 2);
  const lines = r.stdout.trimEnd().split('\n');
  assert.ok(lines.some((l) => l.startsWith('::error file=binary.md,title=nianbao::')), r.stdout);
  assert.ok(lines.includes('::error file=nonexist.md,title=nianbao::没有这个文件或文件夹'), r.stdout);
  assert.ok(lines.includes('::error title=nianbao::nomatch/*.md：没有匹配的文件'), r.stdout);
  assert.equal(lines.at(-1), 'nianbao：检查了 1 个报告，0 个错误，0 个警告，0 个提示，3 个未能检查');
  const en = await runCli(['check', '--format', 'github', '--locale', 'en', 'good-2024.md', 'nonexist.md'], { cwd: dir });
  assert.ok(en.stdout.split('\n').includes('::error file=nonexist.md,title=nianbao::no such file or folder'), en.stdout);
  assert.match(en.stdout, /^nianbao: 1 report checked, 0 errors, 0 warnings, 0 info, 1 not checked$/m);
  // Under GITHUB_WORKSPACE the annotation's path is relative to it, as the others are.
  const sub = join(dir, 'sub');
  mkdirSync(sub);
  const ws = await runCli(['check', '--format', 'github', '../nonexist.md', join(dir, 'good-2024.md')], { cwd: sub, env: { GITHUB_WORKSPACE: dir } });
  assert.ok(ws.stdout.split('\n').includes('::error file=nonexist.md,title=nianbao::没有这个文件或文件夹'), ws.stdout);
});

test('markdown: every path that could not be checked has a ❗ line, and the totals show no ✅ then', async () => {
  const dir = misc();
  const r = await runCli(['check', '--format', 'markdown', 'binary.md', 'good-2024.md', 'nonexist.md', 'nomatch/*.md'], { cwd: dir });
  assert.equal(r.code, 2);
  const md = r.stdout;
  assert.match(md, /^- ❗ `binary\.md`: 二进制文件/m);
  assert.match(md, /^- ❗ `nonexist\.md`: 没有这个文件或文件夹$/m);
  assert.match(md, /^- ❗ nomatch\/\\\*\.md：没有匹配的文件$/m);
  assert.match(md, /^检查了 1 个报告：0 个错误，⚠️ 0 个警告，ℹ️ 0 个提示，❗ 3 个未能检查$/m);
  assert.doesNotMatch(md, /✅ 0 个错误/);
  const en = await runCli(['check', '--format', 'markdown', '--locale', 'en', 'good-2024.md', 'nonexist.md'], { cwd: dir });
  assert.match(en.stdout, /^- ❗ `nonexist\.md`: no such file or folder$/m);
  assert.match(en.stdout, /^1 report checked: 0 errors, ⚠️ 0 warnings, ℹ️ 0 info, ❗ 1 not checked$/m);
  // Everything checked: ✅ 0 errors as before; errors: ❌ whether or not something was left unchecked.
  assert.match((await runCli(['check', '--format', 'markdown', 'good-2024.md'], { cwd: dir })).stdout, /^检查了 1 个报告：✅ 0 个错误，/m);
  writeFileSync(join(dir, 'errors-2024.md'), ERRORS);
  assert.match((await runCli(['check', '--format', 'markdown', 'errors-2024.md', 'nonexist.md'], { cwd: dir })).stdout, /^检查了 1 个报告：❌ [1-9][0-9]* 个错误，.*，❗ 1 个未能检查$/m);
});

test('a dangling symbolic link named on the command line is said to be one (as a folder walk says it), not a missing path', async () => {
  const dir = tmp();
  symlinkSync('gone-2024.md', join(dir, 'dangling.md'));
  symlinkSync('loop.md', join(dir, 'loop.md'));
  const env = { NIANBAO_LOCALE: 'en' };
  const named = await runCli(['check', 'dangling.md', 'loop.md'], { cwd: dir, env });
  assert.equal(named.code, 2);
  assert.match(named.stderr, /^nianbao: dangling\.md: a symbolic link to a file that does not exist\nnianbao: loop\.md: too many levels of symbolic links\n/);
  const walked = await runCli(['check', '.'], { cwd: dir, env });
  assert.match(walked.stderr, /dangling\.md: a symbolic link to a file that does not exist; skipped/);
  // A path that is not there at all is still a missing path.
  assert.match((await runCli(['check', 'nope.md'], { cwd: dir, env })).stderr, /nope\.md: no such file or folder/);
});

test('GITHUB_STEP_SUMMARY gets the ❗ line of a missing path too', async () => {
  const dir = misc();
  const summary = join(dir, 'summary.md');
  await runCli(['check', '--format', 'github', 'good-2024.md', 'nonexist.md'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
  const md = readFileSync(summary, 'utf8');
  assert.match(md, /^- ❗ `nonexist\.md`: 没有这个文件或文件夹$/m);
  assert.doesNotMatch(md, /✅ 0 个错误/);
});

const REFUSED_2019_2021 = '2021 格式不适用于 2019 年度的报告：2019 年度应使用 2019 格式（也可用 pre2019）。2021 年度起用 2021 格式；2019、2020 年度用 2019 格式（2019 年度也可按 2019 年以前的传统格式 pre2019）；2018 年度及以前用 pre2019。';

test('new: a format its year cannot have is a usage error (exit 2) with the language server\'s message; nothing is written', async () => {
  const dir = tmp();
  const r = await runCli(['new', '--year', '2019', '--agency', '城南街道办事处', '--report-format', '2021', '-o', 'draft.md'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, `nianbao：${REFUSED_2019_2021}\n`);
  assert.equal(r.stdout, '');
  assert.ok(!existsSync(join(dir, 'draft.md')));
  const en = await runCli(['new', '--year', '2024', '--agency', 'X', '--report-format', '2019', '--locale', 'en']);
  assert.equal(en.code, 2);
  assert.equal(en.stderr, 'nianbao: The 2019 format does not apply to a 2024 report: a 2024 report uses the 2021 format. The 2021 format applies to reports from 2021 on, the 2019 format to 2019 and 2020 (a 2019 report may keep the conventional form used before 2019, pre2019), and pre2019 to 2018 and before.\n');
  for (const [year, format] of [['2020', 'pre2019'], ['2020', '2021'], ['2018', '2019'], ['2024', 'pre2019']]) {
    const n = await runCli(['new', '--year', year, '--agency', '某某局', '--report-format', format]);
    assert.equal(n.code, 2, `${year}/${format}`);
    assert.equal(n.stderr, `nianbao：${core.formatYearMismatch(format, Number(year)).zh}\n`);
    assert.match(n.stderr, new RegExp(`${year} 年度应使用 ${core.formatYearMismatch(format, Number(year)) && (year >= '2021' ? '2021' : year >= '2019' ? '2019' : 'pre2019')} 格式`));
  }
  // The pairs a year can have still give a draft: the year's own format, and pre2019 for 2019.
  for (const [year, format] of [['2019', 'pre2019'], ['2019', '2019'], ['2020', '2019'], ['2018', 'pre2019'], ['2024', '2021']]) {
    const n = await runCli(['new', '--year', year, '--agency', '某某局', '--report-format', format]);
    assert.equal(n.code, 0, `${year}/${format}: ${n.stderr}`);
    assert.match(n.stdout, new RegExp(`^# 某某局${year}年政府信息公开工作年度报告`));
  }
});

test('core.formatYearMismatch: null for the year\'s format and the older one it may keep, else the reason in both languages', () => {
  assert.equal(core.formatYearMismatch('2021', 2024), null);
  assert.equal(core.formatYearMismatch('2019', 2020), null);
  assert.equal(core.formatYearMismatch('pre2019', 2019), null);
  assert.equal(core.formatYearMismatch('pre2019', 2010), null);
  assert.equal(core.formatYearMismatch('2021', 2019).zh, REFUSED_2019_2021);
  assert.match(core.formatYearMismatch('2019', 2021).en, /^The 2019 format does not apply to a 2021 report: a 2021 report uses the 2021 format\. /);
});

/** A git repository in a temp folder, with `files` (name → text) committed. */
function repo(files) {
  const dir = tmp();
  const git = (...args) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'reports');
  return { dir, git };
}

// Names git quotes with core.quotePath=false (a double quote, a backslash, a tab) and names it writes as they are.
const NAMES = ['A-town-2024/errors/青山区-errors.md', '新报告 2024.md', '报告"草稿".md', 'tab\t报告.md', 'back\\slash.md', 'plain-2024.md'];

test('--fix-dry-run: file names in the diff headers as git -c core.quotePath=false writes them (Chinese unescaped)', async () => {
  const { dir, git } = repo(Object.fromEntries(NAMES.map((n) => [n, ERRORS])));
  const r = await runCli(['check', '--fix-dry-run', ...NAMES], { cwd: dir });
  for (const name of NAMES) {
    // git's own quoting of the name, from the diff it writes for a change to the file.
    writeFileSync(join(dir, name), ERRORS + 'x\n');
    const gitHeader = git('-c', 'core.quotePath=false', 'diff', '--no-prefix', '--', name).split('\n').find((l) => l.startsWith('--- '));
    git('checkout', '-q', '--', name);
    assert.ok(r.stdout.split('\n').includes(gitHeader), `${name}: ${JSON.stringify(gitHeader)} in\n${r.stdout.slice(0, 400)}`);
    assert.ok(r.stdout.split('\n').includes(gitHeader.replace('---', '+++')), name);
    // (git ends a name with a space with a tab, for GNU patch.)
    assert.equal(`--- ${cli.quotePathForDiff(name)}`, gitHeader.replace(/\t$/, ''), name);
  }
  assert.match(r.stdout, /^--- A-town-2024\/errors\/青山区-errors\.md$/m);
  assert.match(r.stdout, /^--- "报告\\"草稿\\"\.md"$/m);
  assert.match(r.stdout, /^--- "tab\\t报告\.md"$/m);
  assert.match(r.stdout, /^--- 新报告 2024\.md\t$/m);
  assert.doesNotMatch(r.stdout, /\\[0-7]{3}/, 'no octal escapes');
});

test('--fix-dry-run\'s diff applies with patch -p0 and with git apply -p0, Chinese and quoted names alike', async () => {
  const { dir, git } = repo(Object.fromEntries(NAMES.map((n) => [n, ERRORS])));
  const r = await runCli(['check', '--fix-dry-run', ...NAMES], { cwd: dir });
  assert.ok(r.stdout.length > 0);
  const patchFile = join(tmp(), 'fix.patch');
  writeFileSync(patchFile, r.stdout);
  // What --fix writes, to compare with.
  const fixedDir = repo(Object.fromEntries(NAMES.map((n) => [n, ERRORS]))).dir;
  await runCli(['check', '--fix', ...NAMES], { cwd: fixedDir });
  const fixed = Object.fromEntries(NAMES.map((n) => [n, readFileSync(join(fixedDir, n), 'utf8')]));
  assert.notEqual(fixed[NAMES[0]], ERRORS);
  git('apply', '--check', '-p0', patchFile);
  git('apply', '-p0', patchFile);
  for (const n of NAMES) assert.equal(readFileSync(join(dir, n), 'utf8'), fixed[n], `git apply: ${n}`);
  git('checkout', '-q', '--', '.');
  execFileSync('patch', ['-p0', '--batch', '--no-backup-if-mismatch', '-i', patchFile], { cwd: dir, encoding: 'utf8' });
  for (const n of NAMES) assert.equal(readFileSync(join(dir, n), 'utf8'), fixed[n], `patch: ${n}`);
  assert.equal(git('status', '--porcelain', '--untracked-files=all').split('\n').filter((l) => l.startsWith('??')).length, 0, 'patch made no stray files');
});

test('markdown and github: a file holding two agencies\' reports is counted as 1 file (2 reports)', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'two-2024.md'), CORRECT + '\n' + CORRECT.replaceAll('某某市某某局', '某某市另一局'));
  writeFileSync(join(dir, 'one-2024.md'), CORRECT);
  const md = await runCli(['check', '--format', 'markdown', 'two-2024.md'], { cwd: dir });
  assert.match(md.stdout, /\*\*第 2 份：某某市另一局2024年政府信息公开工作年度报告\*\*/);
  assert.match(md.stdout, /^检查了 1 个文件（2 份报告）：✅ 0 个错误，/m);
  const en = await runCli(['check', '--format', 'markdown', '--locale', 'en', 'two-2024.md', 'one-2024.md'], { cwd: dir });
  assert.match(en.stdout, /^2 files checked \(3 reports\): ✅ 0 errors, /m);
  const one = await runCli(['check', '--format', 'markdown', '--locale', 'en', 'two-2024.md'], { cwd: dir });
  assert.match(one.stdout, /^1 file checked \(2 reports\): /m);
  const gh = await runCli(['check', '--format', 'github', 'two-2024.md', 'one-2024.md'], { cwd: dir });
  assert.match(gh.stdout, /^nianbao：检查了 2 个文件（3 份报告），0 个错误，/m);
  // One report a file: worded as before.
  assert.match((await runCli(['check', '--format', 'markdown', 'one-2024.md'], { cwd: dir })).stdout, /^检查了 1 个报告：/m);
});

test('breaker15: the text summary counts a file of two agencies’ reports as such (zh and en)', async () => {
  const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-b15-'));
  writeFileSync(join(dir, 'two.md'), `${correct}\n${correct.replace(/某某市某某局/g, '某某市另一局')}`);
  const zh = await runCli(['check', 'two.md'], { cwd: dir });
  assert.match(zh.stdout, /^检查了 1 个文件（2 份报告）：0 个错误，0 个警告，1 个提示$/m);
  const en = await runCli(['check', '--locale', 'en', 'two.md'], { cwd: dir });
  assert.match(en.stdout, /^1 file checked \(2 reports\): 0 errors, 0 warnings, 1 info$/m);
});

test('breaker15: --year takes four digits only (0x7E8, 2e3 refused); new refuses a year before 2008, as the editor does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-b15y-'));
  for (const y of ['0x7E8', '2e3', ' 2024x']) {
    const r = await runCli(['new', '--year', y, '--agency', '某某局', '-o', 'x.md'], { cwd: dir });
    assert.equal(r.code, 2, y);
    assert.match(r.stderr, /--year 应为 2008–2099 之间的年份/);
  }
  const old = await runCli(['new', '--year', '2007', '--agency', '某某局', '-o', 'x.md'], { cwd: dir });
  assert.equal(old.code, 2);
  assert.match(old.stderr, /--year 应为 2008–2099 之间的年份（年度报告自 2008 年起编制），例如 2024，不能是 "2007"/);
  assert.ok(!existsSync(join(dir, 'x.md')));
  assert.equal((await runCli(['new', '--year', '2008', '--agency', '某某局', '-o', 'x.md'], { cwd: dir })).code, 0);
});

test('markdown: the severity headings use the brackets of the language (错误（6）; Errors (6), not Errors（6）) (breaker31 #16)', async () => {
  const text = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
  const dir = tmp();
  writeFileSync(join(dir, 'errors-2024.md'), text);
  const zh = (await runCli(['check', '--format', 'markdown', 'errors-2024.md'], { cwd: dir })).stdout;
  const en = (await runCli(['check', '--format', 'markdown', '--locale', 'en', 'errors-2024.md'], { cwd: dir })).stdout;
  const headings = (s) => [...s.matchAll(/<summary>(.*?)<\/summary>/g)].map((m) => m[1]);
  assert.ok(headings(zh).length >= 2);
  for (const h of headings(zh)) assert.match(h, /^\S+ (错误|警告|提示|建议)（\d+）$/);
  assert.equal(headings(en).length, headings(zh).length);
  for (const h of headings(en)) assert.match(h, /^\S+ (Errors|Warnings|Info|Hints) \(\d+\)$/);
});
