import type { Rule } from './rule.js';
import type { Report } from '../model/build.js';
import { bi, reportLinesWith } from './util.js';
import { commentedLines } from '../suppress.js';

/**
 * Where a placeholder may stand: an X-like mark, a bracket pair, 待 or a Latin to-do word. The lines without one
 * are not read further (kept per report, `reportLinesWith`, which needs the `g` flag).
 */
const HINT = /[XxＸｘ×【待TF]|[（(][\s\u3000]*[）)]|年[\s\u3000_＿]+月/g;
const hinted = new WeakMap<Report, number[]>();

/** A mark written for a figure not known yet: `X`, `XX`, `××` (full-width too). */
const MARK = String.raw`[XxＸｘ×]`;
/** What a figure or a date part is written before: a count's unit, a share, a date's 年/月/日, a number's 号. */
const UNIT = String.raw`(?:件|个|项|条|次|人次|份|篇|万|%|％|年|月|日|号|名|家|起|元|场|期|人)`;

/**
 * Placeholders a drafter writes for what is not known yet, left in the text (NFKC not applied: the marks are matched
 * in both widths):
 * - marks for a figure or a date part: `XX件`, `××件`, `X月X日`, `202X年`, `××××年` (an X run not inside a Latin
 *   word; a year's known digits before it);
 * - marks for a name: two or more of them beside Chinese text (`XX局`, `××区`);
 * - empty brackets `【】`, and brackets saying what is to come (`【待补充】`, `【填写】`);
 * - `（ ）` or `()` empty before a unit (`（ ）件`);
 * - the words 待补充, 待填写, 待填报, 待补填 (not 有待补充: "yet to be improved" is a sentence);
 * - a date whose month and day are blank (`2027年  月  日`, `____年__月__日`);
 * - TODO, TBD, FIXME.
 */
const PLACEHOLDER = new RegExp([
  String.raw`(?<![A-Za-z])\d{0,3}${MARK}{1,4}(?=\s*${UNIT})`,
  String.raw`(?<![A-Za-z])${MARK}{2,4}(?![A-Za-z])(?=[\u4e00-\u9fff])`,
  String.raw`(?<=[\u4e00-\u9fff])${MARK}{2,4}(?![A-Za-z])`,
  String.raw`【\s*】`,
  String.raw`【[^【】]{0,12}(?:待|填写|补充|填报)[^【】]{0,12}】`,
  String.raw`[（(][\s\u3000]*[）)](?=\s*${UNIT})`,
  String.raw`(?<![有尚仍])待(?:补充|填写|填报|补填)`,
  String.raw`(?:\d{4}|[_＿]{2,})?\s*年[\s\u3000_＿]+月[\s\u3000_＿]+日`,
  String.raw`\b(?:TODO|TBD|FIXME)\b`,
].join('|'), 'g');

/**
 * A date written with marks or blanks for what is not known yet (`2027年1月XX日`, `××××年××月××日`, `2027年  月  日`,
 * `____年__月__日`, `202X年1月1日`): one finding for the whole date. `年月日` written plainly is no date (出生年月日).
 */
const DATE_SPAN = /(?<![A-Za-z])(?:[0-9０-９XxＸｘ×]{1,4}|[_＿]{2,})?[ \t\u3000]*年[ \t\u3000]*(?:[0-9０-９XxＸｘ×]{1,2}|[_＿ \t\u3000]{1,6})?月[ \t\u3000]*(?:[0-9０-９XxＸｘ×]{1,2}|[_＿ \t\u3000]{1,6})?日/g;
const DATE_UNFILLED = /[XxＸｘ×_＿]|年[ \t\u3000]+月|月[ \t\u3000]+日/;

/** A line that is a table's row (pipe, HTML or tab-separated cells): number-invalid says a placeholder in a cell. */
const TABLE_LINE = /\||<t[dhr][\s>]|\t\S/i;

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
      '起草时给尚不知道的数字、名称和日期写下的占位符（“XX件”“××件”“X月X日”“202X年”“XX局”“【】”“【待补充】”“待填写”“2027年  月  日”，以及 TODO）留在发布的报告里，读者看不到应有的内容；沿用上年报告改写时常会留下。标题、各级标题、正文和落款中的占位符都报告；表格单元格中的由 number-invalid 报告（这一格不是数字）。“有待补充”“尚待完善”这样的句子不是占位符，拉丁字母单词中的 x 也不是。不自动修改：请填上实际的内容。',
      'Placeholders written while drafting for figures, names and dates not known yet (XX件, ××件, X月X日, 202X年, XX局, 【】, 【待补充】, 待填写, 2027年  月  日, TODO) left in a published report leave the reader without what should be there; copying last year\'s report forward often leaves them. They are reported in the title, the headings, the prose and the signature; in a table cell number-invalid reports them (the cell is no number). A sentence such as 有待补充 (yet to be supplemented) is no placeholder, nor is an x inside a Latin word. No fix: fill in what belongs there.'),
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
      if (TABLE_LINE.test(text)) continue;
      // Dates first, each as one finding; then the other placeholders outside them.
      const taken: [number, number][] = [];
      DATE_SPAN.lastIndex = 0;
      for (let m = DATE_SPAN.exec(text); m; m = DATE_SPAN.exec(text)) {
        if (!DATE_UNFILLED.test(m[0])) continue;
        const a = m.index + (m[0].length - m[0].trimStart().length);
        const b = m.index + m[0].length;
        taken.push([a, b]);
        const shown = text.slice(a, b);
        ctx.add({
          message: bi(`“${shown}”是未填写的日期：请填上实际的日期（落款日期还要在发布期限之前）。`, `“${shown}” is a date not filled in: write the actual date (a signature date must also fall before the publication deadline).`),
          range: lines.range(i, a, b),
        });
      }
      PLACEHOLDER.lastIndex = 0;
      for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
        const a = m.index + (m[0].length - m[0].trimStart().length);
        const b = m.index + m[0].trimEnd().length;
        if (b <= a || taken.some(([x, y]) => a < y && x < b)) continue;
        const shown = text.slice(a, b);
        ctx.add({
          message: bi(`“${shown}”像是起草时留下的占位符，发布的报告中不应有：请填上实际的内容。`, `“${shown}” looks like a placeholder left from drafting, which a published report must not have: fill in what belongs there.`),
          range: lines.range(i, a, b),
        });
      }
    }
  },
};
