// More ways a 2019 本年增/减 cell is written in words in a pasted table (breaker36 #4): `减少 2` (a space between the
// word and the number), `减少２` (a full-width digit), `下降2`, `减少二` (a Chinese numeral) and `-2（减少）` (the word
// after the number, in brackets) made the whole of 表二 unreadable (table-unreadable: "a number stands in no row").
// They are now read as the row's cell, as `减少2` was: number-invalid with the signed number as its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDraft, core, PASTED_ROW, rewriteRows, rowValues } from '../helpers.mjs';

/** A complete, clean 2019 draft (as `nianbao new` writes it), its fill-in notes replaced by text. */
const DRAFT = cleanDraft('2019');

const PASTES = PASTED_ROW;
/** The draft with 行政许可's row `56 | change | 1520`, pasted by `write`. */
const changeInWords = (change, write) => rewriteRows(DRAFT, (cells) => write(cells[0] === '行政许可' ? ['行政许可', '56', change, '1520'] : cells));

const CASES = [['减少 2', -2], ['减少２', -2], ['下降2', -2], ['减少二', -2], ['增加十二', 12], ['-2（减少）', -2], ['2(增加)', 2]];

for (const [paste, write] of Object.entries(PASTES)) {
  test(`a 2019 本年增/减 written 减少 2, 减少２, 下降2, 减少二 or -2（减少） in a ${paste} paste is the row's cell: number-invalid, fixed to the signed number`, () => {
    for (const [change, value] of CASES) {
      const text = changeInWords(change, write);
      const { report, findings } = core.analyze(text);
      assert.equal(report.tables.t2.broken, undefined, change);
      assert.deepEqual(rowValues(report, 't2', 'T2.3'), [56, value, 1520], change);
      assert.deepEqual(findings.map((f) => f.ruleId), ['number-invalid'], change);
      assert.equal(report.lines.slice(findings[0].range), change);
      assert.match(findings[0].message, new RegExp(`用文字写了增减.*按 ${value} 计算；请写作“${value}”`), change);
      const fixed = core.fixAll(text).text;
      const again = core.analyze(fixed);
      assert.deepEqual(again.findings.map((x) => x.ruleId), [], change);
      assert.deepEqual(rowValues(again.report, 't2', 'T2.3'), [56, value, 1520], change);
    }
  });
}

test('a sign that contradicts its word (-2（增加）) is not read as either: the cell stays a word, not a number', () => {
  const text = changeInWords('-2（增加）', PASTES.tabs);
  const { report } = core.analyze(text);
  assert.notDeepEqual(rowValues(report, 't2', 'T2.3'), [56, 2, 1520]);
  assert.notDeepEqual(rowValues(report, 't2', 'T2.3'), [56, -2, 1520]);
});

test('in prose, 减少 2 and 下降2 are words, not table cells', () => {
  const text = DRAFT.replace('本局依法做好政府信息公开工作。', '本年行政许可事项减少 2 项，收费下降2万元。');
  assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), core.analyze(DRAFT).findings.map((f) => f.ruleId));
});

test('a 2019 本年增/减 written 新增2 (or 新增 2) is read like 增加2: number-invalid (a warning), fixed to the number, in a pipe table and every paste (breaker39 #14)', () => {
  const pipe = (cells) => [`| ${cells.join(' | ')} |`];
  for (const [paste, write] of [['pipe', pipe], ...Object.entries(PASTES)]) {
    for (const change of ['新增2', '新增 2', '增加2']) {
      let text = changeInWords(change, write);
      // A pipe table keeps its delimiter rows.
      if (paste === 'pipe') text = DRAFT.replace(/^\| 行政许可 +\|.*$/m, `| 行政许可 | 56 | ${change} | 1520 |`);
      const { report, findings } = core.analyze(text);
      assert.deepEqual(rowValues(report, 't2', 'T2.3'), [56, 2, 1520], `${paste} ${change}`);
      assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['number-invalid', 'warning']], `${paste} ${change}`);
      assert.match(findings[0].message, /用文字写了增减.*按 2 计算；请写作“2”/);
      assert.deepEqual(core.analyze(core.fixAll(text).text).findings, [], `${paste} ${change}`);
    }
  }
});
