// row-missing on a 表三 group label row deleted (brk180 #6): `（五）不予处理` or `（三）不予公开`, the rows with no numbers that
// head their numbered sub-rows (templates.md §4.3), gone while the sub-rows stay, in pipe and HTML tables. Reported
// (a warning: the numbers are all there) with a fix that inserts the label row right above the group's first sub-row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = CORRECT.split('\n');
const labelLine = (label) => lines.find((l) => l.startsWith(`| ${label} `));
const without = (text, line) => text.split('\n').filter((l) => l !== line).join('\n');
const rowMissing = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');

/** The example's 表三 pipe table written as HTML rows, one `<tr>` a line (a web page's copy). */
function asHtml(text) {
  const ls = text.split('\n');
  const row = ls.findIndex((l) => l.startsWith('| 一、本年新收'));
  let from = row, to = row;
  while (ls[from - 1].startsWith('|')) from--;
  while (ls[to + 1].startsWith('|')) to++;
  const rows = ls.slice(from, to + 1).filter((l) => !/^\|[\s|:-]+\|$/.test(l)).map((l) => `<tr>${l.slice(1, -1).split('|').map((c) => `<td>${c.trim()}</td>`).join('')}</tr>`);
  return [...ls.slice(0, from), '<table>', ...rows, '</table>', ...ls.slice(to + 1)].join('\n');
}

test('a deleted 表三 group label row (（五）不予处理, （三）不予公开) is row-missing, fixed by inserting it', () => {
  assert.deepEqual(rowMissing(CORRECT), []);
  for (const [label, first, before] of [['（五）不予处理', '1.信访举报投诉类申请', '（四）无法提供'], ['（三）不予公开', '1.属于国家秘密', '（二）部分公开']]) {
    const line = labelLine(label);
    assert.ok(line, label);
    const text = without(CORRECT, line);
    const found = rowMissing(text);
    assert.deepEqual(found.map((f) => [f.severity, f.data?.row]), [['warning', label === '（五）不予处理' ? 'R3.5' : 'R3.3']], label);
    assert.match(found[0].message, new RegExp(`缺少格式规定的分组行“${label.replace(/[（）]/g, '.')}”：其下的“${first.replace('.', '\\.')}”等行`));
    if (label === '（五）不予处理') assert.match(found[0].message, new RegExp(`读来像是“${before}”的`));
    assert.equal(text.split('\n')[found[0].range.start.line].includes(first), true);
    const fixed = core.fixAll(text).text;
    const at = fixed.split('\n').findIndex((l) => l.includes(first));
    assert.match(fixed.split('\n')[at - 1], new RegExp(`^\\| ${label.replace(/[（）]/g, '.')}\\s+\\|`));
    assert.deepEqual(rowMissing(fixed), []);
  }
});

test('in an HTML 表三 too; a table that writes no group labels at all is not judged', () => {
  const html = asHtml(CORRECT);
  assert.ok(html.includes('<tr><td>（五）不予处理</td>'));
  assert.deepEqual(rowMissing(html), []);
  const gone = without(html, html.split('\n').find((l) => l.startsWith('<tr><td>（五）不予处理</td>')));
  const found = rowMissing(gone);
  assert.deepEqual(found.map((f) => [f.severity, f.data?.row]), [['warning', 'R3.5']]);
  const fixed = core.fixAll(gone).text.split('\n');
  const at = fixed.findIndex((l) => l.includes('1.信访举报投诉类申请'));
  assert.match(fixed[at - 1], /^<tr><td>（五）不予处理<\/td>/);
  // Every group label gone (a table written with its numbered rows only): no group row is reported.
  let bare = CORRECT;
  for (const label of ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']) bare = without(bare, labelLine(label) ?? '\u0000');
  assert.deepEqual(rowMissing(bare).filter((f) => f.data?.groupLabel), []);
});
