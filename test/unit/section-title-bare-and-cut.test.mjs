// brk143 #1: a section heading with its title missing (`## 一、`, `一、`, `## 一`, `## （一）` where the section heading
// belongs) was section-missing, and the fix inserted a second `一、总体情况` under it (the section's text left under the
// untitled one). brk143 #2: titles cut short (`一、总体`, `二、主动公开`) passed silently, `六、其他` was section-missing.
// At a section's place, both are that section with its title incomplete: section-title, fixed in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const TITLES = ['## 一、总体情况', '## 三、收到和处理政府信息公开申请情况', '## 六、其他需要报告的事项'];

test('a section heading of its ordinal alone is that section with its title missing, completed in place', () => {
  for (const full of TITLES) {
    const n = full.charAt(3);
    for (const bare of [`## ${n}、`, `${n}、`, `## ${n}`, `## （${n}）`]) {
      const text = CORRECT.replace(full, bare);
      const { findings } = core.analyze(text);
      const rules = findings.map((f) => f.ruleId);
      assert.ok(!rules.includes('section-missing'), `${bare}: ${rules}`);
      const said = findings.find((f) => f.ruleId === 'section-title');
      assert.ok(said && said.message.includes('缺少标题'), `${bare}: ${findings.map((f) => f.message)}`);
      const fixed = core.fixAll(text).text;
      assert.equal(fixed, bare.startsWith('#') ? CORRECT : CORRECT.replace(full, full.slice(3)), bare);
    }
  }
});

test('a draft of its title and a bare `## 一、` gets the other sections after it, not a second 一、', () => {
  const text = '# 某某市某某局2024年政府信息公开工作年度报告\n\n本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n\n## 一、\n';
  const { findings } = core.analyze(text);
  assert.ok(!findings.some((f) => f.ruleId === 'section-missing' && f.message.includes('“一、总体情况”')), findings.map((f) => f.message).join('\n'));
  const fixed = core.fixAll(text).text;
  assert.equal(fixed.split('\n').filter((l) => /^(?:#+\s*)?一、/.test(l)).length, 1, fixed);
  assert.match(fixed, /^## 一、总体情况$/m);
});

test('a title cut short at its section\'s place is said and completed, whichever section it is', () => {
  for (const [full, cut] of [['## 一、总体情况', '## 一、总体'], ['## 二、主动公开政府信息情况', '## 二、主动公开'], ['## 六、其他需要报告的事项', '## 六、其他'], ['## 五、存在的主要问题及改进情况', '## 五、存在的主要问题']]) {
    const text = CORRECT.replace(full, cut);
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['section-title'], `${cut}: ${findings.map((f) => f.message)}`);
    assert.equal(core.fixAll(text).text, CORRECT, cut);
  }
});

test('an ordinal alone away from its section\'s place is no section heading', () => {
  // A sub-heading `### （二）` under 一 (二 in its place below), and a bare `一、` inside 五: nothing changes.
  for (const [after, bare] of [['### （一）主动公开', '### （二）'], ['## 五、存在的主要问题及改进情况', '一、']]) {
    const text = CORRECT.replace(after, `${after}\n\n${bare}\n`);
    const { findings } = core.analyze(text);
    assert.ok(!findings.some((f) => /^section-/.test(f.ruleId)), `${bare}: ${findings.map((f) => `${f.ruleId} ${f.message}`)}`);
  }
});

test('a cut title with words after it on its line is a sentence, not completed', () => {
  const text = CORRECT.replace('## 五、存在的主要问题及改进情况', '## 五、存在主要问题。改进情况。');
  for (const f of core.analyze(text).findings.filter((x) => x.ruleId === 'section-title')) assert.equal(f.fix, undefined, f.message);
});
