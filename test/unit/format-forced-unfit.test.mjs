// breaker48 C: a format forced alone that does not fit the report's year (`--report-format pre2019` on a 2024
// report) is said by format-outdated ("结论都不可靠"), yet the tables read against that format's template still gave
// errors the report does not have (its 万元 fee `12.5` read as a count: number-invalid). Once format-outdated says so,
// the table and section findings are said at info without fixes, never asserted; a forced format that fits, or one
// read from the text, keeps every finding as it was. Also: prose naming a 表二 quantity crashed under pre2019.
// fixC #1: the 万元 fee is not even an info now: a column whose header as written heads an amount
// (本年收费金额（单位：万元）) takes decimals whatever format's column it is read as (templates.md: decimals allowed
// in money cells of every format).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, edit, runCli, ROOT } from '../helpers.mjs';

const EXAMPLE = join(ROOT, 'examples/correct-2024.nianbao.md');
const example = readFileSync(EXAMPLE, 'utf8');
const SHUYANG = 'peers/kiro_shuyang-county_2025.txt';

/** The findings of `text` checked in `format` as told, as `rule severity line:col fixed?`. */
const brief = (text, format) => core.analyze(text, { format }).findings.map((f) => `${f.ruleId} ${f.severity} ${f.range.start.line + 1}:${f.range.start.character + 1}${f.fix ? ' fix' : ''}`);

test('--report-format pre2019 on the correct 2024 example: format-outdated alone, the 万元 fee 12.5 no decimal finding', () => {
  assert.deepEqual(brief(example, 'pre2019'), ['format-outdated error 1:1']);
});

test('--report-format pre2019 on 沭阳 2025: format-outdated, the label warnings as infos without fixes, the 4068.208 fee no finding', () => {
  const found = brief(corpusText(SHUYANG), 'pre2019');
  assert.equal(found[0], 'format-outdated error 3:1');
  assert.ok(!found.some((f) => f.startsWith('number-invalid')), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('column-label info')), found.join('\n'));
  assert.deepEqual(found.filter((f) => !/ info /.test(f) || / fix$/.test(f)), ['format-outdated error 3:1']);
});

test('--report-format 2019 on the correct 2024 example: format-outdated the only error or warning, format-mixed only said, not fixed', () => {
  const found = brief(example, '2019');
  assert.equal(found[0], 'format-outdated error 1:1');
  assert.ok(!found.some((f) => f.startsWith('number-invalid')), found.join('\n'));
  assert.ok(found.filter((f) => f.startsWith('format-mixed info')).length >= 5, found.join('\n'));
  assert.deepEqual(found.filter((f) => !/ info /.test(f) || / fix$/.test(f)), ['format-outdated error 1:1']);
});

test('the CLI: a forced format that does not fit exits 1 on format-outdated alone, the 12.5 not said', async () => {
  const r = await runCli(['check', '--report-format', 'pre2019', EXAMPLE]);
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.stdout, /number-invalid/);
  assert.match(r.stdout, /1 个错误，0 个警告，0 个提示/);
});

test('a forced format that fits, or the format read from the text, keeps each finding at its severity with its fix', () => {
  const errors = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
  const read = brief(errors);
  assert.ok(read.some((f) => / error .* fix$/.test(f)), read.join('\n'));
  assert.deepEqual(brief(errors, '2021'), read);
  // A 2022 report wholly in the 2019 format (read, not forced): format-outdated, and its table errors stay errors.
  const seed = corpusText('seeds/001_417062a3286660b0.txt');
  const read2019 = core.analyze(seed).findings.filter((f) => f.ruleId !== 'format-outdated');
  const as2022 = core.analyze(seed.replace(/2020/g, '2022')).findings;
  assert.ok(as2022.some((f) => f.ruleId === 'format-outdated'));
  assert.ok(read2019.some((f) => f.severity === 'error'));
  assert.ok(as2022.some((f) => f.ruleId !== 'format-outdated' && f.severity === 'error'), 'format-outdated read from the text lowers nothing');
});

test('prose naming a 表二 count (制定规章0件) under a forced pre2019 is no internal error (pre2019 has no 表二 of its own)', () => {
  const text = edit(example, '结转下年度继续办理1件。', '结转下年度继续办理1件。制定规章0件。');
  const ids = core.analyze(text, { format: 'pre2019' }).findings.map((f) => f.ruleId);
  assert.ok(!ids.includes('internal-error'), ids.join(' '));
});
