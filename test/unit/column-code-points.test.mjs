// The 1-based `column` of the JSON contract and the text output's `line:column` count characters as a person reads
// them (Unicode code points), as rules.md says; `range` stays LSP's 0-based UTF-16 (breaker43 #16: a line holding
// 𠮷𠮷, CJK Extension B, before the finding gave column 54 where a person counts 52). inspect prints the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { edit, runCli, ROOT } from '../helpers.mjs';

const ERRORS = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
// 表三's header with 𠮷𠮷 (two code points, four UTF-16 units) before its 商业机构 (the column-label finding).
const TEXT = edit(ERRORS, '| （本列数据的勾稽关系为', '| 𠮷𠮷（本列数据的勾稽关系为');
const HEADER = TEXT.split('\n').findIndex((l) => l.includes('𠮷𠮷'));
const AT = [...TEXT.split('\n')[HEADER].slice(0, TEXT.split('\n')[HEADER].indexOf('商业机构'))].length + 1;

async function run(args) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-columns-'));
  try {
    writeFileSync(join(dir, 'r.md'), TEXT);
    return await runCli([...args, 'r.md'], { cwd: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('JSON column and text line:column count code points after 𠮷; range stays UTF-16', async () => {
  assert.equal(AT, 52);
  const json = JSON.parse((await run(['check', '--format', 'json'])).stdout);
  const d = json.files[0].diagnostics.find((x) => x.ruleId === 'column-label' && x.line === HEADER + 1);
  assert.equal(d.column, AT);
  assert.equal(d.range.start.character, AT + 1, 'two UTF-16 units more: 0-based UTF-16');
  // The findings on lines without such a character keep column = character + 1.
  assert.ok(json.files[0].diagnostics.filter((x) => x.line !== HEADER + 1).every((x) => x.column === x.range.start.character + 1));
  const text = (await run(['check'])).stdout;
  assert.match(text, new RegExp(`^r\\.md:${HEADER + 1}:${AT}  warning  column-label  `, 'm'));
  const inspect = (await run(['inspect'])).stdout;
  assert.match(inspect, new RegExp(`^  ${HEADER + 1}:${AT}  .*column-label`, 'm'));
  // SARIF declares its columns as UTF-16 units, and keeps them.
  const sarif = JSON.parse((await run(['check', '--format', 'sarif'])).stdout);
  assert.equal(sarif.runs[0].columnKind, 'utf16CodeUnits');
  const s = sarif.runs[0].results.find((x) => x.ruleId === 'column-label' && x.locations[0].physicalLocation.region.startLine === HEADER + 1);
  assert.equal(s.locations[0].physicalLocation.region.startColumn, AT + 2);
});
