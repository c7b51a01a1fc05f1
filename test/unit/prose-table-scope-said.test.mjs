// A scoped count's message says the scope the sentence states (brk157 #3): `全年全市收取行政事业性收费8.6亿元` in a city
// government's report counts the whole city, which the message used to call a limit (“本机关, 区政府办代表区政府”,
// neither in the sentence); `本机关…` / `区政府办代表区政府…` limit the count to the agency's own.
// Base: examples/correct-2024.nianbao.md turned into a city government's report (表二 行政事业性收费 12.5 万元, 表三 新收 46).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core } from '../helpers.mjs';

const GOV = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8')
  .replace('# 某某市某某局2024年', '# 某某市人民政府2024年')
  .replaceAll('某某市某某局', '某某市人民政府办公室');
const withSentence = (s) => GOV.replace('本年度未收取信息处理费。', `本年度未收取信息处理费。${s}`);
const scoped = (s, locale) => core.analyze(withSentence(s), { locale }).findings.filter((f) => f.ruleId === 'prose-table');

test('the base says nothing', () => {
  assert.deepEqual(scoped('', 'en'), []);
});

test('全市, 全系统, 各级行政机关: the message says the sentence counts a whole area, not that it limits the scope', () => {
  for (const [s, word] of [['全年全市收取行政事业性收费8.6亿元。', '全市'], ['全系统作出行政许可决定300000件。', '全系统'], ['全市各级行政机关共收到政府信息公开申请300件。', '全市各级']]) {
    const [en] = scoped(s, 'en');
    const [zh] = scoped(s, 'zh');
    assert.equal(en.severity, 'info', s);
    assert.match(en.message, new RegExp(`The sentence's “${word}” counts a whole area or system`), s);
    assert.match(en.message, /may count the agency's own .* alone/, s);
    assert.doesNotMatch(en.message, /limits the scope|区政府办代表区政府/, s);
    assert.match(zh.message, new RegExp(`句中的“${word}”说的是整个地区（系统）各机关的数`), s);
    assert.doesNotMatch(zh.message, /限定了范围|区政府办代表区政府/, s);
  }
});

test('本机关, 区政府办代表区政府: the message names the words that limit the count, in English', () => {
  for (const [s, word] of [['本机关全年新收政府信息公开申请30件。', '本机关'], ['区政府办代表区政府收到政府信息公开申请30件。', '区政府办'], ['本年度本机关收取行政事业性收费8万元。', '本机关']]) {
    const [en] = scoped(s, 'en');
    const [zh] = scoped(s, 'zh');
    assert.match(en.message, new RegExp(`The sentence's “${word}” limits the count to the agency's own \\(its own organs, or the office answering for the government\\), while 表[二三] may count the whole area`), s);
    assert.doesNotMatch(en.message, /\(本机关, 区政府办代表区政府\)/, s);
    assert.match(zh.message, new RegExp(`句中的“${word}”把范围限定为本机关自身`), s);
  }
});

// A scope explains a difference one way only: the table counts the whole area or the government's own (本级), so a
// whole area's count below the table's, or the government's own above it, is a contradiction whatever the table counts
// (洪泽 2024: 全区受理…21件 against 表三's 95 was read as an info after the whole-area subjects widened).
test("a whole area's count below the table's, or the agency's own above it, is an error that says why", () => {
  for (const [s, expected, actual, words] of [
    ['全市各级行政机关共收到政府信息公开申请30件。', 46, 30, /整个地区的数不会比它少/],
    ['本机关全年新收政府信息公开申请60件。', 46, 60, /本机关的数不会比它多/],
    ['本年度本机关收取行政事业性收费12.6万元。', 12.5, 12.6, /本机关的数不会比它多/],
  ]) {
    const found = scoped(s, 'zh');
    assert.deepEqual(found.map((f) => [f.severity ?? 'error', f.expected, f.actual]), [['error', expected, actual]], s);
    assert.match(found[0].message, words, s);
  }
});
