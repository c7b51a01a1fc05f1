// brk144 #7: `nianbao inspect` on a 汇编 (several agencies' reports in one file) showed the outline and tables of the
// first report only, while its findings (and year evidence) came from all of them: a sum error in the third report's
// 表三 was listed with none of that table's cells shown. Each report's outline and tables are shown, under its title.
// Base: examples/correct-2024.nianbao.md (clean), three times under other agencies' names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const AGENCIES = ['柳营市财政局', '柳营市教育局', '柳营市卫生健康委员会'];
const part = (agency) => CORRECT.replaceAll('某某市某某局', agency).trimEnd();
/** The 汇编: a cover title and the three reports; the third's 予以公开 自然人 cell 21 → 22 (its sums fail). */
const COMPILATION = ['# 柳营市2024年政府信息公开工作年度报告汇编', part(AGENCIES[0]), part(AGENCIES[1]), part(AGENCIES[2]).replace(/(\| （一）予以公开 +\| )21( )/, '$122$2')].join('\n\n') + '\n';

async function inspect(text, locale) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-inspect-'));
  writeFileSync(join(dir, 'r.md'), text);
  return (await runCli(['inspect', 'r.md'], { cwd: dir, env: { NIANBAO_LOCALE: locale } })).stdout.split('\n');
}
const lineOf = (s, from = 0) => COMPILATION.split('\n').findIndex((l, i) => i >= from && l.includes(s)) + 1;

test('inspect on a 汇编 lists every report\'s outline and tables under its title, with their lines in the whole file', async () => {
  assert.notEqual(COMPILATION.indexOf('| 22 '), -1);
  const out = await inspect(COMPILATION, 'zh-CN');
  assert.ok(out.includes('本文件含 3 份年报：提纲和表格按份列出'), out.slice(0, 8).join('\n'));
  const tablesAt = out.indexOf('表格：');
  AGENCIES.forEach((agency, k) => {
    const title = lineOf(`# ${agency}2024年`);
    const head = `  第 ${k + 1} 份：${agency}2024年政府信息公开工作年度报告（第 ${title} 行起；格式 2021，年度 2024）`;
    // Once over its outline, once over its tables.
    assert.equal(out.filter((l) => l === head).length, 2, head);
    // Its sections with their tables, at its own lines.
    assert.ok(out.includes(`    ${String(lineOf('## 三、', title)).padStart(4)}  三、收到和处理政府信息公开申请情况  → 第 3 部分  [t3]`), agency);
    const t3 = lineOf('| （本列数据的勾稽关系为', title);
    assert.ok(out.slice(tablesAt).some((l) => l.startsWith(`    表三  第 ${t3}–`)), agency);
  });
  // The third report's 表三 cell that its sum findings name is shown, at the line they give.
  const cellLine = lineOf('| （一）予以公开', lineOf(`# ${AGENCIES[2]}`));
  assert.ok(out.some((l) => l.trim() === `22 | 2 | 0 | 0 | 1 | 0 | 24   （第 ${cellLine} 行）`), out.slice(tablesAt).filter((l) => l.includes('| 24')).join('\n'));
  assert.ok(out.some((l) => l.startsWith(`  ${cellLine}:`) && l.includes('sum-applicants')));
  const en = await inspect(COMPILATION, 'en');
  assert.ok(en.includes('this file holds 3 reports: the outline and tables are listed per report'));
  assert.ok(en.some((l) => l.startsWith(`  report 3: ${AGENCIES[2]}2024年政府信息公开工作年度报告 (from line ${lineOf(`# ${AGENCIES[2]}`)}; format 2021, year 2024)`)));
});

test('inspect on a single report is as before: no per-report heads', async () => {
  const out = await inspect(CORRECT, 'zh-CN');
  assert.ok(!out.some((l) => /份年报|第 1 份/.test(l)));
  assert.ok(out.includes('  表三  第 59–90 行  排版 竖线  （六）其他处理：分三行'), out.join('\n'));
});
