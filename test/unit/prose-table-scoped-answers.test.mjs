// Counts the prose scopes to a part of the applications, which --fix used to rewrite to the whole (brk147 #1, #2).
// Base: examples/correct-2024.nianbao.md (表三: （七）总计 47, 自然人 41, 法人或其他组织 3 + 1 + 2 = 6, 商业企业 3).
// - `对自然人提出的申请，共答复41件`: a clause opening with one applicant column's applications scopes the 答复 after it
//   to that column's （七）总计, as `对自然人答复41件` is, and a wrong one is fixed to that column's number, never the total.
// - `对涉及个人隐私的申请，经征求第三方意见后，共答复5件`, `针对…的申请，…`, `对申请人申请查询…的，…`: a kind of application
//   that no row of 表三 counts: a part, not compared with the total (and never fixed to it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, afterT3, proseTableOf, proseBrief } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const briefs = (sentence) => proseTableOf(afterT3(CORRECT, sentence)).map(proseBrief);

test('the base says nothing', () => {
  assert.deepEqual(proseTableOf(CORRECT), []);
});

test('对自然人提出的申请，共答复N件 is the 自然人 column’s total: right says nothing, wrong is fixed to the column', () => {
  for (const who of ['自然人提出的申请', '公民个人提出的申请', '自然人的申请']) {
    assert.deepEqual(briefs(`对${who}，共答复41件。`), [], who);
    const out = briefs(`对${who}，共答复47件。`);
    assert.equal(out.length, 1, who);
    assert.deepEqual([out[0][0], out[0][1], out[0][3], out[0][4]], [47, 41, 'error', '41'], who);
  }
  assert.deepEqual(briefs('对法人或其他组织提出的申请，已全部答复6件。'), []);
  assert.deepEqual(briefs('对企业提出的申请，已办结3件。'), []);
  const legal = briefs('对法人或其他组织提出的申请，共答复47件。');
  assert.equal(legal.length, 1);
  assert.deepEqual([legal[0][1], legal[0][4]], [6, '6']);
});

test('a 答复 count for one kind of application is a part: never compared with the total or fixed to it', () => {
  for (const s of [
    '对涉及个人隐私的申请，经征求第三方意见后，共答复5件。',
    '对申请人申请查询案件办理进展的，依法告知查询渠道，共答复12件。',
    '针对申请公开交通违法处理记录的申请，共答复4件。',
  ]) assert.deepEqual(briefs(s), [], s);
  // (More than the whole is still a contradiction, said without a fix.)
  const more = briefs('对涉及个人隐私的申请，经征求第三方意见后，共答复50件。');
  assert.equal(more.length, 1);
  assert.equal(more[0][4], undefined);
  // (All the applications are still the total: `对收到的申请` is no part.)
  const all = briefs('对收到的申请，共答复45件。');
  assert.equal(all.length, 1);
  assert.deepEqual([all[0][1], all[0][4]], [47, '47']);
});
