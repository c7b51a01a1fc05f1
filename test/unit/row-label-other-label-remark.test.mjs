// Row labels of 表三 that are not the template's as written (breaker12): a wholly other label read by its place, and
// a misspelled label followed by the author's remark (`（含商业秘密）`, `,见附件:100%`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LABEL = '4.保护第三方合法权益';
const withLabel = (label) => {
  assert.ok(correct.includes(`| ${LABEL} `));
  return correct.replace(`| ${LABEL} `, `| ${label} `);
};
const rowLabels = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-label');

test('a 表三 label wholly unlike the template’s (`4.其他`) is read by its place and said, without a fix', () => {
  const text = withLabel('4.其他');
  const fs = rowLabels(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'warning');
  assert.match(fs[0].message, /行标签“4\.其他”不是格式中的标签，按它在表中的位置当作“4\.保护第三方合法权益”行读取/);
  assert.equal(fs[0].fix, undefined);
  const line = text.split('\n')[fs[0].range.start.line];
  assert.equal(line.slice(fs[0].range.start.character, fs[0].range.end.character), '4.其他');
  // Its numbers are still the row's: the report's sums hold, nothing else is said.
  assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), ['row-label']);
  assert.equal(core.fixAll(text).text, text, 'fix-all leaves the author’s label alone');
});

for (const remark of ['（含商业秘密）', ',见附件:100%']) {
  test(`a misspelled 表三 label followed by a remark (${remark}) is a misspelling; the fix keeps the remark`, () => {
    const text = withLabel(`4.保护第三方合法权利${remark}`);
    const fs = rowLabels(text);
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /行标签“4\.保护第三方合法权利”与格式不一致，应为“4\.保护第三方合法权益”（相差 1 个字）/);
    const fixed = core.fixAll(text).text;
    // The same text as with the template's label and the remark, up to the padding the fix keeps aligned.
    const cells = (t) => t.split('\n').map((l) => l.split('|').map((c) => c.trim()).join('|'));
    assert.deepEqual(cells(fixed), cells(withLabel(`${LABEL}${remark}`)));
    assert.deepEqual(rowLabels(fixed), []);
  });
}

test('the template’s label with a remark after it, and a wrapped piece of a label, are no finding', () => {
  assert.deepEqual(rowLabels(withLabel(`${LABEL}（含商业秘密）`)), []);
  // The first part of a label a PDF export wrapped in its cell (the rest on the line below, outside the table).
  const long = '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请';
  assert.ok(correct.includes(`| ${long} `));
  assert.deepEqual(rowLabels(correct.replace(`| ${long} `, '| 行政机关不再处理其政府信息公 ')), []);
});
