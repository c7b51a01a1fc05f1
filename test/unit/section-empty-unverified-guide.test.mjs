// brk162 #4: section-empty called “（上年度报告所列问题的整改情况）” for 五 a 格式要求, which templates.md §6.1 marks
// [UNVERIFIED] ("Do not hard-code these as official quotations"). What a section is to hold is called 格式要求 only
// where templates.md §6 verifies the format's text; what the 《条例》 asks is said as what the part 应报告 (its article
// named), and what reports usually add is no requirement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
/** A report of `year` with the six headings and nothing under them. */
const skeleton = (year) => [`# 某某县某某局${year}年政府信息公开工作年度报告`, '', ...SECTIONS.flatMap((s) => [`## ${s}`, '', ''])].join('\n');
const empties = (text, locale) => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId === 'section-empty');
const at = (found, title) => found.find((f) => f.message.includes(`“${title}”`));

for (const year of [2020, 2024]) {
  test(`section-empty (${year}): 五 says what 第五十条第（四）项 asks, with no follow-up on last year's problems and no 格式要求`, () => {
    const zh = at(empties(skeleton(year), 'zh'), SECTIONS[4]);
    assert.equal(zh.message, '“五、存在的主要问题及改进情况”下没有内容。应报告：政府信息公开工作存在的主要问题及改进情况（《中华人民共和国政府信息公开条例》第五十条第（四）项）。');
    const en = at(empties(skeleton(year), 'en'), SECTIONS[4]);
    assert.doesNotMatch(en.message, /format asks|last year/);
    assert.match(en.message, /article 50 \(4\) of the Regulations/);
  });
}

test('section-empty (2024): 六 asks as the format only the fees (the template\'s placeholder), not what reports usually add', () => {
  const six = at(empties(skeleton(2024), 'zh'), SECTIONS[5]);
  assert.equal(six.message, '“六、其他需要报告的事项”下没有内容。格式要求：收取信息处理费情况（《政府信息公开信息处理费管理办法》，国办函〔2020〕109号）。');
  assert.doesNotMatch(at(empties(skeleton(2024), 'en'), SECTIONS[5]).message, /deputies|work points/);
});

test('section-empty: no message of any format calls an unverified text 格式要求 (整改, 上年度, 内容翔实)', () => {
  for (const year of [2016, 2020, 2024]) {
    for (const f of empties(skeleton(year), 'zh')) assert.doesNotMatch(f.message, /整改|上年度|内容翔实|人大代表建议/, `${year}: ${f.message}`);
    // The 2019 format's 一 is what its reports usually hold (60号's text is not at hand, templates.md §3.1).
    if (year === 2020) assert.match(at(empties(skeleton(year), 'zh'), SECTIONS[0]).message, /下没有内容。这一部分通常综述/);
  }
});
