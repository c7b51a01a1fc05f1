// prose-table on a count whose unit is in brackets after it, as copied from a table's header (brk169 #7):
// `新收政府信息公开申请45（件），上年结转2（件），办结47（件）` gave nothing though 表三 says 46.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = EXAMPLE.split('\n')[14];
const withParagraph = (p) => EXAMPLE.replace(LINE, p);
const proseTable = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');

test('45（件） is read as 45件: compared, quoted with its brackets, the digits fixed', () => {
  const fs = proseTable(withParagraph('全年新收政府信息公开申请45（件），上年结转2（件），办结47（件）。'));
  assert.deepEqual(fs.map((f) => [f.severity, f.actual, f.expected, f.fix?.edits[0].newText]), [['error', 45, 46, '46']]);
  assert.match(fs[0].message, /申请45（件）”/);
  assert.deepEqual(proseTable(withParagraph('全年新收政府信息公开申请46(件)，上年结转2(件)，办结47(件)。')), []);
});
