// brk101 #1: 表二 rows written with a word or two added to the format's label (`行政处罚决定`, `行政强制措施`, or inline code
// `行政强制 \`a|b\``) under their own item's heading, in an item of two rows (第二十条第（六）项). They were read as
// local rows (info, numbers unchecked) while row-missing said the format's row "is not at its place": it was at its
// place. Such a row is the format's row with its label written wrong: row-label with the fix to the format's label,
// and its numbers read as that row's (as the one row of 第二十条第（五）项 already was).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues, toTabs } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const PUNISH = '| 行政处罚 | 86               |';
const FORCE = '| 行政强制 | 4                |';
const rowId = (label) => core.templateOf('2021').tables.t2.blocks.flatMap((b) => b.rows).find((r) => r.label === label).id;

for (const [layout, write] of [['pipe', (t) => t], ['tab-separated', toTabs]]) {
  for (const [row, written, label, value] of [[PUNISH, '| 行政处罚决定 | 86 |', '行政处罚', 86], [FORCE, '| 行政强制措施 | 4 |', '行政强制', 4]]) {
    test(`${layout}: ${written} under 第二十条第（六）项 is its ${label} row: row-label with the fix, its number read`, () => {
      assert.ok(CORRECT.includes(row));
      const text = write(CORRECT.replace(row, written));
      const result = core.analyze(text);
      assert.deepEqual(result.findings.map((f) => `${f.ruleId}/${f.severity}`), ['row-label/warning']);
      const [f] = result.findings;
      const raw = written.split('|')[1].trim();
      assert.match(f.message, new RegExp(`第二十条第（六）项的行标签“${raw}”与格式不一致，应为“${label}”`));
      assert.equal(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), raw);
      assert.equal(rowValues(result.report, 't2', rowId(label))[0], value);
      assert.match(core.fixAll(text).text, new RegExp(`${label}\\s*\\|?\\s*${value}`));
      assert.deepEqual(core.analyze(core.fixAll(text).text).findings, []);
    });
  }
}

test('a label with inline code holding a pipe (`行政强制 `a|b``): the row 行政强制, the fix writes the format\'s label', () => {
  const text = CORRECT.replace(FORCE, '| 行政强制 `a|b` | 4 |');
  const result = core.analyze(text);
  const ids = result.findings.map((f) => f.ruleId);
  assert.ok(!ids.includes('row-missing'), ids.join());
  const f = result.findings.find((x) => x.ruleId === 'row-label');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /应为“行政强制”/);
  assert.equal(rowValues(result.report, 't2', rowId('行政强制'))[0], 4);
  assert.match(core.fixAll(text).text, /\| 行政强制 \| 4 \|/);
});

test('the format\'s row there too, or words naming another row, or many words: still a local row (info)', () => {
  const both = CORRECT.replace(FORCE, `${FORCE}\n| 行政强制措施 | 2 |`);
  assert.deepEqual(core.analyze(both).findings.map((f) => `${f.ruleId}/${f.severity}`), ['row-label/info']);
  const long = CORRECT.replace(FORCE, '| 行政强制执行申请法院受理 | 4 |');
  assert.ok(!core.analyze(long).findings.some((f) => f.ruleId === 'row-label' && f.severity === 'warning'));
});

// brk105 F12: such a row was read with a footnote mark after it (`行政处罚决定※`) but not before it (`※行政处罚决定`), nor
// with a superscript or bracketed mark (`¹`, `[1]`, `注1`: a digit, which may be a number) or a remark after it
// (`（含听证）`): row-missing then said 行政处罚 was out of its place, and the row's number was not read. The author's
// addition is set aside as it is for a row's own label; the fix keeps it, and the message counts the label's words.
test('a row with words added and a footnote mark or remark, before or after: that row, the mark kept (brk105 F12)', () => {
  for (const written of ['※行政处罚决定', '※行政处罚决定※', '＊行政处罚决定', '行政处罚决定¹', '行政处罚决定[1]', '行政处罚决定注1', '行政处罚决定（含听证）', '行政处罚决定※']) {
    const text = CORRECT.replace(PUNISH, `| ${written} | 86 |`);
    const result = core.analyze(text);
    assert.deepEqual(result.findings.map((f) => `${f.ruleId}/${f.severity}`), ['row-label/warning'], written);
    assert.match(result.findings[0].message, /应为“行政处罚”（相差 2 个字）/, written);
    assert.equal(rowValues(result.report, 't2', rowId('行政处罚'))[0], 86, written);
    const out = core.fixAll(text).text;
    assert.ok(out.includes(`| ${written.replace('行政处罚决定', '行政处罚')} | 86 |`), `${written}: ${out.split('\n').find((l) => l.includes('86'))}`);
    assert.deepEqual(core.analyze(out).findings, [], written);
  }
});
