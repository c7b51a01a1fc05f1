// brk189 #1: a report in the pre-2019 form copied from last year's (2017 = 2016 with the years changed) was not caught
// when its folder was checked: last year's report was not looked for a pre-2019 report (no 表二 or 表三, so carry-over
// and stock-flow cannot run), although content-copied compares a pre-2019 report's every part with last year's
// (`--previous` found it 100% the same). Now the lookup (same folder, last year's folder) serves every format while a
// rule that compares the written text (content-copied) is on; the part names of its message are the report's own
// (an eight-part report's 五、依申请公开 is its part 五, not the template's 三).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, runCliInFolder, ROOT } from '../helpers.mjs';

const DIR = join(ROOT, 'test/data/pre2019-copied');
/** 柳河县民政局's 2016 report, seven parts in the pre-2019 form (brk189's archive). */
const Y2016 = readFileSync(join(DIR, '柳河县民政局2016.txt'), 'utf8');
/** The same text as the 2017 report: the years changed, the signature's too. */
const Y2017 = Y2016.replaceAll('2017年3月', '2018年3月').replaceAll('2016', '2017');
/** 柳河县人民政府办公室's 2017 report in eight parts (重点领域, 政策解读 before 依申请公开). */
const EIGHT_2017 = readFileSync(join(DIR, '柳河县人民政府办公室2017-八部分.txt'), 'utf8');
const EIGHT_2018 = EIGHT_2017.replaceAll('2018年3月', '2019年3月').replaceAll('2017', '2018');

const inTree = runCliInFolder;

const copied = (json, path) => json.files.find((f) => f.path === path).diagnostics.filter((d) => d.ruleId === 'content-copied');

test('the texts are pre-2019 reports of 2016 and 2017', () => {
  assert.deepEqual([core.parseReport(Y2016).format, core.parseReport(Y2016).year], ['pre2019', 2016]);
  assert.deepEqual([core.parseReport(Y2017).format, core.parseReport(Y2017).year], ['pre2019', 2017]);
});

test('a folder of a pre-2019 report and last year\'s it was copied from: content-copied on the copy, last year\'s named', async () => {
  const r = await inTree({ '2016年报.txt': Y2016, '2017年报.txt': Y2017 }, ['check', '.', '--format', 'json']);
  const f = copied(r.json, '2017年报.txt');
  assert.equal(f.length, 1, r.stderr);
  assert.match(f[0].message, /^本报告与上一年度（2016年）报告内容雷同：第一、二、三、四、五、六部分的文字有 100%/);
  assert.deepEqual(copied(r.json, '2016年报.txt'), []);
  assert.match(r.stderr, /2017年报\.txt：上年度（2016 年度）报告：2016年报\.txt（在同一文件夹中找到/);
  // (carry-over and stock-flow have no table to compare: nothing from them.)
  assert.deepEqual(r.json.files.flatMap((x) => x.diagnostics).filter((d) => ['carry-over', 'stock-flow'].includes(d.ruleId)), []);
});

test('the same in a folder per year: last year\'s report in last year\'s folder', async () => {
  const r = await inTree({ '民政局/2016/年报.txt': Y2016, '民政局/2017/年报.txt': Y2017 }, ['check', '民政局/2017/年报.txt', '--format', 'json']);
  assert.equal(copied(r.json, '民政局/2017/年报.txt').length, 1, r.stderr);
});

test('an eight-part pre-2019 report copied: the message names the report\'s own parts, not the template\'s', async () => {
  const r = await inTree({ '2017年报.txt': EIGHT_2017, '2018年报.txt': EIGHT_2018 }, ['check', '.', '--format', 'json']);
  const f = copied(r.json, '2018年报.txt');
  assert.equal(f.length, 1, r.stderr);
  // 概述, 主动公开 are its 一、二; 依申请公开, 收费, 复议诉讼, 问题 its 五 to 八 (the template's 三 to 六).
  assert.match(f[0].message, /第一、二、五、六、七、八部分的文字有 100%/);
  const en = await inTree({ '2017年报.txt': EIGHT_2017, '2018年报.txt': EIGHT_2018 }, ['check', '.', '--format', 'json'], { NIANBAO_LOCALE: 'en' });
  assert.match(copied(en.json, '2018年报.txt')[0].message, /of parts 一, 二, 五, 六, 七, 八 \(/);
});
