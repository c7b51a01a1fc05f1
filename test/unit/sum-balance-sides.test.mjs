// sum-balance's expected/actual are, as for every finding on a cell (brk174 #3), the value the cell it points at
// (（七）总计) needs to balance the column (新收 + 上年结转 − 结转下年度) and the value written there; the message shows
// each side, also when it names one cell as the likely typo: that cell and the number it needs are in the message and
// among the related locations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, cellTypo } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const typo = cellTypo;
const balance = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'sum-balance');

test('a typo in 新收 (自然人 40 → 43) named by the message: expected/actual are the total that balances, 44, and the total, 41; the cell is a related location', () => {
  const text = typo(correct, '一、本年新收政府信息公开申请数量', 0, 40, 43);
  const [f, ...rest] = balance(text);
  assert.deepEqual(rest, []);
  assert.ok(f.message.includes('新收 43 + 上年结转 2 = 45，而（七）总计 41 + 结转下年度 1 = 42'), f.message);
  // sum-applicants (on the 新收 row, above) says the note in full; this later finding names the cell in short (breaker30 #8).
  assert.ok(f.message.includes('（同上：很可能是“一、本年新收政府信息公开申请数量”行“自然人”列这一格填错了，现为 43，应为 40；它不是总计，不自动修复。）'), f.message);
  assert.deepEqual([f.expected, f.actual, f.data.column], [44, 41, 'C1']);
  const line = text.split('\n').findIndex((l) => l.startsWith('| 一、本年新收政府信息公开申请数量 '));
  assert.ok(f.related.some((r) => r.range.start.line === line), JSON.stringify(f.related));
});
