// The language server's previous-tied note (breaker34 item 8): a pre-2019 report (no 表二 or 表三, so neither
// carry-over nor stock-flow can run) beside two copies of last year's report gets no note asking to move one away
// (since brk189 #1 last year's report is looked for it, for content-copied: two copies of one report are one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportFolder } from './client.mjs';
import { preFormReport, ROOT } from '../helpers.mjs';

/** A report of `year` by 安和县人民政府 in the conventional (pre-2019) form. */
const oldForm = (year) => preFormReport('安和县人民政府', year);

test('a pre-2019 report beside two copies of last year\'s: no previous-tied note', async () => {
  const s = await reportFolder('tied-old-lsp', { '安和县2017.txt': oldForm(2017), '安和县2017-副本.txt': oldForm(2017) });
  try {
    const d = await s.openAndWait(s.uri('安和县2018.txt'), oldForm(2018), 'plaintext');
    assert.deepEqual(d.filter((x) => x.code === 'previous-tied'), [], d.map((x) => x.code).join(','));
  } finally {
    await s.close();
  }
});

// brk114 #5, in the editor: a 2019 report in the pre-2019 form beside the 2019-format one does not make the 2020
// report's lookup a tie (the same core choice as the CLI's): carry-over runs against the 2019-format report.
test('a 2020 report beside a 2019-format report and a pre-2019-form 2019 report: last year\'s is the 2019-format one', async () => {
  const dir = path.join(ROOT, 'test', 'fixtures', 'crossyear-pre2019');
  const y2019 = readFileSync(path.join(dir, '某某市某某局2019.md'), 'utf8').replace('| 四、结转下年度继续办理 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |', '| 四、结转下年度继续办理 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |');
  const s = await reportFolder('pre2019-beside-lsp', { '2019.nianbao.md': y2019, '2019-old.nianbao.md': preFormReport('某某市某某局', 2019) });
  try {
    const d = await s.openAndWait(s.uri('2020.nianbao.md'), readFileSync(path.join(dir, '某某市某某局2020.md'), 'utf8'), 'nianbao');
    assert.deepEqual(d.filter((x) => x.code === 'previous-tied'), [], d.map((x) => x.code).join(','));
    assert.deepEqual(d.filter((x) => x.code === 'carry-over').map((x) => x.range.start.line + 1), [49, 49], d.map((x) => x.code).join(','));
  } finally {
    await s.close();
  }
});
