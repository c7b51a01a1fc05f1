// A web page's signature is right-aligned paragraphs (brk139 #3): `<p style="text-align:right">某某局<br>2024年1月20日</p>`
// or the agency and the date in two such `<p>`s. Their date is the 落款 as a date alone on its line is in the other
// layouts: date-late and date-invalid check it, the year is read from it, and the agency may be read from the line
// before it. Base: 沭阳县发展和改革局's 2023 report as its web page publishes it (a department: due by 31 January).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const PAGE = readFileSync(join(ROOT, 'test/fixtures/reports/brk139-shuyang-fgj-2023.html.md'), 'utf8');
const SIGNATURE = '<p style="text-align:right">沭阳县发展和改革局<br>2024年1月17日</p>';
const INFO = '<div class="info"><span>发布日期：2024-01-17</span>&nbsp;&nbsp;<span>来源：沭阳县发展和改革局</span></div>\n';
/** The page without its 发布日期 line, signed `signature`. */
const signed = (signature) => {
  assert.ok(PAGE.includes(SIGNATURE) && PAGE.includes(INFO));
  return PAGE.replace(INFO, '').replace(SIGNATURE, signature);
};
const dated = (text) => core.analyze(text, {}).findings.filter((f) => f.ruleId.startsWith('date-'))
  .map((f) => [f.ruleId, text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character)]);

const LATE = {
  'agency<br>date': '<p style="text-align:right">沭阳县发展和改革局<br>2024年3月20日</p>',
  'two paragraphs': '<p style="text-align:right">沭阳县发展和改革局</p>\n<p style="text-align:right">2024年3月20日</p>',
  'spans, &nbsp;, <br/>': '<p class="MsoNormal" align="right"><span style="font-family:仿宋">沭阳县发展和改革局</span><br/><span style="font-family:仿宋">2024年3月20日</span>&nbsp;</p>',
  'div, Chinese numerals': '<div style="text-align:right">沭阳县发展和改革局<br>二〇二四年三月二十日</div>',
  'numeric': '<p style="text-align:right">沭阳县发展和改革局<br>2024-03-20</p>',
};

test('brk139 #3: a late signature date in right-aligned HTML paragraphs is date-late, its range the date', () => {
  assert.deepEqual(dated(signed(SIGNATURE)), []);
  for (const [name, sig] of Object.entries(LATE)) {
    const f = dated(signed(sig));
    assert.equal(f.length, 1, name);
    assert.equal(f[0][0], 'date-late', name);
    assert.match(f[0][1], /^(?:2024年3月20日|二〇二四年三月二十日|2024-03-20)$/, name);
    const report = core.parseReport(signed(sig));
    assert.deepEqual(report.extras.dates.filter((d) => d.kind === 'signature').map((d) => [d.year, d.month, d.day]), [[2024, 3, 20]], name);
  }
});

test('brk139 #3: a signature date before the report year ends is date-invalid; one in the text of a paragraph is no signature', () => {
  assert.deepEqual(dated(signed('<p style="text-align:right">沭阳县发展和改革局<br>2023年12月1日</p>')).map((x) => x[0]), ['date-invalid']);
  // A sentence that names a date, or a date inside a run of text, is no signature line (as in plain text).
  for (const line of ['<p style="text-align:right">本报告于2024年3月20日发布</p>', '<p>截至<span>2024年3月20日</span>，全部办结。</p>']) {
    assert.deepEqual(core.parseReport(signed(line)).extras.dates.filter((d) => d.kind === 'signature'), [], line);
  }
});

test('brk139 #3: the agency before the date in the signature paragraph is read when the title does not name it', () => {
  // An untitled agency (the title says only the year): a signature in February is late for a department only.
  const untitled = (sig) => signed(sig)
    .replace('<h1>沭阳县发展和改革局2023年政府信息公开年度报告</h1>', '<h1>2023年政府信息公开年度报告</h1>')
    .replace('现向社会公布沭阳县发展和改革局2023年度政府信息公开年度报告', '现向社会公布本局2023年度政府信息公开年度报告');
  for (const sig of ['<p style="text-align:right">沭阳县发展和改革局<br>2024年2月20日</p>', '<p style="text-align:right">沭阳县发展和改革局</p>\n<p style="text-align:right">2024年2月20日</p>']) {
    const text = untitled(sig);
    assert.doesNotMatch(text, /沭阳县发展和改革局2023年/);
    const late = core.analyze(text, {}).findings.filter((f) => f.ruleId === 'date-late');
    assert.equal(late.length, 1, sig);
    assert.match(late[0].message, /部门的 2023 年度报告应在 2024 年 1 月 31 日前发布/);
  }
});
