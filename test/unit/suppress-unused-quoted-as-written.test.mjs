// --report-unused-disable quotes the comment as it is written in the draft, so that a search of the file finds it:
// with a Chinese comma between the ids, a reason, and only some of its ids unused (then only those are named).
import test from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';
import { readFileSync } from 'node:fs';

const clean = readFileSync(new URL('../../examples/correct-2024.nianbao.md', import.meta.url), 'utf8');
const unusedOf = (text, locale = 'zh') => core.checkReport(core.parseReport(text), { reportUnusedDisable: true, locale }).filter((f) => f.ruleId === core.UNUSED_DISABLE);

test('an unused disable comment is quoted as written: ids with a Chinese comma and a reason', () => {
  const lines = clean.split('\n');
  const at = lines.findIndex((l) => l.startsWith('一、'));
  const comment = '<!-- nianbao-disable-next-line row-label，cell-blank -- 已核实 -->';
  lines.splice(at + 1, 0, comment);
  const text = lines.join('\n');
  const [u] = unusedOf(text);
  assert.ok(u, 'the unused comment is reported');
  assert.equal(u.message, `${comment}没有屏蔽任何问题（该处没有报告 row-label, cell-blank），可以删除。`);
  assert.ok(text.includes(u.message.slice(0, u.message.indexOf('没有'))), 'the quote is found in the file');
  assert.equal(unusedOf(text, 'en')[0].message, `Unused ${comment} (no row-label, cell-blank problems were reported there).`);
});

test('a comment of which one id suppressed something: only the other is named, in the comment as written', () => {
  const lines = clean.split('\n');
  // A doubled word for duplicate-word to report on the line after the comment.
  const at = lines.findIndex((l) => l.startsWith('一、'));
  const para = lines.findIndex((l, i) => i > at && l.trim().length > 20 && !l.startsWith('|') && !/^[（(一二三四五六七八九十#]/.test(l.trim()));
  lines[para] = '资金资金' + lines[para];
  const comment = '<!-- nianbao-disable-next-line duplicate-word，row-label -->';
  lines.splice(para, 0, comment);
  const text = lines.join('\n');
  assert.equal(core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'duplicate-word').length, 0, 'duplicate-word is suppressed');
  const [u] = unusedOf(text);
  assert.equal(u.message, `${comment} 中的 row-label 没有屏蔽任何问题（该处没有报告 row-label），可以从注释中删去。`);
  assert.equal(unusedOf(text, 'en')[0].message, `Unused row-label in ${comment} (no row-label problems were reported there).`);
});
