// Found by a fix fuzzer (brk148 #3, #4): a missing section heading was inserted after its own text, leaving the
// section empty (a new section-empty after --fix):
// - 五 and 六 both missing (correct-2024): 五 went before its paragraph, but 六 at the end, after 本年度未收取信息处理费。;
// - only 六 missing in a real PDF text (洪泽区 2023): 五's text goes on over a page break (`-4-`) and the 信息处理费
//   paragraph starts on an indented line with no blank line before it: 六 was appended after the page number `-5-`;
// - 一、总体情况 missing: inserted just above 二, after all its sub-sections, instead of after the introduction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const without = (text, ...lines) => {
  let out = text;
  for (const l of lines) {
    assert.equal(out.split(`\n${l}\n`).length, 2, l);
    out = out.replace(`\n${l}\n`, '\n');
  }
  return out;
};
const missing = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'section-missing');
const lineAt = (text, n) => text.split('\n')[n];

/** The fixed text, and the rules of the findings it still has. */
function fixed(text) {
  const out = core.fixAll(text).text;
  return { text: out, rules: core.analyze(out).findings.map((f) => f.ruleId) };
}

test('五 and 六 missing: 六 goes before the 信息处理费 paragraph, after 五\'s text', () => {
  const text = without(CORRECT, '## 五、存在的主要问题及改进情况', '## 六、其他需要报告的事项');
  const six = missing(text).find((f) => f.message.includes('六、其他需要报告的事项'));
  assert.ok(six?.fix, six?.message);
  assert.equal(lineAt(text, six.fix.edits[0].range.start.line), '本年度未收取信息处理费。');
  const after = fixed(text);
  assert.ok(!after.rules.includes('section-empty') && !after.rules.includes('section-missing'), after.rules.join(','));
  assert.match(after.text, /## 五、存在的主要问题及改进情况\n\n政策解读的形式还不够丰富。[^\n]*\n+## 六、其他需要报告的事项\n\n本年度未收取信息处理费。/);
});

test('六 missing in a PDF\'s text: its paragraph after a page break and an indented line is found', () => {
  const base = corpusText('peers/kiro_hongze-district_2023.txt');
  const text = base.replace(/\n\s*六、其他需要报告的事项\n/, '\n');
  assert.notEqual(text, base);
  const six = missing(text).find((f) => f.message.includes('六、其他需要报告的事项'));
  assert.ok(six?.fix, six?.message);
  assert.match(lineAt(text, six.fix.edits[0].range.start.line), /^\s*2023 年，区政府严格落实《政府信息公开信息处理费管理办$/);
  const after = fixed(text);
  assert.ok(!after.rules.includes('section-empty') && !after.rules.includes('section-missing'), after.rules.join(','));
  // The sentence of 五 cut by the page break stays under 五.
  assert.match(after.text, /工作水平。\n\n六、其他需要报告的事项\n\n 2023 年，区政府严格落实/);
});

test('一 missing: the heading goes after the introduction, before the section\'s first paragraph', () => {
  const text = without(CORRECT, '## 一、总体情况');
  const one = missing(text).find((f) => f.message.includes('一、总体情况'));
  assert.ok(one?.fix, one?.message);
  assert.match(lineAt(text, one.fix.edits[0].range.start.line), /^2024年，某某市某某局认真贯彻落实《条例》/);
  assert.match(one.message, /报告开头的说明之后/);
  const after = fixed(text);
  assert.ok(!after.rules.includes('section-empty') && !after.rules.includes('section-missing'), after.rules.join(','));
  assert.match(after.text, /年度报告格式》[^\n]*\n+## 一、总体情况\n\n2024年，某某市某某局认真贯彻落实《条例》[^\n]*\n\n### （一）主动公开/);
});

for (const [name, pattern] of [['peers/kiro_hongze-district_2023.txt', /^\s*2023 年，洪泽区人民政府坚持/], ['peers/kiro_shuyang-county_2025.txt', /^2025年，我县坚持/], ['seeds/003_7487cbc35b761747.txt', /^\(一\)强化高层引领/]]) {
  test(`一 missing in ${name}: the heading goes before the section's own text, not above 二`, () => {
    const base = corpusText(name);
    const text = base.replace(/\n[ #]*一、总体情况\n/, '\n');
    assert.notEqual(text, base);
    const one = missing(text).find((f) => f.message.includes('一、总体情况'));
    assert.ok(one?.fix, one?.message);
    assert.match(lineAt(text, one.fix.edits[0].range.start.line), pattern);
    const after = fixed(text);
    assert.ok(!after.rules.includes('section-empty'), after.rules.join(','));
  });
}
