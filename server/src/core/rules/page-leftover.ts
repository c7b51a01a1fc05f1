import type { Rule } from './rule.js';
import type { TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import { bi, reportLinesWith, wordFinder } from './util.js';
import { isSpaceOrInvisible } from '../prose/text.js';
import { previousVersion } from '../prose/versions.js';
import { PAGE_CONTROL, PAGE_CONTROL_WORD } from '../parse/headings.js';
import { META_DATE, META_FIELD, META_ITEM } from '../parse/page-meta.js';
import { PUBLISHED_LABEL } from '../model/year.js';

/**
 * Lines that are web-page chrome on their own (login widget, font-size switch, print/share bar, page header,
 * breadcrumb). Tested on the trimmed line after NFKC (full-width `：` is `:`, `＞` is `>`).
 */
/**
 * A page's counter (`浏览次数：1523`): not one followed by a unit, a decimal or the sentence going on (`访问量：1523
 * 万次`, `浏览量：1.2万次`, `点击量：85，同比增长12%`: the report's own statistics; helper-223 #1).
 */
const COUNTER = String.raw`(?:浏览(?:数|次数|量)|点击(?:数|量|次数)|访问(?:量|次数)|阅读(?:数|量|次数))\s*[:：](?!\s*[\d.,]+\s*(?:万|亿|千|百|次|人次|人|余|多|个|条|篇|%|％|[，,。；;、.]))`;
/** A web page's print/close/bookmark control, as a separate item of a meta line or bar (`打印`, `【关闭窗口】`). */
const CONTROL = PAGE_CONTROL;
/** The separators of a meta line's items (`丨`, `｜` read as `|`, `│`, `·`, `•`), for the patterns. */
const SEP = String.raw`[丨｜|│·•]`;
/**
 * White space between two controls with at most one separator in it (`\s*${SEP}?\s*` in meaning). Written so a run of
 * white space has one way to be read: with the two `\s*` side by side a line of controls apart by single spaces
 * (`打印 关闭 打印 关闭 … 报告`) was split in 2^n ways before a failing match gave up (12 pairs took 80 s).
 */
const GAP = String.raw`\s*(?:${SEP}\s*)?`;
/**
 * Page controls at the start of a line, before the report's text on it (`打印丨关闭丨本年度政府信息公开工作年度报告…`,
 * `打印 关闭 本年度…`, `【打印】丨本年度…`): two controls or more, apart by white space or separators, or one before a
 * meta line's separator (`丨`, `│`, `·`, `•`; not `|`, a table's). Ends where the controls end; the text after them is
 * no control (fixC #3).
 */
const LEADING_CONTROLS = String.raw`^(?:${CONTROL}(?:${GAP}${CONTROL})+(?=\s*${SEP}|\s)|${CONTROL}(?=\s*[丨│·•]))`;

/**
 * An item of a web page's byline (`作者：办公室`, `来源：某某市某某局`, `信息来源: 县政务中心`, `发布时间：2025-01-20 00:00`,
 * `时间：2025-01-20`, `浏览次数：356`, `浏览数:`): a field and its value, one word without white space or sentence
 * punctuation, a date (and time) after a time field, digits after a counter. `BYLINE_AUTHOR` is the author's item.
 */
const BYLINE_AUTHOR = String.raw`作者\s*[:：]\s*[^\s丨｜|│·•。！？；;，,]{0,40}`;
const BYLINE_ITEM = String.raw`(?:(?:作者|信息来源|文章来源|来源)\s*[:：]\s*[^\s丨｜|│·•。！？；;，,]{0,40}|(?:发布|更新)?(?:时间|日期)\s*[:：]\s*${META_DATE}|(?:浏览(?:数|次数|量)|点击(?:数|量|次数)|阅读(?:数|量|次数)|访问(?:量|次数))\s*[:：]\s*\d*)`;
/** Between a byline's items: white space or a meta line's separator. */
const BYLINE_GAP = String.raw`(?:\s*${SEP}\s*|\s+)`;
/**
 * A byline opening its line, its items in any order (`作者：… 发布时间：… 来源：…`, `发布时间：… 来源：… 作者：…`,
 * `时间：… 来源：本站 作者：…`): two items or more, the author among them, up to white space, a separator or the line's
 * end (brk177 #6: only a byline opening with 作者 was read as one). A line of a date and a source without an author
 * (`发布日期：… 来源：某某局`) is the page's metadata, as its index table is, and not a byline.
 */
const BYLINE = String.raw`^(?:(?:${BYLINE_ITEM}${BYLINE_GAP})+${BYLINE_AUTHOR}|${BYLINE_AUTHOR}${BYLINE_GAP}${BYLINE_ITEM})(?:${BYLINE_GAP}${BYLINE_ITEM})*(?=\s|$|${SEP})`;

/** Chrome of the separators of a breadcrumb (`>`, `>>`, `»`, `›`, `&gt;`). */
const CRUMB = String.raw`(?:>>?|»|›|&gt;)`;

/**
 * After `分享到：`, not a list of platforms that runs on into the sentence's words (`微信、微博等平台的解读材料共30篇`,
 * `微信公众号发布…`): the last name glued to a word, the names are the sentence's, and so is `分享到：` (brk130 #3: the
 * fix cut `分享到：微信、` off a sentence). A share bar's names stand apart (`分享到：微信 微博`, `分享到：微信、微博`).
 */
const SHARE_PROSE = String.raw`(?!\s*(?:(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣)\s*[、,，|]?\s*)*(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣)(?![\s、,，|]|$))`;

/**
 * A share widget as an item of a meta line (`发布日期：2025年01月20日  信息来源：某某局  阅读次数：  分享到：`, `… 丨 分享到： 丨 打印`,
 * `分享到：微信 微博 丨 来源：…`): `分享到` with or without its colon and the platforms' names standing apart, after white
 * space or a separator, at the line's end or before another item (a field, a date, a control). Not a sentence's
 * `分享到` (`将解读材料分享到各平台`, `…分享到：微信、微博等平台的解读材料`): glued to the words before it or followed by its
 * words (brk175 #6: the fix deleted `阅读次数：` and left `分享到：`, which a re-check passed).
 */
const SHARE_ITEM = String.raw`(?<=^|\s|${SEP})分享到\s*[:：]?(?:\s*(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣)(?=[\s、,，|丨│·•]|$)\s*[、,，]?)*(?=\s*$|(?:\s*${SEP}\s*|\s+)(?:${CONTROL}|[【[〖]?\s*(?:${META_FIELD}\s*[:：]|${META_DATE})))`;

/** The words of a page's controls (`PAGE_CONTROL` without its brackets). */
const CONTROL_WORD = PAGE_CONTROL_WORD;
/** A control in its button's brackets (`[打印]`, `【关闭窗口】`). */
const BUTTON = String.raw`[【[〖]\s*${CONTROL_WORD}\s*[】\]〗]`;
/**
 * Page controls that end a line of report text (`…情况报告如下。[打印] [关闭]`, `…下载。【打印】`, `…下载。 打印丨关闭`;
 * brk137 #2): buttons in their brackets, two or more apart by white space or separators, or one after a sentence's end;
 * or bare control words, two or more apart by separators or white space, after a sentence's end, white space or a
 * separator. Not a control word inside a sentence (`支持在线浏览、下载、打印`, `点击打印`): the bare words must stand apart
 * from the sentence's and from each other, at the line's end.
 */
const TRAILING_CONTROLS = String.raw`(?:(?<=[。！？；;.!?)）”"】\]〗]\s*|\s|${SEP})${BUTTON}(?:${GAP}${BUTTON})+|(?<=[。！？!?]\s*)${BUTTON}|(?<=[。！？；;.!?]\s*|\s|${SEP})${CONTROL_WORD}(?:(?:\s*${SEP}\s*|\s+)${CONTROL_WORD})+)\s*$`;
const TRAILING_AT_END = new RegExp(TRAILING_CONTROLS);
/**
 * `TRAILING_CONTROLS` after report text (two Chinese characters before them), as a line's strong pattern. The controls
 * are found first and the text before them counted after: one regex with `[\u4e00-\u9fff].*[\u4e00-\u9fff].*?` before
 * them backtracked over every long line at every start (minutes on a folder of reports).
 */
const TRAILING_STRONG: Pick<RegExp, 'test'> = {
  test(t: string): boolean {
    const m = TRAILING_AT_END.exec(t);
    if (!m) return false;
    let chinese = 0;
    for (let i = 0; i < m.index && chinese < 2; i++) if (/[\u4e00-\u9fff]/.test(t[i])) chinese++;
    return chinese >= 2;
  },
};

/** `LEADING_CONTROLS` with report text after it (two Chinese characters), as a line's strong pattern. */
const LEADING_STRONG = new RegExp(String.raw`${LEADING_CONTROLS}(?=.*[\u4e00-\u9fff].*[\u4e00-\u9fff])`);

const STRONG: Pick<RegExp, 'test'>[] = [
  /^(?:账号|帐号|手机|手机号|邮箱|用户名)\s*[+＋]\s*(?:密码|验证码)\s*登录$/,
  /^还没有(?:账号|帐号)\s*[?？]?\s*(?:立即注册)?$/,
  /(?:[〖【[]\s*)?(?:字号|字体)\s*(?:(?:[:：]\s*[〖【[（(]?|[〖【[（(])\s*大\s*(?:中\s*)?小|大\s*中\s*小)\s*[〗】\]）)]?/,
  /(?:[【[〖]\s*(?:打印|打印本页|收藏|纠错|我要纠错|关闭|关闭窗口|返回顶部|保存|分享)\s*[】\]〗]\s*){2,}/,
  // (Not a sentence that opens with the verb: `分享到各政务新媒体平台的政策解读材料30篇`, helper-223 #2.)
  // Nor one that goes on from a platform's name (`分享到微信朋友圈的解读材料30篇`): the name stands apart in chrome.
  // Nor one whose platforms after the colon run on into its words (`分享到：微信、微博等平台的解读材料共30篇`, brk130 #3):
  // a share bar's names stand apart.
  new RegExp(String.raw`^分享到\s*(?:[:：]${SHARE_PROSE}|$|(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣)(?=\s|$))`),
  /分享到\s*[:：]\s*(?:(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣)\s*[、,，|]?\s*)+$/,
  /^扫一扫(?:在手机(?:上)?(?:打开|查看|阅读)当前页(?:面)?)?$/,
  new RegExp(COUNTER),
  // A share widget as an item of a meta line (`… 信息来源：某某局  阅读次数：  分享到：`, brk175 #6).
  new RegExp(SHARE_ITEM),
  /^作者\s*[:：].{0,40}(?:发布时间|来源)\s*[:：]/,
  // The byline's items in any order (brk177 #6).
  new RegExp(BYLINE),
  // The editor's name only: `责任编辑：政务公开股` (a sentence after the colon is report text).
  /^责任编辑\s*[:：][^。！？；，,;!?]{0,20}$/,
  /^(?:上一篇|下一篇)\s*[:：]/,
  /^(?:当前位置|您(?:现在)?(?:所在)?的位置|所在位置)\s*[:：]/,
  // A breadcrumb above the title: `首页 > 政务公开 > 年度报告` (`>` is also `＞`, `»`, `>>`, `&gt;`).
  /^(?:网站首页|首页|主页)\s*(?:>>?|»|›|&gt;)\s*[^。！？；，,;!?]{1,60}$/,
  /^[【[]?(?:打印本页|关闭窗口|返回顶部)[】\]]?$/,
  // The site's footer: who runs the site, its ICP licence and public-security filing numbers (`主办单位：… 承办单位：…`,
  // `湘ICP备05009876号`, `湘公网安备 43062602000123号`), on a line with no sentence.
  /^(?:主办单位|承办单位|网站主办|版权所有|网站标识码|网站识别码)\s*[:：][^。！？；;]{1,60}$/,
  /^[^。！？；;]{0,40}(?:ICP\s*备|ICP\s*证|公网安备)\s*[0-9０-９]{5,}\s*号(?:\s*-\s*\d+)?[^。！？；;]{0,60}$/,
  // The print/close bar without brackets, alone on its line: `打印本页 关闭窗口`, `打印 关闭`.
  // Also with the meta line's separators between them: `【打印本页】丨【关闭窗口】`, `打印 丨 关闭` (brk116 #6).
  new RegExp(String.raw`^${CONTROL}(?:${GAP}${CONTROL})+$`),
  // Controls as the last items of a meta line, after its separator (`发布日期：2025-01-20 丨 打印 丨 关闭`), or two and more
  // after white space (`发布日期：2025-01-20 打印 关闭`): a sentence does not end in a bar of page controls (brk116 #6).
  new RegExp(String.raw`(?:${SEP}\s*${CONTROL}|\s${CONTROL}${GAP}${CONTROL})(?:${GAP}${CONTROL})*\s*$`),
  // Controls between a meta line's items, its items going on after them (`发布日期：2025-01-20丨打印丨关闭丨来源：某某市某某局`,
  // with white space as the separator too: `发布日期：2025-01-20　　打印　　关闭　　来源：…`): the middle of the same bar.
  // Only a line of meta items (fields, dates, controls): words of a sentence around the bars (`文件页面支持浏览丨打印丨
  // 收藏丨分享等操作。`) are report text, and so is a table row that opens with a separator (brk122 #6).
  new RegExp(String.raw`^(?:${META_ITEM}(?:\s*${SEP}\s*|\s+))+${CONTROL}(?:(?:\s*${SEP}\s*|\s+)${META_ITEM})+$`),
  // One control in its button's brackets, alone on its line (`【打印】`, `[关闭]`): a button, not a word of the report
  // (brk121 #6); the bare word alone (`打印`) stays weak.
  /^[【[〖]\s*(?:打印|关闭|收藏|纠错)\s*[】\]〗]$/,
  // Controls that open a line of report text (`打印丨关闭丨本年度…`): the controls are chrome, the text is kept (fixC #3).
  LEADING_STRONG,
  // Controls that end a line of report text (`…报告如下。[打印] [关闭]`): the controls are chrome, the text is kept (brk137 #2).
  TRAILING_STRONG,
];
/**
 * Strong patterns that are not tied to the start of a line: a line may hold report text beside them
 * (`[打印] [关闭] 本年度本局主动公开…`). Global, to find every occurrence; the 浏览数 counter takes its number.
 */
const INLINE: RegExp[] = [
  /(?:[〖【[]\s*)?(?:字号|字体)\s*(?:(?:[:：]\s*[〖【[（(]?|[〖【[（(])\s*大\s*(?:中\s*)?小|大\s*中\s*小)\s*[〗】\]）)]?/g,
  /(?:[【[〖]\s*(?:打印|打印本页|收藏|纠错|我要纠错|关闭|关闭窗口|返回顶部|保存|分享)\s*[】\]〗]\s*(?:[丨|│·•]\s*)?){2,}/g,
  // Controls without brackets as separate items of the line (`… 丨 字号：大 中 小 丨 打印 丨 关闭`, `…大 中 小 打印 关闭`,
  // `…丨打印丨关闭`): a run of them that ends the line, or stands between the line's separators; not a 打印 or 关闭 in a
  // sentence (brk116 #6). Between separators, only before another meta item (a field or a date, `…丨打印丨关闭丨来源：…`,
  // also after white space alone: `…　　打印　　关闭　　来源：…`), not before a sentence's words (`浏览丨打印丨收藏丨分享等操作`,
  // brk122 #6).
  new RegExp(String.raw`(?<=^|\s|${SEP})${CONTROL}(?:${GAP}${CONTROL})*(?=\s*$|(?:\s*${SEP}\s*|\s+)[【[〖]?\s*(?:${META_FIELD}\s*[:：]|${META_DATE}))`, 'g'),
  new RegExp(COUNTER + String.raw`\s*\d*`, 'g'),
  // A share widget as an item of a meta line, at its end or before another item (brk175 #6).
  new RegExp(SHARE_ITEM, 'g'),
  new RegExp(LEADING_CONTROLS, 'g'),
  // Controls that end a line of report text (`…报告如下。[打印] [关闭]`, brk137 #2).
  new RegExp(TRAILING_CONTROLS, 'g'),
  // A breadcrumb or a byline before the page's own title or text on the same line (helper-223 #2): `首页 > 政务公开 >
  // 年度报告 某某局2024年…报告` (its segments, up to white space before text that is no further segment), `首页 > 政务公开 >
  // 某某局2024年…年度报告` (up to its last separator, before a title with a year), `作者：张三 来源：某某局 本年度…`.
  new RegExp(String.raw`^(?:网站首页|首页|主页)(?:\s*${CRUMB}\s*[^\s>»›&。！？；，,;!?]+)+(?=\s+(?!${CRUMB}))`, 'g'),
  new RegExp(String.raw`^(?:网站首页|首页|主页)(?:\s*${CRUMB}\s*[^\s>»›&。！？；，,;!?]+)*?\s*${CRUMB}\s*(?=[^>»›&\s]*\d{4}[^>»›&\s]*(?:报告|年报)\s*$)`, 'g'),
  /^作者\s*[:：]\s*\S*(?:\s+(?:来源|信息来源|发布时间|发布日期|浏览次数|点击数)\s*[:：]\s*\S*(?:\s\d{1,2}:\d{2}(?::\d{2})?)?)+(?=\s)/g,
  // The byline's items in any order, also up to the line's end (`发布时间：… 来源：… 作者：…`, brk177 #6).
  new RegExp(BYLINE, 'g'),
  // A share bar left at the end of a line of text: `…提升质量。 分享到： 微信 微博`.
  /\s*分享到\s*[:：]\s*(?:(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣)\s*[、,，|]?\s*)+$/g,
  // A share bar at the start of a line of text (`分享到: 将政务公开纳入…`, `分享到：微信 微博 2024年，…`): the bar and
  // the platforms' names standing apart (not the 微信 of `微信公众号`), the sentence after it kept (breaker89 #00).
  new RegExp(String.raw`^分享到\s*(?:[:：]${SHARE_PROSE}(?:\s*(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣)(?=[\s、,，|]|$)\s*[、,，|]?)*|(?:\s*(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣)(?=\s|$))+)\s*`, 'g'),
];

/**
 * An HTML block on a line of its own (`<p>打印丨关闭丨一、总体情况</p>`, `<h2 class="t">…</h2>`, as a page's source is
 * written or a one-line page is read a block a line): its tags and its text.
 */
const HTML_BLOCK = /^(\s*<(h[1-6]|p|div)(?:\s[^>]*)?>)(.*)<\/\2\s*>\s*$/is;

/**
 * The text of line `raw` as the chrome patterns read it, and the column it starts at: an HTML block's text (`HTML_BLOCK`)
 * with its inline tags (`<strong>`, `<span>`) as white space, so that the page's controls typed into it are read as at
 * a line's start (brk132 #3) and columns stay the line's; any other line as it is.
 */
function lineText(raw: string): { text: string; at: number } {
  const m = HTML_BLOCK.exec(raw);
  if (!m) return { text: raw, at: 0 };
  const masked = m[3].replace(/<[^>]*>/g, (t) => ' '.repeat(t.length));
  const lead = masked.length - masked.trimStart().length;
  return { text: masked.slice(lead).trimEnd(), at: m[1].length + lead };
}

/** Opening quotes and brackets a mention of the page's chrome may stand in (`“字体：大 中 小”`). */
const OPENING = /[“‘「『《〈"'(（]/;

/**
 * Whether the chrome at `[a, b)` of `light` (its trailing white space included) is mentioned in a sentence rather than
 * pasted: it follows an opening quote, or has a character other than white space right before and right after it.
 */
function mentioned(light: string, a: number, b: number): boolean {
  if (a > 0 && OPENING.test(light[a - 1])) return true;
  // (A meta line's separator sets its items apart as white space does: `…2025-01-20丨浏览次数：356丨字号：大 中 小`, brk116 #6.)
  const apart = /[\s丨|│·•]/;
  const spaceBefore = a === 0 || apart.test(light[a - 1]);
  const spaceAfter = b >= light.length || /\s/.test(light[b - 1]) || apart.test(light[b]);
  return !spaceBefore && !spaceAfter;
}

/**
 * The chrome spans of a line that also holds report text, as `[from, to)` columns; `'mention'` when every piece of
 * chrome is only mentioned in a sentence (`mentioned`: the line is report text); null when the line is chrome as a
 * whole (or its chrome cannot be located in the raw line). Matched on the raw line with full-width
 * ASCII and U+3000 mapped one to one, so columns are the source's.
 */
function inlineChrome(raw: string): [number, number][] | 'mention' | null {
  const light = raw.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
  const spans: [number, number][] = [];
  for (const re of INLINE) {
    re.lastIndex = 0;
    for (let m = re.exec(light); m; m = re.exec(light)) {
      if (!m[0]) { re.lastIndex++; continue; }
      let end = m.index + m[0].length;
      while (end < light.length && /\s/.test(light[end])) end++;
      spans.push([m.index, end]);
    }
  }
  if (!spans.length) return null;
  // A mention in a sentence (`网站新增“字体：大 中 小”切换功能`, `设有【字体：大 中 小】切换`) is report text: quoted, or
  // with text right against it on both sides. Pasted chrome stands at the line's start or end, or apart with spaces.
  const kept = spans.filter(([a, b]) => !mentioned(light, a, b));
  if (!kept.length) return 'mention';
  spans.splice(0, spans.length, ...kept);
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp[0] <= last[1]) last[1] = Math.max(last[1], sp[1]);
    else merged.push([...sp]);
  }
  // A publication date among the chrome (`作者：张三 发布时间：2025-04-15 00:00 信息来源：某某局 浏览数：`) is the page's
  // metadata, not chrome: the checker reads it (date-late) and a reader wants it. It is kept; the chrome around it
  // goes (brk172 #1: the whole line was deleted, the date with it).
  const kept2 = keepDates(light, merged);
  merged.splice(0, merged.length, ...kept2);
  if (!merged.length) return 'mention';
  let rest = '';
  let pos = 0;
  for (const [a, b] of merged) { rest += light.slice(pos, a) + ' '; pos = b; }
  rest = (rest + light.slice(pos)).trim();
  // Report text is what is left once the chrome is gone: words or a date (the signature's `2025年1月20日`,
  // `2025-01-20`), not punctuation or another piece of chrome.
  if (!/[\u4e00-\u9fff][^\u4e00-\u9fff]*[\u4e00-\u9fff]/.test(rest) && !/\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}/.test(rest)) return null;
  const t = rest.normalize('NFKC');
  if (STRONG.some((re) => re.test(t)) || WEAK.some((re) => re.test(t))) return null;
  return merged;
}

/**
 * A publication date with its label (`发布时间：2025-04-15 00:00`, `发布日期:2014-02-28`), as the year and date rules read
 * it (`PUBLISHED_LABEL` of model/year.ts; the date and time as a meta line's, `META_DATE`): disclosure metadata, never chrome. Also a byline's bare `时间：2025-01-20` (brk177 #6),
 * not the `时间` of another field (`更新时间`).
 */
const PUBLICATION_DATE = new RegExp(String.raw`(?:${PUBLISHED_LABEL}|(?<![\u4e00-\u9fff])(?:时间|日期))\s*[:：]?\s*\|?\s*${META_DATE}`, 'g');

/**
 * Chrome spans `spans` (in order, apart) of `light` with every publication date (`PUBLICATION_DATE`) cut out of them:
 * the pieces before and after a date stay chrome, a piece of white space alone is dropped.
 */
function keepDates(light: string, spans: [number, number][]): [number, number][] {
  const dates: [number, number][] = [];
  PUBLICATION_DATE.lastIndex = 0;
  for (let m = PUBLICATION_DATE.exec(light); m; m = PUBLICATION_DATE.exec(light)) dates.push([m.index, m.index + m[0].length]);
  if (!dates.length) return spans;
  const out: [number, number][] = [];
  for (const [a0, b0] of spans) {
    let pieces: [number, number][] = [[a0, b0]];
    for (const [da, db] of dates) {
      pieces = pieces.flatMap(([a, b]): [number, number][] => (db <= a || da >= b ? [[a, b]] : [[a, Math.min(b, da)], [Math.max(a, db), b]]));
    }
    // (A piece after a date starts past the separator after the date: it stays between the date and what follows, as in
    // `发布时间：2025-01-20丨来源：某某局丨作者：办公室丨本报告…`, brk177 #6.)
    for (let [a, b] of pieces) {
      const sep = a !== a0 ? /^\s*[丨｜|│·•]\s*/.exec(light.slice(a, b)) : null;
      if (sep) a += sep[0].length;
      if (b > a && !blank(light, a, b)) out.push([a, b]);
    }
  }
  return out;
}

/** A separator a web page's meta line puts between its items (`发布日期：2025-01-20 丨 浏览次数：356 丨 字号：大 中 小`). */
const ITEM_SEPARATOR = /[丨｜|│·•]/;

/**
 * The spans of chrome `spans` (of line `raw`, in order, apart) that the fix deletes: each with the separator between
 * it and the item before it (`丨 浏览次数：356`), or, first on its line or after no separator, the one after it
 * (`字号：大 中 小 丨 本年度…`), and the white space around that separator, so that no separator is left dangling
 * (brk115 #9c: `…发布日期：2025-01-20 丨 丨` was left). Spans that then meet are one.
 */
function withSeparators(raw: string, spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a0, b0] of spans) {
    let a = a0, b = b0;
    const k = textEnd(raw, a);
    if (k > 0 && ITEM_SEPARATOR.test(raw[k - 1])) {
      // (The white space after the chrome stays before the next item's separator: `2025-01-20 丨 来源：…`.)
      a = textEnd(raw, k - 1);
      if (b < raw.length) b = textEnd(raw, b);
    }
    else {
      let e = b;
      while (e < raw.length && /[ \t\u3000]/.test(raw[e])) e++;
      if (e < raw.length && ITEM_SEPARATOR.test(raw[e])) {
        b = e + 1;
        while (b < raw.length && /[ \t\u3000]/.test(raw[b])) b++;
      }
    }
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * What deleting `raw[a, b)` leaves between the text on either side of it: nothing at the line's start or end, or where
 * the text on one side ends in white space; else the last run of white space the deleted piece held, so that text kept
 * on both sides stays apart as it was (brk177 #2: `作者：办公室 发布时间：2025-01-20 来源：某某局 本报告…` became
 * `发布时间：2025-01-20本报告…`, the kept date glued onto the report's first sentence).
 */
function separatorKept(raw: string, a: number, b: number): string {
  if (a <= 0 || b >= raw.length || /\s/.test(raw[a - 1]) || /\s/.test(raw[b])) return '';
  const runs = raw.slice(a, b).match(/\s+/g);
  return runs ? runs[runs.length - 1] : '';
}

/**
 * Where the text before column `at` of `raw` ends: `at` moved back over the white space before it (spaces, tabs,
 * U+3000). Chrome deleted at a line's end takes that white space with it, which would else be left trailing.
 */
function textEnd(raw: string, at: number): number {
  while (at > 0 && /[ \t\u3000]/.test(raw[at - 1])) at--;
  return at;
}

/** Chrome only next to a strong line (`立即注册`, `相关附件:`, a lone `登录`). */
const WEAK: RegExp[] = [
  /^(?:立即注册|注册|登录|忘记密码[?？]?|退出)$/,
  /^相关附件\s*[:：]?$/,
  /^(?:技术支持|联系我们|网站地图)\s*[:：]?[^。！？；;]{0,40}$/,
  /^(?:微信|微博|QQ空间|QQ好友|朋友圈|腾讯微博|新浪微博)(?:\s+(?:微信|微博|QQ空间|QQ好友|朋友圈|腾讯微博|新浪微博))*$/,
  /^[【[]?(?:打印|关闭|收藏|纠错)[】\]]?$/,
];

/** Web-page chrome pasted with the report text (`账号+密码登录`, `[打印] [收藏]`, `分享到:`, `扫一扫在手机打开当前页`). */
export const pageLeftover: Rule = {
  meta: {
    id: 'page-leftover',
    category: 'years',
    defaultSeverity: 'warning',
    fixable: true,
    readsProse: true,
    description: bi('正文中混入了网页上的按钮、登录框等页面元素', 'Web-page chrome was pasted with the text'),
    rationale: bi(
      '从政府网站复制报告时，常把页面上的登录框（“账号+密码登录”“立即注册”）、字号切换（“字号：大 中 小”“【字体：大 中 小】”）、打印收藏栏（“[打印] [收藏] [关闭]”“打印本页 关闭窗口”）、分享按钮（“分享到:”）、标题上方的导航路径（“首页 > 政务公开 > 年度报告”）、“扫一扫在手机打开当前页”和网站页脚（“主办单位：…”“…ICP备…号”“…公网安备…号”）一起带进来。它们不是报告内容，应删除。修复会删除这些行；与正文同在一行的页面元素（如“[打印] [关闭] 本年度…”、行首的“打印丨关闭丨本年度…”“分享到: 本年度…”、句末的“…报告如下。[打印] [关闭]”“…下载。 打印丨关闭”）只删除元素本身，正文保留；句子中的“打印”“关闭”等词（“支持在线浏览、下载、打印”）是正文。页面的信息索引表（索引号、发布机构、发布日期）属于公开信息的元数据，不在此列。标题前的打印、关闭栏（“打印丨关闭丨一、总体情况”，网页源码中的“<h2>打印丨关闭丨一、总体情况</h2>”“<p>打印丨关闭丨…</p>”亦然）同样只删除元素本身，标题照常读出；标题前的导航路径（“首页 > 政务公开 > 年度报告 某某局2024年……报告”）和正文前的作者、来源栏（“作者：… 来源：… 本年度……”）也只删除元素本身，标题和正文保留，其中的发布时间（“作者：… 发布时间：2025-04-15 00:00 来源：…”）是元数据，修复保留日期；以“分享到”开头的句子（“分享到各政务新媒体平台的政策解读材料30篇”“分享到微信朋友圈的解读材料12篇”，冒号后的平台名接着写成句子的“分享到：微信、微博等平台的解读材料共30篇”）和带单位或接着句子的访问量、点击量（“访问量：1523 万次”“浏览量：1.2万次”“点击量：85，同比增长12%”）是报告的统计数字，不是页面元素。',
      'Copying a report from a government web page often brings the page\'s login box, font-size switch (字号：大 中 小, 【字体：大 中 小】), print/bookmark bar ([打印] [收藏] [关闭], 打印本页 关闭窗口), share buttons, the breadcrumb above the title (首页 > 政务公开 > 年度报告), "scan to open on your phone" and the site footer (主办单位：…, …ICP备…号, …公网安备…号) along. They are not part of the report. The fix deletes those lines; chrome that shares a line with report text (`[打印] [关闭] 本年度…`, controls opening the line: `打印丨关闭丨本年度…`, `分享到: 本年度…`, or ending it after a sentence: `…报告如下。[打印] [关闭]`, `…下载。 打印丨关闭`) is deleted alone and the text kept; a control word in a sentence (支持在线浏览、下载、打印) is text. The page\'s index table (索引号, 发布机构, 发布日期) is disclosure metadata and is not reported. Print/close controls before a section heading (打印丨关闭丨一、总体情况, also in a page\'s source: <h2>打印丨关闭丨一、总体情况</h2>, <p>打印丨关闭丨…</p>) are deleted alone too, the heading read as such. A breadcrumb before the title (首页 > 政务公开 > 年度报告 某某局2024年……报告) and a byline before the text (作者：… 来源：… 本年度……) are deleted alone too, the title and the text kept, and a publication date among a byline\'s items (作者：… 发布时间：2025-04-15 00:00 来源：…) is metadata the fix keeps; a sentence that opens with 分享到 (分享到各政务新媒体平台的政策解读材料30篇, or with the platforms after its colon running on into its words: 分享到：微信、微博等平台的解读材料共30篇) and a count of visits with a unit or a sentence going on (访问量：1523 万次, 浏览量：1.2万次, 点击量：85，同比增长12%) are the report\'s figures, not chrome.'),
    example: { bad: '责任编辑:政务公开股\n[打印] [收藏] [纠错] [关闭]\n分享到:', note: bi('网页的页脚', 'the page footer') },
  },
  check(ctx) {
    const { report } = ctx;
    const { lines } = report;
    const spans = Object.values(report.extras.spans).filter(Boolean) as { start: number; end: number }[];
    // Only a line with a trigger can be chrome (one search over the whole text instead of NFKC and 16 patterns
    // per line); a block starts at such a line and runs over chrome and blank lines.
    const candidate = new Set(reportLinesWith(report, TRIGGER, triggered));
    const memo = new Int8Array(lines.lineCount).fill(-1);
    const previous = previousVersion(report);
    const before = previous && chromeKindsOf.get(previous);
    const kinds = new Map<string, ChromeKind>();
    chromeKindsOf.set(report, kinds);
    const KINDS = ['strong', 'weak', 'blank', null] as const;
    const kind = (i: number): ChromeKind => {
      if (memo[i] >= 0) return KINDS[memo[i]];
      let k: ChromeKind = null;
      if (spans.some((s) => i >= s.start && i < s.end)) k = null;
      else if (!candidate.has(i)) k = blank(lines.line(i), 0, lines.line(i).length) ? 'blank' : null;
      else {
        const line = lines.line(i);
        // (`has`, not `??`: most lines are text, whose kind is null.)
        if (kinds.has(line)) k = kinds.get(line)!;
        else {
          k = before?.has(line) ? before.get(line)! : chromeKind(lineText(line).text);
          kinds.set(line, k);
        }
      }
      memo[i] = KINDS.indexOf(k);
      return k;
    };
    // Chrome wrapped over two lines (`扫一扫在手机` / `打开当前页`, pdftotext or a narrow page): two short lines of
    // text that together make a line of chrome of the whole-line kind are chrome both.
    for (const i of candidate) {
      if (i + 1 >= lines.lineCount || kind(i) !== null || kind(i + 1) !== null) continue;
      const a = lines.line(i).trim(), b = lines.line(i + 1).trim();
      if (!a || !b || a.length + b.length > WRAPPED_CHROME_MAX || !wrappedChrome(a + b)) continue;
      memo[i] = memo[i + 1] = KINDS.indexOf('strong');
    }
    // A line that holds report text beside its chrome: only the chrome is reported and deleted; it is no block.
    const partial = new Map<number, [number, number][]>();
    for (const i of candidate) {
      if (kind(i) !== 'strong') continue;
      const { text, at } = lineText(lines.line(i));
      const spans = inlineChrome(text);
      if (spans === 'mention') memo[i] = KINDS.indexOf(null);
      else if (spans) partial.set(i, at ? spans.map(([a, b]) => [a + at, b + at]) : spans);
    }
    for (const [i, spans] of partial) {
      memo[i] = KINDS.indexOf(null);
      const { text, at } = lineText(lines.line(i));
      // (The block's text alone, its tags as white space: no separator or space is taken beyond them.)
      const raw = ' '.repeat(at) + text;
      const shown = spans.map(([a, b]) => raw.slice(a, b).trim());
      ctx.add({
        message: bi(
          `网页上的页面元素混入了正文：“${shown.join(' / ').slice(0, 60)}”。请删除这些页面元素，保留同一行的正文。`,
          `Web-page chrome in the text: “${shown.join(' / ').slice(0, 60)}”. Delete it and keep the report text on the same line.`),
        range: { start: { line: i, character: spans[0][0] }, end: { line: i, character: spans[spans.length - 1][1] } },
        fix: {
          title: bi('删除页面元素（保留正文）', 'Delete the page chrome (keep the text)'),
          edits: withSeparators(raw, spans).map(([a, b]) => {
            const s = b >= raw.length ? textEnd(raw, a) : a;
            return { range: { start: { line: i, character: s }, end: { line: i, character: b } }, newText: separatorKept(raw, s, b) };
          }),
        },
      });
    }
    let done = -1;
    for (const i of candidate) {
      if (i <= done) continue;
      const first = kind(i);
      if (first !== 'strong' && first !== 'weak') continue;
      // A block: chrome lines with blank lines between them.
      let j = i;
      let last = i;
      for (let kj = j + 1 < lines.lineCount ? kind(j + 1) : null; kj === 'strong' || kj === 'weak' || kj === 'blank'; kj = j + 1 < lines.lineCount ? kind(j + 1) : null) {
        j++;
        if (kj !== 'blank') last = j;
      }
      done = last;
      const block = Array.from({ length: last - i + 1 }, (_, k) => kind(i + k));
      if (block.includes('strong')) {
        const text = Array.from({ length: last - i + 1 }, (_, k) => lines.line(i + k).trim()).filter(Boolean);
        const end = last + 1 < lines.lineCount ? { line: last + 1, character: 0 } : { line: last, character: lines.line(last).length };
        const start = last + 1 >= lines.lineCount && i > 0 ? { line: i - 1, character: lines.line(i - 1).length } : { line: i, character: 0 };
        const edit: TextEdit = { range: { start, end }, newText: '' };
        ctx.add({
          message: bi(
            `网页上的页面元素混入了正文：“${text.join(' / ').slice(0, 60)}”。请删除。`,
            `Web-page chrome in the text: “${text.join(' / ').slice(0, 60)}”. Delete it.`),
          range: { start: { line: i, character: 0 }, end: { line: last, character: lines.line(last).length } },
          fix: { title: bi(`删除这 ${text.length} 行页面元素`, `Delete ${text.length === 1 ? 'this line' : `these ${text.length} lines`} of page chrome`), edits: [edit] },
        });
      }
    }
  },
};

/**
 * What a line must contain to match a pattern above once it is NFKC-normalised: one of the patterns' words, a
 * Q (QQ空间), or a character whose NFKC form may contain a word's character (Kangxi radicals, parenthesised and
 * circled ideographs, CJK compatibility ideographs, anything outside the BMP, letter-like Q forms).
 */
const TRIGGER = wordFinder(
  ['登录', '还没有', '主办', '承办', '版权所有', '网站标识码', '网站识别码', 'ICP', '公网安备', '技术支持', '联系我们', '网站地图', '字号', '字体', '首页', '主页', '位置', '打印', '收藏', '纠错', '关闭', '返回顶部', '保存', '分享', '扫一扫', '浏览', '点击', '访问', '阅读', '作者', '责任编辑', '一篇', '当前位置', '注册', '忘记密码', '退出', '相关附件', '微信', '微博', '朋友圈'],
  ['Q', '\uff31', '\u211a', '\u24c6', '\ua7f4', ['\u2e80', '\u2fdf'], '\u3036', ['\u3038', '\u303a'], ['\u3190', '\u33ff'], ['\uf900', '\ufaff'], ['\ud800', '\udfff']],
);

type ChromeKind = 'strong' | 'weak' | 'blank' | null;

/** The longest two lines (trimmed, together) read as one wrapped line of chrome. */
const WRAPPED_CHROME_MAX = 30;
/** The strong patterns that match a whole line (`^…$`): only these are tried on two lines joined. */
const WHOLE_LINE = STRONG.filter((re): re is RegExp => re instanceof RegExp && re.source.startsWith('^') && re.source.endsWith('$'));

/** A line's text as the chrome patterns read it: NFKC (full-width letters, digits and brackets plain), ideographic spaces as spaces. */
function chromeText(text: string): string {
  return text.normalize('NFKC').replace(/\u3000/g, ' ');
}

/** Whether `joined` (two lines' trimmed text put together) is a whole line of chrome (`扫一扫在手机打开当前页`). */
function wrappedChrome(joined: string): boolean {
  const t = chromeText(joined);
  return WHOLE_LINE.some((re) => re.test(t));
}

/** What a line with a trigger is by its text alone: chrome of a web page (`strong`: 打印本页 关闭窗口; `weak`: only
 * beside other chrome), blank, or text (null). */
function chromeKind(line: string): ChromeKind {
  const t = chromeText(line.trim());
  // (A long line is text, unless page controls open it: `打印丨关闭丨` before a paragraph, fixC #3.)
  // Nor unless they end it: `…报告如下。[打印] [关闭]`, brk137 #2.
  return !t ? 'blank' : t.length > 80 ? (LEADING_STRONG.test(t) || TRAILING_STRONG.test(t) ? 'strong' : null) : STRONG.some((re) => re.test(t)) ? 'strong' : WEAK.some((re) => re.test(t)) ? 'weak' : null;
}

/**
 * `chromeKind` of the lines of a report, by line text: taken over from the version it follows on (the editor asks of
 * the same lines at every version: NFKC and some twenty patterns each). Only the version's own lines are kept, and
 * only as long as the report (a cache of every line ever read would keep whole texts alive through their lines).
 */
const chromeKindsOf = new WeakMap<Report, Map<string, ChromeKind>>();

/** Lines with a trigger, per report. */
const triggered = new WeakMap<Report, number[]>();

/** Whether `text[a, b)` is white space only. */
function blank(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpaceOrInvisible(text.charCodeAt(i))) return false;
  return true;
}
