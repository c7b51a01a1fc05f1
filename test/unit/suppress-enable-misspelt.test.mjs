// brk160 #1: `<!-- nianbao-enable number-invalie -->` (a typo) after `<!-- nianbao-disable number-invalid -->` re-enabled
// nothing: the block stayed open to the end of the file, a later number-invalid error was suppressed (SARIF
// inSource, exit 0) and the only sign was "unknown id". Fail safe: an enable id close to an open block's id (or any
// id when one block is open and it is close to no rule id) ends that block, and the warning says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT, runCli, folderWith } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T4_ROW = '| 2        | 0        | 1        | 0        | 3    |';
/** The example with `disable` before 二、, `enable` before 三、 and 表四 总计 written `3件` (a number-invalid error). */
const draft = (disable, enable) => edit(edit(edit(BASE, '## 二、', `${disable}\n\n## 二、`), '## 三、', `${enable}\n\n## 三、`), T4_ROW, T4_ROW.replace('| 3    |', '| 3件  |'));
const of = (findings, id) => findings.filter((f) => f.ruleId === id);

test('suppress: a misspelt id on an enable closes the open block of the id it is close to; the later error is reported', () => {
  const text = draft('<!-- nianbao-disable number-invalid -->', '<!-- nianbao-enable number-invalie -->');
  const { findings } = core.analyze(text);
  const invalid = of(findings, 'number-invalid');
  assert.equal(invalid.length, 1, 'the 表四 3件 after the enable is not suppressed');
  assert.equal(invalid[0].severity, 'error');
  assert.equal(text.split('\n')[invalid[0].range.start.line].includes('3件'), true);
  const [u] = of(findings, 'disable-unknown-rule');
  const disableLine = text.split('\n').indexOf('<!-- nianbao-disable number-invalid -->') + 1;
  assert.equal(u.message, `nianbao-enable 注释中的规则 id“number-invalie”不存在，已按“number-invalid”读：它结束第 ${disableLine} 行的 nianbao-disable 屏蔽（照写法读，该屏蔽会一直生效到文件末尾，屏蔽其后的所有此类问题）。请改为“number-invalid”。`);
  assert.deepEqual(u.fix.edits.map((e) => e.newText), ['number-invalid']);
  assert.match(of(core.analyze(text, { locale: 'en' }).findings, 'disable-unknown-rule')[0].message, /read as “number-invalid”: it ends the nianbao-disable block of line \d+ /);
  // The same as the id written right, and not called unused.
  const right = core.analyze(draft('<!-- nianbao-disable number-invalid -->', '<!-- nianbao-enable number-invalid -->')).findings;
  assert.deepEqual(of(right, 'number-invalid').map((f) => f.range), invalid.map((f) => f.range));
  assert.deepEqual(of(core.analyze(text, { reportUnusedDisable: true }).findings, 'unused-disable-directive').filter((f) => /enable/.test(f.message)), []);
});

test('suppress: a misspelt enable inside a disable-all block re-enables the rule it is close to; one unknown word closes the only open block', () => {
  const all = core.analyze(draft('<!-- nianbao-disable -->', '<!-- nianbao-enable number-invalie -->')).findings;
  assert.equal(of(all, 'number-invalid').length, 1);
  // The only block open, and the word close to no rule id: that block is meant.
  const only = core.analyze(draft('<!-- nianbao-disable number-invalid -->', '<!-- nianbao-enable numbers -->')).findings;
  assert.equal(of(only, 'number-invalid').length, 1);
  assert.match(of(only, 'disable-unknown-rule')[0].message, /“numbers”不存在，已按“number-invalid”读/);
  // A typo of another rule's id (not open) ends nothing: the unknown-id warning as before, and the block stays.
  const other = core.analyze(draft('<!-- nianbao-disable number-invalid -->', '<!-- nianbao-enable row-lable -->')).findings;
  assert.equal(of(other, 'number-invalid').length, 0);
  assert.match(of(other, 'disable-unknown-rule')[0].message, /“row-lable”不存在，是否是“row-label”？/);
  // A misspelt disable still suppresses nothing.
  const dis = core.analyze(draft('<!-- nianbao-disable number-invalie -->', '<!-- nianbao-enable number-invalid -->')).findings;
  assert.equal(of(dis, 'number-invalid').length, 1);
});

test('CLI: the misspelt enable no longer passes the run (exit 1, the error listed, not suppressed in SARIF)', async () => {
  const dir = folderWith({ 'e.md': draft('<!-- nianbao-disable number-invalid -->', '<!-- nianbao-enable number-invalie -->') });
  const file = join(dir, 'e.md');
  const r = await runCli(['check', '--no-color', '--format', 'sarif', file]);
  assert.equal(r.code, 1);
  const results = JSON.parse(r.stdout).runs[0].results.filter((x) => x.ruleId === 'number-invalid');
  assert.equal(results.length, 1);
  assert.deepEqual(results[0].suppressions, []);
});
