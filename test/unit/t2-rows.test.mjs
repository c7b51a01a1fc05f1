// 表二 rows as real reports write them: a row label with a local note in brackets (templates.md §0.3, 武汉 2020
// `规章(设区的市、自治州人民政府应提供相关数据)`), on 淮安市 2024 (2021 format, pipe tables) and a 2019-format seed of
// the corpus (pipes without the leading one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, CORPUS, edit, rowValues } from '../helpers.mjs';

const HUAIAN = readFileSync(join(ROOT, 'test/fixtures/reports/huaian-2024-pipe.md'), 'utf8');
const SEED_2019 = readFileSync(join(CORPUS, 'seeds/003_7487cbc35b761747.txt'), 'utf8');
const findingsOf = (text) => core.checkReport(core.parseReport(text));
const ids = (text) => findingsOf(text).map((f) => `${f.ruleId} ${f.message}`);

test('a 表二 row label with a local note in brackets is that row: no row-missing, the values read, --fix inserts no row', () => {
  assert.deepEqual(ids(HUAIAN), []);
  let text = edit(HUAIAN, '| 行政许可 | 447228 |', '| 行政许可（含审批服务事项） | 447228 |');
  text = edit(text, '| 规章 | 1 | 0 | 11 |', '| 规章（设区的市、自治州人民政府应提供相关数据） | 1 | 0 | 11 |');
  assert.deepEqual(ids(text), []);
  const report = core.parseReport(text);
  const t2 = report.tables.t2;
  const byLabel = (l) => t2.rows.find((r) => r.label === l);
  assert.deepEqual(byLabel('行政许可').cells.map((c) => c?.value), [447228]);
  assert.deepEqual(byLabel('规章').cells.map((c) => c?.value), [1, 0, 11]);
  assert.equal(core.fixAll(text).text, text);
  // A label that only begins like a row label is not that row.
  const other = edit(HUAIAN, '| 行政许可 | 447228 |', '| 行政许可事项清单（含审批服务事项） | 447228 |');
  assert.ok(findingsOf(other).some((f) => f.ruleId === 'row-missing' || f.ruleId === 'row-label'));
});

test('the same in the 2019 format (规章, 行政许可 with notes; rows without a leading pipe)', () => {
  const before = findingsOf(SEED_2019).map((f) => f.ruleId);
  let text = edit(SEED_2019, '\n规章 | 0 | 0 | 0 |', '\n规章（设区的市、自治州人民政府应提供相关数据） | 0 | 0 | 0 |');
  text = edit(text, '\n行政许可 | 0 | 0 | 0 |', '\n行政许可（含审批服务事项） | 0 | 0 | 0 |');
  assert.deepEqual(findingsOf(text).map((f) => f.ruleId), before);
  assert.deepEqual(rowValues(core.parseReport(text), 't2', core.parseReport(SEED_2019).tables.t2.rows.find((r) => r.label === '行政许可').id), [0, 0, 0]);
});

test('表二 fee header in 元 over an amount in 元: the fix converts the amount to 万元 with the header (exact decimal), or is not offered', () => {
  const text = edit(edit(HUAIAN, '本年收费金额（单位：万元） |', '本年收费金额（单位：元）   |'), '| 行政事业性收费 | 96171.6 |', '| 行政事业性收费 | 961716000 |');
  const [f] = findingsOf(text).filter((x) => x.ruleId === 'column-label');
  assert.ok(f, ids(text).join('\n'));
  assert.match(f.message, /961716000 元 = 96171\.6 万元/);
  assert.equal(f.fix.edits.length, 2);
  const fixed = core.fixAll(text).text;
  assert.match(fixed, /本年收费金额（单位：万元）/);
  assert.match(fixed, /^\| 行政事业性收费 \| 96171\.6 +\|$/m);
  assert.deepEqual(ids(fixed), []);
  // Small amounts keep every digit: 1234.56 元 = 0.123456 万元.
  const small = edit(text, '| 961716000 |', '| 1234.56 |');
  assert.match(core.fixAll(small).text, /^\| 行政事业性收费 \| 0\.123456 +\|$/m);
  // An amount that cannot be converted (a unit in the cell): the header alone is not changed.
  const worded = edit(text, '| 961716000 |', '| 961716000元 |');
  const g = findingsOf(worded).find((x) => x.ruleId === 'column-label');
  assert.equal(g.fix, undefined);
  assert.match(g.message, /无法自动换算/);
});
