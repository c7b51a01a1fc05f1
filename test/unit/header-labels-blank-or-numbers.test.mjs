// A header row whose column labels are blank or were written over with numbers (brk181 #1): every cell is reported
// by its position, however many of them are gone — in 表三 (4 to 7 blanks, a row of zeros pasted over the header)
// and in a 表二 item's header (one blank label or all of them). The fix writes the template's label into a blank
// cell; a number is never overwritten (it may be one of the table's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const OK = readFileSync(join(ROOT, 'test/fixtures/t3-header/r_ok-2024.md'), 'utf8');
const T3 = '| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |';
const T2 = '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |';
const LABELS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

const labelFindings = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'column-label');

test('the clean report has no column-label finding', () => {
  assert.deepEqual(labelFindings(OK), []);
});

for (const n of [4, 5, 6, 7]) {
  test(`表三 with the last ${n} of its seven labels blank: each blank reported by position, fixed to the template's label`, () => {
    const cells = LABELS.map((l, i) => (i >= 7 - n ? '' : l));
    const text = OK.replace(T3, `| ${cells.join(' | ')} |`);
    const found = labelFindings(text);
    assert.deepEqual(found.map((f) => f.message.match(/应为“(.+?)”/)[1]), LABELS.slice(7 - n));
    for (const f of found) assert.match(f.message, /表三的列标题为空/);
    const fixed = core.fixAll(text).text;
    assert.ok(fixed.includes(T3), 'the fix writes the seven labels back');
  });
}

test('表三 header row written over with zeros: each cell reported as a header overwritten by a number, not fixed', () => {
  const text = OK.replace(T3, '| 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
  const found = labelFindings(text);
  assert.equal(found.length, 7);
  assert.deepEqual(found.map((f) => f.message.match(/应为“(.+?)”/)[1]), LABELS);
  for (const f of found) {
    assert.match(f.message, /列标题被数“0”覆盖/);
    assert.equal(f.fix, undefined);
  }
});

test('表二 item header with one blank label (the last) or all three blank: reported per cell with the item', () => {
  const one = OK.replace(T2, '| 信息内容 | 本年制发件数 | 本年废止件数 |  |');
  const f1 = labelFindings(one);
  assert.equal(f1.length, 1);
  assert.match(f1[0].message, /表二第二十条第（一）项的列标题为空；按位置应为“现行有效件数”/);
  assert.ok(core.fixAll(one).text.includes(T2));
  const all = OK.replace(T2, '| 信息内容 |  |  |  |');
  assert.deepEqual(labelFindings(all).map((f) => f.message.match(/应为“(.+?)”/)[1]), ['本年制发件数', '本年废止件数', '现行有效件数']);
});

test('表三 under a multi-row header (labels on the lines above): merged blank cells are not reported', () => {
  const text = OK.replace(`| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） ${T3}`,
    `| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 法人或其他组织 |  |  |  | 其他 | 总计 |\n|  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 |  |  |`);
  assert.deepEqual(labelFindings(text).filter((f) => /为空/.test(f.message)), []);
});
