// brk106 #18: completion details showed the template's internal ids (表三 R3.5.4, 表二 T2.5). They now say the table and
// where in it, as a reader names them: the 表二 item of a row or column, the 表三 row a row is under.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root } from './client.mjs';

const text = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = text.split('\n');
let s;
before(async () => { s = await session({ locale: 'en' }); });
after(async () => { await s.srv.stop(); });

const items = async (uri, label) => {
  const line = lines.findIndex((l) => l.startsWith(`| ${label}`));
  const r = await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line, character: 3 } });
  return Array.isArray(r) ? r : r.items;
};

test('row completion details name the table and the item or row above, never a template id', async () => {
  const uri = 'file:///tmp/nianbao-detail/r.nianbao.md';
  await s.openAndWait(uri, text);
  const t3 = await items(uri, '2.重复申请');
  const by = (l) => t3.find((i) => i.label === l)?.detail;
  assert.equal(by('2.重复申请'), '表三 · （五）不予处理');
  assert.equal(by('（七）总计'), '表三 · 三、本年度办理结果');
  assert.equal(by('一、本年新收政府信息公开申请数量'), '表三');
  assert.equal(by('三、本年度办理结果'), '表三 (group)');
  // (In a 表二 item's block only its own rows are offered: brk106 #5.)
  const t2 = await items(uri, '行政处罚');
  assert.equal(t2.find((i) => i.label === '行政强制')?.detail, '表二 · 第二十条第（六）项');
  for (const i of [...t3, ...t2]) assert.doesNotMatch(i.detail, /\b[RTBSCL]\d/, `${i.label}: ${i.detail}`);
});
