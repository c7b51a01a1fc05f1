// From a fresh user's try (brk86): a second row of numbers under 表四's one row, a 表二 item missing heading and all,
// and a misspelled 表二 label in a table pasted one cell a line with ` |` cell ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rewriteRows, toTabs } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const T4_ROW = /^(\| \d+ +(?:\| \d+ +){14}\|)$/m;

test('brk86 #1: a second row of numbers under 表四 is said, with the groups it does not add up in; a copy right under it is deleted', () => {
  const row = T4_ROW.exec(CORRECT)[1];
  const other = '| 2 | 0 | 0 | 0 | 5 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
  for (const [name, text] of [['pipe', CORRECT.replace(row, `${row}\n${other}`)], ['tabs', toTabs(CORRECT.replace(row, `${row}\n${other}`))]]) {
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => [f.ruleId, !!f.fix]), [['row-duplicate', false]], name);
    const [f] = findings;
    assert.match(f.message, /表四只有一行数（三组各 5 个，共 15 个），这里又有一行数（15 个）/);
    assert.match(f.message, /这一行中“行政复议”的总计与各项之和也不符/);
    assert.equal(f.range.start.line, text.split('\n').findIndex((l) => l.replace(/[|\s]+/g, ' ').trim() === '2 0 0 0 5 0 0 0 0 0 0 0 0 0 0'));
  }
  // The same numbers on the next line: a copy, deleted by the fix, after which the table is clean.
  const copy = CORRECT.replace(row, `${row}\n${row}`);
  const found = core.analyze(copy).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, !!f.fix]), [['row-duplicate', true]]);
  assert.match(found[0].message, /表四的数值行写了两次/);
  assert.equal(core.fixAll(copy).text, CORRECT);
  // Numbers one a line, five or more, after the row of a table pasted one cell a line.
  const cells = rewriteRows(CORRECT, (c) => c.filter(Boolean));
  const last = cells.split('\n');
  const at = last.findIndex((l, i) => i > 0 && /^\d+$/.test(l) && !/^\d+$/.test(last[i + 1] ?? '') && last.slice(i - 14, i + 1).every((x) => /^\d+$/.test(x)));
  assert.ok(at > 0);
  const more = [...last.slice(0, at + 1), '9', '9', '9', '9', '9', ...last.slice(at + 1)].join('\n');
  assert.deepEqual(core.analyze(more).findings.map((f) => f.ruleId), ['row-duplicate']);
  // The example as it is: nothing after its row.
  assert.equal(core.parseReport(CORRECT).tables.t4.extraValueRows, undefined);
});

test('brk86 #2: a 表二 item missing with its heading is inserted whole after the item before, not as a row of that item\'s table', () => {
  const lines = CORRECT.split('\n');
  const from = lines.findIndex((l) => l.startsWith('第二十条第（八）项'));
  assert.ok(from > 0);
  let to = from + 1;
  while (!lines[to].startsWith('|')) to++;
  while (lines[to]?.startsWith('|')) to++;
  const text = [...lines.slice(0, from), ...lines.slice(to + 1)].join('\n');
  assert.ok(!text.includes('行政事业性收费'));
  const [f] = core.analyze(text).findings.filter((x) => x.ruleId === 'row-missing');
  assert.match(f.message, /第二十条第（八）项的标题和表格都不在表二中：修复在上一项的表格之后插入该项的标题和表格/);
  const fixed = core.fixAll(text).text;
  assert.match(fixed, /\| 行政强制 +\| \d+ +\|\n\n第二十条第（八）项\n\n\| 信息内容 +\| 本年收费金额（单位：万元） \|\n\| -+ \| -+ \|\n\| 行政事业性收费 \| +\|\n\n## 三、/);
  // Filled in as the original has it, the report is clean again.
  const filled = fixed.replace(/^\| 行政事业性收费 \| +\|$/m, '| 行政事业性收费 | 0 |');
  assert.deepEqual(core.analyze(filled).findings.map((x) => x.ruleId), []);
  // Tab-separated tables: said, not inserted (no block to write in that layout).
  const tabs = core.analyze(toTabs(text)).findings.filter((x) => x.ruleId === 'row-missing');
  assert.equal(tabs.length, 1);
  assert.equal(tabs[0].fix, undefined);
  assert.match(tabs[0].message, /第二十条第（八）项的标题和表格都不在表二中，未自动插入；请补上该项的标题及其表格（列：信息内容、本年收费金额（单位：万元））/);
  // Its row left in the item before's table, under that item's column (本年处理决定数量): said, not passed.
  const row = lines.slice(from, to + 1).find((l) => l.startsWith('| 行政事业性收费'));
  const under = text.replace(/^(\| 行政强制 .*)$/m, `$1\n${row}`);
  const found = core.analyze(under).findings;
  assert.deepEqual(found.map((x) => [x.ruleId, !!x.fix]), [['row-missing', false]]);
  assert.match(found[0].message, /“行政事业性收费”行写在了第二十条第（六）项之下.*格式规定它属于第二十条第（八）项，而表中没有第二十条第（八）项的标题和表格/);
});

test('brk86 #3: a misspelled 表二 label in a table pasted one cell a line with ` |` ends is row-label with its fix, not a missing row', () => {
  const bars = rewriteRows(CORRECT, (cells) => cells.filter(Boolean).map((c) => `${c} |`));
  assert.deepEqual(core.analyze(bars).findings, []);
  const typo = bars.replace('行政处罚 |', '行政处法 |');
  assert.notEqual(typo, bars);
  const { findings } = core.analyze(typo);
  assert.deepEqual(findings.map((f) => f.ruleId), ['row-label']);
  assert.match(findings[0].message, /“行政处法”与格式不一致，应为“行政处罚”/);
  assert.equal(core.fixAll(typo).text, bars);
});

test('brk86 #8: a local 表二 row in a tab-separated table is said as in a pipe table; words before numbers in wrapped prose are not', () => {
  const local = CORRECT.replace(/^(\| 行政强制 .*)$/m, '$1\n| 行政检查 | 7 |');
  for (const text of [local, toTabs(local)]) {
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['row-label', 'info']]);
    assert.match(found[0].message, /表二第二十条第（六）项中的“行政检查”行不是格式规定的行/);
  }
  // A line of prose wrapped under 表二 (a PDF's text) that starts with words and a number is no local row.
  const wrapped = toTabs(CORRECT).replace(/^(行政事业性收费\t.*)$/m, '$1\n府信息 8580 余条，全年新增公开市政府规章 9件');
  assert.ok(!core.analyze(wrapped).findings.some((f) => f.ruleId === 'row-label'));
});
