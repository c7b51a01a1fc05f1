// breaker20: the review summary (Markdown comment, GitHub step summary) showed 表三 all ✅ while the file had two
// carry-over errors against last year's report beside it, and had no line for stock-flow: a reviewer saw no expected
// vs actual for the cross-year relations (templates.md §5.3 ). With last year's report used, the summary now
// has a line for each, ❌/⚠️ with expected vs actual, or ✅ with what was compared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli, ROOT } from '../helpers.mjs';

const DIR = join(ROOT, 'test/data/review/cross-year');
const Y2022 = '某某县自然资源局2022年政府信息公开工作年度报告.txt';
const Y2023 = '某某县自然资源局2023年政府信息公开工作年度报告.txt';

/** The summary's table lines for the 2023 report of folder `dir`. */
async function lines2023(dir, locale = 'zh') {
  const { stdout } = await runCli(['check', '--format', 'markdown', '--locale', locale, join(dir, Y2023)]);
  return stdout.split('\n').filter((l) => l.startsWith('| 表') || l.startsWith('| Table'));
}

test('carry-over and stock-flow findings are lines of the summary with expected vs actual and last year named', async () => {
  const lines = await lines2023(DIR);
  assert.ok(lines.includes('| 表三 | 上年结转 = 上年报告的结转下年度 | ❌ | 自然人列：应为 3，实为 2；总计列：应为 4，实为 3（2022 年度报告） |'), lines.join('\n'));
  assert.ok(lines.includes('| 表二 | 现行有效 = 上年现行有效 + 本年制发 − 本年废止 | ⚠️ | “行政规范性文件”：应为 14，实为 15（2022 年度报告） |'), lines.join('\n'));
  const en = await lines2023(DIR, 'en');
  assert.ok(en.some((l) => l.startsWith('| 表三 | carried over from last year (上年结转) = last year\'s carried over to next year (结转下年度) | ❌ | column 自然人: expected 3, actual 2; column 总计: expected 4, actual 3 (the 2022 report) |')), en.join('\n'));
});

test('relations that hold are ✅ lines saying what was compared; without last year’s report they are ⚪ lines saying it was not found', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-cross-'));
  try {
    copyFileSync(join(DIR, Y2022), join(dir, Y2022));
    const text = readFileSync(join(DIR, Y2023), 'utf8')
      .replace('二、上年结转政府信息公开申请数量\t2\t1\t0\t0\t0\t0\t3', '二、上年结转政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t4')
      .replace('行政规范性文件\t3\t1\t15', '行政规范性文件\t3\t1\t14');
    writeFileSync(join(dir, Y2023), text);
    const lines = await lines2023(dir);
    assert.ok(lines.some((l) => l.startsWith('| 表三 | 上年结转 = 上年报告的结转下年度 | ✅ | 总计列 4 = 4（2022 年度报告） |')), lines.join('\n'));
    assert.ok(lines.some((l) => /^\| 表二 \| 现行有效 = 上年现行有效 \+ 本年制发 − 本年废止 \| ✅ \| .*行政规范性文件 14 = 12 \+ 3 − 1（2022 年度报告） \|$/.test(l)), lines.join('\n'));
    rmSync(join(dir, Y2022));
    const alone = await lines2023(dir);
    // Not left out (a table of ✅ lines would read as if it held too): ⚪, not compared, and why.
    const notFound = '⚪ | 未找到同一机关的 2022 年度报告（查找范围：同一文件夹）：未做跨年度检查（carry-over、stock-flow、content-copied、prose-change 中与上年报告的比较）；可用 --previous FILE 指定 |';
    assert.ok(alone.includes(`| 表三 | 上年结转 = 上年报告的结转下年度 | ${notFound}`), alone.join('\n'));
    assert.ok(alone.includes(`| 表二 | 现行有效 = 上年现行有效 + 本年制发 − 本年废止 | ${notFound}`), alone.join('\n'));
    assert.ok(!alone.some((l) => /✅.*年度报告）/.test(l)), alone.join('\n'));
    assert.ok(alone.length >= 9);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a row of 表二 whose 现行有效 last year was not read is named as not compared beside the ✅ (brk96 #4)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-cross-'));
  try {
    writeFileSync(join(dir, Y2022), readFileSync(join(DIR, Y2022), 'utf8').replace('行政规范性文件\t2\t0\t12', '行政规范性文件\t2\t0\t—'));
    writeFileSync(join(dir, Y2023), readFileSync(join(DIR, Y2023), 'utf8'));
    const lines = await lines2023(dir);
    assert.ok(lines.includes('| 表二 | 现行有效 = 上年现行有效 + 本年制发 − 本年废止 | ✅ | 规章 0 = 0 + 0 − 0；行政规范性文件：有空白或无法读取的单元格，未核对（2022 年度报告） |'), lines.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('last year\'s report in the 2019 format where the 2021 format was due: the 现行有效 line is ⚪ saying it has no 现行有效件数 (brk96 #5)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-cross-'));
  try {
    // A 2019-format draft (made for 2020, the format's last year) dated 2022.
    const made = await runCli(['new', '--report-format', '2019', '--year', '2020', '--agency', '某某县自然资源局', '-o', join(dir, 'draft.md')]);
    assert.equal(made.code, 0, made.stderr);
    writeFileSync(join(dir, Y2022), readFileSync(join(dir, 'draft.md'), 'utf8').replaceAll('2020', '2022'));
    rmSync(join(dir, 'draft.md'));
    writeFileSync(join(dir, Y2023), readFileSync(join(DIR, Y2023), 'utf8'));
    const lines = await lines2023(dir);
    assert.ok(lines.includes('| 表二 | 现行有效 = 上年现行有效 + 本年制发 − 本年废止 | ⚪ | 上一年度报告是 2019 年格式，没有“现行有效件数”，未核对（2022 年度报告） |'), lines.join('\n'));
    // 表三's carry-over is compared with it all the same (the 2019 format has 表三).
    assert.ok(lines.some((l) => l.startsWith('| 表三 | 上年结转 = 上年报告的结转下年度 |') && !l.includes('⚪ | 未找到')), lines.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The summary's table lines of every report of `dir` (or of the file), by file name, in `locale`. */
async function linesByFile(target, locale = 'zh') {
  const { stdout } = await runCli(['check', '--format', 'markdown', '--locale', locale, target]);
  const out = {};
  let file = null;
  for (const l of stdout.split('\n')) {
    const h = /^### \S+ `(.*)`$/.exec(l);
    if (h) file = h[1].split('/').pop();
    else if (file && l.startsWith('| 表')) (out[file] ??= []).push(l);
  }
  return out;
}

test('a 2021 report: the 现行有效 line is ⚪ saying last year\'s report is (due) in the 2019 format, alone or beside it (brk112 #5)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-cross-'));
  const Y2020 = '某某县自然资源局2020年政府信息公开工作年度报告.txt', Y2021 = '某某县自然资源局2021年政府信息公开工作年度报告.txt';
  try {
    // The 2023 report made a 2021 one (the 2021 format, correct for 2021), published in 2022.
    const text = readFileSync(join(DIR, Y2023), 'utf8').replaceAll('2022', '2020').replaceAll('2023', '2021').replaceAll('2024', '2022');
    writeFileSync(join(dir, Y2021), text);
    const check = '| 表二 | 现行有效 = 上年现行有效 + 本年制发 − 本年废止 |';
    // Alone: not left out, and why it cannot be compared (the reason holds whether a 2020 report is found or not).
    let lines = (await linesByFile(join(dir, Y2021)))[Y2021];
    assert.ok(lines.includes(`${check} ⚪ | 上一年度（2020 年度）报告按规定使用 2019 年格式，没有“现行有效件数”，无法与之核对 |`), lines.join('\n'));
    // 表三's carry-over line still says none was found.
    assert.ok(lines.some((l) => l.startsWith('| 表三 | 上年结转 = 上年报告的结转下年度 | ⚪ | 未找到同一机关的 2020 年度报告')), lines.join('\n'));
    const en = (await linesByFile(join(dir, Y2021), 'en'))[Y2021];
    assert.ok(en.includes('| 表二 | in force (现行有效) = last year\'s + issued this year (本年制发) − repealed this year (本年废止) | ⚪ | last year\'s (2020) report is due in the 2019 format, which has no 现行有效件数: nothing to compare with |'), en.join('\n'));
    // Beside its 2020 report in the 2019 format: ⚪, saying that report has no 现行有效件数; 表三 compared with it.
    const made = await runCli(['new', '--report-format', '2019', '--year', '2020', '--agency', '某某县自然资源局', '-o', join(dir, Y2020)]);
    assert.equal(made.code, 0, made.stderr);
    const both = await linesByFile(dir);
    lines = both[Y2021];
    assert.ok(lines.includes(`${check} ⚪ | 上一年度报告是 2019 年格式，没有“现行有效件数”，未核对（2020 年度报告） |`), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('| 表三 | 上年结转 = 上年报告的结转下年度 |') && !l.includes('⚪ | 未找到')), lines.join('\n'));
    // The 2020 report (2019 format, no 现行有效件数 of its own) has no such line.
    assert.ok(both[Y2020].length >= 5 && !both[Y2020].some((l) => l.includes('现行有效')), both[Y2020].join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the not-found note says only what was searched: last year\'s folder only when a folder name holds the year (brk166 #5)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-cross-'));
  try {
    // A flat folder (its name holds no year): only the folder itself was searched.
    writeFileSync(join(dir, Y2023), readFileSync(join(DIR, Y2023), 'utf8'));
    const flat = (await lines2023(dir)).join('\n');
    assert.match(flat, /未找到同一机关的 2022 年度报告（查找范围：同一文件夹）：/);
    assert.doesNotMatch(flat, /换成|上一年度的文件夹/);
    // A folder per year: 2023/ with no 2022/ beside it, then with an empty 2022/.
    mkdirSync(join(dir, '2023'));
    writeFileSync(join(dir, '2023', Y2023), readFileSync(join(DIR, Y2023), 'utf8'));
    const { stdout: missing } = await runCli(['check', '--format', 'markdown', join(dir, '2023', Y2023)]);
    assert.match(missing, /未找到同一机关的 2022 年度报告（查找范围：同一文件夹；上一年度的文件夹 \S*2022 不存在）：/);
    mkdirSync(join(dir, '2022'));
    const { stdout: empty } = await runCli(['check', '--format', 'markdown', join(dir, '2023', Y2023)]);
    assert.match(empty, /未找到同一机关的 2022 年度报告（查找范围：同一文件夹，以及上一年度的文件夹 \S*2022）：/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
