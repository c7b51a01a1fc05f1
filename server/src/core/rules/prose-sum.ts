import type { Bilingual, Finding, Locale } from '../types.js';
import { crossRuleFactsOf, type Rule } from './rule.js';
import { COUNT_UNITS, eachInParagraphs, firstWithKeyAtOrAfter, firstOf, indexBetween, lastIndexOfAny, numbersIn, sentenceEnd, sentenceStart, type NumberToken, type Paragraph } from '../prose/text.js';
import { bi } from './util.js';
import { Quantities } from '../prose/quantities.js';
import { wanCount } from '../prose/anchors.js';
import type { LineIndex } from '../text/lines.js';

const NOT_COUNTS = new Set(['', '%', '‰', '年', '月', '日', '号', '倍']);

/** A label of a count of applications concluded or being handled (`办结`, `已全部答复`, `正在办理`, `结转下年度`). */
const HANDLED = /^(?:已|均已|全部|已全部|共|均)?(?:办结|答复|作出答复|办理完毕|处理完毕)|^(?:正在|仍在|尚在)办理|^(?:结转|转入|顺延)/;

/** One listed part: its label and number. */
interface Part {
  label: string;
  n: NumberToken;
}

/** How strongly a separator splits a list: `、` (1) joins its items, `，` (2) clauses, `；` (3) statements. */
function separatorRank(c: string): number {
  return c === '、' ? 1 : c === '，' || c === ',' ? 2 : 3;
}

/**
 * A note in brackets inside a list item's label (`（含图解）`, `（街道）`, `(含图解、视频)`, `（2024年度）`, `（第1批）`):
 * no clause separator, no count (below); the innermost of nested ones (`（街道（社区））`).
 */
const LABEL_NOTE = /[（(][^（）()，,；;。：:]{1,16}[)）]/g;

/** A count in a bracket (`（含上年结转4件）`): a number with a count unit after it, not an ordinal (`第1批`). */
const NOTE_COUNT = /(?<![第\d])\d+(?:\.\d+)?\s*(?:件|条|项|次|个|人|份|篇|场|家|户|起|宗|批|%|‰)/;

/** `label` without the notes in brackets that are part of it (brk102 #3, brk105 #2); a note holding a count stays. */
function withoutNotes(label: string): string {
  if (!label.includes('（') && !label.includes('(')) return label;
  for (let k = 0; k < 4; k++) {
    const next = label.replace(LABEL_NOTE, (m) => (NOTE_COUNT.test(m) ? m : ''));
    if (next === label) break;
    label = next;
  }
  return label;
}

/**
 * Whether the number at `at` is inside a bracket opened in `label` (which ends at `at`) that is a note of the name
 * (`政策文件（2024年度）68条`: the bracket closes within 16 characters and holds no count), so is no part's count.
 */
function inNameNote(t: string, label: string, at: number): boolean {
  let depth = 0;
  let open = -1;
  for (let j = label.length - 1; j >= 0; j--) {
    const c = label[j];
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      if (depth === 0) {
        open = j;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return false;
  const start = at - label.length + open;
  // Its closing bracket, nested ones matched.
  depth = 0;
  for (let j = start + 1; j < Math.min(t.length, start + 34); j++) {
    const c = t[j];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      if (depth === 0) return withoutNotes(t.slice(start, j + 1)) === '';
      depth--;
    }
  }
  return false;
}

/** A share written after a listed part, from the `，` before it to its `%` (`，占83.3%`, `，约占总数的10%`, `，占比5%`). */
const SHARE_AFTER = /^[，,]\s*(?:约|分别)?占(?:比|[\u4e00-\u9fff]{1,10}的)?\s*约?\s*\d+(?:\.\d+)?\s*[%％]/;

/**
 * Reads `N<unit>，其中A a<unit>、B b<unit>…` from offset `q` (just after `其中`): the parts, each a label followed
 * by a number of the total's unit, separated by `、，,；;`. Stops at the first item that is not such a part, and at
 * a separator stronger than the one the list's items are joined with: `其中自然人申请40件、法人或其他组织申请7件，上年
 * 结转2件` lists two parts, the clause after `，` is a statement of its own.
 */
export function partsAfter(t: string, q: number, end: number, unit: string, nums: NumberToken[]): Part[] {
  const parts: Part[] = [];
  let i = q;
  // The rank of the separator that joins the list's items (set by the first one).
  let joins = 0;
  const skipSep = () => {
    while (i < end && /[，,、；;：:]/.test(t[i])) i++;
  };
  skipSep();
  // From the first number at or after `i` (`nums` are in text order): a paragraph's sentence may hold thousands.
  for (let k = firstWithKeyAtOrAfter(nums, i, (n) => n.start); k < nums.length; k++) {
    const n = nums[k];
    if (n.start < i) continue;
    const label = t.slice(i, n.start);
    // A parenthesis without a count in it qualifies the label (`政策解读（含图解）41条`, `乡镇（街道）公开6053条`,
    // `作其他处理（含申请人主动撤回申请）469件`, nested `乡镇（街道（社区））`): part of it (brk102 #3). One holding a count (`（含上年结转4件）`) has that
    // count as the next number, so the label is cut inside it and ends the list, as before.
    // A number in a bracket that is a note of the name (`政策文件（2024年度）68条`, `（2024版）`, `（第1批）`: a year, an
    // edition, a batch, no count) is part of the label too: the part's count is the next number (brk105 #2).
    if (inNameNote(t, label, n.start)) continue;
    const bare = withoutNotes(label);
    if (!bare || bare.length > 24 || /\d|[，,、；;。（(）)]/.test(bare) || !/[\u4e00-\u9fff]/.test(bare)) break;
    // A new statement (`；共办理 718 件`, `另有…`) ends the list.
    if (parts.length && /^(?:共|合计|总计|另|此外|同时|并|全年|累计|均)/.test(label)) break;
    // What was done with the applications (`其中通过“局长信箱”提交10件，办结45件`) counts the whole again, not another
    // part of how they came; unless the list is of what was done (`其中办结45件，结转下年度1件`).
    if (parts.length && HANDLED.test(label) && !parts.some((x) => HANDLED.test(x.label))) break;
    if (n.unit !== unit || n.approx || n.decimals) break;
    // A count followed by its own `其中` list is the next total (`…尚未审结37件；行政诉讼45件，其中…`), not a part.
    if (/^[，,：:]?[（(]?其中/.test(t.slice(n.unitEnd, n.unitEnd + 4))) break;
    parts.push({ label, n });
    i = n.unitEnd;
    // A note in parentheses after a part (`作其他处理（含申请人主动撤回申请）469件` has it before the number).
    const paren = /^[（(][^（）()]{0,40}[)）]/.exec(t.slice(i, i + 44));
    if (paren) i += paren[0].length;
    // A part's share after it (`同意公开20件，占83.3%；不予公开2件，占8.3%；…`, `，约占总数的10%`, `，占比5%`): part of
    // that item, not a list item of its own, so the list goes on after it (brk176 #2: common in pre-2019 reports).
    const share = SHARE_AFTER.exec(t.slice(i, Math.min(end, i + 24)));
    if (share) i += share[0].length;
    if (i >= end || !/[，,、；;]/.test(t[i])) break;
    const rank = separatorRank(t[i]);
    if (joins && rank > joins) break;
    joins ||= rank;
    skipSep();
  }
  return parts;
}

/**
 * A Markdown (or pasted) list marker with the white space around it, as a part's label may open with it when each part
 * is a line of a bullet list (`办结47件，其中：` / `- 予以公开24件；` / `- 部分公开6件；`…; the prose joins a line's runs, so
 * the label reads `-予以公开`): no part of the label's words.
 */
const LIST_MARKER = /^\s*[-*+•●○◦▪■□◆◇►▸]?\s*/;

/** Where a part's label starts without its list marker (`LIST_MARKER`): what a message quotes of it (brk141 #14). */
function partFrom(x: Part): number {
  return x.n.start - x.label.length + LIST_MARKER.exec(x.label)![0].length;
}

/** The six 办理结果 of 表三 (（一）…（六）), which add up to （七）总计, the applications concluded (其它 written for 其他 too). */
const RESULTS = [/予以公开|同意公开|(?<![不未没能可应须需])全部公开/, /部分公开/, /不予公开/, /无法提供/, /不予处理/, /其[他它]处理/];

/** The four results of a 表四 group (结果维持, 结果纠正, 其他结果, 尚未审结), which add up to its 总计. */
const CASE_RESULTS = [/维持/, /纠正|纠错/, /其[他它]结果/, /未审结|审理中/];

/**
 * The parts that cover the whole, or null: 自然人 + 法人或其他组织 (the first two items), a list whose last
 * item is the rest (`其他…`, `其余…`; not the category names `其他处理`, `其他结果`), or a list that names all the
 * results its total is split into, from its first item on: the six 办理结果 when the total counts the applications
 * concluded (`kind` 'concluded': 办结, 办理, 答复; `予以公开及部分公开` names two), since they add up to （七）总计;
 * the four 表四 results when it counts 行政复议 or 行政诉讼 cases (`kind` 'cases').
 */
function covering(parts: Part[], kind: TotalKind): Part[] | null {
  if (parts.length >= 2 && NATURAL_LABEL.test(parts[0].label) && /法人/.test(parts[1].label)) return parts.slice(0, 2);
  if (parts.length >= 2 && /^(?:其他|其它|其余|剩余|余下)(?!处理|结果)/.test(parts[parts.length - 1].label)) return parts;
  const results = kind === 'concluded' ? RESULTS : kind === 'cases' ? CASE_RESULTS : null;
  if (results && parts.length >= results.length - 1) {
    // The results from the first item on; an item that is none ends them (`；结转下年度继续办理1件` is another
    // statement; `行政执法案卷1件` among them, a reason listed beside its category, may overlap the others).
    const named = new Set<number>();
    for (let k = 0; k < parts.length && named.size < results.length; k++) {
      const is = results.map((re, i) => (re.test(parts[k].label) ? i : -1)).filter((i) => i >= 0);
      if (!is.length) return null;
      for (const i of is) named.add(i);
      if (named.size === results.length) return parts.slice(0, k + 1);
    }
  }
  return null;
}

/**
 * The label of the 自然人 part of an applicant list: 自然人, or 公民 / 个人 / 公民个人 right before 申请 (`公民申请`,
 * `公民提出申请`, `个人提交的申请`), as prose-table reads them; not `公民、法人和其他组织`, which is all the applicants.
 */
const NATURAL_LABEL = /自然人|^(?:公民个人|公民|个人)(?:(?:提出|提交|递交)(?:的)?)?的?(?:政府信息公开|信息公开)?申请(?!人)/;

/** What a total counts, as far as its split is known: the applications concluded, 行政复议/行政诉讼 cases, or other things. */
export type TotalKind = 'concluded' | 'cases' | null;

/** Where the clause holding `n` starts: after the last `，；。：` before it (offset in `t`; 0 at the paragraph's start). */
function clauseStart(t: string, n: NumberToken): number {
  let k = lastIndexOfAny(t, '，,；;。：:', n.start, 0);
  // (Not a thousands separator: `较上年的1,100条增加135条` is one clause, and so is `较上年的1，100条…`, as numbers read it.)
  while (k > 1 && (t[k - 1] === ',' || (t[k - 1] === '，' && /^\d{3}(?!\d)/.test(t.slice(k, k + 4)))) && /\d/.test(t[k - 2]) && /\d/.test(t[k] ?? '')) k = lastIndexOfAny(t, '，,；;。：:', k - 1, 0);
  return k;
}

/**
 * The count a change against another year (`change`, `较上年的1,100条增加135条`) is about: the last number of `nums`
 * before the change's clause, in the same unit, ending the clause right before it, and no change itself
 * (`主动公开政府信息1,235条，较上年…`: 1,235). Null when there is none.
 */
function countChanged(t: string, nums: NumberToken[], change: NumberToken): NumberToken | null {
  // (Just after the separator that opens the change's clause.)
  const cs = clauseStart(t, change);
  if (cs <= 0 || !'，,'.includes(t[cs - 1])) return null;
  const before = nums.filter((n) => n.unitEnd < cs).pop();
  if (!before || before.unit !== change.unit || t.slice(before.unitEnd, cs - 1).trim()) return null;
  return CHANGE.test(t.slice(clauseStart(t, before), before.start)) ? null : before;
}

/**
 * What the total at `total` counts, by its clause before it: the applications concluded (办结, 办理, 答复), or
 * 行政复议 / 行政诉讼 cases (without 申请, which may count applications for review: `申请行政复议3件` is still a case).
 */
function totalKind(t: string, total: NumberToken): TotalKind {
  const clause = t.slice(clauseStart(t, total), total.start);
  if (/办结|办理|答复|处理完毕/.test(clause.replace(PENDING, ''))) return 'concluded';
  return /行政复议|行政诉讼/.test(clause) ? 'cases' : null;
}

/**
 * The words of a count of applications not concluded (brk134 #1): carried over to next year (`结转下年度继续办理9件`,
 * `转入2025年办理`), still being handled (`正在办理`, `仍在办理`) or not concluded (`尚未办结`). Their 办理 / 办结 makes no
 * count concluded: such a count is never the total the 办理结果 split (templates.md §5.1: 结转 is R4, the results R3.x).
 */
const PENDING = /(?:结转|转入|转至|转到|顺延)(?:到|至)?(?:下一?年度?|(?:19|20)\d{2}年度?)(?:继续)?(?:办理|处理|答复)?|(?:继续|正在|尚在|仍在|还在|待)(?:办理|处理|答复)|(?:尚未|未|没有|仍未)(?:办结|答复|办理完毕|处理完毕)/g;
/** `PENDING` to test for (not global: no `lastIndex` carried between tests). */
const PENDING_IN = new RegExp(PENDING.source);

/** Whether `total` counts the applications received (`收到`, `受理`, `新收`, `接收` in its clause), not those concluded. */
function receivedCount(t: string, total: NumberToken): boolean {
  return totalKind(t, total) !== 'concluded' && /收到|受理|新收|接收/.test(t.slice(clauseStart(t, total), total.start));
}

/**
 * A stated total whose listed parts do not add up (`共N条，其中a条、b条、其他c条` with a + b + c ≠ N; `N条。其中…`,
 * `N条；其中…` too), or whose parts joined by 、 add up to more than it even when the list may be incomplete.
 */
export const proseSum: Rule = {
  meta: {
    id: 'prose-sum',
    category: 'prose',
    defaultSeverity: 'warning',
    fixable: false,
    readsProse: true,
    description: bi('正文列出的各部分之和不等于所说的总数', 'The listed parts do not add up to the stated total'),
    rationale: bi(
      '“共收到申请N件，其中自然人申请a件，法人或其他组织申请b件”“发布信息N条，其中政策文件a条、……其他c条”这类列举把总数分成若干部分，各部分之和应等于总数。只核对明确分完的列举：最后一项是“其他……”“其余……”，开头两项是“自然人”（或紧接“申请”的“公民”“个人”：“公民申请”“公民提交的申请”）与“法人或其他组织”，或者总数是办结（办理、答复）的申请而列举依次写出了全部六种办理结果（予以公开（也写作“全部公开”）、部分公开、不予公开、无法提供、不予处理、其他处理，六者之和即办结总数；总数说的是“办理”而不是“办结”“答复”时，它可能还含紧跟在办理结果之后写出的结转下年度的申请，“本年度共办理53件，其中予以公开25件……其他处理1件；结转下年度继续办理3件”中 50 + 3 = 53 不报告），或者总数是行政复议（行政诉讼）案件而列举写出了表四的全部四种结果（结果维持、结果纠正、其他结果、尚未审结），这时与表格是否一致无关，正文自身的算术已不成立。办结（办理、答复）数后不用“其中”、由“具体为”“从办理结果看”“办理结果为”“办理结果：”引出（也可以另起一句：“……办结47件。从办理结果看，……”；上一句以结转下年度（尚未办结）的数结尾时，分的是紧接在它前面的办结数，结转的数不是办理结果的总数：“……办理完毕214件，结转下年度继续办理9件。办理结果为：……”分的是 214）或写在紧跟它的括号里（“办结47件（予以公开24件，……）”）的办理结果列举，与“其中”后的一样核对。“包括”引出的列举（“新收申请46件，包括自然人申请38件、法人或其他组织申请8件”）和“涉及”引出的列举（“收到申请46件，涉及征地拆迁类20件、规划建设类15件、其他12件”）与“其中”后的一样核对，但只核对这样明确分完的列举，因为“包括”后常常只是举例。没有这样一项的列举可能只举了一部分或彼此重叠（如“全流程电子化项目”“远程异地开评标项目”），只在各项之和大于总数时报告：部分不会多于整体；这里只算以“、”并列的各项，或用“，”“；”并列的三项以上（“其中：机构职能信息12条；政策文件68条；政策解读25条；工作动态208条”；列举的是办理结果时除外，见下；多出的正好是其中一项的数时不报告，那一项可能已含在另一项里：“动态类信息1744条，政务信息393条，解读类信息21条，……”），或各项分别是表三不同的申请人（自然人、商业企业、科研机构、社会公益组织、法律服务机构，或法人或其他组织），用“，”并列也是这样（每件申请只有一个申请人）；发布渠道中的一个与信息类别并列（“……重点工作48条；政府网站信息183条”）时也不是对总数的划分，不报告；总数是办结（答复）的申请而列举的都是办理结果（含2019年以前的“同意公开”“信息不存在”“非本机关职责范围”“非本机关掌握信息”等，以及2014年统计表的“属于已主动公开范围”）时，用“，”并列也是这样，因为每件申请只有一种办理结果；有一项不小于总数时，列举的通常不是对总数的一种划分（“按期办结46件、提前办结20件”），不报告，除非各项分别是不同的办理结果或表四的不同结果（“被提起行政诉讼2件，其中结果维持2件、其他结果1件”：每件案件只有一种结果）。几组行政复议、行政诉讼各写一个数后的“其中”（“被申请行政复议3件、被提起行政诉讼2件，其中结果维持3件……”“行政复议、行政诉讼分别为3件、2件，其中……”）分的是这几组合起来的案件，不以最后一个数为总数核对（与表四的比较见 prose-table）。总数与“其中”之间只隔着一句说申请已全部办结的话（“已全部答复”“均已办结”“全部予以答复”），或这句话另起一句（“全年共受理申请35件，其中当面申请12件……。已全部答复，其中同意公开29件……”），或这句话结束总数所在的句子而“其中”另起一句（“……35件，均已依法答复。其中……”；这句话可以带“上述申请”“以上申请”“这些申请”“所有申请”这样的主语：“上述申请已全部办结，其中……”）时，列举分的是受理的总数：前面（本句或上一句）除各“其中”列举的项外只能有一个这样的数，且说的是受理（收到、新收）而不是办结；总数与这句话之间还可以隔着只说这些申请都是什么的分句（“均为自然人申请”“申请人均为自然人”“全部通过网络提交”；说到结转、其余或带数的不算）；答复的还可能含上年结转的申请，所以这时只作提示（info），表三的上年结转为 0 时没有这种可能，照常作为警告。没有“全部”“均”的“已答复”不算。总数与“其中”之间可以隔着说明总数的比率或括号（“已办结37件，办结率90.2%，其中……”“已办结37件（办结率90.2%），其中……”），或带括号的比率（“收到申请432件，同比增长8.3%（2023年为399件），其中……”）；这样的比率也可以结束总数所在的句子（分句），“其中”另起一句或跟在分号后（“已答复52件，答复率100%。其中，……”），但括号说总数还含别的数时（“41件（含上年结转4件），其中……”）不知道列举分的是哪个数，不核对；办结数后的办理结果列举除外，它分的就是办结数（“全年共办结申请111件（含2022年结转3件），其中予以公开45件……”）。与上年比较的增减数（“……46件，较上年的40件增加6件，其中……”）不是列举所分的总数：列举分的是紧接在增减之前的那个数（46件），除非各项也是增减（“其中自然人增加4件……”）。“其中”也可以另起一句或跟在分号后（“……1200条。其中，……”“……1200条；其中……”），这时前一句（分句）须以总数结尾，且没有同一单位的其他数字，否则不知道分的是哪个数；只是列举的是办理结果（予以公开……）而前一句以办结（答复）数结尾时（“受理申请48件，已办结47件。其中予以公开24件……”），分的就是办结数，因为办理结果只分办结的申请。总数也可以写在各部分之后（“新收政府信息公开申请37件，上年结转4件，共计42件”：紧跟在用“，”“、”连接的两项或多项之后的“共计”“合计”“总计”，或紧接着数或“发布”“办理”等计数动词的“共”：“……工作动态207条，共301条”），这时各部分往前数到句首、“；”“：”或“其中”为止；有一项不小于总数、有一项是与上年比较的增减（“较上年增加5件”），或有的说来了多少、有的说办得怎样（“收到48件，办结47件，共计……”），或总数说的是办得怎样而各部分说的是来了多少（“新收申请46件，上年结转2件，共办结47件”“……合计办结47件”“……共答复47件”）时不核对。列举到比连接各项的标点更强的标点为止：以“、”连接的列举在“，”“；”处结束，以“，”连接的在“；”处结束（“其中自然人申请40件、法人或其他组织申请7件，上年结转2件”只列举了两项）；列举项名称中不含数的括号（“政策解读（含图解）41条”“乡镇（街道）公开6053条”，也包括年份、版次、批次：“政策文件（2024年度）68条”“（第1批）”，以及嵌套的“乡镇（街道（社区））”）是名称的一部分，不结束列举，含数的括号（“（含上年结转4件）”）结束列举；说办得怎样的“办结”“答复”“结转”跟在别的列举项之后时是另起的说法，也不是列举的一项（“其中通过“局长信箱”提交10件，办结45件”只列举了一项）。列举中的某一项与表格不一致（prose-table 报告它）、按表格的数各项之和就正好等于总数（不完整的列举：不再多于总数），而总数本身与表格一致时，两处报告说的是同一个写错的数：这里照样报告，消息说明它由那一项而来，并在相关位置写出表格的数。反过来，总数与表格不一致（prose-table）而完整列举的各项之和正好等于表格的数时，错的是总数：prose-table 的报告这样说明，并提供把总数改为表格的数的修复（总数以数字写出时），这里的报告也说明各项之和与表格一致。收到（受理、新收）的申请数下列出的办理结果之和多于它、而多出的不超过表三的上年结转时（“收到申请10件，其中予以公开5件、部分公开2件、不予公开1件、无法提供3件”，上年结转2件），办理结果可能还含上年结转的申请：只作提示（info），消息写明上年结转的数，并建议在正文写明。列举自然人与法人或其他组织的申请、总数没有说明是新收还是含上年结转，而总数等于表三的新收（或新收加上年结转）、其中一项却是表三另一口径的数时（“收到申请17件，其中自然人申请15件、法人或其他组织申请3件”，表三自然人新收 14、上年结转 1），消息指出这一项与总数口径不一，以及按总数的口径它应为多少。以万为单位写的总数下写全的各项（“共1.2万件，其中依申请公开3456件、主动公开8544件”）按总数所写的精度核对：1.2万件即 11500–12499 件，各项之和在这个范围内不报告。列举写全六种办理结果且其和等于总数，又并列写出表三某一办理结果下的一项（“……不予公开6件、……其他处理1件、属于行政查询事项1件”）时，这一项被重复计算了：照样报告各项之和多于总数，消息说明这一项已含在哪一种办理结果中（写在中间的也是这样）；写在该办理结果后括号里的（“不予公开6件（其中属于行政查询事项1件）”）不算。',
      'A list such as 共收到申请N件，其中自然人申请a件，法人或其他组织申请b件 or 发布信息N条，其中政策文件a条、……其他c条 splits a total into parts that must add up to it. Only lists that are complete are checked: the last item is 其他…/其余…, the first two are 自然人 (or 公民 / 个人 right before 申请: 公民申请, 公民提交的申请) and 法人或其他组织, or the total counts the applications concluded (办结, 办理, 答复) and the list names all six 办理结果 in turn (予以公开 (or 全部公开), 部分公开, 不予公开, 无法提供, 不予处理, 其他处理, which add up to the applications concluded; a total of what was 办理, not 办结 or 答复, may hold the count carried over to next year written right after the results too: in 本年度共办理53件，其中予以公开25件…其他处理1件；结转下年度继续办理3件, 50 + 3 = 53 is not reported), or the total counts 行政复议 (行政诉讼) cases and the list names all four results of 表四 (结果维持, 结果纠正, 其他结果, 尚未审结): then the prose\'s own arithmetic is wrong whatever the table says. A list of 办理结果 after a count concluded (办结, 办理, 答复) opened without 其中, by 具体为, 从办理结果看, 办理结果为 or 办理结果： (also opening the next sentence: …办结47件。从办理结果看，…; when that sentence ends with a count carried over to next year, or not concluded, the list splits the count concluded right before it, never the count carried over: …办理完毕214件，结转下年度继续办理9件。办理结果为：… splits 214) or in a parenthesis right after the count (办结47件（予以公开24件，…）), is checked as one after 其中. A list introduced by 包括 (新收申请46件，包括自然人申请38件、法人或其他组织申请8件) or 涉及 (收到申请46件，涉及征地拆迁类20件、规划建设类15件、其他12件) is checked as one after 其中, but only when it is complete in this way, since 包括 and 涉及 often introduce examples only. A list without such an item may name some parts only, or overlapping ones: it is reported only when its items add up to more than the total, since parts are never more than their whole; counted so are items joined by 、, three or more joined by ， or ； (其中：机构职能信息12条；政策文件68条；政策解读25条；工作动态208条; not 办理结果, see below; not when the excess is exactly one item\'s count, which may be held in another item too: 动态类信息1744条，政务信息393条，解读类信息21条，…), or items each naming another applicant column of 表三 (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, or 法人或其他组织) joined by ， too, since each application has one applicant; a publishing channel beside kinds of information (…重点工作48条；政府网站信息183条) is no split of the total either, and is not reported; so is a list of 办理结果 only (pre-2019 names too: 同意公开, 信息不存在, 非本机关职责范围, 非本机关掌握信息…, and the 2014 统计表\'s 属于已主动公开范围) joined by ， under a total of the applications concluded (answered), since each application has one result; a list with a part as large as the total is usually no split of it (按期办结46件、提前办结20件) and is not reported, unless each part is another 办理结果 or another result of 表四 (被提起行政诉讼2件，其中结果维持2件、其他结果1件: each case has one result). A 其中 after several groups of 行政复议 and 行政诉讼 with a count each (被申请行政复议3件、被提起行政诉讼2件，其中结果维持3件…, 行政复议、行政诉讼分别为3件、2件，其中…) splits their cases together: the last count is no total of it, and it is not checked (prose-table compares it with 表四). When only a clause saying all the applications were answered stands between the total and 其中 (已全部答复, 均已办结, 全部予以答复), or opens the next sentence (全年共受理申请35件，其中当面申请12件…。已全部答复，其中同意公开29件…), or ends the total\'s sentence with 其中 opening the next (…35件，均已依法答复。其中…; the clause may have a subject such as 上述申请, 以上申请, 这些申请 or 所有申请: 上述申请已全部办结，其中…), the list splits the count received: the only count, besides the items of 其中 lists, in that sentence before it (or the sentence before), one of applications received (受理, 收到, 新收), not concluded; clauses saying only what all those applications are (均为自然人申请, 申请人均为自然人, 全部通过网络提交; not about carried-over or other applications, nor with a count) may stand between the total and that clause; since the answers may include applications carried over from last year, this is reported as info, and as a warning when 表三 has none carried over (上年结转 0). 已答复 without 全部 or 均 does not count. A rate or a parenthesis on the total may stand between it and 其中 (已办结37件，办结率90.2%，其中…, 已办结37件（办结率90.2%），其中…), or a rate with a parenthesis (收到申请432件，同比增长8.3%（2023年为399件），其中…); such a rate may also end the total\'s sentence (or clause), 其中 opening the next or following a semicolon (已答复52件，答复率100%。其中，…); but not one saying the total holds something besides (41件（含上年结转4件），其中…): then it is not known what the list splits, and it is not checked; except a list of 办理结果 under a count concluded, which splits that count whatever it holds (全年共办结申请111件（含2022年结转3件），其中予以公开45件…). A change against another year (…46件，较上年的40件增加6件，其中…) is no total a list splits: the list splits the count right before the change (46件), unless its items are changes too (其中自然人增加4件…). 其中 may also open the next sentence or follow a semicolon (…1200条。其中，… / …1200条；其中…); then the sentence (or clause) before must end with the total and hold no other number of its unit, or it is not known which number is split; except that a list of 办理结果 (予以公开…) after a sentence ending with the applications concluded (受理申请48件，已办结47件。其中予以公开24件…) splits that count, since only concluded applications have results. A total may also follow its parts (新收政府信息公开申请37件，上年结转4件，共计42件: 共计, 合计 or 总计 right after two or more counts joined by ， or 、, or 共 right before the count or a verb of counting such as 发布 or 办理: …工作动态207条，共301条); the parts then go back to the start of the sentence, a ；, a ： or 其中; not checked when a part is as large as the total, a part is a change against another year (较上年增加5件), or some parts count what came and others what was done (收到48件，办结47件，共计…), or the total counts what was done and the parts what came (新收申请46件，上年结转2件，共办结47件, …合计办结47件, …共答复47件). A list ends at a separator stronger than the one joining its items: a list joined by 、 ends at ， or ；, one joined by ， at ； (其中自然人申请40件、法人或其他组织申请7件，上年结转2件 lists two parts); a bracket without a count in the name of an item (政策解读（含图解）41条, 乡镇（街道）公开6053条, a year, an edition or a batch: 政策文件（2024年度）68条, （第1批）, nested: 乡镇（街道（社区））) is part of the name and does not end the list, one holding a count (（含上年结转4件）) does; a 办结, 答复 or 结转 after items that say something else is a statement of its own, not an item (其中通过“局长信箱”提交10件，办结45件 lists one part). When a part contradicts a table (prose-table reports it) and with the table\'s number the parts add up to the total (for a list that may be incomplete: are no longer more than it), the total agreeing with the table, both findings are about one wrong number: this one is still reported, and its message says it follows from that part, whose related location gives the table\'s number. The other way round, when the total contradicts a table (prose-table) while a complete list of its parts adds up to exactly the table\'s number, the total is the wrong one: prose-table\'s finding says so with a fix writing the table\'s number (for a total written in digits), and this finding says the parts agree with the table. 办理结果 listed under a count received (收到, 受理, 新收) that add up to more than it, by no more than 表三\'s 上年结转 (收到申请10件，其中予以公开5件、部分公开2件、不予公开1件、无法提供3件 with 2 carried over), may include last year\'s applications: an info, whose message gives 上年结转 and suggests saying so in the text. A list of the applications of natural and of legal persons under a total that does not say whether it is 新收 or includes 上年结转, the total being 表三 新收 (or 新收 plus 上年结转) while one part is the count of the table in the other scope (收到申请17件，其中自然人申请15件、法人或其他组织申请3件 with 自然人 新收 14 and 上年结转 1), gets a message saying that part is counted otherwise than the total, and what it is counted as the total is. Parts written in full under a total written in 万 (共1.2万件，其中依申请公开3456件、主动公开8544件) are checked at the precision the total is written to: 1.2万件 is 11500 to 12499, and a sum within that is not reported. When a list names all six results, adding up to the total, and lists beside them a row of 表三 below one of them (…不予公开6件、…其他处理1件、属于行政查询事项1件), that row is counted twice: the parts listed add up to more than the total and are reported so, the message saying which result holds the row (so too for a row listed among them); a row in brackets after its result (不予公开6件（其中属于行政查询事项1件）) is not.'),
    example: { bad: '共受理政府信息公开申请749件，其中自然人申请741件，法人或其他组织申请18件', note: bi('741 + 18 = 759 ≠ 749', '741 + 18 = 759 ≠ 749') },
  },
  check(ctx) {
    let q: Quantities | undefined;
    eachInParagraphs(ctx.report, 'sums', SUM_MARKS, (para) => [...sumsOf(para, firstOf(para.text, LIST_OPENERS, 0)), ...resultListsOf(para), ...totalsAfter(para)], (sum, para, o, p) => {
      const { total, parts, acc } = sum;
      const after = 'after' in sum && sum.after;
      const partial = 'partial' in sum && sum.partial;
      // A total that a clause restates (`35件。已全部答复，其中…`) is read from the words, and the applications
      // answered may include ones carried over from last year that a count received leaves out: a milder finding.
      const restated = 'restated' in sum && sum.restated;
      // (With 表三's 上年结转 0 there are none such: the answered ones are the ones received, and the finding a warning
      // as for any total; brk147 #9.)
      const restatedSure = !!restated && (q ??= new Quantities(ctx.report)).value('R2') === 0;
      // `收到申请10件，其中予以公开5件、部分公开2件、不予公开1件、无法提供3件`: 办理结果 under a count received, more than it
      // by no more than 表三's 上年结转 (2), may be of last year's applications too (brk86 #11): said as that, an info.
      let carried = 0;
      if (!after && !restated && acc > total.value && receivedCount(para.text, total) && parts.every((x) => RESULT_LEVEL.test(x.label) || RESULT_NAME.test(x.label))) {
        q ??= new Quantities(ctx.report);
        const r2 = q.value('R2');
        if (r2 && acc - total.value <= r2) carried = r2;
      }
      // (A total said to be 新收, or with 结转, has its scope in the words: prose-table compares the parts then.)
      const scope = !after && !restated && !carried && !/新收|结转/.test(para.text.slice(sentenceStart(para.text, total.start), total.start)) ? mixedScope(q ??= new Quantities(ctx.report), total.value, parts) : null;
      const list = parts.map((x) => x.n.value).join(' + ');
      // A total in Chinese numerals is quoted as written, with its value (`“五十一件”（51）`).
      const written = total.chinese ? para.raw.slice(total.start, total.end) + total.unit : '';
      // A total in 万 (`1.2万件`) is quoted as written, with the counts it may stand for (fixA #6).
      const spread = 'spread' in sum && typeof sum.spread === 'number' ? sum.spread : 0;
      const [lo, hi] = [Math.ceil(total.value - spread), Math.ceil(total.value + spread) - 1];
      const roundedZh = spread ? `“${para.raw.slice(total.start, total.unitEnd)}”（按所写的精度为 ${lo}–${hi}${total.unit}）` : '';
      const roundedEn = spread ? `written “${para.raw.slice(total.start, total.unitEnd)}” (${lo}–${hi} at the precision written)` : '';
      // (Off a rounded total by as much as the sum lies outside what it may stand for.)
      const diff = spread ? (acc > hi ? acc - hi : acc - lo) : acc - total.value;
      // A row of 表三 listed beside its result (`不予公开6件、…、属于行政查询事项1件`): counted twice (brk162 #6).
      const doubled = 'doubled' in sum && sum.doubled ? sum.doubled : [];
      const results = doubled.length ? acc - doubled.reduce((a, d) => a + d.row.n.value, 0) : 0;
      const rowZh = doubled.map((d) => `“${p.quote(o + partFrom(d.row), o + d.row.n.unitEnd)}”是表三“${d.name.zh}”下的一项，已含在“${p.quote(o + partFrom(d.group), o + d.group.n.unitEnd)}”中`).join('；');
      const rowEn = doubled.map((d) => `“${p.quote(o + partFrom(d.row), o + d.row.n.unitEnd)}” is a row of 表三 under ${d.name.en} and is already held in “${p.quote(o + partFrom(d.group), o + d.group.n.unitEnd)}”`).join('; ');
      const doubledZh = doubled.length ? `。${rowZh}，这样列出把它重复计算了${results === total.value ? `；不计它，各办理结果之和为 ${results}，等于总数` : ''}。请删去这一项，或把它写在所属的办理结果后的括号里（如“${doubled[0].name.zh}${doubled[0].group.n.value}${total.unit}（其中${p.quote(o + partFrom(doubled[0].row), o + doubled[0].row.n.unitEnd)}）”）` : '';
      const doubledEn = doubled.length ? `. ${rowEn}: listed beside it, it is counted twice${results === total.value ? `; without it the results add up to ${results}, the total` : ''}. Leave it out, or put it in brackets after its result (e.g. ${doubled[0].name.zh}${doubled[0].group.n.value}${total.unit}（其中${p.quote(o + partFrom(doubled[0].row), o + doubled[0].row.n.unitEnd)}）)` : '';
      ctx.add({
        message: bi(
          `总数写为${roundedZh || (written ? `“${written}”（${total.value}）` : ` ${total.value}${total.unit}`)}，但${after ? '它前面列出的' : '其中'}各项之和为 ${list} = ${acc}，相差 ${diff > 0 ? '+' : ''}${diff}${restated ? (restatedSure ? `（“其中”前说申请已全部${restated}，表三没有上年结转的申请，所以按这个总数核对）` : `（“其中”前说申请已全部${restated}，所以按这个总数核对；若${restated}的还含上年结转的申请，请在正文写明）`) : ''}${carried ? `。这些办理结果可能还含上年结转的申请（表三的上年结转为 ${carried}${total.unit}，多出的 ${acc - total.value}${total.unit}不超过它）：若是，请在正文写明上年结转的申请，如“收到申请${total.value}${total.unit}，加上年结转${carried}${total.unit}共${total.value + carried}${total.unit}，其中……”` : ''}${scope ? `。总数是表三的${SCOPE[scope.scope].zh}（${total.value}），而“${p.quote(o + partFrom(scope.part), o + scope.part.n.unitEnd)}”是表三${SCOPE[scope.other].zh}的${scope.who.zh}数，两处口径不一：按${SCOPE[scope.scope].zh}应为 ${scope.value}${total.unit}，请统一` : ''}${doubledZh}。`,
          `The total is ${roundedEn || (written ? `written “${written}” (${total.value})` : total.value)}, but ${after ? 'the parts listed before it' : 'its listed parts'} add up to ${list} = ${acc} (difference ${diff > 0 ? '+' : ''}${diff})${restated ? (restatedSure ? `; the words before 其中 say all the applications were dealt with (${restated}) and 表三 has none carried over from last year, so the list is checked against this total` : `; the words before 其中 say all the applications were dealt with (${restated}), so the list is checked against this total (if those include applications carried over from last year, say so in the text)`) : ''}${carried ? `. These results may include applications carried over from last year (表三's applications carried over from last year (上年结转) are ${carried}; the ${acc - total.value} more are no more than that): if so, say so in the text, e.g. 收到申请${total.value}${total.unit}，加上年结转${carried}${total.unit}共${total.value + carried}${total.unit}，其中…` : ''}${scope ? `. The total is 表三's ${SCOPE[scope.scope].en} (${total.value}), while “${p.quote(o + partFrom(scope.part), o + scope.part.n.unitEnd)}” is its ${SCOPE[scope.other].en} by ${scope.who.en}: the two are counted differently; counted as the total is, it is ${scope.value}: make them agree` : ''}${doubledEn}.`),
        ...((restated && !restatedSure) || carried ? { severity: 'info' as const } : {}),
        range: p.range(o + total.start, o + total.end),
        expected: acc,
        actual: total.value,
        related: parts.map((x) => ({ range: p.range(o + x.n.start, o + x.n.end), message: bi(`${para.raw.slice(partFrom(x), x.n.start)} ${x.n.value}`, `${x.label.slice(partFrom(x) - x.n.start + x.label.length)}: ${x.n.value}`) })),
        listSum: { total: total.value, complete: !partial, parts: parts.map((x) => ({ range: p.range(o + x.n.start, o + x.n.end), value: x.n.value, written: p.quote(o + partFrom(x), o + x.n.unitEnd) })) },
      });
    });
  },
};

/** 表三's two counts of applications received that the prose may mean, as said in messages. */
const SCOPE = {
  R1: { zh: '新收', en: 'new applications (新收)' },
  'R1+R2': { zh: '新收加上年结转', en: 'new plus carried-over applications (新收 + 上年结转)' },
} as const;

/**
 * For a list of the applicants (`收到申请17件，其中自然人申请15件、法人或其他组织申请3件`) whose total is 表三's count of
 * one scope (新收 17) while one part is the table's count of the other scope (自然人 新收 14 + 上年结转 1 = 15) and the
 * other part agrees: that part, the scopes, and its value in the total's scope; else null (brk97 #5: the finding did
 * not say which number was off). (prose-table reports such a part too when the total is a count received that is
 * 新收 alone, brk184 #6; not when it is 新收 + 上年结转, where either reading of a part stays.)
 */
function mixedScope(q: Quantities, total: number, parts: Part[]): { part: Part; value: number; scope: keyof typeof SCOPE; other: keyof typeof SCOPE; who: Bilingual } | null {
  if (parts.length !== 2 || !NATURAL_LABEL.test(parts[0].label) || !/法人/.test(parts[1].label)) return null;
  for (const [scope, other] of [['R1', 'R1+R2'], ['R1+R2', 'R1']] as const) {
    if (q.value(scope) !== total) continue;
    const here = [q.value(`natural:${scope}`), q.value(`legal:${scope}`)];
    const there = [q.value(`natural:${other}`), q.value(`legal:${other}`)];
    const off = [0, 1].filter((k) => here[k] !== parts[k].n.value);
    if (off.length !== 1 || here.some((v) => v === null)) continue;
    const k = off[0];
    if (there[k] === parts[k].n.value) return { part: parts[k], value: here[k]!, scope, other, who: k === 0 ? bi('自然人', 'natural persons') : bi('法人或其他组织', 'legal persons and other organisations') };
  }
  return null;
}

/**
 * Marks each prose-sum finding of `findings` (one report's, as kept after suppression) that follows from a part of
 * its list contradicting a table, as prose-table reports it: one wrong number, said twice otherwise (`结果维持2件、
 * 结果纠正2件` under `行政复议3件` with 表四's 纠正 1). It is such a consequence when the parts that prose-table finds
 * wrong, with the table's values in their place, make the list hold (add up to the total for a complete list, not
 * exceed it for one that may be partial), and prose-table says nothing of the total itself. The finding stays (its
 * ruleId, range, expected and actual unchanged); its message says which number it follows from and what the list
 * adds up to with the table's value, and its related location of that part names the table's value. A finding with
 * no such part is left as it is: a wrong total, a list without a table, a part whose prose-table finding is
 * suppressed or turned off. Changes the findings in place; returns `findings`.
 */
export function listSumConsequences(findings: Finding[], locale: Locale): Finding[] {
  const at = (r: { start: { line: number; character: number } }) => `${r.start.line}:${r.start.character}`;
  const tableSays = new Map<string, { table: string; value: number }>();
  const compared = new Set<string>();
  for (const f of findings) {
    if (f.ruleId !== 'prose-table') continue;
    compared.add(at(f.range));
    const says = crossRuleFactsOf(f).tableSays;
    if (says) tableSays.set(at(f.range), says);
  }
  if (!compared.size) return findings;
  for (const f of findings) {
    const list = f.ruleId === 'prose-sum' ? crossRuleFactsOf(f).listSum : undefined;
    if (!list || compared.has(at(f.range))) continue;
    const wrong = list.parts.filter((x) => tableSays.has(at(x.range)));
    if (!wrong.length) continue;
    const values = list.parts.map((x) => tableSays.get(at(x.range))?.value ?? x.value);
    const sum = Math.round(values.reduce((a, v) => a + v, 0) * 1e6) / 1e6;
    if (list.complete ? sum !== list.total : sum > list.total) continue;
    const named = wrong.map((x) => ({ written: x.written, ...tableSays.get(at(x.range))! }));
    const zh = named.map((x) => `“${x.written}”（${x.table}为 ${x.value}）`).join('、');
    const en = named.map((x) => `“${x.written}” (${x.table}: ${x.value})`).join(', ');
    const holds = sum === list.total ? [`等于总数 ${list.total}`, `the total, ${list.total}`] : [`不多于总数 ${list.total}`, `no more than the total, ${list.total}`];
    f.message += locale === 'en'
      ? ` This follows from ${en} contradicting the table, as prose-table reports: with the table's ${named.length > 1 ? 'numbers' : 'number'} the parts add up to ${values.join(' + ')} = ${sum}, ${holds[1]}. Check ${named.length > 1 ? 'those numbers' : 'that number'} first.`
      : `这是正文${zh}与表格不一致的结果（见 prose-table 的报告）：按表格的数，各项之和为 ${values.join(' + ')} = ${sum}，${holds[0]}。请先核对${named.length > 1 ? '这几个数' : '这个数'}。`;
    f.related = f.related?.map((r) => {
      const says = tableSays.get(at(r.range));
      return says ? { ...r, message: locale === 'en' ? `${r.message} (${says.table}: ${says.value})` : `${r.message}（${says.table}为 ${says.value}）` } : r;
    });
  }
  return findings;
}

/** What marks a sum in a paragraph: a `其中`, `包括` or `涉及` list, a list of 办理结果 (`RESULTS_OPENER`), or a total after its parts (`TOTAL_AFTER`). */
const SUM_MARKS = ['其中', '包括', '涉及', '共', '合计', '总计', '具体', '办理结果', '办理情况', '（', '('] as const;

/**
 * What opens a list of the parts of the count before it: `其中`, `包括` (`新收申请46件，包括自然人申请38件、法人或
 * 其他组织申请8件`) and `涉及` (`收到申请46件，涉及征地拆迁类20件、规划建设类15件、其他12件`; helper-212 #11); a `包括` or
 * `涉及` list may name examples only (`包括政策文件、…等`), so it is checked only when complete.
 */
const LIST_OPENERS = ['其中', '包括', '涉及'] as const;

/**
 * A total that sums the parts listed right before it: `，共计42件`, `、合计受理42件` (the word, then a count), and `，共301条`,
 * `，共发布301条` (共 alone only right before the count or a verb of counting: `，共同开展…3次` is none).
 */
const TOTAL_AFTER = /[，,、](?:(?:共计|合计|总计)[\u4e00-\u9fff]{0,8}|共(?:有|计|为|是|发布|公开|收到|受理|需办理|办理|处理|办结|答复)?)$/;

/** Where `TOTAL_AFTER` may start (its word; `共` covers `共计`). */
const TOTAL_WORDS = ['共', '合计', '总计'] as const;

/** A change against another year (`较上年增加5件`, `同比下降`): no part of this year's total. */
const CHANGE = /增加|减少|增长|下降|同比|环比|较|比上年|比去年/;

/** What a part says was done with the applications (办结, 答复, 结转下年度…), as against how many came. */
const DONE = /办结|答复|办理|处理完毕|结转下|结转至|转入下|顺延/;

/** The most parts a total stated after them (`totalsAfter`) is read with; more is no list of one total's parts. */
const MAX_PARTS_BEFORE = 40;

/**
 * The totals of one paragraph stated after their parts (`新收37件，上年结转4件，共计42件`) that the parts do not add
 * up to (offsets in it; kept with the paragraph). The parts are the counts of the total's unit right before
 * `，共计` (`合计`, `总计`), each with its label, joined by `，` or `、`, back to the start of the sentence, a `；` or
 * `：`, or a `其中` that opens a part's label. Not read: fewer than two parts, a part as large as the total (the
 * counts may overlap), a change against another year (`较上年增加5件`), parts of which some count what was done and others what came (`收到48件，办结47件，共计…`),
 * approximate or decimal counts.
 */
function totalsAfter(para: Paragraph): { total: NumberToken; parts: Part[]; acc: number; after: true; partial?: true }[] {
  const t = para.text;
  const out: ReturnType<typeof totalsAfter> = [];
  // The sentence of the last total word and its numbers, read once for all the total words in it; `next`: the first
  // of them after the total word (its offsets grow). A run-on sentence of thousands of `，共…件` clauses is read in
  // linear time, not once per clause (brk90 #3).
  let start = -1, sentenceAfter = -1, next = 0;
  let nums: NumberToken[] = [];
  for (let i = firstOf(t, TOTAL_WORDS, 0); i >= 0; i = firstOf(t, TOTAL_WORDS, i + 1)) {
    if (i >= sentenceAfter) {
      start = sentenceStart(t, i);
      sentenceAfter = sentenceEnd(t, start);
      nums = numbersIn(para, start, sentenceAfter);
      next = 0;
    }
    while (next < nums.length && nums[next].start <= i) next++;
    const total = nums[next];
    if (!total || !TOTAL_AFTER.test(t.slice(Math.max(start, i - 1), total.start)) || NOT_COUNTS.has(total.unit) || total.approx || total.decimals) continue;
    const parts: Part[] = [];
    // Back from the separator before 共计: each part is a count ending at a separator, with the CJK label before it.
    // At most `MAX_PARTS_BEFORE` of them: a longer run is no list a total sums (and is not read back to its start).
    for (let end = i - 1, k = next - 1; ; ) {
      while (k >= 0 && nums[k].unitEnd > end) k--;
      const n = nums[k];
      if (parts.length > MAX_PARTS_BEFORE) break;
      if (!n || n.unitEnd !== end || n.unit !== total.unit || n.approx || n.decimals) break;
      let a = n.start;
      while (a > start && /[\u4e00-\u9fff“”"]/.test(t[a - 1])) a--;
      const label = t.slice(a, n.start);
      if (!label || label.length > 24) break;
      const opened = label.lastIndexOf('其中');
      parts.unshift({ label: opened >= 0 ? label.slice(opened + 2) : label, n });
      if (opened >= 0 || a === start || !/[，,、]/.test(t[a - 1])) break;
      end = a - 1;
      k--;
    }
    if (parts.length < 2 || parts.length > MAX_PARTS_BEFORE || parts.some((x) => !x.label || x.n.value >= total.value || CHANGE.test(x.label))) continue;
    const done = parts.filter((x) => DONE.test(x.label)).length;
    if (done && done < parts.length) continue;
    // `新收申请46件，上年结转2件，共办结47件`: a total of what was done after counts of what came is no sum of them
    // (helper-220 #10).
    if (!done && DONE.test(t.slice(i, total.start))) continue;
    const acc = parts.reduce((a, x) => a + x.n.value, 0);
    if (acc !== total.value) out.push({ total, parts, acc, after: true });
  }
  return out;
}

/** The totals of one paragraph whose listed parts do not add up (offsets in it; kept with the paragraph). */
function sumsOf(para: Paragraph, first: number): { total: NumberToken; parts: Part[]; acc: number; after?: true; partial?: true; restated?: string; spread?: number; doubled?: Doubled[] }[] {
  const t = para.text;
  let next = first;
  const out: ReturnType<typeof sumsOf> = [];
  for (let start = 0, end = 0, prev = 0; start < t.length; prev = start, start = end) {
    end = sentenceEnd(t, start);
    if (next >= 0 && next < start) next = firstOf(t, LIST_OPENERS, start);
    if (next < 0) break;
    if (next + 2 > end) continue;
    const nums = numbersIn(para, start, end);
    for (let q = next; q >= 0 && q + 2 <= end; q = firstOf(t, LIST_OPENERS, q + 2)) {
      const including = t.startsWith('包括', q) || t.startsWith('涉及', q);
      const direct = totalOf(para, nums, prev, start, q);
      // `涉及征地拆迁的20件，涉及规划建设的15件…`: a 涉及 that opens the next part of a list of topics, after a count that
      // is such a part itself, opens no list of its own (helper-218 #9).
      if (t.startsWith('涉及', q) && direct && /^\s*(?:其中[，,：:]?)?涉及/.test(t.slice(clauseStart(t, direct), direct.start))) continue;
      const restated = direct || including ? undefined : restatedTotal(para, nums, prev, start, q);
      let total = direct ?? restated?.total;
      if (!total) continue;
      // `…46件，较上年的40件增加6件，其中自然人申请40件…`: a change against another year is no total a list splits (helper-215 #3);
      // the count it changes, ending the clause right before it, is (brk93 #4), unless the parts are changes too
      // (`较上年增加6件，其中自然人增加4件…`).
      const changed = CHANGE.test(t.slice(clauseStart(t, total), total.start));
      if (changed && (restated || !(total = countChanged(t, nums, total) ?? undefined))) continue;
      let listed = partsAfter(t, q + 2, end, total.unit, nums);
      // `共1.2万件，其中依申请公开3456件、主动公开8544件`: a total in 万 over parts written in full is the count it
      // stands for (12000), within its rounding (half a unit of its last digit: 11500–12500; fixA #6).
      let spread = 0;
      const rounded = listed.length ? null : roundedTotal(total);
      if (rounded) {
        const inFull = partsAfter(t, q + 2, end, rounded.total.unit, nums);
        if (inFull.length) [total, listed, spread] = [rounded.total, inFull, rounded.spread];
      }
      if (changed && listed.some((x) => CHANGE.test(x.label))) continue;
      // All the applications answered (`已全部答复`) are as many as were concluded: the six 办理结果 split them.
      const kind = restated ? 'concluded' : totalKind(t, total);
      // `被申请行政复议3件、被提起行政诉讼2件，其中结果维持3件…`, `行政复议、行政诉讼分别为3件、2件，其中…`: the results split
      // the groups' cases together (prose-table compares them with the sum of the groups' results), not the last count.
      if (kind === 'cases' && nums.some((n) => n !== total && n.unit === total.unit && n.start >= clauseStart(t, total) && n.start < total.start)) continue;
      const failing = listNotAddingUp(t, listed, total, kind, nums, !including, spread);
      if (failing) out.push({ ...failing, ...(restated ? { restated: restated.verb } : {}), ...(spread ? { spread } : {}) });
    }
  }
  return out;
}

/**
 * A total written in 万 (`1.2万件`) as the count it stands for in its unit (12000 件) and how far the exact count may lie
 * from it (half a unit of its last digit written: 500), for parts written in full (fixA #6); null for any other total.
 */
function roundedTotal(total: NumberToken): { total: NumberToken; spread: number } | null {
  const wan = total.approx ? null : wanCount(total);
  return wan ? { total: { ...total, value: wan.value, unit: total.unit.slice(1), decimals: 0 }, spread: wan.tolerance } : null;
}

/**
 * The parts of `listed` (a list splitting `total`, of `kind`; `nums` the sentence's numbers) that do not add up to it:
 * a complete split (`covering`) whose sum is not the total, or, when `mayBePartial`, a list that may name some parts
 * only and adds up to more (`exceeding`, then `partial`); null when the list holds. A total of all the applications
 * handled (`共办理53件，其中予以公开25件…其他处理1件；结转下年度继续办理3件`: 办理, not 办结 or 答复) is the results and
 * those carried over to next year together.
 */
function listNotAddingUp(t: string, listed: Part[], total: NumberToken, kind: TotalKind, nums: NumberToken[], mayBePartial: boolean, spread = 0): { total: NumberToken; parts: Part[]; acc: number; partial?: true; doubled?: Doubled[] } | null {
  const complete = covering(listed, kind);
  // `办结47件，其中予以公开24件、…、其他处理1件、属于行政查询事项1件`: the six results add up to the total, and a row of
  // 表三 below one of them listed after them is counted a second time beside its group (templates.md §5.3 X-3, seed
  // 001; brk162 #6): the parts as listed add up to more.
  if (complete && kind === 'concluded' && !spread && complete.every((x) => RESULTS.some((re) => re.test(x.label)))) {
    const sum = complete.reduce((a, x) => a + x.n.value, 0);
    const more: Part[] = [];
    for (let k = complete.length; k < listed.length && subRowOf(listed[k], complete); k++) more.push(listed[k]);
    if (more.length && sum === total.value) {
      const parts = [...complete, ...more];
      return { total, parts, acc: sum + more.reduce((a, x) => a + x.n.value, 0), doubled: doubledIn(parts) };
    }
  }
  // (A rounded total, `1.2万件`, may stand for as much as `spread` more: a list that may be partial is more than it only
  // beyond that.)
  // (`1.2万件` stands for 11500–12499: at least `total.value − spread`, less than `total.value + spread`.)
  const [lo, hi] = [Math.ceil(total.value - spread), Math.ceil(total.value + spread) - 1];
  const parts = complete ?? (mayBePartial ? exceeding(t, listed, spread ? { ...total, value: hi } : total, kind) : null);
  if (!parts) return null;
  const acc = parts.reduce((a, x) => a + x.n.value, 0);
  if (spread ? lo <= acc && acc <= hi : acc === total.value) return null;
  const pending = carriedAfter(t, parts[parts.length - 1].n, nums, total.unit);
  if (pending && acc + pending.value === total.value && handledAll(t, total)) return null;
  const doubled = kind === 'concluded' ? doubledIn(parts) : [];
  return { total, parts, acc, ...(complete ? {} : { partial: true as const }), ...(doubled.length ? { doubled } : {}) };
}

/** A row of 表三 listed beside the 办理结果 it is a row of (`不予公开6件、…、属于行政查询事项1件`), which holds it. */
interface Doubled {
  row: Part;
  group: Part;
  name: Bilingual;
}

/**
 * The rows of 表三 below a 办理结果 (R3.3.x under 不予公开, R3.4.x under 无法提供, R3.5.x under 不予处理, R3.6.x under 其他
 * 处理), by the index of their result in `RESULTS`, as a list item's whole label may name them (`属于行政查询事项`,
 * `本机关不掌握相关政府信息`, `重复申请`).
 */
const SUB_ROWS: { group: number; re: RegExp }[] = [
  { group: 2, re: /^(?:属于|涉及|因)?(?:国家秘密|其他法律[、和及]?行政法规禁止公开|危及[“"]?三安全一稳定[”"]?|保护第三方合法权益|(?:三类)?内部事务信息|(?:四类)?过程性信息|行政执法案卷|行政查询事项)(?:的)?(?:申请)?$/ },
  { group: 3, re: /^(?:因)?(?:本机关不掌握(?:相关)?(?:政府)?(?:信息)?|没有现成信息(?:需要另行制作)?|(?:需要)?另行制作|补正后(?:申请)?内容仍不明确)(?:的)?(?:申请)?$/ },
  { group: 4, re: /^(?:属于)?(?:信访举报投诉类?|重复申请|(?:要求提供)?公开出版物|无正当理由大量反复申请|要求行政机关确认或重新出具已获取信息)(?:的)?(?:申请)?$/ },
  { group: 5, re: /^(?:申请人)?(?:无正当理由)?(?:逾期不补正|逾期未按收费通知要求缴纳费用|逾期不缴费)(?:的)?(?:申请)?$/ },
];

/** Whether a list item's label (`属于行政查询事项`) names a row of 表三 below one of the 办理结果 (`SUB_ROWS`). */
export function isResultSubRow(label: string): boolean {
  const bare = label.replace(LIST_MARKER, '');
  return SUB_ROWS.some((r) => r.re.test(bare));
}

/** The listed result of `among` that the item `x` is a row of 表三 below (`SUB_ROWS`), or undefined. */
function subRowOf(x: Part, among: Part[]): Part | undefined {
  const label = x.label.replace(LIST_MARKER, '');
  const row = SUB_ROWS.find((r) => r.re.test(label));
  return row ? among.find((g) => g !== x && RESULTS[row.group].test(g.label) && !SUB_ROWS.some((r) => r.re.test(g.label.replace(LIST_MARKER, '')))) : undefined;
}

/** The items of `parts` that are rows of 表三 below a result listed among them too: counted twice (`Doubled`). */
function doubledIn(parts: Part[]): Doubled[] {
  const out: Doubled[] = [];
  for (const x of parts) {
    const group = subRowOf(x, parts);
    const words = group && RESULT_WORDS[RESULTS.findIndex((re) => re.test(group.label))];
    if (group && words) out.push({ row: x, group, name: bi(words.zh, words.en) });
  }
  return out;
}

/** The six 办理结果 of `RESULTS` as messages name them. */
const RESULT_WORDS = [
  { zh: '予以公开', en: 'granted (予以公开)' },
  { zh: '部分公开', en: 'partly granted (部分公开)' },
  { zh: '不予公开', en: 'refused (不予公开)' },
  { zh: '无法提供', en: 'cannot be provided (无法提供)' },
  { zh: '不予处理', en: 'not processed (不予处理)' },
  { zh: '其他处理', en: 'otherwise handled (其他处理)' },
];

/**
 * What opens a list of the 办理结果 of the count before it without 其中 (helper-218 #17): `具体为：`, `具体情况如下：`,
 * `从办理结果看，`, `按办理结果分，`, `办理结果为：`, `办理结果：` (a colon list, as `申请方式：` lists the channels; fixA #3),
 * or a parenthesis right after the count (`办结47件（予以公开24件，…）`).
 */
const RESULTS_OPENER = /(?:具体(?:为|是|如下|情况(?:为|是|如下))|(?:从|按)办理结果(?:来)?(?:看|分)|办理(?:结果|情况)(?:(?:为|是|如下)|(?=[：:])))[：:，,]?|[（(](?!其中|包括|含)/g;

/**
 * The lists of 办理结果 in a paragraph opened by `RESULTS_OPENER` (not by 其中: `sumsOf`
 * reads those) that do not add up to the count of applications concluded they split (`已办结47件，具体为：予以公开
 * 24件、…`, `办结47件（予以公开25件，…）`, `…办结47件。从办理结果看，予以公开…`): checked as a 其中 list of 办理结果
 * under that total is, complete (all six results) or not (more than the total); offsets in the paragraph's text.
 */
/** The last characters of the count units a 办结 total may have before its bracketed list (`件`, `个`, `项`, `人次` …). */
const COUNT_UNIT_CHARS = [...new Set([...COUNT_UNITS].map((u) => u[u.length - 1]))].join('');

function resultListsOf(para: Paragraph): { total: NumberToken; parts: Part[]; acc: number; partial?: true; doubled?: Doubled[] }[] {
  const t = para.text;
  const out: ReturnType<typeof resultListsOf> = [];
  RESULTS_OPENER.lastIndex = 0;
  // The sentence of the last opener and its numbers: read once per sentence, not once per opener (a sentence of
  // thousands of `（N）…` items read its numbers thousands of times; helper-226 D).
  let sentence: { start: number; end: number; prev: number; nums: NumberToken[] } | null = null;
  for (let m = RESULTS_OPENER.exec(t); m; m = RESULTS_OPENER.exec(t)) {
    const q = m.index;
    const paren = m[0] === '（' || m[0] === '(';
    // (A bracket opens a list only right after its total's unit: `办结47件（其中…`.)
    if (paren && (q === 0 || !COUNT_UNIT_CHARS.includes(t[q - 1]))) continue;
    if (!sentence || q >= sentence.end) {
      const start = sentenceStart(t, q);
      const end = sentenceEnd(t, start);
      sentence = { start, end, prev: start > 0 ? sentenceStart(t, start - 1) : 0, nums: numbersIn(para, start, end) };
    }
    const { start, end, prev, nums } = sentence;
    const total = totalOf(para, nums, prev, start, q);
    if (!total || (paren && total.unitEnd !== q) || totalKind(t, total) !== 'concluded') continue;
    if (CHANGE.test(t.slice(clauseStart(t, total), total.start))) continue;
    const listed = partsAfter(t, q + m[0].length, end, total.unit, nums);
    if (listed.length < 2 || !RESULT_NAME.test(listed[0].label)) continue;
    const failing = listNotAddingUp(t, listed, total, 'concluded', nums, true);
    if (failing) out.push(failing);
  }
  return out;
}

/**
 * A clause that only says all the applications were answered (`已全部答复`, `均已办结`, `已全部办结`, `全部予以答复`,
 * `均已按时答复`, `全部办理完毕`), with its subject or not (`上述申请已全部办结`, `以上申请均已答复`, `这些申请…`,
 * `所有申请…`): it restates the count received, so a `其中` list after it splits that count; group `verb` is the verb
 * as written (答复, 办结, 办理…). Without 全部 / 均 (`已答复`) it may count only some of them: not a restatement.
 */
const RESTATES = /^(?:(?:上述|以上|前述|这些|所有|全部)(?:的)?(?:政府信息公开)?申请|申请)?(?:现|目前)?(?:已经?|均已?|全都)?(?:全部|全数|悉数|均)(?:已经?)?(?:依法|依法依规|按时|按期|及时|如期|在法定期限内|在法定时限内|在规定时限内|在规定期限内)?(?:予以|作出|给予|进行了?)?(?<verb>答复|办结|回复|办理完毕|处理完毕|办理)(?:完毕|完成)?(?:了)?$/;
/**
 * A clause that says what all the applications counted are, without counting (`均为自然人申请`, `申请人均为自然人`,
 * `全部通过网络提交`, `均来自公民个人`): it neither counts nor narrows them, so a restating clause after it (`RESTATES`)
 * still restates the count (brk147 #9: `收到申请7件，均为自然人申请，已全部办结，其中…`). Not one about carried-over
 * applications (`均含上年结转`): those change what all of them means.
 */
const ALL_OF = /^(?:(?:上述|以上|这些|所有)?(?:的)?(?:政府信息公开)?申请(?:人)?)?(?:均|全部|全都|都)(?:系|为|是|属于?|通过|来自|由|经)[^，,；;。\d０-９结转另其余]{1,16}$/;

/**
 * `RESTATES` on `clause`, whose segments before its last (split at `，`) may each be an `ALL_OF` clause.
 */
function restates(clause: string): RegExpExecArray | null {
  const segs = clause.split(/[，,]/);
  const last = segs.pop()!;
  return segs.every((x) => ALL_OF.test(x)) ? RESTATES.exec(last) : null;
}

/** A count of applications received (`受理`, `收到`, `新收`, `共…申请`), as against concluded ones. */
const RECEIVED = /受理|收到|接收|接到|新收|申请/;

/**
 * The total that the `其中` at offset `q` splits when the clause between them only restates it (`全年共受理申请35件，
 * 已全部答复，其中同意公开29件…`; `…受理申请35件，其中当面申请12件…信函申请3件。已全部答复，其中…`; `…受理申请35件，均已
 * 依法答复。其中…`), with the clause's verb as written (`verb`: 答复, 办结…), or undefined. The clause (see `RESTATES`)
 * follows the count in its sentence, opens the sentence after it, or ends the sentence before a `其中` that opens its
 * own; the counts of the total's unit from there back to the start of its sentence, leaving out the parts of their
 * own `其中` lists, must be one, a count received (`RECEIVED`, not one concluded): else it is not known which count
 * all of them means. `nums` are the numbers of the sentence `[start, …)` holding `q` (offsets in the paragraph's
 * text); `prev` starts the sentence before.
 */
function restatedTotal(para: Paragraph, nums: NumberToken[], prev: number, start: number, q: number): { total: NumberToken; verb: string } | undefined {
  const t = para.text;
  const before = lastBefore(nums, q);
  const from = before ? before.unitEnd : start;
  const clause = t.slice(from, q).replace(/^[，,；;\s]+|[，,：:\s]+$/g, '');
  const opensNext = !before && start > 0 && t[start - 1] === '。';
  // Where the counts the clause may restate are: its own sentence before it, or the sentence before.
  let said = restates(clause);
  let [a, b] = before ? [start, before.unitEnd] : [prev, start];
  if (!said && opensNext && !clause) {
    // `…35件，均已依法答复。其中…`: the clause ends the sentence before, right after its last count.
    const counts = numbersIn(para, prev, start - 1);
    const last = counts[counts.length - 1];
    said = last ? restates(t.slice(last.unitEnd, start - 1).replace(/^[，,；;\s]+|[，,\s]+$/g, '')) : null;
    if (said) b = last.unitEnd;
  } else if (said && !before && !opensNext) return undefined;
  if (!said) return undefined;
  const counts = numbersIn(para, a, b).filter((n) => !NOT_COUNTS.has(n.unit));
  const inLists = new Set<number>();
  for (let k = indexBetween(t, '其中', a, b); k >= 0; k = indexBetween(t, '其中', k + 2, b)) {
    for (const u of new Set(counts.map((n) => n.unit))) for (const x of partsAfter(t, k + 2, b, u, counts)) inLists.add(x.n.start);
  }
  const top = counts.filter((n) => !inLists.has(n.start));
  const total = top[top.length - 1];
  if (!total || total.approx || total.decimals || top.filter((n) => n.unit === total.unit).length !== 1) return undefined;
  let c = total.start;
  while (c > a && !/[，,；;。：:]/.test(t[c - 1])) c--;
  const words = t.slice(c, total.start);
  return RECEIVED.test(words) && !/办结|答复|办理完毕|处理完毕/.test(words) ? { total, verb: said.groups!.verb } : undefined;
}

/**
 * The count carried over to next year stated right after the last 办理结果 of a list (`…其他处理1件；结转下年度继续办理3件`,
 * `，结转至2025年继续办理3件`, `，另有3件结转下年度办理`): the number (of `unit`), or null when none follows there.
 */
function carriedAfter(t: string, last: NumberToken, nums: NumberToken[], unit: string): NumberToken | null {
  // (`结转至2025年继续办理1件`: the year is in the words.)
  const next = nums.find((n) => n.start >= last.unitEnd && n.unit !== '年');
  if (!next || next.unit !== unit || next.approx || next.decimals) return null;
  const gap = t.slice(last.unitEnd, next.start);
  if (CARRIED_BEFORE.test(gap)) return next;
  return /^[，,；;]\s*(?:另有|尚有|还有)?$/.test(gap) && CARRIED_AFTER.test(t.slice(next.unitEnd, next.unitEnd + 16)) ? next : null;
}
/** What stands between the last result and the carried-over count (`；结转下年度继续办理`, `，转入下一年度办理的`). */
const CARRIED_BEFORE = /^[，,；;]\s*(?:另有|尚有)?(?:结转|转入|转|顺延)(?:到|至)?(?:下一?年度?|(?:19|20)\d{2}年度?)(?:继续)?(?:办理|处理|答复)?(?:的)?(?:申请)?(?:为|共|有)?$/;
/** What follows a carried-over count written before its words (`3件结转下年度办理`). */
const CARRIED_AFTER = /^(?:申请)?(?:结转|转入|转|顺延)(?:到|至)?(?:下一?年度?|(?:19|20)\d{2}年度?)/;

/**
 * Whether the total at `total` counts all the applications handled, pending ones too: its clause says 办理 (`共办理
 * 53件`), not 办结, 答复 or 处理完毕, which count the concluded ones only.
 */
function handledAll(t: string, total: NumberToken): boolean {
  let i = total.start;
  while (i > 0 && !/[，,；;。：:]/.test(t[i - 1])) i--;
  const clause = t.slice(i, total.start);
  return /办理/.test(clause) && !/办结|答复|处理完毕|办理完毕/.test(clause);
}

/**
 * The total that the `其中` at offset `q` of a paragraph splits, or undefined: the count written just before it
 * (`N条，其中`, `N条（其中`, `N条：其中`; past a rate of its own, `54件，办结率96.4%，其中`, or a parenthesis on it,
 * `37件（办结率90.2%），其中`, not `41件（含上年结转4件），其中`), or the count just before a `；其中` or a sentence-opening `。其中` when
 * the sentence (or clause) before it has no other number of its unit — with two (`收到信件170件，办结170件。其中…`) the
 * list may split either, unless it lists 办理结果 (`予以公开…`), which split the applications concluded only, and
 * that last count is of them (`受理48件，已办结47件。其中予以公开24件…`: 47). `nums` are the numbers of the sentence `[start, …)` holding `q` (offsets in the
 * paragraph's text); `prev` starts the sentence before.
 */
function totalOf(para: { readonly text: string }, nums: NumberToken[], prev: number, start: number, q: number): NumberToken | undefined {
  const t = para.text;
  const isCount = (n: NumberToken | undefined): n is NumberToken => !!n && !NOT_COUNTS.has(n.unit) && !n.approx;
  const onlyOfItsUnit = (clause: NumberToken[], n: NumberToken) => clause.filter((x) => x.unit === n.unit).length === 1;
  // 办理结果 split the applications concluded only: `…受理48件（含上年结转2件），已办结47件。其中予以公开24件…`.
  const ofConcluded = (last: NumberToken) => {
    const first = partsAfter(t, q + 2, sentenceEnd(t, start), last.unit, nums)[0];
    return first !== undefined && RESULTS.some((re) => re.test(first.label)) && totalKind(t, last) === 'concluded';
  };
  // A parenthesis right after the total (`已办结37件（办结率90.2%），其中…`, `已办结37件（其中按期办结37件），其中…`) is an
  // aside on it, as a rate between commas is: the list splits the count the parenthesis follows. Not one that says
  // what the count holds besides (`41件（含上年结转4件），其中自然人…`): the list may split it with or without those.
  const aside = asideBefore(t, q);
  let before: NumberToken | undefined;
  const isRate = (n: NumberToken | undefined): n is NumberToken => n !== undefined && (n.unit === '%' || n.unit === '‰');
  if (aside >= 0) {
    const count = nums.find((n) => n.unitEnd === aside);
    // (But a list of 办理结果 splits the count concluded, whatever it holds: `全年共办结申请111件（含2022年结转3件），其中
    // 予以公开45件…` (brk134 #5) lists the results of all 111, the carried-over ones too.)
    if (/含|结转/.test(t.slice(aside, q))) return count && isCount(count) && ofConcluded(count) ? count : undefined;
    if (!isRate(count)) return isCount(count) ? count : undefined;
    // A rate with its own parenthesis (`收到申请432件，同比增长8.3%（2023年为399件），其中…`, brk102 #3): an aside on
    // the total as the rate alone is, below.
    before = count;
  } else before = lastBefore(nums, q);
  // A rate between the total and its list (`已办结54件，办结率96.4%，其中…`) is an aside on the total: the list splits it.
  if (isRate(before) && (aside >= 0 || /^[，,]$/.test(t.slice(before.unitEnd, q)))) {
    const count = lastBefore(nums, before.start);
    if (!count || !/^[，,][^，,；;。：:\d]{0,12}$/.test(t.slice(count.unitEnd, before.start))) return undefined;
    return isCount(count) ? count : undefined;
  }
  // A rate ending the clause (sentence) before a `；其中` (`。其中`) is an aside on the count before it as it is between
  // commas: `已答复52件，答复率100%。其中，同意公开40件…` splits 52 (brk159 #6). The count it follows, else the rate.
  const pastRate = (n: NumberToken | undefined, among: NumberToken[]): NumberToken | undefined => {
    if (!isRate(n)) return n;
    const count = lastBefore(among, n.start);
    return count && /^[，,][^，,；;。：:\d]{0,12}$/.test(t.slice(count.unitEnd, n.start)) && isCount(count) ? count : n;
  };
  if (before) {
    const gap = t.slice(before.unitEnd, q);
    if (/^[，,：:]?[（(]?$/.test(gap)) return isCount(before) ? before : undefined;
    if (!/^[；;]\s*$/.test(gap)) return undefined;
    const count = pastRate(before, nums);
    if (!isCount(count)) return undefined;
    // The whole sentence up to the semicolon: `新收46件；办结40件；其中…` may split either.
    return onlyOfItsUnit(numbersIn(para, start, count.unitEnd), count) || ofConcluded(count) ? count : undefined;
  }
  // `其中` opening its sentence: the sentence before must end with the total (`…1200条。其中，…`), or with a rate on it.
  if (start === 0 || t[start - 1] !== '。' || t.slice(start, q).trim()) return undefined;
  let clause = numbersIn(para, prev, start);
  const ending = clause[clause.length - 1];
  if (!ending || ending.unitEnd !== start - 1) return undefined;
  const last = pastRate(ending, clause);
  if (!isCount(last)) return undefined;
  if (last !== ending) clause = clause.slice(0, -1);
  if (onlyOfItsUnit(clause, last) || ofConcluded(last)) return last;
  // `…本年办理完毕214件，结转下年度继续办理9件。办理结果为：予以公开77件…` (brk134 #1): the count carried over to next
  // year that ends the sentence is no total of the results; the count concluded in the clause right before it is.
  const concluded = clause[clause.length - 2];
  if (concluded && concluded.unit === last.unit && PENDING_IN.test(t.slice(clauseStart(t, last), last.start))
    && /^[，,]$/.test(t.slice(concluded.unitEnd, clauseStart(t, last))) && isCount(concluded) && ofConcluded(concluded)) return concluded;
  return undefined;
}

/**
 * What a 办理结果 is called, in 表三 (2019, 2021) and in reports before 2019, which had no fixed list (`同意公开`,
 * `信息不存在`, `非本机关职责范围`, `申请内容不明确`…; the old statistics table's 不属于本行政机关公开, 申请信息不存在,
 * 告知作出更改补充, and in prose `非本机关政府信息`, `不属于本机关政府信息`, brk125 #4; `非本机关掌握信息`, `不属于本机关
 * 掌握范围`, `非本机关所掌握的信息` in any order of their words, brk159 #3; the 2014 table's first reply category,
 * `属于已主动公开范围`, brk159 #4): each application concluded has one, so they never overlap. (Not the reasons under 不同意公开, `涉及商业秘密`, `不是《条例》所指政府信息`: parts of one
 * result, which a list may give beside it.)
 */
const RESULT_NAME = /^(?:对其中)?(?:予以公开|同意公开|全部公开|公开|部分公开|同意部分公开|不予公开|不同意公开|无法提供|(?:申请的?)?(?:政府)?信息不存在|不存在|(?:非|不属于)本(?:行政)?(?:机关|单位|部门)(?:的|所)?(?:政府信息|信息|公开|职责|职权|掌握|范围|的){0,4}|(?:属于已经?|已经?|属于)主动公开(?:的)?(?:范围|政府信息|信息)?|(?:申请)?内容不明确|告知(?:申请人)?(?:作出)?(?:更改|补正|补充|更改补充)(?:申请)?|不予处理|其[他它]处理|告知(?:申请人)?(?:另行)?(?:通过)?其他途径(?:办理|获取)?)(?:的)?(?:申请)?(?:为)?$/;

/**
 * The first parts of a list that is not known to be complete which are one split of the total (`total`, of `kind`)
 * as far as they go, so that they can never add up to more than it, or null. Parts joined by 、; a list of three or
 * more parts, whatever joins them (`其中：机构职能信息12条；政策文件68条；政策解读25条`: each item a label and its count
 * alone, brk141 #7; a 办结 or 答复 after other items, `书记信箱受理109件，办结109件`, is no item, `partsAfter`); and
 * whatever joins them, parts that each name another kind of applicant (`APPLICANT_COLUMNS`: `自然人申请40件，商业企业
 * 申请3件`, brk141 #4), or under a total of the applications concluded (`kind` 'concluded') a list of 办理结果 only
 * (`RESULT_NAME`: `同意公开29件，不予公开2件，信息不存在5件`): each application has one applicant and one result. Two
 * parts joined by ，or ；may be two statements (`其中予以公开24件；行政复议3件`). Not the channels a piece of
 * information is published on (the same item on several), nor a list with a part as large as the total alone
 * (`按期办结46件、提前办结20件`: the items are no split of it).
 */
function partialSplit(t: string, listed: Part[], total: NumberToken, kind: TotalKind): (Part[] & { loose?: true }) | null {
  let k = 1;
  while (k < listed.length && /^(?:[（(][^（）()]*[)）])?、$/.test(t.slice(listed[k - 1].n.unitEnd, listed[k].n.start - listed[k].label.length))) k++;
  if (kind === 'concluded' && RESULT_NAME.test(listed[0]?.label ?? '')) {
    let r = 1;
    while (r < listed.length && RESULT_NAME.test(listed[r].label)) r++;
    k = Math.max(k, r);
  }
  k = Math.max(k, applicantColumns(listed));
  // (Three or more joined by ，or ；, none of the readings above: `loose`, see `exceeding`. After kinds of applicant,
  // `自然人申请40件，…，法律服务机构申请3件，上年结转2件`, the list of them ends there. Results are read as above only:
  // under a count received they may count other applications too (`受理35件，其中同意公开29件，不予公开2件，…`), and
  // after one result's own parts come its siblings (`无法提供7件，其中本机关不掌握…5件；不予处理3件；其他处理1件`).)
  const loose = listed.length >= 3 && k < 2 && !listed.some((x) => RESULT_LEVEL.test(x.label) || RESULT_NAME.test(x.label) || CASE_RESULTS.some((re) => re.test(x.label)));
  if (loose) k = listed.length;
  if (k < 2) return null;
  const parts = listed.slice(0, k);
  // The channels a piece of information is published on (`门户网站发布300条、政务微博发布120条`): the same item on several
  // of them, no split of the total (helper-218 #10); nor is one channel among kinds of information (`重点工作48条；…；
  // 政府网站信息183条`: the others are on the website too).
  const channels = parts.filter((x) => PUBLISHING_CHANNEL.test(x.label)).length;
  if (channels >= 2 || (channels && parts.length > channels)) return null;
  if (parts.some((x) => x.n.value >= total.value) && !distinctResults(parts, kind)) return null;
  return loose ? Object.assign(parts, { loose: true as const }) : parts;
}

/** The first parts of a list that may name some parts only when they add up to more than the total (`partialSplit`), or null. */
function exceeding(t: string, listed: Part[], total: NumberToken, kind: TotalKind): Part[] | null {
  const parts = partialSplit(t, listed, total, kind);
  const over = parts ? parts.reduce((a, x) => a + x.n.value, 0) - total.value : 0;
  // A list joined by ，or ；(`loose`) that is more than the total by just one of its items may hold that item twice, in
  // another one too (`动态类信息1744条，政务信息393条，解读类信息21条，…`: 1744 + 393 + 2 is the total, the 21 are among
  // the 393): not reported.
  if (parts?.loose && parts.some((x) => x.n.value === over)) return null;
  return parts && over > 0 ? parts : null;
}

/**
 * The columns of 表三's applicants (2019 and 2021): 自然人, and 法人或其他组织 or its five columns (商业企业 — 企业 for
 * short —, 科研机构, 社会公益组织, 法律服务机构, 其他; 其他 alone names no column).
 */
const APPLICANT_COLUMNS = [NATURAL_LABEL, /法人或其他组织|法人和其他组织/, /商业企业|^企业(?:提出|提交|递交)?(?:的)?申请/, /科研机构/, /社会公益组织/, /法律服务机构/];

/**
 * How many of the first parts of `listed` (two or more) each name another column of 表三's applicants
 * (`APPLICANT_COLUMNS`), 法人或其他组织 not beside one of its own columns; 0 when fewer than two do.
 */
function applicantColumns(listed: Part[]): number {
  const seen = new Set<number>();
  let k = 0;
  for (; k < listed.length; k++) {
    const is = APPLICANT_COLUMNS.map((re, i) => (re.test(listed[k].label) ? i : -1)).filter((i) => i >= 0);
    if (is.length !== 1 || seen.has(is[0]) || (is[0] >= 2 && seen.has(1)) || (is[0] === 1 && [...seen].some((i) => i >= 2))) break;
    seen.add(is[0]);
  }
  return k >= 2 ? k : 0;
}

/** A channel information is published on: a website, an official account, a new-media platform, a paper. */
const PUBLISHING_CHANNEL = /网站|网页|门户|微博|微信|公众号|客户端|APP|App|app|新媒体|政务号|抖音|头条|视频号|快手|报刊|报纸|电视|广播|公开栏|公告栏|政务服务大厅/;

/**
 * Whether `parts` each name another result of what the total counts (`kind`): 表四's results of cases (`结果维持2件、
 * 其他结果1件`), or 表三's 办理结果 of the applications concluded. Each case or application has one result, so such
 * parts never overlap, and one as large as the total with another beside it is more than the total all the same.
 */
function distinctResults(parts: Part[], kind: TotalKind): boolean {
  const results = kind === 'cases' ? CASE_RESULTS : kind === 'concluded' ? RESULTS : null;
  if (!results) return false;
  const seen = new Set<number>();
  for (const x of parts) {
    const is = results.map((re, i) => (re.test(x.label) ? i : -1)).filter((i) => i >= 0);
    if (is.length !== 1 || seen.has(is[0])) return false;
    seen.add(is[0]);
  }
  return true;
}

/**
 * The total that the `其中` (or `包括`) list holding the number `n` of a paragraph splits (`办结47件，其中予以公开24件…` → 47;
 * `…312条。其中，…` → 312 when the sentence before ends with it alone), or undefined when `n` is no part of such a
 * list or the total cannot be told (see `totalOf`).
 */
export function splitTotal(para: Paragraph, n: NumberToken): NumberToken | undefined {
  const t = para.text;
  // Worked out once for the sentence and the number's unit, for every number of its lists (prose-percent asks it for
  // each share: a sentence of thousands of `其中N件占比X%` was cubic; helper-216 #1). The sentence last read is
  // kept too: finding a sentence's start from each of its numbers was quadratic in a long one.
  const memo = splitTotals.get(para) ?? splitTotals.set(para, { sentence: [-1, -1], totals: new Map() }).get(para)!;
  if (!(n.start >= memo.sentence[0] && n.start < memo.sentence[1])) {
    const s = sentenceStart(t, n.start);
    memo.sentence = [s, sentenceEnd(t, s)];
  }
  const [start, end] = memo.sentence;
  const key = `${start}|${n.unit}`;
  let totals = memo.totals.get(key);
  if (!totals) {
    totals = new Map();
    const prev = start > 0 ? sentenceStart(t, start - 1) : 0;
    const nums = numbersIn(para, start, end);
    // Each 其中 (or 包括) of the sentence, in order: the parts of its list take its total (a later list's over an
    // earlier one's, as the nearest before a number is the one whose list holds it).
    for (let q = firstOf(t, LIST_OPENERS, start); q >= 0 && q + 2 <= end; q = firstOf(t, LIST_OPENERS, q + 2)) {
      const parts = partsAfter(t, q + 2, end, n.unit, nums);
      if (!parts.length) continue;
      const total = totalOf(para, nums, prev, start, q);
      for (const x of parts) totals.set(x.n.start, total && total.unit === n.unit ? total : undefined);
    }
    memo.totals.set(key, totals);
  }
  return totals.get(n.start);
}

/**
 * The count received that the `其中` list of 办理结果 holding the number `n` of a paragraph splits when only a clause
 * saying all of them were answered stands between (`收到申请7件，均为自然人申请，已全部办结，其中予以公开5件…`; see
 * `restatedTotal`), or undefined; its list is one of 办理结果, splitting the answered ones (kind 'concluded', as
 * prose-sum reads it). The answers may include applications carried over from last year: a caller that
 * knows the table takes it as the total only when it is 表三's 办理结果总计.
 */
export function restatedSplitTotal(para: Paragraph, n: NumberToken): NumberToken | undefined {
  const t = para.text;
  const start = sentenceStart(t, n.start), end = sentenceEnd(t, start);
  const prev = start > 0 ? sentenceStart(t, start - 1) : 0;
  const nums = numbersIn(para, start, end);
  let at = -1;
  for (let q = firstOf(t, LIST_OPENERS, start); q >= 0 && q + 2 <= n.start; q = firstOf(t, LIST_OPENERS, q + 2)) at = q;
  if (at < 0 || !t.startsWith('其中', at)) return undefined;
  const parts = partsAfter(t, at + 2, end, n.unit, nums);
  if (!parts.some((x) => x.n.start === n.start) || !RESULT_NAME.test(parts[0].label)) return undefined;
  if (totalOf(para, nums, prev, start, at)) return undefined;
  const total = restatedTotal(para, nums, prev, start, at)?.total;
  return total && total.unit === n.unit ? total : undefined;
}

/**
 * `splitTotal`'s reading of each sentence of a paragraph (by its start and the unit), and the sentence it read last
 * (`[start, end)`), kept with the paragraph.
 */
const splitTotals = new WeakMap<Paragraph, { sentence: [number, number]; totals: Map<string, Map<number, NumberToken | undefined>> }>();

/**
 * Where the parenthesis closed right before offset `q` of `t` opens (`…37件（办结率90.2%），其中` → the offset of `（`),
 * past one `，` / `：` after it; -1 when no parenthesis (of at most 40 characters, none nested) ends there.
 */
function asideBefore(t: string, q: number): number {
  let e = q;
  if (e > 0 && /[，,：:]/.test(t[e - 1])) e--;
  if (e <= 0 || !/[）)]/.test(t[e - 1])) return -1;
  const open = Math.max(t.lastIndexOf('（', e - 2), t.lastIndexOf('(', e - 2));
  if (open < 0 || e - 1 - open > 41 || /[（()）]/.test(t.slice(open + 1, e - 1))) return -1;
  return open;
}

/** The last number whose unit ends at or before `q`. */
function lastBefore(nums: NumberToken[], q: number): NumberToken | undefined {
  // (`nums` are in text order: by bisection, as a sentence may hold thousands.)
  const k = firstWithKeyAtOrAfter(nums, q + 1, (n) => n.unitEnd);
  return k > 0 ? nums[k - 1] : undefined;
}

/** The results of 表三 and 表四 at the level of their groups: a list splitting one does not go on with another. */
const RESULT_LEVEL = /予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|结果维持|结果纠正|其他结果|尚未审结/;

/**
 * The list of parts in its sentence that the number `n` of a paragraph is one term of: two (not split by ；) or
 * more counts of its unit, each with its label, after `其中` or `包括` (`其中自然人申请38件、法人或其他组织申请8件`), after
 * the words of `RESULTS_OPENER` under a count concluded (`办结47件，具体为：予以公开24件、…`), or in a parenthesis right after
 * a count (`46件（自然人38件、法人8件）`). Changing one term alone changes what the list
 * adds up to, which then contradicts the total the sentence states (or the table's). Gives the list's counts in
 * order (offsets in the paragraph's text) with their labels (`labels`, as written before each), what opens it (`其中`, `包括`,
 * the opener's words such as `具体为`, or `（` / `(` for a parenthesis after a count) and, but for `其中` and `包括`, the count
 * it splits (`whole`: the total; for those two, `splitTotal`); null when `n` is no such term.
 */
export function listOfTerm(para: { readonly text: string }, n: NumberToken): { opener: string; terms: NumberToken[]; labels: string[]; whole?: NumberToken } | null {
  const t = para.text;
  // Found from the number outward: a paragraph of thousands of sentences is not read from its start per number.
  const start = sentenceStart(t, n.start);
  const end = sentenceEnd(t, start);
  const nums = numbersIn(para, start, end);
  const inList = (q: number): { terms: NumberToken[]; labels: string[] } | null => {
    let parts = partsAfter(t, q, end, n.unit, nums);
    // `无法提供7件，其中本机关不掌握相关政府信息5件；不予处理3件；其他处理1件`: after a ；, a result of the same level as the
    // one the list splits (不予处理 beside 无法提供) is the sentence going on, not a part of it: the list ends there.
    const split = RESULT_LEVEL.exec(t.slice(Math.max(start, q - 24), q))?.[0];
    if (split) {
      const cut = parts.findIndex((x, k) => k > 0 && /[；;]/.test(t.slice(parts[k - 1].n.unitEnd, x.n.start)) && RESULT_LEVEL.test(x.label) && !x.label.includes(split));
      if (cut > 0) parts = parts.slice(0, cut);
    }
    // Two counts split by ；may be two statements (`其中予以公开24件；行政复议3件`); three or more are a list.
    if (parts.length === 2 && /[；;]/.test(t.slice(parts[0].n.unitEnd, parts[1].n.start))) return null;
    return parts.length >= 2 && parts.some((x) => x.n.start === n.start) ? { terms: parts.map((x) => x.n), labels: parts.map((x) => x.label) } : null;
  };
  // The nearest `其中` or `包括` before `n` whose list holds it: `其中不予公开6件，包括属于三类内部事务信息3件、保护第三方合法
  // 权益1件` lists 3件 and 1件 after 包括, which split 6件 (as `splitTotal` reads it), not 6件 too (brk141 #12).
  let nearest: { opener: string; q: number } | null = null;
  for (const opener of ['其中', '包括']) {
    for (let q = indexBetween(t, opener, start, Math.min(end, n.start + 2)); q >= 0; q = indexBetween(t, opener, q + 2, Math.min(end, n.start + 2))) {
      if ((!nearest || q > nearest.q) && inList(q + 2)) nearest = { opener, q };
    }
  }
  if (nearest) return { opener: nearest.opener, ...inList(nearest.q + 2)! };
  // `已办结47件，具体为：予以公开24件、…`, `…办结47件。从办理结果看，予以公开…`: a list of 办理结果 after `RESULTS_OPENER`'s
  // words, splitting the count concluded before it (`whole`).
  RESULTS_OPENER.lastIndex = start;
  for (let m = RESULTS_OPENER.exec(t); m && m.index < n.start; m = RESULTS_OPENER.exec(t)) {
    if (m[0] === '（' || m[0] === '(') continue;
    const list = inList(m.index + m[0].length);
    const whole = list ? totalOf(para, nums, start > 0 ? sentenceStart(t, start - 1) : 0, start, m.index) : undefined;
    if (list && whole && whole.unit === n.unit && totalKind(t, whole) === 'concluded') return { opener: m[0].replace(/[：:，,]$/, ''), ...list, whole };
  }
  // `46件（自然人38件、法人8件）`: a parenthesis opened right after a count of the same unit.
  for (const m of nums) {
    if (m.unitEnd >= n.start) break;
    const c = t[m.unitEnd];
    if (m.unit === n.unit && (c === '（' || c === '(')) {
      const list = inList(m.unitEnd + 1);
      if (list) return { opener: c, ...list, whole: m };
    }
  }
  return null;
}

/**
 * The terms of a list (`listOfTerm`'s counts and labels) that split the count `total` at `total.start` of `t`
 * completely, as prose-sum checks them (自然人 and 法人或其他组织, a last item 其他…, all six 办理结果 of the applications
 * concluded, all four results of 表四's cases): the covering terms in order, or null when the list is not known to
 * be complete.
 */
export function completeSplit(t: string, total: NumberToken, list: { terms: NumberToken[]; labels: string[] }, kind: TotalKind = totalKind(t, total)): NumberToken[] | null {
  const parts = covering(list.terms.map((n, i) => ({ label: list.labels[i], n })), kind);
  return parts ? parts.map((x) => x.n) : null;
}

/**
 * The terms of a list (`listOfTerm`'s counts and labels) that split the count `total` at `total.start` of `t` as far
 * as they go and add up to more than it, as prose-sum reports a list that may name some parts only (`exceeding`:
 * joined by 、, three or more, kinds of applicant, 办理结果): those terms in order, or null.
 */
export function partialTerms(t: string, total: NumberToken, list: { terms: NumberToken[]; labels: string[] }, kind: TotalKind = totalKind(t, total)): NumberToken[] | null {
  const parts = exceeding(t, list.terms.map((n, i) => ({ label: list.labels[i], n })), total, kind);
  return parts ? parts.map((x) => x.n) : null;
}

/**
 * Marks the other way round what `listSumConsequences` marks: a prose total that contradicts a table (prose-table)
 * while its own complete list of parts adds up to the table's value (`行政复议 315件，其中结果维持 72 件…`: 72 + 64 +
 * 178 + 37 = 351, 表四's 总计 351) is the one wrong number (brk99 #3: prose-table said it could not tell the prose from
 * the table, prose-sum only that the parts did not add up). The prose-table finding says so, and gets a fix writing the
 * table's value when the total is written in digits (`lines`: the text the findings are on); the prose-sum finding
 * says it follows from the total. A list of which a part contradicts a table too is left to `listSumConsequences`.
 * Changes the findings in place; returns `findings`.
 */
export function listTotalConsequences(findings: Finding[], locale: Locale, lines: LineIndex): Finding[] {
  const at = (r: { start: { line: number; character: number } }) => `${r.start.line}:${r.start.character}`;
  const byRange = new Map<string, Finding>();
  for (const f of findings) if (f.ruleId === 'prose-table' && crossRuleFactsOf(f).tableSays) byRange.set(at(f.range), f);
  if (!byRange.size) return findings;
  for (const f of findings) {
    const list = f.ruleId === 'prose-sum' ? crossRuleFactsOf(f).listSum : undefined;
    const total = list?.complete ? byRange.get(at(f.range)) : undefined;
    if (!list || !total || list.parts.some((x) => byRange.has(at(x.range)))) continue;
    const says = crossRuleFactsOf(total).tableSays!;
    const sum = Math.round(list.parts.reduce((a, x) => a + x.value, 0) * 1e6) / 1e6;
    if (sum !== says.value || total.range.start.line !== total.range.end.line) continue;
    const terms = `${list.parts.map((x) => x.value).join(' + ')} = ${sum}`;
    const written = lines.slice(total.range);
    const digits = /^\d+$/.test(written);
    // The first sentence (what the prose and the table say), then why the total is the wrong one.
    const lead = locale === 'en' ? /^.*?\(difference [^)]*\)\./.exec(total.message)?.[0] : /^[^。]*。/.exec(total.message)?.[0];
    total.message = (lead ?? total.message) + (locale === 'en'
      ? ` The parts the prose lists after it add up to ${terms}, ${says.table}'s figure too: the prose's total is likely the wrong number${digits ? `; the fix writes ${says.value}` : ''}.`
      : `正文列举的各项之和 ${terms} 也与${says.table}一致：很可能是正文的总数写错了${digits ? `，修复把它改为 ${says.value}` : `，请改为 ${says.value}`}。`);
    if (digits) total.fix = { title: { zh: `改为“${says.value}”`, en: `Change to “${says.value}”` }, edits: [{ range: total.range, newText: String(says.value) }] };
    f.message += locale === 'en'
      ? ` The parts agree with ${says.table} (${sum}): the total is likely the wrong number (see prose-table).`
      : `各项之和与${says.table}一致：很可能是总数写错了（见 prose-table 的报告）。`;
  }
  return findings;
}
