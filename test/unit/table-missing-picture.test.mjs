// table-missing when the section gives its table as a picture or an attachment (a web page's `<img>`, a Markdown
// image, a link to a spreadsheet, `详见附件`): the message says so, as the numbers in it cannot be checked; the fix
// still inserts the standard table to fill in; and a section that says there was none is told the table is due in zeros.
// Base: examples/correct-2024.nianbao.md (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const S3 = CORRECT.indexOf('## 三、'), S4 = CORRECT.indexOf('## 四、');
/** The report with 表三 (its section's lines from the first pipe row on) replaced by `instead`. */
const withT3 = (instead) => {
  const section = CORRECT.slice(S3, S4);
  return CORRECT.slice(0, S3) + section.slice(0, section.indexOf('\n|') + 1) + instead + '\n\n' + CORRECT.slice(S4);
};
const missing = (text, locale) => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId === 'table-missing');
const lineOf = (text, s) => text.split('\n').findIndex((l) => l.includes(s)) + 1;

test('a picture in place of 表三: table-missing names its line and says its numbers cannot be checked; the fix inserts the table', () => {
  for (const picture of ['![表三](images/t3.png)', '<p><img src="t3.jpg" alt="表三"></p>', '<img\tsrc="t3.jpg">']) {
    const text = withT3(picture);
    const [f] = missing(text);
    assert.ok(f, picture);
    assert.match(f.message, new RegExp(`第 ${lineOf(text, picture)} 行是一张图片，表三可能是以图片给出的：图片中的数字无法核对`));
    assert.ok(f.fix, 'the standard table is still offered');
    const fixed = core.applyFixes(text, f.fix.edits).text;
    assert.ok(core.parseReport(fixed).tables.t3, 'the inserted table is read');
    assert.match(missing(text, 'en')[0].message, /Line \d+ is a picture: the table may be given as one, whose numbers cannot be checked/);
  }
});

test('an attachment in place of 表三 (a link to a spreadsheet or PDF, 详见附件) is said as such', () => {
  for (const pointer of ['详见附件：[表三](files/t3.xlsx)', '表三见附表。', '<a href="/u/t3.pdf">表三</a>']) {
    const text = withT3(pointer);
    assert.match(missing(text)[0].message, new RegExp(`第 ${lineOf(text, pointer)} 行提到附件，表三可能是以附件给出的`), pointer);
  }
});

test('without a picture or attachment, or with one only in an HTML comment, the message is the plain one', () => {
  for (const other of ['本年度依申请公开工作平稳有序。', '<!-- ![表三](images/t3.png) -->', '[政府信息公开指南](https://example.gov.cn/zn.html)']) {
    const [f] = missing(withT3(other));
    assert.equal(f.message, '“三、收到和处理政府信息公开申请情况”部分缺少表三（国办公开办函〔2021〕30号格式规定的统计表）。', other);
  }
  // A picture elsewhere in the report says nothing about this table.
  const text = withT3('本年度依申请公开工作平稳有序。').replace('## 二、', '![图解](a.png)\n\n## 二、');
  assert.equal(missing(text).length, 1);
  assert.doesNotMatch(missing(text)[0].message, /图片/);
});

test('a section that only says there was none this year: the table is due all the same, in zeros (brk97 #6)', () => {
  const text = withT3('本年度未收到政府信息公开申请。');
  const [f] = missing(text);
  assert.equal(f.message, `“三、收到和处理政府信息公开申请情况”部分缺少表三（国办公开办函〔2021〕30号格式规定的统计表）。第 ${lineOf(text, '本年度未收到')} 行说本年度没有发生，但表三仍须填报：没有发生的各项填 0（修复插入的标准表格可逐格填 0）。`);
  assert.match(missing(text, 'en')[0].message, /Line \d+ says there was none this year, but 表三 is due all the same: write 0 for what did not happen/);
  // A sentence about something else that did not happen says nothing of the kind.
  assert.doesNotMatch(missing(withT3('本年度未发生因政府信息公开引发的失泄密事件。'))[0].message, /仍须填报/);
});

test('the ways a report says there was none: 0件, 无。, 无因…复议, 没有因…, 未出现… (brk98 #8)', () => {
  for (const none of ['本年度共收到政府信息公开申请0件。', '无。', '（无）']) assert.match(missing(withT3(none))[0].message, /仍须填报/, none);
  const S4 = CORRECT.indexOf('## 四、'), S5 = CORRECT.indexOf('## 五、');
  const section = CORRECT.slice(S4, S5);
  const withT4 = (instead) => CORRECT.slice(0, S4) + section.slice(0, section.indexOf('\n|') + 1) + instead + '\n\n' + CORRECT.slice(S5);
  for (const none of ['本年度无因政府信息公开引起的行政复议和行政诉讼。', '本年度没有因政府信息公开被申请行政复议、提起行政诉讼的情况。', '本年度未出现政府信息公开行政复议、行政诉讼案件。', '本年度政府信息公开行政复议0件、行政诉讼0件。', '无。']) {
    const [f] = missing(withT4(none));
    assert.match(f.message, /^“四、政府信息公开行政复议、行政诉讼情况”部分缺少表四.*行说本年度没有发生，但表四仍须填报/, none);
  }
  // A case that did happen says nothing of the kind.
  assert.doesNotMatch(missing(withT4('本年度发生政府信息公开行政复议2件。'))[0].message, /仍须填报/);
});
