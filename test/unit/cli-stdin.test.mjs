// `nianbao check -`: one report read from stdin, named by --stdin-filename (output, config lookup, overrides, last
// year's report beside it when the name is a file on disk), decoded like a file; `--fix -` prints the fixed text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { CORPUS, ROOT } from '../helpers.mjs';

const BIN = join(ROOT, 'bin/nianbao.js');
const SEED3 = join(CORPUS, 'seeds/003_7487cbc35b761747.txt');
const H2023 = 'kiro_hongze-district_2023.txt';
const H2024 = 'kiro_hongze-district_2024.txt';
const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-stdin-'));
const copy = (from, to) => writeFileSync(to, readFileSync(from));

/** Runs `nianbao ARGS` with `input` on stdin; stdout as bytes (`out`) and text. */
function nb(args, { cwd = ROOT, env = {}, input = '' } = {}) {
  const e = { ...process.env, ...env };
  if (!('NIANBAO_LOCALE' in env)) delete e.NIANBAO_LOCALE;
  delete e.CI;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: e, input });
  return { code: r.status, out: r.stdout, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
const EN = { NIANBAO_LOCALE: 'en' };
const diagnostics = (r) => JSON.parse(r.stdout).files[0].diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);

test('check -: the report on stdin gets the findings of the same file, named <stdin> or by --stdin-filename', () => {
  const dir = tmp();
  copy(SEED3, join(dir, 'r.txt'));
  const text = readFileSync(SEED3);
  const file = nb(['check', '--format', 'json', 'r.txt'], { cwd: dir });
  const plain = nb(['check', '--format', 'json', '-'], { cwd: dir, input: text });
  assert.equal(plain.code, file.code);
  assert.deepEqual(JSON.parse(plain.stdout).files.map((f) => f.path), ['<stdin>']);
  assert.deepEqual(diagnostics(plain), diagnostics(file));
  const named = nb(['check', '-', '--stdin-filename', 'sub/2018.md'], { cwd: dir, input: text });
  assert.match(named.stdout, /^sub\/2018\.md:26:17 {2}warning {2}column-label {2}表二的列标题“采购金额”/m);
  assert.match(named.stdout, /^检查了 1 个文件：0 个错误，7 个警告，2 个提示$/m);
  // `nianbao -` is `nianbao check -`.
  assert.equal(nb(['-', '--stdin-filename', 'sub/2018.md'], { cwd: dir, input: text }).stdout, named.stdout);
});

test('check -: UTF-8 with BOM, UTF-16 with BOM and GB18030 on stdin are decoded as files are; binary input is refused', () => {
  const text = readFileSync(SEED3, 'utf8');
  const want = diagnostics(nb(['check', '--format', 'json', SEED3]));
  for (const [name, bytes] of [
    ['bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['utf16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])],
    ['gb18030', iconv.encode(text, 'gb18030')],
  ]) {
    assert.deepEqual(diagnostics(nb(['check', '--format', 'json', '-'], { input: bytes })), want, name);
  }
  const bin = nb(['check', '-'], { input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) });
  assert.equal(bin.code, 2);
  assert.equal(bin.stderr, 'nianbao：<stdin>：二进制文件（含 NUL 字节，第一个在字节偏移 4 处），不是文本报告\n');
});

test('check -: the config is looked up from --stdin-filename\'s folder, with its overrides and ignore globs', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'reports/2019'), { recursive: true });
  writeFileSync(join(dir, 'reports/.nianbao.jsonc'), '{ "locale": "en", "rules": { "row-label": "off" }, "overrides": [ { "files": "2019/**", "year": 2019 } ], "ignore": ["drafts"] }');
  const input = readFileSync(SEED3);
  const ids = (r) => JSON.parse(r.stdout).files[0].diagnostics.map((d) => d.ruleId);
  const outside = nb(['check', '--format', 'json', '-', '--stdin-filename', 'r.txt'], { cwd: dir, input });
  assert.ok(ids(outside).includes('row-label'));
  const inside = nb(['check', '--format', 'json', '-', '--stdin-filename', 'reports/r.txt'], { cwd: dir, input });
  assert.ok(!ids(inside).includes('row-label'), 'the rule is off in reports/');
  assert.equal(JSON.parse(inside.stdout).files[0].year, 2018);
  assert.match(JSON.parse(inside.stdout).files[0].diagnostics[0].message, /^[A-Z]/, 'the config\'s locale');
  const override = JSON.parse(nb(['check', '--format', 'json', '-', '--stdin-filename', 'reports/2019/r.txt'], { cwd: dir, input }).stdout).files[0];
  assert.deepEqual([override.path, override.year], ['reports/2019/r.txt', 2019]);
  const ignored = nb(['check', '-', '--stdin-filename', 'reports/drafts/r.txt'], { cwd: dir, input });
  assert.equal(ignored.code, 0);
  assert.equal(ignored.stderr, 'nianbao: reports/drafts/r.txt: ignored by reports/.nianbao.jsonc\n');
  // Ignored with --fix: the text goes out as it came in.
  assert.deepEqual(nb(['check', '--fix', '-', '--stdin-filename', 'reports/drafts/r.txt'], { cwd: dir, input }).out, input);
});

test('check -: last year\'s report is looked for beside --stdin-filename only when that file exists', () => {
  const dir = tmp();
  copy(join(CORPUS, 'peers', H2023), join(dir, H2023));
  copy(join(CORPUS, 'peers', H2024), join(dir, H2024));
  const input = readFileSync(join(dir, H2024));
  const found = nb(['check', '-', '--stdin-filename', H2024], { cwd: dir, input, env: EN });
  assert.equal(found.stderr, `nianbao: ${H2024}: last year's report (2023): ${H2023} (found beside it; --previous FILE to choose another)\n`);
  const absent = nb(['check', '-', '--stdin-filename', 'kiro_hongze-district_2024-draft.txt'], { cwd: dir, input, env: EN });
  assert.equal(absent.stderr, '');
  assert.equal(nb(['check', '-'], { cwd: dir, input, env: EN }).stderr, '');
  // --previous still works with stdin.
  assert.equal(nb(['check', '-', '--previous', H2023], { cwd: dir, input, env: EN }).code, found.code);
});

test('check -: every output format works', () => {
  const input = readFileSync(SEED3);
  for (const format of ['text', 'json', 'sarif', 'github', 'gitlab', 'rdjson', 'markdown']) {
    const r = nb(['check', '--format', format, '-', '--stdin-filename', 'reports/2018.txt'], { input });
    assert.equal(r.code, 0, `${format}: ${r.stderr}`);
    assert.equal(r.stderr, '', format);
    assert.match(r.stdout, /reports\/2018\.txt/, format);
    if (['json', 'sarif', 'gitlab', 'rdjson'].includes(format)) JSON.parse(r.stdout);
  }
  const sarif = JSON.parse(nb(['check', '--format', 'sarif', '-', '--stdin-filename', 'reports/2018.txt'], { input }).stdout);
  assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'reports/2018.txt');
  assert.equal(sarif.runs[0].results.length, 9);
});

test('check --fix -: the fixed text on stdout (and nothing else), in the encoding it came in; the named file is not touched', () => {
  const dir = tmp();
  copy(SEED3, join(dir, 'r.txt'));
  copy(SEED3, join(dir, 'fixed-on-disk.txt'));
  nb(['check', '--fix', 'fixed-on-disk.txt'], { cwd: dir });
  const want = readFileSync(join(dir, 'fixed-on-disk.txt'));
  const input = readFileSync(SEED3);
  const r = nb(['check', '--fix', '-', '--stdin-filename', 'r.txt'], { cwd: dir, input });
  assert.equal(r.code, 0);
  assert.deepEqual(r.out, want);
  assert.notDeepEqual(want, input);
  assert.equal(r.stderr, 'nianbao：r.txt：修复了 7 个问题（column-label ×3、row-label ×2、section-title ×2）\n');
  assert.deepEqual(readFileSync(join(dir, 'r.txt')), input, 'the file named by --stdin-filename is unchanged');
  // The same with other formats: still only the text.
  assert.deepEqual(nb(['check', '--fix', '--format', 'json', '-'], { cwd: dir, input }).out, want);
  // GB18030 in, GB18030 out.
  const gb = nb(['check', '--fix', '-'], { cwd: dir, input: iconv.encode(input.toString('utf8'), 'gb18030') });
  assert.deepEqual(gb.out, iconv.encode(want.toString('utf8'), 'gb18030'));
  // Nothing to fix, not a report, or not text: the input comes out as it went in (an editor filter keeps its text).
  assert.deepEqual(nb(['check', '--fix', '-'], { cwd: dir, input: want }).out, want);
  const notes = Buffer.from('# 说明\n\n这里放本单位的年报草稿。\n');
  assert.deepEqual(nb(['check', '--fix', '-'], { cwd: dir, input: notes }).out, notes);
  const bin = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]);
  const b = nb(['check', '--fix', '-'], { cwd: dir, input: bin });
  assert.equal(b.code, 2);
  assert.deepEqual(b.out, bin);
});

test('check --fix -: a config that cannot be used leaves the input unchanged on stdout (exit 2, the reason on stderr)', () => {
  // `nianbao check --fix - < r.md > fixed.md` printed nothing: fixed.md came out empty.
  const dir = tmp();
  const bad = '{ "rules": { "sum-balance": "loud" } }\n';
  writeFileSync(join(dir, '.nianbao.jsonc'), bad);
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub/.nianbao.jsonc'), bad);
  writeFileSync(join(dir, 'other.jsonc'), bad);
  const input = readFileSync(SEED3);
  for (const [args, config] of [
    [[], '.nianbao.jsonc'], [['--config', 'other.jsonc'], 'other.jsonc'], [['--config', 'missing.jsonc'], 'missing.jsonc'],
    [['--stdin-filename', 'sub/r.txt'], 'sub/.nianbao.jsonc'], [['--format', 'sarif'], '.nianbao.jsonc'],
  ]) {
    const r = nb(['check', '--fix', '-', ...args], { cwd: dir, input });
    assert.equal(r.code, 2, args.join(' '));
    assert.deepEqual(r.out, input, args.join(' '));
    // (The config named: `配置文件 sub/.nianbao.jsonc 有误`, `missing.jsonc：无法读取配置文件`.)
    assert.ok([`nianbao：配置文件 ${config} `, `nianbao：${config}：`].some((s) => r.stderr.startsWith(s)), `${args.join(' ')}: ${r.stderr}`);
  }
});

test('check --fix-dry-run -: the patch on stdout under the --stdin-filename name', () => {
  const r = nb(['check', '--fix-dry-run', '-', '--stdin-filename', 'r.txt'], { input: readFileSync(SEED3) });
  assert.match(r.stdout, /^--- r\.txt\n\+\+\+ r\.txt\n/m);
  assert.match(r.stdout, /^\+.*部分公开/m);
  assert.match(r.stderr, /^r\.txt:26:17 {2}warning {2}column-label/m);
});

test('check -: with other paths, or --stdin-filename without -, a usage error; empty stdin is an empty file', () => {
  const dir = tmp();
  copy(SEED3, join(dir, 'r.txt'));
  for (const args of [['-', 'r.txt'], ['r.txt', '-'], ['-', '-']]) {
    const r = nb(['check', ...args], { cwd: dir, input: readFileSync(SEED3) });
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'nianbao：-（从标准输入读取报告）不能与其他文件、文件夹一起使用：标准输入中的报告请单独检查\n');
  }
  assert.equal(nb(['check', '-', 'r.txt'], { cwd: dir, env: EN }).stderr, 'nianbao: - (the report on stdin) cannot be combined with other files or folders: check stdin on its own\n');
  const name = nb(['check', '--stdin-filename', 'x.md', 'r.txt'], { cwd: dir, env: EN });
  assert.equal(name.code, 2);
  assert.equal(name.stderr, 'nianbao: --stdin-filename goes with - (the report on stdin), e.g. nianbao check - --stdin-filename 2024.md\n');
  writeFileSync(join(dir, 'empty.md'), '');
  for (const format of ['text', 'json', 'sarif']) {
    const file = nb(['check', '--format', format, 'empty.md'], { cwd: dir });
    const stdin = nb(['check', '--format', format, '-', '--stdin-filename', 'empty.md'], { cwd: dir, input: '' });
    assert.deepEqual([stdin.code, stdin.stdout, stdin.stderr], [file.code, file.stdout, file.stderr], format);
  }
  assert.equal(nb(['check', '-'], { cwd: dir, input: '' }).stderr.split('\n')[0], 'nianbao：<stdin>：未识别为年度报告（没有标题、统计期限或模板章节），未检查');
});

test('--help lists - and --stdin-filename in both languages', () => {
  const zh = nb(['check', '--help']).stdout;
  assert.match(zh, /^ {2}nianbao check - \[--stdin-filename 名称\] \[选项\] +检查从标准输入读入的报告$/m);
  assert.match(zh, /^ {2}--stdin-filename 名称 +与 - 一起使用：标准输入中报告的名称/m);
  const en = nb(['check', '--help'], { env: EN }).stdout;
  assert.match(en, /^ {2}nianbao check - \[--stdin-filename NAME\] \[options\]\n +check the report on stdin$/m);
  assert.match(en, /^ {2}--stdin-filename NAME +with -: the name of the report on stdin/m);
  assert.match(en, /^ +with -, print the fixed text on stdout \(and nothing else\)$/m);
});

test('inspect -: the report on stdin reads as the same file does, GB18030 included; undecodable bytes exit 2 (breaker47 #8)', () => {
  const dir = tmp();
  copy(SEED3, join(dir, 'r.txt'));
  const file = nb(['inspect', 'r.txt'], { cwd: dir });
  assert.equal(file.code, 0);
  const piped = nb(['inspect', '-'], { cwd: dir, input: readFileSync(SEED3) });
  assert.equal(piped.code, 0, piped.stderr);
  assert.equal(piped.stdout, file.stdout);
  const gb = nb(['inspect', '-'], { cwd: dir, input: iconv.encode(readFileSync(SEED3, 'utf8'), 'gb18030') });
  assert.equal(gb.stdout, file.stdout);
  const binary = nb(['inspect', '-', '--locale', 'en'], { cwd: dir, input: Buffer.from([0, 1, 2, 0, 0, 0]) });
  assert.equal(binary.code, 2);
  assert.match(binary.stderr, /^nianbao: -: /);
  assert.equal(binary.stdout, '');
});
