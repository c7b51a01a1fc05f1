// year-mismatch on the introduction's announcing sentence (breaker28 item 3): `现将2023年度政府信息公开工作情况报告如下`
// in a 2024 report got no finding, as only a name ending in `年度报告`/`年报` was read as the report's own. The
// opening formulas that announce the report by another name (现将…报告如下, 本报告总结了…) name the report year too;
// a sentence that names two years (a comparison) or cites another report names none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, corpusText, only, slice, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const INTRO_END = '本报告电子版可在某某市人民政府门户网站下载。';
const withIntro = (sentence) => edit(CORRECT, INTRO_END, INTRO_END + sentence);

test('year-mismatch: 现将2023年度政府信息公开工作情况报告如下 in a 2024 report is an error on the year it names', () => {
  const { report, found } = only(withIntro('现将2023年度政府信息公开工作情况报告如下。'), 'year-mismatch');
  assert.equal(report.year, 2024);
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity, f.expected, f.actual]), [[3, 'error', 2024, 2023]]);
  assert.equal(slice(report, found[0].range), '2023年度政府信息公开工作情况报告如下');
  assert.equal(found[0].message.zh ?? found[0].message, '引言中的报告名称写的是 2023 年，而标题为 2024 年。请统一报告年度。');
});

test('year-mismatch: the family of announcing wordings (现将…年度…报告如下, 现将…年…工作情况报告如下, 本报告…)', () => {
  for (const s of [
    '现将本机关2023年政府信息公开工作情况报告如下。',
    '现将我局2023年度政务公开工作报告如下：',
    '现将二〇二三年度政府信息公开工作情况报告如下。',
    '现将2023年度工作情况报告如下。',
    '特将2023年度政府信息公开工作情况报告公布如下。',
    '本报告总结了2023年度本机关政府信息公开工作情况。',
    '本报告是2023年度政府信息公开工作情况的总结。',
  ]) {
    const { found } = only(withIntro(s), 'year-mismatch');
    assert.deepEqual(found.map((f) => [f.expected, f.actual]), [[2024, 2023]], s);
  }
});

test('year-mismatch: no finding for the report year, for a sentence comparing years, or for another report cited', () => {
  for (const s of [
    '现将2024年度政府信息公开工作情况报告如下。',
    '现将2024年政府信息公开工作情况（与2023年相比）报告如下。',
    '现将2024年与2023年政府信息公开工作对比情况报告如下。',
    '本报告对比了2023年和2024年政府信息公开工作情况。',
    '现将2023年度报告中提出问题的整改情况报告如下。',
    '对照2023年度政府信息公开工作情况报告，现将整改情况报告如下。',
  ]) {
    const { report, found } = only(withIntro(s), 'year-mismatch');
    assert.equal(report.year, 2024, s);
    assert.deepEqual(found, [], s);
  }
});

test('year-mismatch: the sentence in a real report\'s introduction, wrapped over lines (洪泽 2024)', () => {
  const text = edit(corpusText('peers/kiro_hongze-district_2024.txt'), '号，邮编：223100，电话：0517-87290606）。\n', '号，邮编：223100，电话：0517-87290606）。现将洪泽区2023年度\n政府信息公开工作情况报告如下。\n');
  const { report, found } = only(text, 'year-mismatch');
  assert.equal(report.year, 2024);
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.range.end.line + 1, f.expected, f.actual]), [[11, 12, 2024, 2023]]);
});
