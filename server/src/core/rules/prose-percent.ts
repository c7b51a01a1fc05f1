import type { Rule } from './rule.js';
import { eachInParagraphs, firstWithKeyAtOrAfter, lastIndexOfAny, numbersIn, percentBound, sentenceEnd, sentenceStart, type NumberToken, type Paragraph } from '../prose/text.js';
import { bi, reportWordsEn } from './util.js';
import { splitTotal } from './prose-sum.js';
import { Quantities } from '../prose/quantities.js';
import { APPLICATION_WORD, OTHER_SUBJECT, TO_HANDLE_BEFORE } from '../prose/anchors.js';

/**
 * Whether `part / whole` written as a percentage with `decimals` places gives `pct` (a percentage, e.g. 97.2), the way
 * texts write rates: rounded (half up, 97.24 → 97), truncated (97.96 → 97, 99.9 rather than 100), or rounded twice, first
 * to one place more (97.46 → 97.5 → 98). Not rounded up (97.24 is not 98). False when `whole` is not positive.
 */
export function percentFits(part: number, whole: number, pct: number, decimals: number): boolean {
  if (whole <= 0) return false;
  const scale = 10 ** decimals;
  // In units of the last place written (9724.3 for 97.243 with 2 places); the epsilon keeps 0.29 * 100 from falling short.
  const exact = (part / whole) * 100 * scale + 1e-9;
  const written = Math.round(pct * scale);
  return written === Math.round(exact) || written === Math.floor(exact) || written === Math.round(Math.round(exact * 10) / 10 + 1e-9);
}

/**
 * How far from its value a count written `n` may be, in its own unit: half a unit of its last digit when it is
 * rounded, written with 万 or 亿 (`1.2万次`: 11500–12499 次, `asCount`; `3万件`: 25000–35000) or with decimals (`1.2千次`,
 * a count has none of its own), else 0 (`1200次` is read as written). A sum of counts (`Whole.spread`) spreads as far
 * as its parts together.
 */
function spreadOf(n: Count): number {
  if (n.spread !== undefined) return n.spread;
  return n.decimals > 0 || /^[万亿]/.test(n.unit) ? 0.5 * 10 ** -n.decimals : 0;
}

/** A number as this rule reads it: a count written with 万 or 亿 as the things it counts (`asCount`). */
type Count = NumberToken & {
  /** How far from `value` the count may be (`spreadOf`). */
  spread?: number;
  /** The 万 or 亿 it was written with (`1.2万次`: value 12000, unit 次). */
  scale?: '万' | '亿';
};

/**
 * A count written with 万 or 亿 before its unit (`1.2万次`, `0.9亿人次`) as the number of things it counts, in that unit
 * (12000 次, 90000000 人次), with the spread its rounding allows (11500–12499): so that it pairs with a count of the
 * same things written in full (`全年来电1.2万次，接通11000次`) and is never taken for 1.2 of them (`1.2亿人次` is no 60%
 * of `2件`; brk121 #5). Any other number as it is (`1.2万` with no unit too).
 */
function asCount(n: NumberToken): Count {
  const scale = n.unit[0];
  if ((scale !== '万' && scale !== '亿') || n.unit.length < 2) return n;
  const places = scale === '万' ? 4 : 8;
  const decimals = Math.max(0, n.decimals - places);
  return { ...n, value: Number((n.value * 10 ** places).toFixed(decimals)), decimals, unit: n.unit.slice(1), spread: 0.5 * 10 ** (places - n.decimals), scale };
}

/** The numbers of `para` from `from` to `to` as this rule reads them (`asCount`). */
function countsIn(para: Paragraph, from: number, to: number): Count[] {
  return numbersIn(para, from, to).map(asCount);
}

/** A count as the text writes it (`1.2万` for one read from `1.2万次`), for a message. */
function shown(n: Count): string {
  return n.scale ? `${Number((n.value / (n.scale === '万' ? 1e4 : 1e8)).toFixed(8))}${n.scale}` : String(n.value);
}

/**
 * Whether `part / whole` gives the percentage `pct` (as `percentFits` reads it) for some counts the two as written
 * stand for (`spreadOf`: `接通1.1万次` / `来电1.2万次` is 10500–11499 of 11500–12499, 84%–100%, so 92.3% may be right;
 * brk115 #4). `wholeValue` is the whole's value, or another the text allows (`Whole.alt`).
 */
export function rateFits(part: NumberToken, whole: Whole, pct: NumberToken, wholeValue = whole.value): boolean {
  // `超过60%`, `不足六成`: any rate the two counts may stand for on the side the mark says (brk141 #10).
  const bounded = percentBound(pct);
  if (bounded) {
    const exact = (part.value / wholeValue) * 100;
    const [low, high] = rateRange(part, whole, wholeValue) ?? [exact, exact];
    return (bounded.lowOpen ? high > bounded.low : high >= bounded.low) && (bounded.highOpen ? low < bounded.high : low <= bounded.high);
  }
  if (percentFits(part.value, wholeValue, pct.value, pct.decimals)) return true;
  const range = rateRange(part, whole, wholeValue);
  if (!range) return false;
  // Written rounded (half up), truncated or rounded twice: an exact rate from 0.55 of a last place below the
  // written one to one above it gives it.
  const unit = 10 ** -pct.decimals;
  return pct.value > range[0] - unit && pct.value <= range[1] + 0.55 * unit;
}

/** The rates (percentages, lowest and highest) `part / whole` may stand for when either is rounded (`spreadOf`); null when neither is. */
function rateRange(part: NumberToken, whole: Whole, wholeValue = whole.value): [number, number] | null {
  const sp = spreadOf(part), sw = spreadOf(whole);
  if (!sp && !sw) return null;
  const low = (Math.max(0, part.value - sp) / (wholeValue + sw)) * 100;
  const high = wholeValue - sw > 0 ? Math.min(100, ((part.value + sp) / (wholeValue - sw)) * 100) : 100;
  return [low, high];
}

/** The CJK words right before offset `pos` (a number's label: `转接成功4382次` → `转接成功`). */
function labelBefore(t: string, pos: number, floor: number): string {
  let i = pos;
  while (i > floor && /[\u4e00-\u9fff]/.test(t[i - 1])) i--;
  return t.slice(i, pos).replace(/^(?:共|其中|累计|全年|已|均)/, '').replace(/(?:数量|数|量|总数|为|达|共|有)$/, '');
}

/** The whole of a share: a count written, or the sum of the sentence's parts (`sumOf`, their values), which spans them. */
type Whole = Count & {
  sumOf?: number[];
  /** A count received that may mean 新收 alone (`受理申请42件` before a 办结率): 表三's 上年结转 added to it is a whole too. */
  orCarried?: true;
  /**
   * Another whole the text allows, as reasonable as this one: the count received with the 上年结转 stated beside it
   * (`收到申请18件，上年结转1件。办结18件，占申请总数的94.7%`: 19), or the count received alone when the whole is that sum.
   */
  alt?: number;
  /** A count of the applications received with no 上年结转 stated beside it: 表三's 上年结转 added to it is a whole too when it is 表三's 新收. */
  received?: true;
  /**
   * The whole the sentence states as this rate's own (a 办结率's `共需处理51件`, `（含上年结转…）`, 新收 and 上年结转 written
   * apart): two other counts that happen to give the rate (`新收49件` of `办结48件`, 98%) are no reading of it (brk158 #2).
   */
  own?: true;
};

/** A percentage with the numbers it was written next to. */
interface Ratio {
  pct: NumberToken;
  part: Count;
  whole: Whole;
  /** `转接成功率` → `转接成功`; '' for `占…%`. */
  rate: string;
}

/**
 * What may stand between a part and its share (`24件，占P%`, `，占比P%`, `，占总数的P%`, `，占办结总数的P%`,
 * `（P%`, `（占P%`, `（占比为P%`): null when `gap` is none of these, else the base the share names with its
 * generic words dropped (`办结总数` → `办结`, `全部申请` → `申请`; '' for `总数` or none), and whether it names
 * the stated total without saying which (`总数`, `全部`: `total`).
 */
export function shareGap(gap: string): { base: string; total: boolean } | null {
  if (/^[（(]$/.test(gap)) return { base: '', total: false };
  const m = /^[，,]?[（(]?(?:所?占(?:比|比例|比重|百分比)?|(?:公开|其)?(?:比例|占比|比重))(?:为|达到?|是)?$/.exec(gap) ?? /^[，,]?[（(]?占([\u4e00-\u9fff]{1,12}?)(?:的(?:比例|比重|百分比)?|(?<=总数|总量|总件数))(?:为|达到?|是)?$/.exec(gap);
  if (!m) return null;
  const base = (m[1] ?? '').replace(/^(?:全部|全年|所有|本年|年度)/, '').replace(/(?:总数|总量|总件数|件数|数量|总和|数|量)$/, '');
  return { base, total: !base && Boolean(m[1]) };
}

/** Words that tell which count a named base is (`占办结总数的` → 办结), first match wins. */
const BASE_KEYS = ['办结', '受理', '新收', '收到', '答复', '办理', '申请'];

/**
 * What a percentage written in Chinese words means, for an English message (brk157 #8): `超过六成` more than 60%,
 * `六成以上` at least 60%, `不足五成` less than 50%, `百分之六十一` 61%.
 */
function percentGloss(written: string, value: number): string {
  const side = /超过|逾|多于|超/.test(written) ? 'more than ' : /不足|不到|少于|未满/.test(written) ? 'less than ' : /以上|不少于|不低于/.test(written) ? 'at least ' : /以下|不超过|不多于|不高于/.test(written) ? 'at most ' : /约|近|左右|上下/.test(written) ? 'about ' : '';
  return `${side}${value}%`;
}

/** A share written as `N件，占P%` / `N件（P%）`: the percentage, its part and the base it names ('' for none). */
interface Share {
  pct: NumberToken;
  part: Count;
  base: string;
  /** `占总数的P%`: of the total the text states (`共24件`). */
  total: boolean;
}

/**
 * The shares of a sentence: each percentage written right after a count with a share gap between (`shareGap`).
 * `nums` are the sentence's numbers.
 */
function sharesIn(t: string, nums: Count[], bounded = false): Share[] {
  const out: Share[] = [];
  for (let i = 1; i < nums.length; i++) {
    const pct = nums[i], part = nums[i - 1];
    if (pct.unit !== '%' || (pct.approx && !(bounded && percentBound(pct))) || part.unit === '%' || part.approx || NOT_COUNTS.has(part.unit)) continue;
    // (`，占比超过60%`: the mark of a bounded one is no part of the gap.)
    const between = pct.approx ? t.slice(part.unitEnd, pct.start).replace(BOUND_LEAD, '') : t.slice(part.unitEnd, pct.start);
    const gap = shareGap(between);
    if (gap) out.push({ pct, part, base: gap.base, total: gap.total });
    else if (RESPECTIVELY.test(between)) out.push(...respectively(t, nums, i, between));
  }
  return out;
}

/** `，分别占…` / `，依次占…` / `，占比分别为…` between the last count of a list and the first of its shares. */
const RESPECTIVELY = /^[，,]?(?:所?占比(?:例|重)?|比例|比重)?(?:分别|依次|各)(?=占|为|是)/;
/** What joins the shares of a `分别` list (`51.06%、14.77%和3.2%`). */
const SHARE_JOIN = /^(?:、|，|,|和|及|与)$/;
/** What stands between two counts of a list: a joiner and the next count's label (`、部分公开`), no number, no stop. */
const COUNT_JOIN = /^(?:、|，|,|和|及|与|以及)[^，,。；;：:\d%]{0,24}$/;

/**
 * The shares of a list written with 分别 (`其中予以公开24件、部分公开7件，分别占51.06%、14.77%`): the percentages
 * from `nums[i]` on, joined by `、`/`和`, paired in order with as many counts right before them, which must form a
 * list (`COUNT_JOIN`) of one unit. `between` is what stands between the last count and the first percentage
 * (`，分别占办结总数的`: the base, as `shareGap` reads it without 分别). Empty when the counts and percentages are
 * not one to one.
 */
function respectively(t: string, nums: Count[], i: number, between: string): Share[] {
  const gap = shareGap(between.replace(/^([，,]?(?:所?占比(?:例|重)?|比例|比重)?)(?:分别|依次|各)/, '$1').replace(/^([，,]?)(?:为|是)$/, '$1占'));
  if (!gap) return [];
  let j = i;
  while (j + 1 < nums.length && nums[j + 1].unit === '%' && !nums[j + 1].approx && SHARE_JOIN.test(t.slice(nums[j].unitEnd, nums[j + 1].start))) j++;
  const k = j - i + 1;
  if (k < 2 || i - k < 0) return [];
  const parts = nums.slice(i - k, i);
  const unit = parts[0].unit;
  for (let m = 0; m < k; m++) {
    const n = parts[m];
    if (n.unit !== unit || n.approx || NOT_COUNTS.has(n.unit)) return [];
    if (m > 0 && !COUNT_JOIN.test(t.slice(parts[m - 1].unitEnd, n.start))) return [];
  }
  // A count right before the list that joins it too (`3件、24件、7件，分别占…` with two shares): not one to one. A total
  // the list splits (`120人次，其中…60人次、…40人次`) is no member of it.
  const before = nums[i - k - 1];
  const lead = before ? t.slice(before.unitEnd, parts[0].start) : '';
  if (before && before.unit === unit && COUNT_JOIN.test(lead) && !/其中|包括|包含/.test(lead)) return [];
  return parts.map((part, m) => ({ pct: nums[i + m], part, base: gap.base, total: gap.total }));
}

const NOT_COUNTS = new Set(['', '%', '‰', '年', '月', '日', '号', '倍']);

/**
 * The whole of a share, when the text tells it; null when it is uncertain (then nothing is said, rather than a
 * rate recomputed against the wrong total). In order:
 * - a named base (`占办结总数的90%`): the one count labelled with it (`办结47件`);
 * - the total the part's `其中` list splits (`办结47件，其中予以公开24件（占51.1%）`);
 * - for `占总数的P%`, the one total stated with 共, 总计 … (`建议共24件 … 已办结的20件,占总数的83.3%`);
 * - the total the other shares of the sentence are rates of, when they all fit one (上海市政府办公厅 2025:
 *   17.46%, 1.68%, 26.78% are of 办结 1191, not of 受理 1295);
 * - the one count that can be the whole: written in the sentence, or stated as a total (`共`, `总计`, `全年` …) in
 *   the sentence before; not when the sentence's shares all fit the sum of their own parts instead (they are of
 *   that sum: `自然人申请30件，占81.1%；法人或其他组织申请7件，占18.9%` after `共受理41件（含上年结转4件）`): then null,
 *   and when all but this one fit it and none fits a count written, that sum (a `Whole` spanning the parts).
 * `totals` are the counts before the part of its unit, not themselves parts of a share; a whole is one of them at
 * least as large as the part.
 */
function wholeOf(para: Paragraph, share: Share, totals: NumberToken[], siblings: Share[], start: number, from: number): Whole | null {
  const candidates = totals.filter((n) => n.value >= share.part.value);
  const t = para.text;
  if (share.base) {
    const key = BASE_KEYS.find((k) => share.base.includes(k)) ?? share.base;
    const named = candidates.filter((n) => labelBefore(t, n.start, from).includes(key));
    return oneValue(named);
  }
  // (The list is read in the units as written: `1.5万条，其中政策文件0.3万条`.)
  const split = splitTotal(para, share.part.scale ? { ...share.part, unit: share.part.scale + share.part.unit } : share.part);
  const total = split && asCount(split);
  if (total) return total.value >= share.part.value ? total : null;
  const stated = (n: NumberToken) => STATED.test(t.slice(Math.max(from, n.start - 14), n.start));
  // `占总数的P%`: the total stated with 共, 总计 … (庆城县: 建议共24件 … 已办结的20件,占总数的83.3%); one
  // smaller than the part leaves the base unknown.
  if (share.total) {
    const whole = oneValue(totals.filter(stated));
    if (whole) return whole.value >= share.part.value ? whole : null;
  }
  // Shares that all fit what their own parts add up to (`自然人申请30件，占81.1%；法人或其他组织申请7件，占18.9%`: 37)
  // are of that sum, which the text need not state (41 received, 4 of them carried over): the whole is uncertain.
  // (Before a count written that one small share happens to fit too: `…其他处理1件（占2.1%）` fits 47 and 48 alike;
  // helper-220 #11.)
  const mates = siblings.filter((s) => s.part.unit === share.part.unit);
  const own = mates.reduce((a, s) => a + s.part.value, 0);
  const ofOwnSum = mates.length >= 2 && mates.includes(share) && mates.every((s) => percentFits(s.part.value, own, s.pct.value, s.pct.decimals));
  const fitted = candidates.filter((n) => siblings.some((s) => s !== share && percentFits(s.part.value, n.value, s.pct.value, s.pct.decimals)));
  if (fitted.length) {
    const whole = oneValue(fitted);
    if (ofOwnSum && whole?.value !== own) return null;
    // Every other share that fits a candidate fits this one.
    return whole && siblings.every((s) => s === share || !candidates.some((n) => n.value !== whole.value && percentFits(s.part.value, n.value, s.pct.value, s.pct.decimals))) ? whole : null;
  }
  if (ofOwnSum) return null;
  // All but one fit that sum and none fits a count written (`自然人申请30件，占80.1%；法人或其他组织申请7件，占18.9%`: 7 / 37
  // fits, 80.1% is a typo for 30 / 37): the shares are of the sum, and the one that does not fit is the one wrong.
  const misfits = mates.filter((s) => !percentFits(s.part.value, own, s.pct.value, s.pct.decimals));
  if (mates.length >= 2 && mates.includes(share) && misfits.length === 1 && !mates.some((s) => candidates.some((n) => percentFits(s.part.value, n.value, s.pct.value, s.pct.decimals)))) {
    const [first, last] = [mates[0].part, mates[mates.length - 1].part];
    // The sum is not written: it spans its parts, from the first to the last.
    return { ...first, value: own, decimals: 0, end: last.end, unitEnd: last.unitEnd, sumOf: mates.map((s) => s.part.value), spread: mates.reduce((a, s) => a + spreadOf(s.part), 0) };
  }
  // A 办理结果's share is of the applications concluded: a count received or new (`新收申请46件。…予以公开24件，占51.1%`)
  // is no whole of it (helper-220 #11). So one in the sentence before does not make its whole uncertain (`新收…46件，上年
  // 结转2件。在办结的47件申请中，予以公开24件，占60%`, brk128 #8), and a count concluded there is its whole (`…；办结47件。
  // 予以公开25件，占53.2%`). (Two in its own sentence, `新收…46件，办结47件，予以公开24件，占比80%`, still leave it uncertain.)
  // (A result named before a list of counts, `予以公开、部分公开的分别为24件、6件，分别占…`: each count's clause names it.)
  const clause = t.slice(clauseAt(t, share.part.start, from), share.part.start);
  const result = RESULT_IN.test(labelBefore(t, share.part.start, from)) || RESULT_IN.test(clause);
  const concluded = (n: NumberToken) => {
    const label = labelBefore(t, n.start, from);
    // (Not the count due, `应办结48件`: the applications to conclude, not those concluded.)
    return /办结|办理|答复|处理/.test(label) && !RESULT_IN.test(label) && !TO_HANDLE.test(label);
  };
  const possible = result ? candidates.filter((n) => n.start >= start || concluded(n)) : candidates;
  const one = oneValue(possible);
  if (!one) return null;
  if (result) return concluded(one) ? one : null;
  return possible.some((n) => n.start >= start || stated(n)) ? one : null;
}

/**
 * The applications to conclude, from the labelled counts before a 办结率: the one received count (收到, 受理,
 * 新收, 接收) followed by `（含上年结转…）`, or the one 新收 count and the one 上年结转 count added up (a token
 * at the 新收 count with their sum as its value), or the one count received (收到, 受理, 接收; no 新收 and no 上年结转
 * among the counts: `受理申请42件，办结39件，办结率95%`), which some reports mean with the carried-over ones and some
 * without (`orCarried`: the whole may then be it plus 表三's 上年结转, which the rule adds). Null when none is certain.
 */
function toConclude(t: string, labelled: { n: NumberToken; label: string }[], earlier: () => { n: NumberToken; label: string }[]): Whole | null {
  // `共需处理63件，已办结60件，办结率95.2%` (brk134 #3): the count said to be the applications to conclude is the whole.
  const toHandle = labelled.filter((x) => TO_HANDLE.test(x.label));
  if (toHandle.length === 1) return { ...toHandle[0].n, own: true };
  if (toHandle.length) return null;
  const received = labelled.filter((x) => /收到|受理|新收|接收/.test(x.label));
  const withCarried = received.filter((x) => /^[（(]含(?:了)?上一?年度?结转/.test(t.slice(x.n.unitEnd, x.n.unitEnd + 8)));
  if (withCarried.length === 1) return { ...withCarried[0].n, own: true };
  const fresh = received.filter((x) => /新收/.test(x.label));
  const carried = labelled.filter((x) => /上一?年度?结转|结转/.test(x.label) && !/下一?年|继续/.test(x.label));
  if (!withCarried.length && !fresh.length && !carried.length && received.length === 1) return { ...received[0].n, orCarried: true };
  // `收到申请18件，上年结转1件。办结18件，办结率94.7%`: 收到 beside 上年结转 is 新收, to conclude their sum (or, as some
  // write it, the count received alone).
  if (!withCarried.length && !fresh.length && carried.length === 1 && received.length === 1) {
    return { ...received[0].n, value: received[0].n.value + carried[0].n.value, alt: received[0].n.value, spread: spreadOf(received[0].n) + spreadOf(carried[0].n), own: true };
  }
  // `全县共收到政府信息公开申请61件。其中自然人申请55件，法人或其他组织申请6件。加上上年结转的2件，已办结60件，办结率95.2%`
  // (brk134 #3): 上年结转 added to a count received stated a sentence further back, the only one there.
  if (!withCarried.length && !fresh.length && !received.length && carried.length === 1) {
    const back = earlier().filter((x) => x.n.unit === carried[0].n.unit && /收到|受理|新收|接收/.test(x.label));
    if (back.length !== 1) return null;
    const [r, c] = [back[0].n, carried[0].n];
    return { ...r, value: r.value + c.value, ...(/新收/.test(back[0].label) ? {} : { alt: r.value }), spread: spreadOf(r) + spreadOf(c), own: true };
  }
  if (withCarried.length || fresh.length !== 1 || carried.length !== 1) return null;
  return { ...fresh[0].n, value: fresh[0].n.value + carried[0].n.value, spread: spreadOf(fresh[0].n) + spreadOf(carried[0].n), own: true };
}

/**
 * The label of a count of the applications to conclude, 新收 and 上年结转 together (`共需处理63件`, `应办结申请63件`,
 * `需办理的申请共63件`): the whole of a 办结率 as written.
 */
const TO_HANDLE = new RegExp(`${TO_HANDLE_BEFORE.source.slice(0, -1)}(?:处理|办理|办结|答复)`);

/** What stands before a stated total (`共24件`, `总计…`, `全年…`), up to 12 characters from it. */
const STATED = /(?:共|总计|合计|共计|总数|全年)[^，,。；;\d]{0,12}$/;

/** The last of `ns` when they all have one value, else null. */
function oneValue(ns: NumberToken[]): NumberToken | null {
  if (!ns.length || ns.some((n) => n.value !== ns[0].value)) return null;
  return ns[ns.length - 1];
}

/** A rate of one of 表四's results (`维持率`, `纠错率`, `结果纠正率`), by its name before 率. */
const CASE_RESULT_RATE = /^(?:结果)?(?:维持|纠正|纠错)$|^被(?:纠正|纠错)$/;
/** The label of a count of 行政复议 or 行政诉讼 cases (`被申请行政复议`, `被提起行政诉讼案件`). */
const CASE_GROUP_LABEL = /(?:行政复议|行政诉讼|复议|诉讼|起诉)(?:案件)?$/;

/** The results of 表三 whose shares of the applications concluded a report states. */
const RESULTS = '予以公开|部分公开|不予公开|无法提供|不予处理|其他处理';
const RESULT_NAME = new RegExp(`^(?:${RESULTS})$`);
/** A label naming one of the results (`部分公开的分别为`). */
const RESULT_IN = new RegExp(RESULTS);
/** A result named right before its share: `予以公开占20%`, `予以公开占比为20%` (group 1 the result). */
const RESULT_SHARE = new RegExp(`(${RESULTS})(?:的?占比|占)(?:为|是|达到?|约为)?$`);

/** Results joined as one part (`予以公开和部分公开`, `予以公开、部分公开`): group 1. */
const RESULTS_JOINED = `((?:${RESULTS})(?:(?:和|、|及|与|以及|加上?)(?:${RESULTS}))*)`;
/**
 * A share whose part is named by result names and whose whole is named as the applications concluded, with no count of
 * its own in its clause: `予以公开和部分公开的申请占办结总数的40%`, `予以公开、部分公开两项合计占全部办结申请的48%`.
 */
const RESULTS_OF_CONCLUDED = new RegExp(`^(?:其中|全年|本年度?)?${RESULTS_JOINED}(?:两项|两类|三项|三类)?(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:件数|数量|数)?(?:之和|合计|共计|总和|共)?占(?:本年度?|全年|全部|所有)?(?:已)?(?:办结|答复)(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:总数|总量|总件数|件数|数量|数)?的?(?:比例|比重|比率|百分比)?(?:为|是|达到?)?$`);
/** The label of the count of the applications concluded (`办结75件`, `已办结75件`, `在办结的47件申请中`). */
const CONCLUDED_LABEL = /^(?:在|对)?(?:已|共)?(?:办结|答复|作出答复)(?:了|的)?$/;

/**
 * A share of the applications concluded whose part is named by one or more results (`RESULTS_OF_CONCLUDED`, brk158 #4):
 * `…办结75件，其中予以公开30件、部分公开6件…。予以公开和部分公开的申请占办结总数的40%` is (30 + 6) / 75. The part is the
 * sum of the counts the window (this sentence and the one before) states for those results, each labelled by its
 * result alone and stated once; the whole is the one count of the applications concluded stated there. The text names
 * both, so two other counts that happen to give the rate (30 / 75, 予以公开 alone) are no reading of it (`own`). Null
 * when the share is not so named or its counts are not all stated (then it is read as any other share).
 */
function resultsShare(t: string, pct: NumberToken, before: NumberToken[], start: number, from: number): Ratio | null {
  if (pct.approx) return null;
  const clause = t.slice(lastIndexOfAny(t, '，,；;。：:', pct.start, start), pct.start).replace(/^[\s\u3000]+/, '');
  const m = RESULTS_OF_CONCLUDED.exec(clause);
  if (!m) return null;
  const names = [...new Set(m[1].split(/和|、|及|与|以及|加上?/).filter(Boolean))];
  if (names.length < 1) return null;
  const labelled = before.map((n) => ({ n, label: labelBefore(t, n.start, from) }));
  const counts = names.map((r) => labelled.filter((x) => x.label === r));
  if (counts.some((c) => c.length !== 1)) return null;
  const parts = counts.map((c) => c[0].n);
  const unit = parts[0].unit;
  if (parts.some((n) => n.unit !== unit)) return null;
  const wholes = labelled.filter((x) => x.n.unit === unit && CONCLUDED_LABEL.test(x.label));
  const whole = oneValue(wholes.map((x) => x.n));
  const value = parts.reduce((a, n) => a + n.value, 0);
  if (!whole || whole.value < value) return null;
  const first = parts.reduce((a, n) => (n.start < a.start ? n : a));
  const last = parts.reduce((a, n) => (n.end > a.end ? n : a));
  const part: Whole = parts.length === 1 ? parts[0] : { ...first, end: last.end, unitEnd: last.unitEnd, value, decimals: Math.max(...parts.map((n) => n.decimals)), sumOf: parts.map((n) => n.value), spread: parts.reduce((a, n) => a + spreadOf(n), 0) };
  return { pct, part, whole: { ...whole, own: true }, rate: '' };
}

/**
 * Finds the numerator and denominator of a percentage when the sentence names them:
 * - a named rate `X率为P%` with a number labelled `X` (the part) and one labelled by a shorter prefix of `X`
 *   (the whole): `转接5873次，转接成功4382次，转接成功率为89.52%`;
 * - a share `N件，占P%`, `N件（占P%）`, `N件，占办结总数的P%`: the part is the count right before, the whole as
 *   `wholeOf` tells it.
 * Anything else (growth rates, a base not in the text, an uncertain base) is not read.
 */
function ratioOf(para: Paragraph, pct: NumberToken, window: NumberToken[], shares: Share[], start: number, from: number): Ratio | null {
  const t = para.text;
  const before = window.filter((n) => n.end <= pct.start && !n.approx && n.unit !== '%' && n.unit !== '年' && n.unit !== '月' && n.unit !== '日');
  const ofResults = resultsShare(t, pct, before, start, from);
  if (ofResults) return ofResults;
  const near = t.slice(Math.max(from, pct.start - 14), pct.start);
  // A result of 表三 named before its share (`…，予以公开占20%`, `予以公开率为51.1%`): its count named earlier in the
  // sentence is the part, the applications concluded the whole.
  const named = RESULT_SHARE.exec(near);
  const rate = named ?? /([\u4e00-\u9fff]{2,8})率(?:为|是|达到?|约为|仅为)?$/.exec(near);
  if (rate) {
    const name = rate[1].replace(/^(?:其中|全年|总体|整体|年度)/, '');
    const labelled = before.map((n) => ({ n, label: labelBefore(t, n.start, from) })).filter((x) => x.label.length >= 2);
    // A rate of 表四's results (`被申请行政复议3件，维持2件，维持率为75%`, `行政复议维持率`, `纠错率` of `结果纠正1件`;
    // helper-212 #9, helper-218 #14) is of the cases of the group named last before its count: 行政复议 or 行政诉讼.
    const leaf = name.replace(/^(?:行政复议|行政诉讼|复议|诉讼)/, '');
    if (CASE_RESULT_RATE.test(leaf)) {
      const kind = /维持/.test(leaf) ? /维持$/ : /(?:纠正|纠错)$/;
      const results = labelled.filter((x) => kind.test(x.label));
      if (results.length !== 1) return null;
      const part = results[0];
      const groups = labelled.filter((x) => x !== part && x.n.unit === part.n.unit && x.n.end <= part.n.start && CASE_GROUP_LABEL.test(x.label));
      const whole = groups[groups.length - 1];
      return whole && whole.n.value >= part.n.value ? { pct, part: part.n, whole: whole.n, rate: name } : null;
    }
    // A 办结率 (答复率) after counts of other matters (`全年办理行政复议案件15件，办结率100%`, `收到人大代表建议30件、政协提案20件，
    // 办结率100%`) is of those: read from its own clause chain, never from the applications of 表三 (brk116 #2).
    if (/^(?:办结|答复)$/.test(name)) {
      const other = otherMatter(t, pct, labelled, name, start);
      if (other !== undefined) return other && { pct, part: other.part, whole: other.whole, rate: name };
    }
    // (Not the count due of a 办结率, `应办结48件`: its whole, never its part.)
    const parts = labelled.filter((x) => (x.label === name || (name.endsWith(x.label) && x.label.length >= 3) || x.label.endsWith(name)) && !(/^(?:办结|答复)$/.test(name) && TO_HANDLE.test(x.label)));
    if (parts.length !== 1) return null;
    const part = parts[0];
    // 办结率 (答复率) is of the applications to conclude: a received count that says it includes last year's
    // (`收到48件（含上年结转2件）`), or 新收 and 上年结转 stated apart (their sum; 新收 + 上年结转 = 办结 + 结转下年度).
    if (/^(?:办结|答复)$/.test(name)) {
      // (The sentence before the window, for a 上年结转 added to a count received stated there.)
      const earlier = () => {
        if (from <= 0) return [];
        const back = sentenceStart(t, from - 1);
        return countsIn(para, back, from).filter((n) => !n.approx).map((n) => ({ n, label: labelBefore(t, n.start, back) }));
      };
      const whole = toConclude(t, labelled.filter((x) => x !== part && x.n.unit === part.n.unit), earlier);
      return whole && whole.value >= part.n.value ? { pct, part: part.n, whole, rate: name } : null;
    }
    if (named || RESULT_NAME.test(name)) {
      const concluded = labelled.filter((x) => x !== part && x.n.unit === part.n.unit && /(?:办结|答复|办理)$/.test(x.label) && !TO_HANDLE.test(x.label));
      if (concluded.length !== 1 || concluded[0].n.value < part.n.value) return null;
      return { pct, part: part.n, whole: concluded[0].n, rate: named ? '' : name };
    }
    const wholes = labelled.filter((x) => x !== part && x.n.unit === part.n.unit && x.label.length < name.length && name.startsWith(x.label));
    const whole = wholes.length ? (wholes.length === 1 ? wholes[0].n : null) : clauseBefore(t, part, labelled, name, start);
    if (!whole || whole.value < part.n.value) return null;
    return { pct, part: part.n, whole, rate: name };
  }
  const share = shares.find((s) => s.pct === pct);
  if (!share) return null;
  const part = share.part;
  const asParts = new Set(shares.map((s) => s.part));
  const totals = before.filter((n) => n.end <= part.start && n.unit === part.unit && n.value > 0 && !asParts.has(n));
  const whole = wholeOf(para, share, totals, shares.filter((s) => s.pct.start >= start), start, from);
  return whole ? { pct, part, whole: withCarried(t, whole, before, from), rate: '' } : null;
}

/**
 * The whole of a named rate whose label no count before it starts the rate's name with (`ratioOf`), from the clause
 * right before the part's, when that clause holds one number, a count of the part's unit (brk114 #4):
 * - its label ends with the start of the rate's name, a subject written before it (`热线转接5873次，转接成功4382次，
 *   转接成功率为89.52%`: 热线 + 转接);
 * - or the rate is the part's own label + 率 and that count is the only one of its unit in the sentence before the
 *   part (`全年来电100次，接通80次，接通率为90%`): two (`来电100次，咨询90次，接通80次`) leave the whole unknown.
 * Both in the part's sentence (`start`: where it starts). Null otherwise.
 */
function clauseBefore(t: string, part: { n: NumberToken; label: string }, labelled: { n: NumberToken; label: string }[], name: string, start: number): NumberToken | null {
  const clause = clauseAt(t, part.n.start, start);
  if (clause <= start) return null;
  const prev = clauseAt(t, clause - 1, start);
  const inPrev = labelled.filter((x) => x.n.start >= prev && x.n.end <= clause - 1);
  // (`labelled` holds the counts with a label: a bare number in that clause is one too.)
  if (inPrev.length !== 1 || /\d/.test(t.slice(prev, inPrev[0].n.start)) || /\d/.test(t.slice(inPrev[0].n.unitEnd, clause - 1))) return null;
  const [w] = inPrev;
  if (w.n.unit !== part.n.unit) return null;
  for (let k = Math.min(w.label.length, name.length - 1); k >= 2; k--) if (w.label.endsWith(name.slice(0, k))) return w.n;
  if (part.label !== name) return null;
  return labelled.some((x) => x !== w && x !== part && x.n.unit === part.n.unit && x.n.start >= start && x.n.start < part.n.start) ? null : w.n;
}

/**
 * Where the clause holding offset `before` of `t` starts (just past the last `，,；;。` before it, not before `floor`),
 * a thousands separator (`来电12,000次`: a comma between a digit and three more, as `numbersIn` reads one number) being
 * no clause break (brk116 #8; prose-sum's `clauseStart` reads it so).
 */
function clauseAt(t: string, before: number, floor: number): number {
  let k = lastIndexOfAny(t, '，,；;。', before, floor);
  while (k > floor && k >= 2 && t[k - 1] === ',' && /\d/.test(t[k - 2]) && /^\d{3}/.test(t.slice(k, k + 3))) k = lastIndexOfAny(t, '，,；;。', k - 1, floor);
  return k;
}

/**
 * A count of something other than applications for government information: the words of its clause before it name
 * another matter (`OTHER_SUBJECT`: 热线, 来信来访, 工单, 建议, 提案…, or 行政复议 and 行政诉讼 cases) and not 申请 (`通过12345热线提交的
 * 申请8件` counts applications), and it is no part of a count before it (`其中通过12345热线转办5件`).
 */
function countsOtherMatter(t: string, n: NumberToken, floor: number): boolean {
  const words = t.slice(clauseAt(t, n.start, floor), n.start);
  return (OTHER_SUBJECT.test(words) || /复议|诉讼/.test(words)) && !APPLICATION_WORD.test(words) && !/^[（(]?(?:其中|含有?|包括)/.test(words);
}

/**
 * A 办结率 (答复率) whose clause chain (from the last `；` before it in the sentence, or the sentence's start when no count
 * stands after that `；`) counts other matters (`countsOtherMatter`) and no applications: it is the rate of those matters
 * (brk116 #2). Their count is the whole and the count the rate's name labels after it the part, when both are in that
 * chain: the part labelled with the rate's name alone (`办结118件`, `已办结118件`), the whole the only such count before
 * it in its unit (`受理群众来信来访120件，办结118件，办结率98%`); null (nothing to check) otherwise (`全年办理行政复议案件
 * 15件，办结率100%`: no part; `收到人大代表建议30件、政协提案20件，办结48件`: two wholes). Undefined when the chain counts no other matter, or counts applications too
 * (`收到申请48件，通过12345热线转来5件，办结47件`): the rate is then read as before.
 */
function otherMatter(t: string, pct: NumberToken, labelled: { n: NumberToken; label: string }[], name: string, start: number): { part: NumberToken; whole: NumberToken } | null | undefined {
  let cs = lastIndexOfAny(t, '；;', pct.start, start);
  const inChain = (from: number) => labelled.filter((x) => x.n.start >= from && x.n.end <= pct.start && !NOT_COUNTS.has(x.n.unit));
  let chain = inChain(cs);
  if (!chain.length && cs > start) chain = inChain((cs = start));
  const other = chain.filter((x) => countsOtherMatter(t, x.n, cs));
  if (!other.length) return undefined;
  if (chain.some((x) => !other.includes(x) && (APPLICATION_WORD.test(t.slice(clauseAt(t, x.n.start, cs), x.n.start)) || /新收|上一?年度?结转/.test(x.label)))) return undefined;
  // (The rate's own name: `当场答复270个` is some of them, `答复率` of all.)
  const parts = chain.filter((x) => !other.includes(x) && x.label === name);
  if (parts.length !== 1) return null;
  const part = parts[0].n;
  const wholes = other.filter((x) => x.n.end <= part.start && x.n.unit === part.unit);
  return wholes.length === 1 && wholes[0].n.value >= part.value ? { part, whole: wholes[0].n } : null;
}

/**
 * The whole `whole` of a share with what the text allows besides (`Whole.alt`, `Whole.received`): a count of the
 * applications received (收到, 受理, 接收, 新收; not one that says it includes last year's) and the one 上年结转 count
 * stated in `before` (the sentence and the one before) are the applications to handle, and a share of their sum is
 * read as right too (`收到申请18件，上年结转1件。办结18件，占申请总数的94.7%`); with no 上年结转 stated, the rule adds
 * 表三's when the count is 表三's 新收 (`received`).
 */
function withCarried(t: string, whole: Whole, before: NumberToken[], from: number): Whole {
  if (whole.sumOf || !RECEIVED_LABEL.test(labelBefore(t, whole.start, from)) || INCLUDES_CARRIED.test(t.slice(whole.unitEnd, whole.unitEnd + 8))) return whole;
  const carried = before.filter((n) => n !== whole && n.start !== whole.start && n.unit === whole.unit && CARRIED_LABEL.test(labelBefore(t, n.start, from)) && !/下一?年|继续/.test(labelBefore(t, n.start, from)));
  if (carried.length > 1) return whole;
  return carried.length ? { ...whole, alt: whole.value + carried[0].value, spread: spreadOf(whole) + spreadOf(carried[0]) } : { ...whole, received: true };
}

/** The label of a count of the applications received (`收到政府信息公开申请`, `受理`, `新收`). */
const RECEIVED_LABEL = /收到|受理|接收|新收/;
/** The label of the applications carried over from last year (`上年结转`, `上一年度结转`). */
const CARRIED_LABEL = /上一?年度?结转/;
/** After a count received, that it includes last year's (`（含上年结转2件）`). */
const INCLUDES_CARRIED = /^[（(]含(?:了)?上一?年度?结转/;

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
      '正文写出比率时，分子和分母通常就在同一句里（“转接5873次，转接成功4382次，转接成功率为89.52%”“办结47件，其中予以公开24件（占51.1%）”“……，占办结总数的51.1%”；表四结果的比率以它前面所说的那一组案件数为分母：“被申请行政复议3件，维持2件，维持率为66.7%”）。按文中的小数位数四舍五入或截断后仍对不上（97.24% 可写为 97% 或 97.2%，不能向上进为 98%），说明某个数字或比率写错了。同一总数的几个占比为了合计正好100%而调整过的（三项各1件写为33.3%、33.3%、33.4%：各项之和等于总数，几个占比之和按所写位数正好是100%，每个与准确值相差不到末位的一个单位），按所写接受。占比的分母按句子所说来定：写明的基数（“占办结总数的”指办结数）；“其中”所分的总数；同一句其他占比共同算得出的总数（如各办理结果的占比都按办结数计算）；“占总数的”指以“共”“合计”等写出的总数；或句中唯一可能的总数（“比例为”“占比为”“占……的百分比为”同“占”），但同一句的几个占比都正好是按它们各自的数之和算出的时（“共受理申请41件（含上年结转4件）。从申请主体看，自然人申请30件，占81.1%；法人或其他组织申请7件，占18.9%”，是 37 件新收申请的占比），分母是这个和，不是写出的总数，不报告；只有一个占比算不出这个和、其余都算得出，而写出的数都不是它们的分母时（“自然人申请30件，占80.1%；法人或其他组织申请7件，占18.9%”），分母仍是这个和，只报告算不出的那一个（30 / 37 = 81.1%）；“办结率”的分母是应办结的申请：写明是应办结的数（“共需处理63件”“应办结63件”），写明“（含上年结转…）”的收到数，或分别写出的新收数与上年结转数之和（写出的是收到、受理数与上年结转数时，分母是两者之和，按只是收到数算得出的也接受；上年结转数所在的句子没有收到数时，加上的是上一句或再上一句写出的唯一收到数：“全县共收到申请61件。其中自然人申请55件……。加上上年结转的2件，已办结60件，办结率95.2%”）；说收到、受理、新收的申请的占比（“占申请总数的”），按同一句或上一句写出的上年结转数与它之和（没写出时，它是表三的新收数时按表三的新收与上年结转之和）算得出的也接受；只写出一个受理（收到）数时（“受理申请42件，办结39件，办结率95%”），“受理”有的报告指新收与上年结转之和，有的只指新收：它是表三的新收与上年结转之和时分母是它，是表三的新收时分母是它加上表三的上年结转，都不是时两种读法都接受。几个数后用“分别占”“占比分别为”列出的几个占比（“予以公开24件、部分公开7件，分别占51.06%、14.77%”）按顺序与这几个数一一对应（“其中”之前的总数是分母，不算在这几个数里），个数不等时不核对。用汉字写的百分比（“百分之六十一”“百分之三十三点三”）与“61%”同样核对。办理结果的占比的分母是办结数：句中没有办结数时，不以收到、新收的数作分母，上一句写出的收到、新收的数也不使分母不确定（“……上年结转2件。在办结的47件申请中，予以公开24件，占51.1%”），上一句写出的唯一办结数是它的分母（“办结47件。予以公开24件，占51.1%”）；各项占比都正好按各项之和算出时，即使某个小的占比碰巧也按写出的另一个数算得出，分母仍是各项之和。比率名就是分子的名称加“率”时（“全年来电100次，接通80次，接通率为90%”），分母是紧接在前的分句中的那个数（同一单位，且句中分子之前没有同单位的别的数）；分母的名称前写了主语的（“热线转接5873次，转接成功4382次，转接成功率为89.52%”）同样读出。分母不能确定时不报告，以免按错误的分母给出建议值。在办理结果列举之后点名某项的占比（“…，其他处理1件，予以公开占20%”“予以公开率为51.1%”），是句中前面该项的件数占句中办结数的比率。以办理结果的名称（一项，或以“和”“、”连接的几项）作主语、写明占办结数而本句没有自己的件数的占比（“办结75件，其中予以公开30件、部分公开6件……。予以公开和部分公开的申请占办结总数的40%”），分子是本句或上一句中这几项各自写出的件数之和，分母是那里写出的办结数（此时别的两个数碰巧算得出也不算：30 / 75 = 40% 不算，报告 (30 + 6) / 75 = 48%）；某一项没有写出或写出不止一次、办结数不止一个时不核对。句子（分句链）计数的是别的事项而不是政府信息公开申请时（“全年受理群众来信来访120件，办结118件，办结率98%”“全年办理行政复议案件15件，办结率100%”“收到人大代表建议30件、政协提案20件，办结率100%”），其中的办结率（答复率）是这些事项的：分子、分母都在这个分句链中时按它们核对，否则不核对，绝不按表三的申请数核对。以“、”“和”连接的几个数之后直接写的占比（没有“分别”：“予以公开24件、部分公开6件，公开比例达63.8%”“……，占比63.8%”）是它们之和的占比，按和核对（只按最后一个数算得出的也接受）。同比增长率（两年的数都写出时由 prose-change 核对）、分母或分子不在文中的比率不核对（“办结47件，予以公开率为60%”而正文没有写予以公开的件数：分子只在表三中，本规则只核对正文自己写出的数）；任何两个相邻的、与分子同一单位的数字能算出该比率时也不报告（但句中写明了办结率的分母时按它核对：“新收49件，上年结转2件，共需处理51件，已办结48件，办结率98%”中 48 / 49 不算；同一句中自己的占比按所说总数算得出的并列项不是分母：“办结47件，其中予以公开24件，占51.1%；部分公开6件，占25%”中 6 / 24 不算，报告 6 / 47 = 12.8%；以部分的名称命名的比率，只看该部分与其他数字：“全年来电100次，接通80次，接通率为80%；人工转接50次，转接成功45次，转接成功率为80%”中 80 / 100 不算）。按万、亿取整或带小数写出的数（“来电1.2万次，接通1.1万次”：10500–11499 次与 11500–12499 次）可得一段比率（84%–100%），比率只在这一段之外时才报告；这样的数按它代表的数目读，可与写全的数相比（“来电1.2万次，接通11000次”）。带方向的占比（“占比超过60%”“60%以上”“不足五成”，“六成”即 60%）按它所说的一侧核对，算得的比率在这一侧时不报告；“约”“近”“左右”和不带方向的“六成”不核对。',
      'When the prose states a rate, its part and whole are usually in the same sentence (转接5873次，转接成功4382次，转接成功率为89.52%; 办结47件，其中予以公开24件（占51.1%）; …，占办结总数的51.1%; a rate of a 表四 result is of the cases of the group named before it: 被申请行政复议3件，维持2件，维持率为66.7%). If the rate does not follow with the text\'s own rounding or truncation (97.24% may be written 97% or 97.2%, not rounded up to 98%), a number or the rate is wrong. Shares of one whole adjusted so that they add up to exactly 100% (three parts of 1 each written 33.3%, 33.3%, 33.4%: the parts add up to the whole, the shares to 100 at the precision written, each within one unit of the last place of its exact value) are accepted as written. The whole of a share is the one the sentence names: a named base (占办结总数的 is of 办结), the total a 其中 list splits, the total the sentence\'s other shares all fit (the shares of the results are of 办结), for 占总数的 the total stated with 共 or 合计, or the only count that can be the whole (比例为, 占比为, 占…的百分比为 read as 占), except when the sentence\'s shares all fit what their own counts add up to (共受理申请41件（含上年结转4件）。从申请主体看，自然人申请30件，占81.1%；法人或其他组织申请7件，占18.9%: shares of the 37 new applications), whose sum is then the whole, not the count written, and nothing is reported; when all of them but one fit that sum and none fits a count written (自然人申请30件，占80.1%；法人或其他组织申请7件，占18.9%), the sum is still the whole and only the one that does not fit is reported (30 / 37 = 81.1%); a 办结率 is of the applications to conclude: a count said to be them (共需处理63件, 应办结63件), a received count written with （含上年结转…）, or 新收 and 上年结转 stated apart, added up (a count received, 收到 or 受理, beside 上年结转: their sum, the count alone accepted too; a 上年结转 in a sentence without a count received adds to the one count received of the sentence before or the one before that: 全县共收到申请61件。其中自然人申请55件…。加上上年结转的2件，已办结60件，办结率95.2%); a share of the applications received (收到, 受理, 新收: 占申请总数的) that their sum with the 上年结转 stated in the sentence or the one before gives is accepted too (none stated: 表三\'s 新收 + 上年结转, when the count is 表三\'s 新收); a single count received (受理申请42件，办结39件，办结率95%) means 新收 + 上年结转 in some reports and 新收 alone in others: when it is 表三\'s 新收 + 上年结转 it is the whole, when it is 表三\'s 新收 the whole is it plus 表三\'s 上年结转, and otherwise a rate that fits either is accepted. Shares listed with 分别 (分别占, 占比分别为) after a list of counts (予以公开24件、部分公开7件，分别占51.06%、14.77%) are paired with the counts in order (the total before 其中 is their whole, not one of them), and not read when their numbers differ. Percentages in words (百分之六十一, 百分之三十三点三) are checked as 61% is. A share of a 办理结果 is of the applications concluded: a count received or new is no whole of it (nor does one in the sentence before make its whole uncertain: …上年结转2件。在办结的47件申请中，予以公开24件，占51.1%; the one count concluded in the sentence before is its whole: 办结47件。予以公开24件，占51.1%), and when the shares all fit what their counts add up to, a count written that one small share happens to fit too is not their whole. A rate named by its part\'s own name + 率 (全年来电100次，接通80次，接通率为90%) is of the count in the clause right before (of the part\'s unit, and the only one of that unit before the part in the sentence); a subject written before the whole\'s name (热线转接5873次，转接成功4382次，转接成功率为89.52%) does not stop it being read. When the whole is uncertain nothing is reported, rather than a rate recomputed against the wrong total. A result of 表三 named right before its share after the list of results (…，其他处理1件，予以公开占20%; 予以公开率为51.1%) is the share of that result\'s count named earlier in the sentence over the applications concluded (办结) stated there. A share whose subject is one result or several joined by 和 or 、 and whose whole is named as the applications concluded, with no count of its own in its sentence (办结75件，其中予以公开30件、部分公开6件…。予以公开和部分公开的申请占办结总数的40%), is the sum of those results\' counts stated in it or the sentence before over the count concluded stated there (then two other counts that happen to give it are no reading of it: 30 / 75 = 40% does not count, and (30 + 6) / 75 = 48% is reported); it is not checked when a result\'s count is not stated or is stated more than once, or more than one count concluded is. A 办结率 (答复率) in a sentence (clause chain) that counts other matters than applications for government information (全年受理群众来信来访120件，办结118件，办结率98%; 全年办理行政复议案件15件，办结率100%; 收到人大代表建议30件、政协提案20件，办结率100%) is of those matters: checked against their counts when its part and whole are both in that chain, else not checked, and never against 表三\'s applications. A share written right after counts joined by 、 or 和 (with no 分别: 予以公开24件、部分公开6件，公开比例达63.8%; …，占比63.8%) is of their sum, and checked against it (one that the last count alone fits is accepted too). Growth rates (prose-change checks one whose two counts are written) and rates whose base or part is not in the text are not checked (办结47件，予以公开率为60% with no count of 予以公开 in the prose: its part is in 表三 only, and this rule checks the prose\'s own numbers), and nothing is reported when any two nearby numbers in the part\'s unit give the rate (but not when the sentence states a 办结率\'s whole: in 新收49件，上年结转2件，共需处理51件，已办结48件，办结率98%, 48 / 49 does not count; nor a sibling item whose own share in the sentence fits the stated total: in 办结47件，其中予以公开24件，占51.1%；部分公开6件，占25%, 6 / 24 does not count and 6 / 47 = 12.8% is reported; for a rate named by its part, that part over any other number: in 全年来电100次，接通80次，接通率为80%；人工转接50次，转接成功45次，转接成功率为80%, 80 / 100 does not count). Counts rounded to 万 or 亿 or written with decimals (来电1.2万次，接通1.1万次: 10500–11499 of 11500–12499) allow a range of rates (84%–100%); a rate is reported only when it is outside that range. Such a count is read as the count it stands for, so it is compared with one written in full (来电1.2万次，接通11000次). A share with a direction (占比超过60%, 60%以上, 不足五成; 六成 is 60%) is checked by its side: a rate on that side is not reported; 约, 近, 左右 and 六成 without a direction are not checked.'),
    example: { bad: '转接5873次,转接成功4382次,转接成功率为89.52%', note: bi('4382 / 5873 = 74.61%', '4382 / 5873 = 74.61%') },
  },
  check(ctx) {
    let q: Quantities | undefined;
    eachInParagraphs(ctx.report, 'percents', PERCENT_MARKS, percentsOf, ({ ratio, pct, computed, written }, _para, o, p) => {
      const sumOf = ratio.whole.sumOf;
      // `受理申请42件，办结39件，办结率P%`: 受理 may be 新收 alone, the whole then 42 + 表三's 上年结转. When 表三 tells which
      // (42 is its 新收, or its 新收 + 上年结转) that reading is taken, else either is accepted.
      let other = '', otherEn = '';
      // A share of the applications received (`收到申请18件。办结18件，占申请总数的94.7%`) when that count is 表三's 新收:
      // of 新收 + 表三's 上年结转 it is right too.
      // (Not for a whole rounded to 万 or 亿: 表三's counts are no part of it.)
      const rounded = spreadOf(ratio.whole) > 0;
      if (ratio.whole.received && !rounded) {
        q ??= new Quantities(ctx.report);
        const carried = q.value('R2'), fresh = q.value('R1');
        if (carried && fresh === ratio.whole.value && rateFits(ratio.part, ratio.whole, pct, fresh + carried)) return;
      }
      const alt = ratio.whole.alt;
      if (alt !== undefined) {
        const value = ((ratio.part.value / alt) * 100).toFixed(Math.max(pct.decimals, 1));
        const sum = alt > ratio.whole.value;
        other = sum ? `；按收到（受理）数与上年结转数之和 ${alt} 为 ${ratio.part.value} / ${alt} = ${value}%` : `；若 ${alt} 已含上年结转，则为 ${ratio.part.value} / ${alt} = ${value}%`;
        otherEn = sum ? `; of the count received plus the carried-over ones, ${alt}: ${ratio.part.value} / ${alt} = ${value}%` : `; if ${alt} includes the ones carried over, ${ratio.part.value} / ${alt} = ${value}%`;
      }
      if (ratio.whole.orCarried && !rounded) {
        q ??= new Quantities(ctx.report);
        const carried = q.value('R2'), fresh = q.value('R1');
        if (carried && !(fresh !== null && ratio.whole.value === fresh + carried)) {
          const whole = ratio.whole.value + carried;
          if (rateFits(ratio.part, ratio.whole, pct, whole)) return;
          const alt = ((ratio.part.value / whole) * 100).toFixed(Math.max(pct.decimals, 1));
          if (ratio.whole.value === fresh) {
            other = `（${ratio.whole.value} 是表三的本年新收申请，应办结的还有上年结转的 ${carried} 件：${ratio.part.value} / ${whole} = ${alt}%）`;
            otherEn = ` (${ratio.whole.value} is 表三's new applications; the ${carried} carried over from last year are to conclude too: ${ratio.part.value} / ${whole} = ${alt}%)`;
          } else {
            other = `；若 ${ratio.whole.value} 不含表三的上年结转 ${carried} 件，则为 ${ratio.part.value} / ${whole} = ${alt}%`;
            otherEn = `; if ${ratio.whole.value} leaves out the ${carried} carried over from last year (表三), ${ratio.part.value} / ${whole} = ${alt}%`;
          }
        }
      }
      // Rounded counts (`1.1万次`): the rates they may stand for, none of which is the one written. Said when they are
      // more than the one worked out (`9000万人次` of `12000万人次` is 75.0% whichever they stand for; brk121 #11).
      const range = rateRange(ratio.part, ratio.whole);
      const [low, high] = range ? range.map((r) => r.toFixed(1)) : [];
      const span = low !== high ? `${low}%–${high}%` : '';
      // A share of a list's counts together (`listEndingAt`): its part is their sum, shown as such.
      const partSum = (ratio.part as Whole).sumOf;
      const [part, whole] = [partSum ? `(${partSum.join(' + ')})` : shown(ratio.part), shown(ratio.whole)];
      ctx.add({
        message: bi(
          `${ratio.rate ? `“${ratio.rate}率”` : '比率'}写为 ${written}，但 ${part} / ${whole} = ${computed}%${span ? `（按这两个数的四舍五入，比率在 ${span} 之间）` : ''}${sumOf ? `（${ratio.whole.value} 是各项 ${sumOf.join(' + ')} 之和，同一句其他占比都按它算得出）` : ''}${other}。请核对比率或这两个数字。`,
          `The ${ratio.rate ? `rate “${ratio.rate}率”` : 'share'} is written as ${reportWordsEn(written, percentGloss(written, pct.value))}, but ${part} / ${whole} = ${computed}%${span ? ` (with the two numbers rounded as written, the rate is between ${span})` : ''}${sumOf ? ` (${ratio.whole.value} is the sum of the parts, ${sumOf.join(' + ')}, which the sentence's other shares fit)` : ''}${otherEn}. Check the rate or the two numbers.`),
        range: p.range(o + pct.start, o + pct.unitEnd),
        expected: Number(computed),
        actual: pct.value,
        related: [
          { range: p.range(o + ratio.part.start, o + ratio.part.end), message: bi(`分子 ${part}`, `Part ${part}`) },
          { range: p.range(o + ratio.whole.start, o + ratio.whole.end), message: sumOf ? bi(`分母 ${whole}（${sumOf.join(' + ')}）`, `Whole ${whole} (${sumOf.join(' + ')})`) : bi(`分母 ${whole}`, `Whole ${whole}`) },
        ],
      });
    });
  },
};

/**
 * The share written right after the count `n` of a paragraph (`予以公开16件，占40.5%`) and its whole as this rule
 * reads it (`wholeOf`: here the 办结 37 the sentence's other shares fit): the percentage token and the whole's value;
 * null when no share follows `n`, its whole is uncertain, or two counts before it give it (then it is not checked). Offsets are in the paragraph's text.
 */
export function shareOfCount(para: Paragraph, n: NumberToken): { pct: NumberToken; whole: number } | null {
  const read = shareAfterCount(para, n);
  // Not a share this rule would leave alone: any two counts before it that give it.
  return read && !anyTwoGive(read.window, read.pct, asCount(n)) ? { pct: read.pct, whole: read.whole } : null;
}

/**
 * The sentence of count `n` in its paragraph and the counts read around it: from the start of the sentence before
 * (`from`, or the sentence's own `start` when it is the first) to the end of its own (`end`), the counts of both
 * (`window`) and the shares written among them (`shares`). Offsets are UTF-16 indices into `para.text`.
 */
function sentenceWindow(para: Paragraph, n: NumberToken): { start: number; end: number; from: number; window: NumberToken[]; shares: ReturnType<typeof sharesIn> } {
  const t = para.text;
  const start = sentenceStart(t, n.start);
  const end = sentenceEnd(t, start);
  const prevStart = start > 0 ? sentenceStart(t, start - 1) : -1;
  const from = prevStart >= 0 ? prevStart : start;
  const window = [...(prevStart >= 0 ? countsIn(para, prevStart, start) : []), ...countsIn(para, start, end)];
  return { start, end, from, window, shares: sharesIn(t, window) };
}

/**
 * The share written right after count `n` of a paragraph (`16件，占40.5%`) and its whole as this rule reads it, whether or
 * not the text's counts give it (with the numbers it was read among, `window`); null when there is none.
 */
export function shareAfterCount(para: Paragraph, n: NumberToken): { pct: NumberToken; whole: number; window: NumberToken[] } | null {
  const { start, from, window, shares } = sentenceWindow(para, n);
  const share = shares.find((s) => s.part.start === n.start && s.pct.start >= start);
  if (!share) return null;
  const ratio = ratioOf(para, share.pct, window, shares, start, from);
  return ratio && ratio.part.start === n.start ? { pct: share.pct, whole: ratio.whole.value, window } : null;
}

/**
 * A named rate written after the count `n` in its sentence (`予以公开25件，予以公开率53.2%`, `办结46件，办结率95.8%`,
 * `予以公开和部分公开31件，公开率66%`) that prose-percent reads with `n` as its part or its whole: the percentage and
 * the rate's part and whole, with `n`'s role. Null when there is none (brk141 #2: a fix of `n` alone would leave it wrong).
 */
export function rateOfCount(para: Paragraph, n: NumberToken): { pct: NumberToken; part: number; whole: number; role: 'part' | 'whole' } | null {
  const { start, from, window, shares } = sentenceWindow(para, n);
  const t = para.text;
  const after = window.filter((x) => x.start >= n.unitEnd && x.unit === '%' && !x.approx && !shares.some((s) => s.pct === x));
  for (const pct of after) {
    const ratio = ratioOf(para, pct, window, shares, start, from);
    if (!ratio || !ratio.rate) continue;
    if (ratio.part.start === n.start) return { pct, part: ratio.part.value, whole: ratio.whole.value, role: 'part' };
    if (ratio.whole.start === n.start && !ratio.whole.sumOf) return { pct, part: ratio.part.value, whole: ratio.whole.value, role: 'whole' };
  }
  // A rate this rule does not read (`予以公开25件，公开率为53.2%`: 公开率 may be of more than 予以公开) named right
  // after `n`, with no count between: when `n` over a count before it gives it, it may well be worked out from `n`.
  const next = window.find((x) => x.start >= n.unitEnd);
  if (!next || !after.includes(next) || !/率(?:为|是|达到?|约为)?$/.test(t.slice(n.unitEnd, next.start))) return null;
  const whole = window.find((x) => x !== n && x.end <= n.start && x.unit === n.unit && !x.approx && x.value >= n.value && percentFits(n.value, x.value, next.value, next.decimals));
  return whole ? { pct: next, part: n.value, whole: whole.value, role: 'part' } : null;
}

/**
 * Whether `pct` is one of a list of shares of one whole (`whole`, in the list's unit) rounded so that the list adds
 * up to exactly 100% (largest-remainder rounding: 1, 1 and 1 of 3 written 33.3%, 33.3%, 33.4%): the list's parts add
 * up to the whole, its percentages (all with `pct`'s decimals) add up to 100 at that precision, and each is its exact
 * share rounded down or up by less than one unit of the last place. Such a list is right as written.
 */
function roundedToHundred(para: Paragraph, pct: NumberToken, whole: number, window: NumberToken[], shares: Share[], start: number, from: number): boolean {
  const list = shares.filter((s) => s.pct.start >= start && s.pct.decimals === pct.decimals && ratioOf(para, s.pct, window, shares, start, from)?.whole.value === whole);
  if (list.length < 2 || !list.some((s) => s.pct === pct)) return false;
  const scale = 10 ** pct.decimals;
  if (list.reduce((a, s) => a + s.part.value, 0) !== whole) return false;
  if (list.reduce((a, s) => a + Math.round(s.pct.value * scale), 0) !== 100 * scale) return false;
  return list.every((s) => {
    const exact = (s.part.value / whole) * 100 * scale;
    const written = Math.round(s.pct.value * scale);
    return written === Math.floor(exact + 1e-9) || written === Math.ceil(exact - 1e-9);
  });
}

/**
 * Whether any two counts of `window` before the percentage `pct` give it: the text may mean those. Only counts in the
 * unit of its part (`part`): a share of `3000条` is of things counted in 条, so the 表三 sentence's 6件 and 24件 before
 * it (25%) are no reading of it (brk121 #5). For a rate named by its part (`回复180件，回复率100%`: `named`, the
 * one count its name labels), only that part over any other count: two counts the name does not label (the 表三
 * sentence's 6件 and 6件 before it, 100%; 办结47件 of 48件, 98%; the counts of a rate written before it in the sentence,
 * `接通80次` of `来电100次` for a 转接成功率 of 80%) are no reading of it (brk115 #8).
 */
function anyTwoGive(window: NumberToken[], pct: NumberToken, part: NumberToken, named = false, siblings: NumberToken[] = []): boolean {
  const cands = window.filter((n) => n.end <= pct.start && n.unit && n.unit === part.unit && n.value > 0 && !siblings.includes(n));
  const parts = named ? cands.filter((n) => n.start === part.start) : cands;
  return parts.some((a) => cands.some((b) => a !== b && b.value >= a.value && percentFits(a.value, b.value, pct.value, pct.decimals)));
}

/**
 * The counts that are siblings of a share's part, not its whole (brk141 #11): the parts of the sentence's other shares
 * (`其中予以公开24件，占51.1%；部分公开6件，占25%`: 24) whose own share fits the whole the text states (24 / 47 = 51.1%).
 * `部分公开…占25%` is then 6 / 24, the previous item taken for the whole, the writer's mistake, not a reading.
 */
function siblingsOf(shares: Share[], pct: NumberToken, whole: Whole): NumberToken[] {
  if (whole.sumOf) return [];
  return shares.filter((s) => s.pct !== pct && s.part.unit === whole.unit && s.part.value < whole.value && rateFits(s.part, whole, s.pct)).map((s) => s.part);
}

/** What joins the counts of a list whose share is of them together: `、`, `和`, `及`, `与`, `以及` and the next count's label. */
const LIST_JOIN = /^(?:、|和|及|与|以及)[^，,。；;：:\d%、]{0,24}$/;

/**
 * The sum of the list of counts that `part` ends, when `pct` is written right after it (`予以公开24件、部分公开6件，公开比例
 * 达63.8%`): a token spanning the list with the sum as its value (`sumOf` its counts), or null when `part` ends no list
 * of two or more counts of its unit joined by 、/和 (brk141 #1). `window` is in text order.
 */
function listEndingAt(t: string, window: NumberToken[], part: Count, pct: NumberToken): Whole | null {
  const at = window.indexOf(part);
  if (at < 0 || window[at + 1] !== pct) return null;
  const gap = t.slice(part.unitEnd, pct.start);
  if (/分别|依次|各/.test(gap)) return null;
  const list: Count[] = [part];
  for (let k = at - 1; k >= 0; k--) {
    const n = window[k], next = list[0];
    if (n.unit !== part.unit || n.approx || !LIST_JOIN.test(t.slice(n.unitEnd, next.start))) break;
    list.unshift(n);
  }
  if (list.length < 2) return null;
  const first = list[0];
  return { ...part, start: first.start, value: list.reduce((a, n) => a + n.value, 0), decimals: Math.max(...list.map((n) => n.decimals)), sumOf: list.map((n) => n.value), spread: list.reduce((a, n) => a + spreadOf(n), 0) };
}

/** What marks a percentage: `61%` and `百分之六十一` (read alike by `numbersIn`). */
const PERCENT_MARKS = ['%', '百分之', '成'] as const;
/** The marks of direction before and after a bounded percentage (`超过60%`, `60%以上`), for quoting it. */
const BOUND_LEAD = /(?:不超过|不多于|不少于|不低于|超过|多于|不足|不到|少于|不超|超|逾)$/;
const BOUND_TRAIL = /^(?:以上|以下)/;

/** How many numbers before a percentage a long sentence is read for its part and whole (`nearWindow`). */
const NEAR = 64;

/**
 * The numbers of `window` (in text order) from `NEAR` before `pct` to 8 after it, and the shares among them: a long
 * sentence read around one percentage.
 */
function nearWindow(window: NumberToken[], shares: Share[], pct: NumberToken): [NumberToken[], Share[]] {
  const at = firstWithKeyAtOrAfter(window, pct.start, (n) => n.start);
  const near = window.slice(Math.max(0, at - NEAR), at + 9);
  const first = near[0].start, last = near[near.length - 1].start;
  // (Shares are in the order of their percentages, as is `window`.)
  const out: Share[] = [];
  for (let k = firstWithKeyAtOrAfter(shares, first, (x) => x.pct.start); k < shares.length && shares[k].pct.start <= last; k++) {
    if (shares[k].part.start >= first) out.push(shares[k]);
  }
  return [near, out];
}


/** The percentages of one paragraph that do not follow from their numbers (offsets in it; kept with the paragraph). */
function percentsOf(para: Paragraph, first: number): { ratio: Ratio; pct: NumberToken; computed: string; written: string }[] {
  const t = para.text;
  // A percentage needs a `%` or 百分之 in its sentence (the unit follows the digits with at most 万/亿 and 余/多
  // between; 百分之 comes before the numeral).
  let pct = first;
  let sign = t.indexOf('%', first), words = t.indexOf('百分之', first), tenths = t.indexOf('成', first);
  const out: ReturnType<typeof percentsOf> = [];
  let prevStart = -1, prevEnd = -1;
  for (let start = 0, end = 0; start < t.length; prevStart = start, prevEnd = end, start = end) {
    end = sentenceEnd(t, start);
    // Each mark's next occurrence is kept apart (a paragraph without 百分之 is searched for it once).
    if (sign >= 0 && sign < start) sign = t.indexOf('%', start);
    if (words >= 0 && words < start) words = t.indexOf('百分之', start);
    if (tenths >= 0 && tenths < start) tenths = t.indexOf('成', start);
    // (`超过六成`: a share in tenths, with a mark of direction, brk141 #10.)
    const marks = [sign, words, tenths].filter((x) => x >= 0);
    pct = marks.length ? Math.min(...marks) : -1;
    if (pct < 0) break;
    if (pct >= end) continue;
    const nums = countsIn(para, start, end);
    // (An approximate one only with a mark of direction, `超过60%`, `六成以上`: checked by its side.)
    const pcts = nums.filter((n) => n.unit === '%' && (!n.approx || percentBound(n)));
    if (!pcts.length) continue;
    // The window: this sentence up to the percentage and the sentence before it in the same paragraph.
    const from = prevStart >= 0 ? prevStart : start;
    const window = [...(prevStart >= 0 ? countsIn(para, prevStart, prevEnd) : []), ...nums];
    // The shares of the window (a part of a share in the sentence before is no whole either).
    const shares = sharesIn(t, window, true);
    for (const pct of pcts) {
      // A sentence of hundreds of numbers (a table's text run together, a dump: helper-216 #1) is read around each
      // percentage only, the `NEAR` numbers before it and a few after, or every percentage reads them all (cubic).
      const [near, nearShares] = window.length <= NEAR ? [window, shares] : nearWindow(window, shares, pct);
      const ratio = ratioOf(para, pct, near, nearShares, start, from);
      if (/(?:增长|增加|下降|减少|提高|提升|降低|上升|增幅|降幅|同比|环比|比上年|较上年)[^，,。；;]{0,6}$/.test(t.slice(Math.max(start, pct.start - 12), pct.start))) continue;
      if (pct.value > 100 || pct.value <= 0) continue;
      if (!ratio || rateFits(ratio.part, ratio.whole, pct)) continue;
      if (ratio.whole.alt !== undefined && rateFits(ratio.part, ratio.whole, pct, ratio.whole.alt)) continue;
      // A share right after a list of counts joined by 、/和 (`予以公开24件、部分公开6件，公开比例达63.8%`, no 分别) is of
      // the list's sum: the share of them together (brk141 #1). The last count alone fitting is accepted too.
      const listed = ratio.rate ? null : listEndingAt(t, near, ratio.part, pct);
      if (listed && rateFits(listed, ratio.whole, pct)) continue;
      // (Not when the sentence states the rate's own whole: `共需处理51件，已办结48件，办结率98%` is of 51, whatever 48 / 49
      // gives; brk158 #2.)
      if (!ratio.whole.own && anyTwoGive(near, pct, ratio.part, Boolean(ratio.rate), ratio.rate ? [] : siblingsOf(nearShares, pct, ratio.whole))) continue;
      if (roundedToHundred(para, pct, ratio.whole.value, near, nearShares, start, from)) continue;
      const shownRatio = listed ? { ...ratio, part: listed } : ratio;
      const computed = ((shownRatio.part.value / ratio.whole.value) * 100).toFixed(Math.max(pct.decimals, 1));
      // (A bounded one as written with its mark: `超过60%`, `六成以上`.)
      const [lead, trail] = percentBound(pct) ? [BOUND_LEAD.exec(t.slice(Math.max(start, pct.start - 3), pct.start))?.[0] ?? '', BOUND_TRAIL.exec(t.slice(pct.unitEnd, pct.unitEnd + 2))?.[0] ?? ''] : ['', ''];
      out.push({ ratio: shownRatio, pct, computed, written: para.raw.slice(pct.start - lead.length, pct.unitEnd + trail.length) });
    }
  }
  return out;
}
