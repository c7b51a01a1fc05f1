// 表三's group over groups, 三、本年度办理结果, misspelled or cut short: row-label with a rename fix, as the other group
// labels get (brk148 #6). It was read as absent (its words not in the table) and nothing was said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, CORPUS, edit, toTabs, toSpaces, toCells } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const LABEL = '三、本年度办理结果';
const TYPOS = ['三、本年渡办理结果', '三、本年度力理结果', '三、本年度办里结果', '三、本年度办理结'];

test('brk148 #6: a typo in 三、本年度办理结果 is row-label, fixed to the label, and the fixed text checks clean', () => {
  for (const [layout, write] of [['pipe', (t) => t], ['tabs', toTabs], ['spaces', toSpaces], ['one cell per line', toCells]]) {
    const base = write(CORRECT);
    assert.deepEqual(core.analyze(base).findings.map((f) => f.ruleId), [], `${layout}: the base is clean`);
    for (const typo of TYPOS) {
      const text = edit(base, LABEL, typo);
      const { findings } = core.analyze(text);
      assert.deepEqual(findings.map((f) => f.ruleId), ['row-label'], `${layout}, ${typo}`);
      const [f] = findings;
      assert.match(f.message, new RegExp(`“${typo}”.*应为“${LABEL}”`), `${layout}, ${typo}`);
      assert.equal(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), typo);
      const fixed = core.fixAll(text).text;
      assert.equal(fixed.split('\n').filter((l) => l.includes(LABEL)).length, 1, `${layout}, ${typo}: renamed`);
      assert.equal(fixed.replace(/ +/g, ' '), base.replace(/ +/g, ' '), `${layout}, ${typo}: only the label changes`);
      assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), [], `${layout}, ${typo}: clean after --fix`);
    }
  }
});

test('brk148 #6: the typo is found in real reports of other layouts (split OCR tables, one cell a line) and in the 2019 format', () => {
  for (const [name, text0] of [
    ['shuyang-county (OCR split tables)', readFileSync(join(CORPUS, 'peers', 'kiro_shuyang-county_2025.txt'), 'utf8')],
    ['seed 001 (one cell a line)', readFileSync(join(CORPUS, 'seeds', '001_417062a3286660b0.txt'), 'utf8')],
    ['errors-2018 (2019 format)', readFileSync(join(ROOT, 'examples', 'errors-2018.nianbao.md'), 'utf8')],
  ]) {
    const before = core.analyze(text0).findings.filter((f) => f.ruleId === 'row-label').length;
    const text = text0.replace(LABEL, '三、本年渡办理结果');
    const found = core.analyze(text).findings.filter((f) => f.ruleId === 'row-label' && f.message.includes('三、本年渡办理结果'));
    assert.equal(found.length, 1, name);
    const fixed = core.fixAll(text).text;
    assert.ok(fixed.includes(LABEL) && !fixed.includes('本年渡'), name);
    assert.ok(core.analyze(fixed).findings.filter((f) => f.ruleId === 'row-label').length <= before, name);
  }
});
