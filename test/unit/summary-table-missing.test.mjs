// The Markdown summary's “行列与单元格” line of a table that is missing says how table-missing was silenced, as the
// other checks do: 🔕 when a comment suppressed it, ⚪ when the rule is off (flag or config), ➖/❌ otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const HEADING = '## 四、政府信息公开行政复议、行政诉讼情况\n';
/** The example without its 表四 (the table's lines taken out of section 四). */
const NO_T4 = (() => {
  const lines = CORRECT.split('\n');
  const from = lines.indexOf(HEADING.trim()), to = lines.findIndex((l) => l.startsWith('## 五、'));
  assert.ok(from > 0 && to > from);
  return lines.filter((l, i) => !(i > from && i < to && l.startsWith('|'))).join('\n');
})();

function folder(files) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-missing-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
/** The summary's 表四 “行列与单元格” line as [icon, detail]. */
async function t4Line(dir, ...args) {
  const r = await runCli(['check', '--format', 'markdown', ...args, '2024.md'], { cwd: dir });
  // The English summary names the table 表四, as the findings do (brk114 #6).
  const line = r.stdout.split('\n').find((l) => l.startsWith('| 表四 | '));
  assert.ok(line, r.stdout);
  const cells = line.split(' | ');
  return [cells[2], cells[3].replace(/ \|$/, '')];
}

test('table-missing reported: ❌ 未找到该表', async () => {
  assert.deepEqual(await t4Line(folder({ '2024.md': NO_T4 })), ['❌', '未找到该表']);
});

test('table-missing suppressed by nianbao-disable-next-line, or a disable/enable block: 🔕, not ➖', async () => {
  const nextLine = edit(NO_T4, HEADING, `<!-- nianbao-disable-next-line table-missing -->\n${HEADING}`);
  assert.deepEqual(await t4Line(folder({ '2024.md': nextLine })), ['🔕', '已被 nianbao 注释屏蔽：未找到该表']);
  const block = edit(NO_T4, HEADING, `<!-- nianbao-disable table-missing -- 本机关无复议诉讼 -->\n${HEADING}<!-- nianbao-enable table-missing -->\n`);
  assert.deepEqual(await t4Line(folder({ '2024.md': block })), ['🔕', '已被 nianbao 注释屏蔽：未找到该表']);
  assert.deepEqual(await t4Line(folder({ '2024.md': block }), '--locale', 'en'), ['🔕', 'suppressed by a nianbao comment: table not found']);
});

test('table-missing turned off (--rule or the config): ⚪ “not counted”', async () => {
  const byFlag = await t4Line(folder({ '2024.md': NO_T4 }), '--rule', 'table-missing=off');
  assert.deepEqual(byFlag, ['⚪', '规则 table-missing 已关闭，未计入；未找到该表']);
  const byConfig = await t4Line(folder({ '2024.md': NO_T4, '.nianbao.jsonc': '{ "rules": { "table-missing": "off" } }' }));
  assert.deepEqual(byConfig, byFlag);
});
