// brk189 #1 in the editor: a report in the pre-2019 form copied from last year's, with last year's on disk beside it,
// got no content-copied finding: the lookup shared with the CLI (`PreviousBeside`) looked for last year's report only
// for a report with a 表二 or 表三. Now it serves every format while content-copied (which compares a pre-2019 report's
// every part) is on, and not while it is off and no other cross-year rule can run (a pre-2019 report: no 表二 or 表三).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { reportFolder, root } from './client.mjs';

const Y2016 = fs.readFileSync(path.join(root, 'test/data/pre2019-copied/柳河县民政局2016.txt'), 'utf8');
/** The 2016 report with the years changed: the 2017 report copied from it. */
const Y2017 = Y2016.replaceAll('2017年3月', '2018年3月').replaceAll('2016', '2017');
/** Another version of the 2016 report (one figure changed): with the first, two candidates. */
const Y2016_DRAFT = Y2016.replace('主动公开政府信息216条', '主动公开政府信息215条');

test('a pre-2019 report copied from last year\'s beside it on disk: content-copied', async () => {
  const s = await reportFolder('pre2019-copied-lsp', { '2016年报.txt': Y2016 });
  try {
    const d = await s.openAndWait(s.uri('2017年报.txt'), Y2017, 'plaintext');
    const f = d.filter((x) => x.code === 'content-copied');
    assert.equal(f.length, 1, d.map((x) => x.code).join(','));
    assert.match(f[0].message, /^本报告与上一年度（2016年）报告内容雷同：第一、二、三、四、五、六部分的文字有 100%/);
  } finally {
    await s.close();
  }
});

test('two versions of last year\'s pre-2019 report beside it: a previous-tied note; none with content-copied off', async () => {
  const files = { '2016年报.txt': Y2016, '2016年报-初稿.txt': Y2016_DRAFT };
  const on = await reportFolder('pre2019-tied-lsp', files);
  try {
    const d = await on.openAndWait(on.uri('2017年报.txt'), Y2017, 'plaintext');
    assert.equal(d.filter((x) => x.code === 'previous-tied').length, 1, d.map((x) => x.code).join(','));
  } finally {
    await on.close();
  }
  const off = await reportFolder('pre2019-tied-off-lsp', { ...files, '.nianbao.jsonc': '{ "rules": { "content-copied": "off" } }\n' });
  try {
    const d = await off.openAndWait(off.uri('2017年报.txt'), Y2017, 'plaintext');
    assert.deepEqual(d.filter((x) => x.code === 'previous-tied' || x.code === 'content-copied'), [], d.map((x) => x.code).join(','));
  } finally {
    await off.close();
  }
});
