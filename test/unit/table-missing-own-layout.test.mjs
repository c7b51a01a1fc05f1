// brk106 #11: a 表三 typed in a simplified layout of the user's own (four rows, 自然人 / 法人或其他组织 / 总计) was said
// as “排版无法按表三读取，请按格式检查该表”, with no word of what was read. The message now says which of its rows and
// columns are 表三's (and as which template row), which are not, and which of 表三's are missing; still no fix (the
// standard table beside it would make two tables, and 法人或其他组织 cannot be split into its five columns).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

const OWN = `# 某某区某某局2024年政府信息公开工作年度报告

本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。

## 一、总体情况

本局认真落实条例。

## 二、主动公开政府信息情况

本年度主动公开信息200条。详见下表。

## 三、收到和处理政府信息公开申请情况

本年度收到申请5件，详见下表。

| 项目 | 自然人 | 法人或其他组织 | 总计 |
|---|---|---|---|
| 本年新收 | 4 | 1 | 5 |
| 上年结转 | 0 | 0 | 0 |
| 予以公开 | 3 | 1 | 4 |
| 结转下年度 | 1 | 0 | 1 |

## 四、政府信息公开行政复议、行政诉讼情况

本年度无行政复议、行政诉讼。

## 五、存在的主要问题及改进情况

无。

## 六、其他需要报告的事项

无。
`;

const t3Missing = (text, locale = 'zh') => core.analyze(text, { locale }).findings.filter((f) => f.ruleId === 'table-missing' && f.data.table === 't3');

test('brk106 #11: an own-layout 表三: the message says which rows and columns are 表三’s and which of 表三’s are missing; no fix', () => {
  const [f] = t3Missing(OWN);
  assert.equal(f.message, '“三、收到和处理政府信息公开申请情况”部分未能读出表三：第 17 行起的表格排版无法按表三读取。'
    + '该表有 4 行数据，都是表三的行：“本年新收”即“一、本年新收政府信息公开申请数量”，“上年结转”即“二、上年结转政府信息公开申请数量”，“予以公开”即“（一）予以公开”，“结转下年度”即“四、结转下年度继续办理”；'
    + '表三的其余 21 行没有（如“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”“1.属于国家秘密”“2.其他法律行政法规禁止公开”）。'
    + '列：“自然人”“总计”是表三的列；“法人或其他组织”在格式中分为商业企业、科研机构、社会公益组织、法律服务机构、其他五列，须分列填写。'
    + '请按国办公开办函〔2021〕30号格式的表三（25 行数据 × 7 列）改写该表（未自动插入标准表格，以免出现两张表）。');
  assert.equal(f.fix, undefined);
  const [en] = t3Missing(OWN, 'en');
  assert.match(en.message, /It has 4 rows of numbers, all of them rows of 表三: “本年新收” is “一、本年新收政府信息公开申请数量”, .*the other 21 rows of 表三 are not there \(such as “（二）部分公开/);
  assert.match(en.message, /Columns: “自然人”, “总计” are columns of 表三; “法人或其他组织” is five columns in the format \(商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他\), each filled in on its own\. Rewrite it as 表三/);
});

test('brk106 #11: rows and columns of the user’s own are named as none of 表三’s; a label 表三 has twice (结转) is not guessed', () => {
  const text = OWN.replace('| 项目 | 自然人 | 法人或其他组织 | 总计 |', '| 项目 | 自然人 | 法人 | 合计 |')
    .replace('| 予以公开 |', '| 已办结 |').replace('| 结转下年度 |', '| 结转 |');
  const [f] = t3Missing(text);
  assert.match(f.message, /该表有 4 行数据，其中 2 行是表三的行：“本年新收”即“一、本年新收政府信息公开申请数量”，“上年结转”即“二、上年结转政府信息公开申请数量”；“已办结”“结转”不是表三的行；表三的其余 23 行没有（如“（一）予以公开”/);
  assert.match(f.message, /列：“自然人”是表三的列；“法人”“合计”不是表三的列；缺少“商业企业”“科研机构”“社会公益组织”“法律服务机构”“其他”“总计”列。/);
  assert.match(t3Missing(text, 'en')[0].message, /“已办结”, “结转” are no rows of 表三; .*“法人”, “合计” are no columns of 表三; the columns “商业企业”, “科研机构”, “社会公益组织”, “法律服务机构”, “其他”, “总计” are missing\./);
  assert.equal(f.fix, undefined);
});

test('brk106 #11: a 2019 report’s own-layout 表三 is set against the 2019 rows (（六）其他处理 one row)', () => {
  const text = OWN.replaceAll('2024', '2020').replace('| 予以公开 | 3 | 1 | 4 |', '| 予以公开 | 3 | 1 | 4 |\n| 其他处理 | 0 | 0 | 0 |');
  const [f] = t3Missing(text);
  assert.match(f.message, /该表有 5 行数据，都是表三的行：.*“其他处理”即“（六）其他处理”，“结转下年度”即“四、结转下年度继续办理”；表三的其余 18 行没有/);
  assert.match(f.message, /国办公开办函〔2019〕60号格式的表三（23 行数据 × 7 列）/);
});
