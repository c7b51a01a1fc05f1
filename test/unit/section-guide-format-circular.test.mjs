// brk106 #14: a 2020 report is in the 2019 format (国办公开办函〔2019〕60号, templates.md §1); section-empty (and the
// hover on the heading, from the same guide) quoted 国办公开办函〔2021〕30号 for its 一、总体情况, a document issued in
// September 2021. The guide of a report follows its own format: 60号 and 《条例》第五十条 for the 2019 format, 30号 for 2021.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
/** A report of `year` with the six headings and nothing under them. */
const skeleton = (year) => [`# 某某县某某局${year}年政府信息公开工作年度报告`, '', ...SECTIONS.flatMap((s) => [`## ${s}`, '', ''])].join('\n');
const empties = (text, locale) => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId === 'section-empty');

test('section-empty on a 2019 or 2020 report (2019 format) cites no 〔2021〕30号; 一 names 〔2019〕60号 and 第五十条', () => {
  for (const year of [2019, 2020]) {
    const text = skeleton(year);
    assert.equal(core.parseReport(text).format, '2019');
    for (const locale of ['zh', 'en']) {
      const found = empties(text, locale);
      assert.ok(found.length >= 3, `${year} ${locale}: ${found.length}`);
      for (const f of found) assert.doesNotMatch(f.message, /30号|2021/, `${year} ${locale}: ${f.message}`);
      const one = found.find((f) => f.range.start.line === 2);
      assert.match(one.message, /〔2019〕60号/);
      assert.match(one.message, locale === 'zh' ? /第五十条/ : /article 50/);
    }
  }
});

test('section-empty on a 2024 report (2021 format) still cites 〔2021〕30号 for 一、总体情况', () => {
  const one = empties(skeleton(2024), 'zh').find((f) => f.range.start.line === 2);
  assert.match(one.message, /国办公开办函〔2021〕30号/);
});
