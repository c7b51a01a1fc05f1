// brk156 #2: 商业机构 for 商业企业 (templates.md §7 item 6) in a 表三 header that `pdftotext -layout` wrapped over two
// lines (`商业企` over `业`, with `其他` set on a line between them) got no finding: the halves were read apart, and
// neither is a label or a whole word. The same mistake in a pipe table or an unwrapped header is a column-label
// warning. The wrapped halves are now joined by their place, as 表四's are, and the joined labels checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, corpusText, edit } from '../helpers.mjs';

const BASE = corpusText('peers/govnianbao_huaian-city_2024.txt');
const check = (text) => core.analyze(text).findings.filter((f) => f.ruleId !== 'page-break');
const UPPER = '                                        商业企      科研机     社会公益     法律服务';
const LOWER = '                                        业        构       组织       机构';

test('the wrapped header as published reads every column by its label, and checks clean', () => {
  assert.deepEqual(check(BASE).map((f) => f.ruleId), []);
  const cols = core.analyze(BASE).report.tables.t3.columns;
  for (const label of ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']) {
    assert.equal(cols.find((c) => c.label === label).match.kind, 'exact', label);
  }
});

test('商业机 over 构 (商业机构) is a column-label warning naming both halves; the fix writes 企 and 业 back', () => {
  const text = edit(edit(BASE, UPPER, UPPER.replace('商业企', '商业机')), LOWER, LOWER.replace('业  ', '构  '));
  const found = check(text);
  assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['column-label', 'warning']], found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“商业机构”（折行写作“商业机”“构”）与格式不一致，应为“商业企业”/);
  assert.equal(core.fixAll(text).text, BASE);
});

test('a misspelled lower half (科研机 over 关) is found too', () => {
  const text = edit(BASE, LOWER, LOWER.replace('构       组织', '关       组织'));
  const found = check(text);
  assert.deepEqual(found.map((f) => f.ruleId), ['column-label'], found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“科研机关”.*应为“科研机构”/);
  assert.equal(core.fixAll(text).text, BASE);
});
