// Reports whose bytes do not all decode: a UTF-8 report with a stray byte, a character cut short or a Latin-1 é is
// still read as UTF-8 (not as GB18030 gibberish that reads as "not a report"), checked, and each bad place is named
// (stderr and an `encoding-invalid` error in every format); GB18030 reports stay GB18030; `--fix` never writes back
// text whose bytes it could not read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { CORPUS, ROOT } from '../helpers.mjs';

const BIN = join(ROOT, 'bin/nianbao.js');
const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-enc-'));
const ERRORS_2024 = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const SEED3 = readFileSync(join(CORPUS, 'seeds/003_7487cbc35b761747.txt'), 'utf8');

/** Runs `nianbao ARGS` (Chinese, not in CI) with `input` on stdin; stdout as bytes (`out`) and text. */
function nb(args, { cwd, env = {}, input = '' } = {}) {
  const e = { ...process.env, ...env };
  if (!('NIANBAO_LOCALE' in env)) delete e.NIANBAO_LOCALE;
  delete e.CI;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: e, input });
  return { code: r.status, out: r.stdout, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
const diagnostics = (r) => JSON.parse(r.stdout).files[0].diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);

/** `text` as UTF-8 with `bytes` put in place of the first occurrence of `at` (which is kept after them). */
function withBytes(text, at, bytes) {
  const i = text.indexOf(at);
  assert.ok(i > 0, `“${at}” occurs`);
  return Buffer.concat([Buffer.from(text.slice(0, i), 'utf8'), Buffer.from(bytes), Buffer.from(text.slice(i), 'utf8')]);
}

// Line 7 of the example is the prose of 一、总体情况: `2024年，某某市某某局认真贯彻…`.
const PROSE = '认真贯彻';
const CASES = {
  // One stray 0xFF byte.
  'stray byte': withBytes(ERRORS_2024, PROSE, [0xff]),
  // 认 cut short: its first two bytes only.
  'character cut short': withBytes(ERRORS_2024, PROSE, Buffer.from('认', 'utf8').subarray(0, 2)),
  // A Latin-1 é (0xE9) followed by Chinese text.
  'Latin-1 é': withBytes(ERRORS_2024, PROSE, [0xe9]),
};

test('a UTF-8 report with one bad byte is read as UTF-8 and checked: its findings plus encoding-invalid where the byte is', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'clean.md'), ERRORS_2024);
  const clean = nb(['check', '--format', 'json', 'clean.md'], { cwd: dir });
  const byteOffset = Buffer.byteLength(ERRORS_2024.slice(0, ERRORS_2024.indexOf(PROSE)), 'utf8');
  for (const [name, bytes] of Object.entries(CASES)) {
    writeFileSync(join(dir, 'bad.md'), bytes);
    const r = nb(['check', '--format', 'json', 'bad.md'], { cwd: dir });
    assert.equal(r.code, 1, name);
    const f = JSON.parse(r.stdout).files[0];
    assert.deepEqual([f.format, f.year], ['2021', 2024], name);
    // Every finding of the clean file, and one more: the bad byte, line 7 column 13 (after `2024年，某某市某某局`).
    assert.deepEqual(diagnostics(r), ['7:13 encoding-invalid', ...diagnostics(clean)].sort((a, b) => parseInt(a) - parseInt(b) || (a < b ? -1 : 1)), name);
    const d = f.diagnostics.find((x) => x.ruleId === 'encoding-invalid');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: 6, character: 12 }, end: { line: 6, character: 13 } });
    assert.equal(d.fixable, false);
    assert.match(d.message, new RegExp(`此行有 1 处字节不是有效的 UTF-8（第一处在字节偏移 ${byteOffset}，即 0x${byteOffset.toString(16).toUpperCase()}）`));
    // stderr says it too, with the place, before anything else.
    assert.match(r.stderr, new RegExp(`^nianbao：bad\\.md：有 1 处字节不是有效的 UTF-8，已读作 �（U\\+FFFD），其余照常检查：第 7 行第 13 列（字节偏移 ${byteOffset}，即 0x[0-9A-F]+）`), name);
  }
  // The text format and English: the place and the offset on the finding's line.
  writeFileSync(join(dir, 'bad.md'), CASES['stray byte']);
  const text = nb(['check', 'bad.md'], { cwd: dir, env: { NIANBAO_LOCALE: 'en' } });
  assert.match(text.stdout, new RegExp(`^bad\\.md:7:13  error    encoding-invalid  1 place on this line whose bytes are not valid UTF-8 \\(the first at byte offset ${byteOffset} = 0x`, 'm'));
  assert.match(text.stderr, /^nianbao: bad\.md: 1 place whose bytes are not valid UTF-8, read as � \(U\+FFFD\); the rest is checked as usual: line 7 column 13 \(byte offset \d+ = 0x[0-9A-F]+\)/m);
});

test('bad bytes: SARIF has the error result (executionSuccessful stays true: the file was checked), a folder run checks the file, stdin too', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'reports/2024.nianbao.md'), CASES['stray byte']);
  const sarif = JSON.parse(nb(['check', '--format', 'sarif', 'reports/2024.nianbao.md'], { cwd: dir }).stdout).runs[0];
  const res = sarif.results.filter((x) => x.ruleId === 'encoding-invalid');
  assert.equal(res.length, 1);
  assert.equal(res[0].level, 'error');
  assert.deepEqual(res[0].locations[0].physicalLocation.region, { startLine: 7, startColumn: 13, endLine: 7, endColumn: 14 });
  assert.equal(sarif.tool.driver.rules[res[0].ruleIndex].defaultConfiguration.level, 'error');
  assert.ok(sarif.results.length > 1, 'the rest of the report is checked');
  // A folder: the report is checked, not skipped as "not a report".
  const folder = nb(['check', 'reports'], { cwd: dir });
  assert.equal(folder.code, 1);
  assert.match(folder.stdout, /^reports\/2024\.nianbao\.md:7:13  error    encoding-invalid/m);
  assert.match(folder.stdout, /^检查了 1 个文件：7 个错误，/m);
  assert.doesNotMatch(folder.stderr, /不是年度报告/);
  // stdin: the same findings as the file.
  const stdin = nb(['check', '--format', 'json', '-'], { cwd: dir, input: CASES['stray byte'] });
  const file = nb(['check', '--format', 'json', 'reports/2024.nianbao.md'], { cwd: dir });
  assert.deepEqual(diagnostics(stdin), diagnostics(file));
  assert.match(stdin.stderr, /^nianbao：<stdin>：有 1 处字节不是有效的 UTF-8/m);
});

test('--fix, --fix-dry-run and --fix - never write a text with U+FFFD in place of bytes it could not read', () => {
  const dir = tmp();
  const bytes = CASES['character cut short'];
  writeFileSync(join(dir, 'r.md'), bytes);
  const fix = nb(['check', '--fix', 'r.md'], { cwd: dir });
  assert.equal(fix.code, 2);
  assert.deepEqual(readFileSync(join(dir, 'r.md')), bytes, 'the file is unchanged');
  assert.match(fix.stderr, /^nianbao：r\.md：未修复：文件中有无法解码的字节，写回会把它们换成 �（U\+FFFD），原来的字节就丢了/m);
  assert.match(fix.stdout, /^r\.md:7:13  error    encoding-invalid/m);
  const dry = nb(['check', '--fix-dry-run', 'r.md'], { cwd: dir });
  assert.equal(dry.code, 2);
  assert.equal(dry.stdout, '', 'no patch');
  const stdin = nb(['check', '--fix', '-'], { cwd: dir, input: bytes });
  assert.equal(stdin.code, 2);
  assert.deepEqual(stdin.out, bytes, 'the input goes out as it came');
  // The same report without the bad bytes is fixed as usual.
  writeFileSync(join(dir, 'ok.md'), ERRORS_2024);
  assert.notEqual(nb(['check', '--fix', 'ok.md'], { cwd: dir }).stderr.match(/修复了 \d+ 个问题/), null);
});

test('GB18030 stays GB18030: reports, one with UTF-8 text pasted in, one with a stray byte; UTF-8 with a GB18030 sentence pasted in stays UTF-8', () => {
  const dir = tmp();
  const utf8 = nb(['check', '--format', 'json', '-'], { cwd: dir, input: SEED3 });
  // Genuine GB18030 (iconv-lite), as is and with a UTF-8 phrase pasted into it: the findings of the UTF-8 text.
  const gb = iconv.encode(SEED3, 'gb18030');
  assert.deepEqual(diagnostics(nb(['check', '--format', 'json', '-'], { cwd: dir, input: gb })), diagnostics(utf8));
  const at = iconv.encode(SEED3.slice(0, SEED3.indexOf('\n')), 'gb18030').length;
  const mixed = Buffer.concat([gb.subarray(0, at), Buffer.from('（附：政府信息公开）', 'utf8'), gb.subarray(at)]);
  const m = nb(['check', '--format', 'json', '-'], { cwd: dir, input: mixed });
  assert.deepEqual(JSON.parse(m.stdout).files[0].year, 2018, 'read as GB18030: the title is read');
  // The pasted UTF-8 bytes are not GB18030 where they do not pair up: named on their line, in GB18030's terms.
  const pastedBad = JSON.parse(m.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'encoding-invalid');
  assert.deepEqual(pastedBad.map((d) => d.line), [1]);
  assert.match(pastedBad[0].message, /^此行有 \d+ 处字节不是有效的 GB18030，显示为 �/);
  assert.deepEqual(diagnostics(m).filter((d) => !d.startsWith('1:')), diagnostics(utf8).filter((d) => !d.startsWith('1:')));
  // A stray 0xFF in a GB18030 report: still GB18030, and the byte is named (no byte offset: line and column).
  const afterPhrase = SEED3.indexOf('(一)强化高层引领。') + '(一)强化高层引领。'.length;
  const gbAt = iconv.encode(SEED3.slice(0, afterPhrase), 'gb18030').length;
  const stray = Buffer.concat([gb.subarray(0, gbAt), Buffer.from([0xff]), gb.subarray(gbAt)]);
  const s = nb(['check', '--format', 'json', '-'], { cwd: dir, input: stray });
  assert.deepEqual(diagnostics(s), ['4:11 encoding-invalid', ...diagnostics(utf8)].sort((a, b) => parseInt(a) - parseInt(b) || (a < b ? -1 : 1)));
  assert.match(s.stderr, /有 1 处字节不是有效的 GB18030，已读作 �（U\+FFFD），其余照常检查：第 4 行第 11 列；/);
  // A UTF-8 report with a sentence saved as GB18030 pasted into its prose: UTF-8, the sentence's line named.
  const pasted = withBytes(ERRORS_2024, PROSE, iconv.encode('根据条例要求，现将有关情况报告如下。', 'gb18030'));
  const p = nb(['check', '--format', 'json', '-'], { cwd: dir, input: pasted });
  assert.deepEqual(JSON.parse(p.stdout).files[0].year, 2024);
  const bad = JSON.parse(p.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'encoding-invalid');
  assert.deepEqual(bad.map((d) => [d.line, d.column]), [[7, 13]], 'one finding for the line');
  assert.match(bad[0].message, /^此行有 \d+ 处字节不是有效的 UTF-8/);
});

test('--fix leaves a GB18030 file alone when its bytes would not be written back as they were (a lone 0x80)', () => {
  const dir = tmp();
  // 0x80 decodes as € in GB18030, which encodes back as A2 E3: a fix would change a byte it was not about.
  const gb = iconv.encode(ERRORS_2024, 'gb18030');
  const at = iconv.encode(ERRORS_2024.slice(0, ERRORS_2024.indexOf(PROSE)), 'gb18030').length;
  const bytes = Buffer.concat([gb.subarray(0, at), Buffer.from([0x80]), gb.subarray(at)]);
  writeFileSync(join(dir, 'gb.md'), bytes);
  const r = nb(['check', '--fix', 'gb.md'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.deepEqual(readFileSync(join(dir, 'gb.md')), bytes);
  assert.match(r.stderr, /^nianbao：gb\.md：未修复：此文件有些字节按 GB18030 读入后不能原样写回/m);
  // The same file without it is fixed, in GB18030.
  writeFileSync(join(dir, 'gb2.md'), gb);
  assert.match(nb(['check', '--fix', 'gb2.md'], { cwd: dir }).stderr, /修复了 \d+ 个问题/);
  assert.match(iconv.decode(readFileSync(join(dir, 'gb2.md')), 'gb18030'), /行政规范性文件/);
});

test('inspect and --previous read such a file as UTF-8 too, and say where its bad bytes are', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'bad.md'), CASES['stray byte']);
  const inspect = nb(['inspect', 'bad.md'], { cwd: dir });
  assert.equal(inspect.code, 0);
  assert.match(inspect.stdout, /2024/);
  assert.match(inspect.stderr, /^nianbao：bad\.md：有 1 处字节不是有效的 UTF-8，已读作 �（U\+FFFD），其余照常检查：第 7 行第 13 列（字节偏移 \d+，即 0x[0-9A-F]+）；请对照原文改正这些字符后重新保存\n$/);
  writeFileSync(join(dir, 'r.md'), ERRORS_2024);
  const prev = nb(['check', '--previous', 'bad.md', 'r.md'], { cwd: dir });
  assert.match(prev.stderr, /^nianbao：--previous bad\.md：有 1 处字节不是有效的 UTF-8/m);
});

test('a block of UTF-8 lines pasted into a GB18030 report (breaker47 #9): read as UTF-8, one error naming the lines, --fix refused', () => {
  const dir = tmp();
  // Section 三 with 表三, saved as UTF-8 (copied from a UTF-8 web page into a GBK text file); the rest GB18030.
  const lines = SEED3.split('\n');
  const from = lines.findIndex((l) => l.startsWith('三、'));
  const to = lines.findIndex((l, i) => i > from && l.startsWith('四、')) - 1;
  assert.ok(from > 0 && to > from + 10, 'section 三 found');
  const part = (a, b) => lines.slice(a, b).map((l) => l + '\n').join('');
  const bytes = Buffer.concat([iconv.encode(part(0, from), 'gb18030'), Buffer.from(part(from, to + 1), 'utf8'), iconv.encode(lines.slice(to + 1).join('\n'), 'gb18030')]);
  const utf8 = diagnostics(nb(['check', '--format', 'json', '-'], { cwd: dir, input: SEED3 }));
  const r = nb(['check', '--format', 'json', '-'], { cwd: dir, input: bytes });
  const file = JSON.parse(r.stdout).files[0];
  // Every finding of the text read right (no mojibake: no section-missing, no table errors), plus one for the block.
  const mixed = file.diagnostics.filter((d) => d.ruleId === 'encoding-invalid');
  assert.equal(mixed.length, 1, JSON.stringify(mixed));
  // The run spans the first to the last line with non-ASCII text (1-based in the message and the position).
  const lastNonAscii = to - [...lines.slice(from, to + 1)].reverse().findIndex((l) => /[^\x00-\x7f]/.test(l));
  assert.equal(mixed[0].line, from + 1);
  assert.equal(mixed[0].range.end.line, lastNonAscii);
  assert.equal(mixed[0].message, `第 ${from + 1}–${lastNonAscii + 1} 行是 UTF-8 编码，文件其余部分是 GB18030（GBK）：已按各自的编码读取，但其他软件会把其中一部分显示为乱码；请把整个文件另存为同一种编码（建议 UTF-8）`);
  assert.deepEqual(diagnostics(r).filter((d) => !d.endsWith('encoding-invalid')), utf8);
  // English too.
  const en = nb(['check', '--format', 'json', '--locale', 'en', '-'], { cwd: dir, input: bytes });
  assert.match(JSON.parse(en.stdout).files[0].diagnostics.find((d) => d.ruleId === 'encoding-invalid').message, new RegExp(`^lines ${from + 1}–${lastNonAscii + 1} are UTF-8, the rest of the file GB18030`));
  // --fix would write the UTF-8 lines back as GB18030 (or the rest as UTF-8): refused, the file unchanged.
  writeFileSync(join(dir, 'mixed.txt'), bytes);
  const f = nb(['check', '--fix', 'mixed.txt'], { cwd: dir });
  assert.equal(f.code, 2);
  assert.deepEqual(readFileSync(join(dir, 'mixed.txt')), bytes);
  assert.match(f.stderr, new RegExp(`未修复：此文件混用了 GB18030 和 UTF-8（第 ${from + 1}–${lastNonAscii + 1} 行等）`));
});

test('no line of a real GB18030 report is taken for UTF-8: every corpus report and example saved as GB18030 reads as its UTF-8 self', async () => {
  const { readdirSync } = await import('node:fs');
  const files = [];
  for (const sub of ['seeds', 'peers']) for (const n of readdirSync(join(CORPUS, sub))) if (/\.(txt|md)$/.test(n)) files.push(join(CORPUS, sub, n));
  for (const n of readdirSync(join(ROOT, 'examples'))) if (/\.(txt|md)$/.test(n)) files.push(join(ROOT, 'examples', n));
  // And the test fixtures: reports in every table layout, pasted from PDFs, web pages and Word.
  for (const e of readdirSync(join(ROOT, 'test/fixtures'), { recursive: true })) if (/\.(txt|md)$/.test(e)) files.push(join(ROOT, 'test/fixtures', e));
  // The same files in two folders, one in UTF-8 and one in GB18030 (only those that GB18030 can encode back).
  const [u, g] = [tmp(), tmp()];
  let n = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    if (!/[^\x00-\x7f]/.test(text) || iconv.decode(iconv.encode(text, 'gb18030'), 'gb18030') !== text) continue;
    const name = `${String(n++).padStart(3, '0')}-${f.split('/').pop()}`;
    writeFileSync(join(u, name), text);
    writeFileSync(join(g, name), iconv.encode(text, 'gb18030'));
  }
  assert.ok(n >= 60, `${n} files`);
  const read = (dir) => JSON.parse(nb(['check', '--format', 'json', '.'], { cwd: dir }).stdout).files.map((f) => [f.path, f.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)]);
  // A line taken for UTF-8 would be mojibake and named by an encoding-invalid error: the findings would differ.
  assert.deepEqual(read(g), read(u));
});

test('a U+FEFF right after the file\'s own byte-order mark is text: --fix writes it back, in UTF-8 and UTF-16 (brk104 #7)', () => {
  const dir = tmp();
  const typo = ERRORS_2024.replace('| 行政许可 ', '| 行政许蔻 ');
  assert.notEqual(typo, ERRORS_2024);
  for (const [name, bytes] of [
    ['utf8.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\ufeff' + typo, 'utf8')])],
    ['utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('\ufeff' + typo, 'utf16le')])],
  ]) {
    writeFileSync(join(dir, name), bytes);
    const before = nb(['check', '--format', 'json', name], { cwd: dir });
    const r = nb(['check', '--fix', name], { cwd: dir });
    assert.ok([0, 1].includes(r.code), r.stderr);
    const after = readFileSync(join(dir, name));
    // Both marks are still there, and the label typo is fixed (the text was read with its U+FEFF all along).
    const head = name === 'utf8.md' ? [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf] : [0xff, 0xfe, 0xff, 0xfe];
    assert.deepEqual([...after.subarray(0, head.length)], head, name);
    const text = name === 'utf8.md' ? after.subarray(3).toString('utf8') : iconv.decode(after.subarray(2), 'utf16le', { stripBOM: false });
    assert.ok(text.startsWith('\ufeff#'), name);
    assert.ok(text.includes('| 行政许可 ') && !text.includes('行政许蔻'), name);
    assert.ok(diagnostics(before).some((d) => d.endsWith('row-label')), name);
  }
});
