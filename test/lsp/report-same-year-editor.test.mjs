// report-same-year in the editor: a file named for one year (年报2023.txt) that holds another year's report, beside
// that year's report of the same agency, was said only by the CLI (brk166 #3); the editor looked at no other file for
// it. Now the server looks beside a file on disk as the CLI does and names the other report by its file name.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { reportFolder, root as ROOT } from './client.mjs';

const DIR = path.join(ROOT, 'test/data/review/cross-year');
const Y2022_NAME = '某某县自然资源局2022年政府信息公开工作年度报告.txt';
const Y2022 = fs.readFileSync(path.join(DIR, Y2022_NAME), 'utf8');
const sameYear = (ds) => ds.filter((d) => d.code === 'report-same-year');

describe('report-same-year in the editor', () => {
  let s;
  before(async () => {
    s = await reportFolder('same-year', { [`县/${Y2022_NAME}`]: Y2022, '县/年报2023.txt': Y2022 });
  });
  after(async () => { await s.close(); });

  test('last year\'s report saved as 年报2023.txt: a warning on its title naming the other file, said to be a copy', async () => {
    const d = await s.openAndWait(s.uri('县/年报2023.txt'), Y2022, 'plaintext');
    const found = sameYear(d);
    assert.equal(found.length, 1, d.map((x) => x.code).join(','));
    assert.equal(found[0].severity, 2);
    assert.equal(found[0].range.start.line, Y2022.split('\n').findIndex((l) => l.includes('2022年政府信息公开工作年度报告')));
    assert.match(found[0].message, new RegExp(`^文件名写的是 2023 年，而本报告全文是 2022 年度的，与同一文件夹中的 ${Y2022_NAME.replace(/[.]/g, '\\.')} 内容完全相同：是它的副本`));
  });

  test('edited in the editor so that the texts differ: still two reports claiming one year, no longer a copy', async () => {
    const uri = s.uri('县/年报2023.txt');
    const d = await s.replace(uri, Y2022.replace('本机关', '本局'));
    const found = sameYear(d);
    assert.equal(found.length, 1, d.map((x) => x.code).join(','));
    assert.match(found[0].message, /两份报告声称同一年度/);
    assert.doesNotMatch(found[0].message, /副本/);
  });

  test('the file whose name agrees with its text: nothing', async () => {
    const d = await s.openAndWait(s.uri(`县/${Y2022_NAME}`), Y2022, 'plaintext');
    assert.deepEqual(sameYear(d), []);
  });

  test('an unsaved document (no file on disk) with the same text: nothing, there is no folder to look in', async () => {
    const d = await s.openAndWait('untitled:年报2023', Y2022, 'plaintext');
    assert.deepEqual(sameYear(d), []);
  });
});

// brk183: in a layout of one folder per year, last year's report copied into this year's folder (2023/区政府.txt the
// same as 2022/区政府.txt) is said too, the year named by the folder and the other report by its path from the folder
// the year folders share; a folder named for the year of publication (2023/ holding the 2022 report, 2022/ the 2021
// one) is not.
describe('report-same-year in the editor, a folder per year', () => {
  let s;
  before(async () => {
    s = await reportFolder('same-year-folder', {
      '2022/区政府.txt': Y2022, '2023/区政府.txt': Y2022,
      'pub/2022/区政府.txt': Y2022.replaceAll('2022年', '2021年'), 'pub/2023/区政府.txt': Y2022,
    });
  });
  after(async () => { await s.close(); });

  test('the copy in this year\'s folder: a warning naming the report in last year\'s folder, said to be a copy', async () => {
    const d = await s.openAndWait(s.uri('2023/区政府.txt'), Y2022, 'plaintext');
    const found = sameYear(d);
    assert.equal(found.length, 1, d.map((x) => x.code).join(','));
    assert.match(found[0].message, /^文件夹名写的是 2023 年，而本报告全文是 2022 年度的，与 2022\/区政府\.txt 内容完全相同：是它的副本/);
  });

  test('the report in its own year\'s folder, and folders named for the year of publication: nothing', async () => {
    assert.deepEqual(sameYear(await s.openAndWait(s.uri('2022/区政府.txt'), Y2022, 'plaintext')), []);
    assert.deepEqual(sameYear(await s.openAndWait(s.uri('pub/2023/区政府.txt'), Y2022, 'plaintext')), []);
  });
});
