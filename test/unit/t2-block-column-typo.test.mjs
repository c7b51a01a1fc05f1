// brk140 #3: a misspelt column header of a 表二 block whose labels another block shares (2019's 第二十条第（五）（六）
// （八）项: 上一年项目数量, 本年增/减, 处理决定数量; 2021's （五）（六）项: 本年处理决定数量) was never reported: the
// table's columns are read once per label, and the other block's header has it right. Now each block's header is
// compared with its own columns: column-label warns, and the fix writes the template's label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const Y2019 = readFileSync(join(ROOT, 'test/fixtures/crossyear-pre2019/某某市某某局2020.md'), 'utf8');
const Y2021 = readFileSync(join(ROOT, 'test/fixtures/reports/breaker21-r11-sum-results-2022.md'), 'utf8');
const labels = (text) => core.checkReport(core.parseReport(text), { previous: null }).filter((f) => f.ruleId === 'column-label');
// The nth line (1-based) holding `from`, with `from` replaced.
const nth = (text, from, to, n) => {
  let k = 0;
  return text.split('\n').map((l) => (l.includes(from) && ++k === n ? l.replace(from, to) : l)).join('\n');
};

test('2019 （五）项 header typos are reported with a fix, though （六）项 has the same labels right', () => {
  const text = nth(Y2019, '| 上一年项目数量 | 本年增/减 | 处理决定数量 |', '| 上一年项木数量 | 本年曾/减 | 处理决定数里 |', 1);
  assert.notEqual(text, Y2019);
  const got = labels(text);
  assert.deepEqual(got.map((f) => f.message), [
    '表二第二十条第（五）项的列标题“上一年项木数量”与格式不一致，应为“上一年项目数量”。',
    '表二第二十条第（五）项的列标题“本年曾/减”与格式不一致，应为“本年增/减”。',
    '表二第二十条第（五）项的列标题“处理决定数里”与格式不一致，应为“处理决定数量”。',
  ]);
  assert.ok(got.every((f) => f.fix && f.fix.edits.length === 1));
  assert.deepEqual(got.map((f) => f.fix.edits[0].newText), ['上一年项目数量', '本年增/减', '处理决定数量']);
});

test('2019 （六）项 and （八）项 header typos and truncations are reported', () => {
  const six = labels(nth(Y2019, '| 上一年项目数量 | 本年增/减 | 处理决定数量 |', '| 上年项目数量 | 本年增减 | 处理决定数 |', 2));
  assert.deepEqual(six.map((f) => f.message.replace(/的列标题.*应为/, ' 应为')), ['表二第二十条第（六）项 应为“上一年项目数量”。', '表二第二十条第（六）项 应为“本年增/减”。', '表二第二十条第（六）项 应为“处理决定数量”。']);
  const eight = labels(Y2019.replace(/\| 信息内容( *)\| 上一年项目数量 \| 本年增\/减 \|\n/, '| 信息内容$1| 上一年项木数量 | 本年曾/减 |\n'));
  assert.deepEqual(eight.map((f) => f.message), ['表二第二十条第（八）项的列标题“上一年项木数量”与格式不一致，应为“上一年项目数量”。', '表二第二十条第（八）项的列标题“本年曾/减”与格式不一致，应为“本年增/减”。']);
});

test('2021 （五）项 and （六）项 header typos are reported', () => {
  const before = labels(Y2021).length;
  const five = labels(nth(Y2021, '| 信息内容 | 本年处理决定数量 |', '| 信息内容 | 本年处理决定数里 |', 1));
  assert.equal(five.length, before + 1);
  assert.ok(five.some((f) => f.message === '表二第二十条第（五）项的列标题“本年处理决定数里”与格式不一致，应为“本年处理决定数量”。' && f.fix));
  const six = labels(nth(Y2021, '| 信息内容 | 本年处理决定数量 |', '| 信息内容 | 本年处里决定数量 |', 2));
  assert.ok(six.some((f) => /第二十条第（六）项的列标题“本年处里决定数量”/.test(f.message)));
});

test('a typo in a header whose labels no other block shares is said once', () => {
  const got = labels(Y2019.replace('本年新制作数量', '本年新制做数量'));
  assert.equal(got.length, 1);
  assert.match(got[0].message, /^表二的列标题“本年新制做数量”/);
});
