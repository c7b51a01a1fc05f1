// `nianbao new`'s own placeholder, `（请在此处填写本部分内容。）` (helper-204 #2): template-note's fix took its object
// `本部分内容。` for the author's text and kept it, so a new draft run through fix-all got the line `本部分内容。` in three
// sections and section-empty no longer said they were empty. The placeholder is a note as a whole and goes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

const findingsOf = (text) => core.checkReport(core.parseReport(text));

for (const format of ['2021', '2019']) {
  test(`a new ${format} draft: the placeholder is a note, its fix deletes it whole, and the sections read empty after`, () => {
    const draft = core.renderNewReport({ format, year: format === '2021' ? 2024 : 2020, agency: '某某市某某局' });
    const notes = findingsOf(draft).filter((f) => f.ruleId === 'template-note');
    assert.ok(notes.length >= 3, notes.map((f) => f.message).join('\n'));
    for (const f of notes) assert.doesNotMatch(f.message, /是正文/);
    const fixed = core.fixAll(draft, { only: ['template-note'] }).text;
    assert.ok(!fixed.includes('请在此处填写'), 'no placeholder left');
    assert.ok(!fixed.includes('本部分内容'), 'none of its words left');
    // The placeholder's line and one of the blank lines around it (brk109 #11b: two blank lines were left).
    assert.equal(fixed.split('\n').length, draft.split('\n').length - 2 * notes.length, 'two lines less per placeholder');
    assert.ok(!/\n\n\n/.test(fixed), 'no two blank lines in a row');
    assert.ok(findingsOf(fixed).filter((f) => f.ruleId === 'section-empty').length >= 3);
  });
}

test('an author\'s text typed into a note after its colon is still kept', () => {
  const draft = core.renderNewReport({ format: '2021', year: 2024, agency: '某某市某某局' });
  const text = draft.replace('（请在此处填写本部分内容。）', '（文字描述，收取信息处理费情况在此处报告：本年度未收取信息处理费。）');
  const fixed = core.fixAll(text, { only: ['template-note'] }).text;
  assert.ok(fixed.includes('本年度未收取信息处理费。'));
});
