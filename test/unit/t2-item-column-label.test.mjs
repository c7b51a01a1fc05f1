// brk86 #2: a 表二 item's column header that names another item's column (`本年处理决定数量`, the column of 第二十条第
// （五）（六）项, over 第二十条第（八）项's 行政事业性收费, whose column is `本年收费金额（单位：万元）`; templates.md §4.2)
// passed: every column label of the table was somewhere in it. It is column-label, fixed to the item's own column,
// in every layout; in the 2019 format too (§3.2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rewriteRows, edit, runCli, REPORT_LAYOUTS } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LAYOUTS = REPORT_LAYOUTS;

test('（八）\'s column headed with （五）（六）\'s 本年处理决定数量: column-label, fixed to 本年收费金额（单位：万元）', () => {
  const at = example.indexOf('本年收费金额（单位：万元）');
  const bad = example.slice(0, at) + '本年处理决定数量' + example.slice(at + '本年收费金额（单位：万元）'.length);
  for (const [name, to] of Object.entries(LAYOUTS)) {
    const text = to(bad);
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['column-label'], name);
    const [f] = found;
    assert.match(f.message, /第二十条第（八）项的列标题“本年处理决定数量”是第二十条第（五）项、第二十条第（六）项的列名，不是这一项的；按格式应为“本年收费金额（单位：万元）”/, name);
    const { start, end } = f.range;
    assert.equal(text.split('\n')[start.line].slice(start.character, end.character), '本年处理决定数量', name);
    assert.equal(core.fixAll(text).text, to(example), name);
  }
});

test('2019 format: （一）\'s header written with （五）\'s columns is column-label cell by cell, each fixed to its own', async () => {
  const { stdout } = await runCli(['new', '--year', '2020', '--agency', '某某市某某局']);
  // The new report's 表二 rows filled with 0s.
  const filled = rewriteRows(stdout, (c) => [`| ${c.map((x, i) => (i > 0 && x === '' && /^(规章|规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购)$/.test(c[0]) ? '0' : x)).join(' | ')} |`]);
  const labels = (t) => core.analyze(t).findings.filter((f) => f.ruleId === 'column-label');
  // （八）'s two columns are （五）'s first two in 2019: its own too, not another item's.
  assert.deepEqual(labels(filled), []);
  const header = filled.split('\n').find((l) => l.includes('本年新制作数量'));
  const cols = labels(edit(filled, header, '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |'));
  assert.deepEqual(cols.map((f) => f.fix.edits[0].newText), ['本年新制作数量', '本年新公开数量', '对外公开总数量']);
});
