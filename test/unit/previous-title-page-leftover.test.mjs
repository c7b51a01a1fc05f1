// Found by a tester (brk149 #1): a web page's leftover line above a report's title (`发布日期：2024-01-20`, `索引号：…`,
// `字号：大 中 小`, `【打印】`, `附件1`) was glued into the title, so the agency read from it was no longer the same as
// last year's (or this year's) report's: last year's report beside it was not used, carry-over never ran, and nothing
// said why. Such a line is no part of the title; and the one report of last year in the folder, not taken for the
// agency its title names, is named with both agencies (`previous-rejected`), on stderr and in the editor.
// Texts: the corpus's 洪泽区 2023 and 2024 reports (pdftotext), 2023's 结转下年度 自然人 changed 0 → 2 (as brk149 ws2/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, folderWith, runCli } from '../helpers.mjs';

const body = (name) => corpusText(`peers/${name}`).split('\n').slice(2).join('\n');
const y2024 = body('kiro_hongze-district_2024.txt');
const carried = '四、结转下年度继续办理                            0    0   0   0    0    0   0';
const y2023 = body('kiro_hongze-district_2023.txt');
assert.equal(y2023.split(carried).length, 2);
const y2023Edited = y2023.replace(carried, carried.replace(/ 0(?= )/, ' 2'));

const LEFTOVERS = ['发布日期：2024-01-20', '索引号：11320813MB1234567X/2025-00012', '字号：大 中 小', '【打印】', '附件1', '注1', '发布时间：2024-01-20 10:30 丨 来源：洪泽区政府办 丨 打印 丨 关闭'];

for (const line of LEFTOVERS) {
  test(`a line “${line}” above the title is no part of it`, () => {
    const { report } = core.analyze(`${line}\n${y2023}`);
    assert.equal(report.title.text.replace(/\s+/g, ''), '洪泽区人民政府2023年政府信息公开工作年度报告');
    assert.equal(report.year, 2023);
  });
}

test('a one-line title under a publication date is read without it', () => {
  const oneLine = y2023.replace(/^\s*洪泽区人民政府\s*\n\s*2023 年政府信息公开工作年度报告/, '洪泽区人民政府2023年政府信息公开工作年度报告');
  assert.notEqual(oneLine, y2023);
  const { report } = core.analyze(`发布日期：2024-01-20\n${oneLine}`);
  assert.equal(report.title.text, '洪泽区人民政府2023年政府信息公开工作年度报告');
});

for (const [which, files] of [
  ['last year\'s', { '2023.md': `发布日期：2024-01-20\n${y2023Edited}`, '2024.md': y2024 }],
  ['this year\'s', { '2023.md': y2023Edited, '2024.md': `索引号：11320813MB1234567X/2025-00012\n${y2024}` }],
]) {
  test(`with a leftover line above ${which} title, last year's report is used and carry-over runs`, async () => {
    const dir = folderWith(files);
    try {
      const r = await runCli(['check', '--format', 'json', join(dir, '2024.md')], { env: { NIANBAO_LOCALE: 'zh' } });
      assert.match(r.stderr, /上年度（2023 年度）报告：.*2023\.md/);
      const found = JSON.parse(r.stdout).files[0].diagnostics.filter((d) => d.ruleId === 'carry-over');
      assert.equal(found.length, 1, r.stdout);
      assert.equal(found[0].severity, 'error');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('the one report of last year beside it, of another agency by its title, is named with both agencies', async () => {
  // (A line that is no known leftover, glued into the title: the agency differs, and that is said.)
  const dir = folderWith({ '2023.md': `洪泽区政务公开专栏\n${y2023Edited}`, '2024.md': y2024 });
  try {
    const r = await runCli(['check', join(dir, '2024.md')], { env: { NIANBAO_LOCALE: 'zh' } });
    assert.match(r.stderr, /同一文件夹中的 \S*2023\.md 是 2023 年度的年报，但其标题所写的机关“洪泽区政务公开专栏洪泽区人民政府”与本报告的“淮安市洪泽区人民政府”不同：未用作上年度报告/);
    const en = await runCli(['check', '--locale', 'en', join(dir, '2024.md')]);
    assert.match(en.stderr, /2023\.md beside it is a 2023 report, but its title names another agency \("洪泽区政务公开专栏洪泽区人民政府"\) than this report's \("淮安市洪泽区人民政府"\): not used/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('reports of last year of several other agencies beside it are not named one by one', async () => {
  const other = corpusText('peers/kiro_shuyang-fgj_2023.txt');
  const dir = folderWith({ '2023.md': `洪泽区政务公开专栏\n${y2023Edited}`, 'fgj-2023.txt': other, '2024.md': y2024 });
  try {
    const r = await runCli(['check', join(dir, '2024.md')], { env: { NIANBAO_LOCALE: 'zh' } });
    assert.doesNotMatch(r.stderr, /未用作上年度报告/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
