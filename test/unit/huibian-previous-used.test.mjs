// brk144 #4, #6: last year's report of a compiled 汇编 (several reports in one file), as the Markdown summary and
// stderr say it. The summary said of the first report's cross-year lines "未指定也未找到该报告" when they had passed
// against the report found beside the file (only a failure showed they had run), and said the same of the later
// reports, which are not compared with a report given or found (documented): it now says ✅ with the report, and the
// true reason. A file of an agency's 2024 and 2023 reports is checked against its own 2023 report, but stderr named
// the 2023 report found beside it: it now names the one used, and says when the other would have given other results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const sub = (t, a, b) => {
  assert.ok(t.includes(a), a);
  return t.replace(a, b);
};
/** The agency's 2024 report (上年结转 2, 现行有效 25 = 23 + 3 − 1). */
const y2024 = (agency) => BASE.replaceAll('某某市某某局', agency);
/** The agency's 2023 report, consistent with its 2024 one when `carried` is 2 (结转下年度 `carried`, 现行有效 23). */
function y2023(agency, carried = 2) {
  let t = BASE;
  t = sub(t, '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |',
    `| 一、本年新收政府信息公开申请数量                                         | ${39 + carried}     | 3        | 0        | 1            | 2            | 0    | ${45 + carried}   |`);
  t = sub(t, '| 四、结转下年度继续办理                                                   | 1      | 0        | 0        | 0            | 0            | 0    | 1    |',
    `| 四、结转下年度继续办理                                                   | ${carried}      | 0        | 0        | 0            | 0            | 0    | ${carried}    |`);
  t = sub(t, '全年新收政府信息公开申请46件', `全年新收政府信息公开申请${45 + carried}件`).replace('结转下年度继续办理1件', `结转下年度继续办理${carried}件`);
  t = sub(t, '| 行政规范性文件 | 3            | 1            | 25           |', '| 行政规范性文件 | 3            | 1            | 23           |').replace('现行有效25件', '现行有效23件');
  t = t.replaceAll('某某市某某局', agency).replaceAll('2025年', '@N@年').replaceAll('2024', '2023').replaceAll('@N@', '2024');
  return t;
}
const COVER = '# 柳营市2024年政府信息公开工作年度报告汇编\n\n';
const AGENCIES = ['柳营市财政局', '柳营市教育局', '柳营市卫生健康委员会'];

async function run(files, args) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-huibian-prev-'));
  try {
    for (const [p, text] of Object.entries(files)) writeFileSync(join(dir, p), text);
    return await runCli(args, { cwd: dir, env: { NIANBAO_LOCALE: 'zh' } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
/** The summary's cross-year lines (表二 现行有效, 表三 上年结转), per report of the file. */
const crossYearLines = (md) => md.split(/\*\*第 \d+ 份/).slice(1).map((part) => part.split('\n').filter((l) => /现行有效 = 上年现行有效|上年结转 = 上年报告/.test(l)));

test('a 汇编 whose first report\'s last year is found beside it: its cross-year lines pass with that report; the others say why they were not compared', async () => {
  const r = await run({ 'h.md': COVER + AGENCIES.map(y2024).join('\n'), 'p2023.md': y2023(AGENCIES[0]) }, ['check', 'h.md', '--format', 'markdown']);
  assert.match(r.stderr, /上年度（2023 年度）报告：p2023\.md/);
  const [first, ...later] = crossYearLines(r.stdout);
  assert.equal(first.length, 2, r.stdout);
  for (const l of first) {
    assert.match(l, /\| ✅ \|.*（2023 年度报告）/);
    assert.doesNotMatch(l, /未找到/);
  }
  for (const lines of later) {
    assert.equal(lines.length, 2);
    for (const l of lines) {
      assert.match(l, /⚪.*只有第一份与另外指定或找到的上年度报告核对/);
      assert.doesNotMatch(l, /未指定也未找到/);
    }
  }
});

test('an agency\'s 2024 and 2023 reports in one file, another 2023 report beside it: stderr names the one compared with', async () => {
  const file = y2024(AGENCIES[0]) + '\n' + y2023(AGENCIES[0]);
  const line = file.split('\n').findIndex((l) => l.startsWith(`# ${AGENCIES[0]}2023年`)) + 1;
  // The file beside it disagrees (结转下年度 3, not 2): not used, and said to give other results.
  const other = await run({ 'both.md': file, '2023年报.md': y2023(AGENCIES[0], 3) }, ['check', 'both.md', '--format', 'markdown']);
  assert.match(other.stderr, new RegExp(`上年度（2023 年度）报告：本文件第 ${line} 行起的“${AGENCIES[0]}2023年政府信息公开工作年度报告”`));
  assert.match(other.stderr, /2023年报\.md 未使用，而与它核对的结果不同/);
  assert.doesNotMatch(other.stderr, /上年度（2023 年度）报告：2023年报\.md/);
  assert.doesNotMatch(other.stdout, /carry-over/);
  assert.match(crossYearLines(other.stdout)[0].find((l) => l.includes('上年结转')), new RegExp(`✅.*2 = 2（2023 年度报告；本文件第 ${line} 行起）`));
  // The same numbers beside it: not used, with no word of a difference.
  const same = await run({ 'both.md': file, '2023年报.md': y2023(AGENCIES[0]) }, ['check', 'both.md']);
  assert.match(same.stderr, /2023年报\.md 未使用）/);
  assert.doesNotMatch(same.stderr, /结果不同/);
});
