// format-outdated: a 2021+ report wholly in the conventional (no-table) form was said to be in "the conventional form
// used before 国办公开办函〔2021〕30号"; that form was replaced by 〔2019〕60号 (templates.md §1, §3), and 30号 replaced the
// 2019 format (brk138 #6). The format it should use is still 30号's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, preFormReport } from '../helpers.mjs';

const outdated = (text, locale) => core.analyze(text, { locale }).findings.filter((f) => f.ruleId === 'format-outdated');

test('a 2022 report in the conventional form: used before 60号, due in the format of 30号 (zh and en)', () => {
  const text = preFormReport('某某市某某局', 2022);
  const [zh, ...rest] = outdated(text, 'zh');
  assert.deepEqual(rest, []);
  assert.equal(zh.severity, 'error');
  assert.match(zh.message, /^这是 2022 年度的报告，却整份按国办公开办函〔2019〕60号之前的传统格式编制（没有统计表）；2021 年度起应使用国办公开办函〔2021〕30号的统一格式/);
  const [en] = outdated(text, 'en');
  assert.match(en.message, /^This is a 2022 report wholly in the conventional form used before 国办公开办函〔2019〕60号 \(no tables\); reports from 2021 on use the unified format of 国办公开办函〔2021〕30号/);
  assert.ok(!/30号之前|before 国办公开办函〔2021〕30号/.test(zh.message + en.message));
  // 2020 and 2019 (60号 due, or encouraged) named 60号 already, and still do.
  assert.match(outdated(preFormReport('某某市某某局', 2020), 'en')[0].message, /conventional form used before 国办公开办函〔2019〕60号/);
  assert.match(outdated(preFormReport('某某市某某局', 2019), 'en')[0].message, /conventional form used before 国办公开办函〔2019〕60号/);
});
