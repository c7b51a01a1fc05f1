// prose-sum: a parenthesis that is part of a list item's label (brk102 #3). Reports qualify a label in brackets
// (`政策解读（含图解）41条`, `乡镇（街道）公开6053条`, `作其他处理（含申请人主动撤回申请）469件`); the list reading stopped at such an
// item, so a list that did not add up was not reported. A parenthesis holding a count (`（含上年结转4件）`) still ends
// the item before it, as before. And a rate against last year with last year's count in brackets between the total
// and 其中 (`收到申请432件，同比增长8.3%（2023年为399件），其中…`) is an aside on the total, as a rate alone is.
// The base is examples/correct-2024.nianbao.md: 主动公开 312条 = 机构职能信息12条 + 政策文件68条 + 政策解读25条 +
// 工作动态207条; 表三 新收 46.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const LIST = '其中机构职能信息12条、政策文件68条、政策解读25条、工作动态207条。';
const sums = (text) => only(text, 'prose-sum').found.map((f) => [f.actual, f.expected, f.severity]);

test('a label with a parenthesis without a number in it goes on with the list', () => {
  for (const [list, acc] of [
    // (A list that may be incomplete, adding up to more than the total.)
    ['其中机构职能信息12条、政策文件68条、政策解读（含图解）26条、工作动态207条。', 313],
    ['其中机构职能信息12条、政策文件68条、政策解读(含图解、视频)26条、工作动态207条。', 313],
    // (The subject of a part qualified: 乡镇（街道）.)
    ['其中市局本级公开12条、县区分局公开68条、乡镇（街道）公开233条。', 313],
    // (A complete list, ending with 其他, adding up to less.)
    ['其中机构职能信息12条、政策文件68条、政策解读（含图解）25条、其他（含工作动态）206条。', 311],
  ]) assert.deepEqual(sums(edit(CORRECT, LIST, list)), [[312, acc, 'warning']], list);
});

test('the same lists adding up, and a parenthesis holding a count, are as before', () => {
  for (const list of [
    '其中机构职能信息12条、政策文件68条、政策解读（含图解）25条、工作动态207条。',
    '其中市局本级公开12条、县区分局公开68条、乡镇（街道）公开232条。',
    // (A count in the bracket ends the item before it: the list is 12条 alone, as before.)
    '其中机构职能信息12条、政策解读（含图解3条）26条、工作动态207条、政策文件68条。',
  ]) assert.deepEqual(sums(edit(CORRECT, LIST, list)), [], list);
});

test('a rate against last year with last year\'s count in brackets stands between the total and its list', () => {
  const base = '全年新收政府信息公开申请46件，上年结转2件；';
  for (const [written, acc] of [
    ['全年新收政府信息公开申请46件，同比增长15%（2023年为40件），其中自然人申请40件、法人或其他组织申请7件，上年结转2件；', 47],
    ['全年新收政府信息公开申请46件，较上年增长15%（上年为40件），其中自然人申请39件、法人或其他组织申请7件，上年结转2件；', null],
  ]) assert.deepEqual(sums(edit(CORRECT, base, written)), acc ? [[46, acc, 'warning']] : [], written);
});

// brk105 #2 (F7): a bracket in an item's name holding a number that is no count (a year, an edition, a batch), and
// a bracket nested in another, are part of the name too; a bracket holding a count still ends the item.
test('a bracket holding a year, an edition or a batch number, or a nested bracket, is part of the name', () => {
  for (const list of [
    '其中机构职能信息12条、政策文件（2024年度）68条、政策解读25条、工作动态208条。',
    '其中机构职能信息12条、政策文件（2024版）68条、政策解读25条、工作动态208条。',
    '其中机构职能信息12条、政策文件（第1批）68条、政策解读25条、工作动态208条。',
    '其中机构职能信息12条、政策文件68条、政策解读25条、乡镇（街道（社区））动态208条。',
    '其中机构职能信息12条、政策文件(2024年度)68条、政策解读25条、工作动态208条。',
  ]) assert.deepEqual(sums(edit(CORRECT, LIST, list)), [[312, 313, 'warning']], list);
  for (const list of [
    '其中机构职能信息12条、政策文件（2024年度）68条、政策解读25条、工作动态207条。',
    '其中机构职能信息12条、政策文件68条、政策解读25条、乡镇（街道（社区））动态207条。',
    // (A count in a bracket, nested or after a year, still ends the item before it.)
    '其中机构职能信息12条、政策解读（2024年含图解3条）26条、工作动态207条、政策文件68条。',
    '其中机构职能信息12条、政策解读（含（图解）3条）26条、工作动态207条、政策文件68条。',
  ]) assert.deepEqual(sums(edit(CORRECT, LIST, list)), [], list);
});
