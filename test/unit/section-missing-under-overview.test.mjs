// Section 二 missing from a 2020 report (its heading and 表二 removed): 一、总体情况 sums up the year's work under
// its typical sub-headings （一）主动公开, （二）依申请公开, … (templates.md §3.1, §6.1), so its （一）主动公开 is 一's own,
// not 二's text without a heading (brk173 #3: the fix, in JSON and SARIF too, inserted 二's heading and 表二 before
// it, moving 一's sub-sections under 二). The heading and 表二 go before 三, after all of 一, and the message says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const text = readFileSync(join(ROOT, 'test/fixtures/reports/brk173-e09-2020-no-section2.md'), 'utf8');
const lineOf = (t, s) => t.split('\n').findIndex((l) => l.includes(s));

test('二 missing: section-missing inserts the heading and 表二 before 三, not before 一\'s （一）主动公开', () => {
  const { report, findings } = core.analyze(text);
  assert.equal(report.format, '2019');
  const missing = findings.filter((f) => f.ruleId === 'section-missing');
  assert.equal(missing.length, 1);
  const f = missing[0];
  const three = lineOf(text, '## 三、收到和处理政府信息公开申请情况');
  assert.ok(three > lineOf(text, '（五）监督保障'));
  assert.equal(f.range.start.line, three);
  assert.ok(f.fix);
  assert.deepEqual(f.fix.edits.map((e) => e.range.start.line), [three]);
  assert.match(f.fix.edits[0].newText, /二、主动公开政府信息情况[\s\S]*第二十条第（一）项/);
  // The message says where the fix puts it, and that 表二 comes with it; nothing about line 7's （一）主动公开.
  assert.match(f.message, new RegExp(`修复会把标题连同待填写的表二插在第 ${three + 1} 行之前`));
  assert.doesNotMatch(f.message, /（一）主动公开/);
  assert.match(core.analyze(text, { locale: 'en' }).findings.find((x) => x.ruleId === 'section-missing').message, new RegExp(`with a blank 表二 to fill in, before line ${three + 1}`));
  // After the fix, 一 keeps its five sub-headings and 二 stands right above 三.
  const fixed = core.fixAll(text).text;
  const two = lineOf(fixed, '二、主动公开政府信息情况');
  assert.ok(two > lineOf(fixed, '（五）监督保障') && two < lineOf(fixed, '## 三、'));
  assert.deepEqual(core.analyze(fixed).report.sections.map((s) => s.heading.canonical), [0, 1, 2, 3, 4, 5]);
});

test('二 missing: a paragraph of 一 that opens on 主动公开 is 一\'s text too, not 二\'s start', () => {
  // 一 without sub-headings, its first paragraph on 主动公开 (`主动公开方面，…`).
  const t = edit(text, '（一）主动公开\n\n2020年，', '主动公开方面，2020年，');
  const f = core.analyze(t).findings.find((x) => x.ruleId === 'section-missing');
  const three = lineOf(t, '## 三、收到和处理政府信息公开申请情况');
  assert.equal(f.range.start.line, three);
  assert.deepEqual(f.fix?.edits.map((e) => e.range.start.line), [three]);
});
