// breaker50 #6: a 2021 report whose 表三 is cut off at or before （六）其他处理 was read with the 2019 row list (which
// has fewer rows to miss): the blank 2021 group label was called the 2019 single row (format-mixed) and "没有数字",
// the three 2021 sub-rows were never named, and with （六） gone too three row-missing fixes said `fixable` but
// `--fix` changed nothing. The （六） label without sub-rows in a 2021 report is the 2021 group whose sub-rows are
// missing: row-missing names them and its fix inserts them under the group (with the label where it is gone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINES = CORRECT.split('\n');
const last = LINES.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));

/** The example with its last `n` 表三 lines removed. */
const cut = (n) => [...LINES.slice(0, last + 1 - n), ...LINES.slice(last + 1)].join('\n');

const SUBS = ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'];
const T3_ROWS = ['（六）其他处理', ...SUBS, '（七）总计', '四、结转下年度继续办理'];

/** The labels of the 表三 rows of `text` from `（五）不予处理`'s last row on, in order. */
const tailRows = (text) => {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('| 5.要求行政机关确认或重新出具已获取信息'));
  const out = [];
  for (let i = from + 1; i < lines.length && lines[i].startsWith('|'); i++) out.push(lines[i].split('|')[1].trim());
  return out;
};

test('2021 表三 ending at the blank （六）其他处理 group label: its three sub-rows are missing, not a 2019 single row', () => {
  const text = cut(5);
  assert.ok(text.split('\n').some((l) => l.startsWith('| （六）其他处理')), 'the group label stays');
  const { findings } = core.analyze(text);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'format-mixed').map((f) => f.message), []);
  const missing = findings.filter((f) => f.ruleId === 'row-missing');
  assert.ok(!missing.some((f) => /“（六）其他处理”行没有数字/.test(f.message)), missing.map((f) => f.message).join('\n'));
  for (const label of [...SUBS, '（七）总计', '四、结转下年度继续办理']) {
    const f = missing.find((x) => x.message.includes(`缺少“${label}”行`));
    assert.ok(f, label);
    assert.equal(f.severity, 'error');
  }
  // Each goes below the group label, not above it.
  assert.ok(missing.every((f) => /应在“（六）其他处理”之后/.test(f.message)), missing.map((f) => f.message).join('\n'));
});

test('2021 表三 cut before （六）: the sub-rows are named with their group, and every fix offered is applied by fix-all', () => {
  for (const n of [6, 7, 10]) {
    const text = cut(n);
    const { findings } = core.analyze(text);
    const missing = findings.filter((f) => f.ruleId === 'row-missing');
    for (const label of SUBS) assert.ok(missing.some((f) => f.message.includes(`缺少“（六）其他处理”下的“${label}”行`)), `${n}: ${label}`);
    assert.ok(!missing.some((f) => /缺少“（六）其他处理”行/.test(f.message)), `${n}: no bare （六） row`);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'format-mixed').map((f) => f.message), [], `${n}`);
    const fixed = core.fixAll(text);
    const after = core.analyze(fixed.text).findings;
    // Nothing left that says it can be fixed: the fixes offered were all taken.
    assert.deepEqual(after.filter((f) => f.fix?.edits.length).map((f) => f.message), [], `${n} lines cut`);
    assert.deepEqual(fixed.refused.map((f) => f.message), [], `${n} lines cut`);
    assert.deepEqual(tailRows(fixed.text).slice(-T3_ROWS.length), T3_ROWS, `${n} lines cut`);
    // The inserted rows are blank and stay errors until filled in; no format-mixed for the group label inserted.
    assert.ok(after.some((f) => f.ruleId === 'row-missing' && /“3.其他”行没有数字/.test(f.message)));
    assert.deepEqual(after.filter((f) => f.ruleId === 'format-mixed'), []);
  }
});

test('表三 cut short by most of its rows: --fix inserts all of them', () => {
  for (const n of [17, 20]) {
    const text = cut(n);
    const fixed = core.fixAll(text);
    const after = core.analyze(fixed.text).findings;
    assert.deepEqual(after.filter((f) => f.fix?.edits.length).map((f) => f.message), [], `${n} lines cut`);
    assert.deepEqual(tailRows(fixed.text).slice(-T3_ROWS.length), T3_ROWS, `${n} lines cut`);
  }
});

test('a single （六）其他处理 row with numbers in a 2021 report is still the 2019 layout (format-mixed)', () => {
  const lines = LINES.slice();
  const six = lines.findIndex((l) => l.startsWith('| （六）其他处理'));
  // The group label and its three rows replaced by one row of numbers.
  lines.splice(six, 4, '| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
  const { findings } = core.analyze(lines.join('\n'));
  assert.ok(findings.some((f) => f.ruleId === 'format-mixed' && /2019 年格式/.test(f.message)), findings.map((f) => f.ruleId).join());
});

test('a 2021 表三 too broken to read counts the 2021 format\'s 25 rows, not 2019\'s 23', () => {
  // Three rows left, two of them swapped: not a clean table cut short (table3-cut-short.test.mjs), an unreadable one.
  const keep = LINES.filter((l, i) => !(l.startsWith('| ') && i > LINES.findIndex((x) => x.startsWith('| （一）予以公开')) && i <= last));
  const t3 = keep.findIndex((l) => l.startsWith('| 一、本年新收'));
  [keep[t3], keep[t3 + 1]] = [keep[t3 + 1], keep[t3]];
  const found = core.analyze(keep.join('\n')).findings.filter((f) => f.ruleId === 'table-unreadable');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /表三只读出 \d+ 行（共 25 行）/);
});
