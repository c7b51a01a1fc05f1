// fixC #1: decimals are valid in money cells of every format (templates.md §4, §6.4: 本年收费金额（单位：万元）,
// decimal, unit 万元; 2019 采购总金额 an amount). A 2021 表二 block whose header heads an amount, in a report read
// (or told to be read) in another format, put its 万元 fee (0.35) in that format's count column, and number-invalid
// said “是小数，而这里只能填整数（件数）”. The column is read by the header the report writes; counts stay integers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const FEE = '| 行政事业性收费 | 12.5                       |';
const withFee = (fee) => edit(example, FEE, `| 行政事业性收费 | ${fee} |`);
const numberInvalid = (text, format) => core.analyze(text, format ? { format } : {}).findings.filter((f) => f.ruleId === 'number-invalid');

for (const format of ['pre2019', '2019']) {
  test(`--report-format ${format}: a 万元 fee with decimals (0.35) under 本年收费金额（单位：万元） is no decimal finding`, () => {
    assert.deepEqual(numberInvalid(withFee('0.35'), format).map((f) => f.message), []);
  });
}

test('a 2017 report carrying the 2021 tables, told pre2019 (the format of its year): its 12.5 万元 fee is no number-invalid error', () => {
  const text = example.replace(/2024/g, '2017');
  assert.deepEqual(numberInvalid(text, 'pre2019').map((f) => f.message), []);
  assert.deepEqual(numberInvalid(text).map((f) => f.message), []);
});

test('a header naming its amount by unit alone (收费（万元）) takes decimals too', () => {
  const text = edit(withFee('0.35'), '| 信息内容       | 本年收费金额（单位：万元） |', '| 信息内容 | 收费（万元） |');
  assert.deepEqual(numberInvalid(text, 'pre2019').map((f) => f.message), []);
});

test('a count with decimals stays an error in every format (规章 1.5)', () => {
  const text = edit(example, '| 规章           | 0            |', '| 规章           | 1.5          |');
  for (const format of [undefined, '2019']) {
    const found = numberInvalid(text, format);
    assert.equal(found.length, 1, `${format}: ${found.map((f) => f.message).join('\n')}`);
    assert.match(found[0].message, /“1\.5”是小数/);
  }
});
