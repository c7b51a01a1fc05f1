// brk166 #3: two reports of one agency claiming the same year in one folder were never said. The 2022 report saved
// unchanged as 年报2023.txt got no finding (the plainest 内容雷同), and a report whose title and 统计期限 were mistyped
// as the next year got only warnings blaming other things; a draft and a final of one year stay quiet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli, ROOT } from '../helpers.mjs';

const DIR = join(ROOT, 'test/data/review/cross-year');
const Y2022 = '某某县自然资源局2022年政府信息公开工作年度报告.txt';
const Y2023 = '某某县自然资源局2023年政府信息公开工作年度报告.txt';

async function sameYear(dir) {
  const { stdout } = await runCli(['check', '--format', 'json', dir]);
  return JSON.parse(stdout).files.flatMap((f) => f.diagnostics.filter((d) => d.ruleId === 'report-same-year').map((d) => ({ file: f.path.split(/[\\/]/).pop(), ...d })));
}

test('last year\'s report saved unchanged under this year\'s name is said to be a copy of the other file (brk166 #3)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-same-'));
  try {
    const y2022 = readFileSync(join(DIR, Y2022), 'utf8');
    writeFileSync(join(dir, Y2022), y2022);
    writeFileSync(join(dir, '年报2023.txt'), y2022);
    const found = await sameYear(dir);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].file, '年报2023.txt');
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /文件名写的是 2023 年，而本报告全文是 2022 年度的，与同一文件夹中的 \S*某某县自然资源局2022年政府信息公开工作年度报告\.txt 内容完全相同：是它的副本/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a report whose title and period were mistyped as the next year, beside that year\'s report, is said with both files; versions of one year are not (brk166 #3)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-same-'));
  try {
    const y2022 = readFileSync(join(DIR, Y2022), 'utf8');
    const y2023 = readFileSync(join(DIR, Y2023), 'utf8');
    writeFileSync(join(dir, Y2023), y2023);
    // The 2022 report with its title and 统计期限 typed 2023, under its own (2022) name.
    const mistyped = y2022.replace('某某县自然资源局2022年政府信息公开工作年度报告', '某某县自然资源局2023年政府信息公开工作年度报告').replace('统计期限自2022年1月1日起至2022年12月31日', '统计期限自2023年1月1日起至2023年12月31日');
    writeFileSync(join(dir, '2022年度报告.txt'), mistyped);
    const found = await sameYear(dir);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].file, '2022年度报告.txt');
    assert.match(found[0].message, /文件名写的是 2022 年，而本报告全文读作 2023 年度；同一文件夹中的 \S*某某县自然资源局2023年政府信息公开工作年度报告\.txt 也是同一机关的 2023 年度报告/);
    // A draft and a final of 2023 that differ, and a browser's duplicate named as the original: nothing said.
    rmSync(join(dir, '2022年度报告.txt'));
    writeFileSync(join(dir, '2023年度报告（初稿）.txt'), y2023.replace('315条', '311条'));
    writeFileSync(join(dir, '某某县自然资源局2023年政府信息公开工作年度报告(1).txt'), y2023);
    assert.deepEqual(await sameYear(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
