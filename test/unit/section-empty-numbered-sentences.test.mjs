// A section written as a numbered list of one-sentence items (`（一）本年度未收取信息处理费。` / `（二）2023年，县政府共
// 承办人大代表建议68件…，办复率100%。`) was read as sub-headings only, and section-empty said the section had nothing
// under it (brk111 #2). Such a line is an item of content: the outline leaves it out, so section-empty and every
// other reader of the outline agree. Titles, also ones ending in `。`, stay sub-headings, and a section of titles alone
// is still empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
/** The example with section 六's text replaced by `lines` (one paragraph each). */
const six = (...lines) => edit(correct, '本年度未收取信息处理费。\n', lines.join('\n\n') + '\n');
const empty = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'section-empty');
/** The titles of the sub-headings the outline has in section 六. */
const subHeadings = (text) => {
  const { report } = core.analyze(text);
  const s = report.sections.find((x) => x.heading.title === '其他需要报告的事项');
  return report.headings.filter((h) => h.level > 1 && h.line > s.startLine && h.line < s.endLine).map((h) => h.ordinal + h.title);
};

const FEE = '（一）本年度未收取信息处理费。';
const PROPOSALS = '（二）2024年，本局共承办人大代表建议68件、政协提案95件，均已按期办结，办复率100%。';

test('六 written as two numbered one-sentence items has content, and neither item is a sub-heading', () => {
  const text = six(FEE, PROPOSALS);
  assert.deepEqual(empty(text), []);
  assert.deepEqual(subHeadings(text), []);
});

test('each such item alone is content: a count in a sentence, the year it reports on followed by a comma or a negation', () => {
  for (const item of [FEE, PROPOSALS, '（一）2024年未收取信息处理费。', '（一）全年，本局未发生信息处理费收取事项。',
    '1.本年度未收取信息处理费。', '（二）办理人大代表建议12件、政协提案8件，均已按时办结并公开办理结果。',
    '（二）共承办人大代表建议68件，政协提案95件']) {
    assert.deepEqual(empty(six(item)), [], item);
  }
});

test('titles stay sub-headings, also with a final 。 or a year, and a section of titles alone is still empty', () => {
  const titles = ['（一）信息处理费收取情况。', '（二）建议提案办理结果公开情况', '（三）领导重视，高位推进。', '（四）2024年工作中存在问题的改进情况'];
  const text = six(...titles);
  assert.deepEqual(subHeadings(text), titles);
  const f = empty(text);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /^“六、其他需要报告的事项”下没有内容/);
  // A sentence marked as a heading (bold) stays one: its writer made it one.
  assert.deepEqual(subHeadings(six(`**${PROPOSALS}**`)), [PROPOSALS]);
});

test('the sub-headings of 一 in the example (（一）主动公开 …) are read as before; a title with a final 。 too', () => {
  const { report } = core.analyze(correct);
  assert.ok(report.headings.some((h) => h.ordinal + h.title === '（一）主动公开'));
  const text = edit(correct, '### （一）主动公开\n', '（一）主动公开情况。\n');
  assert.ok(core.analyze(text).report.headings.some((h) => h.ordinal + h.title === '（一）主动公开情况。'));
  const run = edit(correct, '### （一）主动公开\n', '（二）依申请公开情况。全年共收到申请12件。\n');
  assert.ok(core.analyze(run).report.headings.some((h) => h.ordinal + h.title === '（二）依申请公开情况。'));
});
