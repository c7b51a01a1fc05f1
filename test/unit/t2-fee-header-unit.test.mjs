// brk89 #12: 表二's fee column headed `本年收费金额`, without the template's `（单位：万元）`, passed: the header was not
// found at all and the column was read by position, in 万元. A header cut short by exactly its unit is column-label,
// said without a fix (whether 1250 there is 元 or 万元 only the original table says).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, toSpaces, toTabs } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const HEADER = '| 信息内容       | 本年收费金额（单位：万元） |';

// In a tab-separated or space-aligned table too: the word is the label cut short by its unit (a unit wrapped to the
// next header line is found there: see below).
for (const [layout, write] of [['pipe', (t) => t], ['tab-separated', toTabs], ['space-aligned', toSpaces]]) {
  test(`${layout}: a fee header without its unit is column-label, naming the unit, with no fix`, () => {
    assert.ok(CORRECT.includes(HEADER));
    const text = write(CORRECT.replace(HEADER, '| 信息内容       | 本年收费金额               |'));
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => `${f.ruleId}/${f.severity}`), ['column-label/warning']);
    const [f] = found;
    assert.match(f.message, /^表二的列标题“本年收费金额”缺少单位，格式规定为“本年收费金额（单位：万元）”：请确认该列的数是按万元填写的/);
    assert.equal(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), '本年收费金额');
    assert.equal(f.fix, undefined);
    assert.equal(core.fixAll(text).text, text);
    const [en] = core.analyze(text, { locale: 'en' }).findings;
    assert.match(en.message, /has no unit; the template's is “本年收费金额（单位：万元）”: make sure the column's amounts are in 万元/);
  });
}

test('tab-separated and space-aligned: a fee header whose unit is wrapped to the next header line is the whole label, not said', () => {
  for (const [sep, layout] of [['\t', 'tab-separated'], ['        ', 'space-aligned']]) {
    const text = toTabs(CORRECT).replace(/^信息内容\t本年收费金额（单位：万元）$/m, `信息内容${sep}本年收费金额\n${sep}（单位：万元）`);
    assert.ok(text.includes('本年收费金额\n'), layout);
    const report = core.parseReport(text);
    const fee = report.tables.t2.columns.find((c) => c.label === '本年收费金额（单位：万元）');
    assert.equal(fee.match.kind, 'exact', layout);
    assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), [], layout);
  }
});
