// brk88 #4: a 表四 leaf header in other words (纠正结果, 合计 for the first 总计, 维持原判, XX纠正) or a word of its own
// (驳回) was not reported at all (only one-character typos, 结果纠证, were): now a column-label warning whose fix writes
// the template's label, decided by the words (合计 is 总计) or else by the column's place under its group, in every
// layout. 其它结果 stays 其他结果 (`其它` is read as `其他` in every label, as in 表三's 其它 column), and part of a label
// (维持: maybe half of a wrapped one) is not reported. Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, REPORT_LAYOUTS, edit, slice } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINES = example.split('\n');
/** The line of 表四's leaf labels; its value row is the line below. */
const LEAF_LINE = LINES.findIndex((l) => l.startsWith('| 结果维持 |'));
/** 表四's values as the example has them. */
const VALUES = [2, 0, 1, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0];
const cellsOf = (line) => line.slice(1, -1).split('|');
const rowOf = (cells) => `|${cells.join('|')}|`;

/** The example with 表四's leaf label `k` (0–14) written `to`. */
function relabelled(text, changes) {
  const lines = text.split('\n');
  const cells = cellsOf(lines[LEAF_LINE]);
  for (const [k, to] of changes) cells[k] = ` ${to} `;
  lines[LEAF_LINE] = rowOf(cells);
  return lines.join('\n');
}

const t4Values = (r) => r.tables.t4.rows[0].cells.map((c) => c?.value ?? null);
/** Findings in brief: rule id, severity and the text of their range's first line. */
const brief = (text) => {
  const { report, findings } = core.analyze(text);
  return findings.map((f) => [f.ruleId, f.severity, slice(report, { start: f.range.start, end: f.range.end.line === f.range.start.line ? f.range.end : { line: f.range.start.line, character: Infinity } }).trim()]);
};

/** Label changes of the breaker's repros 03b–03d and more, each with the finding's message head and its fix. */
const WRONG_LABELS = [
  // 03b: the words of 结果纠正 the other way round.
  { changes: [[1, '纠正结果']], said: [['纠正结果', '与格式不一致，应为“结果纠正”']] },
  // 03c: 合计 for the first 总计 (as 表三's 合计 is reported).
  { changes: [[4, '合计']], said: [['合计', '与格式不一致，应为“总计”']] },
  // 03d: 维持原判 and XX纠正 for 行政复议's first two.
  { changes: [[0, '维持原判'], [1, 'XX纠正']], said: [['维持原判', '与格式不一致，应为“结果维持”'], ['XX纠正', '与格式不一致，应为“结果纠正”']] },
  // Words of their own, each at a leaf's place under 未经复议直接起诉 and 复议后起诉: that leaf, by position.
  { changes: [[6, '驳回'], [13, '未定']], said: [['驳回', '不是格式的列名；按位置应为“结果纠正”'], ['未定', '不是格式的列名；按位置应为“尚未审结”']] },
];

test('a 表四 leaf label in other words or a word of its own: a column-label warning per label, fixed to the template\'s (re-checked clean)', () => {
  for (const { changes, said } of WRONG_LABELS) {
    const text = relabelled(example, changes);
    for (const [name, to] of Object.entries(REPORT_LAYOUTS)) {
      const t = to(text);
      const at = `${changes.map(([, w]) => w).join('/')}, ${name}`;
      const { report: r, findings } = core.analyze(t);
      assert.deepEqual(findings.map((f) => [f.ruleId, f.severity, slice(r, f.range).trim()]), said.map(([w]) => ['column-label', 'warning', w]), at);
      // (A space-aligned table's fix of a word of another width does not fit: said after the same words.)
      findings.forEach((f, i) => assert.ok(f.message.startsWith(`表四的列标题“${said[i][0]}”${said[i][1]}${name === 'space-aligned' && !f.fix ? '；' : '。'}`), `${at}: ${f.message}`));
      assert.deepEqual(findings.map((f) => f.data.column), changes.map(([k]) => `G${Math.floor(k / 5) + 1}.${(k % 5) + 1}`), at);
      assert.deepEqual(t4Values(r), VALUES, at);
      // The fixes: the example's table again (a space-aligned one keeps its other columns in place: clean, its gaps may differ).
      const fixed = core.fixAll(t).text;
      if (name === 'space-aligned') {
        // A word of another width (驳回, XX纠正) is not rewritten there when it does not fit; the others are.
        const left = core.analyze(fixed).findings;
        assert.ok(left.every((f) => f.ruleId === 'column-label' && /未自动修改/.test(f.message)), at);
      } else {
        assert.equal(fixed, to(example), at);
        assert.deepEqual(brief(fixed), [], at);
      }
    }
  }
  // Not reported: 其它结果, which is 其他结果 (其它 reads as 其他 in every label, as in 表三's 其它 column); parts of
  // labels, which may be halves of labels a narrow column wrapped (pdftotext: 结果 over 维持, 总计 on the lower line
  // alone, as in the clean fixture).
  assert.deepEqual(brief(relabelled(example, [[2, '其它结果']])), []);
  assert.deepEqual(brief(edit(example, '| 法律服务机构 | 其他 | 总计 |', '| 法律服务机构 | 其它 | 总计 |')), []);
  assert.deepEqual(brief(relabelled(example, [[0, '维持'], [1, '纠正'], [3, '审结']])).filter(([id]) => id === 'column-label'), []);
  const pdf = readFileSync(join(ROOT, 'test/fixtures/space-aligned-fix-width/pdftotext-2024.txt'), 'utf8');
  assert.match(pdf, /\n {2}维持 {2}纠正 {2}结果 {2}审结 {2}总计/);
  assert.deepEqual(core.analyze(pdf).findings.map((f) => f.ruleId).filter((id) => id !== 'page-break'), []);
});

test('a leaf in other words standing elsewhere in its group (合计 first) is read as that leaf: column-order and column-label, the values by name', () => {
  let text = edit(example, LINES[LEAF_LINE], `| ${Array(3).fill('合计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结').join(' | ')} |`);
  text = edit(text, LINES[LEAF_LINE + 1], '| 3 | 2 | 0 | 1 | 0 | 2 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |');
  for (const [name, to] of Object.entries(REPORT_LAYOUTS)) {
    const t = to(text);
    const { report: r, findings } = core.analyze(t);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.data.column ?? null]).sort(), [['column-label', 'G1.5'], ['column-label', 'G2.5'], ['column-label', 'G3.5'], ['column-order', null]], name);
    assert.deepEqual(t4Values(r), VALUES, name);
    const fixed = core.fixAll(t).text;
    assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), ['column-order'], name);
  }
});
