// No fix loses a user's text, and fixing settles: reproductions from a fresh user's test, plus the invariant over
// every corpus report and example (fixAll keeps every line's words and never adds structure findings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, CORPUS, ROOT } from '../helpers.mjs';

const byRule = (text, rule) => core.analyze(text).findings.filter((f) => f.ruleId === rule);
const STRUCTURE = new Set(core.RULES.filter((r) => r.meta.category === 'structure').map((r) => r.meta.id));
const structureCount = (text) => core.analyze(text).findings.filter((f) => STRUCTURE.has(f.ruleId)).length;

test('section-title: a heading that carries its text after 。 keeps the text; the title is judged alone', () => {
  const text = '# 某县2024年政府信息公开工作年度报告\n\n五、存在的主要问题及改进情况。一是公开不够全面。\n\n一、总体情况：本县2024年主动公开信息123件。\n';
  const titles = byRule(text, 'section-title');
  // 五's title is canonical and 一's title is 总体情况: neither is a variant of another section's title.
  assert.deepEqual(titles.map((f) => f.message), []);
  const fixed = core.fixAll(text).text;
  assert.match(fixed, /五、存在的主要问题及改进情况。一是公开不够全面。/);
  assert.match(fixed, /一、总体情况：本县2024年主动公开信息123件。/);
  // 一 is 总体情况 (not 主动公开): no 表二 asked for it, and 总体情况 is not reported missing.
  assert.ok(!byRule(text, 'section-missing').some((f) => f.data?.section === core.templateOf('2021').sections[0].id));
  assert.deepEqual(byRule(text, 'table-missing'), []);
});

test('section-title: a draft whose first heading reads 一、总体情况。2024年，本局… is left as it is', () => {
  const draft = '# 某局2024年政府信息公开工作年度报告\n\n一、总体情况。2024年，本局认真贯彻落实《条例》。\n\n二、主动公开政府信息情况\n';
  const fixed = core.fixAll(draft).text;
  assert.match(fixed, /一、总体情况。2024年，本局认真贯彻落实《条例》。/);
  assert.equal((fixed.match(/一、总体情况/g) ?? []).length, 1);
});

test('section-title: a variant title with text after ： is fixed in its title part only', () => {
  const text = '# 某县2024年政府信息公开工作年度报告\n\n一、总体情况\n\n二、主动公开政府信息情况\n\n三、收到和处理政府信息公开申请情况\n\n四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主要问题及下步工作打算：一是公开不够全面。\n\n六、其他需要报告的事项\n';
  const [f] = byRule(text, 'section-title');
  assert.ok(f?.fix, 'the variant is reported with a fix');
  const fixed = core.applyFixes(text, f.fix.edits).text;
  assert.match(fixed, /五、存在的主要问题及改进情况：一是公开不够全面。/);
});

test('page-leftover: a line with chrome and report text loses only the chrome', () => {
  const text = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8')
    .replace(/\n\n(## 二、主动公开政府信息情况)/, '\n\n[打印] [关闭] 本年度本局主动公开政府信息120件，其中政策解读15篇。\n\n$1');
  const found = byRule(text, 'page-leftover');
  assert.equal(found.length, 1);
  const { report } = core.analyze(text);
  assert.equal(report.lines.slice(found[0].range).trim(), '[打印] [关闭]');
  const fixed = core.fixAll(text).text;
  assert.match(fixed, /\n本年度本局主动公开政府信息120件，其中政策解读15篇。\n/);
  assert.doesNotMatch(fixed, /\[打印\]/);
});

test('section-title: stcsm 2024 — no rename that makes a second 收到和处理政府信息公开申请情况; fixing adds no structure finding', () => {
  const text = corpusText('peers/kiro_shanghai-stcsm_2024.txt');
  const f = byRule(text, 'section-title').find((x) => x.range.start.line === 42);
  assert.ok(!f?.fix, 'no title fix on line 43');
  const fixed = core.fixAll(text).text;
  assert.match(fixed, /\n四、政府信息公开申请情况\n/);
  assert.ok(structureCount(fixed) <= structureCount(text), `${structureCount(fixed)} > ${structureCount(text)}`);
});
