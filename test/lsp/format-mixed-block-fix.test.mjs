// format-mixed's block fix in the editor (breaker42 #5 and its fix-all observation): a 2019 表二 block pasted as
// tab-separated text into a 2021 report gets the replace-with-2021-block quick fix, not only "suppress"; the
// fix-all of the rule counts the findings it resolves (two findings of one block, one edit: "2 处").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, applyEdits, editsOf } from './client.mjs';
import { cleanDraft } from '../helpers.mjs';

const DRAFT = cleanDraft('2021');
const from = DRAFT.indexOf('| 信息内容'), to = DRAFT.indexOf('\n\n第二十条第（五）项');
/** The draft with its 第二十条第（一）项 table replaced by the 2019 block, as a Word/Excel paste writes it. */
const TSV = DRAFT.slice(0, from) + '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t1\t1\t12\n规范性文件\t5\t4\t31' + DRAFT.slice(to);

test('a tab-separated 2019 表二 block: the editor offers the 2021 block fix, and the rule\'s fix-all counts both findings it resolves', async () => {
  assert.ok(from > 0 && to > from);
  const s = await session();
  try {
    const uri = 'file:///tmp/nianbao-fm/tsv.nianbao.md';
    const ds = (await s.openAndWait(uri, TSV)).filter((d) => d.code === 'format-mixed');
    assert.equal(ds.length, 2, JSON.stringify(ds.map((d) => d.message)));
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: ds } });
    const titles = actions.map((a) => a.title);
    assert.equal(titles[0], '换成2021年格式的“第二十条第（一）项”表');
    assert.ok(titles.includes('修复本文档中全部 format-mixed 问题（2 处）'), titles.join('\n'));
    const fixed = applyEdits(TSV, editsOf(actions[0], uri));
    assert.match(fixed, /^\| 信息内容 +\| 本年制发件数 \| 本年废止件数 \| 现行有效件数 \|$/m);
    assert.match(fixed, /：规章：本年新制作数量 1，本年新公开数量 1，对外公开总数量 12；规范性文件：本年新制作数量 5，本年新公开数量 4，对外公开总数量 31 -->/);
    assert.doesNotMatch(fixed, /\t/);
  } finally {
    await s.srv.stop();
  }
});
