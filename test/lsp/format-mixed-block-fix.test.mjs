// format-mixed's block fix in the editor (breaker42 #5 and its fix-all observation): a 2019 表二 block pasted as
// tab-separated text into a 2021 report gets the replace-with-2021-block quick fix, not only "suppress"; the
// fix-all of the rule counts the findings it resolves (two findings of one block, one edit: "2 处"). A block whose
// columns do not map (第二十条第（一）项, brk105 #5) gets no quick fix, and the editor's fix-all leaves it too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, applyEdits, editsOf } from './client.mjs';
import { cleanDraft } from '../helpers.mjs';

const DRAFT = cleanDraft('2021');
const from = DRAFT.indexOf('| 信息内容 | 本年处理决定数量 |'), to = DRAFT.indexOf('\n\n第二十条第（六）项');
/** The draft with its 第二十条第（五）项 table replaced by the 2019 block, as a Word/Excel paste writes it. */
const TSV = DRAFT.slice(0, from) + '信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t12\t-1\t305\n其他对外管理服务事项\t3\t0\t41' + DRAFT.slice(to);
const from1 = DRAFT.indexOf('| 信息内容'), to1 = DRAFT.indexOf('\n\n第二十条第（五）项');
/** The draft with its 第二十条第（一）项 table replaced by the 2019 block, tab-separated. */
const TSV1 = DRAFT.slice(0, from1) + '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t1\t1\t12\n规范性文件\t5\t4\t31' + DRAFT.slice(to1);

test('a tab-separated 2019 表二 block: the editor offers the 2021 block fix, and the rule\'s fix-all counts both findings it resolves', async () => {
  assert.ok(from > 0 && to > from);
  const s = await session();
  try {
    const uri = 'file:///tmp/nianbao-fm/tsv.nianbao.md';
    const ds = (await s.openAndWait(uri, TSV)).filter((d) => d.code === 'format-mixed');
    assert.equal(ds.length, 2, JSON.stringify(ds.map((d) => d.message)));
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: ds } });
    const titles = actions.map((a) => a.title);
    assert.equal(titles[0], '换成2021年格式的“第二十条第（五）项”表');
    assert.ok(titles.includes('修复本文档中全部 format-mixed 问题（2 处）'), titles.join('\n'));
    const fixed = applyEdits(TSV, editsOf(actions[0], uri));
    assert.match(fixed, /^\| 信息内容 \| 本年处理决定数量 \|$/m);
    assert.match(fixed, /^\| 行政许可 \| 305 +\|$/m);
    assert.match(fixed, /：行政许可：上一年项目数量 12，本年增\/减 -1；其他对外管理服务事项：上一年项目数量 3，本年增\/减 0，处理决定数量 41 -->/);
    assert.doesNotMatch(fixed, /\t/);
    // The editor's fix-all (on save) makes the same change.
    const all = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: [], only: ['source.fixAll.nianbao'] } });
    assert.equal(all.length, 1, JSON.stringify(all.map((a) => a.title)));
    assert.equal(applyEdits(TSV, editsOf(all[0], uri)), fixed);
  } finally {
    await s.srv.stop();
  }
});

test('a tab-separated 2019 第二十条第（一）项 block: no quick fix (only suppress), the message says why; fix-all leaves it', async () => {
  assert.ok(from1 > 0 && to1 > from1);
  const s = await session();
  try {
    const uri = 'file:///tmp/nianbao-fm/tsv1.nianbao.md';
    const ds = (await s.openAndWait(uri, TSV1)).filter((d) => d.code === 'format-mixed');
    assert.equal(ds.length, 2, JSON.stringify(ds.map((d) => d.message)));
    assert.match(ds[0].message, /未能自动换成2021年格式的表（2019年格式的列与2021年格式的列没有确定的对应关系/);
    const actions = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: ds } });
    assert.deepEqual(actions.filter((a) => !a.title.includes('屏蔽')).map((a) => a.title), []);
    const all = await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: [], only: ['source.fixAll.nianbao'] } });
    assert.deepEqual(all, [], 'nothing to fix');
  } finally {
    await s.srv.stop();
  }
});
