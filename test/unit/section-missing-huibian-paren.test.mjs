// breaker46 #1: a file of two reports whose sections are numbered （一）…（六） (as the 30号 body writes them) read its
// headings as sub-headings and got six section-missing, and `--fix` inserted a blank copy of every section and table.
// A heading with the section's own title anywhere in the report now stops the insertion: said, not fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
/** The example with its six section headings numbered （一）…（六）, and the agency renamed. */
const parenNumbered = (agency) => NUMERALS.reduce((t, n) => t.replace(`## ${n}、`, `## （${n}）`), CORRECT).replaceAll('某某市某某局', agency);

test('two reports numbered （一）…（六） in one file: no section is inserted by --fix, and no text is lost', () => {
  const text = `${parenNumbered('某某市甲局')}\n\n${parenNumbered('某某市乙局')}`;
  const missing = core.analyze(text).findings.filter((f) => f.ruleId === 'section-missing');
  for (const f of missing) {
    assert.equal(f.fix, undefined, f.message.zh ?? f.message);
  }
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.split('\n').length <= text.split('\n').length, 'nothing inserted');
  for (const line of text.split('\n')) if (line.trim() && !/^## （/.test(line)) assert.ok(fixed.includes(line), `kept: ${line}`);
});
