// brk123 #2: a 表二 row written with the other format's name (规范性文件 in a 2021 report, 行政规范性文件 in a 2019-format
// one) got format-mixed, but its numbers were never read: inspect showed the row [缺失], stock-flow, prose-table and
// count-relations passed it over without a word, and the review summary said ✅ with “有空白或无法读取的单元格，未核对”
// of cells that were not blank. The two names are the same row (templates.md §4.5 #2): it is now read as the row of
// the report's format, so every check runs on its numbers (format-mixed still says the label is the other format's).
// Under a block whose columns are still the other format's it is not read (how they map is not certain), and the
// summary says that, not “空白”.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { core, corpusText, edit, runCli, ROOT } from '../helpers.mjs';

/** The findings of `text` but format-mixed's, as rule, row and message, the row's two names written alike. */
function unlabelled(text, options) {
  return core.analyze(text, options).findings.filter((f) => f.ruleId !== 'format-mixed')
    // (A row written with the other format's name is quoted as written, with the row it is read as: fixB #2.)
    .map((f) => `${f.ruleId}|${f.data?.row ?? ''}|${f.range.start.line}|${f.message.replace(/行政规范性文件|规范性文件/g, 'X').replace(/“X”（即“X”）/g, '“X”').replace(/“X”（即X）/g, 'X')}`).sort();
}

test('沭阳 2023 (2021 format, its row written 规范性文件): the row is read; count-relations sees 现行有效 5 < 8 − 0 as with 行政规范性文件', () => {
  const text = edit(corpusText('peers/kiro_shuyang-fgj_2023.txt'), '| 规范性文件 | 8 | 0 | 18 |', '| 规范性文件 | 8 | 0 | 5 |');
  const { report, findings } = core.analyze(text);
  const row = report.tables.t2.rows.find((r) => r.id === 'T2.2');
  assert.equal(row.match.kind, 'variant');
  assert.equal(row.match.raw, '规范性文件');
  assert.deepEqual(row.cells.map((c) => c?.raw), ['8', '0', '5']);
  assert.ok(findings.some((f) => f.ruleId === 'format-mixed'));
  const info = findings.find((f) => f.ruleId === 'count-relations');
  assert.ok(info, findings.map((f) => f.ruleId).join(' '));
  assert.equal(info.data.row, 'T2.2');
  assert.deepEqual(unlabelled(text), unlabelled(edit(text, '| 规范性文件 |', '| 行政规范性文件 |')));
});

test('a 2019-format 表二 (昭通 seed) with its row written 行政规范性文件: count-relations sees 本年新公开 9 > 对外公开总数 3', () => {
  const text = edit(corpusText('seeds/003_7487cbc35b761747.txt'), '\n规范性文件 | 0 | 0 | 0 |', '\n行政规范性文件 | 5 | 9 | 3 |');
  const findings = core.analyze(text).findings;
  assert.ok(findings.some((f) => f.ruleId === 'format-mixed'));
  assert.ok(findings.some((f) => f.ruleId === 'count-relations' && /本年新公开数量 9 大于对外公开总数量 3/.test(f.message)), findings.map((f) => f.ruleId).join(' '));
  assert.deepEqual(unlabelled(text), unlabelled(edit(text, '\n行政规范性文件 |', '\n规范性文件 |')));
});

test('with last year\'s report: 规范性文件 3 | 1 | 99 in a 2021 report gets stock-flow and prose-table (正文 现行有效25件), as 行政规范性文件 does', () => {
  const dir = join(ROOT, 'test/fixtures/crossyear');
  const previous = core.parseReport(readFileSync(join(dir, '某某局2023.md'), 'utf8'));
  const text = edit(readFileSync(join(dir, '某某局2024.md'), 'utf8'), '| 行政规范性文件 | 3            | 1            | 25           |', '| 规范性文件     | 3            | 1            | 99           |');
  const rules = core.analyze(text, { previous }).findings.map((f) => f.ruleId);
  assert.ok(rules.includes('stock-flow') && rules.includes('prose-table'), rules.join(' '));
  assert.deepEqual(unlabelled(text, { previous }), unlabelled(edit(text, '| 规范性文件     |', '| 行政规范性文件 |'), { previous }));
});

test('summary: the stock-flow line compares the row written 规范性文件; under 2019 columns it is ⚪ saying so, not “空白”', async () => {
  const DIR = join(ROOT, 'test/data/review/cross-year');
  const Y2022 = '某某县自然资源局2022年政府信息公开工作年度报告.txt';
  const Y2023 = '某某县自然资源局2023年政府信息公开工作年度报告.txt';
  const dir = mkdtempSync(join(tmpdir(), 'nb-renamed-'));
  const line = async (text, locale = 'zh') => {
    writeFileSync(join(dir, Y2023), text);
    const { stdout } = await runCli(['check', '--format', 'markdown', '--locale', locale, join(dir, Y2023)]);
    return stdout.split('\n').find((l) => l.startsWith('| 表二 | 现行有效') || l.startsWith('| 表二 | in force (现行有效)'));
  };
  try {
    copyFileSync(join(DIR, Y2022), join(dir, Y2022));
    const renamed = edit(readFileSync(join(DIR, Y2023), 'utf8'), '行政规范性文件\t3\t1\t15', '规范性文件\t3\t1\t15');
    assert.equal(await line(renamed), '| 表二 | 现行有效 = 上年现行有效 + 本年制发 − 本年废止 | ⚠️ | “行政规范性文件”：应为 14，实为 15（2022 年度报告） |');
    const old = edit(renamed, '本年制发件数\t本年废止件数\t现行有效件数', '本年新制作数量\t本年新公开数量\t对外公开总数量');
    assert.equal(await line(old), '| 表二 | 现行有效 = 上年现行有效 + 本年制发 − 本年废止 | ⚪ | 规章：所在块的列是 2019 年格式，未核对；行政规范性文件：写作“规范性文件”，所在块的列是 2019 年格式，未核对（2022 年度报告） |');
    assert.match(await line(old, 'en'), /行政规范性文件: written “规范性文件”, its block has the 2019 format's columns, not checked/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
