// brk89 #8: a section heading numbered with a financial capital numeral (`## 叁、收到和处理政府信息公开申请情况`, also
// 壹贰肆伍陆) was no heading of a section: error section-missing ("表三已在第 59 行，而它上方没有读出这一部分的标题"), no
// fix. It is now read as that section (as `（三）…` and `3、…` are), and section-order says its ordinal with the fix
// that writes `三、`. Base: examples/correct-2024.nianbao.md (0 findings), its headings renumbered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, lineOf } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const CAPITAL = { 一: '壹', 二: '贰', 三: '叁', 四: '肆', 五: '伍', 六: '陆' };
const check = (text) => core.checkReport(core.parseReport(text));

test('## 叁、收到和处理… is section 三: section-order with the fix to 三、, no section-missing; fixed text is the example', () => {
  const text = correct.replace('## 三、收到和处理', '## 叁、收到和处理');
  assert.notEqual(text, correct);
  const report = core.parseReport(text);
  assert.deepEqual(report.sections.map((s) => s.heading.canonical), [0, 1, 2, 3, 4, 5]);
  const fs = check(text);
  assert.deepEqual(fs.map((f) => [f.ruleId, f.severity]), [['section-order', 'warning']]);
  assert.equal(lineOf(text, fs[0]), '## 叁、收到和处理政府信息公开申请情况');
  assert.match(fs[0].message, /第三部分.*序号应为“三、”.*这里写作“叁、”/);
  assert.equal(fs[0].fix.edits[0].newText, '三、');
  assert.equal(core.fixAll(text).text, correct);
});

test('a plain line 叁、… (no #) and all six headings in capitals: each the section, each fixed to its numeral', () => {
  const plain = correct.replace('## 三、收到和处理', '叁、收到和处理');
  const fp = check(plain);
  assert.deepEqual(fp.map((f) => f.ruleId), ['section-order']);
  assert.equal(core.fixAll(plain).text, correct.replace('## 三、收到和处理', '三、收到和处理'));
  const all = correct.replace(/^## ([一二三四五六])、/gm, (_, n) => `## ${CAPITAL[n]}、`);
  const fs = check(all);
  assert.deepEqual(fs.map((f) => f.ruleId), Array(6).fill('section-order'));
  assert.deepEqual(fs.map((f) => f.fix.edits[0].newText), ['一、', '二、', '三、', '四、', '五、', '六、']);
  assert.equal(core.fixAll(all).text, correct);
});

test('a capital-numbered line that names no section is no section; prose starting with a capital numeral is no heading', () => {
  // A point of section 一 numbered 贰、 with a title of its own: not section 二 (which is there), no finding on it.
  const point = correct.replace('### （二）依申请公开', '### 贰、工作亮点');
  assert.notEqual(point, correct);
  assert.deepEqual(core.parseReport(point).sections.map((s) => s.heading.canonical), [0, 1, 2, 3, 4, 5]);
  assert.ok(!check(point).some((f) => f.ruleId === 'section-missing' || f.ruleId === 'section-order'));
  const prose = correct.replace('\n## 二、', '\n叁万元用于政务公开平台维护。\n\n## 二、');
  assert.notEqual(prose, correct);
  assert.deepEqual(core.parseReport(prose).sections.map((s) => s.heading.canonical), [0, 1, 2, 3, 4, 5]);
});
