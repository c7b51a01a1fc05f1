// The count still pending in other everyday words (brk141 #8): `剩余2件继续办理`, `2件申请仍需继续办理`,
// `除2件尚在答复期内外，其余均已办结`, `2件仍在法定答复期限内` are 结转下年度继续办理, as 正在办理 and 仍在办理 are.
// Base: examples/correct-2024.nianbao.md (表三: 新收 46, 上年结转 2, 总计 47, 结转下年度 1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SENTENCE = /^全年新收政府信息公开申请46件.*$/m;
const found = (s) => core.checkReport(core.parseReport(CORRECT.replace(SENTENCE, s)))
  .filter((f) => f.ruleId.startsWith('prose-')).map((f) => ({ rule: f.ruleId, message: f.message, fix: f.fix?.edits?.[0]?.newText }));
const HEAD = '全年新收政府信息公开申请46件，上年结转2件，';

test('the base holds the sentence', () => assert.ok(SENTENCE.test(CORRECT)));

test('a wrong pending count in everyday words contradicts 结转下年度继续办理, and is fixed', () => {
  for (const [tail, quoted] of [
    ['办结47件，剩余2件继续办理。', '2件继续办理'],
    ['办结47件，2件申请仍需继续办理。', '2件申请仍需继续办理'],
    ['除2件尚在答复期内外，其余均已办结。', '2件尚在答复期内'],
    ['办结47件，2件仍在法定答复期限内。', '2件仍在法定答复期限内'],
  ]) {
    const out = found(HEAD + tail);
    assert.equal(out.length, 1, tail);
    assert.equal(out[0].rule, 'prose-table');
    // (The quote is the whole clause around the count: words around it, `剩余`, `除…外`, may be in it too.)
    const m = /^正文“([^”]*)”与表三不一致：表三的结转下年度继续办理为 1，正文写 2/.exec(out[0].message);
    assert.ok(m && m[1].includes(quoted), out[0].message);
    assert.equal(out[0].fix, '1');
  }
});

test('the right pending count in those words says nothing', () => {
  for (const tail of ['办结47件，剩余1件继续办理。', '办结47件，剩余1件需继续办理。', '除1件尚在答复期内外，其余均已办结。', '办结47件，1件仍在法定答复期限内。', '办结47件，另有1件因尚在法定答复期限内，结转至2025年继续办理。'])
    assert.deepEqual(found(HEAD + tail), [], tail);
});
