// breaker46 #6: a report whose section headings are numbered `（一）`…`（七）` instead of `一、`… (its sub-headings
// numbered `(一)`… and restarting under each section) was read as no report at all. It reads as the same report:
// the same sections and findings as written `一、`…, plus section-order's word on each heading's numbering style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

const SEED = corpusText('seeds/002_029685eb87fde92d.txt');
const renumbered = (text) => text.replace(/^([一二三四五六七])、/gm, (m, d) => `（${d}）`);
const brief = (findings) => findings.filter((f) => f.ruleId !== 'section-order').map((f) => `${f.ruleId} ${f.message}`).sort();

test('seed 002 numbered （一）…（七） reads as the same report with the same findings', () => {
  const text = renumbered(SEED);
  assert.notEqual(text, SEED);
  const plain = core.analyze(SEED), again = core.analyze(text);
  assert.equal(again.report.isReport, true);
  assert.deepEqual(again.report.sections.map((s) => s.heading.title), plain.report.sections.map((s) => s.heading.title));
  assert.deepEqual(brief(again.findings), brief(plain.findings));
  // Each heading's numbering style is said (section-order), and only that.
  const styles = again.findings.filter((f) => f.ruleId === 'section-order');
  assert.ok(styles.length >= 1, 'the numbering style is said');
});

test('a text with a few （一）… headings that name no sections is not made a report', () => {
  const text = '关于开展安全检查的通知\n\n（一）检查范围\n\n各单位。\n\n（二）检查内容\n\n消防。\n\n（三）时间安排\n\n三月。\n\n（四）工作要求\n\n认真。\n\n（五）联系方式\n\n电话。\n';
  assert.equal(core.analyze(text).report.isReport, false);
});
