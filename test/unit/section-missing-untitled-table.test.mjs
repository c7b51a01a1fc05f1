// A section whose heading was deleted while its table stays under the section before (helper-204 #9: `## 四、…` gone,
// 表四 read under 三): section-missing said its content seemed to be there and to add the heading where it starts,
// at the next section's heading, without saying where. It now names the table's line and stands there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const findingsOf = (text) => core.checkReport(core.parseReport(text));

test('四\'s heading deleted, 表四 kept: the finding names 表四\'s line and stands on it; nothing is inserted', () => {
  const heading = '## 四、政府信息公开行政复议、行政诉讼情况\n\n';
  assert.ok(EXAMPLE.includes(heading));
  const text = EXAMPLE.replace(heading, '');
  const t4Line = core.parseReport(text).tables.t4.range.start.line;
  const found = findingsOf(text).filter((f) => f.ruleId === 'section-missing');
  assert.equal(found.length, 1);
  assert.match(found[0].message, new RegExp(`这一部分的内容似乎写在了上一部分里（它的表四在第 ${t4Line + 1} 行），但没有标题`));
  assert.equal(found[0].range.start.line, t4Line);
  assert.equal(found[0].fix, undefined);
});
