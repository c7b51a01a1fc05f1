// breaker50 #1 (data loss): an author who types the answer into the template's note, `（文字描述，本年度未收取信息处理费。）`
// or `（文字描述，收取信息处理费情况在此处报告：本年度未收取信息处理费。）`, or over several lines, lost it to template-note's
// fix, which deleted the whole bracket (and the lines), and was told that the sentence was a template note. Now the
// finding says what is the author's, and the fix deletes only the template's words and the brackets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SIX = /## 六、其他需要报告的事项\n\n[^\n]+\n/;
const withSix = (body) => CORRECT.replace(SIX, `## 六、其他需要报告的事项\n\n${body}\n`);

test('the author\'s words in a note are kept by the fix; only the template\'s words and the brackets go', () => {
  assert.ok(SIX.test(CORRECT));
  for (const [note, kept] of [
    ['（文字描述，本年度未收取信息处理费。）', '本年度未收取信息处理费。'],
    ['（文字描述，收取信息处理费情况在此处报告：本年度未收取信息处理费。）', '本年度未收取信息处理费。'],
    ['(文字描述,收取信息处理费情况在此处报告:无。)', '无。'],
    ['本局全年未收取信息处理费（文字描述，收取信息处理费情况在此处报告：办理建议5件。）', '本局全年未收取信息处理费办理建议5件。'],
  ]) {
    const text = withSix(note);
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['template-note'], note);
    assert.match(findings[0].message, /是正文。修复只删除说明文字和括号，保留正文/);
    assert.ok(findings[0].message.includes(`${kept.slice(-6)}”是正文`), findings[0].message);
    const fixed = core.applyFixes(text, findings[0].fix.edits).text;
    assert.equal(fixed, withSix(kept), note);
    assert.deepEqual(core.analyze(fixed).findings, []);
  }
});

test('a note wrapped over lines with the author\'s text in it: the text stays on its lines, the note\'s words go', () => {
  const note = '（文字描述，收取信息处理费情况在此处报告。\n本年度未收取信息处理费。2024年，本局落实《2024年政务公开工作要点》确定的12项任务，全部完成；\n办理人大代表建议5件、政协提案3件，办理结果均已公开。）';
  const text = withSix(note);
  const { findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), ['template-note']);
  assert.match(findings[0].message, /分在 3 行/);
  const fixed = core.applyFixes(text, findings[0].fix.edits).text;
  assert.equal(fixed, withSix('本年度未收取信息处理费。2024年，本局落实《2024年政务公开工作要点》确定的12项任务，全部完成；\n办理人大代表建议5件、政协提案3件，办理结果均已公开。'));
  assert.deepEqual(core.analyze(fixed).findings, []);
});

test('the template\'s note alone is still deleted whole (its line with it)', () => {
  const text = CORRECT.replace(SIX, '## 六、其他需要报告的事项\n\n（文字描述，收取信息处理费情况在此处报告。）\n本年度未收取信息处理费。\n');
  const { findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => f.ruleId), ['template-note']);
  assert.match(findings[0].message, /^模板的填写说明“（文字描述，收取信息处理费情况在此处报告。）”未删除。$/);
  const fixed = core.applyFixes(text, findings[0].fix.edits).text;
  assert.equal(fixed, CORRECT.replace(SIX, '## 六、其他需要报告的事项\n\n本年度未收取信息处理费。\n'));
});
