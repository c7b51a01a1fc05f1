// prose-table / prose-sum: a 其中 list of 办理结果 after a count received and a clause saying all of them were answered
// (`收到申请7件，均为自然人申请，已全部办结，其中予以公开5件，无法提供2件，不予处理1件`, 表三 予以公开 4): the list
// splits that count. A term the table's number mends (5 → 4 makes the list add up to 7 again) is fixed, as after
// `办结7件，其中…`; a clause that only says what all the applications are (`均为自然人申请`) no longer hides the
// restatement; and with 表三's 上年结转 0 prose-sum's finding is a warning (brk147 #9).
// Bases: 洪泽区 2024 (表三 新收 95, 上年结转 0, 总计 95: 予以公开 50, 部分公开 9, 不予公开 3, 无法提供 32, 不予处理 1)
// and examples/correct-2024.nianbao.md (新收 46, 上年结转 2, 总计 47, 予以公开 24).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, edit, ROOT } from '../helpers.mjs';

const HONGZE_2024 = corpusText('peers/kiro_hongze-district_2024.txt');
const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const AT = '区政府办代表区政府受理政府\n信息公开申请 17 件，均已在法定期限内予以答复。';
const RESULTS = '其中予以公开 51 件，部分公开 9 件，不予公开 3 件，无法提供 32 件，不予处理 1 件。';
const of = (text, rule) => core.analyze(text).findings.filter((f) => f.ruleId === rule);

test('a term the table mends in a 办理结果 list after “已全部办结” is fixed, with or without “均为自然人申请” between', () => {
  for (const between of ['均为自然人申请，已全部办结', '已全部办结', '申请人均为自然人，均已按时答复']) {
    const text = edit(HONGZE_2024, AT, `我区共收到政府信息公开申请 95 件，${between}，${RESULTS}`);
    const [f] = of(text, 'prose-table');
    assert.ok(f, between);
    assert.match(f.message, /改为 50 后各项之和正好是句中所说的总数 95（prose-sum 报告的各项之和不符由此而来）：改这一个数即可。/, between);
    assert.doesNotMatch(f.message, /只改它会改变它们的和/);
    assert.equal(f.fix?.edits[0].newText, '50', between);
    const fixed = core.fixAll(text).text;
    assert.ok(fixed.includes(`${between}，其中予以公开 50 件，部分公开 9 件`), between);
    assert.deepEqual(of(fixed, 'prose-table'), [], between);
    assert.deepEqual(of(fixed, 'prose-sum'), [], between);
    // prose-sum: 51 + 9 + 3 + 32 + 1 = 96 for 95, a warning (表三 has no carried-over applications).
    const [s] = of(text, 'prose-sum');
    assert.ok(s, between);
    assert.equal(s.severity, 'warning', between);
    assert.match(s.message, /总数写为 95件，但其中各项之和为 51 \+ 9 \+ 3 \+ 32 \+ 1 = 96，相差 \+1（“其中”前说申请已全部(?:办结|答复)，表三没有上年结转的申请，所以按这个总数核对）/);
  }
});

test('with applications carried over, the answered ones may be more than the count received: no fix, prose-sum an info', () => {
  const at = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中';
  const text = edit(CORRECT, at, '全年收到政府信息公开申请46件，已全部办结，其中');
  // 25 + 6 + 6 + 7 + 3 + 1 = 48; with 表三's 24 it is 47, 表三's 办理结果总计, not the 46 received.
  const prose = edit(text, '予以公开24件', '予以公开25件');
  const [f] = of(prose, 'prose-table').filter((x) => x.data.quantity === 'R3.1');
  assert.ok(f);
  assert.equal(f.fix, undefined);
  assert.match(f.message, /只改它会改变它们的和/);
  const [s] = of(prose, 'prose-sum');
  assert.equal(s?.severity, 'info');
  assert.match(s.message, /若办结的还含上年结转的申请，请在正文写明/);
});

test('a clause about all the applications that counts or narrows them is no restatement', () => {
  // `均为上年结转…` / a number between: the total is not known, nothing is reported by prose-sum.
  for (const between of ['其余均为上年结转，已全部办结', '其中 5 件为网上申请，已全部办结']) {
    const text = edit(HONGZE_2024, AT, `我区共收到政府信息公开申请 95 件，${between}，${RESULTS}`);
    assert.deepEqual(of(text, 'prose-sum').filter((f) => /95件/.test(f.message)), [], between);
  }
});
