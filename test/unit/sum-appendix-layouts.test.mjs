// brk178 #2–#7, #9: sum-appendix read the 2014–2018 appendix 统计表 only as rows of a label, a 单位 cell and one plain
// count. The same table as many reports write it was never checked: a unit in the count cell (`37件`, `5人`, in a
// table without a 单位 column or in lines of text, `（一）收到申请数 37件`), one cell a line, a 序号 column, a column a
// year (`2015年 | 2014年`), a label wrapped by pdftotext -layout, `其中：` before the first part. And the 其中 rows of a
// part adding up to more than the part were not said. Each layout below is the brk159 b33 table (applications
// 12 + 0 + 26 + 5 = 43 > 37, replies 9 + 12 + 6 + 2 + 3 + 8 = 40 > 37) rewritten; the same rewrite of the table adding
// up gives nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit } from '../helpers.mjs';

const B33 = readFileSync(join(ROOT, 'test/fixtures/reports/brk159-b33-2015-appendix-parts-over.md'), 'utf8');
const OK = edit(edit(B33, '| 3.网络申请数 | 件 | 26 |', '| 3.网络申请数 | 件 | 20 |'), '| 6.申请信息不存在数 | 件 | 8 |', '| 6.申请信息不存在数 | 件 | 5 |');
const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'sum-appendix');
const pairs = (text) => found(text).map((x) => [x.actual, x.expected]);
const BOTH = [[37, 43], [37, 40]];

/** The appendix's rows `[label, unit, count]` (`—` cells as empty), the header and delimiter lines dropped. */
const ROW = /^\| (.*?) \| (.*?) \| (.*?) \|$/;
const rewrite = (text, fn) => text.split('\n').map((l) => {
  if (l === '| 统计指标 | 单位 | 统计数 |' || l === '|---|---|---|') return null;
  const m = ROW.exec(l);
  if (!m) return l;
  const [, label, unit, n] = m;
  return fn(label, unit === '—' ? '' : unit, n === '—' ? '' : n);
}).filter((l) => l !== null).join('\n');

test('a unit in the count cell (37件, 4人): a pipe table without a 单位 column, tab-separated and lines of text', () => {
  const pipe = (t) => '| 统计指标 | 统计数 |\n|---|---|\n' + rewrite(t, (l, u, n) => `| ${l} | ${n}${n ? u : ''} |`).replace(/^\| 统计指标 \| 统计数 \|\n\|---\|---\|\n/, '');
  const units = (t) => rewrite(t, (l, u, n) => `| ${l} | ${n}${n ? u : ''} |`);
  assert.deepEqual(pairs(units(B33)), BOTH);
  assert.deepEqual(pairs(rewrite(B33, (l, u, n) => `${l}\t${n}${n ? u : ''}`)), BOTH);
  // `（一）收到申请数 37件` / `1.当面申请数 12件` / …, a line each.
  const prose = rewrite(B33, (l, u, n) => (n ? `${l} ${n}${u}` : l));
  assert.deepEqual(pairs(prose), BOTH);
  assert.match(found(prose)[0].message, /“收到申请数”为 37，但其下各分项之和为 12 \+ 0 \+ 26 \+ 5 = 43/);
  // Staff written `1人`: read as a count of people.
  const staff = edit(units(OK), '| 2.兼职人员数 | 3人 |', '| 2.兼职人员数 | 5人 |');
  assert.deepEqual(pairs(staff), [[4, 6]]);
  for (const t of [units(OK), rewrite(OK, (l, u, n) => (n ? `${l} ${n}${u}` : l)), pipe(OK)]) assert.deepEqual(found(t), []);
});

test('one cell a line (label, 单位, count), with empty lines for empty cells and without', () => {
  const blanks = (t) => rewrite(t, (l, u, n) => `${l}\n${u}\n${n}`);
  const noBlanks = (t) => rewrite(t, (l, u, n) => [l, u, n].filter(Boolean).join('\n'));
  assert.deepEqual(pairs(blanks(B33)), BOTH);
  assert.deepEqual(pairs(noBlanks(B33)), BOTH);
  // The finding is on the total's count, its own line.
  assert.equal(found(blanks(B33))[0].range.start.line, blanks(B33).split('\n').indexOf('（一）收到申请数') + 2);
  assert.deepEqual(found(blanks(OK)), []);
  assert.deepEqual(found(noBlanks(OK)), []);
});

test('a 序号 column before the labels', () => {
  let k = 0;
  const serial = (t) => rewrite(t, (l, u, n) => `| ${++k} | ${l} | ${u} | ${n} |`);
  assert.deepEqual(pairs(serial(B33)), BOTH);
  assert.deepEqual(found(serial(OK)), []);
});

test('two year columns (2015年 | 2014年): each year is checked, said with its column', () => {
  const okRows = new Map(OK.split('\n').map((l) => [ROW.exec(l)?.[1], ROW.exec(l)?.[3]]));
  const two = (t, swap) => '| 统计指标 | 单位 | 2015年 | 2014年 |\n|---|---|---|---|\n' + rewrite(t, (l, u, n) => {
    const other = okRows.get(l) === '—' ? '' : okRows.get(l);
    return `| ${l} | ${u} | ${swap ? other : n} | ${swap ? n : other} |`;
  });
  const first = found(two(B33, false));
  assert.deepEqual(first.map((x) => [x.actual, x.expected]), BOTH);
  assert.match(first[0].message, /“收到申请数”（2015年栏）为 37/);
  const last = found(two(B33, true));
  assert.deepEqual(last.map((x) => [x.actual, x.expected]), BOTH);
  assert.match(last[0].message, /（2014年栏）/);
  assert.deepEqual(found(two(OK, false)), []);
});

test('a label wrapped by pdftotext -layout: its row is read with the rest of the label', () => {
  const pad = (l) => l + ' '.repeat(Math.max(2, 60 - [...l].length * 2));
  const wrap = (t) => rewrite(t, (l, u, n) => {
    const row = (label) => (u || n ? `${pad(label)}${u}       ${n}` : label);
    return l.startsWith('1.专职人员数') ? `1.专职人员数（不包括政府公报及政府\n${row('网站工作人员数）')}` : row(l);
  });
  const over = edit(wrap(OK), `${pad('2.兼职人员数')}人       3`, `${pad('2.兼职人员数')}人       5`);
  assert.deepEqual(pairs(over), [[4, 6]]);
  assert.deepEqual(found(wrap(OK)), []);
});

test('其中： before the first part (其中：1.当面申请数 / 2.传真申请数 / …): the numbered rows are the parts', () => {
  const text = edit(B33, '| 1.当面申请数 | 件 | 12 |', '| 其中：1.当面申请数 | 件 | 12 |');
  assert.deepEqual(pairs(text), BOTH);
  // And `其中：` a row of its own.
  const own = edit(B33, '| 1.当面申请数 | 件 | 12 |', '| 其中： |  |  |\n| 1.当面申请数 | 件 | 12 |');
  assert.deepEqual(pairs(own), BOTH);
  assert.deepEqual(found(edit(OK, '| 1.当面申请数 | 件 | 12 |', '| 其中：1.当面申请数 | 件 | 12 |')), []);
});

test('其中 rows under a part adding up to more than the part: said on the part', () => {
  const REFUSED = '| 4.不同意公开答复数 | 件 | 2 |';
  const text = edit(OK, REFUSED, [REFUSED, '| 其中：涉及国家秘密 | 件 | 1 |', '| 涉及商业秘密 | 件 | 1 |', '| 涉及个人隐私 | 件 | 1 |'].join('\n'));
  const f = found(text);
  assert.deepEqual(f.map((x) => [x.actual, x.expected]), [[2, 3]]);
  assert.match(f[0].message, /“4\.不同意公开答复数”为 2，但其下“其中”各项之和为 1 \+ 1 \+ 1 = 3/);
  assert.equal(f[0].range.start.line, text.split('\n').indexOf(REFUSED));
  const fits = edit(OK, REFUSED, [REFUSED, '| 其中：涉及国家秘密 | 件 | 1 |', '| 涉及商业秘密 | 件 | 1 |', '| 涉及个人隐私 | 件 | 0 |'].join('\n'));
  assert.deepEqual(found(fits), []);
});
