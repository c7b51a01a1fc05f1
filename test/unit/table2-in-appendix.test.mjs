// 表二 given as an annex after the signature (`附表1：主动公开政府信息情况`, section 二 saying `详见附表1。`) is read
// there, as 表三 and 表四 given the same way are (brk144 #3: it was said missing, its numbers "could not be checked",
// and the fix inserted a second, blank 表二 in section 二).
// Base: examples/correct-2024.nianbao.md (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const CAPTION = { 二: '主动公开政府信息情况', 三: '收到和处理政府信息公开申请情况', 四: '政府信息公开行政复议、行政诉讼情况' };

/** The report with the tables of sections `moved` (in order) taken out of their sections and given as 附表1… after the signature. */
function inAppendix(moved) {
  let text = CORRECT;
  const annexes = [];
  moved.forEach((s, k) => {
    const at = text.indexOf(`## ${s}、`);
    const body = text.indexOf('\n\n', at) + 2;
    const next = text.indexOf('\n## ', body);
    // The table: from the section's first line to its last table row (prose under 表四 stays in the section).
    const part = text.slice(body, next);
    const lastRow = part.lastIndexOf('\n|');
    const tableEnd = body + part.indexOf('\n', lastRow + 1);
    annexes.push(`附表${k + 1}：${CAPTION[s]}\n\n${text.slice(body, tableEnd).trim()}`);
    text = text.slice(0, body) + `${CAPTION[s]}详见附表${k + 1}。` + text.slice(tableEnd);
  });
  return text.trimEnd() + '\n\n' + annexes.join('\n\n') + '\n';
}
const findings = (text) => core.checkReport(core.parseReport(text), {});

test('表二, 表三 and 表四 all given as 附表 after the signature: each is read, and the report checks clean', () => {
  const text = inAppendix(['二', '三', '四']);
  const report = core.parseReport(text);
  assert.ok(report.tables.t2 && report.tables.t3 && report.tables.t4, 'all three tables are read');
  const lineOf = (s) => text.split('\n').findIndex((l) => l.includes(s));
  assert.ok(report.tables.t2.range.start.line > lineOf('附表1：'), '表二 is the annex');
  assert.ok(report.tables.t2.range.end.line < lineOf('附表2：'), '表二 ends before 附表2 (表三)');
  assert.deepEqual(findings(text).map((f) => `${f.ruleId} ${f.message}`), []);
});

test('only 表二 given as 附表 (表三, 表四 in their sections): read there, and its numbers are checked against the prose', () => {
  const text = inAppendix(['二']);
  assert.ok(core.parseReport(text).tables.t2);
  assert.deepEqual(findings(text).map((f) => f.ruleId), []);
  // A number of the annex table that the introduction contradicts is found (it is read, not "uncheckable").
  const wrong = text.replace('| 行政规范性文件 | 3            | 1            | 25           |', '| 行政规范性文件 | 3            | 1            | 26           |');
  assert.notEqual(wrong, text);
  const ids = findings(wrong).map((f) => f.ruleId);
  assert.ok(!ids.includes('table-missing'), ids.join());
  assert.ok(ids.includes('prose-table'), ids.join());
});

test('no second, blank 表二 is inserted by --fix for an annex 表二', () => {
  const text = inAppendix(['二', '三', '四']);
  const fixes = findings(text).filter((f) => f.fix);
  assert.equal(fixes.length, 0);
  assert.equal((text.match(/第二十条第（一）项/g) ?? []).length, 1);
});

test('a report with no 表二 anywhere is still told so (table-missing), pointing to the annex it names', () => {
  const text = inAppendix(['二', '三', '四']);
  const cut = text.slice(0, text.indexOf('附表1：')) + text.slice(text.indexOf('附表2：'));
  const missing = findings(cut).filter((f) => f.ruleId === 'table-missing');
  assert.equal(missing.length, 1);
  assert.match(missing[0].message, /缺少表二/);
});
