// prose-table on 表二 (第二十条 rows): only the reporting body's own documents made, decisions made and fees collected
// are 表二's counts (brk147 #3–#5, brk151 #2, #3). Counts of documents reviewed (清理, 合法性审核) after a 公开 clause,
// parts of the decisions (简易程序, 从轻减轻, 双随机), decisions published (信用中国, 双公示), another body's or a whole
// system's counts, and fees waived were compared as contradictions on correct reports.
// Base: examples/correct-2024.nianbao.md (某某市某某局, clean; 表二: 行政规范性文件 3/1/25, 行政许可 1520,
// 行政处罚 86, 行政强制 4, 行政事业性收费 12.5 万元).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ANCHOR = '全年通过门户网站主动公开政府信息312条，';
const findings = (sentence, text = CORRECT) => core.checkReport(core.parseReport(text.replace(ANCHOR, `${sentence}${ANCHOR}`)))
  .filter((f) => f.ruleId === 'prose-table');
const prose = (sentence, text) => findings(sentence, text).map((f) => f.message);
/** The same report as a city government's (表二 the government's own, which may count the whole city's). */
const GOVERNMENT = CORRECT.replaceAll('某某市某某局', '某某市人民政府');

test('the base has no prose-table finding', () => {
  assert.ok(CORRECT.includes(ANCHOR));
  assert.deepEqual(prose(''), []);
  assert.deepEqual(prose('', GOVERNMENT), []);
});

test('清理, 合法性审核, 起草, 评估 counts are not 表二\'s, whatever 公开 an earlier clause says (brk147 #3)', () => {
  for (const s of [
    '对2,300余份公文逐一进行公开属性审查，全年清理行政规范性文件46件。',
    '坚持应公开尽公开，全年合法性审核行政规范性文件15件。',
    '坚持应公开尽公开，组织起草行政规范性文件6件。',
    '严格落实公开要求，评估行政规范性文件9件。',
    '全年清理行政规范性文件46件，对2,300余份公文逐一进行公开属性审查。',
  ]) assert.deepEqual(prose(s), [], s);
  // 公开 in the count's own clause still reads it as 表二's; so does a verb of its columns after a 公开 clause.
  assert.match(prose('全年在门户网站公开行政规范性文件4件。')[0] ?? '', /行政规范性文件本年制发件数为 3，正文写 4/);
  assert.match(prose('坚持应公开尽公开，全年制发行政规范性文件5件。')[0] ?? '', /本年制发件数为 3，正文写 5/);
  assert.match(prose('坚持应公开尽公开，全年废止行政规范性文件2件。')[0] ?? '', /本年废止件数为 1，正文写 2/);
});

test('a part of the decisions, as a sentence of its own, is not compared with the row (brk147 #4, brk151 #2)', () => {
  for (const s of [
    '全年作出行政处罚决定86件。简易程序行政处罚决定60件。',
    '全年作出简易程序行政处罚决定60件。',
    '全年作出从轻、减轻行政处罚决定15件。',
    '在“双随机、一公开”监管中，作出行政处罚决定5件。',
    '全年适用告知承诺制作出行政许可决定300件。',
  ]) assert.deepEqual(prose(s), [], s);
  // The whole count is still compared, before or after such a part.
  assert.match(prose('全年作出行政处罚决定87件。简易程序行政处罚决定60件。')[0] ?? '', /行政处罚本年处理决定数量为 86，正文写 87/);
  assert.match(prose('开展“双随机、一公开”抽查120次，全年作出行政处罚决定87件。')[0] ?? '', /正文写 87/);
});

test('decisions published (信用中国, 双公示) are not decisions made (brk147 #5)', () => {
  for (const s of [
    '在“信用中国”网站公示行政处罚决定50件。',
    '通过“双公示”平台公开行政许可决定1200件、行政处罚决定50件。',
    '通过“双公示”平台公开行政许可决定1,200件、行政处罚决定50件。',
  ]) assert.deepEqual(prose(s), [], s);
  const wrong = prose('本年度作出行政许可决定1520件、行政处罚决定80件，均在“信用中国”网站公示。');
  assert.equal(wrong.length, 1);
  assert.match(wrong[0], /行政处罚本年处理决定数量为 86，正文写 80/);
});

test('another body\'s, a whole system\'s or a larger count holding another body\'s is not the department\'s (brk151 #2)', () => {
  for (const s of [
    '本年度，市政府制发行政规范性文件12件，我局均在专栏转载。',
    '全系统作出行政处罚决定356件，其中局机关86件。',
    '全年共制发规范性文件8件（含代市政府起草的规范性文件5件），其中以本局名义制发行政规范性文件3件。',
    '市级各部门共制发行政规范性文件58件。',
    '各县区制发行政规范性文件58件。',
  ]) assert.deepEqual(prose(s), [], s);
  // The department's own, by its name or without a subject, is compared.
  assert.match(prose('本年度，我局制发行政规范性文件12件。')[0] ?? '', /本年制发件数为 3，正文写 12/);
  assert.match(prose('局机关作出行政处罚决定356件。')[0] ?? '', /数量为 86，正文写 356/);
  assert.match(prose('全年共制发规范性文件8件（含代市政府起草的规范性文件5件），其中以本局名义制发行政规范性文件4件。')[0] ?? '', /本年制发件数为 3，正文写 4/);
  assert.match(prose('全年共制发行政规范性文件8件，其中涉企行政规范性文件3件。')[0] ?? '', /本年制发件数为 3，正文写 8/);
});

test('in a government\'s report, its own count is compared, its departments\' together only said at info (brk151 #2)', () => {
  assert.match(prose('市政府制发行政规范性文件12件。', GOVERNMENT)[0] ?? '', /本年制发件数为 3，正文写 12/);
  for (const s of ['市级各部门共制发行政规范性文件58件，备案审查通过58件。', '市级部门制发行政规范性文件45件。']) {
    const found = findings(s, GOVERNMENT);
    assert.equal(found.length, 1, s);
    assert.equal(found[0].severity, 'info', s);
  }
  assert.deepEqual(prose('各县区制发行政规范性文件58件。', GOVERNMENT), []);
});

test('fees waived are not fees collected; a whole system\'s are not the department\'s (brk151 #3)', () => {
  for (const s of [
    '全年落实减税降费政策，免收小微企业行政事业性收费3.2万元，减免行政事业性收费5.6万元。',
    '本年度，全系统收取行政事业性收费86.2万元，其中局机关12.5万元。',
    '依法退还行政事业性收费1.2万元。',
  ]) assert.deepEqual(prose(s), [], s);
  assert.match(prose('全年收取行政事业性收费13.5万元。')[0] ?? '', /本年收费金额（单位：万元）为 12.5，正文写 13.5/);
  assert.match(prose('免收小微企业行政事业性收费3.2万元，全年收取行政事业性收费13.5万元。')[0] ?? '', /正文写 13.5/);
});
