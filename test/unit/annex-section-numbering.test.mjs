// Annexes after a report's last section (breaker14): `附件1：…` with its own 一、二、 is no restart of the report's
// section numbering.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ANNEX = ['', '附件1：某某市某某局2024年政务公开工作要点落实情况', '', '一、关于推进决策公开。全年公开重大行政决策草案3件。', '', '二、关于推进执行和结果公开。公开建设用地审批结果12批次。', ''];

test('an annex after the signature, as a line or a heading, with its own 一、二、: no finding, six sections', () => {
  for (const first of [ANNEX[1], `## ${ANNEX[1]}`, '附件', '**附件2**']) {
    const text = correct.trimEnd() + '\n' + [...ANNEX.slice(0, 1), first, ...ANNEX.slice(2)].join('\n');
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), [], first);
    assert.equal(report.sections.length, 6, first);
  }
});

test('一、二、 after the last section without an annex line are still said (section-order)', () => {
  const text = correct.trimEnd() + '\n' + ANNEX.filter((l) => !l.startsWith('附件')).join('\n');
  assert.ok(core.analyze(text).findings.some((f) => f.ruleId === 'section-order'));
});

test('an annex opened in HTML (<h2>附件1：…</h2>, <p><strong>附件1：…</strong></p>): no finding, six sections', () => {
  for (const first of [`<h2>${ANNEX[1]}</h2>`, `<p><strong>${ANNEX[1]}</strong></p>`, '<h3 class="annex">附件</h3>']) {
    const text = correct.trimEnd() + '\n' + [...ANNEX.slice(0, 1), first, ...ANNEX.slice(2)].join('\n');
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), [], first);
    assert.equal(report.sections.length, 6, first);
  }
});

test('an annex whose items are named like the report\'s sections (一、总体情况, 二、主动公开政府信息情况) starts at 附件: no finding', () => {
  const items = ['', '附件：下属单位政府信息公开工作情况', '', '一、总体情况', '', '下属单位共主动公开信息120条。', '', '二、主动公开政府信息情况', '', '各单位按要求公开。', ''];
  for (const first of [items[1], `## ${items[1]}`]) {
    const text = correct.trimEnd() + '\n' + [...items.slice(0, 1), first, ...items.slice(2)].join('\n');
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), [], first);
    assert.equal(report.sections.length, 6, first);
  }
});

test('a 附件 line between 五 and 六 followed by 六 is no annex: 六 stays a section', () => {
  const lines = correct.split('\n');
  const six = lines.findIndex((l) => /^#*\s*六、/.test(l));
  const text = [...lines.slice(0, six), '附件：某某情况说明', '', ...lines.slice(six)].join('\n');
  const { report } = core.analyze(text);
  assert.equal(report.sections.length, 6);
});

test('breaker18: the signature above an annex is read (its date, the place of a missing last section); 六 goes before it', () => {
  const lines = correct.trimEnd().split('\n');
  const six = lines.findIndex((l) => /^#*\s*六、/.test(l));
  const sig = lines.length - 2; // 某某市某某局 / 2025年1月20日
  // 六 removed (its heading and text up to the signature), an annex after the signature.
  const body = [...lines.slice(0, six), ...lines.slice(sig)];
  for (const first of [`<h2>${ANNEX[1]}</h2>`, ANNEX[1]]) {
    // An annex longer than the last 15 lines, where the signature used to be looked for only.
    const items = Array.from({ length: 12 }, (_, i) => ['', `（${'一二三四五六七八九十'[i % 10]}）落实事项${i + 1}。按要求完成。`]).flat();
    const text = [...body, ...ANNEX.slice(0, 1), first, ...ANNEX.slice(2), ...items, ''].join('\n');
    const { report, findings } = core.analyze(text);
    assert.deepEqual(report.extras.dates.map((d) => [d.kind, d.raw]), [['signature', '2025年1月20日']], first);
    const missing = findings.filter((f) => f.ruleId === 'section-missing');
    assert.equal(missing.length, 1, first);
    assert.match(missing[0].message, /落款之前/);
    const fixed = core.fixAll(text).text.split('\n');
    const at = fixed.findIndex((l) => /六、其他需要报告的事项/.test(l));
    assert.ok(at > 0 && at < fixed.indexOf('某某市某某局'), `六 at ${at} before the signature (${fixed.indexOf('某某市某某局')})`);
    // A late date above an annex is read too.
    const late = core.analyze(text.replace('2025年1月20日', '2025年6月20日')).findings.map((f) => f.ruleId);
    assert.ok(late.includes('date-late'), first);
  }
});
