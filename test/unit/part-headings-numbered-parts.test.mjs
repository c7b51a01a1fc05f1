// Section headings written as parts (第一部分 概述 …) are read as 一、概述 is (found by breaker30).
// breaker30 #16: reports before 2019 often number their sections as parts, `第一部分 概述` … `第七部分 其他需要报告的事项`;
// those are level-1 headings, read as `一、概述` is (not "未找到…两部分").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText } from '../helpers.mjs';

const SEED0 = 'seeds/000_f7ed614ce96fc61e.txt';
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
/** Seed 000 (a 2015-era report, headings `一、概述` …) with its level-1 headings written `第一部分<sep>概述`. */
const asParts = (sep) => corpusText(SEED0).replace(/^([一二三四五六])、/gm, (_, n) => `第${n}部分${sep}`);

test('第一部分 概述 … : the same sections, in the same order, with the same findings as 一、概述 …', () => {
  const plain = core.analyze(corpusText(SEED0));
  const tops = (r) => r.headings.filter((h) => h.level === 1).map((h) => [h.line, h.ordinalValue, h.title, h.canonical]);
  for (const sep of [' ', '　', '：', '、']) {
    const parts = core.analyze(asParts(sep));
    assert.deepEqual(tops(parts.report), tops(plain.report), JSON.stringify(sep));
    assert.equal(parts.report.headings.filter((h) => h.level === 1)[0].ordinal, '第一部分' + (sep === '、' || sep === '：' ? sep : ''));
    assert.deepEqual(parts.findings.map((f) => f.ruleId), plain.findings.map((f) => f.ruleId));
    assert.ok(!parts.findings.some((f) => f.ruleId === 'section-missing'));
  }
  assert.equal(NUMERALS.length, tops(plain.report).length);
});

test('a sentence that starts with 第一部分 is no heading', () => {
  const text = corpusText(SEED0).replace('二、主动公开政府信息的情况', '二、主动公开政府信息的情况\n第一部分内容已在上一节说明，此处不再重复，本节只说明主动公开的数量与渠道等各方面情况，以及其他有关事项的具体安排。');
  const { report } = core.analyze(text);
  assert.equal(report.headings.filter((h) => h.level === 1).length, NUMERALS.length);
});
