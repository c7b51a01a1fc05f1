// prose: a list term that the table's number mends, shares of an unstated whole, 表二's 2019 wording, a total after
// its parts, 万 in a 万元 cell (found by breaker30).
// Prose findings of a thirtieth fresh user (breaker 30): a typo in one term of a list that the table's number mends,
// shares of a whole that is not stated, 表二's 2019 wording, a total after its parts and 万 in a 万元 cell.
// The base is examples/correct-2024.nianbao.md: 表三 新收 46, 上年结转 2, 办结 47 (予以公开 24, 部分公开 6, 不予公开 6,
// 无法提供 7, 不予处理 3, 其他处理 1), 结转下年度 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const en = (text, rule) => core.checkReport(core.parseReport(text), { locale: 'en' }).filter((x) => x.ruleId === rule);

test('breaker30 #6: a list term whose table value makes the list add up to its total is fixed, and the message says the sum and the share follow from it', () => {
  // 予以公开24件 typed as 42件, with its share of the 47 concluded (24 / 47 = 51.1%).
  const text = edit(CORRECT, '其中予以公开24件、', '其中予以公开42件（占51.1%）、');
  const [f] = only(text, 'prose-table').found;
  assert.deepEqual([f.actual, f.expected, f.fix?.edits[0].newText], [42, 24, '24']);
  assert.match(f.message, /列举的 6 个数（42件、6件、6件、7件、3件、1件）之一，改为 24 后各项之和正好是句中所说的总数 47（prose-sum 报告的各项之和不符由此而来；51\.1% 也正好是 24 \/ 47，prose-percent 报告的比率不符同样由此而来）/);
  assert.doesNotMatch(f.message, /只改它会改变它们的和/);
  const [e] = en(text, 'prose-table');
  assert.match(e.message, /listed after “其中” \(of which\) \(“42件”, “6件”, “6件”, “7件”, “3件”, “1件”\); with 24 they add up to the total the sentence states, 47 \(which is why prose-sum reports their sum; 51\.1% is 24 \/ 47 too/);
  // The other two findings are there, and the one fix clears all three.
  assert.equal(only(text, 'prose-sum').found.length, 1);
  assert.equal(only(text, 'prose-percent').found.length, 1);
  const fixed = core.applyFixes(text, [f.fix.edits[0]]).text;
  for (const rule of ['prose-table', 'prose-sum', 'prose-percent']) assert.deepEqual(only(fixed, rule).found, [], rule);
});

test('breaker30 #6: without a share, and in a parenthesis after the total, the mending fix is offered too', () => {
  const [f] = only(edit(CORRECT, '其中予以公开24件、', '其中予以公开42件、'), 'prose-table').found;
  assert.equal(f.fix?.edits[0].newText, '24');
  assert.doesNotMatch(f.message, /prose-percent/);
  const paren = edit(CORRECT, '办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；', '办结47件（予以公开42件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件）；');
  const [g] = only(paren, 'prose-table').found;
  assert.equal(g.fix?.edits[0].newText, '24');
  assert.match(g.message, /括号里列举的 6 个数（42件、6件、6件、7件、3件、1件）之一，改为 24 后各项之和正好是句中所说的总数 47/);
});

test('breaker30 #6: when the table value does not make the list add up, the term is not fixed alone; with the total off as well, both are fixed together', () => {
  // The total off too (48): with 47 and 24 the list adds up to the total again, so both are fixed in one pass.
  const text = edit(CORRECT, '办结47件，其中予以公开24件、', '办结48件，其中予以公开42件、');
  const f = only(text, 'prose-table').found.find((x) => x.data.quantity === 'R3.1');
  assert.equal(f.fix?.edits[0].newText, '24');
  assert.match(f.message, /和句中的总数“办结48件”都改为表三的数后，各项之和正好是总数 47/);
  assert.match(core.fixAll(text).text, /办结47件，其中予以公开24件、/);
  // Another term that is never rewritten (其他处理两件, Chinese numerals) against 表三's 1: 24 alone gives 48, not the
  // total 47, and the list cannot be mended whole, so 42 is not fixed.
  const alone = edit(CORRECT, '其中予以公开24件、', '其中予以公开42件、').replace('其他处理1件；', '其他处理两件；');
  const g = only(alone, 'prose-table').found.find((x) => x.data.quantity === 'R3.1');
  assert.equal(g.fix, undefined);
  assert.match(g.message, /只改它会改变它们的和/);
});

test('breaker30 #5: shares that all fit what their own counts add up to are of that sum, not of the total in the sentence before', () => {
  const OPEN = '全年新收政府信息公开申请46件，上年结转2件；';
  // 40 / 46 = 87.0%, 6 / 46 = 13.0%: shares of the 46 new applications, not of the 48 received.
  const shares = '全年共受理政府信息公开申请48件（含上年结转2件）。从申请主体看，自然人申请40件，占87.0%；法人或其他组织申请6件，占13.0%。';
  assert.deepEqual(only(edit(CORRECT, OPEN, shares + OPEN), 'prose-percent').found, []);
  // One share alone still takes the total stated in the sentence before: 40 / 48 = 83.3%.
  const [f] = only(edit(CORRECT, OPEN, '全年共受理政府信息公开申请48件（含上年结转2件）。其中自然人申请40件，占87.0%。' + OPEN), 'prose-percent').found;
  assert.deepEqual([f.actual, f.expected], [87, 83.3]);
});

// examples/errors-2018.nianbao.md has the 2019 表二 (本年新制作数量 · 本年新公开数量 · 对外公开总数量); 规范性文件 set to 4 · 4 · 31.
const Y2018 = edit(readFileSync(join(ROOT, 'examples', 'errors-2018.nianbao.md'), 'utf8'),
  '| 规范性文件 | 0              | 0              | 0              |', '| 规范性文件 | 4              | 4              | 31             |');
const with2018 = (s) => edit(Y2018, '主动公开政府信息126条。', '主动公开政府信息126条。' + s);
const t2Of = (text) => only(text, 'prose-table').found.filter((f) => String(f.data.quantity).startsWith('T2.2'));

test('breaker30 #23/#24: 2019 表二 wording names its own column: 对外公开…总数 is 对外公开总数量, 新制作 is 本年新制作数量, 新公开 本年新公开数量', () => {
  assert.deepEqual(t2Of(with2018('全年新制作规范性文件4件，新公开规范性文件4件，对外公开规范性文件总数31件。')), []);
  const [total] = t2Of(with2018('全年对外公开规范性文件总数13件。'));
  assert.deepEqual([total.expected, total.actual], [31, 13]);
  assert.match(total.message, /表二的规范性文件对外公开总数量为 31，正文写 13，相差 -18。表二没有勾稽关系可以核对/);
  const [made] = t2Of(with2018('全年新制作规范性文件5件。'));
  assert.deepEqual([made.expected, made.actual], [4, 5]);
  assert.match(made.message, /本年新制作数量为 4/);
  const [fresh] = t2Of(with2018('全年新公开规范性文件3件。'));
  assert.deepEqual([fresh.expected, fresh.actual], [4, 3]);
  assert.match(fresh.message, /本年新公开数量为 4/);
  // 对外公开 without 总数 may be this year's: any column that agrees is accepted, as before.
  assert.deepEqual(t2Of(with2018('全年对外公开规范性文件4件。')), []);
});

test('breaker30 #6: a list that names 其它处理 (for 其他处理) is as complete as one with 其他处理: the mending fix is offered alike', () => {
  for (const label of ['其他处理', '其它处理']) {
    const text = edit(CORRECT, '其他处理1件；', `${label}2件；`);
    const [f] = only(text, 'prose-table').found;
    assert.deepEqual([f.actual, f.expected, f.fix?.edits[0].newText], [2, 1, '1'], label);
    assert.match(f.message, /改为 1 后各项之和正好是句中所说的总数 47/, label);
    assert.equal(only(text, 'prose-sum').found[0]?.expected, 48, label);
  }
});

test('breaker30 #10: a total stated after its parts (新收…，上年结转…，共计N件) is checked against them', () => {
  const OPEN = '全年新收政府信息公开申请46件，上年结转2件；';
  const sums = (s) => only(edit(CORRECT, OPEN, s), 'prose-sum').found;
  const [f] = sums('全年新收政府信息公开申请46件，上年结转2件，共计49件；');
  assert.deepEqual([f.actual, f.expected], [49, 48]);
  assert.equal(f.message, '总数写为 49件，但它前面列出的各项之和为 46 + 2 = 48，相差 -1。');
  assert.equal(f.related.length, 2);
  assert.match(en(edit(CORRECT, OPEN, '全年新收政府信息公开申请46件，上年结转2件，共计49件；'), 'prose-sum')[0].message, /but the parts listed before it add up to 46 \+ 2 = 48/);
  // Right, joined by 、, with 合计 and a word before the count: silent or read alike.
  assert.deepEqual(sums('全年新收政府信息公开申请46件，上年结转2件，共计48件；'), []);
  assert.deepEqual(sums('全年新收政府信息公开申请46件、上年结转2件，合计受理48件；'), []);
  assert.equal(sums('全年新收政府信息公开申请46件、上年结转2件，合计受理50件；').length, 1);
  // Not parts of one total: a change against last year, what came beside what was done, a part as large as the total.
  assert.deepEqual(sums('全年新收政府信息公开申请46件，较上年增加5件，共计48件；'), []);
  assert.deepEqual(sums('全年收到政府信息公开申请46件，办结45件，共计50件；'), []);
  assert.deepEqual(sums('全年新收政府信息公开申请46件，上年结转48件，共计48件；'), []);
});

test('breaker30 #25: 12.5万 in 表二\'s 万元 column is read as 12.5万元 is (a warning whose fix leaves the number), in a count column it is a unit', () => {
  const FEE = '| 行政事业性收费 | 12.5                       |';
  const found = (cell) => only(edit(CORRECT, FEE, `| 行政事业性收费 | ${cell}                     |`), 'number-invalid').found;
  const [wan] = found('12.5万');
  const [wanyuan] = found('12.5万元');
  for (const f of [wan, wanyuan]) {
    assert.equal(f.severity, 'warning');
    assert.equal(f.fix?.edits[0].newText.trim(), '12.5');
    assert.match(f.message, /表头已写明单位：请只填数字“12\.5”。$/);
  }
  // The value is read, so prose compared with it sees 12.5.
  const { report } = only(edit(CORRECT, FEE, '| 行政事业性收费 | 12.5万                     |'), 'number-invalid');
  assert.equal(report.tables.t2.rows.find((r) => r.label === '行政事业性收费').cells[0].value, 12.5);
  // 万 in a count cell is still an error.
  const [count] = only(edit(CORRECT, '| 行政许可 | 1520             |', '| 行政许可 | 1520万           |'), 'number-invalid').found;
  assert.equal(count.severity, 'error');
});

test('breaker30 #18: an amount of 行政事业性收费 in 元 is compared with 表二\'s 万元 (12.5万元 = 125000元), without a fix', () => {
  const add = (sentence, text = CORRECT) => edit(text, '参训48人次。', `参训48人次。${sentence}`);
  const fee = (text) => only(text, 'prose-table').found.filter((f) => f.data.quantity === 'T2.7:fee');
  assert.deepEqual(fee(add('全年收取行政事业性收费125000元。')), []);
  assert.deepEqual(fee(add('全年收取行政事业性收费124990元。')), [], 'within 0.1万元, the table\'s precision');
  const [f] = fee(add('全年收取行政事业性收费1250元。'));
  assert.deepEqual([f.expected, f.actual, f.fix], [12.5, 0.125, undefined]);
  assert.match(f.message, /正文写 1250元（即 0\.125万元），相差 -12\.375。正文的金额以元为单位，表二以万元为单位：12\.5万元即 125000元。请核对正文的数字和单位，未自动修改。$/);
  assert.match(en(add('全年收取行政事业性收费1250元。'), 'prose-table')[0].message, /The prose states the amount in 元, 表二 in 万元: 12\.5 万元 is 125000 元/);
  // The table filled in 元 under its 万元 header: the prose agrees with what is written; the cell is another rule's.
  const inYuan = edit(CORRECT, '| 行政事业性收费 | 12.5                       |', '| 行政事业性收费 | 125000                     |');
  assert.deepEqual(fee(add('全年收取行政事业性收费125000元。', inYuan)), []);
});
