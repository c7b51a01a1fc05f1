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
