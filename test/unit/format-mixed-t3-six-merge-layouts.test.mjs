// brk185 #2: the 2021 （六）其他处理 sub-rows in a 2019-format report, in every layout format-mixed's merge can write.
// With the group label row deleted (the three sub-rows right under 5.要求行政机关确认…), row-missing asked to insert
// that 2021 label, advice of the other format beside format-mixed's: now format-mixed alone speaks, and merges the
// three into the 2019 row there too. Tab-separated (a Word/Excel paste) and HTML tables (one <tr> a line, the label
// a row of its own or a rowspan cell of the first sub-row) get the merge as pipe tables do (it was said without one).
// Base: test/fixtures/crossyear-pre2019/某某市某某局2020.md (2019 format, clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, toTabs, toHtmlRows } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/crossyear-pre2019/某某市某某局2020.md'), 'utf8');
const ROW = '| （六）其他处理 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |';
const LABEL = '| （六）其他处理 |  |  |  |  |  |  |  |';
const SUBS = ['| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
  '| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| 3.其他 | 0 | 1 | 0 | 0 | 0 | 0 | 1 |'];
// One pipe row as toHtmlRows writes it (a <tr> on its own line).
const trOf = (l) => `<tr>${l.slice(1, -1).split('|').map((c) => `<td>${c.trim()}</td>`).join('')}</tr>`;
const apply = (text, e) => {
  const lines = text.split('\n');
  const head = lines.slice(0, e.range.start.line).join('\n') + '\n' + lines[e.range.start.line].slice(0, e.range.start.character);
  const tail = lines[e.range.end.line].slice(e.range.end.character) + '\n' + lines.slice(e.range.end.line + 1).join('\n');
  return head + e.newText + tail;
};
const check = (text) => core.checkReport(core.parseReport(text), { previous: null });
const ids = (fs) => fs.map((f) => f.ruleId).sort();

const CASES = {
  'pipe, group label row': [BASE, [LABEL, ...SUBS]],
  'pipe, no group label': [BASE, SUBS],
  'tab-separated, group label row': [toTabs(BASE), [LABEL, ...SUBS].map(toTabs)],
  'tab-separated, no group label': [toTabs(BASE), SUBS.map(toTabs)],
  'HTML, group label row': [toHtmlRows(BASE), [LABEL, ...SUBS].map(trOf)],
  'HTML, no group label': [toHtmlRows(BASE), SUBS.map(trOf)],
  'HTML, group label a rowspan cell': [toHtmlRows(BASE), SUBS.map(trOf).map((l, i) => (i ? l : l.replace('<tr>', '<tr><td rowspan="3">（六）其他处理</td>')))],
};

for (const [name, [base, rows]] of Object.entries(CASES)) {
  test(`${name}: format-mixed alone, with the merge into the 2019 row`, () => {
    const row = name.startsWith('pipe') ? ROW : name.startsWith('tab') ? toTabs(ROW) : trOf(ROW);
    assert.equal(base.split(row).length, 2);
    const text = base.replace(row, rows.join('\n'));
    const found = check(text);
    assert.deepEqual(ids(found), ['format-mixed'], found.map((f) => f.message).join('\n'));
    const [mixed] = found;
    assert.match(mixed.message, /三行逐列相加即为 2019 年格式的这一行（修复会合并为一行）/);
    assert.equal(mixed.fix.edits.length, 1);
    const fixed = apply(text, mixed.fix.edits[0]);
    // Back to the table without sub-rows: no finding left that the layout itself did not have.
    assert.deepEqual(ids(check(fixed)), ids(check(base)));
    if (name.startsWith('pipe')) assert.equal(fixed, base);
    assert.deepEqual(core.parseReport(fixed).tables.t3.rows.find((r) => r.id === 'R3.6').cells.map((c) => c?.value ?? null), [1, 1, 0, 0, 0, 0, 2]);
  });
}

test('a blank sub-row cell is not 0: no merge, and the message promises none (tab-separated)', () => {
  const base = toTabs(BASE);
  const text = base.replace(toTabs(ROW), SUBS.map((l, i) => toTabs(i === 1 ? l.replace('| 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 0 |  | 0 | 0 | 0 | 0 | 0 |') : l)).join('\n'));
  const mixed = check(text).filter((f) => f.ruleId === 'format-mixed');
  assert.equal(mixed.length, 1);
  assert.equal(mixed[0].fix, undefined);
  assert.doesNotMatch(mixed[0].message, /合并/);
});
