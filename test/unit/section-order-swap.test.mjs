// section-order on two level-1 headings with each other's numbers in a report of no fixed sections (pre-2019: a
// section moved without renumbering, `一、三、二、四…`): one finding for the pair, whose fix swaps the numbers (brk97 #4:
// three findings, two of them wrong, and no fix). Base: test/data/section-order/pre2019-2016.txt (clean, 一 to 六).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const TEXT = readFileSync(join(ROOT, 'test/data/section-order/pre2019-2016.txt'), 'utf8');
const order = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'section-order');
/** The text with the level-1 numbers written `numbers` in turn (一 … 六 as given). */
const numbered = (numbers) => {
  let k = 0;
  return TEXT.replace(/^[一二三四五六]、/gm, () => `${numbers[k++]}、`);
};

test('the base is a clean pre-2019 report of six sections', () => {
  assert.equal(core.parseReport(TEXT).format, 'pre2019');
  assert.deepEqual(core.checkReport(core.parseReport(TEXT)), []);
});

test('two neighbours swapped, in the middle or at the end: one finding naming both, fixed by swapping the numbers', () => {
  for (const numbers of [['一', '三', '二', '四', '五', '六'], ['一', '二', '三', '四', '六', '五'], ['一', '二', '四', '三', '五', '六']]) {
    const text = numbered(numbers);
    const found = order(text);
    assert.equal(found.length, 1, numbers.join(''));
    assert.match(found[0].message, /^一级标题“(.)、[^”]+”与下一个“(.)、[^”]+”的编号颠倒了：按顺序前者应为“\2、”，后者应为“\1、”。修复交换两个编号。$/);
    assert.equal(core.applyFixes(text, found[0].fix.edits).text, TEXT);
  }
  assert.match(order(numbered(['一', '三', '二', '四', '五', '六']))[0].message, /“三、主动公开政府信息情况”与下一个“二、依申请公开政府信息情况”/);
});

test('a number skipped or repeated is still said as before (no swap)', () => {
  const skipped = order(numbered(['一', '二', '四', '五', '六', '七']));
  assert.match(skipped[0].message, /^一级标题编号跳号：“二、”之后是“四、”，应为“三、”。$/);
  const repeated = order(numbered(['一', '二', '二', '四', '五', '六']));
  assert.match(repeated[0].message, /^一级标题编号重新开始或重复/);
});
