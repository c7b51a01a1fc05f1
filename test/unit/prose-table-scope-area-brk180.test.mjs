// A count limited to the government's own (本机关, 本级) in a government's report is an info: the table may count the
// whole area. The message named that area 全区（全市） whatever the government's level (brk180 #8: a county's report
// was told 表二 may count 全区（全市）); it names the report's own level now (全县, 全区, 全市), and keeps 全区（全市）
// when the level cannot be read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const lines = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').split('\n');
// 表二: 行政事业性收费 12.5 (万元).
const as = (name) => lines.map((l) => l.replace(/某某市某某局/g, name).replace('2025年1月20日', '2025年3月20日'));
const fee = (name, s) => core.analyze(as(name).map((l, i) => (i === 14 ? s : l)).join('\n')).findings.filter((f) => f.ruleId === 'prose-table');

test('a scoped count in a government\'s report names the report\'s own area as what the table may count', () => {
  for (const [name, area] of [['某某县人民政府', '全县'], ['某某市某某区人民政府', '全区'], ['某某市人民政府', '全市']]) {
    // (Below the table's 12.5 and 46: the agency's own count above the table's would be a contradiction whatever the
    // table counts, an error; see prose-table-scope-said.)
    for (const s of ['2024年本机关收取行政事业性收费12.4万元。', '本级新收政府信息公开申请45件。']) {
      const found = fee(name, s);
      assert.equal(found.length, 1, `${name}: ${s}`);
      assert.equal(found[0].severity, 'info', `${name}: ${s}`);
      assert.match(found[0].message.zh ?? found[0].message, new RegExp(`统计的可能是${area}的数`), `${name}: ${s}`);
      assert.doesNotMatch(found[0].message.zh ?? found[0].message, /全区（全市）/, `${name}: ${s}`);
    }
  }
});

test('in a department\'s report 本机关 is the agency itself: the same slip is an error', () => {
  const found = fee('某某市某某局', '2024年本机关收取行政事业性收费12.6万元。');
  assert.deepEqual(found.map((f) => [f.severity ?? 'error', f.expected, f.actual]), [['error', 12.5, 12.6]]);
});
