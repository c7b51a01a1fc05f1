// Three items of prose compared with 表三 left open by the fresh-user rounds (prose3).
// 1: a count of the applications that came through one channel (`通过12345热线提交的政府信息公开申请80件`, `其中通过“局长
//    信箱”提交60件`, `网上申请60件`) was a part of the year's and never compared: a part larger than the whole 表三 gives
//    (新收, or 新收 + 上年结转 when the count may be of everything handled) is a contradiction of its own. So are the
//    counts of a breakdown by ways of applying (`其中当面申请3件，网上申请45件`) that add up to more than it.
// 2: `…申请46件，其中通过“局长信箱”提交10件，办结45件` (the part without brackets) read the 办结 as another term of the 其中
//    list and offered no fix, while `（其中通过“局长信箱”提交10件），办结45件` got one.
// 3: sum-results said “某个办理结果” when only one row can be the wrong one.
// Base: examples/correct-2024.nianbao.md (某某市某某局 2024: 新收 46, 上年结转 2, 办结 47, 予以公开 24, 部分公开 6), with
// sentences added under （二）依申请公开 as real reports word them; the breaker fixtures r11 and r06d (test/fixtures/reports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, ROOT } from '../helpers.mjs';

const read = (p) => readFileSync(join(ROOT, p), 'utf8');
const CORRECT = read('examples/correct-2024.nianbao.md');
const R11 = read('test/fixtures/reports/breaker21-r11-sum-results-2022.md');
const R06D = read('test/fixtures/reports/breaker22-r06d-two-rows-claim-2024.md');
/** The end of the 表三 sentence of the base: a sentence added after it is in the same paragraph, under （二）依申请公开. */
const T3_SENTENCE = '结转下年度继续办理1件。';
const added = (sentence) => edit(CORRECT, T3_SENTENCE, T3_SENTENCE + sentence);
const table = (text) => only(text, 'prose-table').found;
const brief = (f) => [f.actual, f.expected, f.data.quantity, f.severity, f.fix?.edits[0].newText];
const said = (text, f) => text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character);

// ------------------------------------------------------------------------------------ item 2: 其中 part without brackets

test('the 办结 after a 其中 part is no term of that list: fixed as with the parenthesis', () => {
  for (const sentence of [
    '全年共收到政府信息公开申请46件（其中通过“局长信箱”提交10件），办结45件。',
    '全年共收到政府信息公开申请46件，其中通过“局长信箱”提交10件，办结45件。',
    '全年共收到政府信息公开申请46件，其中通过12345热线转办的申请5件，答复45件。',
  ]) {
    const text = added(sentence);
    assert.deepEqual(table(text).map(brief), [[45, 47, 'R3.7', 'error', '47']], sentence);
    assert.ok(core.fixAll(text).text.includes(sentence.replace('45件', '47件')), sentence);
  }
  // breaker18's `；` case: the 其中 list is 本年新收46件 alone; 办结 and 结转 are statements of their own.
  const semi = edit(CORRECT, '全年新收政府信息公开申请46件，上年结转2件；办结47件，', '全年共受理政府信息公开申请48件，其中本年新收46件；办结43件，');
  const f = table(semi).find((x) => x.actual === 43);
  assert.deepEqual(brief(f), [43, 47, 'R3.7', 'error', '47']);
  assert.ok(!f.message.includes('列举的'), f.message);
  // A list of what was done stays a list: changing one term changes what they add up to.
  const done = table(added('全年共收到政府信息公开申请46件，其中办结45件，结转下年度继续办理2件。'));
  assert.deepEqual(done.map(brief), [[2, 1, 'R4', 'error', undefined]]);
  assert.ok(done[0].message.includes('列举的 2 个数（45件、2件）之一'), done[0].message);
});
