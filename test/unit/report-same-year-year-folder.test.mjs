// brk183: in a repository of one folder per year (2022/区政府.txt, 2023/区政府.txt: the layout the README promotes),
// last year's report copied unchanged into this year's folder passed with no finding, while the same copy named
// 区政府2023.txt in one folder is said by report-same-year. The year the file's FOLDER names counts as its name's
// does, when the agency's report of the text's year is in the folder named for that year; a folder named for the
// year of publication (2023/ holding the 2022 report, 2022/ the 2021 one) and a lone report stay quiet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, folderWith, ROOT } from '../helpers.mjs';

const Y2022 = readFileSync(join(ROOT, 'test/data/review/cross-year/某某县自然资源局2022年政府信息公开工作年度报告.txt'), 'utf8');
/** The 2022 report with its title, period and opening year written as `year`'s. */
const asYear = (year) => Y2022.replaceAll('2022年', `${year}年`);

/** The report-same-year findings of `nianbao check .` in a folder holding `files`, with the file each is on. */
async function sameYear(files) {
  const dir = folderWith(files);
  try {
    const { stdout } = await runCli(['check', '--format', 'json', '.'], { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
    return JSON.parse(stdout).files.flatMap((f) => f.diagnostics.filter((d) => d.ruleId === 'report-same-year').map((d) => ({ file: f.path, ...d })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('last year\'s report copied unchanged into this year\'s folder is said to be a copy of the one in last year\'s folder (brk183)', async () => {
  const found = await sameYear({ '2022/区政府.txt': Y2022, '2023/区政府.txt': Y2022 });
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0].file, '2023/区政府.txt');
  assert.equal(found[0].severity, 'warning');
  assert.equal(found[0].range.start.line, 0);
  assert.match(found[0].message, /^文件夹名写的是 2023 年，而本报告全文是 2022 年度的，与 2022\/区政府\.txt 内容完全相同：是它的副本。如果本文件应是 2023 年度报告/);
});

test('a report of another year in the year folder, beside the agency\'s report of that year in its own folder: two reports claim one year (brk183)', async () => {
  const found = await sameYear({ 'reports/2022/区政府.txt': Y2022, 'reports/2023/区政府.txt': Y2022.replace('我局', '本局') });
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0].file, 'reports/2023/区政府.txt');
  assert.match(found[0].message, /^文件夹名写的是 2023 年，而本报告全文读作 2022 年度；reports\/2022\/区政府\.txt 也是同一机关的 2022 年度报告：两份报告声称同一年度/);
});

test('folders named for the year of publication (2023/ holds the 2022 report, 2022/ the 2021 one), and a lone report of last year in this year\'s folder: nothing said (brk183)', async () => {
  assert.deepEqual(await sameYear({ '2022/区政府.txt': asYear(2021), '2023/区政府.txt': Y2022 }), []);
  assert.deepEqual(await sameYear({ '2023/城管局.txt': Y2022 }), []);
  // The report in its own year's folder is not the copy.
  assert.deepEqual(await sameYear({ '2022/区政府.txt': Y2022, '2023/区政府.txt': asYear(2023) }), []);
});
