// A NUL or another control character typed or pasted into an open report (or left in a file) is reported where it
// is, with a fix that deletes it, and the rest of the report is checked; only text with many NULs is not checked,
// and the diagnostic saying so points at the first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { session, root, applyEdits, editsOf } from './client.mjs';

const ERRORS_2024 = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
const lines = ERRORS_2024.split('\n');
const PROSE = lines.findIndex((l) => /^[^#|\s]/.test(l) && l.length > 30);
/** errors-2024 with a NUL pasted in the middle of a prose line, and a form feed at the start of the line after. */
const AT = 10;
const WITH_NUL = lines.map((l, i) => (i === PROSE ? l.slice(0, AT) + '\0' + l.slice(AT) : i === PROSE + 1 ? '\f' + l : l)).join('\n');

describe('control characters in an open report', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('one NUL and one form feed: each reported at its place (the NUL an error, the page break an info) with a fix deleting it; every other finding stays', async () => {
    const clean = await s.openAndWait('file:///tmp/nianbao-cc/clean.nianbao.md', ERRORS_2024);
    const uri = 'file:///tmp/nianbao-cc/nul.nianbao.md';
    const ds = await s.openAndWait(uri, WITH_NUL);
    assert.ok(!ds.some((d) => d.code === 'not-checked'), ds.map((d) => d.message).join('\n'));
    // The NUL is an encoding-invalid error; the form feed (a page break pdftotext writes) is no encoding problem: a
    // page-break info that fails nothing (breaker30 #17).
    const controls = ds.filter((d) => d.code === 'encoding-invalid' || d.code === 'page-break');
    assert.deepEqual(controls.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [['encoding-invalid', PROSE, AT, AT + 1], ['page-break', PROSE + 1, 0, 1]]);
    assert.match(controls[0].message, /U\+0000（NUL/);
    assert.match(controls[1].message, /U\+000C（FF 换页符）/);
    assert.deepEqual(controls.map((d) => d.severity), [1, 3]);
    assert.match(controls[1].message, /换页符.*不影响检查/);
    // The report's own findings are those of the clean text (the form feed shifts nothing: it is on a prose line).
    assert.equal(ds.length - controls.length, clean.length);
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: controls[0].range, context: { diagnostics: [controls[0]] } });
    const del = actions.find((a) => /删除 U\+0000/.test(a.title));
    assert.ok(del, actions.map((a) => a.title).join(' / '));
    const fixed = applyEdits(WITH_NUL, editsOf(del, uri));
    assert.equal(fixed, WITH_NUL.replace('\0', ''));
  });

  test('fix-all deletes the control characters too, and gives the text `nianbao check --fix` writes', async () => {
    const uri = 'file:///tmp/nianbao-cc/fixall.nianbao.md';
    await s.openAndWait(uri, WITH_NUL);
    const fa = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(fa.length, 1);
    const fixed = applyEdits(WITH_NUL, editsOf(fa[0], uri));
    assert.ok(!/[\0\f]/.test(fixed), 'no control character left');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cc-fix-'));
    const file = path.join(dir, 'r.nianbao.md');
    fs.writeFileSync(file, WITH_NUL);
    const r = spawnSync(process.execPath, [path.join(root, 'bin/nianbao.js'), 'check', '--fix', file], { encoding: 'utf8' });
    assert.match(r.stderr, /encoding-invalid ×1/);
    assert.match(r.stderr, /page-break ×1/);
    assert.equal(fs.readFileSync(file, 'utf8'), fixed, 'the CLI writes what fix-all gives');
    const again = spawnSync(process.execPath, [path.join(root, 'bin/nianbao.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
    assert.ok(!JSON.parse(again.stdout).files[0].diagnostics.some((d) => d.ruleId === 'encoding-invalid'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a text with many NULs is not checked, and the diagnostic says where the first is', async () => {
    const uri = 'file:///tmp/nianbao-cc/binary.nianbao.md';
    const text = ERRORS_2024.slice(0, 200) + '\0'.repeat(ERRORS_2024.length / 50) + ERRORS_2024.slice(200);
    const ds = await s.openAndWait(uri, text, 'nianbao');
    assert.equal(ds.length, 1);
    assert.equal(ds[0].code, 'not-checked');
    const before = text.slice(0, 200).split('\n');
    const at = { line: before.length - 1, character: before.at(-1).length };
    assert.deepEqual(ds[0].range.start, at);
    assert.match(ds[0].message, new RegExp(`第 ${at.line + 1} 行第 ${at.character + 1} 列`));
  });

  // Each version's control characters are searched for only in the lines its edit changed when the version before
  // held none (analysis.ts, controlCharsOf): typed in, deleted, and typed elsewhere, they come and go with the edits.
  test('control characters typed and deleted by incremental edits come and go with them', async () => {
    const uri = 'file:///tmp/nianbao-cc/typed.nianbao.md';
    const base = await s.openAndWait(uri, ERRORS_2024);
    let v = 1;
    const edit = async (line, from, to, text) => {
      const since = s.srv.notifications.length;
      s.srv.notify('textDocument/didChange', { textDocument: { uri, version: ++v }, contentChanges: [{ range: { start: { line, character: from }, end: { line, character: to } }, text }] });
      return (await s.diagnostics(uri, since, { version: v })).filter((d) => d.code === 'encoding-invalid');
    };
    assert.deepEqual(base.filter((d) => d.code === 'encoding-invalid'), []);
    // A bell typed into the prose line, then another key on a line far below (that version changed only that line).
    assert.deepEqual((await edit(PROSE, AT, AT, '\u0007')).map((d) => [d.range.start.line, d.range.start.character]), [[PROSE, AT]]);
    const last = lines.length - 2;
    assert.deepEqual((await edit(last, 0, 0, '甲')).map((d) => [d.range.start.line, d.range.start.character]), [[PROSE, AT]]);
    // Deleted: gone; typed again on the last line: found there.
    assert.deepEqual(await edit(PROSE, AT, AT + 1, ''), []);
    assert.deepEqual((await edit(last, 1, 1, '\u001b')).map((d) => [d.range.start.line, d.range.start.character]), [[last, 1]]);
    // A line break typed before it moves it down a line.
    assert.deepEqual((await edit(0, 0, 0, '\n')).map((d) => [d.range.start.line, d.range.start.character]), [[last + 1, 1]]);
  });
});

test('the CLI checks a file with one NUL in 20 KB of Chinese text and reports the NUL; a binary file is still refused', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cc-'));
  let text = WITH_NUL;
  while (Buffer.byteLength(text) < 20000) text += '\n' + '其他说明文字，只为加长报告。'.repeat(40);
  fs.writeFileSync(path.join(dir, 'r.md'), text);
  const bin = path.join(root, 'bin/nianbao.js');
  const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', path.join(dir, 'r.md')], { encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  const findings = JSON.parse(r.stdout).files[0].diagnostics;
  const nul = findings.filter((f) => f.ruleId === 'encoding-invalid');
  assert.equal(nul.length, 1);
  assert.equal(nul[0].line, PROSE + 1);
  // The form feed is a page break, not an encoding problem (breaker30 #17).
  assert.deepEqual(findings.filter((f) => f.ruleId === 'page-break').map((f) => f.line), [PROSE + 2]);
  assert.ok(findings.length > 10);
  fs.writeFileSync(path.join(dir, 'b.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
  const b = spawnSync(process.execPath, [bin, 'check', path.join(dir, 'b.png')], { encoding: 'utf8' });
  assert.equal(b.status, 2);
  assert.match(b.stderr, /二进制文件/);
});
