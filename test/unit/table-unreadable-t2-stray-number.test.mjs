// table-unreadable on a pasted 表二 whose row reads short while a number stands apart (breaker36 #4): the message
// said “N numbers stand in no row (such as “2” on line 37)” also when line 37 was that row's own line, the number
// part of a cell that did not read as one number. It now names the row, the line and the cell as written, or, for a
// number on a line of its own, the number and its line, and says what to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDraft, core, toSpaces, toTabs } from '../helpers.mjs';

const unreadableOf = (text, locale) => core.analyze(text, { locale }).findings.filter((f) => f.ruleId === 'table-unreadable');
const lineNo = (text, s) => text.split('\n').findIndex((l) => l.startsWith(s)) + 1;

test('a 2019 tab-pasted 增/减 cell that is no number (`下 降 2`): the row, its line and the cell are named', () => {
  const text = toTabs(cleanDraft('2019')).replace(/^行政许可\t0\t0\t0$/m, '行政许可\t56\t下 降 2\t1520');
  const [f] = unreadableOf(text);
  const line = lineNo(text, '行政许可\t');
  assert.match(f.message, new RegExp(`^表二“行政许可”行（第 ${line} 行）中的“下 降 2”读不成一个数，这一行只读到 \\d 个数，格式规定 3 个`));
  assert.match(f.message, /请把这一格改为一个数字（减少的写负号）/);
  assert.doesNotMatch(f.message, /不在任何一行中/);
  const [en] = unreadableOf(text, 'en');
  assert.match(en.message, new RegExp(`in 表二 row “行政许可” \\(line ${line}\\) the cell “下 降 2” does not read as one number`));
});

for (const [paste, write] of Object.entries({ tabs: toTabs, spaces: toSpaces })) {
  test(`a number pushed onto a line of its own under its row (${paste}): the number and its line are named, and where it goes`, () => {
    const base = write(cleanDraft('2019'));
    const row = base.split('\n').find((l) => l.startsWith('行政许可'));
    const text = base.replace(row, paste === 'tabs' ? '行政许可\t56\t1520\n\t-2' : '行政许可    56    1520\n                    -2');
    const [f] = unreadableOf(text);
    assert.match(f.message, new RegExp(`^表二“行政许可”行只读到 2 个数，格式规定 3 个，而第 ${lineNo(text, '行政许可') + 1} 行的“-2”不在任何一行中：`));
    assert.match(f.message, /请把它移回所属行的对应列/);
  });
}
