// Last year's counts in brackets (brk186 #8): `申请46件（上年同期为56件，其中予以公开30件）`, `办结47件（上年办结55件，其中
// 予以公开30件）`: a bracket opening with 上年, 上年同期, 去年 or 去年同期 makes the counts in it last year's, as one
// opening with `2023年` does; after it closes the clauses are this year's again. Base: examples/correct-2024.nianbao.md
// (表三: 新收 46, 上年结转 2, 办理结果总计 47 of which 予以公开 24, 结转下年度继续办理 1), its 表三 sentence rewritten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, proseTableOf } from '../helpers.mjs';

const BASE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = BASE.split('\n').find((l) => l.startsWith('全年新收政府信息公开申请46件'));
/** The prose-table findings of the base with its 表三 sentence replaced by `sentence`: words, table, prose, severity. */
const found = (sentence) => proseTableOf(BASE.replace(LINE, sentence)).map((f) => [f.message.match(/正文“([^”]+)”/)[1], f.expected, f.actual, f.severity]);

test('counts in a bracket opening with last year are last year\'s', () => {
  for (const last of ['上年同期', '上年', '去年', '去年同期', '2023年']) {
    for (const s of [
      `全年新收政府信息公开申请46件（${last}为56件，其中予以公开30件），上年结转2件；办结47件，其中予以公开24件；结转下年度继续办理1件。`,
      `全年新收政府信息公开申请46件，上年结转2件；办结47件（${last}办结55件，其中予以公开30件），结转下年度继续办理1件。`,
    ]) assert.deepEqual(found(s), [], s);
  }
});

test('after the bracket closes the counts are this year\'s again', () => {
  const s = '全年新收政府信息公开申请46件（上年同期为56件，其中予以公开30件），上年结转2件；办结47件，其中予以公开30件；结转下年度继续办理1件。';
  assert.deepEqual(found(s).map(([w, e, a]) => [w, e, a]), [['予以公开30件', 24, 30]]);
  // (A bracket of this year's own count, `（上年结转2件）`, is no other year's.)
  assert.ok(found('全年受理政府信息公开申请49件（含上年结转3件），办结47件，结转下年度继续办理1件。').some(([w, e, a]) => w === '上年结转3件' && e === 2 && a === 3));
});

// A change in per cent said before the count (brk186 #13): `申请较上年下降19.6%，共45件` counts 45, as `申请共45件` does.
test('a count after a change in per cent is the phrase\'s', () => {
  for (const change of ['较上年下降19.6%，共45件', '同比下降19.6%，为45件']) {
    const s = `全年新收政府信息公开申请${change}，上年结转2件；办结47件，其中予以公开24件；结转下年度继续办理1件。`;
    assert.deepEqual(found(s).map(([, e, a]) => [e, a]), [[46, 45]], s);
    assert.deepEqual(found(s.replace('45件', '46件')), [], s);
  }
});
