// brk109 #3: where a report in traditional characters shows no form of its own, an inserted 表三 read `勾稽關系`
// and `另行制作`: each character in OpenCC's usual form, whatever the word (关系 is 關係, 制作 製作). The template's
// words whose characters' forms depend on the word are in text/traditional-phrases.json, made by
// scripts/traditional-phrases.mjs from OpenCC's phrase conversion; that file must be what the script writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

test('traditional-phrases.json is what scripts/traditional-phrases.mjs writes from the template data (no drift)', () => {
  // (Exits 1 with a message when the file differs.)
  execFileSync(process.execPath, [join(ROOT, 'scripts/traditional-phrases.mjs'), '--check'], { stdio: 'pipe' });
});

test('inTraditional writes a character in the form its word takes, when the document shows none', () => {
  assert.equal(core.inTraditional('（本列数据的勾稽关系为：'), '（本列數據的勾稽關係爲：');
  assert.equal(core.inTraditional('2.没有现成信息需要另行制作'), '2.沒有現成信息需要另行製作');
  assert.equal(core.inTraditional('2.重复申请'), '2.重複申請');
  // The document's own form still wins (it writes 制作 as 制作 beside the same neighbour).
  assert.equal(core.inTraditional('另行制作', '需要另行制作。'), '另行制作');
  // A word form that would not read back as the template's word (覆 of 反覆 is no traditional form of 复 here) is not taken.
  assert.equal(core.inTraditional('4.无正当理由大量反复申请'), '4.無正當理由大量反復申請');
});
