import type { Rule } from './rule.js';
import type { Bilingual, Cell } from '../types.js';
import type { Table2Template } from '../templates/index.js';
import { bi, num } from './util.js';
import { blockOfRow } from '../templates/index.js';

const PREVIOUS = '上一年项目数量';
const NEW_PUBLISHED = '本年新公开数量';
const PUBLISHED_TOTAL = '对外公开总数量';
const ISSUED = '本年制发件数';
const REPEALED = '本年废止件数';
const IN_FORCE = '现行有效件数';

/**
 * 表二 of the 2019 format, T2-2019 (templates.md §5.2): `上一年项目数量 + 本年增/减 ≥ 0` (implied: the count of items
 * cannot fall below zero) and `本年新公开数量 ≤ 对外公开总数量` (heuristic: what was published this year is part of
 * what is published in all). 表二 of the 2021 format, 第二十条第（一）项: `现行有效件数 ≥ 本年制发件数 − 本年废止件数`
 * (heuristic: in force now = in force last year + issued − repealed, less what expired, and last year's count is
 * not negative). The columns are found by their template labels, so any block that has them is checked.
 */
export const countRelations: Rule = {
  meta: {
    id: 'count-relations',
    category: 'numbers',
    defaultSeverity: 'warning',
    fixable: false,
    description: bi('表二的数互相矛盾：2019 年格式上一年项目数量加本年增/减为负，或本年新公开数量大于对外公开总数量；2021 年格式现行有效件数少于本年制发件数减本年废止件数（后两种是经验关系，报告为提示 info）', '表二\'s numbers contradict each other: in the 2019 format 上一年项目数量 plus 本年增/减 is negative, or 本年新公开数量 exceeds 对外公开总数量; in the 2021 format 现行有效件数 is less than 本年制发件数 minus 本年废止件数 (the last two are rules of thumb, reported as info)'),
    rationale: bi(
      '2019 年格式的表二里，“本年增/减”是相对上一年的变化，上一年项目数量加上它就是本年的项目数量，不会是负数；“对外公开总数量”包括本年新公开的文件，通常不小于“本年新公开数量”（后一条是经验关系，只作提示）。2021 年格式第二十条第（一）项中，现行有效件数等于上一年的现行有效件数加本年制发、减本年废止（再减到期失效的），上一年的数不会为负，所以现行有效件数通常不少于本年制发件数减本年废止件数（经验关系，只作提示：本年制发又在本年到期失效的除外）。出现这些情况，多半是某个数填错了列或漏了负号，表格本身分不清是哪个数，因此只提示核对，不自动修改。',
      'In the 2019 format\'s 表二, 本年增/减 is the change from last year: 上一年项目数量 plus it is this year\'s count, which cannot be negative. 对外公开总数量 includes the documents newly published this year, so it is usually not smaller than 本年新公开数量 (a rule of thumb, reported as info). In the 2021 format\'s 第二十条第（一）项, 现行有效件数 is last year\'s count in force plus 本年制发 minus 本年废止 (less what expired), and last year\'s count is not negative, so it is usually not less than 本年制发件数 minus 本年废止件数 (a rule of thumb, reported as info: documents issued and expired within the year are the exception). Each usually means a number in the wrong column or a wrong sign; the table cannot tell which number, so the finding asks for a check and nothing is changed.'),
    example: { bad: '| 行政许可 | 5 | -8 | 3 |', note: bi('5 + (-8) = -3：项目数量不会为负', '5 + (-8) = -3: a count of items cannot be negative') },
  },
  check(ctx) {
    const t = ctx.report.tables.t2;
    const t2 = ctx.template?.tables.t2;
    if (!t || !t2 || t.broken) return;
    for (const r of t.rows) {
      const block = blockOfRow(t2, r.id);
      if (!block) continue;
      for (const rel of failingRelations(block, (k) => num(r.cells[k]))) {
        if (rel.kind === 'negative') {
          const { a, d } = rel;
          ctx.add({
            message: bi(
              `表二“${r.label}”的上一年项目数量 ${a} 加本年增/减 ${d} 为 ${a + d}：本年的项目数量不会为负，请核对这两个数（是否填错了列或多了负号）。`,
              `表二 row “${r.label}”: 上一年项目数量 ${a} plus 本年增/减 ${d} is ${a + d}; this year's count of items cannot be negative: check both numbers (a wrong column or a stray minus sign).`),
            range: r.cells[rel.change]!.range,
            related: [{ range: r.cells[rel.prev]!.range, message: bi('上一年项目数量', '上一年项目数量') }],
            data: { table: 't2', row: r.id },
          });
        } else if (rel.kind === 'in-force') {
          const { i, x, now } = rel;
          ctx.add({
            message: bi(
              `表二“${r.label}”的现行有效件数 ${now} 少于本年制发件数 ${i} 减本年废止件数 ${x}（即 ${i - x}）：现行有效件数是上一年现行有效的加本年制发、减本年废止的，通常不少于 ${i - x}，请核对这三个数（是否填错了列）。`,
              `表二 row “${r.label}”: 现行有效件数 ${now} is less than 本年制发件数 ${i} minus 本年废止件数 ${x} (${i - x}); the count in force is last year's plus those issued less those repealed, so it is usually at least ${i - x}: check the three numbers (a wrong column?).`),
            range: r.cells[rel.inForce]!.range,
            related: [{ range: r.cells[rel.issued]!.range, message: bi(ISSUED, ISSUED) }, { range: r.cells[rel.repealed]!.range, message: bi(REPEALED, REPEALED) }],
            severity: 'info',
            data: { table: 't2', row: r.id },
          });
        } else {
          const { f, all } = rel;
          ctx.add({
            message: bi(
              `表二“${r.label}”的本年新公开数量 ${f} 大于对外公开总数量 ${all}：对外公开总数量包括本年新公开的，通常不小于它，请核对。`,
              `表二 row “${r.label}”: 本年新公开数量 ${f} exceeds 对外公开总数量 ${all}; the total published includes this year's new ones and is usually not smaller: please check.`),
            range: r.cells[rel.fresh]!.range,
            related: [{ range: r.cells[rel.total]!.range, message: bi('对外公开总数量', '对外公开总数量') }],
            severity: 'info',
            data: { table: 't2', row: r.id },
          });
        }
      }
    }
  },
};

/**
 * Whether writing 0 into the blank cells `blanks` (0-based value columns) of a 表二 row with cells `cells` in `block`
 * would break one of the relations this rule checks (templates.md §5.2; 2021 第二十条第（一）项): a short reason
 * naming it, or null. Used by cell-blank, which then writes no 0.
 */
export function zeroBreaksT2Relation(block: Table2Template['blocks'][number], cells: readonly (Cell | null)[], blanks: readonly number[]): Bilingual | null {
  const blank = (...cols: number[]) => cols.some((k) => blanks.includes(k));
  // The figures are the row's with its blanks as 0. A blank cell is no 0 (cell-blank's message says so): a figure
  // computed with a blank one's 0 is said as what the row would be if the blanks were 0 (brk163 #4: `12 − 0 = 12` for a
  // blank 本年废止件数 read as a fact). A bound from written cells only (现行有效件数 the one blank) is said as it is.
  const ifZero = bi('，而空白都填 0 的话，', ', and with the blanks written as 0 ');
  // 上一年项目数量 and 本年增/减 both blank beside decisions made (2019's 处理决定数量 > 0): with both 0 the row would
  // have no item at all all year while it decided on them (`| 行政许可 | 0 | 0 | 1520 |`, brk177 #3: blanks a
  // format-mixed conversion left for a person to fill were made 0 by the next --fix). They are counts only the
  // agency's records give (templates.md §3.2).
  const prevCol = block.columns.findIndex((c) => c.label === PREVIOUS), changeCol = block.columns.findIndex((c) => c.kind === 'signed');
  const decided = block.columns.findIndex((c) => c.label === '处理决定数量');
  if (prevCol >= 0 && changeCol >= 0 && decided >= 0 && blanks.includes(prevCol) && blanks.includes(changeCol) && !blanks.includes(decided)) {
    const n = num(cells[decided]);
    if (n !== null && n > 0) return bi(`处理决定数量为 ${n}，而上一年项目数量、本年增/减都填 0 的话，本年没有一个项目`, `处理决定数量 is ${n}, and with 上一年项目数量 and 本年增/减 both written as 0 there would be no item all year`);
  }
  for (const rel of failingRelations(block, (k) => (blanks.includes(k) ? 0 : num(cells[k])))) {
    if (rel.kind === 'negative' && blank(rel.prev, rel.change)) return bi(`上一年项目数量加本年增/减不会为负${ifZero.zh}为 ${rel.a} + (${rel.d}) = ${rel.a + rel.d}`, `上一年项目数量 plus 本年增/减 cannot be negative${ifZero.en}it would be ${rel.a} + (${rel.d}) = ${rel.a + rel.d}`);
    if (rel.kind === 'in-force' && blank(rel.issued, rel.repealed)) return bi(`现行有效件数通常不少于本年制发件数减本年废止件数${ifZero.zh}现行有效件数 ${rel.now} 少于 ${rel.i} − ${rel.x} = ${rel.i - rel.x}`, `现行有效件数 is usually at least 本年制发件数 minus 本年废止件数${ifZero.en}现行有效件数 ${rel.now} would be less than ${rel.i} − ${rel.x} = ${rel.i - rel.x}`);
    if (rel.kind === 'in-force' && blank(rel.inForce)) return bi(`现行有效件数通常不少于本年制发件数减本年废止件数（${rel.i} − ${rel.x} = ${rel.i - rel.x}）`, `现行有效件数 is usually at least 本年制发件数 minus 本年废止件数 (${rel.i} − ${rel.x} = ${rel.i - rel.x})`);
    if (rel.kind === 'published' && blank(rel.fresh, rel.total)) return bi(`本年新公开数量不大于对外公开总数量${ifZero.zh}为 ${rel.f} > ${rel.all}`, `本年新公开数量 is not more than 对外公开总数量${ifZero.en}it would be ${rel.f} > ${rel.all}`);
  }
  return null;
}

/** A relation of a 表二 row that fails: its columns (0-based value columns of the row's block) and the values read. */
type FailingRelation =
  | { kind: 'negative'; prev: number; change: number; a: number; d: number }
  | { kind: 'in-force'; issued: number; repealed: number; inForce: number; i: number; x: number; now: number }
  | { kind: 'published'; fresh: number; total: number; f: number; all: number };

/**
 * The relations this rule checks that fail for a 表二 row of `block` whose value column `k` reads `value(k)` (null:
 * blank or unreadable, that relation not evaluated), in order: 上一年项目数量 + 本年增/减 ≥ 0, 现行有效件数 ≥ 本年制发件数 −
 * 本年废止件数, 本年新公开数量 ≤ 对外公开总数量 (each where the block has its columns).
 */
function failingRelations(block: Table2Template['blocks'][number], value: (k: number) => number | null): FailingRelation[] {
  const at = (label: string) => block.columns.findIndex((c) => c.label === label);
  const out: FailingRelation[] = [];
  const prev = at(PREVIOUS), change = block.columns.findIndex((c) => c.kind === 'signed');
  if (prev >= 0 && change >= 0) {
    const a = value(prev), d = value(change);
    if (a !== null && d !== null && a + d < 0) out.push({ kind: 'negative', prev, change, a, d });
  }
  const issued = at(ISSUED), repealed = at(REPEALED), inForce = at(IN_FORCE);
  if (issued >= 0 && repealed >= 0 && inForce >= 0) {
    const i = value(issued), x = value(repealed), now = value(inForce);
    if (i !== null && x !== null && now !== null && now < i - x) out.push({ kind: 'in-force', issued, repealed, inForce, i, x, now });
  }
  const fresh = at(NEW_PUBLISHED), total = at(PUBLISHED_TOTAL);
  if (fresh >= 0 && total >= 0) {
    const f = value(fresh), all = value(total);
    if (f !== null && all !== null && f > all) out.push({ kind: 'published', fresh, total, f, all });
  }
  return out;
}
