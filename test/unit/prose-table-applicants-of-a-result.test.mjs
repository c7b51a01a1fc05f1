// prose-table on an applicant split of one 办理结果 (brk168 #1): `予以公开5件（自然人4件、商业企业1件）` matches 表三's
// 予以公开 row but was compared with the columns' 新收 (two errors on a correct report); after 其中, and after
// `予以公开的5件中，`, only 商业企业 (a column under 法人或其他组织) was still compared, 自然人 not. A split that
// follows a part of the applications is that part's, which 表三's 新收 cannot contradict: not compared, whatever the
// column, in brackets right after the part's count too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = EXAMPLE.split('\n')[14];
const withParagraph = (p) => EXAMPLE.replace(LINE, p);
const proseTable = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');
const HEAD = '全年新收政府信息公开申请46件，上年结转2件。';

test('an applicant split of one result (brackets, 其中, 的N件中): that result\'s, not compared with 新收', () => {
  for (const p of [
    `${HEAD}予以公开24件（自然人21件、商业企业2件、法律服务机构1件）。`,
    `${HEAD}予以公开24件，其中自然人21件、商业企业2件、法律服务机构1件。`,
    `${HEAD}无法提供7件（自然人6件、商业企业1件）。`,
    `${HEAD}办结47件，其中予以公开24件（自然人申请21件、商业企业申请2件、法律服务机构申请1件）。`,
    `${HEAD}予以公开的24件中，自然人申请21件，商业企业申请2件，法律服务机构申请1件。`,
    `${HEAD}无法提供7件（其中商业企业1件）。`,
  ]) assert.deepEqual(proseTable(withParagraph(p)).map((f) => f.message), [], p);
});

test('a split of the applications received is still compared with each column\'s 新收', () => {
  const fs = proseTable(withParagraph('全年新收政府信息公开申请46件（自然人39件、商业企业3件、社会公益组织1件、法律服务机构2件），上年结转2件。'));
  assert.deepEqual(fs.map((f) => [f.severity, f.actual, f.expected]), [['error', 39, 40]]);
  const [g, ...rest] = proseTable(withParagraph('全年新收政府信息公开申请46件，其中自然人申请40件，商业企业申请4件。'));
  assert.deepEqual([g.severity, g.actual, g.expected, rest.length], ['error', 4, 3, 0]);
});
