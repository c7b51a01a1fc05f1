// brk102 #5: a 2021 report whose 第二十条第（一）项 block has the 2019 column headers over the 2021 rows 规章 and
// 行政规范性文件 (every row three numbers, none blank). The message said the block could not be converted because
// "有的行与表头的列数不符，或空白单元格属于哪一列看不出，或表中有不属于这一块的行": the first two were false, and the
// real blocker was the row label 行政规范性文件 (2021's name of the 2019 row 规范性文件). That row is now read as the
// 2019 row it names (the format's own pair); a block that cannot be converted is said with the reason found, on its
// row, not a list of possible ones. (Since brk105 #5 that block is not converted either: none of its columns maps onto
// the 2021 ones, so its rows would be left blank, row-missing errors; the reason said is that one.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const HEADER = /\| 信息内容 +\| 本年制发件数 +\| 本年废止件数 +\| 现行有效件数 +\|/;
const OLD = '| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |';
const withOld = (text) => text.replace(HEADER, OLD);
const mixed = (text, locale) => core.analyze(text, { locale }).findings.filter((f) => f.ruleId === 'format-mixed');

test('2019 headers over the 2021 rows 规章 and 行政规范性文件: read as the block\'s rows; not converted, because its columns do not map', () => {
  assert.match(CORRECT, HEADER);
  const text = withOld(CORRECT);
  const [f] = mixed(text, 'zh');
  assert.equal(f.fix, undefined);
  assert.doesNotMatch(f.message, /不是2019年格式“第二十条第（一）项”的行/);
  assert.match(f.message, /未能自动换成2021年格式的表（2019年格式的列与2021年格式的列没有确定的对应关系，“规章”“行政规范性文件”行的数在2021年格式的表中都没有确定的位置，换过去这些行会整行空白）/);
  assert.equal(core.fixAll(text).text, text, '--fix leaves it');
});

test('a block that cannot be converted says the row that stops it, zh and en, not a list of possible reasons', () => {
  // A row of another item (第二十条第（五）项's 行政许可) written in the block.
  const text = withOld(CORRECT).replace(/(\| 行政规范性文件 +\| 3 +\| 1 +\| 25 +\|)/, '$1\n| 行政许可 | 1 | 2 | 3 |');
  const [f] = mixed(text, 'zh');
  assert.equal(f.fix, undefined);
  const line = text.split('\n').findIndex((l) => l.startsWith('| 行政许可 | 1 |')) + 1;
  assert.match(f.message, new RegExp(`未能自动换成2021年格式的表（第 ${line} 行“行政许可”不是2019年格式“第二十条第（一）项”的行（这一块的行为“规章”、“规范性文件”））`));
  assert.doesNotMatch(f.message, /有的行与表头的列数不符|或空白单元格/);
  const [en] = mixed(text, 'en');
  assert.match(en.message, new RegExp(`could not be replaced automatically \\(line ${line}, “行政许可”, is no row of the 2019 format's 第二十条第（一）项`));
  // A row with a cell too many: that row and its count.
  const wide = withOld(CORRECT).replace(/\| 规章 +\| 0 +\| 0 +\| 0 +\|/, '| 规章 | 0 | 0 | 0 | 7 |');
  assert.match(mixed(wide, 'zh')[0].message, /（第 \d+ 行“规章”有 5 格，表头有 4 格）/);
});
