// A table, or a whole report, inside a Markdown code block (```` ``` ````), which no report is and the engine does not
// read (text/code.ts): the messages say so, not that the table is missing or that the text has no title (brk99 #4). (The plain reason for a text with no code is a guard.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

test('表三 inside a code block: table-missing says the table is in a code block and inserts nothing', () => {
  const lines = CORRECT.split('\n');
  const first = lines.findIndex((l) => l.startsWith('| （本列数据'));
  const last = lines.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
  assert.ok(first > 0 && last > first);
  const fenced = [...lines.slice(0, first), '```text', ...lines.slice(first, last + 1), '```', ...lines.slice(last + 1)].join('\n');
  const found = core.checkReport(core.parseReport(fenced)).filter((f) => f.ruleId === 'table-missing');
  assert.equal(found.length, 1);
  assert.equal(found[0].message, `“三、收到和处理政府信息公开申请情况”部分未能读出表三：第 ${first + 2} 行起的表格写在代码块（\`\`\`）中，代码块不是报告的内容，其中的表格不读取。请删去代码块的标记行（\`\`\`）后再检查（未自动插入标准表格）。`);
  assert.equal(found[0].fix, undefined);
  // Without the fences: clean.
  assert.deepEqual(core.checkReport(core.parseReport(CORRECT)), []);
});

test('a whole report inside a code block: the CLI says most of the text is in a code block, not that it has no title', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-fence-'));
  writeFileSync(join(dir, 'r.md'), '```\n' + CORRECT + '\n```\n');
  const r = await runCli(['check', 'r.md'], { cwd: dir });
  assert.match(r.stderr, /^nianbao：r\.md：未识别为年度报告：文中大部分写在代码块（```）中/m);
  // A text that is no report and has no code still gets the plain reason.
  writeFileSync(join(dir, 'n.md'), '某某文件\n\n今天讨论了三件事。\n另一段。\n');
  assert.match((await runCli(['check', 'n.md'], { cwd: dir })).stderr, /未识别为年度报告（没有标题、统计期限或模板章节）/);
});
