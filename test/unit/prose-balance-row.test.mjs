// Found by a fresh user (breaker26 item 4): the prose said 结转下年度继续办理1件 and agreed with 表三's balance
// (新收 + 上年结转 − （七）总计, the total confirmed by its results), while the table's 结转下年度 row held a typo (2).
// prose-table asked, as an error with a fix, to change the correct prose to the typo. As for a result row whose
// typo the balance shows (prose-table's info since breaker20), it is an info naming the table's row, without a fix.
// Fixture: examples/correct-2024.nianbao.md (the prose: `…结转下年度继续办理1件`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const R4 = '| 四、结转下年度继续办理                                                   | 1      | 0        | 0        | 0            | 0            | 0    | 1    |';
const proseOf = (text, locale = 'zh') => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId === 'prose-table');

test('prose-table: the prose\'s 结转下年度 that the balance supports, against a 表三 row typo, is an info naming the row, without a fix', () => {
  assert.ok(correct.includes(R4));
  assert.match(correct, /结转下年度继续办理1件/);
  // The row adds up (2 = 2), so only the two columns' balance fails: 自然人 and 总计.
  const text = correct.replace(R4, R4.replace('| 1      |', '| 2      |').replace(/\| 1    \|$/, '| 2    |'));
  const found = proseOf(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const [f] = found;
  assert.equal(f.severity, 'info');
  assert.equal(f.fix, undefined);
  // (expected: the prose's own 1, the number it points at being right; the README's expected, brk183 #4.)
  assert.equal(f.expected, 1);
  assert.equal(f.actual, 1);
  assert.match(f.message, /很可能是表三的结转下年度继续办理填错了（应为 1），而不是正文/);
  assert.match(f.message, /新收 46 \+ 上年结转 2 ≠ （七）总计 47 \+ 结转下年度 2/);
  assert.match(proseOf(text, 'en')[0].message, /likely the wrong number \(it should be 1\), not the prose/);
  // The table's own findings stay (sum-balance in both columns).
  assert.ok(core.checkReport(core.parseReport(text)).some((x) => x.ruleId === 'sum-balance'));
});

test('prose-table: a 结转下年度 the balance does not support stays an error with its fix', () => {
  // The prose says 3: neither the table (1) nor the balance (1) gives it.
  const text = correct.replace('结转下年度继续办理1件', '结转下年度继续办理3件');
  const [f] = proseOf(text);
  assert.equal(f.severity, 'error');
  assert.ok(f.fix, 'a fix to the table\'s number');
});
