// brk183 #5: the Markdown summary said a 表三 sum was not checked because of "有空白或无法读取的单元格" when no cell
// was blank: a row was missing (the example with “2.其他法律行政法规禁止公开” deleted; row-missing reports it). Now the
// line says the check was not made because of the missing row(s) and names them, in English in the en locale.
// Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, edit, runCli, folderWith } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const rowOf = (label) => new RegExp(`^\\| ${label.replace(/[.()（）]/g, '\\$&')} .*\\n`, 'm').exec(CORRECT)[0];
const without = (...labels) => labels.reduce((t, l) => edit(t, rowOf(l), ''), CORRECT);

async function summary(text, locale = 'zh') {
  const dir = folderWith({ '2024.md': text });
  return (await runCli(['check', '--format', 'markdown', '--locale', locale, '2024.md'], { cwd: dir })).stdout;
}
const lineOf = (md, check) => md.split('\n').find((l) => l.includes(`| ${check} |`));

test('表三: a result row missing: the results check names the row, not blank cells (zh and en)', async () => {
  const text = without('2.其他法律行政法规禁止公开');
  assert.equal(lineOf(await summary(text), '（七）总计 = 各办理结果之和'),
    '| 表三 | （七）总计 = 各办理结果之和 | ⚪ | 缺少“2.其他法律行政法规禁止公开”行，未核对（见 row-missing） |');
  assert.equal(lineOf(await summary(text, 'en'), '（七）总计 = sum of the results'),
    '| 表三 | （七）总计 = sum of the results | ⚪ | row “2.其他法律行政法规禁止公开” missing: not checked (see row-missing) |');
});

test('表三: two rows missing are both named; a missing 上年结转 row leaves the balance unchecked for that reason', async () => {
  const md = await summary(without('2.其他法律行政法规禁止公开', '3.其他'));
  assert.match(lineOf(md, '（七）总计 = 各办理结果之和'), /\| ⚪ \| 缺少“2.其他法律行政法规禁止公开”、“3.其他”行，未核对（见 row-missing） \|$/);
  const balance = lineOf(await summary(without('二、上年结转政府信息公开申请数量')), '收支平衡：新收 + 上年结转 = （七）总计 + 结转下年度');
  assert.match(balance, /\| ⚪ \| 缺少“二、上年结转政府信息公开申请数量”行，未核对（见 row-missing） \|$/);
});

test('表三: blank cells still say blank', async () => {
  const R = rowOf('2.其他法律行政法规禁止公开');
  const md = await summary(edit(CORRECT, R, R.replace(/\| 1      \|/, '|        |')));
  assert.doesNotMatch(lineOf(md, '（七）总计 = 各办理结果之和'), /缺少/);
});
