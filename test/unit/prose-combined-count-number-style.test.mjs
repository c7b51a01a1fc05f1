// prose-table: the combined 予以公开 + 部分公开 figure, a number before its verb, invisible characters in a number, fixes in
// the number's style (found by breaker5).
// Prose readings found by a fresh user (breaker 5): the combined 予以公开 + 部分公开 figure written in its usual
// ways, a number before its verb in a list, invisible characters inside a prose number, and a fix that writes the
// number in the style of the one it replaces. The base is examples/correct-2024.nianbao.md, whose 表三 has
// 予以公开 24 and 部分公开 6 (30 together), and 淮安 2024 (答复 3050).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, edit, only, slice, proseTableOf as table, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const LIST = '其中予以公开24件、部分公开6件、不予公开6件';
const HUAIAN = corpusText('peers/govnianbao_huaian-city_2024.txt');
const brief = (f) => [f.expected, f.actual, f.fix ? f.fix.edits[0].newText : null];

// (`其中公开（含部分公开）30件`, without 予以: helper-220 #17.)
for (const combined of ['其中予以公开（含部分公开）30件，', '其中予以公开（包括部分公开）30件、', '其中予以公开（含部分公开6件）30件、', '其中予以公开30件（含部分公开6件）、', '其中全部或部分公开30件、', '其中公开（含部分公开）30件、']) {
  test(`the combined 予以公开 + 部分公开 figure: “${combined}” agrees with 表三 (24 + 6), and 31 is an error against 30`, () => {
    const text = edit(CORRECT, LIST + '、', combined + '不予公开6件、');
    assert.deepEqual(table(text), []);
    const wrong = table(text.replace('30件', '31件'));
    assert.deepEqual(wrong.map((f) => [f.expected, f.actual, f.data.quantity]), [[30, 31, 'R3.1+R3.2']]);
    // Never “fixed” to 予以公开's own 24.
    assert.notEqual(wrong[0].fix?.edits[0].newText, '24');
  });
}

test('予以公开30件（含部分公开7件）: the combined 30 agrees, the 部分公开 inside the parenthesis is compared with its own row', () => {
  const text = edit(CORRECT, LIST, '其中予以公开30件（含部分公开7件）、不予公开6件');
  assert.deepEqual(table(text).map((f) => [f.expected, f.actual, f.data.quantity]), [[6, 7, 'R3.2']]);
});

test('a number before its verb: “其中24件予以公开、部分公开6件” is two counts, not 予以公开、部分公开 together (no finding, no fix to 30)', () => {
  const text = edit(CORRECT, LIST, '其中24件予以公开、部分公开6件、不予公开6件');
  assert.deepEqual(table(text), []);
  assert.equal(core.fixAll(text).text, text);
  // The 部分公开 count is still compared with its row, and fixed to it.
  const wrong = edit(CORRECT, LIST, '其中24件予以公开、部分公开7件。不予公开6件');
  assert.deepEqual(table(wrong).map(brief), [[6, 7, '6']]);
  // Without a number before it, the same words are the two together.
  const together = edit(CORRECT, LIST, '其中予以公开、部分公开共31件、不予公开6件');
  assert.deepEqual(table(together).map((f) => [f.expected, f.actual]), [[30, 31]]);
});

for (const [name, ch] of [['soft hyphen', '\u00ad'], ['left-to-right mark', '\u200e'], ['right-to-left mark', '\u200f'], ['LRE', '\u202a'], ['RLO', '\u202e'], ['first strong isolate', '\u2068'], ['Mongolian vowel separator', '\u180e'], ['variation selector 16', '\ufe0f'], ['combining grapheme joiner', '\u034f']]) {
  test(`an invisible ${name} inside a prose number does not switch the check off: 淮安 答复 30${ch}60 件 is 3060 against 3050`, () => {
    const text = edit(HUAIAN, '复 3050 件', `复 30${ch}60 件`);
    const { report, found } = only(text, 'prose-table');
    assert.deepEqual(found.map(brief), [[3050, 3060, '3050']]);
    // The range covers the number as written, invisible character included.
    assert.equal(slice(report, found[0].range), `30${ch}60`);
  });
}

for (const [written, fixed] of [['３０６０', '３０５０'], ['3,060', '3,050'], ['３,０６０', '３,０５０']]) {
  test(`the fix writes the number in the style of the one it replaces: ${written} → ${fixed}`, () => {
    const text = edit(HUAIAN, '复 3050 件', `复 ${written} 件`);
    const found = table(text);
    assert.deepEqual(found.map(brief), [[3050, 3060, fixed]]);
    assert.match(found[0].fix.title.zh, new RegExp(`把正文的 ${written} 改为 ${fixed}`));
    assert.equal(core.fixAll(text).text, edit(HUAIAN, '复 3050 件', `复 ${fixed} 件`));
    // Plain ASCII digits stay plain.
    assert.deepEqual(table(edit(HUAIAN, '复 3050 件', '复 3060 件')).map(brief), [[3050, 3060, '3050']]);
  });
}

test('淮安 2024: 行政诉讼 45 件 with its four results 25 + 5 + 9 + 7 = 46 is a prose-sum; 45 is the total of its own list, not a term of 行政复议\'s', () => {
  assert.deepEqual(only(HUAIAN, 'prose-sum').found, []);
  const text = edit(HUAIAN, '行政诉讼 46', '行政诉讼 45');
  const sums = only(text, 'prose-sum').found;
  assert.deepEqual(sums.map((f) => [f.expected, f.actual]), [[46, 45]]);
  const [f] = table(text);
  assert.deepEqual([f.expected, f.actual], [46, 45]);
  assert.doesNotMatch(f.message.zh ?? f.message, /列举的 \d+ 个数/);
  // 行政复议's four results: 72 + 64 + 178 + 37 = 351; one changed, the sum is off.
  assert.deepEqual(only(edit(HUAIAN, '结果维持 72 件', '结果维持 73 件'), 'prose-sum').found.map((x) => [x.expected, x.actual]), [[352, 351]]);
});

test('a 予以公开 count followed by its own 其中 list is no part of the outer list: 予以公开30件，其中部分公开6件 adds no bogus sum', () => {
  const text = edit(CORRECT, LIST, '其中予以公开30件，其中部分公开6件，不予公开6件');
  assert.deepEqual(only(text, 'prose-sum').found, []);
  assert.deepEqual(table(text), []);
});

test('year-mismatch is on the odd one out: 淮安 2024 with last year\'s title beside this year\'s period and text reports the title', () => {
  const text = edit(HUAIAN, '2024 年政府信息公开工作年度报告', '2023 年政府信息公开工作年度报告');
  const { report, found } = only(text, 'year-mismatch');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[4, 2024, 2023]]);
  assert.equal(slice(report, found[0].range).replace(/\s/g, ''), '2023年政府信息公开工作年度报告');
  assert.match(found[0].message, /标题写的是 2023 年，而统计期限为 2024 年。正文中的年份也多为 2024 年/);
  assert.equal(found[0].related[0].range.start.line + 1, 9);
});

test('year-mismatch: a tie between title and period is broken by the signature date (the example signed 2025 → 2024)', () => {
  const text = edit(CORRECT, '# 某某市某某局2024年政府信息公开工作年度报告', '# 某某市某某局2023年政府信息公开工作年度报告');
  const { found } = only(text, 'year-mismatch');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[1, 2024, 2023]]);
  assert.match(found[0].message, /落款日期也指向 2024 年度/);
  assert.equal(found[0].related.length, 2);
});

test('year-mismatch: a sentence of 总体情况 opening with last year (2023年，某某市某某局…) in a 2024 report is a warning; comparisons and plans are not', () => {
  const OPENING = '2024年，某某市某某局认真贯彻落实《条例》';
  const text = edit(CORRECT, OPENING, '2023年，某某市某某局认真贯彻落实《条例》');
  const { report, found } = only(text, 'year-mismatch');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity, f.expected, f.actual]), [[7, 'warning', 2024, 2023]]);
  assert.equal(slice(report, found[0].range), '2023年');
  assert.deepEqual(only(CORRECT, 'year-mismatch').found, []);
  for (const other of ['2025年，某某市某某局将认真贯彻落实《条例》', '2023年，某某市某某局认真贯彻落实《条例》，2024年继续', '2023年以来，某某市某某局认真贯彻落实《条例》', '与2023年相比，某某市某某局认真贯彻落实《条例》']) {
    assert.deepEqual(only(edit(CORRECT, OPENING, other), 'year-mismatch').found, [], other);
  }
});

const RESULTS_LINE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const percents = (line) => only(edit(CORRECT, RESULTS_LINE, line), 'prose-percent').found.map((f) => [f.expected, f.actual]);

test('prose-percent: a share written 公开比例为 or 占办结总数的百分比为 is read against the 其中 total (24 / 47 = 51.06%)', () => {
  for (const gap of ['，公开比例为', '，占办结总数的百分比为', '，占比为']) {
    assert.deepEqual(percents(`全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件${gap}61.06%，部分公开6件。`), [[51.06, 61.06]], gap);
    assert.deepEqual(percents(`全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件${gap}51.06%，部分公开6件。`), [], gap);
  }
});

test('prose-percent: 办结率 is of the applications to conclude — 收到48件（含上年结转2件）, or 新收46件 + 上年结转2件', () => {
  assert.deepEqual(percents('全年共收到政府信息公开申请48件（含上年结转2件），办结47件，办结率95.9%，结转下年度继续办理1件。'), [[97.9, 95.9]]);
  assert.deepEqual(percents('全年共收到政府信息公开申请48件（含上年结转2件），办结47件，办结率97.9%，结转下年度继续办理1件。'), []);
  assert.deepEqual(percents('全年新收政府信息公开申请46件，上年结转2件，办结47件，办结率为95.9%；结转下年度继续办理1件。'), [[97.9, 95.9]]);
  assert.deepEqual(percents('全年新收政府信息公开申请46件，上年结转2件，办结47件，办结率为97.9%；结转下年度继续办理1件。'), []);
  // Without last year's count 收到 may be 新收 alone or with the carry-over: 表三 tells which (48 is its 新收 + 上年结转),
  // else either reading is accepted (see prose-percent-conclusion-rate-received.test.mjs).
  assert.deepEqual(percents('全年收到政府信息公开申请48件，办结47件，办结率为95.9%。'), [[97.9, 95.9]]);
  assert.deepEqual(percents('全年收到政府信息公开申请50件，办结47件，办结率为90.4%。'), []);
});

test('予以公开、部分公开各24件 is each one\'s count, not their sum: compared one by one, never fixed to the sum (helper-220 #19)', () => {
  for (const [combined, against] of [['其中予以公开、部分公开各24件、', /部分公开为 6，正文写 24/], ['其中予以公开和部分公开均为6件、', /予以公开为 24，正文写 6/]]) {
    const text = edit(CORRECT, LIST + '、', combined + '不予公开6件、');
    const found = table(text);
    assert.equal(found.length, 1, combined);
    assert.match(found[0].message, against, combined);
    assert.equal(found[0].fix, undefined, combined);
  }
  // 分别为 pairs each with its own count, and a wrong one is fixed.
  const text = edit(CORRECT, LIST + '、', '其中予以公开、部分公开分别为24件、7件，不予公开6件、');
  assert.deepEqual(table(text).map((f) => [f.expected, f.actual, f.fix?.edits[0].newText]), [[6, 7, '6']]);
});
