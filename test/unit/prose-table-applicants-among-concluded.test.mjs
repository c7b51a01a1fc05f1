// prose-table on an applicant split of the applications concluded with their count left unwritten (brk169 #1):
// `办结的申请中，自然人申请41件` and `在已办结的申请中，自然人提出的41件…` were read as 新收 (表三: 40) and reported as
// errors, though the clause says they are among those concluded: the 自然人 column's （七）总计 (41), as with the count
// written (`办结的47件申请中，自然人申请41件`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = EXAMPLE.split('\n')[14];
const withParagraph = (p) => EXAMPLE.replace(LINE, p);
const proseTable = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');
const HEAD = '全年新收政府信息公开申请46件，上年结转2件，办结47件。';

test('办结的申请中 / 在已办结的申请中 without the count: the column\'s （七）总计, nothing to report', () => {
  for (const p of [
    `${HEAD}办结的申请中，自然人申请41件，占87.2%。`,
    `${HEAD}在已办结的申请中，自然人提出的41件，法人或其他组织提出的6件。`,
    '全年新收政府信息公开申请46件，上年结转2件。办结47件，其中予以公开24件，部分公开6件；予以公开和部分公开合计占63.8%。办结的申请中，自然人申请41件，占87.2%。',
    `${HEAD}已答复的政府信息公开申请中，自然人41件，法人或其他组织6件。`,
  ]) assert.deepEqual(proseTable(withParagraph(p)).map((f) => f.message), [], p);
});

test('a wrong column figure among those concluded is compared with the column\'s （七）总计', () => {
  const [f] = proseTable(withParagraph(`${HEAD}办结的申请中，自然人申请40件。`));
  assert.equal(f.severity, 'error');
  assert.deepEqual([f.actual, f.expected], [40, 41]);
  assert.match(f.message, /自然人列的办理结果总计为 41/);
  const [g, ...rest] = proseTable(withParagraph(`${HEAD}在已办结的申请中，自然人提出的41件，法人或其他组织提出的7件。`));
  assert.deepEqual([g.actual, g.expected, rest.length], [7, 6, 0]);
});

test('a part named between (办结的申请中，网上申请30件，其中自然人申请26件) is that part\'s, not compared', () => {
  assert.deepEqual(proseTable(withParagraph(`${HEAD}办结的申请中，网上申请30件，其中自然人申请26件。`)), []);
});
