// --fix and the editor's fix-all agree with the single quick fixes (brk102 r14, brk105): a 2021 report whose
// 第二十条第（一）项 block had the 2019 column headers over its rows got a quick fix replacing the block with the 2021
// table, cells blank, while fix-all (`nianbao check --fix`, `source.fixAll`) refused it for adding structure findings
// (one format-mixed warning became two row-missing errors): the editor's light bulb and --fix did different things,
// and the quick fix made errors. Such a block has no fix now (format-mixed-no-blank-rows); a block that converts
// safely is converted alike by the quick fix and by fix-all; and fix-all refuses no fix on any report the tests have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, allReportFiles } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
/** r14's shape: the 2019 column headers over 第二十条第（一）项's rows, a 2019 row under （五）, the （九） block. */
const R14 = edit(edit(edit(CORRECT,
  '| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |'),
  '| 行政许可 | 1520             |\n', '| 行政许可 | 1520             |\n| 其他对外管理服务事项 | 86 |\n'),
  '\n## 三、', '\n第二十条第（九）项\n\n| 信息内容 | 采购项目数量 | 采购总金额 |\n|---|---|---|\n| 政府集中采购 | 12 | 356万元 |\n\n## 三、');
const errors = (text) => core.analyze(text).findings.filter((f) => f.severity === 'error').length;

test('r14\'s shape: fix-all refuses nothing, and takes every quick fix there is; none of them makes an error', () => {
  const found = core.analyze(R14).findings;
  // (Three: the 2019 header over （一）, the 2019 row under （五）, and the （九） block said once at its heading, brk185.)
  assert.ok(found.filter((f) => f.ruleId === 'format-mixed').length >= 3, found.map((f) => f.ruleId).join());
  const all = core.fixAll(R14);
  assert.deepEqual(all.refused.map((f) => f.message), []);
  for (const f of found.filter((x) => x.fix)) {
    assert.ok(errors(core.applyFixes(R14, f.fix.edits).text) <= errors(R14), f.message);
    assert.ok(all.fixed.some((x) => x.message === f.message), `fix-all takes “${f.message}”`);
  }
  assert.equal(errors(all.text), errors(R14));
});

test('a 2019 第二十条第（五）项 block that converts safely: the quick fix and fix-all write the same table', () => {
  const block = '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n| --- | --- | --- | --- |\n| 行政许可 | 12 | -1 | 1520 |\n| 其他对外管理服务事项 | 3 | 0 | 41 |';
  const text = edit(CORRECT, '| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n| 行政许可 | 1520             |', block);
  const quick = core.analyze(text).findings.find((f) => f.ruleId === 'format-mixed' && f.fix);
  assert.ok(quick);
  const one = core.applyFixes(text, quick.fix.edits).text;
  assert.equal(core.fixAll(text).text, one);
  assert.deepEqual(core.analyze(one).findings, []);
});

test('fix-all over every corpus report, fixture and example refuses no fix (what a quick fix offers, --fix takes)', () => {
  const refused = [];
  for (const f of allReportFiles()) for (const x of core.fixAll(readFileSync(f, 'utf8')).refused) refused.push(`${f}: ${x.ruleId} ${x.message.slice(0, 60)}`);
  assert.deepEqual(refused, []);
});
