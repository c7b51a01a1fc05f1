// `nianbao-language-server` started without a transport (an editor config that forgot `--stdio`, a typo such as
// `--stdin`) or with a port it cannot read (`--socket=abc`): a one-line usage error on stderr and exit code 2, as the
// CLI's usage errors (brk110 #8: it exited 1 with nothing said, or died with vscode-languageserver's stack trace).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { root } from './client.mjs';

const bin = path.join(root, 'bin/nianbao-language-server.js');
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { input: '', encoding: 'utf8', timeout: 15000, env: { ...process.env, NIANBAO_CODE_CACHE: 'off' } });

for (const [args, said] of [[[], /no transport given; usage: nianbao-language-server --stdio/], [['--stdin'], /no transport given \(unknown option --stdin\); usage:/],
  [['--socket=abc'], /--socket needs a port number \(got "abc"\); usage:/], [['--pipe'], /--pipe needs a pipe name; usage:/]]) {
  test(`nianbao-language-server ${args.join(' ') || '(no arguments)'}: a usage error, exit 2`, () => {
    const r = run(...args);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, said);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one line, no stack trace');
  });
}

test('a transport given: --clientProcessId and the like are passed over, --help still answers', () => {
  const r = run('--clientProcessId=1', '--stdio');
  // stdin ends at once: vscode-languageserver exits 1 (no shutdown was asked for), without a usage error.
  assert.equal(r.status, 1);
  assert.equal(r.stderr, '');
  assert.match(run('--help').stdout, /^Usage: nianbao-language-server --stdio/m);
});
