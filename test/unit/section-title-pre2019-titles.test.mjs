// breaker47 #5: the pre-2019 section titles `一、概述` and `三、依申请公开政府信息情况` in a 2019/2021-format report were
// taken silently, while `五、存在的主要问题及下步工作打算` (a variant of the same kind) got section-title. They are the
// conventional form's titles (templates.md §2.2), not the unified format's (§3.1, §4.1): section-title at info,
// with its fix to the canonical title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

test('一、概述 and 三、依申请公开政府信息情况 in a 2024 report: section-title (info) each, fixed to the canonical titles', () => {
  const text = edit(edit(CORRECT, '## 一、总体情况', '## 一、概述'), '## 三、收到和处理政府信息公开申请情况', '## 三、依申请公开政府信息情况');
  const found = core.analyze(text, { locale: 'zh' }).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['section-title', 'info'], ['section-title', 'info']]);
  assert.match(found[0].message, /“一、概述”是标准标题的变体，格式规定为“一、总体情况”/);
  assert.match(found[1].message, /格式规定为“三、收到和处理政府信息公开申请情况”/);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, CORRECT);
});

test('the conventional form keeps its own titles: seed 000 (a 2018 report, pre2019) gets no section-title for 概述', () => {
  const seed = readFileSync(join(ROOT, '..', 'shared', 'corpus', 'seeds', '000_f7ed614ce96fc61e.txt'), 'utf8');
  assert.equal(core.parseReport(seed).format, 'pre2019');
  assert.deepEqual(core.analyze(seed, { locale: 'zh' }).findings.filter((f) => f.ruleId === 'section-title' && /概述/.test(f.message)), []);
});
