// format-outdated: a 2021+ report wholly in the conventional (no-table) form was said to be in "the conventional form
// used before 国办公开办函〔2021〕30号"; that form was replaced by 〔2019〕60号 (templates.md §1, §3), and 30号 replaced the
// 2019 format (brk138 #6). The format it should use is still 30号's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, preFormReport } from '../helpers.mjs';

const outdated = (text, locale) => core.analyze(text, { locale }).findings.filter((f) => f.ruleId === 'format-outdated');

test('a 2022 report in the conventional form: used before 60号, due in the format of 30号 (zh and en)', () => {
  const text = preFormReport('某某市某某局', 2022);
  const [zh, ...rest] = outdated(text, 'zh');
  assert.deepEqual(rest, []);
  assert.equal(zh.severity, 'error');
  assert.match(zh.message, /^这是 2022 年度的报告，却整份按国办公开办函〔2019〕60号之前的传统格式编制（没有统一格式的表二、表三、表四）；2021 年度起应使用国办公开办函〔2021〕30号的统一格式/);
  const [en] = outdated(text, 'en');
  assert.match(en.message, /^This is a 2022 report wholly in the conventional form used before 国办公开办函〔2019〕60号 \(without the unified format's 表二, 表三 and 表四\); reports from 2021 on use the unified format of 国办公开办函〔2021〕30号/);
  assert.ok(!/30号之前|before 国办公开办函〔2021〕30号/.test(zh.message + en.message));
  // 2020 and 2019 (60号 due, or encouraged) named 60号 already, and still do.
  assert.match(outdated(preFormReport('某某市某某局', 2020), 'en')[0].message, /conventional form used before 国办公开办函〔2019〕60号/);
  assert.match(outdated(preFormReport('某某市某某局', 2019), 'en')[0].message, /conventional form used before 国办公开办函〔2019〕60号/);
});

// brk173 #6: the sections listed are the template's titles (四 is 政府信息公开行政复议、行政诉讼情况, not the intro-list
// variant with 和, which section-title flags in a report that copies it), and a report that has the old appendix
// 统计表 is not said to have no statistics table: it lacks the unified format's 表二, 表三 and 表四.
test('the conventional-form message lists the template\'s section titles and names the unified tables it lacks', () => {
  const [zh] = outdated(preFormReport('某某市某某局', 2020), 'zh');
  assert.match(zh.message, /六部分：“一、总体情况”“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”“四、政府信息公开行政复议、行政诉讼情况”“五、存在的主要问题及改进情况”“六、其他需要报告的事项”，含表二、表三、表四/);
  assert.doesNotMatch(zh.message, /行政复议和行政诉讼/);
  const [en] = outdated(preFormReport('某某市某某局', 2020), 'en');
  assert.match(en.message, /“四、政府信息公开行政复议、行政诉讼情况”/);
  const withAppendix = readFileSync(join(ROOT, 'test/fixtures/reports/brk173-s04-2019-conv-appendix-over.md'), 'utf8');
  const found = core.analyze(withAppendix).findings;
  assert.ok(found.some((f) => f.ruleId === 'sum-appendix'));
  const [info] = found.filter((f) => f.ruleId === 'format-outdated');
  assert.equal(info.severity, 'info');
  assert.doesNotMatch(info.message, /没有统计表/);
  assert.match(info.message, /（没有统一格式的表二、表三、表四）/);
});
