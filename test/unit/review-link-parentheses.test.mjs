// brk119 #2: the Markdown summary's links to a report's lines, for a file name with an unbalanced parenthesis
// (`1)报告.md`, the glob example of docs/pull-requests.md; `（2(报告.md`). `(` and `)` are percent-encoded in the link
// destination, as every other special character is: rendered as CommonMark (markdown-it, as GitHub and GitLab read
// it), each finding links to its line of its file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { runCli, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const markdownIt = createRequire(join(ROOT, 'package.json'))('markdown-it');

/** The href of every link of the summary's finding lines (`- [file:line](…) \`rule\` …`), and how many lines there are. */
function findingLinks(md) {
  const items = md.split('\n').filter((l) => /^- .*:\d+.* `[a-z-]+` /.test(l));
  const html = markdownIt().render(items.join('\n'));
  return { items: items.length, hrefs: [...html.matchAll(/<li><a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [m[2], m[1]]) };
}

for (const [where, env, base] of [
  ['GitHub', { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' }, 'https://github.com/o/r/blob/abc/'],
  ['no CI (relative links)', {}, ''],
]) {
  test(`markdown (${where}): a file name with an unbalanced ( or ) links each finding to its line`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-paren-'));
    writeFileSync(join(dir, '1)报告.md'), EXAMPLE);
    writeFileSync(join(dir, '（2(报告.md'), EXAMPLE);
    const r = await runCli(['check', '--format', 'markdown', '.'], { cwd: dir, env: { ...env, GITHUB_WORKSPACE: dir } });
    const { items, hrefs } = findingLinks(r.stdout);
    assert.ok(items >= 20, `${items} finding lines`);
    // Every finding line is a link, its text the file and line, its destination the whole path.
    assert.equal(hrefs.length, items, r.stdout);
    for (const [text, href] of hrefs) {
      const [, name, line] = /^(.*):(\d+)$/.exec(text);
      assert.equal(href, `${base}${encodeURIComponent(name).replace(/\(/g, '%28').replace(/\)/g, '%29')}?plain=1#L${line}`);
      assert.equal(decodeURIComponent(href.slice(base.length).replace(/\?.*/, '')), name);
    }
    assert.deepEqual([...new Set(hrefs.map(([text]) => text.replace(/:\d+$/, '')))].sort(), ['1)报告.md', '（2(报告.md']);
  });
}
