// brk123 #3: README's "What it prints" showed 6 of the 13 findings of its command without saying lines were left
// out, put an explanation on the wrong line, and ran `npx nianbao`, which the CI section says never to do. It now
// shows the real output in full, of a command run in the clone: this test keeps the two the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, ROOT } from '../helpers.mjs';

test('README "What it prints" is the output of its command, in full', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## What it prints'));
  const block = /```text\n\$ node bin\/nianbao\.js (.+)\n([\s\S]*?)\n```/.exec(section);
  assert.ok(block, 'a ```text block that starts with $ node bin/nianbao.js');
  assert.doesNotMatch(section.slice(0, section.indexOf('\n## ', 3)), /\$ npx nianbao/);
  const r = await runCli(block[1].split(' '));
  assert.equal(r.code, 1);
  assert.equal(block[2], (r.stdout + r.stderr).trimEnd(), 'README.md "What it prints" differs from the real output: paste the command\'s output there');
});
