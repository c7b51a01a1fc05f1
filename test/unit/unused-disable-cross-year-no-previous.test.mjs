// brk174 #1: a reviewed suppression of a cross-year rule (`<!-- nianbao-disable-next-line content-copied -- 已核实 -->`)
// was called unused, and --fix deleted it, when the report was checked without last year's report (the file alone,
// `check -` without --stdin-filename): the rule had not run, as for a rule that is `off` (brk142 #3). A comment for a
// rule that compares with last year (`RuleMeta.usesLastYear`) is not judged where last year's report was not found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { core, cli, folderWith, runCli, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lastYearOf = (text) => text.replaceAll('2024', '2023').replaceAll('2025', '2024');
const REVIEWED = '<!-- nianbao-disable-next-line content-copied -- 已核实 -->';
const withComment = `${REVIEWED}\n${CORRECT}`;
const unusedOf = (text, options = {}) => core.checkReport(core.parseReport(text), { reportUnusedDisable: true, ...options }).filter((f) => f.ruleId === core.UNUSED_DISABLE);

test('a cross-year suppression is used beside last year\'s report, and not called unused without it', () => {
  const previous = core.parseReport(lastYearOf(CORRECT));
  const all = core.checkReport(core.parseReport(withComment), { reportUnusedDisable: true, previous });
  assert.deepEqual(all.filter((f) => f.ruleId === 'content-copied' || f.ruleId === core.UNUSED_DISABLE), [], 'with last year: suppressed, so used');
  assert.deepEqual(unusedOf(withComment), [], 'without last year: the rule did not run, nothing says the comment is unused');
  // Every rule that compares with last year, alone or with others in one comment.
  for (const id of ['carry-over', 'stock-flow', 'prose-change', 'content-copied, carry-over, stock-flow']) {
    assert.deepEqual(unusedOf(`<!-- nianbao-disable-next-line ${id} -- 已核实 -->\n${CORRECT}`), [], id);
    assert.deepEqual(unusedOf(`<!-- nianbao-disable ${id} -->\n${CORRECT}\n<!-- nianbao-enable ${id} -->\n`), [], `block of ${id}`);
  }
  // A rule that ran and reported nothing there is still unused, in the same comment too.
  const mixed = unusedOf(`<!-- nianbao-disable-next-line content-copied, duplicate-word -->\n${CORRECT}`);
  assert.deepEqual(mixed.map((f) => f.data.ids), [['duplicate-word']]);
  assert.equal(mixed[0].fix.edits[0].newText, '<!-- nianbao-disable-next-line content-copied -->');
  // With last year's report given and no copy, the comment is judged as any other: unused.
  const rewritten = lastYearOf(CORRECT).replace(/\|[^\n]*\n/g, '').replace(/[\u4e00-\u9fff]{12,}/g, (s) => [...s].reverse().join(''));
  const judged = unusedOf(withComment, { previous: core.parseReport(rewritten) });
  assert.deepEqual(judged.map((f) => f.data.ids), [['content-copied']]);
});

test('the CLI on the file alone neither reports nor deletes the reviewed comment', async () => {
  const dir = folderWith({ '2024.md': withComment });
  try {
    const r = await runCli(['check', '--report-unused-disable', '--rule', 'unused-disable-directive=error', '--format', 'json', '2024.md'], { cwd: dir });
    assert.deepEqual(JSON.parse(r.stdout).files[0].diagnostics.filter((d) => d.ruleId === core.UNUSED_DISABLE), []);
    let stdout = '';
    await cli.run(['check', '--report-unused-disable', '--format', 'json', '-'], { cwd: dir, env: {}, isTTY: false, out: (s) => (stdout += s), err: () => {}, readStdin: async () => new TextEncoder().encode(withComment) });
    assert.match(stdout, /"diagnostics"/);
    assert.doesNotMatch(stdout, /unused-disable-directive/, 'check - (a hook)');
    await runCli(['check', '--fix', '--report-unused-disable', '2024.md'], { cwd: dir });
    assert.ok(readFileSync(join(dir, '2024.md'), 'utf8').startsWith(REVIEWED), 'the comment and its reason are kept');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
