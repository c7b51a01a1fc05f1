// brk91 #2: the review summary said “表二 / 表三 行列与单元格 ✅ 与格式一致” beside format-mixed warnings on those very
// tables (a 2019-format report with a 表二 block of the 2021 columns, and 表三's （六）其他处理 split into the 2021 three
// rows): those two findings carried no table. Each table's line now counts them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, cleanDraft } from '../helpers.mjs';

test('format-mixed findings of a 表二 block and of 表三 （六）其他处理 are counted on their tables\' lines', () => {
  const draft = cleanDraft('2019');
  const SPLIT = ['| （六）其他处理 |  |  |  |  |  |  |  |', '| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'].join('\n');
  const text = draft
    .replace(/^\| 信息内容 +\| 本年新制作数量 +\| 本年新公开数量 +\| 对外公开总数量 +\|$/m, '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |')
    .replace(/^\| （六）其他处理 .*$/m, SPLIT);
  assert.notEqual(text, draft);
  const { report, findings } = core.analyze(text);
  const mixed = findings.filter((f) => f.ruleId === 'format-mixed');
  assert.equal(mixed.length, 2, mixed.map((f) => f.message).join('\n'));
  const cells = core.summarizeTables(report, findings, 'zh').filter((c) => c.check === '行列与单元格');
  for (const id of ['t2', 't3']) {
    const line = cells.find((c) => c.table === id);
    assert.equal(line.status, 'warn', `${id}: ${line.detail}`);
    assert.match(line.detail, /format-mixed ×1/, id);
  }
  assert.equal(cells.find((c) => c.table === 't4').status, 'ok');
});
