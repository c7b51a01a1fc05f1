import type { Rule } from './rule.js';
import type { Report } from '../model/build.js';
import { bi, patternFinder, reportLinesWith } from './util.js';

/** A form feed (U+000C): the page break that `pdftotext` and some word processors write between pages. */
const FORM_FEED = patternFinder(/\f/g);
/** The lines with a form feed, per report. */
const withFormFeed = new WeakMap<Report, number[]>();

/**
 * Page breaks (form feeds) left in the text by converting a PDF to text. Valid text, no encoding problem, and it does
 * not change how the report reads (a line it starts reads as the line without it): an info with a fix deleting it,
 * its own rule so that it can be turned off.
 */
export const pageBreak: Rule = {
  meta: {
    id: 'page-break',
    category: 'years',
    defaultSeverity: 'info',
    fixable: true,
    description: bi('正文中有换页符（U+000C，PDF 转换的分页）', 'A page break (form feed, U+000C) from a converted PDF is in the text'),
    rationale: bi(
      '用 pdftotext 等工具把 PDF 转成文本时，每页之间会留下换页符（U+000C，显示不出来）。它不是编码错误，也不影响检查（以它开头的行照常读取），只是发布前应删除的转换痕迹，因此只作提示，可在配置中关闭。修复会删除换页符本身，不改动其他文字；页码、重复的表头等分页残留请人工删除。',
      'Converting a PDF to text (pdftotext and the like) leaves a form feed (U+000C, invisible) between pages. It is no encoding problem and does not affect the check (a line it starts is read as usual); it is a leftover of the conversion to delete before publishing, so it is an info, and can be turned off in the config. The fix deletes the form feed alone; page numbers and repeated table headers left by the page break are for a person to delete.'),
    example: { bad: '\f（三）政府信息管理', note: bi('行首的换页符', 'a form feed at the start of the line') },
  },
  check(ctx) {
    const { report } = ctx;
    const { lines } = report;
    for (const i of reportLinesWith(report, FORM_FEED, withFormFeed)) {
      const text = lines.line(i);
      for (let c = text.indexOf('\f'); c >= 0; c = text.indexOf('\f', c + 1)) {
        const range = lines.range(i, c, c + 1);
        ctx.add({
          message: bi('此处有换页符 U+000C（FF 换页符）：多是从 PDF 转换文本时留下的分页，不影响检查；发布前可删除。', 'A page break here, U+000C (FORM FEED): usually left by converting a PDF to text; it does not affect the check, and can be deleted before publishing.'),
          range,
          fix: { title: bi('删除换页符', 'Delete the page break'), edits: [{ range, newText: '' }] },
        });
      }
    }
  },
};
