// brk128 #9: an approximate count of 表二 (`全年作出行政许可决定1600余件` against 表二's 1520) was silent, while 0.16万件
// in the same place was reported: 余, 多, 以上, 超过, 逾, 不足 and 不到 were read for 表三 and 表四 only. 表二's counts
// are compared by what they allow the same way; 约, 近, 左右 still allow too much; amounts are not compared so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表二 of the example: 行政规范性文件 制发 3, 废止 1, 现行有效 25; 行政许可 1520; 行政处罚 86.
const SENTENCE = '制发行政规范性文件3件，废止1件，现行有效25件。';
assert.ok(CORRECT.includes(SENTENCE));
const withProse = (s) => edit(CORRECT, SENTENCE, `${SENTENCE}${s}`);
const found = (s) => core.analyze(withProse(s)).findings.filter((f) => f.ruleId === 'prose-table');

test('an approximate 表二 count the table does not fit: an error with what it allows, no fix', () => {
  for (const [s, allows] of [
    ['全年作出行政许可决定1600余件。', '表二的行政许可本年处理决定数量为 1520，而正文说的是在 1601 至 1699 之间的数'],
    ['全年作出行政处罚决定90多件。', '表二的行政处罚本年处理决定数量为 86，而正文说的是在 91 至 99 之间的数'],
    ['全年作出行政许可决定逾1600件。', '表二的行政许可本年处理决定数量为 1520，而正文说的是多于 1600 的数'],
    ['全年作出行政处罚决定不足80件。', '表二的行政处罚本年处理决定数量为 86，而正文说的是少于 80 的数'],
    ['本年度现行有效行政规范性文件30余件。', '现行有效'],
  ]) {
    const fs = found(s);
    assert.equal(fs.length, 1, `${s}: ${fs.map((f) => f.message).join('\n')}`);
    assert.ok(fs[0].message.includes(allows), fs[0].message);
    assert.equal(fs[0].fix, undefined);
    assert.equal(core.fixAll(withProse(s)).text, withProse(s), s);
  }
});

test('an approximate 表二 count the table fits, or one that allows too much, gives nothing', () => {
  for (const s of ['全年作出行政许可决定1500余件。', '全年作出行政许可决定超过1500件。', '全年作出行政处罚决定80多件。', '全年作出行政处罚决定不到90件。', '全年作出行政许可决定约1600件。', '全年作出行政许可决定近1600件。', '全年作出行政许可决定1600件左右。', '本年度现行有效行政规范性文件20余件。']) {
    assert.deepEqual(found(s).map((f) => f.message), [], s);
  }
});
