// brk165 #3: `应办结48件` (新收 46 + 上年结转 2) is the count due, the applications there were to conclude, not a count
// concluded. prose-table quoted it as “办结48件”, compared it with 表三's （七）总计 47 and said 应 narrowed it to a channel
// or recipient; prose-percent, whose docs read 应办结 as a 办结率's whole, took it for the rate's part beside 实际办结
// and checked nothing. Both now read 应办结/应当办结/需答复/需要办理 N件 as 新收 + 上年结转.
// Base: examples/correct-2024 (表三: 新收 46, 上年结转 2, （七）总计 47, 结转下年度 1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const PROSE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，';
const withProse = (s) => edit(CORRECT, PROSE, s);
const findings = (text, locale) => core.analyze(text, locale ? { locale } : undefined).findings.filter((f) => f.ruleId === 'prose-table' || f.ruleId === 'prose-percent');

test('应办结48件 beside 新收 46 and 上年结转 2 is right: nothing is said (zh and en)', () => {
  for (const due of ['应办结48件，实际办结47件，办结率为97.92%；', '应当办结48件，实际办结47件，', '需答复48件，已答复47件，答复率97.9%；', '需要办结的48件中，已办结47件，']) {
    const text = withProse(`全年新收政府信息公开申请46件，上年结转2件，${due}`);
    assert.deepEqual(findings(text).map((f) => f.message), [], due);
    assert.deepEqual(findings(text, 'en').map((f) => f.message), [], due);
  }
});

test('a wrong count due is compared with 新收 + 上年结转 and quoted with its 应, never as 办结', () => {
  const text = withProse('全年新收政府信息公开申请46件，上年结转2件，应办结50件，实际办结47件；');
  const found = findings(text);
  assert.equal(found.length, 1);
  assert.equal(found[0].ruleId, 'prose-table');
  assert.match(found[0].message, /^正文“应办结50件”与表三不一致：表三的本年新收与上年结转申请之和为 48/);
  assert.doesNotMatch(found[0].message, /限定/);
  // The fix writes the sum.
  assert.deepEqual(found[0].fix?.edits.map((e) => e.newText), ['48']);
});

test('a 办结率 of 实际办结 over 应办结 is checked (the count due is its whole, not a second part)', () => {
  const text = withProse('全年新收政府信息公开申请46件，上年结转2件，应办结48件，实际办结47件，办结率为90%；');
  const found = findings(text);
  assert.deepEqual(found.map((f) => [f.ruleId, f.actual, f.expected]), [['prose-percent', 90, 97.9]]);
  assert.match(found[0].message, /47 \/ 48 = 97\.9%/);
});

test('应 of another word (回应) is no count due', () => {
  // `回应答复45件` is a count answered, compared with （七）总计 47 as before.
  const text = withProse('全年新收政府信息公开申请46件，上年结转2件；全部予以回应答复45件，');
  const found = findings(text).filter((f) => f.ruleId === 'prose-table');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^正文“答复45件”与表三不一致：表三的办理结果总计为 47/);
});
