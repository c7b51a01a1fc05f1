// A 表三 row pasted as its label alone (`| 2.重复申请 |`, the paste cut off after the label, or one row's numbers
// never pasted) stands in its place: the rows the format puts after it are missing after it, and --fix inserts them
// below it, not above it (where it would end up below 四、结转下年度继续办理 and be out of place; brk127 #5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const LINES = CORRECT.split('\n');
const at = (lines, start) => lines.findIndex((l) => l.startsWith(start));
const rowMissing = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
const labelsInOrder = (text) => text.split('\n').filter((l) => /^\| (\d\.|（[一二三四五六七]）|四、结转)/.test(l)).map((l) => l.split('|')[1].trim());

test('a paste cut off after the label of its last 表三 row: the missing rows go after that row, and the fix keeps the template order', () => {
  for (const last of ['| 2.重复申请 |', '| 2.重复申请                                ']) {
    const text = [...LINES.slice(0, at(LINES, '| 2.重复申请 ')), last].join('\n') + '\n';
    const found = rowMissing(text);
    const missing = found.filter((f) => /缺少/.test(f.message));
    assert.equal(missing.length, 8);
    for (const f of missing) assert.match(f.message, /应在“2\.重复申请”之后/);
    assert.ok(found.some((f) => /“2\.重复申请”行没有数字（整行空白）/.test(f.message)));
    const fixed = core.fixAll(text).text;
    const order = labelsInOrder(fixed);
    const from = order.indexOf('1.信访举报投诉类申请');
    assert.deepEqual(order.slice(from), ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他', '（七）总计', '四、结转下年度继续办理']);
    // The next check finds no row out of its place: only the rows still without numbers.
    const after = core.analyze(fixed).findings.filter((f) => f.ruleId === 'row-missing' || f.ruleId === 'row-order');
    assert.ok(after.every((f) => /没有数字（整行空白）/.test(f.message)), after.map((f) => f.message).join('\n'));
  }
});

test('the label alone in the middle of 表三 with the row after it missing: the row goes in below the label, not above it', () => {
  const lines = LINES.slice();
  lines[at(lines, '| 2.重复申请 ')] = '| 2.重复申请 |';
  lines.splice(at(lines, '| 3.要求提供公开出版物'), 1);
  const text = lines.join('\n');
  const [blank, missing, ...rest] = rowMissing(text);
  assert.deepEqual(rest, []);
  assert.match(blank.message, /“2\.重复申请”行没有数字/);
  assert.match(missing.message, /缺少“3\.要求提供公开出版物”行。应在“2\.重复申请”之后/);
  const order = labelsInOrder(core.fixAll(text).text);
  assert.ok(order.indexOf('2.重复申请') + 1 === order.indexOf('3.要求提供公开出版物'), order.join(' / '));
});
