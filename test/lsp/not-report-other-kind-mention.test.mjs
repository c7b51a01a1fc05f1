// brk136 #2: a file holding only `# 会议纪要` over `今天开会。` (or `# 通知`), opened as a report, was told it is "一份会议纪要，
// 只是提到了年度报告，不是年度报告本身" ("a meeting minutes that mentions an annual report…"), though it names no annual
// report at all. The note says it mentions one only when it does (年度报告, 年报, or the 统计期限); in English, minutes are
// "a set of meeting minutes". The editor and `nianbao check` say the same.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { session } from './client.mjs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, runCli } from '../helpers.mjs';

let zh, en;
before(async () => { zh = await session(); en = await session({ locale: 'en' }); });
after(async () => { await zh.srv.stop(); await en.srv.stop(); });

const MINUTES = '# 会议纪要\n\n今天开会。\n';
const NOTICE = '# 通知\n\n请各单位按时报送材料。\n';
const MENTIONING = '# 会议纪要\n\n会议研究了2024年政府信息公开工作年度报告的编制工作。\n';

test('a document of another kind that names no annual report is not said to mention one', () => {
  assert.deepEqual(core.parseReport(MINUTES).extras.writtenAbout, { zh: '一份会议纪要，不是年度报告', en: 'a set of meeting minutes, not an annual report' });
  assert.deepEqual(core.parseReport(NOTICE).extras.writtenAbout, { zh: '一份通知，不是年度报告', en: 'a notice, not an annual report' });
  // One that does name the report is still said to mention it.
  assert.deepEqual(core.parseReport(MENTIONING).extras.writtenAbout, { zh: '一份会议纪要，只是提到了年度报告，不是年度报告本身', en: 'a set of meeting minutes that mentions an annual report, not the report itself' });
});

test('the editor\'s not-checked note says the same, in Chinese and English', async () => {
  const uri = 'file:///tmp/nianbao-kind/notes.nianbao.md';
  const z = await zh.openAndWait(uri, MINUTES, 'nianbao');
  assert.deepEqual(z.map((d) => d.code), ['not-checked']);
  assert.doesNotMatch(z[0].message, /提到了年度报告/);
  assert.match(z[0].message, /^一份会议纪要，不是年度报告/);
  const e = await en.openAndWait(uri, MINUTES, 'nianbao');
  assert.doesNotMatch(e[0].message, /mentions|a meeting minutes/);
  assert.match(e[0].message, /^A set of meeting minutes, not an annual report; nothing checked\.$/);
  const n = await zh.openAndWait('file:///tmp/nianbao-kind/notice.nianbao.md', NOTICE, 'nianbao');
  assert.match(n[0].message, /^一份通知，不是年度报告/);
});

test('nianbao check prints the same note', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-kind-'));
  writeFileSync(join(dir, 'notes.nianbao.md'), MINUTES);
  const z = await runCli(['check', 'notes.nianbao.md'], { cwd: dir });
  assert.match(z.stderr, /notes\.nianbao\.md：一份会议纪要，不是年度报告，未检查/);
  const e = await runCli(['check', '--locale', 'en', 'notes.nianbao.md'], { cwd: dir });
  assert.match(e.stderr, /notes\.nianbao\.md: A set of meeting minutes, not an annual report; nothing checked\./);
});
