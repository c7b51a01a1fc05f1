import type { Rule } from './rule.js';
import { eachInParagraphs, numbersIn, sentenceEnd, type NumberToken, type Paragraph } from '../prose/text.js';
import { bi } from './util.js';

/** Whether `part / whole` written with `decimals` places gives `pct` (rounded or truncated as texts do). */
export function percentFits(part: number, whole: number, pct: number, decimals: number): boolean {
  if (whole <= 0) return false;
  const exact = (part / whole) * 100;
  return Math.abs(exact - pct) < 10 ** -decimals - 1e-9;
}

/** The CJK words right before offset `pos` (a number's label: `转接成功4382次` → `转接成功`). */
function labelBefore(t: string, pos: number, floor: number): string {
  let i = pos;
  while (i > floor && /[\u4e00-\u9fff]/.test(t[i - 1])) i--;
  return t.slice(i, pos).replace(/^(?:共|其中|累计|全年|已|均)/, '').replace(/(?:数量|数|量|总数|为|达|共|有)$/, '');
}

/** A percentage with the numbers it was written next to. */
interface Ratio {
  pct: NumberToken;
  part: NumberToken;
  whole: NumberToken;
  /** `转接成功率` → `转接成功`; '' for `占…%`. */
  rate: string;
}

/**
 * Finds the numerator and denominator of a percentage when the sentence names them:
 * - a named rate `X率为P%` with a number labelled `X` (the part) and one labelled by a shorter prefix of `X`
 *   (the whole): `转接5873次，转接成功4382次，转接成功率为89.52%`;
 * - `N件，占(总数的)P%` / `N件（P%）` after a stated total `共M件` of the same unit, when exactly one total is
 *   written before it.
 * Anything else (growth rates, a base not in the text) is not read.
 */
function ratioOf(p: { text: string }, pct: NumberToken, window: NumberToken[], from: number): Ratio | null {
  const t = p.text;
  const before = window.filter((n) => n.end <= pct.start && !n.approx && n.unit !== '%' && n.unit !== '年' && n.unit !== '月' && n.unit !== '日');
  const rate = /([\u4e00-\u9fff]{2,8})率(?:为|是|达到?|约为|仅为)?$/.exec(t.slice(Math.max(from, pct.start - 14), pct.start));
  if (rate) {
    const name = rate[1].replace(/^(?:其中|全年|总体|整体|年度)/, '');
    const labelled = before.map((n) => ({ n, label: labelBefore(t, n.start, from) })).filter((x) => x.label.length >= 2);
    const parts = labelled.filter((x) => x.label === name || (name.endsWith(x.label) && x.label.length >= 3) || x.label.endsWith(name));
    if (parts.length !== 1) return null;
    const part = parts[0];
    const wholes = labelled.filter((x) => x !== part && x.n.unit === part.n.unit && x.label.length < name.length && name.startsWith(x.label));
    if (wholes.length !== 1 || wholes[0].n.value < part.n.value) return null;
    return { pct, part: part.n, whole: wholes[0].n, rate: name };
  }
  // `N件，占(总数的)P%` or `N件（P%）`: the part is the number right before.
  const gap = /^(?:[，,]?(?:占(?:总数|总量|全部|比|比例)?的?(?:比例)?(?:为|达)?|[（(]))$/;
  const part = before[before.length - 1];
  if (!part || !gap.test(t.slice(part.unitEnd, pct.start))) return null;
  const totals = before.filter((n) => n !== part && n.unit === part.unit && /(?:共|总计|合计|共计|总数|全年)[^，,。；;\d]{0,12}$/.test(t.slice(Math.max(from, n.start - 14), n.start)));
  if (totals.length !== 1 || totals[0].value < part.value) return null;
  return { pct, part, whole: totals[0], rate: '' };
}

/** A percentage that does not follow from the numbers next to it (seed 003: 4382 / 5873 ≠ 89.52%). */
export const prosePercent: Rule = {
  meta: {
    id: 'prose-percent',
    category: 'prose',
    defaultSeverity: 'warning',
    fixable: false,
    readsProse: true,
    description: bi('百分比与旁边的数字算不出来', 'A percentage does not follow from the numbers next to it'),
    rationale: bi(
      '正文写出比率时，分子和分母通常就在同一句里（“转接5873次，转接成功4382次，转接成功率为89.52%”“办结20件，占总数的83.3%”）。按文中的小数位数四舍五入或截断后仍对不上，说明某个数字或比率写错了。只核对能明确找出分子和分母的比率；同比增长率、分母不在文中的比率不核对。任何两个相邻数字能算出该比率时也不报告。',
      'When the prose states a rate, its part and whole are usually in the same sentence (转接5873次，转接成功4382次，转接成功率为89.52%; 办结20件，占总数的83.3%). If the rate does not follow with the text\'s own rounding or truncation, a number or the rate is wrong. Only rates whose part and whole can be told are checked; growth rates and rates whose base is not in the text are not, and nothing is reported when any two nearby numbers give the rate.'),
    example: { bad: '转接5873次,转接成功4382次,转接成功率为89.52%', note: bi('4382 / 5873 = 74.61%', '4382 / 5873 = 74.61%') },
  },
  check(ctx) {
    eachInParagraphs(ctx.report, 'percents', '%', percentsOf, ({ ratio, pct, computed, written }, _para, o, p) => {
      ctx.add({
        message: bi(
          `${ratio.rate ? `“${ratio.rate}率”` : '比率'}写为 ${written}，但 ${ratio.part.value} / ${ratio.whole.value} = ${computed}%。请核对比率或这两个数字。`,
          `The ${ratio.rate ? `rate “${ratio.rate}率”` : 'share'} is written as ${written}, but ${ratio.part.value} / ${ratio.whole.value} = ${computed}%. Check the rate or the two numbers.`),
        range: p.range(o + pct.start, o + pct.unitEnd),
        expected: Number(computed),
        actual: pct.value,
        related: [
          { range: p.range(o + ratio.part.start, o + ratio.part.end), message: bi(`分子 ${ratio.part.value}`, `Part ${ratio.part.value}`) },
          { range: p.range(o + ratio.whole.start, o + ratio.whole.end), message: bi(`分母 ${ratio.whole.value}`, `Whole ${ratio.whole.value}`) },
        ],
      });
    });
  },
};

/** The percentages of one paragraph that do not follow from their numbers (offsets in it; kept with the paragraph). */
function percentsOf(para: Paragraph, first: number): { ratio: Ratio; pct: NumberToken; computed: string; written: string }[] {
  const t = para.text;
  // A percentage needs a `%` in its sentence (the unit follows the digits with at most 万/亿 and 余/多 between).
  let pct = first;
  const out: ReturnType<typeof percentsOf> = [];
  let prevStart = -1, prevEnd = -1;
  for (let start = 0, end = 0; start < t.length; prevStart = start, prevEnd = end, start = end) {
    end = sentenceEnd(t, start);
    if (pct >= 0 && pct < start) pct = t.indexOf('%', start);
    if (pct < 0) break;
    if (pct >= end) continue;
    const nums = numbersIn(para, start, end);
    const pcts = nums.filter((n) => n.unit === '%' && !n.approx);
    if (!pcts.length) continue;
    // The window: this sentence up to the percentage and the sentence before it in the same paragraph.
    const from = prevStart >= 0 ? prevStart : start;
    const window = [...(prevStart >= 0 ? numbersIn(para, prevStart, prevEnd) : []), ...nums];
    for (const pct of pcts) {
      if (/(?:增长|增加|下降|减少|提高|提升|降低|上升|增幅|降幅|同比|环比|比上年|较上年)[^，,。；;]{0,6}$/.test(t.slice(Math.max(start, pct.start - 12), pct.start))) continue;
      if (pct.value > 100 || pct.value <= 0) continue;
      const ratio = ratioOf(para, pct, window, start === from ? start : from);
      if (!ratio || percentFits(ratio.part.value, ratio.whole.value, pct.value, pct.decimals)) continue;
      // Any two numbers before it that give the percentage: the text may mean those.
      const cands = window.filter((n) => n.end <= pct.start && n.unit && !['%', '年', '月', '日', '号'].includes(n.unit) && n.value > 0);
      if (cands.some((a) => cands.some((b) => a !== b && b.value >= a.value && percentFits(a.value, b.value, pct.value, pct.decimals)))) continue;
      const computed = ((ratio.part.value / ratio.whole.value) * 100).toFixed(Math.max(pct.decimals, 1));
      out.push({ ratio, pct, computed, written: para.raw.slice(pct.start, pct.unitEnd) });
    }
  }
  return out;
}
