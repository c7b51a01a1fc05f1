// prose-change: with last year's report, no change is worded the same whichever branch says it (fixA #5). An amount
// and a rate checked together (`较上年增加6件，增长15%` when last year's count was the same) said `应为与上年持平、增长
// 0.0%` (or `应为增长 0.0%` for the rate alone), while a rate or an amount alone said `应为与上年持平`; now all say
// 与上年持平 (unchanged), once.
// Base: examples/correct-2024.nianbao.md (新收 46), made last year's too (新收 46 both years).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LAST = core.parseReport(CORRECT.replaceAll('2024', '2023'));
const said = (words) => core.checkReport(core.parseReport(edit(CORRECT, '全年新收政府信息公开申请46件，', `全年新收政府信息公开申请46件，${words}`)), { previous: LAST })
  .filter((f) => f.ruleId === 'prose-change');

test('no change against last year is 与上年持平 in the pair branch, as in the rate and amount branches', () => {
  for (const [words, wrote] of [['较上年增加6件，增长15%，', '正文写增加 6件、增长 15%'], ['较上年增加0件，增长15%，', '正文写增长 15%'], ['较上年增加6件，增长0%，', '正文写增加 6件'], ['同比增长15%，', '正文写增长 15%'], ['较上年增加6件，', '正文写增加 6件']]) {
    const found = said(words);
    assert.equal(found.length, 1, words);
    assert.ok(found[0].message.includes(`应为与上年持平，${wrote}`), found[0].message);
    assert.ok(!/增长 0(?:\.0)?%/.test(found[0].message), found[0].message);
    assert.equal(found[0].expected, 0);
  }
});

test('in English too: unchanged, not up 0.0%', () => {
  const text = edit(CORRECT, '全年新收政府信息公开申请46件，', '全年新收政府信息公开申请46件，较上年增加6件，增长15%，');
  const [f] = core.checkReport(core.parseReport(text), { previous: LAST, locale: 'en' }).filter((x) => x.ruleId === 'prose-change');
  assert.match(f.message, /so unchanged, but the text says up 6 and up 15%/);
  assert.doesNotMatch(f.message, /up 0\.0%/);
});
