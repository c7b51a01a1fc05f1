// brk175 #4: the 2014 统计表 (国办发〔2014〕32号; templates.md §2.2) lists the reasons of a refusal under
// `4.不同意公开答复数` as `其中：涉及国家秘密` / `涉及商业秘密` / `涉及个人隐私` / … rows. Those rows broke off the parts of
// `（三）申请答复数`, which then had too few parts to check: the 答复 check never ran on the usual real appendix. The
// breakdown of a part is passed over (it is the part's, not the total's); the parts after it are read on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit } from '../helpers.mjs';

const B33 = readFileSync(join(ROOT, 'test/fixtures/reports/brk159-b33-2015-appendix-parts-over.md'), 'utf8');
const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'sum-appendix');
const REFUSED = '| 4.不同意公开答复数 | 件 | 2 |';
/** `text` with rows `rows` (label, count) put under the 不同意公开 part. */
const withSubRows = (text, rows) => edit(text, REFUSED, [REFUSED, ...rows.map(([l, n]) => `| ${l} | 件 | ${n} |`)].join('\n'));

const OFFICIAL = [['其中：涉及国家秘密', 0], ['涉及商业秘密', 1], ['涉及个人隐私', 1], ['危及国家安全、公共安全、经济安全和社会稳定', 0], ['不是《条例》所指政府信息', 0], ['法律法规规定的其他情形', 0]];
/** The same table adding up (9 + 12 + 6 + 2 + 3 + 5 = 37 replies, 12 + 0 + 20 + 5 = 37 applications). */
const OK = edit(edit(B33, '| 3.网络申请数 | 件 | 26 |', '| 3.网络申请数 | 件 | 20 |'), '| 6.申请信息不存在数 | 件 | 8 |', '| 6.申请信息不存在数 | 件 | 5 |');

test('replies over their total with the official 其中 rows under 不同意公开: still said, the 其中 rows not counted', () => {
  const text = withSubRows(B33, OFFICIAL);
  const f = found(text);
  assert.deepEqual(f.map((x) => [x.actual, x.expected]), [[37, 43], [37, 40]]);
  assert.match(f[1].message, /“申请答复数”为 37，但其下各分项之和为 9 \+ 12 \+ 6 \+ 2 \+ 3 \+ 8 \+ 0 \+ 0 = 40/);
  // The reasons numbered a level deeper, `（1）涉及国家秘密`: the same.
  const deeper = withSubRows(B33, [['其中：', ''], ['（1）涉及国家秘密', 0], ['（2）涉及商业秘密', 1], ['（3）涉及个人隐私', 1]]);
  assert.deepEqual(found(deeper).map((x) => [x.actual, x.expected]), [[37, 43], [37, 40]]);
});

test('a correct table with the 其中 rows: nothing (the reasons are parts of 不同意公开, not of the total)', () => {
  assert.deepEqual(found(withSubRows(OK, OFFICIAL)), []);
  assert.deepEqual(found(withSubRows(OK, [['（1）涉及商业秘密', 1], ['（2）涉及个人隐私', 1]])), []);
  // Reasons numbered afresh under 其中 (`其中：1.涉及国家秘密` / `2.涉及商业秘密`): passed over up to the next part (5.).
  assert.deepEqual(found(withSubRows(OK, [['其中：1.涉及商业秘密', 1], ['2.涉及个人隐私', 1]])), []);
  const over = withSubRows(B33, [['其中：1.涉及商业秘密', 1], ['2.涉及个人隐私', 1]]);
  assert.deepEqual(found(over).map((x) => [x.actual, x.expected]), [[37, 43], [37, 40]]);
  // Numbered afresh up to the next part's own number (`5.` could be either): the parts are unknown, nothing is said.
  const unsure = withSubRows(OK, [['其中：1.涉及国家秘密', 0], ['2.涉及商业秘密', 1], ['3.涉及个人隐私', 1], ['4.危及国家安全', 0], ['5.不是《条例》所指政府信息', 0]]);
  assert.deepEqual(found(unsure), []);
});
