// A section heading that a PDF's text wrapped onto the next line (`pdftotext` of a narrow page) is one heading spanning
// both lines: its title is read whole (no false section-missing or section-title), and a fix of its title replaces
// both lines, never leaving part of the old title behind (breaker34 #3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, edit } from '../helpers.mjs';

/** A clean 2021 draft (as `nianbao new` writes it) with plain headings, as a PDF's text has them (no `##`). */
function draft() {
  return core.renderNewReport({ format: '2021', year: 2024, agency: '测试局' })
    .replaceAll('（请在此处填写本部分内容。）', '本局依法做好政府信息公开工作。').replace('（文字描述，收取信息处理费情况在此处报告。）', '本局依法做好政府信息公开工作。')
    .replace(/^## /gm, '');
}

const TITLE4 = '四、政府信息公开行政复议、行政诉讼情况';
const TITLE5 = '五、存在的主要问题及改进情况';
const TITLE3 = '三、收到和处理政府信息公开申请情况';
const ids = (findings) => findings.map((f) => f.ruleId);

for (const [title, first, rest] of [[TITLE3, '三、收到和处理政府', '信息公开申请情况'], [TITLE4, '四、政府信息公开行政复议、行政诉', '讼情况'], [TITLE5, '五、存在的主要问', '题及改进情况']]) {
  test(`“${first}” wrapped onto “${rest}” is the section “${title}”, read over both lines, with no finding`, () => {
    const text = edit(draft(), `\n${title}\n`, `\n${first}\n${rest}\n`);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(ids(findings), []);
    const h = report.sections.find((s) => s.heading.ordinal + s.heading.title === title)?.heading;
    assert.ok(h, 'the section is read with its whole title');
    assert.equal(report.lines.slice(h.titleRange), `${first.slice(2)}\n${rest}`);
  });
}

test('a wrapped heading whose second line is misspelled (讼情况况) gets a section-title fix that replaces both lines', () => {
  const text = edit(draft(), `\n${TITLE4}\n`, '\n四、政府信息公开行政复议、行政诉\n讼情况况\n');
  const { findings } = core.analyze(text);
  const f = findings.find((x) => x.ruleId === 'section-title');
  assert.ok(f);
  assert.deepEqual(ids(findings), ['section-title']);
  const fixed = core.applyFixes(text, f.fix.edits).text;
  assert.equal(fixed, draft());
  assert.ok(!fixed.includes('讼情况况'));
});

test('a heading cut off before a line that may be its rest but does not make the title is said, not fixed (no half title left)', () => {
  const text = edit(draft(), `\n${TITLE4}\n`, '\n四、政府信息公开行政复议、行政诉\n讼和行政应诉情况说明\n');
  const { findings } = core.analyze(text);
  const f = findings.find((x) => x.ruleId === 'section-title');
  assert.ok(f);
  assert.equal(f.fix, undefined);
  assert.match(f.message, /下一行“讼和行政应诉情况说明”可能是它的后半.*未自动修改/);
});

test('a wrapped 五 with nothing under it is still section-empty, its title given whole', () => {
  const text = edit(edit(draft(), `\n${TITLE5}\n`, '\n五、存在的主要问\n题及改进情况\n'), '题及改进情况\n\n本局依法做好政府信息公开工作。\n', '题及改进情况\n\n');
  const { findings } = core.analyze(text);
  const f = findings.find((x) => x.ruleId === 'section-empty');
  assert.ok(f, ids(findings).join());
  assert.match(f.message, /“五、存在的主要问题及改进情况”下没有内容/);
});

test('a heading followed by a short line of text that does not complete its title is not joined', () => {
  // 六's title is whole on its line: the line under it is its text.
  const text = edit(draft(), '六、其他需要报告的事项\n\n本局依法做好政府信息公开工作。', '六、其他需要报告的事项\n无收费情况');
  const { report, findings } = core.analyze(text);
  assert.deepEqual(ids(findings), []);
  assert.equal(report.sections.at(-1).heading.title, '其他需要报告的事项');
});
