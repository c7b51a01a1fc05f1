// template-note and page-leftover wrapped over two lines are found, and deleted whole (found by breaker31).
// breaker31 #9: a template note or a line of page chrome wrapped over two lines (pdftotext, a hard-wrapped draft) is
// found as the one-line form is, and its fix deletes both parts and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const FEE = '本年度未收取信息处理费。';
const fixed = (text, rule) => core.fixAll(text, { rules: Object.fromEntries(core.RULES.map((r) => [r.meta.id, r.meta.id === rule ? r.meta.defaultSeverity : 'off'])) }).text;

test('template-note: the note broken after 收取信息处理费 (a line of its own) is found; the fix deletes its two lines', () => {
  const text = edit(correct, FEE, `${FEE}\n\n（文字描述，收取信息处理费\n情况在此处报告。）\n`);
  const [f, ...rest] = only(text, 'template-note').found;
  assert.deepEqual(rest, []);
  assert.ok(f, 'found');
  assert.equal(f.message, '模板的填写说明“（文字描述，收取信息处理费情况在此处报告。）”未删除（分在 2 行）。');
  const at = text.split('\n').indexOf('（文字描述，收取信息处理费');
  assert.deepEqual(f.range, { start: { line: at, character: 0 }, end: { line: at + 1, character: '情况在此处报告。）'.length } });
  assert.equal(fixed(text, 'template-note'), edit(correct, FEE, `${FEE}\n\n`));
});

test('template-note: pdftotext form (indented, broken before 报告。）) and a note after text on its line: only the note goes', () => {
  const indented = edit(correct, FEE, `   （文字描述，收取信息处理费情况在此处\n报告。）\n${FEE}`);
  assert.equal(only(indented, 'template-note').found.length, 1);
  assert.equal(fixed(indented, 'template-note'), correct);
  const inText = edit(correct, FEE, `${FEE}（文字描述，收取信息处理费情况在此\n处报告。）本年度无其他需要报告的事项。`);
  const [f] = only(inText, 'template-note').found;
  assert.ok(f);
  assert.equal(fixed(inText, 'template-note'), edit(correct, FEE, `${FEE}本年度无其他需要报告的事项。`));
  // A bracket of report text that goes on to the next line is no note.
  const prose = edit(correct, FEE, `${FEE}（本年度共收到咨询\n12次，均已答复。）`);
  assert.deepEqual(only(prose, 'template-note').found, []);
});

test('page-leftover: 扫一扫在手机 / 打开当前页 on two lines is one block of chrome; the fix deletes both lines', () => {
  const text = correct.trimEnd() + '\n\n扫一扫在手机\n打开当前页\n';
  const [f, ...rest] = only(text, 'page-leftover').found;
  assert.deepEqual(rest, []);
  assert.ok(f, 'found');
  assert.ok(f.message.includes('“扫一扫在手机 / 打开当前页”'), f.message);
  assert.equal(fixed(text, 'page-leftover').trimEnd(), correct.trimEnd());
  // Two short lines of report text are not joined into chrome.
  const prose = correct.trimEnd() + '\n\n扫一扫二维码\n即可查看办事指南。\n';
  assert.deepEqual(only(prose, 'page-leftover').found, []);
});
