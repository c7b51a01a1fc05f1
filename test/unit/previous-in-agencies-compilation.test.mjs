// brk135 #4: last year's report inside a compiled 汇编 of several agencies' reports, ours not the first. `--previous
// 汇编` was called another agency's (its first report's) and not used; without --previous the lookup read only the
// file's head (the first agency's title) and said nothing. The report of this agency for last year within the file is
// now used, by --previous and by the lookup (CLI and language server share it), as when ours comes first.
// Base: examples/correct-2024.nianbao.md (某某市某某局, 上年结转 2); its 2023 copy has 结转下年度 1, so carry-over
// reports the 上年结转 of 表三 (two columns); 某某市财政局's 2023 report is the same text under another name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, runCliInFolder, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const OURS = CORRECT.replaceAll('2024', '2023');
const OTHER = OURS.replaceAll('某某市某某局', '某某市财政局');
const carryOver = (json) => json.files.find((f) => /2024/.test(f.path)).diagnostics.filter((d) => d.ruleId === 'carry-over');

test('a 汇编 with our 2023 report second: --previous uses it, and the lookup beside the report finds it', async () => {
  assert.ok(OTHER !== OURS);
  const files = { '2023汇编.md': `${OTHER}\n\n${OURS}`, '2024.md': CORRECT };
  // The file holds two reports (as `check` of it alone says).
  assert.equal(core.reportParts(core.parseReport(files['2023汇编.md'])).length, 2);
  const named = await runCliInFolder(files, ['check', '2024.md', '--previous', '2023汇编.md', '--format', 'json']);
  assert.equal(carryOver(named.json).length, 2, named.stderr);
  assert.doesNotMatch(named.stderr, /是“某某市财政局”的报告/);
  assert.match(named.stderr, /--previous 2023汇编\.md 中有多份年度报告：用第 \d+ 行起的“某某市某某局2023年政府信息公开工作年度报告”做跨年度检查/);
  const found = await runCliInFolder(files, ['check', '2024.md', '--format', 'json']);
  assert.equal(carryOver(found.json).length, 2, found.stderr);
  assert.match(found.stderr, /上年度（2023 年度）报告：2023汇编\.md/);
  // Ours first, as before.
  const first = await runCliInFolder({ '2023汇编.md': `${OURS}\n\n${OTHER}`, '2024.md': CORRECT }, ['check', '2024.md', '--format', 'json']);
  assert.equal(carryOver(first.json).length, 2, first.stderr);
});

test('a 汇编 of other agencies only is still not last year\'s report, by --previous or by the lookup', async () => {
  const THIRD = OURS.replaceAll('某某市某某局', '某某市教育局');
  const files = { '2023汇编.md': `${OTHER}\n\n${THIRD}`, '2024.md': CORRECT };
  const named = await runCliInFolder(files, ['check', '2024.md', '--previous', '2023汇编.md', '--format', 'json']);
  assert.equal(carryOver(named.json).length, 0, named.stderr);
  assert.match(named.stderr, /是“某某市财政局”的报告，而不是“某某市某某局”的/);
  const found = await runCliInFolder(files, ['check', '2024.md', '--format', 'json']);
  assert.equal(carryOver(found.json).length, 0, found.stderr);
  assert.doesNotMatch(found.stderr, /上年度（2023 年度）报告：/);
});
