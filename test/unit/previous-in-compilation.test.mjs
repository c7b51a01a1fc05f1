// brk91 #6: a file holding the agency's reports of two years (its 2023 and 2024 reports on one page) beside its 2024
// report was rejected as last year's report ("its years contradict each other") and no cross-year check ran. Its
// report of the year before is now taken. Base: the 2022 and 2023 reports of test/data/review/cross-year, whose
// carry-over disagrees in two columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliInFolder, ROOT } from '../helpers.mjs';

const DIR = join(ROOT, 'test/data/review/cross-year');
const Y2022 = readFileSync(join(DIR, '某某县自然资源局2022年政府信息公开工作年度报告.txt'), 'utf8');
const Y2023 = readFileSync(join(DIR, '某某县自然资源局2023年政府信息公开工作年度报告.txt'), 'utf8');

const inFolder = runCliInFolder;
const carryOver = (json) => json.files[0].diagnostics.filter((d) => d.ruleId === 'carry-over');

test('a file of the agency\'s 2022 and 2023 reports beside its 2023 report: its 2022 report is last year\'s', async () => {
  const alone = await inFolder({ 'a2022.txt': Y2022, 'b2023.txt': Y2023 }, ['check', 'b2023.txt', '--format', 'json']);
  assert.equal(carryOver(alone.json).length, 2, alone.stderr);
  const both = await inFolder({ 'a汇编2022-2023.txt': `${Y2022}\n${Y2023}`, 'b2023.txt': Y2023 }, ['check', 'b2023.txt', '--format', 'json']);
  assert.equal(carryOver(both.json).length, 2, both.stderr);
  assert.doesNotMatch(both.stderr, /互相矛盾/);
  // The compilation itself: its 2023 report is compared with its 2022 one (report-multiple says so).
  const self = await inFolder({ 'a汇编2022-2023.txt': `${Y2022}\n${Y2023}` }, ['check', 'a汇编2022-2023.txt', '--format', 'json']);
  assert.equal(carryOver(self.json).length, 2, self.stderr);
});
