// `信访举报投诉类申请` is the name of 表三's row R3.5.1, not a count of 信访 (brk140 #6): `信访举报投诉类申请不予处理2件`
// is compared with that row, and a clause after it (`；另有2件因尚在法定答复期限内，结转至2025年继续办理`) with
// 结转下年度继续办理, after a year-end time and a reason that is itself a row (`因本机关不掌握相关政府信息无法提供6件`).
// `其他法律行政法规禁止公开1件` (row R3.3.2) is read too. Base: examples/correct-2024.nianbao.md (表三: 本机关不掌握 6,
// 另行制作 1, 信访举报投诉类申请 1, 其他法律行政法规禁止公开 1, 结转下年度 1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SENTENCE = /^全年新收政府信息公开申请46件.*$/m;
const found = (s) => core.checkReport(core.parseReport(CORRECT.replace(SENTENCE, s)))
  .filter((f) => f.ruleId.startsWith('prose-')).map((f) => `${f.ruleId}: ${f.message}`);
const said = (petition, carried) => `全年新收政府信息公开申请46件，上年结转2件。截至2024年12月31日，已办结47件，其中因本机关不掌握相关政府信息无法提供6件，没有现成信息需要另行制作1件，信访举报投诉类申请不予处理${petition}件；另有${carried}件因尚在法定答复期限内，结转至2025年继续办理。`;

test('the base holds the sentence, and the right counts say nothing', () => {
  assert.ok(SENTENCE.test(CORRECT));
  assert.deepEqual(found(said(1, 1)), []);
  assert.deepEqual(found('全年新收政府信息公开申请46件，上年结转2件，办结47件，其中不予公开6件（其他法律行政法规禁止公开1件）。'), []);
});

test('the count carried over after the 信访举报投诉类申请 clause is compared', () => {
  const out = found(said(1, 2));
  assert.equal(out.length, 1);
  assert.match(out[0], /^prose-table: 正文“(?:另有)?2件因尚在法定答复期限内，结转至2025年继续.*结转下年度继续办理为 1，正文写 2/);
});

test('信访举报投诉类申请不予处理N件 is compared with the row', () => {
  const out = found(said(2, 1));
  assert.equal(out.length, 1);
  assert.match(out[0], /^prose-table: 正文“信访举报投诉类申请不予处理2件”与表三不一致：表三的1\.信访举报投诉类申请为 1，正文写 2/);
});

test('其他法律行政法规禁止公开N件 is compared with row R3.3.2', () => {
  const out = found('全年新收政府信息公开申请46件，上年结转2件，办结47件，其中不予公开6件（其他法律行政法规禁止公开2件）。');
  assert.equal(out.length, 1);
  assert.match(out[0], /^prose-table: 正文“其他法律行政法规禁止公开2件”.*2\.其他法律行政法规禁止公开为 1，正文写 2/);
});
