// brk170 #2: the workspace check published nothing at all for a report file it could not read (no permission) or
// would not read (over the server's size limit), so the Problems view looked clean, while a binary file beside them
// got a `not-checked` note and `nianbao check` names both files and exits 2. `nianbao.server.inspect` answered null
// for an unreadable file, which the docs keep for "no such file". Now each gets one `not-checked` note saying why
// (permission denied, the size and the limit), and inspect answers the same words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { session, root } from './client.mjs';

const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
// Root reads a file of mode 000: the server then runs as nobody, as the tester ran it.
const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
let dir, s;
const uri = (name) => pathToFileURL(path.join(dir, name)).href;
const inspect = (u) => s.srv.request('workspace/executeCommand', { command: 'nianbao.server.inspect', arguments: [u] });
const published = (u) => s.srv.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === u).map((m) => m.params.diagnostics);

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-ws-unread-'));
  fs.chmodSync(dir, 0o777);
  for (const name of ['noread.nianbao.md', 'noread-plain.md']) {
    fs.writeFileSync(path.join(dir, name), CORRECT);
    fs.chmodSync(path.join(dir, name), 0o000);
  }
  // A report with a long annex: 9 MB, over the 8 MB the server reads from disk (under the CLI's 20 MB).
  const annex = '\n本段为附件说明文字，记录历年公开目录的变动情况。'.repeat(Math.ceil((9 * 1048576) / 72));
  fs.writeFileSync(path.join(dir, 'big.nianbao.md'), CORRECT + annex);
  fs.writeFileSync(path.join(dir, 'big-report.md'), CORRECT + annex);
  // A large Markdown file that is no report (a log): auto-detection leaves it alone, as it leaves small ones.
  fs.writeFileSync(path.join(dir, 'big-log.md'), '# Build log\n\n' + 'step ok: compiled module in 12 ms\n'.repeat(Math.ceil((9 * 1048576) / 34)));
  fs.writeFileSync(path.join(dir, 'ok.nianbao.md'), CORRECT);
  s = await session({ workspaceFolders: [pathToFileURL(dir).href], spawnOptions: asNobody, env: { ...process.env, HOME: dir, NIANBAO_CODE_CACHE: 'off' } });
});
after(async () => {
  await s.srv.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('checkWorkspace: an unreadable report and one over the size limit each get a not-checked note saying why', async () => {
  const r = await s.srv.request('workspace/executeCommand', { command: 'nianbao.server.checkWorkspace', arguments: [] });
  assert.equal(r.files, 6);
  const last = (name) => published(uri(name)).at(-1) ?? [];
  const noteOf = (name) => {
    const ds = last(name);
    assert.deepEqual(ds.map((d) => d.code), ['not-checked'], `${name}: ${JSON.stringify(ds)}`);
    assert.deepEqual(ds[0].range.start, { line: 0, character: 0 });
    return ds[0].message;
  };
  assert.equal(noteOf('noread.nianbao.md'), '无法读取此文件（没有权限），未检查。');
  // A Markdown file whose text cannot be read may be a report: `nianbao check` on the folder names it too.
  assert.equal(noteOf('noread-plain.md'), '无法读取此文件（没有权限），未检查。');
  assert.match(noteOf('big.nianbao.md'), /^文件过大（9\.\d MB，超过 8 MB 的上限），未检查。$/);
  // Auto-detected by its first part, which reads as a report.
  assert.match(noteOf('big-report.md'), /^文件过大（9\.\d MB，超过 8 MB 的上限），未检查。$/);
  assert.ok(last('big-log.md').length === 0, JSON.stringify(last('big-log.md')));
  // The readable report is checked as before (its notes are its findings, not a not-checked note).
  assert.ok(!last('ok.nianbao.md').some((d) => d.code === 'not-checked'));
  // Counted as the reports they may be, with their notes among the problems (as binary report files are).
  assert.ok(r.reports >= 4, JSON.stringify(r));
});

test('inspect: an unreadable file answers why, not the null of a file that does not exist', async () => {
  assert.equal(await inspect(uri('noread.nianbao.md')), '无法读取此文件（没有权限），未检查。');
  assert.match(await inspect(uri('big.nianbao.md')), /^文件过大（9\.\d MB，超过 8 MB 的上限），未检查。$/);
  assert.equal(await inspect(uri('no-such-file.nianbao.md')), null);
  assert.match(await inspect(uri('ok.nianbao.md')), /^格式：2021/);
});
