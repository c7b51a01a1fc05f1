// prose-table: 公民 and 个人 right before 申请 (`公民申请41件`, `个人提出的申请41件`, `公民个人申请16件`) name 表三's 自然人
// column, as 自然人 does, and are compared with its 新收 (breaker39 #9, `probes/a15-07.md`: 公民个人申请16件, 自然人 15). Not
// elsewhere: 公民 in `公民、法人和其他组织`, and 个人 / 公民 in a clause about a hotline, letters or petitions
// (`12345热线受理个人申请41件`, `信访…受理个人申请信访事项`), where they ask for anything, stay silent. 群众, 单位 and
// 法人 alone are not read as a column.
// B1 = breaker35-b1-2024.md line 27 (表三 新收: 自然人 40, 法人或其他组织 6; 上年结转 自然人 2); B1L15 its line 15, under
// （二）依申请公开.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { proseBrief as brief, proseTableOf as table, proseInput as input, ROOT } from '../helpers.mjs';

test('the breaker\'s a15-07: 公民个人申请16件 against 自然人 新收 15 is reported', () => {
  const found = table(readFileSync(join(ROOT, 'test/fixtures/reports/breaker39-a15-07-gongmin-geren.md'), 'utf8'));
  assert.deepEqual(found.map((f) => [f.actual, f.expected, f.data.quantity]), [[16, 15, 'natural:R1']]);
  assert.match(found[0].message, /正文“公民个人申请16件”与表三不一致：表三的自然人新收申请为 15/);
});

test('公民 / 个人 before 申请 are compared with 自然人 新收: a wrong count is caught, a right one is silent', () => {
  for (const who of ['公民', '个人', '公民个人', '个人提出的']) {
    const wrong = input('B1', `全年受理申请46件，其中${who}申请41件。`);
    assert.deepEqual(table(wrong).map(brief).map((b) => b.slice(0, 3)), [[41, 40, 'natural:R1']], who);
    assert.match(table(wrong)[0].message, new RegExp(`正文“${who}申请41件”.*表三的自然人新收申请为 40`));
    assert.deepEqual(table(input('B1', `全年受理申请46件，其中${who}申请40件。`)), [], `${who} right`);
    // With the other column, both right.
    assert.deepEqual(table(input('B1L15', `全年新收政府信息公开申请46件，其中${who}申请40件，法人或其他组织申请6件。`)), [], `${who} with 法人`);
  }
});

test('个人 / 公民 in other senses or other paragraphs stay silent; 群众, 单位 and 法人 alone are no column', () => {
  for (const [base, line] of [
    ['B1L15', '12345热线受理个人申请41件。'],
    ['B1L15', '信访部门全年受理公民申请41件，办结41件。'],
    ['B1', '全年受理申请46件。信访工作中，受理个人申请信访事项41件。'],
    ['B1', '全年受理申请46件，个人申请办理的行政许可事项41件。'],
    // The 条例's words for all the applicants (this was read as the 法人或其他组织 column, 46 ≠ 6).
    ['B1', '全年受理公民、法人和其他组织申请46件。'],
    ['B1', '全年受理申请46件，其中群众申请41件。'],
    ['B1', '全年受理申请46件，其中单位申请5件。'],
    ['B1', '全年受理申请46件，其中法人申请5件。'],
  ]) assert.deepEqual(table(input(base, line)), [], line);
});
