// brk89 #11: `nianbao.server.inspect` ("Show what the engine read") showed a reading of a binary file (a PNG, PDF or
// ZIP signature before a report's text) that the CLI (`nianbao inspect`: "二进制文件（开头是 PNG 文件的标记），不是文本
// 报告", exit 2) and the server's own checks refuse; a file too large to read gave null without a reason. Now inspect
// answers with the reason, worded as the diagnostics' note on such a file, whether the file is open or on disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { session, root } from './client.mjs';

const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const SIGNATURES = { PNG: '\x89PNG\r\n\x1a\n', PDF: '%PDF-1.7\n', ZIP: 'PK\x03\x04' };
let dir, s;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-inspect-bin-'));
  for (const [name, sig] of Object.entries(SIGNATURES)) fs.writeFileSync(path.join(dir, `${name}.md`), Buffer.concat([Buffer.from(sig, 'latin1'), Buffer.from(CORRECT)]));
  fs.writeFileSync(path.join(dir, 'plain.md'), CORRECT);
  s = await session();
});
after(async () => {
  await s.srv.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});
const inspect = (uri) => s.srv.request('workspace/executeCommand', { command: 'nianbao.server.inspect', arguments: [uri] });

test('a file on disk that starts as a PNG, PDF or ZIP does is not read: inspect says why; a text report still reads', async () => {
  for (const name of Object.keys(SIGNATURES)) {
    const answer = await inspect(pathToFileURL(path.join(dir, `${name}.md`)).href);
    assert.equal(answer, `文件不是文本（开头是 ${name} 文件的标记），未检查。`, name);
  }
  assert.match(await inspect(pathToFileURL(path.join(dir, 'plain.md')).href), /^格式：2021/);
});

test('an open document with a PNG signature: the same answer as its diagnostics\' note', async () => {
  const uri = pathToFileURL(path.join(dir, 'open-PNG.md')).href;
  const ds = await s.openAndWait(uri, `${SIGNATURES.PNG}${CORRECT}`, 'nianbao');
  const note = '文件不是文本（开头是 PNG 文件的标记），未检查。';
  assert.ok(ds.some((d) => d.message.includes(note)), JSON.stringify(ds.map((d) => d.message)));
  assert.equal(await inspect(uri), note);
});

test('a file larger than the server reads: inspect says it is too large and the limit, as its note does, not null', async () => {
  const big = path.join(dir, 'big.md');
  fs.writeFileSync(big, CORRECT + '\n本段为附件说明文字。'.repeat(400000));
  assert.match(await inspect(pathToFileURL(big).href), /^文件过大（\d+\.\d MB，超过 8 MB 的上限），未检查。$/);
});
