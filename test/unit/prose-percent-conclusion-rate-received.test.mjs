// prose-percent: a 办结率 after a count received and a count concluded (`受理…申请48件，办结47件，办结率95%`), the most
// common wording, is checked (breaker39 #3); it was only when 新收 and 上年结转 were both written. 受理 (收到) means
// 新收 + 上年结转 in some reports and 新收 alone in others: when 表三 tells which (the count is its 新收 + 上年结转, or its
// 新收) that reading is taken, else a rate that fits either (count, or count + 表三's 上年结转) is accepted.
// Input: breaker35-b1-2024.md (表三 新收 46, 上年结转 2, 办理结果总计 47, 结转下年度 1) with line 27 replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, only, ROOT } from '../helpers.mjs';

const B1 = readFileSync(join(ROOT, 'test/fixtures/reports/breaker35-b1-2024.md'), 'utf8');
/** B1 with line 27 (its 表三 sentence) replaced by `line`. */
function input(line) {
  const lines = B1.split('\n');
  lines[26] = line;
  return lines.join('\n');
}
const percent = (line) => only(input(line), 'prose-percent').found;

test('a wrong 办结率 after 受理 and 办结 counts is a warning at the rate, with the share computed at the precision written', () => {
  // 48 is 表三's 新收 + 上年结转: 47 / 48.
  let found = percent('全年受理政府信息公开申请48件，办结47件，办结率95%。');
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.severity]), [[95, 97.9, 'warning']]);
  assert.ok(found[0].message.startsWith('“办结率”写为 95%，但 47 / 48 = 97.9%'), found[0].message);
  found = percent('全年共收到政府信息公开申请48件，办结47件，办结率为95.00%。');
  assert.deepEqual(found.map((f) => [f.actual, f.expected]), [[95, 97.92]]);
  // 46 is 表三's 新收: the carried-over 2 are to conclude too, and the message says so.
  found = percent('全年受理政府信息公开申请46件，办结45件，办结率95%。');
  assert.equal(found.length, 1);
  assert.ok(found[0].message.includes('45 / 46 = 97.8%（46 是表三的本年新收申请，应办结的还有上年结转的 2 件：45 / 48 = 93.8%）'), found[0].message);
  // A count that is neither: both readings are named.
  found = percent('全年受理政府信息公开申请50件，办结47件，办结率99%。');
  assert.equal(found.length, 1);
  assert.ok(found[0].message.includes('47 / 50 = 94.0%；若 50 不含表三的上年结转 2 件，则为 47 / 52 = 90.4%'), found[0].message);
  const en = core.checkReport(core.parseReport(input('全年受理政府信息公开申请50件，办结47件，办结率99%。')), { locale: 'en' }).find((f) => f.ruleId === 'prose-percent');
  assert.ok(en.message.includes('if 50 leaves out the 2 carried over from last year (表三), 47 / 52 = 90.4%'), en.message);
});

test('a 办结率 that fits a reading of 受理, or whose counts are not one received and one concluded, stays silent', () => {
  for (const line of [
    '全年受理政府信息公开申请48件，办结47件，办结率97.9%。',
    '全年受理政府信息公开申请46件，办结45件，办结率93.8%。',
    '全年受理政府信息公开申请50件，办结47件，办结率94%。',
    '全年受理政府信息公开申请50件，办结47件，办结率90.4%。',
    // Growth rates are not shares.
    '全年受理政府信息公开申请48件，同比增长15%，办结47件。',
    // The rate of those concluded on time has no whole in the text.
    '全年受理政府信息公开申请48件，办结47件，按时办结率95%。',
  ]) assert.deepEqual(percent(line).map((f) => f.message), [], line);
});
