// A row label completed on a row with cells in an aligned pipe table keeps the table aligned, as a row-label fix does
// (brk80 #12): the main edit still writes the bare label over the typed one (so clients filter on it), and its
// additionalTextEdits take spaces from the end of the label cell (one kept) or add them there; a label wider than
// its column widens that column in the other rows. A compact table gets the label alone.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root, acceptCompletion, pipeColumns } from './client.mjs';
import { cleanDraft, core } from '../helpers.mjs';

const EXAMPLE = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');

describe('completing a row label in an aligned pipe table', () => {
  let s;
  let n = 0;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  const accept = (text, line, character, label) => acceptCompletion(s, `file:///tmp/nianbao-compl-align/r${++n}.nianbao.md`, text, line, character, label);

  test('表三 at 80:2 (`2.重复申请`): a longer label takes padding, a shorter one adds it; the table stays aligned', async () => {
    const lines = EXAMPLE.split('\n');
    assert.match(lines[80], /^\| 2\.重复申请 +\|/);
    const before = pipeColumns(EXAMPLE, 80);
    assert.equal(new Set(before).size, 1, 'the example\'s 表三 is aligned');
    for (const label of ['一、本年新收政府信息公开申请数量', '3.其他', '（三）不予公开']) {
      const { item, after } = await accept(EXAMPLE, 80, 2, label);
      // The main edit is the bare label over the typed one, as before.
      assert.deepEqual(item.textEdit, { range: { start: { line: 80, character: 2 }, end: { line: 80, character: 8 } }, newText: label });
      assert.deepEqual(pipeColumns(after, 80), before, label);
      assert.equal(after.split('\n')[80].replace(/ {2,}/g, ' '), lines[80].replace('2.重复申请', label).replace(/ {2,}/g, ' '), label);
      // Only that row changes.
      assert.deepEqual(after.split('\n').filter((l, i) => i !== 80), lines.filter((l, i) => i !== 80));
    }
  });

  test('a label wider than its column widens the column in every row (表二 第（五）项, 2019: 其他对外管理服务事项)', async () => {
    // (Only the item's own rows are offered in its block, brk106 #5: a 2019 draft, its （五） table narrowed to 行政许可.)
    const draft = cleanDraft('2019');
    const wide = /\| 信息内容 +\| 上一年项目数量 \| 本年增\/减 \| 处理决定数量 \|\n\| -+ \| -+ \| -+ \| -+ \|\n\| 行政许可 +\| 0 +\| 0 +\| 0 +\|\n\| 其他对外管理服务事项 \| 0 +\| 0 +\| 0 +\|\n/;
    assert.match(draft, wide);
    const text = draft.replace(wide, '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n| -------- | -------------- | --------- | ------------ |\n| 行政许可 | 0              | 0         | 0            |\n');
    const row = text.split('\n').indexOf('| 行政许可 | 0              | 0         | 0            |');
    assert.ok(row > 0);
    const { after } = await accept(text, row, 2, '其他对外管理服务事项');
    const cols = pipeColumns(after, row);
    assert.equal(new Set(cols).size, 1, cols.join(' / '));
    assert.equal(after.split('\n')[row], '| 其他对外管理服务事项 | 0              | 0         | 0            |');
  });

  test('the cursor in the label cell\'s padding: the row stays aligned', async () => {
    const lines = EXAMPLE.split('\n');
    const { item, after } = await accept(EXAMPLE, 80, lines[80].indexOf('申请') + 5, '一、本年新收政府信息公开申请数量');
    assert.ok(item.additionalTextEdits?.length);
    assert.deepEqual(pipeColumns(after, 80), pipeColumns(EXAMPLE, 80));
  });

  test('a table of thousands of lines: the label alone, no padding of every row (brk93 #1)', async () => {
    // 表三's rows repeated in one aligned table of 3,000 lines: each item carried an edit of every row (18 s and 48 MB
    // for 20,000 rows). Up to 400 lines, a table is re-padded (above).
    const lines = EXAMPLE.split('\n');
    let end = 80;
    while (lines[end + 1]?.startsWith('|')) end++;
    const rows = lines.slice(80, end + 1);
    const long = [...lines.slice(0, 81), ...Array.from({ length: 3000 }, (_, i) => rows[i % rows.length]), ...lines.slice(81)].join('\n');
    assert.equal(new Set(pipeColumns(long, 80)).size, 1, 'the long table is aligned');
    const { item, after } = await accept(long, 80, 2, '一、本年新收政府信息公开申请数量');
    assert.equal(item.additionalTextEdits, undefined);
    assert.equal(after.split('\n')[80].replace(/ {2,}/g, ' '), lines[80].replace('2.重复申请', '一、本年新收政府信息公开申请数量').replace(/ {2,}/g, ' '));
  });

  test('a compact table: the label alone, no padding', async () => {
    const compact = EXAMPLE.split('\n').map((l) => (l.startsWith('|') ? l.replace(/ *\| */g, '|') : l)).join('\n');
    const { item, after } = await accept(compact, 80, 1, '一、本年新收政府信息公开申请数量');
    assert.equal(item.additionalTextEdits, undefined);
    assert.match(after.split('\n')[80], /^\|一、本年新收政府信息公开申请数量\|1\|/);
  });
});
