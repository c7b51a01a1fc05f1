// brk106 #15: a .nianbao.md draft begun with `## 一、总体情况` (one template section, no title, no 统计期限) was told
// "未识别为年度报告（没有标题、统计期限或模板章节）" while its status said it is a report file (isReport) not checked. The
// note now says what the text has: no title or 统计期限 and only one template section (three make a report without
// them), and what to write to have it checked; the status agrees (a report file, not checked). The CLI prints the same.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { session } from './client.mjs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers.mjs';

let s;
before(async () => { s = await session(); });
after(async () => { await s.srv.stop(); });

const DRAFT = '## 一、总体情况\n\n本局2024年认真落实条例。\n';

test('one template section, no title or 统计期限: the note names the section found and the title to write; the status agrees', async () => {
  const uri = 'file:///tmp/nianbao-few/draft.nianbao.md';
  const ds = await s.openAndWait(uri, DRAFT, 'nianbao');
  assert.deepEqual(ds.map((d) => d.code), ['not-checked']);
  assert.doesNotMatch(ds[0].message, /没有标题、统计期限或模板章节/);
  assert.match(ds[0].message, /^未识别为年度报告（没有标题和统计期限，模板章节只有 1 个：“一、总体情况”/);
  assert.match(ds[0].message, /写上标题/);
  const st = await s.srv.request('nianbao/getStatus', { uri });
  assert.deepEqual([st.isReport, st.checked], [true, false]);
});

test('nianbao check names the same reason, in English too; a title that names no year is said so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-few-'));
  const check = async (text, locale = 'zh') => {
    writeFileSync(join(dir, 'draft.nianbao.md'), text);
    return (await runCli(['check', '--locale', locale, 'draft.nianbao.md'], { cwd: dir })).stderr;
  };
  try {
    assert.match(await check(DRAFT), /模板章节只有 1 个：“一、总体情况”/);
    assert.match(await check(DRAFT, 'en'), /no title or 统计期限, and only one template section: 一、总体情况; without a title or 统计期限 it takes three/);
    assert.match(await check(`${DRAFT}\n## 二、主动公开政府信息情况\n\n文字。\n`, 'en'), /only 2 template sections: 一、总体情况, 二、主动公开政府信息情况/);
    assert.match(await check('# 某某局政府信息公开工作年度报告\n\n正文。\n'), /标题“某某局政府信息公开工作年度报告”中没有年度/);
    assert.match(await check('你好。\n'), /没有标题、统计期限或模板章节/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
