// prose-table (found by breaker37): 跨年度办理N件 is carried over (to next year or from last year), never a count
// concluded; a 答复 after one kind of applicant's count (律师事务所申请2件，已答复2件) is that part's, like a channel's;
// and a 办结 count that the prose's own sum ties to a wrong pending count is fixed together with it, so that --fix leaves
// the sentence consistent, and stays an error when the count received says it includes last year's.
// Inputs as in prose-table-all-concluded.test.mjs: B1 = breaker35-b1-2024.md line 27 (新收 46, 上年结转 2, 办理结果总计
// 47, 结转下年度 1; 法律服务机构 2), B2 = breaker35-b2-2023.md line 15 (新收 37, 上年结转 4, 总计 37, 结转下年度 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, proseBrief as brief, proseTableOf as table, ROOT, proseInput, proseLineOf } from '../helpers.mjs';

const R = join(ROOT, 'test/fixtures/reports');
const input = proseInput;
const lineOf = proseLineOf;

test('breaker37: none of the breaker\'s 34 correct part wordings gets a finding or is rewritten by --fix', () => {
  const rows = readFileSync(join(R, 'breaker37-parts.tsv'), 'utf8').split('\n').filter(Boolean);
  assert.equal(rows.length, 34);
  for (const row of rows) {
    const [name, base, line] = row.split('\t');
    const text = input(base, line);
    assert.deepEqual(table(text).map(brief), [], `${name} ${line}`);
    assert.equal(core.fixAll(text).text, text, `${name} ${line}`);
  }
});

test('breaker37 #4: 跨年度办理N件 is compared with 结转下年度 or 上年结转, never read as those concluded', () => {
  // (B2: both are 4.)
  assert.deepEqual(table(input('B2', '全年新收申请37件，当年答复33件，跨年度办理4件。')).map(brief), []);
  // (B1: 结转下年度 1, 上年结转 2: either is accepted.)
  assert.deepEqual(table(input('B1', '全年受理申请46件，跨年度办理1件。')).map(brief), []);
  assert.deepEqual(table(input('B1', '全年受理申请46件，跨年度办理2件。')).map(brief), []);
  // Neither: an error, and no fix, as the two readings differ.
  const [f, ...rest] = table(input('B1', '全年受理申请46件，跨年度办理3件。'));
  assert.deepEqual(rest, []);
  assert.deepEqual(brief(f), [3, 1, 'R4', 'error', undefined]);
  assert.ok(f.message.includes('结转下年度继续办理为 1') && f.message.includes('按“上年结转申请”为 2'), f.message);
});

test('breaker37 #5: a 答复/办结 after one kind of applicant\'s count, no greater than it, is that part\'s: silent', () => {
  for (const line of [
    '全年受理申请46件，律师事务所申请2件，已答复2件。',
    '全年受理申请46件，其中企业申请3件，已办结3件。',
    '全年受理申请46件，社会公益组织申请1件，答复1件。',
  ]) assert.deepEqual(table(input('B1', line)).map(brief), [], line);
  // A greater count is not that part's: compared as before (an info, nothing saying it is the total).
  assert.deepEqual(table(input('B1', '全年受理申请46件，律师事务所申请2件，已答复5件。')).map(brief), [[5, 47, 'R3.7', 'info', undefined]]);
});

test('breaker37 #6: 受理申请48件（含上年结转2件），办结46件，结转下年度2件: both numbers are fixed, and the sentence adds up', () => {
  const text = input('B1', '全年受理申请48件（含上年结转2件），办结46件，结转下年度2件。');
  const found = table(text);
  assert.deepEqual(found.map(brief), [[46, 47, 'R3.7', 'error', '47'], [2, 1, 'R4', 'error', '1']]);
  assert.ok(found[0].message.includes('两个数都改为表三的数后，它们的和仍是受理数 48'), found[0].message);
  const fixed = core.fixAll(text).text;
  assert.equal(lineOf('B1', fixed), '全年受理申请48件（含上年结转2件），办结47件，结转下年度1件。');
  assert.deepEqual(table(fixed), []);
  // Only the pending count fixed (a quick fix of one finding): 46 is still an error, and still fixed to 47, as 48 says
  // it includes last year's: the pending count after it is the rest of them, not a part beside those concluded.
  const half = input('B1', '全年受理申请48件（含上年结转2件），办结46件，结转下年度1件。');
  assert.deepEqual(table(half).map(brief), [[46, 47, 'R3.7', 'error', '47']]);
  // So after 新收 and 上年结转 both.
  assert.deepEqual(table(input('B1', '全年新收申请46件，上年结转2件，办结45件，结转下年度1件。')).map(brief), [[45, 47, 'R3.7', 'error', '47']]);
  // 受理 alone may be 新收: the pending count after it leaves 45 an info, as before.
  assert.deepEqual(table(input('B1', '全年受理申请48件，办结45件，结转下年度1件。')).map(brief), [[45, 47, 'R3.7', 'info', undefined]]);
});

test('breaker37 #6: 受理申请41件，办结35件，结转下年度6件 (B2: 41 = 37 + 4) is fixed to 37 and 4 in one pass', () => {
  const text = input('B2', '受理申请41件，办结35件，结转下年度6件。');
  assert.deepEqual(table(text).map(brief), [[35, 37, 'R3.7', 'error', '37'], [6, 4, 'R4', 'error', '4']]);
  const { text: fixed, passes } = core.fixAll(text);
  assert.equal(lineOf('B2', fixed), '受理申请41件，办结37件，结转下年度4件。');
  assert.equal(passes, 1);
});
