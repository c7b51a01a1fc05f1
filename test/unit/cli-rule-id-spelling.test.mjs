// brk129 #5: `--rule row_label=off` and `--rule ROW-LABEL=off` were told the syntax is wrong ("--rule 的写法是
// ID=off|info|warning|error") with no hint, though only the id is: suppression comments read those spellings as
// row-label, and the config's `rules` says 没有规则 "row_label"（是否想写 "row-label"？）. --rule now says it as the
// config does: an unknown rule, with the catalogue's spelling. The syntax message stays for what is no ID=SETTING.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-rule-id-'));
writeFileSync(join(dir, 'r.md'), '# 某某市财政局2024年政府信息公开工作年度报告\n');
const first = async (rule, locale = 'zh') => {
  const r = await runCli(['check', '--rule', rule, 'r.md'], { cwd: dir, env: { NIANBAO_LOCALE: locale } });
  assert.equal(r.code, 2, rule);
  return r.stderr.split('\n')[0];
};

test('--rule with an id spelt as a suppression comment reads it: unknown rule, did you mean the catalogue\'s id (zh, en)', async () => {
  for (const id of ['row_label', 'ROW-LABEL', 'Row_Label', 'row－label', 'row–label']) {
    assert.match(await first(`${id}=off`), new RegExp(`^nianbao：--rule：没有规则 ${JSON.stringify(id)}；是不是 row-label？（规则 id：section-missing, `), id);
    assert.match(await first(`${id}=warning`, 'en'), new RegExp(`^nianbao: --rule: no rule ${JSON.stringify(id)}; did you mean row-label\\? \\(rule ids: `), id);
  }
  // A misspelt id, as before; one near nothing gets no suggestion.
  assert.match(await first('row-lable=off'), /^nianbao：--rule：没有规则 "row-lable"；是不是 row-label？/);
  assert.match(await first('SUM_BALANCE=error'), /^nianbao：--rule：没有规则 "SUM_BALANCE"；是不是 sum-balance？/);
  assert.match(await first('zzz=off'), /^nianbao：--rule：没有规则 "zzz"（规则 id：/);
});

test('--rule that is no ID=SETTING, or with a wrong setting, keeps the syntax message', async () => {
  assert.equal(await first('row-label'), 'nianbao：--rule 的写法是 ID=off|info|warning|error，不是 "row-label"');
  assert.equal(await first('=off'), 'nianbao：--rule 的写法是 ID=off|info|warning|error，不是 "=off"');
  assert.equal(await first('row-label=OFF'), 'nianbao：--rule 的写法是 ID=off|info|warning|error，不是 "row-label=OFF"；是不是 row-label=off？');
  // The right spelling is taken.
  const ok = await runCli(['check', '--rule', 'row-label=off', join(ROOT, 'examples/correct-2024.nianbao.md')]);
  assert.equal(ok.code, 0, ok.stderr);
});
