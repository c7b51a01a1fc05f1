// prose-sum / prose-percent: a total written in 万 over parts written in full (`共1.2万件，其中依申请公开3456件、主动公开
// 8544件`) (fixA #6). prose-percent read such a total as the count it stands for (11500–12499) already; prose-sum read
// no list at all under it (the parts' unit 件 is not the total's 万件), so a list adding up to far more was never said.
// Now the list is summed against what the total may stand for: silent within its rounding, said beyond it.
// Base: examples/correct-2024.nianbao.md, a sentence added after its 主动公开 paragraph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const AT = '制发行政规范性文件3件，废止1件，现行有效25件。';
const prose = (s) => core.analyze(edit(CORRECT, AT, AT + s)).findings.filter((f) => f.ruleId === 'prose-sum' || f.ruleId === 'prose-percent');

test('parts in full that add up to what a total in 万 stands for are silent, with their shares too', () => {
  for (const s of [
    '全年共办理各类信息1.2万件，其中依申请公开3456件、主动公开8544件。',
    '全年共办理各类信息1.2万件，其中依申请公开3456件、其他8044件。', // 11500: still 1.2万
    '全年共办理各类信息1.2万件，其中依申请公开3456件、其他9043件。', // 12499
    '全年共办理各类信息1.2万件，其中依申请公开3456件，占28.8%；主动公开8544件，占71.2%。',
    '全年共办理各类信息3万件，其中依申请公开1万件、其他2万件。',
  ]) assert.deepEqual(prose(s), [], s);
});

test('parts in full beyond the rounding of a total in 万 are said, quoting the total as written', () => {
  const [f, ...rest] = prose('全年共办理各类信息1.2万件，其中依申请公开3456件、主动公开9544件。');
  assert.deepEqual(rest, []);
  assert.deepEqual([f.ruleId, f.actual, f.expected], ['prose-sum', 12000, 13000]);
  assert.match(f.message, /“1\.2万件”（按所写的精度为 11500–12499件）.*3456 \+ 9544 = 13000，相差 \+501/);
  // A complete list (其他 last) below the rounding, or just above it.
  assert.deepEqual(prose('全年共办理各类信息1.2万件，其中依申请公开3456件、其他8043件。').map((x) => [x.actual, x.expected]), [[12000, 11499]]);
  assert.deepEqual(prose('全年共办理各类信息1.2万件，其中依申请公开3456件、其他9044件。').map((x) => [x.actual, x.expected]), [[12000, 12500]]);
  // A share against the total in 万 outside what it allows: prose-percent, as before.
  assert.deepEqual(prose('全年共办理各类信息1.2万件，其中依申请公开3456件，占35%。').map((x) => [x.ruleId, x.actual]), [['prose-percent', 35]]);
});
