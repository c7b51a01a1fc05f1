// A level-1 ordinal with another mark than 、 is a section heading only when the line is clearly one (brk175 #2, #3):
// prose lists written `一：…`, `一，…`, `一．…` inside a section were read as level-1 headings (7 section-order warnings
// on a correct report, 六 said to be 跳号, and the fix rewrote the list items to `一、…` headings); `三.五 …` and
// `六.五 …` (numbers) were read as 三 and 六, the fix writing `三、五 …`. Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const V_TEXT = '政策解读的形式还不够丰富。2025年将增加图解、视频等解读形式，提升解读实效。';
const VI_TEXT = '本年度未收取信息处理费。';
const I_TEXT = '严格落实公开前保密审查，动态更新政府信息公开指南和目录。';
const check = (text) => core.checkReport(core.parseReport(text)).map((f) => f.ruleId);

test('prose lists numbered 一： 一， 一． 一. inside a section are no headings: no finding, the fix leaves them', () => {
  assert.ok(correct.includes(V_TEXT) && correct.includes(I_TEXT));
  for (const mark of ['：', ':', '，', ',', '．', '.']) {
    const lists = [
      correct.replace(V_TEXT, `存在的问题主要有：\n\n一${mark}公开意识有待增强。\n\n二${mark}解读形式较为单一。\n\n下一步，我们将从以下方面改进：\n\n一${mark}加强业务培训。\n\n二${mark}丰富解读形式。`),
      correct.replace(I_TEXT, `严格落实以下工作：\n\n一${mark}完善制度；\n二${mark}强化审查；\n三${mark}更新目录。\n`),
      correct.replace(V_TEXT, `${V_TEXT}\n\n三${mark}加强培训。下一步将组织培训。`),
    ];
    for (const text of lists) {
      const report = core.parseReport(text);
      assert.equal(report.sections.length, 6, mark);
      assert.deepEqual(check(text), [], mark);
      assert.equal(core.fixAll(text).text, text, mark);
    }
  }
});

test('三.五 and 六.五 are numbers, not an ordinal and its mark: no finding, no rewrite to 三、五', () => {
  for (const [at, line] of [[V_TEXT, '三.五 以上措施同步推进。'], [VI_TEXT, '六.五 其他事项：无。'], [VI_TEXT, '六．五 其他事项：无。']]) {
    const text = correct.replace(at, `${at}\n\n${line}`);
    assert.deepEqual(check(text), [], line);
    assert.equal(core.fixAll(text).text, text, line);
  }
});

test('a section heading with 三： 三． 三， is still read and fixed (a # heading, or a line naming a section)', () => {
  const title = /^## 三、(.*)$/m.exec(correct)[1];
  for (const write of [(s) => `## ${s}`, (s) => s, (s) => `**${s}**`]) {
    const text = correct.replace(/^## 三、.*$/m, write(`三：${title}`));
    assert.deepEqual(check(text), ['section-order'], write('三：'));
    assert.equal(core.fixAll(text).text, correct.replace(/^## 三、.*$/m, write(`三、${title}`)));
  }
  // A # heading with such a mark is read as a heading whatever its title.
  const hash = correct.replace(V_TEXT, `${V_TEXT}\n\n## 三：加强培训`);
  assert.ok(core.parseReport(hash).headings.some((h) => h.level === 1 && h.title === '加强培训'));
});
