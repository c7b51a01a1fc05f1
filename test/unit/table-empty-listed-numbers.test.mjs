// brk109 #4: a 表三 typed as a list, each row's numbers run on after its name (`一、本年新收…：40，3，0，1，2，0，46`),
// was said to have every value cell blank, although every number is there. The numbers are in no cell, so none is
// read or checked; table-empty now says that, names a line, and shows the row as the format's table writes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const lines = correct.split('\n');
const from = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
const to = lines.findIndex((l) => l.startsWith('| 四、结转下年度继续办理')) + 1;

/** The example with 表三's rows written `label：n，n，…` (a blank line between), its header rows dropped. */
function listed(sep = '，') {
  const rows = lines.slice(from, to).map((l) => l.split('|').slice(1, -1).map((c) => c.trim())).filter((cells) => cells.some((c) => /^\d+$/.test(c)));
  const text = rows.map((cells) => `${cells.filter((c) => !/^\d+$/.test(c) && c).pop()}：${cells.filter((c) => /^\d+$/.test(c)).join(sep)}`).join('\n\n');
  return [...lines.slice(0, from), '（列依次为：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）', '', text, ...lines.slice(to)].join('\n');
}

test('brk109 #4: a 表三 whose numbers run on after the row names is said so, not as blank cells', () => {
  for (const sep of ['，', ',', '、']) {
    const text = listed(sep);
    assert.match(text, new RegExp(`一、本年新收政府信息公开申请数量：\\d+${sep}\\d+`));
    const f = core.analyze(text).findings.find((x) => x.ruleId === 'table-empty');
    assert.ok(f, sep);
    assert.match(f.message, /数字没有写在单元格中，而是接在行名之后（如第 \d+ 行“一、本年新收政府信息公开申请数量：/);
    assert.doesNotMatch(f.message, /全部为空/);
    assert.match(core.analyze(text, { locale: 'en' }).findings.find((x) => x.ruleId === 'table-empty').message, /numbers are not in cells but run on after each row's name/);
  }
});

test('a 表三 with its labels and truly blank cells is still said to be blank', () => {
  const blank = lines.map((l, i) => (i >= from && i < to && /\| *\d+ *\|/.test(l) ? l.replace(/\| *\d+ *(?=\|)/g, (m) => `|${' '.repeat(m.length - 1)}`) : l)).join('\n');
  const f = core.analyze(blank).findings.find((x) => x.ruleId === 'table-empty');
  assert.ok(f);
  assert.match(f.message, /数值单元格全部为空/);
});
