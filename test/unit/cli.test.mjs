// The CLI on real files: the JSON contract, exit codes, bad input (missing, binary, undecodable, empty folder),
// encodings (UTF-8 BOM, UTF-16, GB18030) and --fix / --fix-dry-run writing files safely.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync, readdirSync, mkdirSync, chmodSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { otherFigures, runCli, CORPUS, ROOT } from '../helpers.mjs';

const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
/** The CLI's own lines in English (Chinese is the default; findings are then English too). */
const EN = { env: { NIANBAO_LOCALE: 'en' } };
/** The same for a spawned CLI. */
const EN_ENV = { ...process.env, NIANBAO_LOCALE: 'en' };
const seed3 = join(CORPUS, 'seeds/003_7487cbc35b761747.txt');

test('check --format json follows the contract: version, files, 1-based line/column and 0-based range', async () => {
  const r = await runCli(['check', '--format', 'json', seed3]);
  const doc = JSON.parse(r.stdout);
  // Seed 003's findings are warnings and info only (labels, anachronism, titles): exit 0.
  assert.equal(r.code, 0);
  assert.ok(doc.files[0].diagnostics.every((d) => d.severity !== 'error'));
  assert.equal(doc.version, 1);
  assert.equal(doc.files.length, 1);
  const f = doc.files[0];
  assert.deepEqual([f.format, f.year], ['2019', 2018]);
  const d = f.diagnostics.find((x) => x.ruleId === 'column-label' && x.line === 26);
  assert.ok(d, 'column-label on line 26');
  assert.equal(d.range.start.line, 25);
  assert.equal(d.column, d.range.start.character + 1);
  assert.equal(d.fixable, true);
  assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity));
});

test('exit code 0 for a correct report, 1 for errors', async () => {
  assert.equal((await runCli(['check', join(ROOT, 'examples/correct-2024.nianbao.md')])).code, 0);
  const bad = await runCli(['check', join(ROOT, 'examples/errors-2024.nianbao.md')]);
  assert.equal(bad.code, 1);
  assert.match(bad.stdout, /errors-2024\.nianbao\.md:97:47 +error +sum-review +表四“行政复议”的总计应为 3/);
});

test('a missing file, a binary file and an undecodable file each get one line naming them; the others are still checked; exit 2', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
  writeFileSync(join(dir, 'bad.txt'), Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0xff : 0x81))));
  copyFileSync(seed3, join(dir, 'ok.txt'));
  const r = await runCli(['check', '--format', 'json', join(dir, 'nope.md'), join(dir, 'binary.txt'), join(dir, 'bad.txt'), join(dir, 'ok.txt')], EN);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /nope\.md: no such file or folder/);
  assert.match(r.stderr, /binary\.txt: binary file/);
  assert.match(r.stderr, /bad\.txt: cannot decode/);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(doc.files.map((f) => f.path.split('/').pop()), ['ok.txt']);
});

test('a folder with no reports, an unknown format and a bad --year are usage errors (exit 2)', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'empty'));
  assert.match((await runCli(['check', join(dir, 'empty')], EN)).stderr, /no reports/);
  const f = await runCli(['check', '--format', 'xml', seed3], EN);
  assert.equal(f.code, 2);
  assert.match(f.stderr, /unknown --format "xml"/);
  assert.equal((await runCli(['check', '--year', 'last', seed3])).code, 2);
});

test('encodings: UTF-8 with BOM, UTF-16 LE/BE with BOM and GB18030 read the same findings', async () => {
  const dir = tmp();
  const text = readFileSync(seed3, 'utf8');
  writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
  writeFileSync(join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]));
  writeFileSync(join(dir, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]));
  writeFileSync(join(dir, 'gbk.txt'), iconv.encode(text, 'gb18030'));
  const plain = JSON.parse((await runCli(['check', '--format', 'json', seed3])).stdout).files[0].diagnostics.map((d) => `${d.line} ${d.ruleId}`);
  for (const name of ['bom.txt', 'le.txt', 'be.txt', 'gbk.txt']) {
    const got = JSON.parse((await runCli(['check', '--format', 'json', join(dir, name)])).stdout).files[0].diagnostics.map((d) => `${d.line} ${d.ruleId}`);
    assert.deepEqual(got, plain, name);
  }
});

test('--fix writes the fixed file in its own encoding and line endings; a re-check has nothing fixable left', async () => {
  const dir = tmp();
  const crlf = readFileSync(seed3, 'utf8').replace(/\n/g, '\r\n');
  const file = join(dir, 'r.txt');
  writeFileSync(file, iconv.encode(crlf, 'gb18030'));
  const r = await runCli(['check', '--fix', '--format', 'json', file], EN);
  assert.match(r.stderr, /fixed \d+ finding/);
  const after = iconv.decode(readFileSync(file), 'gb18030');
  assert.ok(!/[^\r]\n/.test(after), 'CRLF line endings kept');
  assert.match(after, /\(二\)部分公开\(区分处理的,只计这一情形,不计其他情形\)/, 'the label is corrected in the document\'s half-width style');
  const again = JSON.parse((await runCli(['check', '--format', 'json', file])).stdout).files[0].diagnostics;
  assert.deepEqual(again.filter((d) => d.fixable).map((d) => d.ruleId), []);
  assert.deepEqual(readdirSync(dir), ['r.txt'], 'no temporary file left behind');
});

test('--fix-dry-run prints a unified diff and changes nothing', async () => {
  const dir = tmp();
  const file = join(dir, 'r.txt');
  copyFileSync(seed3, file);
  const before = readFileSync(file, 'utf8');
  const r = await runCli(['check', '--fix-dry-run', file]);
  // The patch is the output (so `> f.patch` captures it); the findings go to stderr.
  assert.match(r.stdout, /^-.*不分公开/m);
  assert.match(r.stdout, /^\+.*部分公开/m);
  assert.match(r.stderr, /row-label/);
  assert.equal(readFileSync(file, 'utf8'), before);
});

test('inspect shows the outline and every table value; new writes a complete draft whose only errors are its tables to fill in', async () => {
  const i = await runCli(['inspect', join(CORPUS, 'seeds/001_417062a3286660b0.txt')], EN);
  assert.equal(i.code, 0);
  assert.match(i.stdout, /format: 2019/);
  assert.match(i.stdout, /R3\.3\.7 +7\.属于行政执法案卷\n +1 \| 0 \| 0 \| 0 \| 0 \| 0 \| 1/);
  const n = await runCli(['new', '--year', '2024', '--agency', '某某市某某局']);
  assert.equal(n.code, 0);
  const dir = tmp();
  writeFileSync(join(dir, 'draft.md'), n.stdout);
  const j = JSON.parse((await runCli(['check', '--format', 'json', join(dir, 'draft.md')])).stdout).files[0];
  assert.deepEqual([j.format, j.year], ['2021', 2024]);
  // breaker45 #13, breaker47 #4: the value cells are blank, so an unfilled draft fails (once per table), never
  // passes on 0s the report never gave; a table filled in is checked as any other.
  assert.deepEqual(j.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId), ['table-empty', 'table-empty', 'table-empty']);
  assert.deepEqual(j.diagnostics.filter((d) => d.ruleId === 'table-empty').map((d) => d.message.slice(0, 2)), ['表二', '表三', '表四']);
  const zeros = n.stdout.replace(/^(\|[^|\n]*\|)((?: +\|)+)$/gm, (row, label, cells) => (/^\| *(?:信息内容|---|（本列|申请人情况|行政复议|结果维持|三、本年度|（三）不予公开|（四）无法提供|（五）不予处理|（六）其他处理)/.test(row) ? row : label + cells.replace(/ +\|/g, ' 0 |')));
  assert.notEqual(zeros, n.stdout);
  writeFileSync(join(dir, 'filled.md'), zeros);
  const filled = JSON.parse((await runCli(['check', '--format', 'json', join(dir, 'filled.md')])).stdout).files[0];
  assert.deepEqual(filled.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId), []);
});

test('--fix keeps the file mode, writes through a symbolic link and keeps hard links together', async () => {
  const { chmodSync, statSync, symlinkSync, linkSync, lstatSync } = await import('node:fs');
  const dir = tmp();
  const real = join(dir, 'real.txt');
  copyFileSync(seed3, real);
  chmodSync(real, 0o600);
  symlinkSync('real.txt', join(dir, 'link.txt'));
  linkSync(real, join(dir, 'hard.txt'));
  await runCli(['check', '--fix', join(dir, 'link.txt')]);
  assert.equal(statSync(real).mode & 0o777, 0o600);
  assert.ok(lstatSync(join(dir, 'link.txt')).isSymbolicLink());
  assert.match(readFileSync(real, 'utf8'), /\(二\)部分公开/);
  assert.equal(readFileSync(join(dir, 'hard.txt'), 'utf8'), readFileSync(real, 'utf8'), 'the hard link sees the fix');
});

test('usage errors: an unknown --rule id (with a suggestion), --fix with --fix-dry-run, new into a missing folder', async () => {
  const r = await runCli(['check', '--rule', 'row-lable=off', seed3], EN);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no rule "row-lable"; did you mean row-label\?/);
  assert.equal((await runCli(['check', '--fix', '--fix-dry-run', seed3])).code, 2);
  const n = await runCli(['new', '--year', '2024', '--agency', '某局', '-o', join(tmp(), 'nodir', 'x.md')], EN);
  assert.equal(n.code, 2);
  assert.match(n.stderr, /does not exist/);
  assert.doesNotMatch(n.stderr, /internal error/);
});

test('new: the format follows the year (2020 → 2019 format, 2017 → pre-2019) and the draft has no format finding', async () => {
  for (const [year, format] of [['2020', '2019'], ['2017', 'pre2019'], ['2024', '2021']]) {
    const n = await runCli(['new', '--year', year, '--agency', '某某市某某局']);
    const dir = tmp();
    writeFileSync(join(dir, 'd.md'), n.stdout);
    const f = JSON.parse((await runCli(['check', '--format', 'json', join(dir, 'd.md')])).stdout).files[0];
    assert.equal(f.format, format, year);
    assert.ok(!f.diagnostics.some((d) => d.ruleId.startsWith('format-')), `${year}: ${f.diagnostics.map((d) => d.ruleId)}`);
  }
});

test('new with the older --report-format a year may keep (2019: pre2019): a note on stderr names the rules a check then reports; none for the year\'s own format', async () => {
  // Other pairs (2021 for 2020, 2019 for 2024) are refused: cli-missing-paths-new-dry-run-names.test.mjs.
  for (const [year, format] of [['2019', 'pre2019']]) {
    const n = await runCli(['new', '--year', year, '--report-format', format, '--agency', '某某市某某局']);
    assert.equal(n.code, 0);
    const dir = tmp();
    writeFileSync(join(dir, 'd.md'), n.stdout);
    const f = JSON.parse((await runCli(['check', '--format', 'json', join(dir, 'd.md')])).stdout).files[0];
    const rules = [...new Set(f.diagnostics.map((d) => d.ruleId).filter((id) => id !== 'template-note'))];
    assert.ok(rules.length, `${year}/${format}: the draft fails a check`);
    const note = n.stderr.split('\n').find((l) => l.includes('注意'));
    assert.ok(note, `${year}/${format}: ${n.stderr}`);
    // (Allowed for 2019, as the check's info says: never "应使用"/"due"; brk138 #5.)
    assert.match(note, new RegExp(`${year} 年度的报告可以按 2019 年以前的传统格式编制：国办公开办函〔2019〕60号对 ${year} 年度的报告“鼓励按照统一格式发布`));
    assert.ok(!note.includes('应使用'), note);
    assert.ok(note.endsWith('去掉 --report-format 即按统一的 2019 年格式生成'), note);
    assert.equal(note.match(/检查时会报告 (.*)。/)[1], rules.map((id) => `${id}（${id === 'format-outdated' ? '提示' : '?'}）`).join('、'));
  }
  const en = await runCli(['new', '--year', '2019', '--report-format', 'pre2019', '--agency', 'X', '--locale', 'en']);
  assert.match(en.stderr, /a 2019 report may be written in the pre-2019 format: for 2019 reports 国办公开办函〔2019〕60号 only encouraged the unified 2019 format \(鼓励按照统一格式发布，确实存在现实困难的，可参照统一格式发布\); written in the pre-2019 format as --report-format asks, which a check reports as format-outdated \(info\)/);
  assert.ok(!/is due/.test(en.stderr), en.stderr);
  const own = await runCli(['new', '--year', '2020', '--report-format', '2019', '--agency', '某某市某某局']);
  assert.equal(own.stderr, '');
});

test('the summary line counts the files given but not checked: not a report, unreadable', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'notes.md'), '# 会议纪要\n\n今天讨论了三件事。\n');
  writeFileSync(join(dir, 'scan.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3]));
  const r = await runCli(['check', join(dir, 'notes.md'), join(dir, 'scan.md'), join(ROOT, 'examples/correct-2024.nianbao.md')]);
  assert.equal(r.code, 2);
  assert.match(r.stdout, /^检查了 1 个文件：0 个错误，0 个警告，0 个提示；1 个文件不是年度报告，未检查；1 个文件无法读取$/m);
  const en = await runCli(['check', '--locale', 'en', join(dir, 'notes.md')]);
  assert.match(en.stdout, /^0 files checked: 0 errors, 0 warnings, 0 info; 1 file not an annual report, not checked$/m);
  const clean = await runCli(['check', join(ROOT, 'examples/correct-2024.nianbao.md')]);
  assert.match(clean.stdout, /^检查了 1 个文件：0 个错误，0 个警告，0 个提示$/m);
});

test('--previous with a report of the wrong year says so on stderr', async () => {
  // The agency's own report of another year (another agency's is not used at all: brk129 #2, previous-multi-agency).
  const r = await runCli(['check', '--previous', join(CORPUS, 'peers/kiro_hongze-district_2024.txt'), join(CORPUS, 'peers/kiro_hongze-district_2024.txt')], EN);
  assert.match(r.stderr, /reads as 2024, not 2023: not used for this report, whose own last year's report is looked for as usual/);
});

test('--jobs 2 checks on worker threads: the same stdout and stderr, in the same order, as one thread', async () => {
  // The corpus (13 real reports in several folders, with last year's reports beside some) plus the examples.
  const args = ['check', '--format', 'json', CORPUS, join(ROOT, 'examples')];
  const one = await runCli([...args, '--jobs', '1'], EN);
  const two = await runCli([...args, '--jobs', '2'], EN);
  assert.ok(JSON.parse(one.stdout).files.length >= 15);
  assert.equal(two.code, one.code);
  assert.equal(two.stdout, one.stdout);
  assert.equal(two.stderr, one.stderr);
  assert.match(one.stderr, /last year's report of the same agency was found beside [1-9]\d* of/, 'the cross-year lookup ran');
  // A few files: each file's own stderr lines (which file was last year's) keep their place between threads.
  const p1 = await runCli(['check', join(CORPUS, 'peers'), '--jobs', '1'], EN);
  const p2 = await runCli(['check', join(CORPUS, 'peers'), '--jobs', '2'], EN);
  assert.match(p1.stderr, /hongze-district_2024\.txt: last year's report \(2023\): .*hongze-district_2023\.txt/);
  assert.equal(p2.stderr, p1.stderr);
  assert.equal(p2.stdout, p1.stdout);
  // The text format, with --quiet and a rule setting, reaches the workers too.
  const t1 = await runCli(['check', CORPUS, '-j', '1', '--quiet', '--rule', 'prose-table=off']);
  const t2 = await runCli(['check', CORPUS, '-j', '3', '--quiet', '--rule', 'prose-table=off']);
  assert.equal(t2.stdout, t1.stdout);
  assert.doesNotMatch(t2.stdout, /warning|prose-table/);
});

test('--jobs takes a whole number ≥ 1; a missing file among many is still reported once with worker threads', async () => {
  for (const bad of ['0', '-2', 'x', '1.5']) {
    const r = await runCli(['check', CORPUS, `--jobs=${bad}`], EN);
    assert.equal(r.code, 2, bad);
    assert.match(r.stderr, /--jobs takes a whole number/);
  }
  const r = await runCli(['check', '--format', 'json', '-j', '2', CORPUS, join(ROOT, 'no-such-report.md')]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr.match(/no-such-report\.md/g).length, 1);
  assert.ok(JSON.parse(r.stdout).files.length >= 10, 'the others are checked and printed');
});

test('a folder: files that are not reports (a README, notes) are skipped with one summary line; a named one is said so', async () => {
  const dir = tmp();
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), join(dir, 'errors-2024.nianbao.md'));
  writeFileSync(join(dir, 'README.md'), '# 说明\n\n这里放本单位的年报草稿。\n');
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', 'todo.txt'), '下周一前交稿\n');
  const r = await runCli(['check', '--format', 'json', dir], EN);
  assert.equal(r.code, 1);
  assert.deepEqual(JSON.parse(r.stdout).files.map((f) => f.path.split('/').pop()), ['errors-2024.nianbao.md']);
  assert.equal(r.stderr.match(/not annual reports/g)?.length, 1);
  assert.match(r.stderr, /2 files in the folders checked are not annual reports .* skipped: .*README\.md, .*todo\.txt\n/);
  const named = await runCli(['check', '--format', 'json', join(dir, 'README.md')], EN);
  assert.equal(named.code, 0);
  assert.match(named.stderr, /README\.md: Not recognised as an annual report \(no title, 统计期限 or template sections\); nothing checked\.$/m);
  assert.equal(JSON.parse(named.stdout).files.length, 1);
});

test('folders: a folder reached twice through symbolic links is read once, a file once; a dangling link is named and skipped', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'a'));
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), join(dir, 'a', 'errors-2024.nianbao.md'));
  symlinkSync('../a', join(dir, 'a', 'self'));      // a loop
  symlinkSync('..', join(dir, 'a', 'up'));           // back to the root
  symlinkSync('a', join(dir, 'b'));                  // the same folder under another name
  symlinkSync('missing.md', join(dir, 'gone.md'));   // dangling
  const r = await runCli(['check', '--format', 'json', dir], EN);
  const paths = JSON.parse(r.stdout).files.map((f) => f.path);
  assert.equal(paths.length, 1, paths.join(', '));
  assert.match(paths[0], /a\/errors-2024\.nianbao\.md$/);
  assert.match(r.stderr, /gone\.md: a symbolic link to a file that does not exist; skipped/);
  assert.equal(r.code, 1, 'a dangling link in a folder does not stop the run (the report has errors: 1)');
});

test('messages: negative numbers reach our own check, a missing --previous file and a UTF-16 file without BOM are named plainly', async () => {
  const neg = await runCli(['check', seed3, '--max-warnings', '-1'], EN);
  assert.equal(neg.code, 2);
  assert.match(neg.stderr, /--max-warnings takes a whole number ≥ 0, not "-1"/);
  const jobs = await runCli(['check', seed3, '-j', '-3'], EN);
  assert.match(jobs.stderr, /--jobs takes a whole number ≥ 1, not "-3"/);
  const prev = await runCli(['check', seed3, '--previous', 'no-such-2023.md'], EN);
  assert.equal(prev.code, 2);
  assert.equal(prev.stderr, 'nianbao: --previous no-such-2023.md: no such file\n');
  const dir = tmp();
  writeFileSync(join(dir, 'utf16.md'), Buffer.from(readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8'), 'utf16le'));
  const u = await runCli(['check', join(dir, 'utf16.md')], EN);
  assert.equal(u.code, 2);
  assert.match(u.stderr, /utf16\.md: looks like UTF-16 text without a byte-order mark: save it as UTF-8/);
  const rule = await runCli(['check', seed3, '--rule', 'row-lable=off'], EN);
  assert.match(rule.stderr, /no rule "row-lable"; did you mean row-label\? \(rule ids: .*section-missing.*\)/);
});

test('--fix leaves a read-only file as it is, says so, still reports its findings, and exits 2', () => {
  const dir = tmp();
  chmodSync(dir, 0o777);
  const f = join(dir, 'errors-2024.nianbao.md');
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), f);
  const before = readFileSync(f, 'utf8');
  chmodSync(f, 0o444);
  // root may write any file: the CLI runs as an ordinary user (nobody) when the tests run as root.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/nianbao.js'), 'check', '--fix', '--format', 'json', f], { encoding: 'utf8', cwd: dir, env: EN_ENV, ...asUser });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /cannot write the fixed file \(permission denied\); it is unchanged/);
  assert.equal(readFileSync(f, 'utf8'), before);
  assert.ok(JSON.parse(r.stdout).files[0].diagnostics.length > 0, 'the findings of the unfixed text');
});

test('--fix leaves a read-only file as it is for whoever runs it, root included (CI containers)', () => {
  const dir = tmp();
  const f = join(dir, 'errors-2024.nianbao.md');
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), f);
  const before = readFileSync(f, 'utf8');
  chmodSync(f, 0o444);
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/nianbao.js'), 'check', '--fix', f], { encoding: 'utf8', cwd: dir, env: EN_ENV });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /cannot write the fixed file \(permission denied\); it is unchanged/);
  assert.equal(readFileSync(f, 'utf8'), before);
});

test('many files: one line sums up where last year\'s reports were found; a few files name each', async () => {
  const dir = tmp();
  for (let i = 0; i < 12; i++) {
    mkdirSync(join(dir, `copy${i}`));
    for (const n of readdirSync(join(CORPUS, 'peers'))) if (/hongze/.test(n)) copyFileSync(join(CORPUS, 'peers', n), join(dir, `copy${i}`, n));
  }
  const r = await runCli(['check', dir], EN);
  assert.doesNotMatch(r.stderr, /found beside it/);
  assert.match(r.stderr, /last year's report of the same agency was found beside 12 of the 24 files checked/);
  const one = await runCli(['check', join(dir, 'copy0')], EN);
  assert.match(one.stderr, /last year's report \(2023\): .*copy0\/.*2023.* \(found beside it/);
  // A second copy of the 2023 report in one folder: neither is used there, said once for the run.
  const n2023 = readdirSync(join(dir, 'copy0')).find((n) => /2023/.test(n));
  // (Another version with other figures: a byte copy of the same report is taken as it, brk166 #2.)
  writeFileSync(join(dir, 'copy0', n2023.replace(/\.txt$/, '-copy.txt')), otherFigures(readFileSync(join(dir, 'copy0', n2023), 'utf8')));
  const tied = await runCli(['check', dir], EN);
  assert.match(tied.stderr, /1 of the 25 files checked has two or more files beside it \(or in last year's folder\) that could be last year's report/);
  assert.match(tied.stderr, /last year's report of the same agency was found beside 11 of the 25 files checked/);
});

test('a reader that stops early (| head -1): the run goes on and the exit code still reports the errors, with threads too', async () => {
  const { spawn } = await import('node:child_process');
  for (const jobs of ['1', '2']) {
    const p = spawn(process.execPath, [join(ROOT, 'bin/nianbao.js'), 'check', '--jobs', jobs, CORPUS, join(ROOT, 'examples')], { stdio: ['ignore', 'pipe', 'pipe'], env: EN_ENV });
    let stderr = '';
    p.stderr.on('data', (d) => (stderr += d));
    p.stdout.once('data', () => p.stdout.destroy());
    const code = await new Promise((r) => p.on('exit', r));
    assert.equal(code, 1, `--jobs ${jobs}: ${stderr.slice(-300)}`);
    assert.match(stderr, /not annual reports .* skipped/, 'stderr lines after the pipe closed are still written');
  }
});

test('--fix keeps the owner of a file it may write but does not own, and writes in place in a folder that takes no new files', () => {
  const { statSync, chownSync } = require('node:fs');
  const root = process.getuid?.() === 0;
  // As root: the file belongs to root and the CLI runs as nobody (65534); otherwise the CLI runs as ourselves.
  const asUser = root ? { uid: 65534, gid: 65534 } : {};
  const open = tmp();
  chmodSync(open, 0o777);
  const f1 = join(open, 'errors-2024.nianbao.md');
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), f1);
  chmodSync(f1, 0o666);
  const owner = statSync(f1).uid;
  let r = spawnSync(process.execPath, [join(ROOT, 'bin/nianbao.js'), 'check', '--fix', f1], { encoding: 'utf8', cwd: open, env: EN_ENV, ...asUser });
  assert.match(r.stderr, /fixed \d+ finding/, r.stderr);
  assert.equal(statSync(f1).uid, owner, 'still its owner\'s file');
  assert.notEqual(readFileSync(f1, 'utf8'), readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8'));
  const closed = tmp();
  const f2 = join(closed, 'errors-2024.nianbao.md');
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), f2);
  chmodSync(f2, 0o666);
  if (root) chownSync(closed, 0, 0);
  chmodSync(closed, 0o555);
  try {
    r = spawnSync(process.execPath, [join(ROOT, 'bin/nianbao.js'), 'check', '--fix', f2], { encoding: 'utf8', cwd: closed, env: EN_ENV, ...asUser });
    assert.match(r.stderr, /fixed \d+ finding/, r.stderr);
    assert.equal(readFileSync(f2, 'utf8'), readFileSync(f1, 'utf8'), 'the same fixes as in the open folder');
  } finally {
    chmodSync(closed, 0o755);
  }
});

test('a file named twice (through a link, or ./x and x) is checked once; an unknown option is named plainly', async () => {
  const dir = tmp();
  const f = join(dir, 'errors-2024.nianbao.md');
  copyFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), f);
  symlinkSync('errors-2024.nianbao.md', join(dir, 'alias.md'));
  const r = await runCli(['check', '--format', 'json', f, join(dir, 'alias.md'), join(dir, '.', 'errors-2024.nianbao.md')]);
  assert.equal(JSON.parse(r.stdout).files.length, 1);
  const bogus = await runCli(['check', '--bogus', f], EN);
  assert.equal(bogus.code, 2);
  assert.equal(bogus.stderr, 'nianbao: unknown option --bogus; the options are listed by nianbao check --help\n');
  const cfg = await runCli(['check', '--config', join(dir, 'nope.jsonc'), f], EN);
  assert.match(cfg.stderr, /nope\.jsonc: cannot read the config file \(no such file\)/);
});

test('an internal error on one file is that file\'s error (exit 2 for it), the same in this thread as in a worker', () => {
  const { checkFile } = require(join(ROOT, 'dist/cli.js'));
  const dir = mkdtempSync(join(tmpdir(), 'nb-internal-'));
  const file = join(dir, 'r.md');
  copyFileSync(join(CORPUS, 'seeds', readdirSync(join(CORPUS, 'seeds')).find((f) => f.startsWith('001'))), file);
  const lines = [];
  const run = {
    options: { locale: 'en' }, localeGiven: false, previous: null, sayPrevious: false, reportUnusedDisable: false, quiet: false, keepModel: false, fix: null,
    findPrevious: Object.assign(() => { throw new Error('boom in the finder'); }, { remember: () => undefined }),
    err: (s) => lines.push(s),
  };
  const outcome = checkFile({ abs: file, shown: 'r.md', settings: {}, index: 0 }, run);
  assert.equal(outcome.failed, true);
  assert.match(outcome.result.error, /^internal error: Error: boom in the finder/);
  assert.match(lines.join(''), /^nianbao: r\.md: internal error: Error: boom in the finder/);
});
