// brk140 #4: a public enterprise's report (公共企事业单位: 供水/供电/公交 公司) covers the company alone, as a
// department's covers the department. Its name was no agency's, so the report was read as a government's, and
// `本机关…行政复议1件` against 表四's 0 became an info saying 表四 may count 全区（全市）. Now it is the error it is
// in any single body's report.
// Base: test/fixtures/reports/brk140-gongshui-2020.md (某某市供水有限公司, 2019 format, checks clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'test/fixtures/reports/brk140-gongshui-2020.md'), 'utf8');
const SENT = '2020年，本机关发生政府信息公开行政复议0件，行政诉讼0件。';
const prose = (text) => core.checkReport(core.parseReport(text), { previous: null }).filter((f) => f.ruleId === 'prose-table').map((f) => `${f.severity} ${f.message}`);

test('the base report is clean', () => {
  assert.deepEqual(core.checkReport(core.parseReport(BASE), { previous: null }).map((f) => f.ruleId), []);
});

for (const name of ['某某市供水有限公司', '某某供电公司', '某某市公共交通集团有限公司', '某某市自来水公司']) {
  for (const subject of ['本机关', '本单位']) {
    test(`${name}: “${subject}…行政复议1件” against 表四's 0 is an error, not a 全区（全市） info`, () => {
      const text = BASE.replaceAll('某某市供水有限公司', name).replace(SENT, SENT.replace('本机关', subject).replace('行政复议0件', '行政复议1件'));
      assert.notEqual(text, BASE);
      const got = prose(text);
      assert.equal(got.length, 1);
      assert.match(got[0], /^error 正文“行政复议1件”与表四不一致/);
      assert.doesNotMatch(got[0], /全区|全市/);
    });
  }
}
