// prose-table on an "all concluded" claim after a stated total of the year's applications (brk169 #3): 表三 carries 1
// to next year, so not all 48 were concluded; `…上年结转2件，合计48件，办结率100%` (共48件, 共计48件…已全部办结, 共需办理48件，
// 已全部办结) gave nothing, while without the total the same claims were errors; and `合计48件，办结48件` was only an info
// whose message said the count did not follow the total. The total counts the same applications as the counts before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const LINE = EXAMPLE.split('\n')[14];
const withParagraph = (p) => EXAMPLE.replace(LINE, p);
const proseTable = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');

test('办结率100% / 已全部办结 after 合计/共/共计/共需办理 48件: an error, as without the total', () => {
  for (const [p, phrase] of [
    ['全年新收政府信息公开申请46件，上年结转2件，合计48件，办结率100%。', '办结率100%'],
    ['全年新收政府信息公开申请46件，上年结转2件，共48件，办结率100%。', '办结率100%'],
    ['全年新收政府信息公开申请46件，上年结转2件，共计48件，已全部办结。', '已全部办结'],
    ['全年新收政府信息公开申请46件，加上上年结转的2件，共需办理48件，已全部办结。', '已全部办结'],
  ]) {
    const fs = proseTable(withParagraph(p));
    assert.deepEqual(fs.map((f) => [f.severity, Boolean(f.fix)]), [['error', false]], p);
    assert.ok(fs[0].message.startsWith(`正文“${phrase}”说`), fs[0].message);
    assert.match(fs[0].message, /结转下年度继续办理为 1/);
  }
});

test('办结48件 right after the total 合计48件: the year\'s total concluded, an error fixed to 47', () => {
  const text = withParagraph('全年新收政府信息公开申请46件，上年结转2件，合计48件，办结48件。');
  const fs = proseTable(text);
  assert.deepEqual(fs.map((f) => [f.severity, f.actual, f.expected, f.fix?.edits[0].newText]), [['error', 48, 47, '47']]);
  assert.doesNotMatch(fs[0].message, /紧跟在全年受理或收到申请的总数之后/);
  assert.deepEqual(proseTable(core.fixAll(text).text), []);
});

test('the same sentences agreeing with 表三: nothing to report', () => {
  for (const p of [
    '全年新收政府信息公开申请46件，上年结转2件，合计48件，办结47件，结转下年度继续办理1件。',
    '全年新收政府信息公开申请46件，上年结转2件，共计48件，办结47件，办结率97.9%。',
    '全年新收政府信息公开申请46件，上年结转2件，共需办理48件，已办结47件，其中予以公开24件。',
  ]) assert.deepEqual(proseTable(withParagraph(p)).map((f) => f.message), [], p);
});
