// date-late: a publication or signature date after the legal deadline (templates.md §1: departments by 1月31日 from the
// 2019 reports on, governments by 3月31日, everyone by 3月31日 under the 2008《条例》; breaker16: a 局's 2024 report
// signed 2025年6月10日 passed). Base: examples/correct-2024.nianbao.md (某某市某某局, signed 2025年1月20日).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const signed = (date, agency = '某某市某某局') => edit(edit(CORRECT, '某某市某某局\n2025年1月20日', `${agency}\n${date}`), '# 某某市某某局2024年', `# ${agency}2024年`);
const late = (text) => only(text, 'date-late').found;

test('a department\'s 2024 report signed after 2025-01-31 is late; on 1月31日 or before it is not', () => {
  assert.deepEqual(late(CORRECT), []);
  assert.deepEqual(late(signed('2025年1月31日')), []);
  const [f, ...rest] = late(signed('2025年6月10日'));
  assert.deepEqual(rest, []);
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /落款日期“2025年6月10日”晚于发布期限：部门的 2024 年度报告应在 2025 年 1 月 31 日前发布（2019《政府信息公开条例》第四十九条）/);
  assert.equal(f.range.start.line, CORRECT.trimEnd().split('\n').length - 1);
  assert.equal(late(signed('2025年2月1日')).length, 1);
  // A date two years on is late as well (a typo in the year, most likely).
  assert.equal(late(signed('2026年1月10日')).length, 1);
});

test('a government\'s report, or one signed by the government\'s office, a street office or a township, is due by 3月31日', () => {
  for (const agency of ['某某县人民政府办公室', '某某县人民政府', '某某街道办事处', '某某镇人民政府']) {
    assert.deepEqual(late(signed('2025年3月31日', agency)), [], agency);
    const [f] = late(signed('2025年4月1日', agency));
    assert.ok(f, agency);
    assert.match(f.message, /2024 年度报告应在 2025 年 3 月 31 日前发布/, agency);
  }
});

test('under the 2008《条例》 (2018 reports and before) every report is due by 3月31日; a date before the year ends stays date-invalid\'s', () => {
  const old = readFileSync(join(ROOT, 'examples', 'errors-2018.nianbao.md'), 'utf8');
  const sig = old.trimEnd().split('\n').at(-1);
  assert.match(sig, /^\d{4}年\d{1,2}月\d{1,2}日$/);
  const at = (date) => old.replace(new RegExp(`${sig}\\s*$`), `${date}\n`);
  assert.deepEqual(late(at('2019年3月31日')), []);
  const [f] = late(at('2019年4月2日'));
  assert.match(f.message, /2018 年度报告应在 2019 年 3 月 31 日前发布（2008《政府信息公开条例》第三十一条）/);
  const early = core.analyze(signed('2024年12月20日')).findings.map((x) => x.ruleId);
  assert.ok(early.includes('date-invalid') && !early.includes('date-late'));
});

test('English message', () => {
  const [f] = core.analyze(signed('2025年6月10日'), { locale: 'en' }).findings.filter((x) => x.ruleId === 'date-late');
  assert.match(f.message, /The signature date “2025年6月10日” is after the deadline: a department's 2024 report is due by 31 January 2025/);
});

test('breaker19: a publication date after the signature (（发布日期：2025年4月2日）) is read and checked too', () => {
  const text = `${CORRECT.trimEnd()}\n\n（发布日期：2025年4月2日）\n`;
  const found = late(text);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^发布日期“发布日期：2025年4月2日”晚于发布期限/);
  assert.deepEqual(late(`${CORRECT.trimEnd()}\n\n（发布日期：2025年1月25日）\n`), []);
});
