// fixE2: many 2014–2018 reports write the indicators of the 统计表 (templates.md §2.2) not as a table but a line each
// with a colon, in an appendix or in section 三 itself: `（一）收到申请数：10件。` / `1.当面申请数：2件。` / …. sum-appendix
// read such lines only with a space before the count (`（一）收到申请数 37件`), so parts over their total written with
// a colon were never said. They are read now as the table's rows (parts under a total, the same checks); a sentence
// that goes on after its count stays prose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, edit, preFormReport } from '../helpers.mjs';

const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'sum-appendix');
const pairs = (text) => found(text).map((x) => [x.actual, x.expected]);
const BASE = preFormReport('临城市住房和城乡建设局', 2016);
const SECTION = '2016年，共受理政府信息公开申请27件，已全部按期答复。';
/** BASE with `lines` written in its section 三 after its sentence. */
const inSection3 = (lines) => edit(BASE, SECTION, [SECTION, '', ...lines].join('\n'));

/** The received applications and their channels, 2 + 1 + 6 + 2 = 11 over a total of 10, written `form`. */
const CHANNELS = [['（一）收到申请数', 10], ['1.当面申请数', 2], ['2.传真申请数', 1], ['3.网络申请数', 6], ['4.信函申请数', 2]];
const written = (rows, form) => rows.map(([l, n]) => form(l, n));

test('indicators a line each with a colon in section 三: parts over their total said, on the total\'s count', () => {
  const text = inSection3(['二、依申请公开情况', ...written(CHANNELS, (l, n) => `${l}：${n}件。`)]);
  const f = found(text);
  assert.deepEqual(f.map((x) => [x.actual, x.expected]), [[10, 11]]);
  assert.match(f[0].message, /“收到申请数”为 10，但其下各分项之和为 2 \+ 1 \+ 6 \+ 2 = 11/);
  const line = text.split('\n')[f[0].range.start.line];
  assert.equal(line, '（一）收到申请数：10件。');
  assert.equal(line.slice(f[0].range.start.character, f[0].range.end.character), '10');
  assert.equal(f[0].related.length, 4);
});

test('the colon forms: ：or :, with or without 件/人 and 。, the total numbered （一）, 一、 or not at all', () => {
  const forms = [(l, n) => `${l}：${n}件。`, (l, n) => `${l}：${n}`, (l, n) => `${l}:${n}件`, (l, n) => `${l}: ${n}。`, (l, n) => `${l}：${n}件；`];
  for (const form of forms) assert.deepEqual(pairs(inSection3(written(CHANNELS, form))), [[10, 11]], form(...CHANNELS[0]));
  // The total unnumbered (`收到申请数：10件。`).
  assert.deepEqual(pairs(inSection3(written([['收到申请数', 10], ...CHANNELS.slice(1)], (l, n) => `${l}：${n}件。`))), [[10, 11]]);
  // 复议 under a `四、` total, its parts `（一）`…; staff in 人.
  const cases = [['四、行政复议数量', 1], ['（一）维持具体行政行为数', 1], ['（二）被依法纠错数', 1], ['（三）其他情形数', 0]];
  assert.deepEqual(pairs(inSection3(written(cases, (l, n) => `${l}：${n}件。`))), [[1, 2]]);
  const staff = [['（一）从事政府信息公开工作人员数', 3], ['1.专职人员数', 2], ['2.兼职人员数', 2]];
  assert.deepEqual(pairs(inSection3(written(staff, (l, n) => `${l}：${n}人。`))), [[3, 4]]);
});

test('colon lines under a 附表 heading are read the same; the same lines adding up give nothing', () => {
  const appendix = (rows) => edit(BASE, '六、政府信息公开工作存在的主要问题及改进情况', ['附表：政府信息公开情况统计表', '', ...written(rows, (l, n) => `${l}：${n}件。`), '', '六、政府信息公开工作存在的主要问题及改进情况'].join('\n'));
  assert.deepEqual(pairs(appendix(CHANNELS)), [[10, 11]]);
  const ok = [['（一）收到申请数', 10], ['1.当面申请数', 2], ['2.传真申请数', 0], ['3.网络申请数', 6], ['4.信函申请数', 2]];
  assert.deepEqual(found(appendix(ok)), []);
  assert.deepEqual(found(inSection3(written(ok, (l, n) => `${l}：${n}件。`))), []);
  // Parts short of their total (9 of 10): not said, as in the table layouts (a channel may be left out).
  const short = [['（一）收到申请数', 10], ['1.当面申请数', 2], ['2.传真申请数', 0], ['3.网络申请数', 5], ['4.信函申请数', 2]];
  assert.deepEqual(found(inSection3(written(short, (l, n) => `${l}：${n}件。`))), []);
});

test('prose sentences with a colon are no rows: a count the sentence goes on after, a date, a note', () => {
  const prose = [
    '（一）收到申请数：10件，其中当面申请2件、网络申请9件。',
    '1.当面申请数：2件，传真申请1件，网络申请6件，信函申请2件。',
  ];
  assert.deepEqual(found(inSection3(prose)), []);
  // A total line with a colon whose lines below are sentences, not indicators.
  const sentences = ['（一）收到申请数：10件。', '1.当面申请：群众来访咨询较多，共2件，均当场答复。', '2.网络申请：依托门户网站受理，共11件。'];
  assert.deepEqual(found(inSection3(sentences)), []);
  // A label with a number of its own (a date) is no indicator.
  assert.deepEqual(found(inSection3(['（一）收到申请数：10件。', '1.截至2016年12月31日：9件。', '2.其后：5件。'])), []);
});
