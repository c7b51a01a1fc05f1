// 表三 in a pandoc-3 grid table whose header spans several rows (Word's merged header cells): 申请人情况 over all
// columns, then 自然人 | 法人或其他组织 | 总计, then the five 法人或其他组织 columns wrapped over two lines inside one
// row (`商业企` over `业`), with partial borders (`|   |   +----+----+   |`) under the merged cells. breaker22 item 1:
// the wrapped labels were read one line at a time (column-label “商业企” → 商业企业 for a correct label), the columns
// in the template's order (false carry-over, no column-order), and the fix wrote 商业企业 over 商业企 keeping 业 and
// widened only some border lines. Inputs: the breaker's files, copied into test/data/grid/spanhdr/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, rowValues } from '../helpers.mjs';

const read = (name) => readFileSync(join(ROOT, 'test/data/grid/spanhdr', name), 'utf8');
const R02D = read('r02d-grid-spanhdr-2022.md');
const Y2021 = read('linchuan-2021.md');
const Y2022 = read('linchuan-2022.md');
const rules = (findings, ...ids) => findings.filter((f) => ids.includes(f.ruleId));
const check = (text, previous) => core.checkReport(core.parseReport(text), previous ? { locale: 'zh', previous: core.parseReport(previous) } : { locale: 'zh' });

test('correctly spelled labels wrapped inside a spanning grid header are read whole: no column-label', () => {
  const found = check(Y2022, Y2021);
  assert.deepEqual(rules(found, 'column-label').map((f) => f.message), []);
  for (const c of core.parseReport(Y2022).tables.t3.columns.filter((c) => c.id !== 'corner')) assert.equal(c.match.kind, 'exact', c.label);
});

test('the columns of a spanning grid header are read in the printed order: column-order, no false carry-over', () => {
  const found = check(Y2022, Y2021);
  assert.deepEqual(rules(found, 'carry-over', 'cell-count', 'sum-applicants').map((f) => f.message), []);
  const order = rules(found, 'column-order');
  assert.equal(order.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(order[0].severity, 'info');
  // Printed 自然人 商业机构 社会公益组织 科研机构 …: 科研机构 is the fourth number of the row, 社会公益组织 the third.
  assert.deepEqual(rowValues(core.parseReport(R02D), 't3', 'R1'), [8, 2, 1, 0, 1, 0, 12]);
  assert.equal(rules(check(R02D), 'column-order').length, 1);
});

test('a misspelt wrapped label in a spanning grid header is reported once, whole, and fixed piece by piece', () => {
  const found = rules(check(R02D), 'column-label');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“商业机构”（折行写作“商业机”“构”）与格式不一致，应为“商业企业”/);
  const before = R02D.split('\n');
  const after = core.fixAll(R02D).text.split('\n');
  // Only the two pieces change, in place: every line keeps its length and the grid its borders.
  const changed = after.map((l, i) => (l === before[i] ? -1 : i)).filter((i) => i >= 0);
  assert.deepEqual(changed.map((i) => [before[i].replace(/\s+/g, ' '), after[i].replace(/\s+/g, ' ')]), [
    ['| | | 商业机 | 社会公 | 科研机 | 法律服 | 其他 | |', '| | | 商业企 | 社会公 | 科研机 | 法律服 | 其他 | |'],
    ['| | | 构 | 益组织 | 构 | 务机构 | | |', '| | | 业 | 益组织 | 构 | 务机构 | | |'],
  ]);
  for (const i of changed) assert.equal(after[i].length, before[i].length);
  assert.deepEqual(rules(check(after.join('\n')), 'column-label'), []);
  // The correct report's header is left as it is.
  assert.equal(core.fixAll(Y2022, { previous: core.parseReport(Y2021) }).text.split('\n').slice(58, 67).join('\n'), Y2022.split('\n').slice(58, 67).join('\n'));
});

test('a grid header cell wrapped over lines but not read joined gets no fix that would keep the other piece', () => {
  // A ragged second line (its last cell lost) keeps the row from being joined: 商业企 is read alone. Whatever is said
  // of it, no fix may write 商业企业 over 商业企 and leave 业 below it.
  const lines = Y2022.split('\n');
  const top = lines.findIndex((l) => l.includes('| 商业企 |'));
  lines[top + 1] = lines[top + 1].replace(/ +\|$/, '');
  const ragged = lines.join('\n');
  for (const f of rules(check(ragged), 'column-label')) assert.equal(f.fix, undefined, f.message);
  assert.equal(core.fixAll(ragged).text.split('\n').slice(58, 67).join('\n'), lines.slice(58, 67).join('\n'));
});

test('a partial border beside the merged corner cell\'s text still ends the rows beside it', () => {
  // The corner note written further down, so that it stands on the partial border's line (`| 第三项加第四项 +----+`
  // is then `| 第三项加第四项   |        +--------+…`) and beside the wrapped labels: they are still read whole.
  const lines = Y2022.split('\n');
  const border = lines.findIndex((l) => /^\| +\| +\+-+\+/.test(l));
  const corner = (l, text) => `| ${text}${' '.repeat(25 - 2 * [...text].length)}${l.slice(l.indexOf('|', 1))}`;
  lines[border] = corner(lines[border], '第三项加第四项');
  lines[border + 1] = corner(lines[border + 1], '之和）');
  assert.match(lines[border], /^\| 第三项加第四项 +\| +\+--------\+/);
  const text = lines.join('\n');
  const found = check(text);
  assert.deepEqual(rules(found, 'column-label', 'cell-count').map((f) => f.message), []);
  assert.equal(rules(found, 'column-order').length, 1);
  assert.equal(core.fixAll(text).text, text);
});
