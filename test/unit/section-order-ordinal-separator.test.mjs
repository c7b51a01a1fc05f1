// A level-1 section heading whose numeral is followed by another mark than 、 (brk172 #4, #5): `三.`, `三．`, `三，`
// passed silently, and `三：`/`三:` was no heading at all (section-missing, error, whose fix wrote a second `三、` in front:
// `三、三：…`, two passes). Each is the section, said by section-order as a warning at its heading, and one fix writes
// 、 in place of the mark. Base: examples/correct-2024.nianbao.md (0 findings), its `## 三、…` heading rewritten, also
// as a plain line and in bold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, lineOf } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const HEADING = /^## 三、(.*)$/m;
const TITLE = HEADING.exec(correct)[1];
const MARKS = ['.', '．', '，', ',', '：', ':'];
const FORMS = { hash: (s) => `## ${s}`, plain: (s) => s, bold: (s) => `**${s}**` };

test('三. 三． 三， 三： 三: before a section title: one section-order warning, no section-missing, one fix to 三、', () => {
  assert.deepEqual(core.checkReport(core.parseReport(correct)), []);
  for (const mark of MARKS) {
    for (const [form, write] of Object.entries(FORMS)) {
      const name = `${form} 三${mark}`;
      const text = correct.replace(HEADING, write(`三${mark}${TITLE}`));
      const report = core.parseReport(text);
      assert.equal(report.sections.length, 6, name);
      assert.equal(report.sections[2].heading.canonical, 2, name);
      const fs = core.checkReport(report);
      assert.deepEqual(fs.map((f) => [f.ruleId, f.severity]), [['section-order', 'warning']], name);
      const [f] = fs;
      assert.equal(lineOf(text, f), write(`三${mark}${TITLE}`), name);
      assert.ok(f.message.includes(`序号后应为“、”`) && f.message.includes(`“三${mark}”改为“三、”`), `${name}: ${f.message}`);
      assert.equal(f.fix.edits.length, 1, name);
      assert.equal(f.fix.edits[0].newText, '、', name);
      // One pass: the heading as the format writes it, nothing else changed, nothing left.
      const fixed = core.fixAll(text).text;
      assert.equal(fixed, correct.replace(HEADING, write(`三、${TITLE}`)), name);
      assert.deepEqual(core.checkReport(core.parseReport(fixed)), [], name);
    }
  }
});
