// sum-balance's expected/actual (the JSON contract's arithmetic pair) say what its message says: the two sides of the
// balance in general, and the blamed cell's needed and written numbers when the message names one cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, runCli } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
/** `text` with value cell `k` (0-based) of row `label` changed from `from` to `to`. */
const typo = (text, label, k, from, to) => {
  const line = text.split('\n').find((l) => l.startsWith(`| ${label} `));
  assert.ok(line, label);
  const cells = line.split('|');
  assert.equal(cells[k + 2].trim(), String(from), `${label} cell ${k}`);
  cells[k + 2] = cells[k + 2].replace(String(from), String(to));
  return text.replace(line, cells.join('|'));
};
const balance = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'sum-balance');

test('a typo in 新收 (自然人 40 → 43) that the message names: expected/actual are that cell\'s 40 and 43, not the sides 45 and 42', () => {
  const text = typo(correct, '一、本年新收政府信息公开申请数量', 0, 40, 43);
  const [f, ...rest] = balance(text);
  assert.deepEqual(rest, []);
  assert.ok(f.message.includes('新收 43 + 上年结转 2 = 45，而（七）总计 41 + 结转下年度 1 = 42'), f.message);
  assert.ok(f.message.includes('“一、本年新收政府信息公开申请数量”行“自然人”列这一格：它若为 40（现为 43）'), f.message);
  assert.deepEqual([f.expected, f.actual, f.data.column, f.data.row], [40, 43, 'C1', 'R1']);
});

test('a typo in 上年结转 (自然人 2 → 5): expected/actual are 2 and 5, as the message names them', () => {
  const [f] = balance(typo(correct, '二、上年结转政府信息公开申请数量', 0, 2, 5));
  assert.ok(f.message.includes('它若为 2（现为 5）'), f.message);
  assert.deepEqual([f.expected, f.actual, f.data.row], [2, 5, 'R2']);
});

test('（七）总计 the likely typo (its row adds up, the results confirm it): expected/actual are the results\' sum and the total', () => {
  // 自然人 41 → 42 and 总计 47 → 48: the row still adds up, so no one cell explains every failing sum.
  const text = typo(typo(correct, '（七）总计', 0, 41, 42), '（七）总计', 6, 47, 48);
  const found = balance(text);
  assert.equal(found.length, 2, found.map((f) => f.message).join('\n'));
  const f = found.find((x) => x.data.column === 'C1');
  assert.ok(f.message.includes('各办理结果之和为 41：（七）总计若为 41，两边相等，很可能是（七）总计 42 填错了'), f.message);
  assert.deepEqual([f.expected, f.actual, f.data.row], [41, 42, 'R3.7']);
});

test('no cell to blame: expected/actual stay the two sides of the balance', () => {
  // Two typos in different cells of one column: each side is off, no one cell explains the sums.
  const text = typo(typo(correct, '一、本年新收政府信息公开申请数量', 1, 3, 4), '（七）总计', 1, 3, 5);
  const f = balance(text).find((x) => x.data.column === 'C2');
  assert.ok(f.message.includes('新收 4 + 上年结转 0 = 4，而（七）总计 5 + 结转下年度 0 = 5'), f.message);
  assert.ok(!f.message.includes('这一格'), f.message);
  assert.deepEqual([f.expected, f.actual, f.data.column, f.data.row], [4, 5, 'C2', undefined]);
});

test('JSON and the Markdown summary carry the blamed cell\'s numbers with its row', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-balance-'));
  writeFileSync(join(dir, 'r.md'), typo(correct, '一、本年新收政府信息公开申请数量', 0, 40, 43));
  const json = JSON.parse((await runCli(['check', '--format', 'json', 'r.md'], { cwd: dir })).stdout);
  const d = json.files[0].diagnostics.find((x) => x.ruleId === 'sum-balance');
  assert.deepEqual([d.expected, d.actual], [40, 43]);
  const md = (await runCli(['check', '--format', 'markdown', 'r.md'], { cwd: dir })).stdout;
  assert.ok(md.includes('“一、本年新收政府信息公开申请数量”（自然人列）：应为 40，实为 43'), md);
});
