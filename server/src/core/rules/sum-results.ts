import type { Bilingual, Range, TableModel } from '../types.js';
import type { Report } from '../model/build.js';
import { claimsPerParagraph } from '../prose/anchors.js';
import { proseOf } from '../prose/text.js';
import type { Rule } from './rule.js';
import { pinnedResultRows } from './prose-table.js';
import { bi, T3_TERMS_EN, columnSureness, num, rowById, setCell, signed, sum, t3ColumnSums, t3ConfirmedTotals, t3TotalFixUnsafe, t3SuspectNote, withSuspect, type T3Suspect, t3SumsUnchecked } from './util.js';

/**
 * What the prose says of the applications concluded (表三 （七）总计, 总计 column: `办结45件`) when the result rows add
 * up to `added` and the total is `total`, from prose-table's anchored claims that can mean nothing else (scoped and
 * negated claims left out, and those that may count something other than applications): `sum` when one states `added` and none `total`, `total` when one states `total`, else
 * `none`. `phrase` is the deciding claim's text, `range` its number's (0-based line, UTF-16 character).
 */
export function proseOnConcluded(report: Report, added: number, total: number): { verdict: 'sum' | 'total' | 'none'; phrase?: string; range?: Range } {
  // Without the report year prose-table compares nothing (another year cannot be told apart): neither does this.
  if (report.year === null || report.extras.yearAmbiguous) return { verdict: 'none' };
  const p = proseOf(report);
  let forSum: { phrase: string; range: Range } | null = null;
  for (const pc of claimsPerParagraph(report)) {
    for (const c of pc.claims) {
      if (c.scoped || c.negated || c.number.approx || c.doubt !== undefined || c.readings.length !== 1 || c.readings[0] !== 'R3.7') continue;
      const at = { phrase: p.quote(pc.offset + c.from, pc.offset + c.to), range: p.range(pc.offset + c.number.start, pc.offset + c.number.end) };
      if (c.number.value === total) return { verdict: 'total', ...at };
      if (c.number.value === added) forSum ??= at;
    }
  }
  return forSum ? { verdict: 'sum', ...forSum } : { verdict: 'none' };
}

/** `New applications (新收)`: 表三's 新收 glossed, opening a sentence of the English advice (brk114 #6). */
const NEW_EN = T3_TERMS_EN.R1[0].toUpperCase() + T3_TERMS_EN.R1.slice(1);

/**
 * The advice of a （七）总计 (column `i`, holding `actual`) that the column's balance (T3-A) confirms is wrong: the
 * results and 新收 + 上年结转 − 结转下年度 both give `s`. `together`: the totals of the row the fix sets with it (see
 * the rule), null when no fix is offered; `prose`: what the prose says of the applications concluded.
 */
function confirmedAdvice(t: TableModel, i: number, s: number, actual: number, together: T3Suspect[] | null, labels: string[], prose: { verdict: string; phrase?: string }): Bilingual {
  const v = (row: string) => num(rowById(t, row)?.cells[i]);
  const zh = [`新收 ${v('R1')} + 上年结转 ${v('R2')} − 结转下年度 ${v('R4')} 也是 ${s}：该列的收支平衡与各办理结果一致，很可能是总计 ${actual} 填错了`];
  const en = [` ${NEW_EN} ${v('R1')} + ${T3_TERMS_EN.R2} ${v('R2')} − ${T3_TERMS_EN.R4} ${v('R4')} is ${s} as well: the column's balance agrees with the results, so the total ${actual} is likely the wrong number`];
  if (prose.verdict === 'sum') {
    zh.push(`，正文“${prose.phrase}”也与各项之和一致`);
    en.push(`, and the prose “${prose.phrase}” agrees with the results too`);
  }
  if (prose.verdict === 'total') {
    zh.push(`；但正文“${prose.phrase}”与总计 ${actual} 一致，请对照原表核对，未自动修改。`);
    en.push(`; but the prose “${prose.phrase}” agrees with the total ${actual}: check against the original table (not fixed automatically).`);
  } else if (together) {
    const others = together.filter((c) => c.col !== i);
    zh.push(`。（七）总计行的${others.map((c) => `“${labels[c.col]}”列（${c.now}，各项之和 ${c.value}）`).join('、')}也是这样，只改其中一格会使该行的合计不成立：修复会把这几格一并改为各项之和。`);
    en.push(`. So is the （七）总计 row's ${others.map((c) => `column ${labels[c.col]} (${c.now}, results ${c.value})`).join(', ')}, and setting one alone would break the row's sum: the fix sets them together to the sums of the results.`);
  } else {
    zh.push('。只改这一格会使经过它的其他合计不成立或无从核对，未自动修改，请对照原表核对。');
    en.push('. Setting this cell alone would break another sum through it or leave one unchecked: not fixed automatically; check against the original table.');
  }
  return bi(zh.join(''), en.join(''));
}

/**
 * The advice of a （七）总计 (column `i`) that the column's balance (T3-A) confirms against the results
 * (`t3ColumnSums`): 新收 + 上年结转 − 结转下年度 is the total as written, so a result row (or several) is the likely
 * wrong number, not the total; null when the balance cannot be evaluated or does not give the total. `prose`: what
 * the prose says of the applications concluded (its `total` verdict agrees with the total too); `row`: the one row
 * that can be the wrong one (`likelyRow`), named instead of “a result row”.
 */
function balanceAdvice(t: TableModel, i: number, prose: { verdict: string; phrase?: string }, row: LikelyRow | null): Bilingual | null {
  const c = t3ColumnSums(t, i);
  if (!c || c.balance !== c.total) return null;
  const d = Math.abs(c.excess);
  const more = c.excess > 0;
  const proseZh = prose.verdict === 'total' ? `，正文“${prose.phrase}”也与总计一致` : '';
  const proseEn = prose.verdict === 'total' ? `, and so does the prose “${prose.phrase}”` : '';
  const head = bi(
    `新收 ${c.received} + 上年结转 ${c.carriedIn} − 结转下年度 ${c.carriedOut} = ${c.total}，与总计一致${proseZh}：该列的收支平衡支持总计，`,
    ` ${NEW_EN} ${c.received} + ${T3_TERMS_EN.R2} ${c.carriedIn} − ${T3_TERMS_EN.R4} ${c.carriedOut} = ${c.total} agrees with the total${proseEn}: the column's balance supports the total, so `);
  if (row) {
    const why = row.why === 'prose'
      ? [`正文“${row.phrase}”与把这一行改为 ${row.said} 后的表三一致，而且只有这一行能解释这个差`, `the prose “${row.phrase}” agrees with 表三 with that row set to ${row.said}, and no other row can explain the difference`]
      : row.why === 'only'
      ? [`该列各办理结果只有这一行不为 0，多出的只能在这一行`, `it is the only result of the column that is not 0, so the excess can only be there`]
      : [`总计列的同一差很可能出在这一行（正文“${row.phrase}”与改正后的表三一致），该行各申请人之和仍等于总计，而其他申请人列都成立`, `the 总计 column's same difference is likely in that row (the prose “${row.phrase}” agrees with the corrected 表三), the row's applicants still add up to its total, and every other applicant column holds`];
    return bi(
      `${head.zh}很可能是${row.name.zh}${more ? '多' : '少'}填了 ${d}：${why[0]}。请对照原表核对${row.name.zh}，未自动修改。`,
      `${head.en}${row.name.en} is likely ${d} too ${more ? 'high' : 'low'}: ${why[1]}. Check ${row.name.en} against the original table; not fixed automatically.`);
  }
  return bi(
    `${head.zh}很可能是某个办理结果${more ? '多' : '少'}填了 ${d}（或几项合计${more ? '多' : '少'} ${d}）。请对照原表核对各办理结果，未自动修改。`,
    `${head.en}a result row is likely ${d} too ${more ? 'high' : 'low'} (or several are, together). Check the results against the original table; not fixed automatically.`);
}

/** The one result row of a column that can be the wrong one (see `likelyRow`): its name, and why. */
interface LikelyRow {
  name: Bilingual;
  /** `prose`: a result the prose states agrees with the row corrected; `only`: the column's only result that is not 0 (too high); `row`: the 总计 column's row, by the row's applicant sum. */
  why: 'prose' | 'only' | 'row';
  phrase?: string;
  said?: number;
}

/**
 * The result row of 表三 column `i` that is the likely typo when the column's balance gives （七）总计 and only that
 * row can explain what the results are off by: the row the prose names (prose-table's `pinnedResultRows`, a result
 * the prose states being the table's less the difference); the only result of the column that is not 0 when the
 * results are too high (a 0 cannot be too high); or, in an applicant column, the row the prose names in the 总计
 * column when that column is off by as much, the row's applicants still add up to its total and no other applicant
 * column fails. Null otherwise (any of several rows could be it).
 */
function likelyRow(report: Report, t: TableModel, i: number, labels: string[]): LikelyRow | null {
  const c = t3ColumnSums(t, i);
  if (!c || c.balance !== c.total || c.excess === 0) return null;
  const pins = pinnedResultRows(report);
  const pin = pins.get(labels[i]);
  if (pin) return { name: rowName(t, pin.id), why: 'prose', phrase: pin.phrase, said: pin.said };
  const terms = t.rows.filter((r) => r.id.startsWith('R3.') && r.id !== 'R3.7' && r.cells.length > 0);
  const nonZero = terms.filter((r) => (num(r.cells[i]) ?? 0) !== 0);
  if (c.excess > 0 && nonZero.length === 1) return { name: rowName(t, nonZero[0].id), why: 'only' };
  const totalPin = i < 6 ? pins.get(labels[6]) : undefined;
  const row = totalPin ? rowById(t, totalPin.id) : undefined;
  if (!totalPin || !row?.cells.length || t3ColumnSums(t, 6)?.excess !== c.excess) return null;
  const cells = row.cells.slice(0, 7).map((x) => num(x));
  if (cells.some((v) => v === null) || sum(cells.slice(0, 6)) !== cells[6]) return null;
  for (let j = 0; j < 6; j++) if (j !== i && t3ColumnSums(t, j)?.excess !== 0) return null;
  return { name: rowName(t, totalPin.id), why: 'row', phrase: totalPin.phrase };
}

/** A result row's name for messages: `（一）予以公开`, `（三）不予公开中的“7.属于行政执法案卷”`, `（三）不予公开的某一小项` (a group by its sub-rows). */
function rowName(t: TableModel, id: string): Bilingual {
  const label = (x: string) => x.replace(/[（(][^（）()]*[）)]$/, '').trim();
  const row = rowById(t, id);
  const group = rowById(t, id.split('.').slice(0, 2).join('.'));
  const g = group ? label(group.label) : id;
  if (id.split('.').length === 3) return bi(`${g}中的“${row ? label(row.label) : id}”`, `${g} “${row ? label(row.label) : id}”`);
  if (!row?.cells.length) return bi(`${g}的某一小项`, `a sub-row of ${g}`);
  return bi(g, g);
}

/** 表三 T3-B (templates.md §5.2): per column, （七）总计 = the sum of every 办理结果 row. */
export const sumResults: Rule = {
  meta: {
    id: 'sum-results',
    category: 'numbers',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('表三每列：（七）总计 ≠ 各办理结果行之和', '表三 per column: （七）总计 ≠ the sum of the result rows'),
    rationale: bi(
      '“（二）部分公开”的注释“区分处理的，只计这一情形，不计其他情形”使各办理结果互斥，因此（七）总计应等于（一）至（六）各行（含各小项）之和。修复会把（七）总计改为各项之和；只有该格所在的其他勾稽关系（该列的收支平衡、该行的六类申请人之和）至少有一项能核对且不会因此不成立时才提供；发现本身因读表没有把握而降为提示时（某行数值个数与格式不符、各数可能错了一列，或表格排版错乱、多数行按顺序对应）不提供修复，也就不会被 --fix 采用。只有一个单元格能解释所有不成立的合计时（一个填错的数同时破坏它所在行和列的合计），消息会指出这一格和使所有合计成立的数。只改总计会使该行的合计不成立（同一行两格总计一起写错，各申请人之和仍等于总计）而该列的收支平衡（新收 + 上年结转 − 结转下年度）与各办理结果之和相同时，消息指出很可能是（七）总计填错了，并说明正文的办结件数是否与各项之和一致；该行这样的几格总计一并改为各项之和不会使任何合计不成立时，修复会一起改这几格，正文说的是现在的总计时不提供修复。反过来，该列的收支平衡与现在的总计一致而各办理结果之和不同时，消息指出很可能是某个办理结果填错了（多填或少填了两者之差），而不是总计，并说明正文的办结件数是否也与总计一致；只有一行可能是错的时指出这一行：正文的某项办理结果正好与这一行改正后的表格一致、而且只有这一行能解释这个差（prose-table 这时也作提示），各办理结果之和偏大而该列只有这一行不为 0（0 不会多填），或者（申请人列）差与总计列的相同、总计列指出的那一行各申请人之和仍等于总计而其他申请人列都成立；不提供修复。某一办理结果行缺失或在某列空白时，该列的和无法核对；但件数不会是负数，已填写的各办理结果之和已经大于（七）总计时，无论缺的数是多少都不成立：这时也报告（不提供修复）。',
      'The note on （二） makes the results mutually exclusive, so （七）总计 must equal the sum of rows （一）–（六） with all their sub-rows. The fix sets （七）总计 to that sum; it is offered only when another identity through the cell (the column\'s balance, the row\'s applicant sum) can check it and still holds with it. It is not offered when the finding itself is lowered to an info because the table was not read with confidence (a row with more or fewer values than the template, whose numbers may sit a column off; a scrambled layout whose rows were matched by their order), so --fix never applies it. When one cell explains every failing sum (one wrong number breaks the sums of its row and of its column alike), the message names that cell and the number that makes every sum hold. When setting the total alone would break its row\'s sum (two totals of the row typed wrong alike keep the applicants adding up) but the column\'s balance (新收 + 上年结转 − 结转下年度) equals the results\' sum, the message says that （七）总计 is the likely wrong number, and whether the prose\'s count of applications concluded agrees with the results; the fix then sets those totals of the row together when that breaks no sum, and is not offered when the prose states the current total. The other way round, when the column\'s balance gives the total as written while the results add up to another number, the message says that a result row, not the total, is the likely wrong number (too high or too low by the difference), and whether the prose\'s count of applications concluded agrees with the total too; it names the row when only one row can be the wrong one: a result the prose states agrees with the table with that row corrected and no other row can explain the difference (prose-table says so at info then), the results are too high and that row is the only one of the column that is not 0 (a 0 cannot be too high), or (in an applicant column) the difference is the 总计 column\'s, the row named there still adds up to its total over the applicants and every other applicant column holds; no fix is offered. When a result row is missing or blank in a column, that column\'s sum cannot be checked; but counts are never negative, so when the results written already add up to more than （七）总计 the sum fails whatever the missing numbers are: that is reported too (without a fix).'),
    example: { bad: '| （一）予以公开 | 5 | … |\n| （二）部分公开… | 4 | … |\n| （七）总计 | 10 | … |', note: bi('5 + 4 + … ≠ 10', '5 + 4 + … ≠ 10') },
  },
  check(ctx) {
    const t = ctx.report.tables.t3;
    if (!t || t3SumsUnchecked(t)) return;
    // A row with a value too few or too many: the column sums may fail only because its numbers sit a column off.
    const sure = columnSureness(t, (id) => id.startsWith('R3.'));
    const total = rowById(t, 'R3.7');
    if (!total) return;
    const terms = t.rows.filter((r) => r.id.startsWith('R3.') && r.id !== 'R3.7' && r.cells.length > 0);
    const labels = t.columns.filter((c) => c.id.startsWith('C')).map((c) => c.label);
    // Results blank or missing leave the column's sum unknown, but not unbounded: counts are never negative, so the
    // results written already adding up to more than （七）总计 is wrong whatever the missing ones are.
    const exceeded = (i: number, label: string, actual: number) => {
      if (sure.severity !== undefined) return;
      const written = terms.filter((r) => num(r.cells[i]) !== null);
      const unknown = terms.filter((r) => num(r.cells[i]) === null);
      if (written.some((r) => num(r.cells[i])! < 0)) return;
      const partial = sum(written.map((r) => num(r.cells[i])));
      if (partial === null || partial <= actual || !unknown.length) return;
      const nonZero = written.filter((r) => num(r.cells[i]));
      const expr = nonZero.length > 1 ? `${nonZero.map((r) => num(r.cells[i])).join(' + ')} = ${partial}` : String(partial);
      const named = unknown.slice(0, 3).map((r) => `“${r.label}”`).join('、') + (unknown.length > 3 ? ` 等 ${unknown.length} 行` : '');
      const namedEn = unknown.slice(0, 3).map((r) => r.label).join(', ') + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : '');
      ctx.add({
        message: bi(
          `表三（七）总计（${label}列）为 ${actual}，而已填写的各办理结果之和已是 ${expr}，比总计多 ${partial - actual}；${named}在这一列没有数（空白或缺行），它们只会使和更大。请对照原表核对各办理结果和总计。`,
          `表三 （七）总计 (column ${label}) is ${actual}, but the results written already add up to ${expr}, ${partial - actual} more than the total; ${namedEn} ${unknown.length > 1 ? 'have' : 'has'} no number in this column (blank or missing), which could only make the sum larger. Check the results and the total against the original table.`),
        range: total.cells[i]!.range,
        // The results written (a lower bound of the column's sum: the blank or missing ones can only add to it).
        expected: partial,
        actual,
        related: nonZero.map((r) => ({ range: r.cells[i]!.range, message: bi(`${r.label}：${num(r.cells[i])}`, `${r.label}: ${num(r.cells[i])}`) })),
        data: { column: t.columns.filter((c) => c.id.startsWith('C'))[i].id },
      });
    };
    t.columns.filter((c) => c.id.startsWith('C')).forEach((col, i) => {
      const s = sum(terms.map((r) => num(r.cells[i])));
      const actual = num(total.cells[i]);
      if (s === null && actual !== null) return exceeded(i, col.label, actual);
      if (s === null || actual === null || s === actual) return;
      const at = total.cells[i]!;
      const nonZero = terms.filter((r) => num(r.cells[i]));
      const expr = nonZero.length > 1 ? `${nonZero.map((r) => num(r.cells[i])).join(' + ')} = ${s}` : String(s);
      // One wrong cell breaks its row and its column: named when it explains every failing sum.
      const suspect = t3SuspectNote(t, (c) => c.col === i && (c.row === 'R3.7' || terms.some((r) => r.id === c.row)));
      // Not offered when the new total would break the column's balance or the row's sum, which hold now, or when
      // a blank leaves them unchecked (then only a wrong result cell may be what is wrong).
      const unsafe = t3TotalFixUnsafe(t, [{ row: 'R3.7', col: i, value: s }]);
      // A finding that doubts its own numbers (info: a row read a column off, or rows matched by their order) changes
      // none of them: neither --fix nor the editor writes a total the message says may be right.
      const doubtful = sure.severity !== undefined;
      // The column's balance (T3-A) agrees with the results against the total: the total is the likely typo. Set
      // alone it may break the row's sum (two totals of the row typed wrong alike keep 总计 = the applicants' sum):
      // then the totals the balance confirms in that row are set together, when that breaks no sum.
      const confirmed = unsafe && !doubtful ? t3ConfirmedTotals(t) : [];
      const together = confirmed.some((c) => c.col === i) && confirmed.length > 1 && !doubtful && !t3TotalFixUnsafe(t, confirmed) ? confirmed : null;
      const prose = i === 6 && confirmed.some((c) => c.col === i) ? proseOnConcluded(ctx.report, s, actual) : { verdict: 'none' as const };
      // The column's balance gives the total as written: the results, not the total, are the likely typo.
      const balance = unsafe && !doubtful && !confirmed.some((c) => c.col === i) ? balanceAdvice(t, i, i === 6 ? proseOnConcluded(ctx.report, s, actual) : { verdict: 'none' }, likelyRow(ctx.report, t, i, labels)) : null;
      // The advice names only what the fix would do when the fix is offered (else it would spread a typo).
      const advice = unsafe && confirmed.some((c) => c.col === i)
        ? confirmedAdvice(t, i, s, actual, prose.verdict === 'total' ? null : together, labels, prose)
        : balance
        ? balance
        : unsafe
        ? bi(`请对照原表核对各办理结果和总计 ${actual}（没有别的合计能证实错的是总计，未自动修改）。`, ` Check the results and the total ${actual} against the original table (no other sum confirms that the total is the wrong number; not fixed automatically).`)
        : doubtful
          ? bi('', '') // its note says what to check
          : bi(`请核对各办理结果，或把总计改为 ${s}。`, ` Check the results or set the total to ${s}.`);
      // The analysis says another cell, not this total, is the likely typo: the headline states the two sides and
      // does not ask for a total that is probably right (CI annotations show little more than the headline).
      const totalLikelyRight = (suspect !== null && !(suspect.cell.row === 'R3.7' && suspect.cell.col === i)) || balance !== null;
      const head = totalLikelyRight
        ? bi(`表三（七）总计（${col.label}列）为 ${actual}，与各办理结果之和不符，相差 ${signed(actual - s)}：各办理结果之和为 ${expr}。`, `表三 （七）总计 (column ${col.label}) is ${actual}, which differs from the results by ${signed(actual - s)}: the results add up to ${expr}.`)
        : bi(`表三（七）总计（${col.label}列）应为 ${s}，实为 ${actual}，相差 ${signed(actual - s)}：各办理结果之和为 ${expr}。`, `表三 （七）总计 (column ${col.label}) should be ${s}, is ${actual} (difference ${signed(actual - s)}): the results add up to ${expr}.`);
      const fix = suspect || !together || prose.verdict === 'total'
        ? (unsafe || doubtful ? undefined : { title: bi(`把（七）总计改为 ${s}`, `Set （七）总计 to ${s}`), edits: [setCell(ctx.report.lines, t, at, s)] })
        : {
          title: bi(`把（七）总计改为各项之和（${together.map((c) => `${labels[c.col]} ${c.value}`).join('、')}）`, `Set （七）总计 to the sums of the results (${together.map((c) => `${labels[c.col]} ${c.value}`).join(', ')})`),
          edits: together.map((c) => setCell(ctx.report.lines, t, total.cells[c.col]!, c.value)),
        };
      ctx.add({
        message: bi(
          head.zh + (suspect ? suspect.note.zh : sure.shifted ? '' : advice.zh) + sure.note.zh,
          head.en + (suspect ? suspect.note.en : sure.shifted ? '' : advice.en) + sure.note.en),
        sharedNote: suspect?.shared,
        suspectUnfixed: suspect?.unfixed,
        severity: sure.severity,
        range: at.range,
        // The value this total should have (README): the results' sum, unless the message says the total is likely
        // right and a result row (or another cell) wrong: then the total as written (brk183 #4: 42 asked for the edit
        // the message advises against). The sum stays in `data.sum` for the summary's sides.
        expected: totalLikelyRight && !fix ? actual : s,
        actual,
        related: [
          ...withSuspect(nonZero.map((r) => ({ range: r.cells[i]!.range, message: bi(`${r.label}：${num(r.cells[i])}`, `${r.label}: ${num(r.cells[i])}`) })), suspect),
          ...(prose.range && prose.phrase ? [{ range: prose.range, message: bi(`正文：${prose.phrase}`, `Prose: ${prose.phrase}`) }] : []),
        ],
        fix,
        data: { column: col.id, sum: s },
      });
    });
  },
};
