// Bad input never crashes the engine: random mixtures of report fragments, broken tables, control characters,
// huge lines; every finding's range lies inside the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { core, corpusText } from '../helpers.mjs';

const PIECES = ['一、总体情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '| 一、本年新收政府信息公开申请数量 | 1 | 2 |',
  '（七）总计', '四、结转下年度继续办理', '| 3 | | 4 |', '|---|', '|||', '7 |', '结果维持 结果纠正', '2024年政府信息公开工作年度报告', '统计期限为2024年1月1日至12月31日',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '第二十条第（一）项', '信息内容', '规章', '-3-', '三)', ')', '\u0000', '\t', '𠀀', '\r', '\r\n', '\n', ' ', '0', '１２', '-5', '1.5'];

function assertSane(text) {
  const { report, findings } = core.analyze(text);
  const lines = new core.LineIndex(text);
  for (const f of findings) {
    assert.notEqual(f.ruleId, 'internal-error', f.message);
    for (const p of [f.range.start, f.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.lineCount, `line ${p.line} in ${lines.lineCount}`);
      assert.ok(p.character >= 0 && p.character <= lines.line(p.line).length);
    }
    if (f.fix) core.applyFixes(text, f.fix.edits);
  }
  return report;
}

test('property: random report fragments never crash the engine and findings stay inside the text', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join('')), (text) => { assertSane(text); }), { numRuns: 400 });
});

test('property: corpus reports with random lines deleted or duplicated never crash the engine', () => {
  const texts = ['seeds/001_417062a3286660b0.txt', 'peers/govnianbao_huaian-city_2024.txt', 'peers/kiro_shanghai-stcsm_2024.txt'].map(corpusText);
  fc.assert(fc.property(fc.constantFrom(...texts), fc.array(fc.nat(), { maxLength: 20 }), (text, cuts) => {
    const lines = text.split('\n');
    for (const c of cuts) {
      const i = c % lines.length;
      if (c % 2) lines.splice(i, 1);
      else lines.splice(i, 0, lines[i]);
    }
    assertSane(lines.join('\n'));
  }), { numRuns: 60 });
});

test('empty text, a lone BOM, one huge line and binary-looking text are handled', () => {
  for (const t of ['', '\ufeff', 'x'.repeat(2_000_000), '三、'.repeat(100000), '\u0000\u0001\u0002'.repeat(1000), '|'.repeat(100000), '1 '.repeat(200000)]) {
    const r = assertSane(t);
    assert.equal(typeof r.isReport, 'boolean');
  }
});
