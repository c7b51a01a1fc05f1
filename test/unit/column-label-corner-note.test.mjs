// column-label on 表三's corner note: the message quotes what the fix writes (found by breaker31).
// breaker31 #6: column-label's message quotes the template's text as the fix writes it (in the document's half-width
// punctuation), not the template's full-width form. 表三's corner note without the comma before 等于 stays a finding:
// the corner note's text is fixed by the format (templates.md; the corpus expects it for seed 003).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, edit, only } from '../helpers.mjs';

const SEED3 = 'seeds/003_7487cbc35b761747.txt';
const CORNER = '(本列数据的勾稽关系为:第一项加第二项之和等于第三项加第四项之和)';
const WRITTEN = '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)';

test('seed 003: the corner note message quotes what the fix writes (half-width, with the comma)', () => {
  const f = only(corpusText(SEED3), 'column-label').found.find((x) => x.range.start.line === 28);
  assert.ok(f);
  assert.equal(f.message, `表三的列标题“${CORNER}”与格式不一致，应为“${WRITTEN}”。`);
  assert.equal(f.fix.edits[0].newText.trim(), WRITTEN);
});

test('a wrong word in the corner note: the message (zh and en) quotes the fix\'s text', () => {
  const text = edit(corpusText(SEED3), CORNER, CORNER.replace('第三项', '第五项'));
  const f = only(text, 'column-label').found.find((x) => x.range.start.line === 28);
  assert.ok(f.message.endsWith(`应为“${WRITTEN}”。`), f.message);
  const en = core.checkReport(core.parseReport(text), { locale: 'en' }).find((x) => x.ruleId === 'column-label' && x.range.start.line === 28);
  assert.ok(en.message.endsWith(`differs from the template: “${WRITTEN}”.`), en.message);
});
