// prose-table: a count naming one of 表三's columns under 法人或其他组织 (商业企业, 科研机构, 社会公益组织, 法律服务机构;
// 企业 before 申请 for 商业企业) is compared with that column's 新收 (or 新收 + 上年结转), and a 办结/答复 count of it with
// the column's （七）总计, as 自然人 and 法人或其他组织 are; a kind within a column (律师事务所, 公司, 高校) is a part and
// stays silent (breaker39 #9).
// B1 = breaker35-b1-2024.md line 27 (2021 format; 新收: 商业企业 3, 科研机构 0, 社会公益组织 1, 法律服务机构 2, no
// 上年结转 in those columns; （七）总计 the same); B2 = breaker35-b2-2023.md line 15 (商业企业 新收 3, 上年结转 2, （七）总计 3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, proseBrief as brief, proseTableOf as table, ROOT, proseInput as input, proseLineOf } from '../helpers.mjs';

test('a count named by a column under 法人或其他组织 is compared with that column\'s 新收, and fixed to it', () => {
  for (const [line, expected] of [
    ['全年受理申请46件，其中法律服务机构申请3件。', [3, 2, 'C5:R1', 'error', '2']],
    ['全年受理申请46件，其中科研机构申请1件。', [1, 0, 'C3:R1', 'error', '0']],
    ['全年受理申请46件，社会公益组织提出申请2件。', [2, 1, 'C4:R1', 'error', '1']],
    ['全年受理申请46件，其中商业企业申请4件。', [4, 3, 'C2:R1', 'error', '3']],
    // (企业 before 申请: 表三 has no other column of enterprises.)
    ['全年受理申请46件，其中企业申请4件。', [4, 3, 'C2:R1', 'error', '3']],
  ]) {
    const text = input('B1', line);
    const found = table(text);
    assert.deepEqual(found.map(brief), [expected], line);
    assert.ok(/表三的(?:法律服务机构|科研机构|社会公益组织|商业企业)新收申请为 \d/.test(found[0].message), found[0].message);
    assert.equal(proseLineOf('B1', core.fixAll(text).text), line.replace(`${expected[0]}件`, `${expected[1]}件`));
  }
  const en = core.analyze(input('B1', '全年受理申请46件，其中法律服务机构申请3件。'), { locale: 'en' }).findings.find((f) => f.ruleId === 'prose-table');
  assert.ok(en.message.includes('new applications by legal service providers (法律服务机构)'), en.message);
});

test('a column\'s count that agrees with 表三 (新收, or 新收 + 上年结转 for a count received) is silent', () => {
  for (const line of [
    '全年受理申请46件，其中法律服务机构申请2件，科研机构申请0件，社会公益组织申请1件，企业申请3件。',
    '全年受理申请46件，其中自然人申请40件，法人或其他组织申请6件（其中商业企业3件、社会公益组织1件、法律服务机构2件）。',
    '法律服务机构申请2件，已全部答复。',
  ]) assert.deepEqual(table(input('B1', line)).map(brief), [], line);
  // (B2: 商业企业 新收 3 + 上年结转 2.)
  assert.deepEqual(table(input('B2', '全年共受理政府信息公开申请41件，其中企业申请5件。')).map(brief), []);
  assert.deepEqual(table(input('B2', '全年新收政府信息公开申请37件，其中企业申请3件。')).map(brief), []);
});

test('a kind of applicant within a column (律师事务所, 公司, 高校) is a part of it, not the column: silent', () => {
  for (const line of [
    '全年受理申请46件，其中律师事务所申请5件。',
    '全年受理申请46件，其中公司申请4件。',
    '全年受理申请46件，其中高校申请1件，答复1件。',
    '全年受理申请46件，法人或其他组织申请6件（其中律师事务所申请1件、其他5件）。',
    // (企业 not before 申请 names no applicants.)
    '全年受理申请46件，走访企业申请人4家。',
  ]) assert.deepEqual(table(input('B1', line)).map(brief), [], line);
});

test('a term of a list that names a column is an error without a fix when changing it would not make the list add up', () => {
  const text = input('B1', '全年受理申请46件，其中自然人申请40件，法人或其他组织申请6件（其中商业企业3件、法律服务机构3件）。');
  const found = table(text);
  assert.deepEqual(found.map(brief), [[3, 2, 'C5:R1', 'error', undefined]]);
  assert.match(found[0].message, /只改它会改变它们的和/);
});

test('a term of a list whose parts add up to more than its total is fixed when the table\'s number makes them add up to it', () => {
  // 3 + 1 + 3 = 7 > 6; with 表三's 法律服务机构 2 the parts add up to 6, as prose-sum says too.
  const text = input('B1', '全年受理申请46件，其中自然人申请40件，法人或其他组织申请6件（其中商业企业3件、社会公益组织1件、法律服务机构3件）。');
  const found = table(text);
  assert.deepEqual(found.map(brief), [[3, 2, 'C5:R1', 'error', '2']]);
  assert.match(found[0].message, /改为 2 后各项之和正好是句中所说的总数 6.*改这一个数即可/);
});

test('a 办结/答复 count of one such column is compared with that column\'s （七）总计', () => {
  assert.deepEqual(table(input('B1', '全年受理申请46件，科研机构申请已办结1件。')).map(brief), [[1, 0, 'C3:R3.7', 'error', '0']]);
  assert.deepEqual(table(input('B1', '全年受理申请46件，对法律服务机构答复3件。')).map(brief), [[3, 2, 'C5:R3.7', 'error', '2']]);
  assert.deepEqual(table(input('B1', '全年受理申请46件，法律服务机构申请已办结2件。')).map(brief), []);
  // (B2: 商业企业 新收 3 and 上年结转 2, of which 3 concluded.)
  assert.deepEqual(table(input('B2', '商业企业申请已办结3件。')).map(brief), []);
});

test('the 2019 format\'s 表三 has the same columns: compared the same way', () => {
  // breaker39's ok15 (2020, 2019 format): 新收 商业企业 2, 科研机构 0, 社会公益组织 1, 法律服务机构 4, 其他 1.
  const bad = readFileSync(join(ROOT, 'test/fixtures/reports/breaker39-m27-t3-r1-both-prose-right.md'), 'utf8');
  const ok = edit(bad, '| 16 | 2 | 0 | 1 | 4 | 1 | 24 |', '| 15 | 2 | 0 | 1 | 4 | 1 | 23 |');
  const sentence = '全年共收到政府信息公开申请23件，其中自然人申请15件，法人或其他组织申请8件（其中商业企业2件、社会公益组织1件、律师事务所4件、其他1件）。';
  assert.deepEqual(table(ok).map(brief), []);
  assert.deepEqual(table(edit(ok, sentence, '全年共收到政府信息公开申请23件，其中法律服务机构申请5件。')).map(brief), [[5, 4, 'C5:R1', 'error', '4']]);
  assert.deepEqual(table(edit(ok, sentence, '全年共收到政府信息公开申请23件，其中企业申请3件。')).map(brief), [[3, 2, 'C2:R1', 'error', '2']]);
  assert.deepEqual(table(edit(ok, sentence, '全年共收到政府信息公开申请23件，其中律师事务所申请5件。')).map(brief), []);
});
