// Section headings a PDF's text wrapped in ways breaker34's fix did not cover (breaker36 #8, #3): the rest of the
// title after a blank line (`六、其他需要报告的` / `` / `事项`), whose section-title fix wrote the whole title on the
// first line and left `事项` behind as a stray line of section 六; a title wrapped onto three lines; a wrapped title
// with a typo in its first line (`五、存在的主要门` / `题及改进情况`), which lost its topic word 问题 and so was no
// section: a false section-missing that quoted the joined title as numbered 五、.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, edit } from '../helpers.mjs';

/** A clean 2021 draft (as `nianbao new` writes it) with plain headings, as a PDF's text has them (no `##`). */
function draft() {
  return core.renderNewReport({ format: '2021', year: 2024, agency: '测试局' })
    .replaceAll('（请在此处填写本部分内容。）', '本局依法做好政府信息公开工作。').replace('（文字描述，收取信息处理费情况在此处报告。）', '本局依法做好政府信息公开工作。')
    .replace(/^## /gm, '');
}
const TITLE6 = '六、其他需要报告的事项';

test('a title whose rest follows a blank line (六、其他需要报告的 / blank / 事项) is said, not fixed: no stray 事项 left behind', () => {
  const text = edit(draft(), `\n${TITLE6}\n`, '\n六、其他需要报告的\n\n事项\n');
  const findings = core.analyze(text).findings.filter((f) => f.ruleId === 'section-title');
  assert.equal(findings.length, 1);
  const line = text.split('\n').indexOf('事项') + 1;
  assert.equal(findings[0].message, `“六、其他需要报告的”是不完整的标题（缺字），格式规定为“${TITLE6}”。标题在“其他需要报告的”处中断，隔一个空行的第 ${line} 行“事项”可能是它的后半：请把标题改为“${TITLE6}”并写在一行，删去多余的部分。未自动修改，以免留下半截标题。`);
  assert.equal(findings[0].fix, undefined);
  assert.equal(core.fixAll(text).text, text, 'nothing rewritten');
  const en = core.analyze(text, { locale: 'en' }).findings.find((f) => f.ruleId === 'section-title');
  assert.match(en.message, new RegExp(`and line ${line}, after the blank line below it \\(“事项”\\) may be its rest`));
});

test('a cut-off title followed by a blank line and prose keeps its fix (the prose is no rest of the title)', () => {
  const text = edit(draft(), `\n${TITLE6}\n`, '\n六、其他需要报告的\n\n本年度未收取信息处理费。\n');
  const [f] = core.analyze(text).findings.filter((x) => x.ruleId === 'section-title');
  assert.ok(f.fix);
  assert.match(core.fixAll(text).text, /\n六、其他需要报告的事项\n\n本年度未收取信息处理费。\n/);
});

const TITLE4 = '四、政府信息公开行政复议、行政诉讼情况';
const TITLE5 = '五、存在的主要问题及改进情况';
for (const [title, parts] of [[TITLE5, ['五、存在的', '主要问题及', '改进情况']], [TITLE4, ['四、政府信息公开', '行政复议、行政', '诉讼情况']]]) {
  test(`“${parts.join('” / “')}” (wrapped onto three lines) is the section “${title}”, read over the three lines, with no finding`, () => {
    const text = edit(draft(), `\n${title}\n`, `\n${parts.join('\n')}\n`);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), []);
    const h = report.sections.find((s) => s.heading.ordinal + s.heading.title === title)?.heading;
    assert.ok(h, 'the section is read with its whole title');
    assert.equal(report.lines.slice(h.titleRange), `${parts[0].slice(2)}\n${parts[1]}\n${parts[2]}`);
  });
}

for (const [name, wrapped] of [['wrapped, the typo in its first line', '五、存在的主要门\n题及改进情况'], ['on one line', '五、存在的主要门题及改进情况']]) {
  test(`a title with a typo that loses its topic word (存在的主要门题, ${name}) is section 五: section-title, whose fix rewrites it whole`, () => {
    const text = edit(draft(), `\n${TITLE5}\n`, `\n${wrapped}\n`);
    const { findings } = core.analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId), ['section-title']);
    assert.equal(findings[0].message, `“五、存在的主要门题及改进情况”与标准标题不一致，格式规定为“${TITLE5}”。`);
    assert.equal(core.fixAll(text).text, draft());
  });
}
