// Section 二 that keeps its item headings (第二十条第（一）项 …) but not their tables (deleted, or each given as a
// picture): no 表二 is there, so table-missing says so (with the picture hint), its fix puts each item's table under
// its own heading (no heading twice), and the Markdown summary does not call 表二 与格式一致 (brk123 #1: read as a
// 表二 of absent rows, nothing was said). A 表二 with its header row left is still a table (its rows are missing).
// Base: examples/correct-2024.nianbao.md (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINES = CORRECT.split('\n');
const S2 = LINES.indexOf('## 二、主动公开政府信息情况'), S3 = LINES.indexOf('## 三、收到和处理政府信息公开申请情况');
const inS2 = (i) => i > S2 && i < S3;
/** The report with each item table of 表二 replaced by `instead(n)` (n: the item's index), or deleted (null). */
function withoutT2Tables(instead = () => null) {
  const out = [];
  let n = 0;
  LINES.forEach((l, i) => {
    if (!(inS2(i) && l.startsWith('|'))) return out.push(l);
    if (LINES[i - 1].startsWith('|')) return;
    const x = instead(n++);
    if (x !== null) out.push(x);
  });
  return out.join('\n');
}
const ITEMS = ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'];
const t2Missing = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'table-missing' && f.data.table === 't2');
const count = (text, s) => text.split(s).length - 1;
/** correct-2024 with the value cells of 表二 blank: what the fix gives, the standard tables being aligned as it is. */
const BLANK_T2 = LINES.map((l, i) => (inS2(i) && /^\| (?!信息内容|-)/.test(l) ? l.replace(/(?<=\| )[\d.]+(?= *\|)/g, (v) => ' '.repeat(v.length)) : l)).join('\n');

test('item headings whose tables were deleted: table-missing for 表二, and the fix puts each table under its heading', () => {
  const text = withoutT2Tables();
  for (const item of ITEMS) assert.equal(count(text, item), 1);
  assert.equal(core.parseReport(text).tables.t2, undefined, 'the headings alone are no 表二');
  const [f, more] = t2Missing(text);
  assert.ok(f && !more);
  assert.equal(f.message, '“二、主动公开政府信息情况”部分缺少表二（国办公开办函〔2021〕30号格式规定的统计表）。');
  assert.equal(f.range.start.line, S2);
  const fixed = core.applyFixes(text, f.fix.edits).text;
  // Every item heading once, its table right under it: the report as it was, its numbers to fill in.
  assert.equal(fixed, BLANK_T2);
  const t2 = core.parseReport(fixed).tables.t2;
  assert.ok(t2 && t2.rows.every((r) => r.match.kind === 'exact'));
});

test('item headings over pictures of their tables: the message says 表二 may be a picture; the tables go under the headings, above the pictures', () => {
  const text = withoutT2Tables((n) => `![表格](images/t2-${n}.png)`);
  const [f] = t2Missing(text);
  assert.ok(f);
  const at = text.split('\n').findIndex((l) => l.startsWith('![')) + 1;
  assert.match(f.message, new RegExp(`第 ${at} 行是一张图片，表二可能是以图片给出的：图片中的数字无法核对`));
  const fixed = core.applyFixes(text, f.fix.edits).text;
  for (const item of ITEMS) assert.equal(count(fixed, item), 1);
  const lines = fixed.split('\n');
  const item = lines.indexOf('第二十条第（五）项');
  assert.deepEqual(lines.slice(item, item + 7), ['第二十条第（五）项', '', '| 信息内容 | 本年处理决定数量 |', '| -------- | ---------------- |', '| 行政许可 |                  |', '', '![表格](images/t2-1.png)']);
});

test('an item heading missing too: that item, heading and table, goes after the item before it; the first item under the section heading', () => {
  const text = withoutT2Tables().replace('第二十条第（一）项\n', '').replace('第二十条第（六）项\n', '');
  const [f] = t2Missing(text);
  const fixed = core.applyFixes(text, f.fix.edits).text;
  for (const item of ITEMS) assert.equal(count(fixed, item), 1, item);
  const t2 = core.parseReport(fixed).tables.t2;
  assert.ok(t2 && t2.rows.every((r) => r.match.kind === 'exact'));
  assert.deepEqual(core.checkReport(core.parseReport(fixed)).filter((x) => x.data?.table === 't2' && x.ruleId !== 'table-empty').map((x) => x.ruleId), []);
});

test('a 表二 left with its header row is a table, not a missing one', () => {
  const text = LINES.filter((l, i) => !(inS2(i) && /^\| (?!信息内容|-)/.test(l))).join('\n');
  assert.ok(core.parseReport(text).tables.t2);
  assert.deepEqual(t2Missing(text), []);
});

test('the Markdown summary does not call 表二 of item headings alone 与格式一致', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-t2items-'));
  writeFileSync(join(dir, '2024.md'), withoutT2Tables());
  const r = await runCli(['check', '--format', 'markdown', '2024.md'], { cwd: dir });
  const line = r.stdout.split('\n').find((l) => l.startsWith('| 表二 | 行列与单元格'));
  assert.equal(line, '| 表二 | 行列与单元格 | ❌ | 未找到该表 |');
});
