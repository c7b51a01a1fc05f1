// brk149 #1 in the editor: a web page's leftover line above last year's report's title (`发布日期：2024-01-20`) was glued
// into the title, the agency no longer matched, and the cross-year rules silently did not run. The line is no part
// of the title (carry-over runs); a report of last year beside it whose title names another agency is named in a
// `previous-rejected` note with both agencies.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { reportFolder, hongzeReports, carryOverOf } from './client.mjs';

const { y2024: HONGZE_2024, carrying2023: CARRIES_2 } = hongzeReports();
/** `text` (a corpus file: a `source:` line, a blank line, the report) with `line` right above the report's title. */
const above = (text, line) => text.replace('\n\n', `\n\n${line}\n`);

describe('a publication date above last year\'s title', () => {
  let s, u24;
  before(async () => {
    s = await reportFolder('leftover-title', { '洪泽区2023年报.txt': above(CARRIES_2, '发布日期：2024-01-20'), '洪泽区2024年报.txt': HONGZE_2024 });
    u24 = s.uri('洪泽区2024年报.txt');
  });
  after(async () => { await s.close(); });

  test('last year\'s report is used: carry-over at the 上年结转 cells, no note', async () => {
    const d = await s.openAndWait(u24, HONGZE_2024, 'plaintext');
    assert.equal(carryOverOf(d).length, 2, d.map((x) => x.code).join(','));
    assert.equal(d.filter((x) => x.code === 'previous-rejected').length, 0);
  });
});

describe('last year\'s report beside it whose title names another agency', () => {
  let s, u24;
  before(async () => {
    s = await reportFolder('leftover-agency', { '洪泽区2023年报.txt': above(CARRIES_2, '洪泽区政务公开专栏'), '洪泽区2024年报.txt': HONGZE_2024 });
    u24 = s.uri('洪泽区2024年报.txt');
  });
  after(async () => { await s.close(); });

  test('one information note names the file and both agencies, with the file as related location', async () => {
    const d = await s.openAndWait(u24, HONGZE_2024, 'plaintext');
    assert.equal(carryOverOf(d).length, 0);
    const notes = d.filter((x) => x.code === 'previous-rejected');
    assert.equal(notes.length, 1, d.map((x) => x.code).join(','));
    assert.equal(notes[0].severity, 3);
    assert.match(notes[0].message, /洪泽区2023年报\.txt 是 2023 年度的年报，但其标题所写的机关“洪泽区政务公开专栏洪泽区人民政府”与本报告的“淮安市洪泽区人民政府”不同：未用作上年度报告/);
    assert.equal(notes[0].relatedInformation[0].location.uri, s.uri('洪泽区2023年报.txt'));
  });
});
