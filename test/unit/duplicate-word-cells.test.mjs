// duplicate-word across cells (helper-226 A1): a spreadsheet's header with a merged cell unmerged and filled
// (`申请人情况⇥申请人情况⇥…`) read as the prose `请人情况申` doubled (the copies' boundary touching, a tab inside
// each copy); the fix deleted five of the seven cells, tabs and all. Every character of the copies must touch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const withLine = (s) => example.split('\n').map((l, i) => (i === 10 ? s : l)).join('\n');
const doubled = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'duplicate-word');

test('words repeated in cells a tab apart are no doubled word, and --fix deletes nothing', () => {
  for (const s of ['申请人情况\t申请人情况\t申请人情况\t申请人情况', '行政许可\t行政许可\t行政许可', '信息内容\t信息内容']) {
    const text = withLine(s);
    assert.deepEqual(doubled(text).map((f) => f.message), [], JSON.stringify(s));
    assert.equal(core.fixAll(text).text, text);
  }
});

test('a word doubled in running text is still found and fixed; a third copy after a tab is not part of the run', () => {
  const text = withLine('本机关科技计划资金资金分配结果已公开。');
  assert.equal(doubled(text).length, 1);
  assert.ok(core.fixAll(text).text.includes('科技计划资金分配结果'));
  const tabbed = withLine('本机关资金资金\t资金分配结果已公开。');
  const f = doubled(tabbed);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /“资金”重复了/);
});
