// breaker50 #12: a publication date in brackets under the title (`（2024年1月20日发布）`, as a document's date is
// written there) was not read, while `发布日期：2024-01-20` was: an impossible early date passed. It is read as the
// publication date when it stands right under the title, alone on its line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const TITLE = '# 某某市某某局2024年政府信息公开工作年度报告\n';
const under = (line) => CORRECT.replace(TITLE, `${TITLE}\n${line}\n`);

test('a bracketed date under the title is the publication date: before the year ends it is date-invalid, in time nothing, late date-late', () => {
  assert.ok(CORRECT.startsWith(TITLE));
  for (const line of ['（2024年1月20日发布）', '(2024年1月20日)', '（2024年1月20日印发）']) {
    const found = core.analyze(under(line)).findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['date-invalid'], line);
    assert.equal(found[0].range.start.line, 2);
  }
  assert.deepEqual(core.analyze(under('（2025年1月20日发布）')).findings, []);
  assert.deepEqual(core.analyze(under('（2025年6月20日发布）')).findings.map((f) => f.ruleId), ['date-late']);
});

test('a bracketed date further down (a date in the text) is no publication date', () => {
  const text = CORRECT.replace('本年度未收取信息处理费。', '本年度未收取信息处理费。\n\n（2024年1月20日）');
  assert.notEqual(text, CORRECT);
  assert.deepEqual(core.analyze(text).findings, []);
});
