// fixK3: in 一、总体情况 of a 2024 report, `2023年，本机关认真贯彻落实…` was a year-mismatch warning but the same sentence
// without the comma, `2023年本机关认真贯彻落实《条例》…`, passed. Agencies write both (`2023年我局…`, `2023年某某区人民政府
// 办公室…`, `2023年度我局…`): a sentence opening with an earlier year, then the report's subject (本机关, 我局, 全区, the
// agency's name as the report gives it) and a verb of the year's work, is the same warning. A year that dates something
// else (`2023年底出台的…`, `2023年印发的《…》`, `2023年我局收到的申请…`, `2023年12月31日`), a comparison, and 五's
// sentences about last year's problems are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const OPENING = '2024年，某某市某某局认真贯彻落实《条例》';
const PROBLEM = '政策解读的形式还不够丰富。';
const yearFindings = (text, locale) => core.analyze(text, locale ? { locale } : {}).findings.filter((f) => f.ruleId === 'year-mismatch');

test('总体情况 opening with last year, no comma, then the subject and a verb of the work: year-mismatch (warning) on the year', () => {
  assert.ok(CORRECT.includes(OPENING));
  for (const opening of [
    '2023年本机关认真贯彻落实《中华人民共和国政府信息公开条例》，某某市某某局认真贯彻落实《条例》',
    '2023年我局认真贯彻落实《条例》',
    '2023年度我局坚持以公开为常态，认真贯彻落实《条例》',
    '2023 年我委深入贯彻落实《条例》',
    '2023年某某市某某局认真贯彻落实《条例》',
    '2023年某某局认真贯彻落实《条例》',
    '2023年全区各级各部门深入贯彻落实《条例》',
    '2023年我局在市委、市政府的正确领导下，认真贯彻落实《条例》',
  ]) {
    const text = CORRECT.replace(OPENING, opening);
    const found = yearFindings(text);
    assert.deepEqual(found.map((f) => f.severity), ['warning'], opening);
    assert.equal(found[0].actual, 2023);
    assert.equal(found[0].expected, 2024);
    assert.match(found[0].message, /“总体情况”中的句子以“2023年”开头，而本报告是 2024 年度的/);
    const { start, end } = found[0].range;
    assert.equal(text.split('\n')[start.line].slice(start.character, end.character).replace(/\s/g, ''), '2023年', opening);
    // Nothing else changes: the report is otherwise the correct one.
    assert.deepEqual(core.analyze(text).findings.filter((f) => f.ruleId !== 'year-mismatch'), [], opening);
  }
  const en = yearFindings(CORRECT.replace(OPENING, '2023年我局认真贯彻落实《条例》'), 'en');
  assert.match(en[0].message, /A sentence of 总体情况 opens with 2023, but this is the 2024 report/);
});

test('the agency named as the report names it (its title): `2023年某某区人民政府办公室…`', () => {
  const title = '# 某某市某某局2024年政府信息公开工作年度报告';
  const office = CORRECT.replace(title, '# 某某市某某区人民政府办公室2024年政府信息公开工作年度报告');
  assert.notEqual(office, CORRECT);
  for (const opening of ['2023年某某区人民政府办公室认真贯彻落实《条例》', '2023年某某市某某区人民政府办公室持续推进政务公开']) {
    assert.equal(yearFindings(office.replace(OPENING, opening)).length, 1, opening);
  }
  // Another body's name is no subject of this report's sentence.
  assert.deepEqual(yearFindings(office.replace(OPENING, '2023年某某县教育局认真贯彻落实《条例》')), []);
});

test('a year that dates something else, a comparison, or the report year is not', () => {
  for (const opening of [
    '2023年底出台的《某某市某某局政府信息公开工作规程》进一步规范了办理流程。某某市某某局认真贯彻落实《条例》',
    '2023年印发的《某某市某某局政府信息公开工作规程》继续有效。某某市某某局认真贯彻落实《条例》',
    '2023年我局印发的《政府信息公开工作规程》继续有效。某某市某某局认真贯彻落实《条例》',
    '2023年我局收到的申请已全部办结。某某市某某局认真贯彻落实《条例》',
    '2023年12月31日前上线的依申请公开系统运行平稳。某某市某某局认真贯彻落实《条例》',
    '2023年同期受理的申请已全部办结。某某市某某局认真贯彻落实《条例》',
    '2023年全市政务公开工作要点提出的任务已全部完成。某某市某某局认真贯彻落实《条例》',
    '2023年政府信息公开工作年度报告发布后，某某市某某局认真贯彻落实《条例》',
    '2023年我局共收到申请40件，本年度增加6件。某某市某某局认真贯彻落实《条例》',
    '2023年以来我局持续推进政务公开。某某市某某局认真贯彻落实《条例》',
    '2024年我局认真贯彻落实《条例》',
  ]) {
    assert.deepEqual(yearFindings(CORRECT.replace(OPENING, opening)), [], opening);
  }
});

test('in 五, a sentence about last year\'s problems is not; one left from last year\'s report is, as with the comma', () => {
  const five = (s) => yearFindings(CORRECT.replace(PROBLEM, s));
  assert.ok(CORRECT.includes(PROBLEM));
  assert.deepEqual(five('2023年报告中提出的问题已全部整改。'), []);
  assert.deepEqual(five('2023年我局针对上年报告提出的问题进行了整改。'), []);
  assert.deepEqual(five('2023年我局将继续丰富解读形式。政策解读的形式还不够丰富。').filter((f) => /句子以/.test(f.message)), []);
  // As `2023年，我局…` is (the comma form), the sentence without the comma is a warning.
  assert.equal(five('2023年，我局政策解读的形式还不够丰富。').length, 1);
  assert.equal(five('2023年我局持续推进政策解读，但形式还不够丰富。').length, 1);
});
