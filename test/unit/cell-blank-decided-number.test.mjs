// cell-blank's message names the number the totals decide for a blank cell, as the fix writes it (found by
// breaker31).
// breaker31 #5: where the totals decide a blank cell's number, the fix writes that number: the message says so
// (法律服务机构应为 1（24 − 23）), not "没有发生的请填 0"; a blank the fix fills with 0 keeps that advice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, only, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
/** `text` with value cell `k` (0-based) of row `label` made blank (it held `from`). */
const blank = (text, label, k, from) => {
  const line = text.split('\n').find((l) => l.startsWith(`| ${label} `));
  const cells = line.split('|');
  assert.equal(cells[k + 2].trim(), String(from));
  cells[k + 2] = cells[k + 2].replace(String(from), ' '.repeat(String(from).length));
  return text.replace(line, cells.join('|'));
};

test('a blank the row total decides (予以公开 法律服务机构 1): the message names the number and how, as the fix writes it', () => {
  const text = blank(correct, '（一）予以公开', 4, 1);
  const [f] = only(text, 'cell-blank').found;
  assert.equal(f.message, '表三“（一）予以公开”行有 1 个空白单元格（法律服务机构）：空白不等于 0；按合计，法律服务机构应为 1（24 − 23），修复按此填入，请对照原表确认。');
  assert.equal(f.fix.edits[0].newText.trim(), '1');
  const [en] = core.checkReport(core.parseReport(text), { locale: 'en' }).filter((x) => x.ruleId === 'cell-blank');
  assert.ok(en.message.endsWith('blank is not 0; by the totals, 法律服务机构 should be 1 (24 − 23), which the fix writes; confirm it against the original table.'), en.message);
  // A blank 总计: the sum of the applicant cells.
  const total = only(blank(correct, '（一）予以公开', 6, 24), 'cell-blank').found[0];
  assert.ok(total.message.includes('总计应为 24（21 + 2 + 1）'), total.message);
});

test('a blank the fix fills with 0 keeps "没有发生的请填 0"', () => {
  const [f] = only(blank(correct, '（一）予以公开', 2, 0), 'cell-blank').found;
  assert.ok(f.message.endsWith('空白不等于 0，没有发生的请填 0。'), f.message);
  assert.equal(f.fix.edits[0].newText.trim(), '0');
});
