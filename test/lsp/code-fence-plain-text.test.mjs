// brk123 #6 in the editor: a .txt document is plain text, its lines of backticks no code fence, so a report pasted
// between two is checked, and fixed by source.fixAll, as `nianbao check` and `--fix` do the file; in a Markdown
// document the fenced block stays code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session, root, applyEdits, editsOf } from './client.mjs';
import { core } from '../helpers.mjs';

let s;
before(async () => { s = await session(); });
after(async () => { await s.srv.stop(); });

const ERRORS = readFileSync(join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
const FENCED = '```text\n' + ERRORS + '\n```\n';

test('a fenced report in a .txt document gets its findings and its fix-all; in a .nianbao.md document it is not a report', async () => {
  const uri = 'file:///tmp/nianbao-fence/报告2024.txt';
  const txt = await s.openAndWait(uri, FENCED, 'nianbao');
  assert.ok(txt.some((d) => d.code === 'sum-applicants'), txt.map((d) => d.code).join(' '));
  const start = { line: 0, character: 0 };
  const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: { start, end: start }, context: { diagnostics: [], only: ['source.fixAll'] } });
  const all = actions.find((a) => a.kind === 'source.fixAll.nianbao');
  assert.equal(applyEdits(FENCED, editsOf(all, uri)), '```text\n' + core.fixAll(ERRORS).text + '\n```\n');
  const md = await s.openAndWait('file:///tmp/nianbao-fence/报告2024.nianbao.md', FENCED, 'nianbao');
  assert.deepEqual(md.map((d) => d.code), ['not-checked']);
});
