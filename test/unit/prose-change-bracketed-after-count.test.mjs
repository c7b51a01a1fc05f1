// A change against last year written in brackets right after its count (brk169 #2): `申请45件（较上年的40件增加5件）`
// and `45件（上年40件，增长12.5%）` were not read as changes, so prose-table's --fix wrote 46 and left 增加5件 / 12.5%
// wrong, and prose-change said nothing of the fixed text either. Now the change is read as it is without the
// brackets: prose-change checks it, and prose-table names it and does not fix the count alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = EXAMPLE.split('\n')[14];
const withParagraph = (p) => EXAMPLE.replace(LINE, p);
const findingsOf = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table' || f.ruleId === 'prose-change');
const TAIL = '上年结转2件，办结47件。';

test('a wrong count with its change in brackets: said with the change, not fixed (the fix would leave the change wrong)', () => {
  for (const [s, change] of [['全年新收政府信息公开申请45件（较上年的40件增加5件），', '较上年的40件增加5件'], ['全年新收政府信息公开申请45件（上年40件，增长12.5%），', '（上年40件，增长12.5%）']]) {
    const text = withParagraph(s + TAIL);
    const fs = findingsOf(text);
    assert.deepEqual(fs.map((f) => [f.ruleId, f.severity, Boolean(f.fix)]), [['prose-table', 'error', false]], s);
    assert.ok(fs[0].message.includes(`句中的“${change}”是按正文的 45 算出的：若改为 46，它也不再成立（46件比40件多 6件）`), fs[0].message);
    assert.equal(core.fixAll(text).text, text, s);
  }
});

test('the count right, the change in brackets wrong: prose-change reports it', () => {
  const [a] = findingsOf(withParagraph('全年新收政府信息公开申请46件（较上年的40件增加5件），' + TAIL));
  assert.equal(a.ruleId, 'prose-change');
  assert.match(a.message, /“较上年的40件增加5件”：46 − 40 = 6，正文写增加 5件/);
  const [b] = findingsOf(withParagraph('全年新收政府信息公开申请46件（上年40件，增长12.5%），' + TAIL));
  assert.equal(b.ruleId, 'prose-change');
  assert.match(b.message, /“（上年40件，增长12\.5%）”：\(46 − 40\) \/ 40 = 15\.0%，正文写增长 12\.5%/);
});

test('a change in brackets that holds: nothing to report', () => {
  for (const s of ['全年新收政府信息公开申请46件（较上年的40件增加6件），', '全年新收政府信息公开申请46件（上年40件，增长15%），', '全年新收政府信息公开申请46件（比上年的40件增加6件，增长15%），']) {
    assert.deepEqual(findingsOf(withParagraph(s + TAIL)).map((f) => f.message), [], s);
  }
});
