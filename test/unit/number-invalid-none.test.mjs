// number-invalid on cells that say there was none in a word or a mark (`无`, `—`, `-`, `/`) instead of 0 (brk97 #1:
// a township's 表三 filled with 无 got 161 errors, one per cell, none with a fix): one finding per table when three or
// more, each cell's own below that, fixed to 0; the fixed text checks as the table written with 0. Base:
// examples/correct-2024.nianbao.md (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = CORRECT.split('\n');
/** The report with the `0` cells of 表三's rows (lines 67–88, 1-based) written `mark`, the columns kept aligned. */
const zerosAs = (mark) => lines.map((l, i) => (i >= 66 && i <= 87 ? l.replace(/\| 0(\s*)(?=\|)/g, (_, sp) => `| ${mark}${sp.slice(Math.max(0, core.displayWidth(mark) - 1))}`) : l)).join('\n');
const invalid = (text, locale) => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId === 'number-invalid');

test('a 表三 whose zeros are written 无 (or —, /, -): one error for the table, whose fix writes 0 in them all', () => {
  for (const mark of ['无', '—', '/', '-', '暂无']) {
    const text = zerosAs(mark);
    const n = (text.match(new RegExp(`\\| ${mark.replace(/[/-]/g, '\\$&')}\\s`, 'g')) ?? []).length;
    assert.ok(n > 100, `${mark}: ${n} cells`);
    const found = invalid(text);
    assert.equal(found.length, 1, mark);
    assert.equal(found[0].severity, 'error');
    assert.match(found[0].message, new RegExp(`^表三有 ${n} 格（\\d+ 行）写的是“${mark}”这类文字或记号而不是数字，.*没有发生的填 0（修复把这些格都改为 0）；这些格改正前不计入合计。$`));
    assert.match(invalid(text, 'en')[0].message, new RegExp(`^${n} cells of 表三 \\(in \\d+ rows\\) hold a word or mark such as “${mark}” instead of a number`));
    // Fixed, the table is the one written with 0 (aligned as it was), and the report checks clean.
    const fixed = core.applyFixes(text, found[0].fix.edits).text;
    assert.equal(fixed, CORRECT, mark);
  }
});

test('one or two such cells: a finding each, with the fix to 0; `一` (also the numeral 1) is no such mark', () => {
  const two = CORRECT.replace('| 规章           | 0            |', '| 规章           | 无           |').replace('| 3.要求提供公开出版物                                                     | 0      |', '| 3.要求提供公开出版物                                                     | —      |');
  const found = invalid(two);
  assert.deepEqual(found.map((f) => f.message), [
    '表二“规章”中的“无”不是数字：数值单元格只填数字，没有发生的填 0（修复改为 0），此格改正前不计入合计。',
    '表三“3.要求提供公开出版物”中的“—”不是数字：数值单元格只填数字，没有发生的填 0（修复改为 0），此格改正前不计入合计。',
  ]);
  const fixed = core.fixAll(two);
  assert.equal(fixed.text, CORRECT);
  const one = CORRECT.replace('| 规章           | 0            |', '| 规章           | 一           |');
  const [f] = invalid(one);
  assert.doesNotMatch(f.message, /没有发生的填 0/);
  assert.ok(!f.fix?.edits.some((e) => e.newText.trim() === '0'));
});

test('a word that is no mark for none (待统计) is still “not a number”, without a fix', () => {
  const [f] = invalid(CORRECT.replace('| 规章           | 0            |', '| 规章           | 待统计       |'));
  assert.match(f.message, /“待统计”不是数字：请只填阿拉伯数字，说明文字写在表外/);
  assert.equal(f.fix, undefined);
});
