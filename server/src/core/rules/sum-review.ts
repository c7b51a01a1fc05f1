import type { Rule } from './rule.js';
import type { Report } from '../model/build.js';
import type { Range } from '../types.js';
import { claimsPerParagraph } from '../prose/anchors.js';
import { proseOf } from '../prose/text.js';
import { bi, num, setCell, signed, sum, T4_TERMS_EN } from './util.js';

/** 表四's three groups as messages name them, in the template's order. */
export const GROUPS = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
const GROUPS_EN = ['行政复议 (administrative review)', '行政诉讼 直接起诉 (direct suits)', '行政诉讼 复议后起诉 (suits after review)'];
const LEAVES = ['结果维持', '结果纠正', '其他结果', '尚未审结'];
/** The same in English: the word, then the report's term (brk167 #3). */
const LEAVES_EN = [T4_TERMS_EN.upheld, T4_TERMS_EN.corrected, T4_TERMS_EN.other, T4_TERMS_EN.pending];

/** 表四 T4-A (templates.md §5.2): per group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const sumReview: Rule = {
  meta: {
    id: 'sum-review',
    category: 'numbers',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('表四每组：总计 ≠ 维持 + 纠正 + 其他 + 尚未审结', `表四 per group: ${T4_TERMS_EN.total} ≠ ${T4_TERMS_EN.upheld} + ${T4_TERMS_EN.corrected} + ${T4_TERMS_EN.other} + ${T4_TERMS_EN.pending}`),
    rationale: bi(
      '表四的行政复议、未经复议直接起诉、复议后起诉三组各有五个数，第五个“总计”是前四个之和。每组只有这一个勾稽关系，表格本身分不清错的是总计还是某个结果数，因此只有正文说出的该组件数（如“行政复议10件”，或“行政诉讼”的件数）等于前四项之和、且正文没有一处说的是现在的总计或与某个结果数不同时，才提供把总计改为前四项之和的修复；正文说出的该组某个结果数与表格不同、而按正文的数四个结果数之和正好是总计时（正文的“其他结果178件”而表中为 177，72 + 64 + 177 + 37 = 350，总计 351），消息指出很可能是这个结果数填错了，不提供修复（正文的数也可能写错）；否则消息请人核对这五个数。',
      'Each of the three groups of 表四 has five numbers; the fifth, 总计, is the sum of the first four. That is the group\'s only identity, so the table alone cannot tell a wrong total from a wrong result. The fix that sets 总计 to the sum is offered only when the prose states the group\'s count (行政复议10件, or the 行政诉讼 count) as that sum and nowhere states the current total or a result other than the table\'s; when the prose states one of the group\'s results otherwise than the table and with the prose\'s number the four results add up to the total (其他结果178件 against 177: 72 + 64 + 177 + 37 = 350, 总计 351), the message says that result is likely the wrong number, without a fix (the prose may be wrong too); otherwise the message asks to check the five numbers.'),
    example: { bad: '10 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 5 | 0 | 0 | 0 | 0', note: bi('行政复议 10 + 1 ≠ 0；复议后起诉 5 ≠ 0', '行政复议 10 + 1 ≠ 0; 复议后起诉 5 ≠ 0') },
  },
  check(ctx) {
    const t = ctx.report.tables.t4;
    if (!t || t.broken) return;
    const row = t.rows[0];
    // A row with more or fewer numbers than 15 (cell-count says so): which group lost or gained one cannot be told,
    // unless the header lacks that column too (read by its names: the groups with all five cells are checked).
    if (!row || (row.cellCount !== row.cells.length && !t.header?.missing?.length)) return;
    const cells = row.cells;
    for (let g = 0; g < 3; g++) {
      const part = cells.slice(g * 5, g * 5 + 5);
      if (part.length < 5 || part.some((c) => c === null)) continue;
      const s = sum(part.slice(0, 4).map(num));
      const actual = num(part[4]);
      if (s === null || actual === null || s === actual) continue;
      const prose = proseOnGroup(ctx.report, g, s, actual);
      const leafList = { zh: part.slice(0, 4).map((c, i) => `${LEAVES[i]} ${num(c)}`).join('、'), en: part.slice(0, 4).map((c, i) => `${LEAVES_EN[i]} ${num(c)}`).join(', ') };
      const advice = prose.verdict === 'sum'
        ? bi(`正文“${prose.phrase}”与各项之和 ${s}${prose.other ? `（加上另一组诉讼的总计 ${prose.other}）` : ' '}一致：很可能是总计填错了，可把总计改为 ${s}。`, ` The prose “${prose.phrase}” agrees with the sum ${s}${prose.other ? ` (plus the other suit group's total, ${prose.other})` : ''}: the total is likely the wrong number; it can be set to ${s}.`)
        : prose.verdict === 'total'
          ? bi(`正文“${prose.phrase}”与总计 ${actual}${prose.other ? `（加上另一组诉讼的总计 ${prose.other}）` : ' '}一致：可能是某个结果数填错了，请对照原表核对四个结果数（${leafList.zh}），未自动修改。`, ` The prose “${prose.phrase}” agrees with the total ${actual}${prose.other ? ` (plus the other suit group's total, ${prose.other})` : ''}: a result may be the wrong number; check the four results (${leafList.en}) against the original table (not fixed automatically).`)
          : prose.verdict === 'cell'
            ? bi(`正文“${prose.phrase}”与表中的${LEAVES[prose.cell!.leaf]} ${num(part[prose.cell!.leaf])} 不同，而按正文的 ${prose.cell!.said}，四个结果数之和正好是总计 ${actual}${prose.cell!.total ? `（正文“${prose.cell!.total}”也与总计一致）` : ''}：很可能是表中的${LEAVES[prose.cell!.leaf]}填错了（应为 ${prose.cell!.said}），请对照原表核对，未自动修改。`, ` The prose “${prose.phrase}” differs from the table's ${LEAVES_EN[prose.cell!.leaf]}, ${num(part[prose.cell!.leaf])}, while with the prose's ${prose.cell!.said} the four results add up to the total, ${actual}${prose.cell!.total ? ` (the prose's “${prose.cell!.total}” agrees with the total too)` : ''}: the table's ${LEAVES_EN[prose.cell!.leaf]} is likely the wrong number (it should be ${prose.cell!.said}); check it against the original table (not fixed automatically).`)
          : prose.verdict === 'leaf'
            ? bi(`正文“${prose.phrase}”与表中该结果数不同：请对照原表核对这五个数（${leafList.zh}、总计 ${actual}），未自动修改。`, ` The prose “${prose.phrase}” differs from the table's result: check the five numbers (${leafList.en}, total ${actual}) against the original table (not fixed automatically).`)
            : bi(`表格本身分不清错的是总计还是某个结果数：请对照原表核对这五个数（${leafList.zh}、总计 ${actual}），未自动修改。`, ` The table alone cannot tell a wrong total from a wrong result: check the five numbers (${leafList.en}, total ${actual}) against the original table (not fixed automatically).`);
      ctx.add({
        message: bi(
          `表四“${GROUPS[g]}”的总计应为 ${s}（${part.slice(0, 4).map(num).join(' + ')}），实为 ${actual}，相差 ${signed(actual - s)}。` + advice.zh,
          `表四 ${GROUPS_EN[g]}: ${T4_TERMS_EN.total} should be ${s} (${part.slice(0, 4).map(num).join(' + ')}), is ${actual} (difference ${signed(actual - s)}).` + advice.en),
        range: part[4]!.range,
        expected: s,
        actual,
        related: [
          ...part.slice(0, 4).map((c, i) => ({ range: c!.range, message: bi(`${LEAVES[i]}：${num(c)}`, `${LEAVES_EN[i][0].toUpperCase()}${LEAVES_EN[i].slice(1)}: ${num(c)}`) })),
          ...(prose.range ? [{ range: prose.range, message: bi(`正文：${prose.phrase}`, `Prose: ${prose.phrase}`) }] : []),
        ],
        // Only the prose can tell a wrong total from a wrong result (the group has no second identity): a total set
        // to match a typo in a result would make the typo permanent, and prose-table would then rewrite the prose.
        fix: prose.verdict === 'sum' ? { title: bi(`把总计改为 ${s}`, `Set the total (总计) to ${s}`), edits: [setCell(ctx.report.lines, t, part[4]!, s)] } : undefined,
        data: { group: g },
      });
    }
  },
};

/**
 * What the prose says of 表四 group `g` (0 行政复议, 1 直接起诉, 2 复议后起诉) whose results add up to `added` while its
 * 总计 is `total`, read from prose-table's anchored claims (prose/anchors.ts; scoped claims left out):
 * - `sum`: a claim of the group's count (or of 行政诉讼, with the other suit group consistent) states `added`, and
 *   none states the total or a result other than the table's: the total is the wrong number;
 * - `total`: a claim states the current total (a result is then likelier wrong);
 * - `leaf`: a claim of one of the group's results differs from the table;
 * - `none`: the prose says nothing of the group, or a number that is neither.
 * `phrase` and `range` (0-based line and UTF-16 character) are the deciding claim's, when there is one; `other` the
 * other suit group's total when that claim is of 行政诉讼 (and the total not 0).
 */
export function proseOnGroup(report: Report, g: number, added: number, total: number): { verdict: 'sum' | 'total' | 'leaf' | 'cell' | 'none'; phrase?: string; range?: Range; other?: number; cell?: { leaf: number; said: number; total?: string } } {
  // Without the report year prose-table compares nothing (another year cannot be told apart): neither does this.
  if (report.year === null || report.extras.yearAmbiguous) return { verdict: 'none' };
  const row = report.tables.t4?.rows[0];
  if (!row) return { verdict: 'none' };
  const v = (k: number) => num(row.cells[k]);
  // 行政诉讼 is the two suit groups together: it tells of this group only when the other one adds up.
  const other = g === 1 ? 2 : g === 2 ? 1 : -1;
  const otherTotal = other < 0 ? null : v(other * 5 + 4);
  const otherSum = other < 0 ? null : sum([0, 1, 2, 3].map((k) => v(other * 5 + k)));
  const lit = otherTotal !== null && otherSum === otherTotal ? otherTotal : null;
  const own = `T4:G${g + 1}`;
  const p = proseOf(report);
  let forSum: { phrase: string; range: Range; other: number } | null = null;
  let against: { verdict: 'total' | 'leaf'; phrase: string; range: Range; other?: number } | null = null;
  // The prose's results of the group that differ from the table's (see `cell` below).
  const differ: { leaf: number; said: number; phrase: string; range: Range }[] = [];
  for (const pc of claimsPerParagraph(report)) {
    for (const c of pc.claims) {
      // (An approximate count, `100余件`, says no total.)
      if (c.scoped || c.doubt !== undefined || c.number.approx) continue;
      const said = c.number.value;
      const at = () => ({ phrase: p.quote(pc.offset + c.from, pc.offset + c.to), range: p.range(pc.offset + c.number.start, pc.offset + c.number.end) });
      for (const id of c.readings) {
        const leaf = id.startsWith(own + ':') ? Number(id.slice(own.length + 1)) : -1;
        if (leaf >= 0 && leaf < 4) {
          if (said !== v(g * 5 + leaf)) {
            against ??= { verdict: 'leaf', ...at() };
            differ.push({ leaf, said, ...at() });
          }
          continue;
        }
        const shift = id === own ? 0 : id === 'T4:lit' && lit !== null ? lit : null;
        if (shift === null) continue;
        if (said === total + shift) against ??= { verdict: 'total', ...at(), other: shift };
        else if (said === added + shift) forSum ??= { ...at(), other: shift };
      }
    }
  }
  // `cell`: one result the prose states otherwise than the table (every claim of it with the same number), and with
  // the prose's number in its place the results add up to the table's total (`其他结果 178 件` against 177, 72 + 64 +
  // 177 + 37 = 350 ≠ 351): the table's cell is the likely typo, whatever else the prose says of the total, unless it
  // states the sum (brk145 #7). `cell.total`: the prose's phrase stating the total, when one does.
  const first = differ[0];
  const leafValue = first ? v(g * 5 + first.leaf) : null;
  if (first && !forSum && leafValue !== null && differ.every((d) => d.leaf === first.leaf && d.said === first.said) && added - leafValue + first.said === total) {
    return { verdict: 'cell', phrase: first.phrase, range: first.range, cell: { leaf: first.leaf, said: first.said, ...(against?.verdict === 'total' ? { total: against.phrase } : {}) } };
  }
  if (against) return against;
  return forSum ? { verdict: 'sum', ...forSum } : { verdict: 'none' };
}
