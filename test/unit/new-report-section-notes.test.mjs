// `nianbao new` in the 2021 format wrote the generic `（请在此处填写本部分内容。）` under 六 instead of the official
// template's own note `（文字描述，收取信息处理费情况在此处报告。）` (templates.md §6.1 [TEMPLATE G1]; brk176 #4), the only
// place the format tells the author that 信息处理费 is reported there. Each section's note comes from the template data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, runCli, folderWith } from '../helpers.mjs';
import { rmSync } from 'node:fs';

const bodyOf = (draft, heading) => {
  const lines = draft.split('\n');
  const i = lines.findIndex((l) => l === `## ${heading}`);
  assert.ok(i >= 0, heading);
  const j = lines.findIndex((l, k) => k > i && l.startsWith('## '));
  return lines.slice(i + 1, j < 0 ? lines.length - 3 : j).join('\n').trim();
};

test('a new 2021-format draft keeps the template\'s note under 六 (信息处理费), the generic placeholder elsewhere', () => {
  const draft = core.renderNewReport({ format: '2021', year: 2025, agency: '某某县某某镇人民政府', fill: '' });
  assert.equal(bodyOf(draft, '六、其他需要报告的事项'), '（文字描述，收取信息处理费情况在此处报告。）');
  assert.equal(bodyOf(draft, '一、总体情况'), '（请在此处填写本部分内容。）');
  assert.equal(bodyOf(draft, '五、存在的主要问题及改进情况'), '（请在此处填写本部分内容。）');
  // Left in, template-note says so, and its fix deletes the note whole.
  const notes = core.checkReport(core.parseReport(draft)).filter((f) => f.ruleId === 'template-note');
  assert.ok(notes.some((f) => draft.split('\n')[f.range.start.line].includes('收取信息处理费')), 'the 六 note is reported');
  const fixed = core.fixAll(draft, { only: ['template-note'] }).text;
  assert.ok(!fixed.includes('文字描述') && !fixed.includes('信息处理费情况在此处'));
});

test('`nianbao new --year 2025` prints the 六 note of the 2021 template', async () => {
  const dir = folderWith({});
  try {
    const r = await runCli(['new', '--year', '2025', '--agency', '某某县某某镇人民政府'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(bodyOf(r.stdout, '六、其他需要报告的事项'), '（文字描述，收取信息处理费情况在此处报告。）');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
