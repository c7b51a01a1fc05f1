import { PAGE_CONTROL } from './headings.js';

/**
 * The fields of a web page's meta line, before their colon (`发布日期：2025-01-20`, `来源：某某市某某局`, `浏览次数：356`,
 * `字号：大 中 小`): the items a bar of page controls stands among.
 */
export const META_FIELD = String.raw`(?:发布日期|发布时间|更新日期|更新时间|日期|时间|信息来源|文章来源|来源|发布机构|发布单位|索引号|作者|责任编辑|编辑|字号|字体|浏览(?:数|次数|量)|点击(?:数|量|次数)|访问(?:量|次数)|阅读(?:数|量|次数))`;
/** A date standing as an item of a meta line (`2025-01-20`, `2025年1月20日 10:30`). */
export const META_DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`;
/**
 * An item of a meta line: a page control, a field with its value (one word without sentence punctuation, a date and
 * time, `大 中 小`), or a date. (A value holds no white space otherwise: the items' bounds are then where the separators
 * are, and a long line that is no meta line is given up at once.)
 */
export const META_ITEM = String.raw`(?:${PAGE_CONTROL}|(?:[【[〖]\s*)?${META_FIELD}\s*[:：]\s*(?:大\s*中\s*小|${META_DATE}|[^\s丨｜|│·•。！？；;，,】\]〗]{1,40})(?:\s*[】\]〗])?|${META_DATE})`;

/**
 * A line of a web page's meta items only (`发布日期：2024-01-20`, `索引号：…/2025-00012`, `字号：大 中 小`,
 * `发布日期：2025-01-20 丨 来源：某某局 丨 打印 丨 关闭`, `【打印】`), apart by white space or a meta line's separators.
 */
const META_LINE = new RegExp(String.raw`^${META_ITEM}(?:(?:\s*[丨｜|│·•]\s*|\s+)${META_ITEM})*$`);
/**
 * The label of an attachment or a note standing alone on its line, as a document's page puts it above the title of the
 * text attached (`附件1`, `附件：`, `附件二`, `附表1`, `注1`).
 */
const LABEL_LINE = /^(?:附件|附表|注)\s*[0-9一二三四五六七八九十]{0,3}\s*[:：]?$/;

/**
 * Whether a line (trimmed, bold markers and tags taken off) is a web page's or a document's leftover that stands
 * above a report's title and is no part of it: a line of meta items (`META_LINE`: a publication date, 索引号, 字号,
 * the page's controls) or an attachment's or note's label (`LABEL_LINE`). The title is read below it (brk149 #1:
 * `发布日期：2024-01-20` was glued into the title, and the agency with it).
 */
export function isLeftoverAboveTitle(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\u3000/g, ' ').trim();
  return t.length > 0 && t.length <= 120 && (LABEL_LINE.test(t) || META_LINE.test(t));
}
