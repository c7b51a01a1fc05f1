// Last year's report in last year's folder (breaker38 item 1), in the editor, with no workspace folder: the 洪泽
// 2024 report opened from `洪泽区/2024/`, the 2023 one (made to carry 2 applications into 2024) in `洪泽区/2023/`.
// The server looked only beside the file, then among the workspace's reports (none here), and found nothing. Now it
// finds the file in the year folder, follows changes there with no event (the folder's and the file's stamps), and
// names two equally good copies there by their path from the report's folder.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { reportFolder, shared, root as ROOT_DIR, hongzeReports, carryOverOf, previousTiedOf, otherFigures } from './client.mjs';

/** 洪泽 2023 (`CARRIES_2`: made to carry 2 applications into 2024, whose 上年结转 says 0) and 2024. */
const { y2023: HONGZE_2023, y2024: HONGZE_2024, carrying2023: CARRIES_2 } = hongzeReports();
const carryOver = carryOverOf;
const tiedNote = previousTiedOf;

describe('last year\'s report in the sibling year folder (洪泽区/2023/ for 洪泽区/2024/)', () => {
  let dir, s, u24, p23;
  before(async () => {
    s = await reportFolder('year-folder', { '洪泽区/2023/年报.txt': CARRIES_2, '洪泽区/2024/年报.txt': HONGZE_2024 });
    dir = s.dir;
    p23 = s.path('洪泽区/2023/年报.txt');
    u24 = s.uri('洪泽区/2024/年报.txt');
  });
  after(async () => { await s.close(); });

  test('found: carry-over at the 上年结转 cells', async () => {
    const d = await s.openAndWait(u24, HONGZE_2024, 'plaintext');
    assert.equal(carryOver(d).length, 2, d.map((x) => x.code).join(','));
    assert.deepEqual(tiedNote(d), []);
  });

  test('the file corrected on disk with no event: its changed stamp tells the next edit', async () => {
    const now = Math.floor(Date.now() / 1000);
    fs.writeFileSync(p23, HONGZE_2023);
    fs.utimesSync(p23, now + 1, now + 1);
    assert.equal(carryOver(await s.replace(u24, HONGZE_2024 + '\n')).length, 0);
    fs.writeFileSync(p23, CARRIES_2);
    fs.utimesSync(p23, now + 2, now + 2);
    assert.equal(carryOver(await s.replace(u24, HONGZE_2024)).length, 2);
  });

  test('a second copy appears there: no cross-year findings, one note naming both from the report\'s folder', async () => {
    const copy = path.join(dir, '洪泽区', '2023', '年报（定稿）.txt');
    fs.writeFileSync(copy, otherFigures(CARRIES_2));
    const d = await s.replace(u24, HONGZE_2024 + '\n');
    assert.deepEqual(carryOver(d), []);
    const note = tiedNote(d);
    assert.equal(note.length, 1, d.map((x) => x.code).join(','));
    assert.match(note[0].message, /^上一年度的文件夹中有 2 个文件都可能是上一年度的年报（\.\.\/2023\/年报\.txt、\.\.\/2023\/年报（定稿）\.txt）/);
    assert.match(note[0].message, /将多余的副本移出该文件夹后/);
    assert.deepEqual(note[0].relatedInformation.map((r) => r.location.uri).sort(), [pathToFileURL(p23).href, pathToFileURL(copy).href].sort());
    fs.rmSync(copy);
    const since = s.srv.notifications.length;
    s.srv.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(copy).href, type: 3 }] });
    const back = await s.diagnostics(u24, since, { where: (ds) => carryOver(ds).length === 2 });
    assert.deepEqual(tiedNote(back), []);
  });
});

describe('last year\'s report titled with a short form of the name (某某县发改局 for 某某县发展和改革局, breaker40 #10)', () => {
  let dir, s;
  /** The 2022 report carries 3 and 4 into 2023, whose 上年结转 says 2 and 3: two carry-over errors when it is found. */
  const read = (y) => fs.readFileSync(path.join(ROOT_DIR, `test/data/review/cross-year/某某县自然资源局${y}年政府信息公开工作年度报告.txt`), 'utf8');
  before(async () => {
    s = await reportFolder('short-name', {
      '发改/2022/年报.txt': read(2022).replaceAll('某某县自然资源局', '某某县发改局'), '发改/2023/年报.txt': read(2023).replaceAll('某某县自然资源局', '某某县发展和改革局'),
      '财政/2022/年报.txt': read(2022).replaceAll('某某县自然资源局', '某某县财政局'), '财政/2023/年报.txt': read(2023).replaceAll('某某县自然资源局', '某某县发展和改革局'),
    });
    dir = s.dir;
  });
  after(async () => { await s.close(); });

  test('found in last year\'s folder by the short form: carry-over at the 上年结转 cells', async () => {
    const p = path.join(dir, '发改', '2023', '年报.txt');
    const d = await s.openAndWait(pathToFileURL(p).href, fs.readFileSync(p, 'utf8'), 'plaintext');
    assert.equal(carryOver(d).length, 2, d.map((x) => x.code).join(','));
  });

  test('another agency\'s report there (某某县财政局) is not used', async () => {
    const p = path.join(dir, '财政', '2023', '年报.txt');
    const d = await s.openAndWait(pathToFileURL(p).href, fs.readFileSync(p, 'utf8'), 'plaintext');
    assert.deepEqual(carryOver(d), []);
  });
});
