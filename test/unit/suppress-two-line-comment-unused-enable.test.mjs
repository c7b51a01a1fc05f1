// Suppression comments: disable-in-table on a comment over two lines, unused-disable-directive on a stray enable and
// on a disable-next-line ending the file (found by breaker23).
// breaker23 item 8: a suppression comment over two lines between table rows got no disable-in-table warning;
// --report-unused-disable said nothing of a nianbao-enable that ends no disable block, and told a disable-next-line
// ending the file only that nothing was reported there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const fixture = (name) => readFileSync(join(ROOT, 'test/fixtures/reports', name), 'utf8');
const of = (text, rule, options) => core.analyze(text, options).findings.filter((f) => f.ruleId === rule);

const odd = fixture('breaker23-r12-odd-comments.md');

test('disable-in-table: a suppression comment over two lines between table rows is said too, and the fix writes it on one line at the end of the row above (breaker23 item 8)', () => {
  const at = odd.split('\n').findIndex((l) => l === '<!-- nianbao-disable-next-line');
  assert.ok(at > 0);
  const found = of(odd, 'disable-in-table');
  assert.deepEqual(found.map((f) => [f.range.start.line, f.range.end.line]), [[at, at + 1]]);
  const fixed = core.applyFixes(odd, found[0].fix.edits).text.split('\n');
  assert.equal(fixed[at - 1], '| 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 |  | 0 | <!-- nianbao-disable-next-line sum-applicants -- 已核实 -->');
  assert.equal(fixed[at], '| 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 2 |');
  const after = fixed.join('\n');
  assert.deepEqual(of(after, 'disable-in-table'), []);
  // It still covers the next row only: 4.保护第三方合法权益's total stays suppressed, the other rows' are said as before.
  assert.ok(!of(after, 'sum-applicants').some((f) => f.range.start.line === at));
  assert.deepEqual(of(after, 'sum-applicants').map((f) => f.message), of(odd, 'sum-applicants').map((f) => f.message));
});

test('unused-disable-directive: an enable comment that ends no disable block, and a disable-next-line with no line after it (breaker23 item 8)', () => {
  const unused = (text) => of(text, core.UNUSED_DISABLE, { reportUnusedDisable: true }).map((f) => [f.range.start.line, f.message]);
  const n = odd.split('\n').length;
  const enable = odd.split('\n').indexOf('<!-- nianbao-enable sum-review -->');
  assert.deepEqual(unused(odd), [
    [enable, '<!-- nianbao-enable sum-review -->之前没有关闭 sum-review 的 nianbao-disable 注释，它不起作用，可以删除。'],
    [n - 1, '<!-- nianbao-disable-next-line cell-blank -->之后没有可屏蔽的行（它在文件末尾），可以删除。'],
  ]);
  const en = of(odd, core.UNUSED_DISABLE, { reportUnusedDisable: true, locale: 'en' }).map((f) => f.message);
  assert.deepEqual(en, ['Unused <!-- nianbao-enable sum-review --> (no nianbao-disable comment before it turns sum-review off).', 'Unused <!-- nianbao-disable-next-line cell-blank --> (there is no line after it: it ends the file).']);
  // With a disable above it, the enable is used; one more enable after it is not. An enable of every rule after a
  // disable of one rule ends that block.
  const t4 = odd.split('\n').findIndex((l) => l.startsWith('| 行政复议'));
  const withDisable = [...odd.split('\n').slice(0, t4), '<!-- nianbao-disable sum-review -->', ...odd.split('\n').slice(t4)].join('\n');
  assert.ok(!unused(withDisable).some(([, m]) => m.includes('nianbao-enable')));
  assert.deepEqual(unused(withDisable + '\n<!-- nianbao-enable sum-review -->').map(([, m]) => m).filter((m) => m.includes('enable')), ['<!-- nianbao-enable sum-review -->之前没有关闭 sum-review 的 nianbao-disable 注释，它不起作用，可以删除。']);
  assert.ok(!unused(withDisable.replace('<!-- nianbao-enable sum-review -->', '<!-- nianbao-enable -->')).some(([, m]) => m.includes('enable')));
  // The fix deletes the comment line.
  const f = of(odd, core.UNUSED_DISABLE, { reportUnusedDisable: true })[0];
  assert.ok(!core.applyFixes(odd, f.fix.edits).text.includes('<!-- nianbao-enable sum-review -->'));
});
