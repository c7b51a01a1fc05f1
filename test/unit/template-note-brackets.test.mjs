// Found by a fresh user (breaker25 item 4): in a Wuhan-style 2019 表二 header, `本年增/减(指2020年增加或减少的事项数,
// 减用负值表示,如-8)`, the template-note fix deleted `,减用负值表示,如-8)` with the bracket that closes the other note,
// leaving `本年增/减(指2020年增加或减少的事项数`. A note after a comma leaves the bracket; in brackets of its own
// (`（减用负值表示，如-8）`) it goes with them. Fixture: examples/errors-2018.nianbao.md (a 2019-format 表二).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const y2018 = readFileSync(join(ROOT, 'examples', 'errors-2018.nianbao.md'), 'utf8');
const HEADER = '| 信息内容             | 上一年项目数量 | 本年增/减 | 处理决定数量 |';

for (const [written, left] of [
  ['本年增/减(指2020年增加或减少的事项数,减用负值表示,如-8)', '本年增/减(指2020年增加或减少的事项数)'],
  ['本年增/减（指本年增加或减少的事项数，减用负值表示，如-8）', '本年增/减（指本年增加或减少的事项数）'],
  ['本年增/减（减用负值表示，如-8）', '本年增/减'],
  ['本年增/减，减用负值表示', '本年增/减'],
]) {
  test(`template-note: “${written}” loses the note and keeps its brackets balanced`, () => {
    assert.ok(y2018.includes(HEADER));
    const text = y2018.replace(HEADER, HEADER.replace('本年增/减', written));
    const notes = core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'template-note');
    assert.equal(notes.length, 1, written);
    const fixed = core.applyFixes(text, notes[0].fix.edits).text;
    assert.ok(fixed.includes(HEADER.replace('本年增/减', left)), fixed.split('\n').find((l) => l.includes('上一年项目数量')));
    assert.deepEqual(core.checkReport(core.parseReport(fixed)).filter((f) => f.ruleId === 'template-note'), []);
  });
}
