// brk177 #4: a level-1 row of 表三 written with a full stop after its numeral (`一.本年新收…`, `四．结转下年度继续办理`)
// was said to differ from the template "应为“一.本年新收…”": the fix copied the author's separator as it does for a
// sub-row's tolerated `1、`, so the expected label was the label as written and no fix was offered. The template's
// level-1 ordinal is numeral + 、 (templates.md §0.1); the message and the fix write 、, in a pipe table and in
// pdftotext-layout text, and nothing is left to say after the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

for (const [from, to, canon] of [
  ['| 一、本年新收', '| 一.本年新收', '一、本年新收政府信息公开申请数量'],
  ['| 四、结转下年度', '| 四．结转下年度', '四、结转下年度继续办理'],
  ['| 四、结转下年度', '| 四,结转下年度', '四、结转下年度继续办理'],
]) {
  test(`“${to.slice(2)}…”: row-label says 应为“${canon}” and its fix writes 、`, () => {
    const text = edit(CORRECT, from, to);
    const found = core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.match(found[0].message, new RegExp(`应为“${canon}”`));
    assert.ok(found[0].fix, 'a fix is offered');
    const fixed = core.fixAll(text).text;
    assert.equal(fixed, CORRECT);
  });
}

test('a sub-row\'s tolerated 1、 is still kept by a fix of its label (`4、其他` → `3、其他`)', () => {
  const text = edit(CORRECT, '| 3.其他 ', '| 4、其他 ');
  const f = core.analyze(text).findings.find((x) => x.ruleId === 'row-label');
  assert.ok(f, 'reported');
  assert.match(f.message, /应为“3、其他”/);
});

test('pdftotext-layout text: `一.本年新收…` is fixed to 一、 with its numbers left in their columns', () => {
  const txt = readFileSync(join(ROOT, 'test/fixtures/pdftext-township-report/r10-township-2024.txt'), 'utf8');
  const text = txt.replace('一、本年新收', '一.本年新收');
  assert.notEqual(text, txt);
  const f = core.analyze(text).findings.find((x) => x.ruleId === 'row-label' && /本年新收/.test(x.message));
  assert.ok(f, 'reported');
  assert.match(f.message, /应为“一、本年新收政府信息公开申请数量”/);
  assert.ok(f.fix);
  const fixed = core.fixAll(text).text;
  const row = fixed.split('\n').find((l) => l.includes('本年新收政府信息公开申请数量') && /\d\s*$/.test(l));
  assert.match(row, /^\s*一、本年新收/);
});

