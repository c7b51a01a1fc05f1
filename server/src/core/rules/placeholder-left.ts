import type { Rule } from './rule.js';
import type { Report } from '../model/build.js';
import { bi, byLineText, reportLinesWith } from './util.js';
import { commentedLines } from '../suppress.js';

/**
 * Where a placeholder may stand: an X-like mark, a bracket, 待, a run of underscores, a blank month or day, or a Latin
 * to-do word. The lines without one are not read further (kept per report, `reportLinesWith`, which needs the `g`
 * flag).
 */
const HINT = /[XxＸｘ×○◯＊【〔待TF]|[（(][\s\u3000]*[）)]|[_＿]{3}|[年月][\s\u3000_＿]+[月日]|[〇○◯]\s*[月日]/g;
const hinted = new WeakMap<Report, number[]>();

/** A mark written for a figure or a name not known yet: `X`, `XX`, `××`, `○○`, `＊＊` (full-width too). */
const MARK = String.raw`[XxＸｘ×○◯＊]`;
/** What a figure or a date part is written before: a count's unit, a share, a date's 年/月/日, a number's 号. */
const UNIT = String.raw`(?:件|个|项|条|次|人次|份|篇|万|%|％|年|月|日|号|名|家|起|元|场|期|人)`;

/**
 * Placeholders a drafter writes for what is not known yet, left in the text (NFKC not applied: the marks are matched
 * in both widths):
 * - marks for a figure or a date part: `XX件`, `××件`, `○○件`, `X月X日`, `202X年`, `××××年` (a run not inside a
 *   Latin word; a year's known digits before it);
 * - marks for a name: two or more of them before Chinese text (`XX局`, `××区`), not a person's masked name
 *   (`申请人王××`, `刘XX诉我局`: see `maskedName`);
 * - empty brackets `【】`, `〔〕`, brackets saying what is to come (`【待补充】`, `（待填写）`), and `（ ）` or `()`
 *   empty before a unit (`（ ）件`);
 * - 待补充, 待填写, 待填报, 待补填, 待核实 alone on a line or leading it before a colon (`待核实：培训人数`); in a sentence
 *   (`因内容待补充，已告知申请人补正`, `要素待补充完善`) they are words;
 * - a blank to write on, three underscores or more (`由___负责`), not a line of them (a Markdown rule);
 * - TODO, TBD, FIXME.
 * Dates are `DATE_SPAN`'s. A pattern quoted as such (`“××局会议纪要（×年第×期）”`, `“年  月  日”一栏`) is not one.
 */
const PLACEHOLDER = new RegExp([
  String.raw`(?<![A-Za-z])\d{0,3}${MARK}{1,4}(?=\s*${UNIT})`,
  String.raw`(?<![A-Za-z])${MARK}{2,4}(?![A-Za-z])(?=[\u4e00-\u9fff])`,
  String.raw`【\s*】|〔\s*〕`,
  String.raw`[【（(\[][^【】（）()\[\]]{0,12}(?:待补充|待填写|待填报|待补填|待核实|待定|填写|补充)[^【】（）()\[\]]{0,12}[】）)\]]`,
  String.raw`[（(][\s\u3000]*[）)](?=\s*${UNIT})`,
  String.raw`^\s*待(?:补充|填写|填报|补填|核实)(?=\s*(?:[:：]|$))`,
  String.raw`(?<![_＿])[_＿]{3,}(?![_＿])`,
  String.raw`\b(?:TODO|TBD|FIXME)\b`,
].join('|'), 'g');

/**
 * Common family names that stand before a person's masked given name (`王××`, `刘XX`, `张×`): a run of one to three
 * marks after one of them is a name masked on purpose (case descriptions), not a placeholder. Characters that are
 * common words as well (于, 和, 时, 向, 成 …) are left out: `向XX局报送` is a placeholder.
 */
const FAMILY_NAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿兰焦俞左柳甘祝包符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍喻祁蒲房滕屈饶解牟艾尤穆农卓缪简麦褚娄窦戚岑景费卜冷晏席卫米柏宗瞿桂佟邬卞姬仇栾隋刁巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝']);

/** Whether the mark run at `a`..`b` of `text` (no digit in it) follows a family name: a person's masked name. */
function maskedName(text: string, a: number, b: number): boolean {
  return b - a <= 3 && a > 0 && FAMILY_NAMES.has(text[a - 1]) && !UNIT_NEXT.test(text.slice(b));
}
/** A unit right after a run of marks (`XX件`): a figure, not a masked name. */
const UNIT_NEXT = new RegExp(String.raw`^\s*${UNIT}`);

/** The spans of `text` inside quotation marks (`“…”`, `「…」`, `『…』`, `"…"`): a pattern quoted, not a blank. */
function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /“[^“”]*”|「[^「」]*」|『[^『』]*』|"[^"]*"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * A date written with marks or blanks for what is not known yet (`2027年1月XX日`, `××××年××月××日`, `2027年  月  日`,
 * `2025年1月  日`, `2025年○月○日`, `____年__月__日`, `202X年1月1日`): one finding for the whole date. `年月日` written
 * plainly is no date (出生年月日).
 */
const DATE_SPAN = /(?<![A-Za-z])(?:[0-9０-９XxＸｘ×]{1,4}|[_＿]{2,})?[ \t\u3000]*年[ \t\u3000]*(?:[0-9０-９XxＸｘ×]{1,2}|[○〇◯]{1,2}|[_＿ \t\u3000]{1,6})?[ \t\u3000]*月[ \t\u3000]*(?:[0-9０-９XxＸｘ×]{1,2}|[○〇◯]{1,2}|[_＿ \t\u3000]{1,6})?[ \t\u3000]*日/g;
const DATE_UNFILLED = /[XxＸｘ×_＿○◯]|年[ \t\u3000]*〇|月[ \t\u3000]*〇|年[ \t\u3000]+月|月[ \t\u3000]+日/;

/** A line that is a table's row (pipe, HTML or tab-separated cells): number-invalid says a placeholder in a cell. */
const TABLE_LINE = /\||<t[dhr][\s>]|\t\S/i;

/** A placeholder in a line: `[start, end)` in UTF-16 units of the line; a date (a signature's alone on its line) or another. */
interface PlaceholderAt {
  start: number;
  end: number;
  kind: 'date' | 'signature-date' | 'mark';
}

/** What `placeholdersIn` found per line text, per report version (`byLineText`: a keystroke reads one line again). */
const placeholdersByText = new WeakMap<Report, Map<string, readonly PlaceholderAt[]>>();

/**
 * The placeholders in one line of prose, title, heading or signature (none in a table's row), in order: unfilled
 * dates first, each one finding, then the other placeholders outside them; nothing inside quotation marks. Depends on
 * the line's text alone.
 */
function placeholdersIn(text: string): readonly PlaceholderAt[] {
  if (TABLE_LINE.test(text)) return NONE;
  // A line of underscores alone is a Markdown rule, not a blank to write on.
  if (/^\s*[_＿\s]+$/.test(text)) return NONE;
  const out: PlaceholderAt[] = [];
  const taken: [number, number][] = quotedSpans(text);
  const quotes = taken.length;
  DATE_SPAN.lastIndex = 0;
  for (let m = DATE_SPAN.exec(text); m; m = DATE_SPAN.exec(text)) {
    if (!DATE_UNFILLED.test(m[0])) continue;
    const a = m.index + (m[0].length - m[0].trimStart().length);
    const b = m.index + m[0].length;
    if (taken.slice(0, quotes).some(([x, y]) => a < y && x < b)) continue;
    taken.push([a, b]);
    // A line holding the date alone (or little else) is the signature's, whose date has a deadline; not a
    // statistics period's dates (brk157 #4).
    const signature = text.trim().length <= 24 && !/统计|期限|自|至|起|止/.test(text);
    out.push({ start: a, end: b, kind: signature ? 'signature-date' : 'date' });
  }
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const a = m.index + (m[0].length - m[0].trimStart().length);
    const b = m.index + m[0].trimEnd().length;
    if (b <= a || taken.some(([x, y]) => a < y && x < b)) continue;
    if (/^[XxＸｘ×○◯＊]+$/.test(text.slice(a, b)) && maskedName(text, a, b)) continue;
    out.push({ start: a, end: b, kind: 'mark' });
  }
  return out.length ? out : NONE;
}

/** No placeholders (shared, never changed). */
const NONE: readonly PlaceholderAt[] = Object.freeze([]);

/**
 * Placeholders left in the text of a draft (`XX件`, `××区`, `【待补充】`, `2027年1月XX日`): a report published with
 * them misses the figures, names or dates they stand for. In table cells they are number-invalid's (a cell that is no
 * number); here the title, headings, prose and signature. No fix: what stands there is the author's.
 */
export const placeholderLeft: Rule = {
  meta: {
    id: 'placeholder-left',
    category: 'prose',
    defaultSeverity: 'warning',
    fixable: false,
    description: bi('正文中留有未填写的占位符（XX件、××、【待补充】）', 'A placeholder was left in the text (XX件, ××, 【待补充】)'),
    rationale: bi(
      '起草时给尚不知道的数字、名称和日期写下的占位符（“XX件”“××件”“X月X日”“202X年”“XX局”“【】”“【待补充】”“待填写”“2027年  月  日”，以及 TODO）留在发布的报告里，读者看不到应有的内容；沿用上年报告改写时常会留下。标题、各级标题、正文和落款中的占位符都报告；表格单元格中的由 number-invalid 报告（这一格不是数字）。“待补充”“待核实”等只在单独成行、在行首后接冒号或写在括号里时报告，句子中的（“因内容待补充，已告知申请人补正”“有待补充”）不是占位符；姓氏后的“××”“XX”（“申请人王××”）是有意隐去的姓名，加引号写出的格式（“××局会议纪要（×年第×期）”、“年  月  日”一栏）也不是；拉丁字母单词中的 x 不是，单独一行的下划线（Markdown 分隔线）也不是。日期中的占位（“2025年1月  日”“2025年○月○日”“202X年1月1日”）整个日期报告一次。不自动修改：请填上实际的内容。',
      'Placeholders written while drafting for figures, names and dates not known yet (XX件, ××件, X月X日, 202X年, XX局, 【】, 【待补充】, 待填写, 2027年  月  日, TODO) left in a published report leave the reader without what should be there; copying last year\'s report forward often leaves them. They are reported in the title, the headings, the prose and the signature; in a table cell number-invalid reports them (the cell is no number). 待补充, 待核实 and the like are reported only on a line of their own, leading a line before a colon, or in brackets; in a sentence (因内容待补充，已告知申请人补正; 有待补充) they are words; marks after a family name (申请人王××) are a name masked on purpose, and a pattern written in quotation marks (“××局会议纪要（×年第×期）”, a “年  月  日” field) is none either; nor is an x inside a Latin word, or a line of underscores alone (a Markdown rule). A date with a placeholder in it (2025年1月  日, 2025年○月○日, 202X年1月1日) is one finding for the whole date. No fix: fill in what belongs there.'),
    example: { bad: '全年共收到政府信息公开申请XX件，办结【待补充】件。', note: bi('“XX件”“【待补充】”未填写', 'XX件 and 【待补充】 are not filled in') },
  },
  check(ctx) {
    const { report } = ctx;
    const { lines } = report;
    const hidden = commentedLines(lines);
    const spans = Object.values(report.extras.spans);
    const inTable = (i: number) => spans.some((s) => s && i >= s.start && i < s.end);
    for (const i of reportLinesWith(report, HINT, hinted)) {
      if (hidden?.[i] || inTable(i)) continue;
      const text = lines.line(i);
      for (const p of byLineText(report, placeholdersByText, text, placeholdersIn)) {
        const shown = text.slice(p.start, p.end);
        ctx.add({
          message: p.kind === 'signature-date'
            ? bi(`“${shown}”是未填写的日期：请填上实际的日期（落款日期还要在发布期限之前）。`, `“${shown}” is a date not filled in: write the actual date (a signature date must also fall before the publication deadline).`)
            : p.kind === 'date'
              ? bi(`“${shown}”是未填写的日期：请填上实际的日期。`, `“${shown}” is a date not filled in: write the actual date.`)
              : bi(`“${shown}”像是起草时留下的占位符，发布的报告中不应有：请填上实际的内容。`, `“${shown}” looks like a placeholder left from drafting, which a published report must not have: fill in what belongs there.`),
          range: lines.range(i, p.start, p.end),
        });
      }
    }
  },
};
