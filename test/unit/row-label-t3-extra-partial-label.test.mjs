// row-label: a 表三 row no format has, labelled with words that are only part of a template label or a column's name
// (`其他`, `（八）其他`), holding real numbers, was silently dropped: no finding, its numbers in no sum (brk138 #1), while
// `（八）撤回申请` in the same place was said. docs/rules/row-label.md: such a row is a warning; a 合计 under a group's
// rows is that group's subtotal (sum-subtotal), elsewhere an info. Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const OTHER = '| 3.其他                                                                   | 0      | 0        | 0        | 0            | 0            | 0    | 0    |\n';
const QUERY = '| 8.属于行政查询事项                                                       | 1      | 0        | 0        | 0            | 0            | 0    | 1    |\n';
const after = (row, line, label) => edit(CORRECT, row, `${row}| ${label} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n`);
const findings = (text) => core.analyze(text).findings;

test('a 表三 row labelled 其他 or （八）其他 with numbers, among or under the rows, is a row-label warning like （八）撤回申请', () => {
  for (const [row, label, below] of [[OTHER, '其他', '3.其他'], [OTHER, '（八）其他', '3.其他'], [OTHER, '（八）撤回申请', '3.其他'], [QUERY, '其他', '8.属于行政查询事项'], [QUERY, '其他情形', '8.属于行政查询事项']]) {
    const text = after(row, 0, label);
    const fs = findings(text);
    const rl = fs.filter((f) => f.ruleId === 'row-label');
    assert.equal(rl.length, 1, `${label}: ${fs.map((f) => `${f.ruleId} ${f.message}`).join('\n')}`);
    assert.equal(rl[0].severity, 'warning', label);
    assert.equal(rl[0].message, `表三中的“${label}”行（写在“${below}”之后）不是格式规定的行，它的数不参与任何合计的检查。格式中的表三没有这一行：若这些数属于格式中的某一行，请并入那一行（并核对（七）总计）；若是说明，请写在正文中。`);
    assert.equal(text.split('\n')[rl[0].range.start.line], `| ${label} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |`, label);
    assert.equal(rl[0].fix, undefined, label);
  }
  const [en] = core.analyze(after(OTHER, 0, '其他'), { locale: 'en' }).findings.filter((f) => f.ruleId === 'row-label');
  assert.match(en.message, /^表三 row “其他” \(below “3\.其他”\) is not a row of the format, and its numbers take part in no sum checked\./);
});

test('a copy of a template row (3.其他 twice) stays row-duplicate\'s, the template rows themselves are no extra row, and a 合计 under （六）\'s rows is its subtotal', () => {
  const copy = findings(edit(CORRECT, OTHER, OTHER + OTHER));
  assert.deepEqual(copy.filter((f) => f.ruleId === 'row-label'), []);
  assert.equal(copy.filter((f) => f.ruleId === 'row-duplicate').length, 1);
  assert.deepEqual(findings(CORRECT), []);
  // The 合计 right under （六）其他处理's rows is that group's subtotal, checked by sum-subtotal (here right: 1 = 1 + 0 + 0).
  assert.deepEqual(findings(after(OTHER, 0, '合计')), []);
  const wrong = findings(edit(CORRECT, OTHER, `${OTHER}| 合计 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |\n`));
  assert.deepEqual([...new Set(wrong.map((f) => f.ruleId))], ['sum-subtotal']);
});
