// date-late and the one classification of bodies (agency.ts `agencyRole`, brk162 #3): a body is what its head noun, the
// end of its name, says. A 国资委 (`某某市国有资产监督管理委员会`) is a 委员会, a 县级以上人民政府部门 due by 1月31日
// (2019《条例》第四十九条, templates.md §1) like a 发改委; `管理委员会` in its name is no development zone's 管委会,
// and 国有/企业/学校/医院 inside a department's name (`乡镇企业局`, `医院管理局`) make no public enterprise.
// Base: examples/correct-2024.nianbao.md (某某市某某局, signed 2025年1月20日) with the agency renamed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const signed = (date, agency) => edit(edit(CORRECT, '某某市某某局\n2025年1月20日', `${agency}\n${date}`), '# 某某市某某局2024年', `# ${agency}2024年`);
const late = (text) => only(text, 'date-late').found;

/** Departments (县级以上人民政府部门): late after 1月31日, as a department's. */
const DEPARTMENTS = [
  '某某区人民政府国有资产监督管理委员会', '某某市国有资产监督管理委员会', '某某省人民政府国有资产监督管理委员会',
  '某某市城市管理委员会', '某某市住房和城乡建设管理委员会', '某某市发展和改革委员会', '某某市卫生健康委员会',
  '某某市教育局', '某某市医院管理局', '某某县乡镇企业局', '某某市中小企业局', '某某区审计局', '某某市市场监督管理局',
  '某某省教育厅', '某某市国资委', '某某市发改委', '国家统计局', '海关总署', '教育部',
];
/** Governments, their offices, townships, streets, development zones, centres, party/人大 bodies: 3月31日. */
const MARCH = [
  '某某市人民政府', '某某县人民政府办公室', '某某省人民政府办公厅', '某某镇人民政府', '某某街道办事处',
  '某某经济技术开发区管理委员会', '某某高新技术产业开发区管委会', '某某风景名胜区管理委员会', '某某工业园管理委员会',
  '某某新区管理委员会经济发展局', '某某区国有资产管理中心', '某某市政务服务中心',
  '中共某某县委', '某某市纪律检查委员会', '某某市人大常委会办公厅', '某某市政协办公厅',
];
/** 公共企事业单位 (第五十五条): never late against the 条例; after 3月31日 an info. */
const PUBLIC_BODIES = ['某某市国有资本投资运营有限公司', '某某市城市建设投资集团', '某某市第一中学', '某某县实验小学', '某某大学', '某某市中心医院', '某某镇卫生院'];

test('a 国资委 and other departments (whatever words their names hold) are due by 1月31日', () => {
  for (const agency of DEPARTMENTS) {
    assert.deepEqual(late(signed('2025年1月31日', agency)), [], agency);
    const [f, ...rest] = late(signed('2025年3月10日', agency));
    assert.ok(f, agency);
    assert.deepEqual(rest, [], agency);
    assert.equal(f.severity, 'warning', agency);
    assert.match(f.message, /落款日期“2025年3月10日”晚于发布期限：部门的 2024 年度报告应在 2025 年 1 月 31 日前发布/, agency);
  }
});

test('the repro: a 国资委\'s 2024 report signed 2025年3月10日 is late, as a 发改委\'s is', () => {
  for (const agency of ['某某区人民政府国有资产监督管理委员会', '某某市国有资产监督管理委员会', '某某市发展和改革委员会']) {
    const [f] = late(signed('2025年3月10日', agency));
    assert.ok(f, agency);
    assert.match(f.message, /部门的 2024 年度报告应在 2025 年 1 月 31 日前发布（2019《政府信息公开条例》第四十九条）/, agency);
  }
});

test('governments, their offices, townships, streets, development zones\' 管委会, centres and party bodies: 3月31日', () => {
  for (const agency of MARCH) {
    assert.deepEqual(late(signed('2025年3月10日', agency)), [], agency);
    const [f] = late(signed('2025年4月2日', agency));
    assert.ok(f, agency);
    assert.equal(f.severity, 'warning', agency);
    assert.match(f.message, /2024 年度报告应在 2025 年 3 月 31 日前发布/, agency);
    assert.doesNotMatch(f.message, /部门的/, agency);
  }
});

test('public enterprises, schools and hospitals (by their head noun): not late before 3月31日, an info after', () => {
  for (const agency of PUBLIC_BODIES) {
    assert.deepEqual(late(signed('2025年3月10日', agency)), [], agency);
    const [f] = late(signed('2025年4月2日', agency));
    assert.ok(f, agency);
    assert.equal(f.severity, 'info', agency);
    assert.match(f.message, new RegExp(`${agency}是公共企事业单位`), agency);
  }
});
