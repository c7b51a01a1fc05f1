// brk177 #3: a 2020 report with a 2021 表二: the first --fix converts blocks (五) and (六) to the 2019 columns and leaves
// 上一年项目数量 and 本年增/减 blank for a person to fill, saying so on stderr; the second --fix wrote 0 into them
// (`| 行政许可 | 0 | 0 | 1520 |`: no licensing item all year, yet 1520 decisions). Both blank beside 处理决定数量 > 0,
// 0 contradicts the row: cell-blank says so and does not fill them; a row whose decisions are 0 still gets 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const R3 = readFileSync(join(ROOT, 'test/fixtures/brk177-t2-converted/r3-2020-with-2021-table2.md'), 'utf8');

test('a second fix-all leaves 上一年项目数量 and 本年增/减 blank beside 处理决定数量 > 0, and says why', () => {
  const once = core.fixAll(R3).text;
  assert.match(once, /\| 行政许可 +\| +\| +\| 1520 +\|/);
  const twice = core.fixAll(once).text;
  assert.equal(twice, once);
  const blank = core.analyze(twice).findings.filter((f) => f.ruleId === 'cell-blank');
  assert.equal(blank.length, 3, blank.map((f) => f.message).join('\n'));
  for (const f of blank) {
    assert.equal(f.fix, undefined);
    assert.match(f.message, /未自动填 0：处理决定数量为 \d+，而上一年项目数量、本年增\/减都填 0 的话，本年没有一个项目/);
  }
});

test('with 处理决定数量 0, or one of the two written, the blank still gets the 0 fix', () => {
  const once = core.fixAll(R3).text;
  for (const [from, to] of [['1520 ', '0   '], ['|           | 1520', '| 3         | 1520']]) {
    const edited = from.startsWith('|') ? once.replace(from, to) : once.replace(/(\| 行政许可 +\| +\| +\| )1520 /, `$1${to}`);
    assert.notEqual(edited, once, from);
    const f = core.analyze(edited).findings.find((x) => x.ruleId === 'cell-blank' && /行政许可/.test(x.message));
    assert.ok(f && f.fix, `${from}: ${f?.message}`);
  }
});
