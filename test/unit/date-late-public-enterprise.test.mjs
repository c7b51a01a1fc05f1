// date-late for a 公共企事业单位 (brk140 #4): a water, power or bus company, a school or a hospital discloses under its
// sector's rules (2019《条例》第五十五条), not under 第四十九条's deadlines (部门 1月31日, 县级以上地方人民政府 3月31日).
// Its date is never called late against a government deadline; one after 3月31日 is an info that says whose rules apply.
// Base: examples/correct-2024.nianbao.md (某某市某某局, signed 2025年1月20日) with the agency renamed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const signed = (date, agency) => edit(edit(CORRECT, '某某市某某局\n2025年1月20日', `${agency}\n${date}`), '# 某某市某某局2024年', `# ${agency}2024年`);
const late = (text) => only(text, 'date-late').found;
const ENTERPRISES = ['某某市供水有限公司', '某某供电公司', '某某市公共交通集团有限公司', '某某市自来水公司', '某某市第十二中学', '某某县人民医院'];

test('a public enterprise\'s report signed after 1月31日 is not late (a 局\'s is)', () => {
  assert.equal(late(signed('2025年2月15日', '某某市市场监督管理局')).length, 1);
  for (const agency of ENTERPRISES) assert.deepEqual(late(signed('2025年2月15日', agency)), [], agency);
});

test('after 3月31日: an info naming the enterprise\'s own rules (第五十五条), never the government deadline', () => {
  for (const agency of ENTERPRISES) {
    assert.deepEqual(late(signed('2025年3月31日', agency)), [], agency);
    const [f, ...rest] = late(signed('2025年4月2日', agency));
    assert.ok(f, agency);
    assert.deepEqual(rest, []);
    assert.equal(f.severity, 'info', agency);
    assert.match(f.message, /第五十五条/, agency);
    assert.match(f.message, new RegExp(`${agency}是公共企事业单位`), agency);
    assert.doesNotMatch(f.message, /应在 2025 年 3 月 31 日前发布/, agency);
  }
  // A government's report with the same date keeps its warning and its deadline.
  const [g] = late(signed('2025年4月2日', '某某县人民政府'));
  assert.equal(g.severity, 'warning');
  assert.match(g.message, /2024 年度报告应在 2025 年 3 月 31 日前发布（2019《政府信息公开条例》第四十九条）/);
});

test('the repro: 某某市供水有限公司\'s 2020 report (2019 format) signed 2021年2月15日 / 2021年4月2日', () => {
  const base = readFileSync(join(ROOT, 'test', 'fixtures', 'reports', 'brk140-c-gongshui-2020-m4d-late.md'), 'utf8');
  assert.deepEqual(late(base), []);
  const [f] = late(edit(base, '2021年2月15日', '2021年4月2日'));
  assert.equal(f.severity, 'info');
  assert.match(f.message, /^落款日期“2021年4月2日”晚于 2021 年 3 月 31 日。某某市供水有限公司是公共企事业单位/);
  assert.doesNotMatch(f.message, /应在 2021 年 3 月 31 日前发布/);
});

test('English message', () => {
  const [f] = core.analyze(signed('2025年4月2日', '某某市供水有限公司'), { locale: 'en' }).findings.filter((x) => x.ruleId === 'date-late');
  assert.match(f.message, /is a public enterprise or institution: its disclosure follows the laws and the rules of the sector's State Council authority \(2019 Regulations, Art\. 55\)/);
});
