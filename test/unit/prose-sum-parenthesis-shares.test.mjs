// prose-sum: a parenthesis after a list's total, a share typo beside a correct share, a share that confirms the
// table (found by breaker32).
// Prose findings of a thirty-second fresh user (breaker 32), variants of the breaker30/31 fixes: a parenthesis after
// a list's total, a share typo beside a correct share, a share that confirms the table's number.
// The base is examples/correct-2024.nianbao.md: 表三 新收 46, 上年结转 2, 办结 47 (予以公开 24, 部分公开 6, 不予公开 6,
// 无法提供 7, 不予处理 3, 其他处理 1), 结转下年度 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const LIST = '办结47件，其中予以公开24件、';

test('breaker32 N4: a parenthesis after the total (办结率, 其中按期办结) leaves the 其中 list tied to it: prose-sum, the mending message and the fix', () => {
  for (const aside of ['（办结率97.9%）', '（其中按期办结47件）', '（办结率97.9%）：']) {
    const text = edit(CORRECT, LIST, `办结47件${aside}${aside.endsWith('：') ? '' : '，'}其中予以公开42件、`);
    const [sum] = only(text, 'prose-sum').found;
    assert.deepEqual([sum?.actual, sum?.expected], [47, 65], aside);
    const [f] = only(text, 'prose-table').found;
    assert.deepEqual([f.actual, f.expected, f.fix?.edits[0].newText], [42, 24, '24'], aside);
    assert.match(f.message, /改为 24 后各项之和正好是句中所说的总数 47（prose-sum 报告的各项之和不符由此而来）：改这一个数即可。/, aside);
    assert.doesNotMatch(f.message, /只改它会改变它们的和/, aside);
    const fixed = core.applyFixes(text, [f.fix.edits[0]]).text;
    for (const rule of ['prose-table', 'prose-sum']) assert.deepEqual(only(fixed, rule).found, [], `${aside} ${rule}`);
  }
});

test('breaker32 N4: a parenthesis saying what the total holds besides (含上年结转) does not tie a list of 自然人 and 法人 to it', () => {
  const OPEN = '全年新收政府信息公开申请46件，上年结转2件；';
  // 40 + 6 = 46 new applications, of the 48 received.
  const text = edit(CORRECT, OPEN, '全年共受理政府信息公开申请48件（含上年结转2件），其中自然人申请40件、法人或其他组织申请6件。' + OPEN);
  assert.deepEqual(only(text, 'prose-sum').found, []);
});

test('breaker32 N6: of shares that fit their own counts\' sum but one, only that one is reported, against the sum', () => {
  const OPEN = '全年新收政府信息公开申请46件，上年结转2件；';
  // 6 / 46 = 13.0% fits; 78.0% is a typo for 40 / 46 = 87.0% (not of the 48 received: 40 / 48 = 83.3%, 6 / 48 = 12.5%).
  const text = edit(CORRECT, OPEN, '全年共受理政府信息公开申请48件（含上年结转2件）。从申请主体看，自然人申请40件，占78.0%；法人或其他组织申请6件，占13.0%。' + OPEN);
  const found = only(text, 'prose-percent').found;
  assert.deepEqual(found.map((f) => [f.actual, f.expected]), [[78, 87]]);
  assert.match(found[0].message, /^比率写为 78\.0%，但 40 \/ 46 = 87\.0%（46 是各项 40 \+ 6 之和，同一句其他占比都按它算得出）。/);
  assert.deepEqual(found[0].related.map((r) => r.message), ['分子 40', '分母 46（40 + 6）']);
});

test('breaker32 N9: a count with its own share (予以公开42件，占51.06%) that fits the table\'s number: the message says the share confirms it', () => {
  const RESULTS = '办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；';
  const shares = (first) => edit(CORRECT, RESULTS, `办结47件。按照办理结果划分：予以公开${first}，占51.06%；部分公开6件，占12.77%；不予公开6件，占12.77%；无法提供7件，占14.89%；不予处理3件，占6.38%；其他处理1件，占2.13%。`);
  const text = shares('42件');
  const [f] = only(text, 'prose-table').found;
  assert.deepEqual([f.actual, f.expected, f.fix?.edits[0].newText], [42, 24, '24']);
  assert.match(f.message, /相差 \+18。正文紧接着写的 51\.06% 也正好是 24 \/ 47（prose-percent 报告的比率不符由此而来）：改这一个数即可。$/);
  const [e] = core.checkReport(core.parseReport(text), { locale: 'en' }).filter((x) => x.ruleId === 'prose-table');
  assert.match(e.message, /The share written right after it, 51\.06%, is 24 \/ 47 too \(which is why prose-percent reports the share\)/);
  assert.equal(only(text, 'prose-percent').found.length, 1);
  const fixed = core.applyFixes(text, [f.fix.edits[0]]).text;
  for (const rule of ['prose-table', 'prose-percent']) assert.deepEqual(only(fixed, rule).found, [], rule);
  // A share that does not fit the table's number either says nothing of it.
  const [g] = only(edit(text, '占51.06%', '占60.00%'), 'prose-table').found;
  assert.doesNotMatch(g.message, /prose-percent/);
});
