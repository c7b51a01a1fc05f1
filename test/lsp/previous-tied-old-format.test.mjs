// The language server's previous-tied note (breaker34 item 8): a pre-2019 report (no 表二 or 表三, so neither
// carry-over nor stock-flow can run) beside two copies of last year's report gets no note asking to move one away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFolder } from './client.mjs';
import { preFormReport } from '../helpers.mjs';

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
