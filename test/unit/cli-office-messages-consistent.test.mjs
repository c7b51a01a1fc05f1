// brk130 #9: a folder holding only .wps/.xls/.ofd files said just "此文件夹中没有报告" (naming none), while .doc/.docx/
// .pdf were named with advice, and that advice told to run pandoc on the .doc (it cannot read one); a .wps was called
// a "Word 97–2003 文档" (WPS 文字's .wps is its own format); an .ofd alone was "a binary file that starts as a ZIP
// file does", with no advice. Folder and single-file messages now name each kind the same way with the same advice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, folderWith } from '../helpers.mjs';

const EN = { NIANBAO_LOCALE: 'en' };
const ole = (...streams) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1528), ...streams.map((s) => Buffer.from(s, 'utf16le'))]);
/** An OFD file's start: a ZIP whose first part is OFD.xml. */
const ofd = () => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(26), Buffer.from('OFD.xml<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>')]);

test('a folder of .wps, .xls and .ofd files names them, each with its advice as a file named alone gets', async () => {
  const cwd = folderWith({ 'd/2024年报.wps': ole('WordDocument'), 'd/表格.xls': ole('Workbook'), 'd/2024年报.ofd': ofd(), 'd/旧.et': ole('Workbook') });
  const zh = await runCli(['check', 'd'], { cwd });
  assert.equal(zh.code, 2);
  assert.match(zh.stderr, /d：此文件夹中没有报告（\*\.md、\*\.markdown、\*\.txt），只有 4 个 Office、PDF 或 OFD 文件（不是文本报告），已跳过：d\/2024年报\.ofd、d\/2024年报\.wps、d\/旧\.et、…；/);
  assert.match(zh.stderr, /OFD 版式文档（\.ofd），请在 OFD 阅读器.*导出.*Word 原件/);
  assert.match(zh.stderr, /WPS 文字文档（\.wps），请在 WPS 文字（或 Word）中另存为纯文本 \.txt/);
  assert.match(zh.stderr, /WPS 表格工作簿（\.et），检查的是报告全文/);
  assert.match(zh.stderr, /Excel 97–2003 工作簿（\.xls），检查的是报告全文/);
  const en = await runCli(['check', 'd'], { cwd, env: EN });
  assert.match(en.stderr, /only 4 office, PDF or OFD files \(not text reports\), which were skipped: .*a WPS Writer \(WPS 文字\) document \(\.wps\): save it from WPS Writer \(or Word\) as plain text/);
  // Each file alone: the same names.
  const one = await runCli(['check', 'd/2024年报.wps', 'd/2024年报.ofd', 'd/旧.et'], { cwd });
  assert.match(one.stderr, /2024年报\.wps：WPS 文字文档（\.wps），不是文本报告；请在 WPS 文字（或 Word）中另存为纯文本 \.txt/);
  assert.doesNotMatch(one.stderr, /Word 97–2003|开头是 ZIP/);
  assert.match(one.stderr, /2024年报\.ofd：OFD 版式文档（\.ofd），不是文本报告；请在 OFD 阅读器/);
  assert.match(one.stderr, /旧\.et：WPS 表格工作簿（\.et），不是文本报告；检查的是报告全文/);
});

test('a folder holding a .doc says to save it as .docx or .txt first, not to run pandoc on it', async () => {
  const cwd = folderWith({ 'd/2024年报.doc': ole('WordDocument'), 'd/2023年报.docx': Buffer.from('PK\x03\x04word/document.xml', 'latin1') });
  const zh = await runCli(['check', 'd'], { cwd });
  assert.equal(zh.code, 2);
  assert.match(zh.stderr, /Word 97–2003 文档（\.doc），请在 Word 或 WPS 中另存为纯文本 \.txt（编码选 UTF-8），或另存为 \.docx 后用 pandoc/);
  assert.match(zh.stderr, /Word 文档（\.docx），请先转成 Markdown 再检查：pandoc -t gfm 报告\.docx/);
  // A damaged .wps alone: a WPS 文字 document by its name, not a Word 97–2003 one.
  const wps = await runCli(['check', 'r.wps'], { cwd: folderWith({ 'r.wps': ole() }), env: EN });
  assert.match(wps.stderr, /r\.wps: a WPS Writer \(WPS 文字\) document \(\.wps\) by its name, but its document stream was not found/);
});
