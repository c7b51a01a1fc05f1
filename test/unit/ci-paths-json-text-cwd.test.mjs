// brk174 #7 (brief #6): in GitHub Actions the review formats give paths relative to GITHUB_WORKSPACE, json and text
// relative to the working directory (the JSON contract's paths, as typed, for a script that opens them from where it
// runs), also from a sub-folder; docs/pull-requests.md said "relative to GITHUB_WORKSPACE" under a table listing json
// and text. The behaviour is kept; the docs now say which formats are which.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { folderWith, runCli, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const WRONG = CORRECT.replace(/(\| （七）总计 +\|(?:[^|\n]*\|){6}) 47 /, '$1 48 ');

test('GitHub Actions from a sub-folder: github and sarif paths from the workspace, json and text from the working directory; the docs say so', async () => {
  assert.notEqual(WRONG, CORRECT);
  const ws = folderWith({ 'reports/财政局/2024.md': WRONG });
  try {
    const cwd = join(ws, 'reports');
    const env = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws };
    const gh = (await runCli(['check', '--format', 'github', '财政局/2024.md'], { cwd, env })).stdout;
    assert.match(gh, /^::error file=reports\/财政局\/2024\.md,/m);
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', '财政局/2024.md'], { cwd, env })).stdout);
    assert.equal(decodeURIComponent(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri), 'reports/财政局/2024.md');
    const json = JSON.parse((await runCli(['check', '--format', 'json', '财政局/2024.md'], { cwd, env })).stdout);
    assert.equal(json.files[0].path, '财政局/2024.md');
    assert.match((await runCli(['check', '财政局/2024.md'], { cwd, env })).stdout, /^财政局\/2024\.md:\d+:\d+ /m);
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
  const docs = readFileSync(join(ROOT, 'docs/pull-requests.md'), 'utf8');
  const para = docs.slice(docs.indexOf('\n路径：'), docs.indexOf('\nMarkdown 中的链接'));
  assert.match(para, /审阅格式（`sarif`、`github`、`gitlab`、`rdjson`、`markdown`）中的路径在 GitHub Actions 中相对于 `GITHUB_WORKSPACE`/);
  assert.match(para, /`json` 和 `text` 中的路径在任何环境中都相对于当前目录/);
});
