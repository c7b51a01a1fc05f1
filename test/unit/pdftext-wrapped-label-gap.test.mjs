// brk145 #3: in pdftotext -layout text a long 表三 label wraps over three lines with an empty line after its first
// piece (`1、申请人无正当理由逾期不补`, empty line, `正、行政机关不再处理其政府信` beside the numbers, `息公开申请`), or with a
// piece of the group label between (`他处理` of `（六）其他处理`, written down the side). The pieces were not joined, the
// row was matched by position only, and a misspelling in any piece was never reported. Now the pieces are joined
// across such lines: row-label warns, and the fix rewrites only the piece that is wrong.
// Base: the corpus' peers/govnianbao_huaian-city_2024.txt (checks clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

const BASE = corpusText('peers/govnianbao_huaian-city_2024.txt');
const labels = (text) => core.checkReport(core.parseReport(text), { previous: null }).filter((f) => f.ruleId === 'row-label');
const apply = (text, edits) => {
  const lines = text.split('\n');
  for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
    assert.equal(e.range.start.line, e.range.end.line);
    const l = lines[e.range.start.line];
    lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
  }
  return lines.join('\n');
};

test('the base text has no row-label finding', () => {
  assert.deepEqual(labels(BASE), []);
});

test('a typo in the middle piece of （六）1. (an empty line after its first piece) is reported and fixed', () => {
  const text = BASE.replace('正、行政机关不再处理其政府信', '正、行政机关不再处里其政府信');
  assert.notEqual(text, BASE);
  const got = labels(text);
  assert.equal(got.length, 1);
  assert.match(got[0].message, /^行标签“1、申请人无正当理由逾期不补正、行政机关不再处里其政府信息公开申请”（折行写作“1、申请人无正当理由逾期不补”“正、行政机关不再处里其政府信”“息公开申请”）与格式不一致/);
  assert.ok(got[0].fix);
  assert.equal(apply(text, got[0].fix.edits), BASE);
});

test('a typo in the last piece of （六）1. and of （六）2. (a group label piece between) is reported and fixed', () => {
  const text = BASE.replace(/息公开申请\n/, '息公开申清\n').replace(/其政府信息公开申请\n/, '其政府信息公开申清\n');
  assert.equal((text.match(/申清/g) ?? []).length, 2);
  const got = labels(text);
  assert.equal(got.length, 2);
  assert.match(got[0].message, /折行写作“1、申请人无正当理由逾期不补”“正、行政机关不再处理其政府信”“息公开申清”/);
  assert.match(got[1].message, /折行写作“2、申请人逾期未按收费通知要”“求缴纳费用、行政机关不再处理”“其政府信息公开申清”/);
  assert.equal(apply(text, got.flatMap((f) => f.fix.edits)), BASE);
});
