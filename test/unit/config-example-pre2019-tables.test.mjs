// brk123 #4: the config example of docs/pull-requests.md (ignore drafts and *.bak.md; `2018/**` read as pre2019) on
// a 2018 report that has tables. The Markdown summary said "本格式没有统计表（表二、表三、表四）" and then listed
// errors in 表三 and 表四; and the note on an override glob that matched nothing counted the ignored files as
// "本次检查的 4 个文件" while the summary said 2 were checked. Both now agree with what was checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from '../helpers.mjs';

const ERRORS_2018 = readFileSync(join(ROOT, 'examples/errors-2018.nianbao.md'), 'utf8');
const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const CONFIG = `{
  "ignore": ["drafts", "*.bak.md"],
  "overrides": [
    { "files": "2018/**", "format": "pre2019", "year": 2018 },
    { "files": ["archive/**"], "rules": { "section-order": "info" } }
  ]
}
`;

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-cfg-'));
  const files = { '.nianbao.jsonc': CONFIG, 'r.md': CORRECT, '2018/r2018.md': ERRORS_2018, 'drafts/r.md': CORRECT, 'x.bak.md': CORRECT };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

test('brk123 #4: a report read as pre-2019 that has tables: the summary says its tables are checked, not that it has none', async () => {
  const cwd = folder();
  const zh = await runCli(['check', '--format', 'markdown', '2018/r2018.md'], { cwd });
  assert.match(zh.stdout, /sum-results/, 'its 表三 is checked');
  assert.doesNotMatch(zh.stdout, /本格式没有统计表|无统计表/);
  assert.match(zh.stdout, /2019 年以前的格式（未规定统计表） · 2018 年度\n\n本格式没有规定统计表（表二、表三、表四）；报告中的表二、表三、表四仍按表格核对，发现的问题列在下方（不逐表汇总）。/);
  const en = await runCli(['check', '--format', 'markdown', '--locale', 'en', '2018/r2018.md'], { cwd });
  assert.match(en.stdout, /the report's 表二, 表三, 表四 are checked all the same, and what was found is listed below/);
});

test('brk123 #4: an override glob that matched none of the files checked counts those, not the ignored ones', async () => {
  const cwd = folder();
  const r = await runCli(['check', '.'], { cwd });
  assert.match(r.stdout, /检查了 2 个文件/);
  assert.match(r.stderr, /overrides\[1\]\.files\[0\] "archive\/\*\*" 与本次检查的 2 个文件都不匹配/);
  const en = await runCli(['check', '.', '--locale', 'en'], { cwd });
  assert.match(en.stderr, /overrides\[1\]\.files\[0\] "archive\/\*\*" matched none of the 2 files checked/);
});
