// Word and PDF input (brk123 #5): a .docx was "a binary file that starts as a ZIP file does", with no word on what to
// do, although README says the checker reads pandoc's Markdown of a Word report and `pdftotext -layout` output. It
// now names the file's kind and the conversion, also for a folder holding only such files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { runCli, folderWith } from '../helpers.mjs';

const EN = { NIANBAO_LOCALE: 'en' };

/** The start of a .docx as Word writes it: a ZIP whose parts include word/document.xml (then compressed bytes). */
function docx() {
  const name = Buffer.from('word/document.xml');
  const header = Buffer.alloc(30);
  header.write('PK\x03\x04', 0, 'latin1');
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, zlib.deflateRawSync(Buffer.from('<w:document><w:body><w:p><w:r><w:t>某某局2024年政府信息公开工作年度报告</w:t></w:r></w:p></w:body></w:document>'))]);
}

const dirWith = folderWith;

test('a .docx is called a Word document, a PDF a PDF, each with how to convert it; exit code 2', async () => {
  const cwd = dirWith({ '报告2024.docx': docx(), '报告2024.pdf': Buffer.concat([Buffer.from('%PDF-1.7\n'), zlib.deflateSync(Buffer.alloc(4000, 7))]) });
  const zh = await runCli(['check', '报告2024.docx', '报告2024.pdf'], { cwd });
  assert.equal(zh.code, 2);
  assert.match(zh.stderr, /报告2024\.docx：Word 文档（\.docx），不是文本报告；请先转成 Markdown 再检查：pandoc -t gfm 报告\.docx -o 报告\.md/);
  assert.doesNotMatch(zh.stderr, /ZIP/);
  assert.match(zh.stderr, /报告2024\.pdf：PDF 文件，不是文本报告；请先转成文本再检查：pdftotext -layout 报告\.pdf 报告\.txt/);
  const en = await runCli(['check', '报告2024.docx'], { cwd, env: EN });
  assert.match(en.stderr, /报告2024\.docx: a Word document \(\.docx\), not a text report; convert it to Markdown and check that: pandoc -t gfm/);
});

test('a folder holding only Word and PDF files names them as skipped, with the conversions', async () => {
  const cwd = dirWith({ 'docs/报告2024.docx': docx(), 'docs/报告2023.pdf': Buffer.from('%PDF-1.4\n') });
  const zh = await runCli(['check', 'docs'], { cwd });
  assert.equal(zh.code, 2);
  assert.match(zh.stderr, /docs：此文件夹中没有报告（\*\.md、\*\.markdown、\*\.txt），只有 2 个 Office、PDF 或 OFD 文件（不是文本报告），已跳过：docs\/报告2023\.pdf、docs\/报告2024\.docx；PDF 文件（\.pdf），请先转成文本再检查：pdftotext -layout .*；Word 文档（\.docx），请先转成 Markdown 再检查：pandoc -t gfm /);
  const en = await runCli(['check', 'docs'], { cwd, env: EN });
  assert.match(en.stderr, /docs: no reports \(\*\.md, \*\.markdown, \*\.txt\) in this folder, only 2 office, PDF or OFD files \(not text reports\), which were skipped: .*a PDF file \(\.pdf\): convert it to text.*a Word document \(\.docx\): convert it to Markdown/);
});
