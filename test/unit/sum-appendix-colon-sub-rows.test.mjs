// brk186 #11, #15: the 统计表 written a line each with a colon (`4.不同意公开答复数：1件。`) has the part's 其中 rows in
// colon form too (`其中：涉及国家秘密：2件。` / `涉及商业秘密：0件。` / …, also `其中：` on its own line or `（1）…：2件。`).
// They were no rows, so 其中 rows over their part were said for the pipe table only; and colon lines in section 三's
// own text were called 附表中.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, edit, preFormReport } from '../helpers.mjs';

const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'sum-appendix');
const BASE = preFormReport('某某县商务局', 2016);
const SIGNATURE = '某某县商务局\n2017年1月25日';

/** The 申请答复数 group of the statistics table, its 4.不同意公开答复数 1 broken down into 2 + 0 + 0 + 0 + 1 + 0 = 3. */
const ANSWERS = [
  '（三）申请答复数：10件。',
  '1.属于已主动公开范围数：3件。',
  '2.同意公开答复数：4件。',
  '3.同意部分公开答复数：1件。',
  '4.不同意公开答复数：1件。',
  '其中：涉及国家秘密：2件。',
  '涉及商业秘密：0件。',
  '涉及个人隐私：0件。',
  '危及国家安全、公共安全、经济安全和社会稳定：0件。',
  '不是《条例》所指政府信息：1件。',
  '法律法规规定的其他情形：0件。',
  '5.不属于本行政机关公开数：1件。',
  '6.申请信息不存在数：0件。',
  '7.告知作出更改补充数：0件。',
  '8.告知通过其他途径办理数：0件。',
];
/** BASE with the statistics table's rows `rows` in an appendix after its last section. */
const inAppendix = (rows) => edit(BASE, SIGNATURE, ['附表：政府信息公开情况统计表', '', '三、依申请公开情况', ...rows, '四、行政复议数量：0件。', '', SIGNATURE].join('\n'));

test('其中 rows written with colons over their part: said as in the pipe table, on the part\'s count', () => {
  const text = inAppendix(ANSWERS);
  const f = found(text);
  assert.deepEqual(f.map((x) => [x.actual, x.expected]), [[1, 3]]);
  assert.match(f[0].message, /^附表中“4\.不同意公开答复数”为 1，但其下“其中”各项之和为 2 \+ 0 \+ 0 \+ 0 \+ 1 \+ 0 = 3，比该项多 2/);
  const line = text.split('\n')[f[0].range.start.line];
  assert.equal(line, '4.不同意公开答复数：1件。');
  assert.equal(line.slice(f[0].range.start.character, f[0].range.end.character), '1');
  assert.equal(f[0].related.length, 6);
  // The same table as pipes says the same.
  const pipes = inAppendix(ANSWERS.map((l) => { const m = /^(.*)：(\d+)件。$/.exec(l); return `| ${m[1]} | 件 | ${m[2]} |`; }));
  assert.deepEqual(found(pipes).map((x) => [x.actual, x.expected]), [[1, 3]]);
});

test('其中： on its own line, and the breakdown numbered （1）: read so too; within the part, nothing said', () => {
  const ownLine = ANSWERS.flatMap((l) => (l.startsWith('其中：') ? ['其中：', l.slice(3)] : [l]));
  assert.deepEqual(found(inAppendix(ownLine)).map((x) => [x.actual, x.expected]), [[1, 3]]);
  const numbered = ANSWERS.map((l) => l.replace(/^其中：/, '（1）'));
  assert.deepEqual(found(inAppendix(numbered)).map((x) => [x.actual, x.expected]), [[1, 3]]);
  // 2 + 0 + … = 1 fewer than the part's 3 (and the parts 3 + 4 + 1 + 3 + 1 = 12 over 10 no more: 4. is 3 and the total 12).
  const fine = ANSWERS.map((l) => l.replace('（三）申请答复数：10件。', '（三）申请答复数：12件。').replace('4.不同意公开答复数：1件。', '4.不同意公开答复数：3件。'));
  assert.deepEqual(found(inAppendix(fine)), []);
  // The breakdown's rows are not parts of the total: 3 + 4 + 1 + 1 + 1 + 0 + 0 + 0 = 10, nothing over it.
  assert.equal(found(inAppendix(ANSWERS)).filter((x) => x.actual === 10).length, 0);
});

test('colon lines in section 三\'s own text are the text\'s statistics, not 附表 (brk186 #15)', () => {
  const SECTION = '2016年，共受理政府信息公开申请27件，已全部按期答复。';
  const text = edit(BASE, SECTION, [SECTION, '', '（一）收到申请数：10件。', '1.当面申请数：2件。', '2.传真申请数：0件。', '3.网络申请数：7件。', '4.信函申请数：2件。'].join('\n'));
  const f = found(text);
  assert.deepEqual(f.map((x) => [x.actual, x.expected]), [[10, 11]]);
  assert.match(f[0].message, /^正文统计中“收到申请数”为 10/);
  assert.doesNotMatch(f[0].message, /附表/);
  const en = core.analyze(text, { locale: 'en' }).findings.find((x) => x.ruleId === 'sum-appendix');
  assert.match(en.message, /^In the statistics in the text, applications received/);
});
