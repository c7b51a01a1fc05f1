// fixC #2: an OLE file (the container of Office 97–2003 files) was "a binary file (it starts as an OLE file does)"
// unless a WordDocument stream was found in it: a damaged or fake .doc, and every .xls and .ppt, said nothing of what
// the file is or what to do. Now the streams tell Word, Excel and PowerPoint apart; one whose streams say none of
// them is named by its file name (a .doc a Word document, damaged maybe, with how to convert it), and one with no
// telling name is an Office 97–2003 file with the Word conversion. Exit code 2 (unreadable file) throughout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, folderWith } from '../helpers.mjs';

const EN = { NIANBAO_LOCALE: 'en' };
/** An OLE header (its signature and an empty sector), and the UTF-16LE names of `streams` as its directory holds them. */
const ole = (...streams) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1528), ...streams.map((s) => Buffer.from(s, 'utf16le'))]);

test('an OLE .doc without a WordDocument stream is a Word document by its name, maybe damaged, with the conversion', async () => {
  const cwd = folderWith({ '报告2024.doc': ole() });
  const zh = await runCli(['check', '报告2024.doc'], { cwd });
  assert.equal(zh.code, 2);
  assert.match(zh.stderr, /报告2024\.doc：按文件名是 Word 97–2003 文档（\.doc），但其中没有找到应有的内容（文件可能已损坏或不完整）；.*另存为纯文本 \.txt.*pandoc -t gfm/);
  assert.doesNotMatch(zh.stderr, /OLE 文件的标记|二进制文件/);
  const en = await runCli(['check', '报告2024.doc'], { cwd, env: EN });
  assert.match(en.stderr, /报告2024\.doc: a Word 97–2003 document \(\.doc\) by its name, but its document stream was not found in it \(the file may be damaged or incomplete\); .*Open and Repair.*plain text \(\.txt, in UTF-8\)/);
  assert.doesNotMatch(en.stderr, /an OLE file does/);
});

test('real .xls and .ppt files are named by their streams (Excel workbook, PowerPoint presentation), whatever their names', async () => {
  const cwd = folderWith({ 'a.xls': ole('Workbook'), 'b.ppt': ole('PowerPoint Document'), 'c.txt': ole('Workbook') });
  const en = await runCli(['check', 'a.xls', 'b.ppt', 'c.txt'], { cwd, env: EN });
  assert.equal(en.code, 2);
  assert.match(en.stderr, /a\.xls: an Excel 97–2003 workbook \(\.xls\), not a text report; .*check the report itself/);
  assert.match(en.stderr, /b\.ppt: a PowerPoint 97–2003 presentation \(\.ppt\), not a text report/);
  assert.match(en.stderr, /c\.txt: an Excel 97–2003 workbook \(\.xls\), not a text report/);
});

test('damaged .xls and .ppt are named by their names; an OLE file with no telling name is an Office 97–2003 file', async () => {
  const cwd = folderWith({ 'a.xls': ole(), 'b.ppt': ole(), 'report': ole() });
  const en = await runCli(['check', 'a.xls', 'b.ppt', 'report'], { cwd, env: EN });
  assert.equal(en.code, 2);
  assert.match(en.stderr, /a\.xls: an Excel 97–2003 workbook \(\.xls\) by its name, but its document stream was not found/);
  assert.match(en.stderr, /b\.ppt: a PowerPoint 97–2003 presentation \(\.ppt\) by its name/);
  assert.match(en.stderr, /report: an Office 97–2003 file \(an OLE compound file such as \.doc, \.xls or \.ppt\), not a text report; if the report is a Word document, save it/);
});

test('a real .doc (WordDocument stream) keeps its message', async () => {
  const cwd = folderWith({ 'r.doc': ole('WordDocument') });
  const en = await runCli(['check', 'r.doc'], { cwd, env: EN });
  assert.match(en.stderr, /r\.doc: a Word 97–2003 document \(\.doc\), not a text report; save it from Word or WPS as plain text/);
});
