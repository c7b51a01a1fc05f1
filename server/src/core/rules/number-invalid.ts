import type { Bilingual, Cell, RowModel, TableModel, TextEdit } from '../types.js';
import type { Rule, RuleContext } from './rule.js';
import { bi, num, numberInColumn, plainNumber, tabJoinedFields } from './util.js';
import { blockOfRow } from '../templates/index.js';
import { showInvisible } from '../text/normalize.js';
import { addsUp } from '../model/label-cells.js';
import { LOOKALIKE, lookalikeDigits } from '../parse/tokens.js';

const WHY = {
  word: bi('不是数字：请只填阿拉伯数字，说明文字写在表外', 'is not a number: write the count in Arabic digits and put notes outside the table'),
  negative: bi('是负数，而这里只能填非负整数', 'is negative; this cell takes a non-negative integer'),
  decimal: bi('是小数，而这里只能填整数（件数）', 'is a decimal; this cell counts items (件) and takes an integer'),
  unit: bi('带有单位，数值单元格只填数字', 'carries a unit; value cells take the number alone'),
  currency: bi('带有货币符号，数值单元格只填数字（金额的单位写在表头），改正前此格不计入合计', 'carries a currency sign; value cells take the number alone (an amount\'s unit is in the column header), and the cell is left out of the sums until then'),
  numeral: bi('是汉字数字，数值单元格只填阿拉伯数字', 'is a Chinese numeral; value cells take Arabic digits'),
  struck: bi('带有删除线，是被删去的数：请只填现在的数字（删除线在转换或打印时可能丢失，留下的数会被当作有效数字），此格不计入合计', 'is struck through, a deleted number: write the current number alone (the strike-through may be lost in conversion or print, leaving the old number as if valid); the cell is left out of the sums'),
  'struck-beside': bi('写有带删除线的旧数和现在的数：请只填现在的数字（删除线在转换或打印时可能丢失，两个数会被当作一个数），改正前此格不计入合计', 'holds a struck-through old number beside the current one: write the current number alone (the strike-through may be lost in conversion or print, leaving both numbers as one); the cell is left out of the sums until then'),
  long: bi('位数过多（整数部分超过 15 位），不可能是件数或金额，也无法精确计算，多为误贴的证件号等编号：请填写表格应有的数字，此格不计入合计', 'has too many digits (more than 15 before the point) to be a count or an amount, or to be computed exactly; it is usually a pasted ID or other code: write the number the table should hold; the cell is left out of the sums'),
} as const;

/**
 * Why a count cell with a unit that no count takes is invalid (`value` the number before it): `万`
 * (`12.5万` is 125000: not rewritten, the figure may be rounded), a money unit, a percentage (brk142 #6: `12.5万` was
 * said to be a decimal).
 */
const NOT_COUNT_WHY: Record<string, (value: number) => Bilingual> = {
  万: (v) => bi(
    `带有单位“万”：件数按件填写整数，不写“万”（${plainNumber(v)}万即 ${plainNumber(Math.round(v * 10_000))}）。请填写确切的件数，此格改正前不计入合计`,
    `carries the unit 万 (ten thousand): a count is written in whole items, without 万 (${plainNumber(v)}万 is ${plainNumber(Math.round(v * 10_000))}). Write the exact count; the cell is left out of the sums until then`),
  万元: () => moneyInCount('万元'),
  元: () => moneyInCount('元'),
  // (Also in an amount column, which takes 元 and 万 but no percentage.)
  '%': () => bi('是百分比，而表中只填数字（比例写在正文中）：此格改正前不计入合计', 'is a percentage, but the table takes numbers alone (a share goes in the text); the cell is left out of the sums until then'),
};

/** Why a count cell with a money unit is invalid. */
const moneyInCount = (unit: string) => bi(
  `带有金额单位“${unit}”，而这一格填件数：请只填件数，此格改正前不计入合计`,
  `carries the money unit ${unit}, but this cell takes a count: write the number of items alone; the cell is left out of the sums until then`);

/**
 * Why a cell holding letters that look like digits is invalid (`Cell.invalid` `letter`: `O` alone, `1O5`, `2l`):
 * which letters, the digits they look like, and the number they would make. One wording for a letter alone and
 * for letters inside a number.
 */
function letter(raw: string) {
  const n = raw.normalize('NFKC').trim();
  const letters = [...new Set([...n].filter((ch) => LOOKALIKE[ch] !== undefined))];
  const digits = letters.map((ch) => LOOKALIKE[ch]);
  const number = lookalikeDigits(n) ?? digits.join('');
  const alone = letters.length === 1 && n === letters[0];
  const quoted = letters.map((ch) => `“${ch}”`);
  // A letter alone: the number is its digit; inside a number, the number it would make too.
  return bi(
    `${alone ? '是' : '含有'}字母${quoted.join('')}，不是数字（是否应为 ${alone ? number : `${digits.join('、')}，即 ${number}`}？）`,
    `${alone ? 'is' : 'contains'} the letter${letters.length > 1 ? 's' : ''} ${quoted.join(', ')}, not a number (${alone ? `${number} meant?` : `${digits.join(', ')} meant, i.e. ${number}?`})`);
}

/** Why a cell like `约1520` is invalid, quoting its word of approximation or summing (`约`, `≈`). */
function approximate(raw: string) {
  const word = /^\D+/.exec(raw.normalize('NFKC').trim())?.[0].trim() ?? '';
  return bi(`带有“${word}”：表中只填确切的数字，说明写在表外`, `carries “${word}”: the table takes the exact number alone, notes go outside it`);
}

/** Numbers read but written oddly (`Cell.form`): a warning, fixed to the number as read (a footnote marker or a full-width comma: not). */
const FORM = {
  plus: bi('带有正号“+”，这里只填数字', 'carries a plus sign; this cell takes the number alone'),
  'leading-zero': bi('以 0 开头', 'starts with a zero'),
  invisible: bi('含有看不见的字符（零宽空格等，多为从网页复制时带入）', 'contains invisible characters (a zero-width space or similar, usually copied from a web page)'),
  footnote: bi('带有注释标记', 'carries a footnote marker'),
  'spaced-sign': bi('的符号与数字之间有空格', 'has a space between its sign and its digits'),
  'wide-sign': bi('的正负号是全角的（“－”“＋”），应为半角', 'has a full-width sign (“－” or “＋”), not an ASCII one'),
  'worded-sign': bi('用文字写了增减，这一列只填数字（减少的写负号）', 'writes the change in words; this column takes the number alone (a minus sign for a decrease)'),
  'wide-comma': bi('的数字之间是全角逗号“，”，不是单纯的数字', 'has a full-width comma “，” between its digits and is not a plain number'),
} as const;

/** A full-width digit (`０`–`９`). */
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/;
/**
 * A valid number as NFKC makes a full-width one (`－３` → `-3`, `９６１７１．６` → `96171.6`, `１８６．５万元`): a sign,
 * digits (thousands separators kept as written), a fraction, a money unit. Read only where the cell is valid
 * (`Cell.invalid` unset: the sign, the fraction and the unit belong in its column).
 */
const FULL_WIDTH_NUMBER = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?(?:万元|元|万)?$/;

/**
 * A normalised form of a cell when the intended number is unambiguous (full-width digits, also with a sign, a
 * decimal point or a money unit where the column takes one; a unit typed after a count with or without a space;
 * 零/〇 for 0; the current number where a deleted one stands struck through beside it, `~~3~~ 2`), else null.
 */
/** A whole number written with a zero fraction (`1520.0`, `-3.00`, `1520.0件`): 1 the number without it. */
const ZERO_FRACTION = /^(-?\d+)\.0+\s*(?:件|个|条|次|项|人次)?$/;

/** The numerals a cell may hold alone, by value. */
const ONE_NUMERAL: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function normalised(c: Cell): string | null {
  const n = c.raw.normalize('NFKC').trim();
  if (n !== c.raw.trim() && /^\d+$/.test(n)) return n;
  // `－３` in 本年增/减, `９６１７１．６` in an amount column: NFKC makes them the number they read as.
  if (!c.invalid && c.value !== null && n !== c.raw.trim() && FULL_WIDTH_DIGIT.test(c.raw) && FULL_WIDTH_NUMBER.test(n)) return n;
  if (c.invalid === 'unit' && /^\d+\s*(件|个|条|次|项)$/.test(n)) return n.replace(/\D+$/, '');
  if (c.invalid === 'numeral' && c.value === 0) return '0';
  // `1520.0`, `1,520.00`, `1520.0件`: a whole number written with a zero fraction (a spreadsheet's number format).
  if (c.invalid === 'decimal') return ZERO_FRACTION.exec(n.replace(/,(?=\d{3}\b)/g, ''))?.[1] ?? null;
  // `￥12.5`, `RMB 12.5`: the number as written after the currency.
  if (c.invalid === 'currency' && !c.unit) return /(\d[\d,]*(?:\.\d+)?|\.\d+)\s*$/.exec(n)?.[1].replace(/,/g, '') ?? null;
  // `~~3~~ 2`: the author deleted 3 and wrote 2; the fix takes the deleted number out.
  if (c.invalid === 'struck-beside' && c.value !== null) return plainNumber(c.value);
  return null;
}

/**
 * The digit for cell `k` of row `r` of `t` when it holds one numeral alone (`六` → 6, `十` → 10; helper-204 #10) and
 * the row's own identity holds with it: a 表三 row's six applicant columns add up to its 总计, a 表四 group's four
 * results to its 总计 (every other term a number). 表二 has no identity: there the digit is taken as written. Never
 * for `一`, which stands for a dash (—) in many typed and OCR'd tables (a row of them is a row of dashes, not of 1s:
 * helper-205 #1), nor where the identity fails or cannot be evaluated. Null otherwise.
 */
function loneNumeral(t: TableModel, r: RowModel, k: number): string | null {
  const c = r.cells[k];
  const n = c?.raw.trim() ?? '';
  if (!c || c.invalid !== 'numeral' || n.length !== 1 || !(n in ONE_NUMERAL) || n === '一') return null;
  const digit = ONE_NUMERAL[n];
  const value = (i: number) => (i === k ? digit : num(r.cells[i]));
  const group = t.id === 't3' && r.cells.length === 7 ? [0, 1, 2, 3, 4, 5, 6] : t.id === 't4' ? [0, 1, 2, 3, 4].map((i) => Math.floor(k / 5) * 5 + i) : t.id === 't2' ? null : [];
  if (group === null) return String(digit);
  if (!group.length) return null;
  const terms = group.map(value);
  if (terms.some((v) => v === null)) return null;
  return addsUp(terms as number[]) ? String(digit) : null;
}

/** Money units a cell or a header may name, in 元 (`万` is `万元` shortened: `12.35万`). */
const UNIT_FACTOR: Record<string, number> = { 元: 1, 万元: 10_000, 万: 10_000, 亿元: 100_000_000 };

/**
 * The unit of the column header above cell `k` of 表二 row `r` (`本年收费金额（单位：万元）`) when the cell names
 * another money unit (`元`); null when they agree, the header names none, or the cell is not in 表二.
 */
function headerUnitClash(ctx: RuleContext, t: TableModel, r: RowModel, k: number, unit: string): string | null {
  const u = headerUnit(ctx, t, r, k, unit);
  return u && UNIT_FACTOR[u] !== UNIT_FACTOR[unit] ? u : null;
}

/** The money unit the column header above cell `k` of 表二 row `r` names (`（单位：万元）`), or null (see above). */
function headerUnit(ctx: RuleContext, t: TableModel, r: RowModel, k: number, unit: string): string | null {
  if (t.id !== 't2' || !(unit in UNIT_FACTOR)) return null;
  const t2 = ctx.template?.tables.t2;
  const block = t2 && blockOfRow(t2, r.id);
  const id = block?.columns[k]?.id;
  const column = id ? t.columns.find((c) => c.id === id) : undefined;
  if (!block || !column) return null;
  // The header as the report writes it, when it was found; else the template's.
  const header = column.match.kind !== 'absent' && column.match.raw ? column.match.raw : block.columns[k].label;
  const m = /单位[:：]\s*(亿元|万元|元)/.exec(header);
  return m ? m[1] : null;
}

/** A cell in full-width digits: `fix` the number in ASCII, `edit` the edit that writes it (see `inColumn`). */
interface WideCell {
  cell: Cell;
  row: RowModel;
  fix: string;
  edit: TextEdit;
}

/**
 * The edit that writes cell `c` of table `t` normalised to `fix`: `fix` over the cell, or in a table aligned with
 * spaces (`pdftotext -layout`) `fix` where the column's numbers stand, the columns after it in place
 * (`numberInColumn`: `４０` → `40` and two spaces, `增2` → two spaces and `2`).
 */
function inColumn(ctx: RuleContext, t: TableModel, c: Cell, fix: string): TextEdit {
  return numberInColumn(ctx.report.lines, t, c, fix);
}

/** Cells of one table in full-width digits at and above which they are one finding for the table. */
export const FULL_WIDTH_GROUP = 3;

/** How a kind of odd cell is said: one cell's message, and a table's when `FULL_WIDTH_GROUP` cells or more have it. */
/** Where the cells of a grouped finding are, in English: `all in row “规章”` for one row, else `in 3 rows`. */
const inRows = (rows: number, first: WideCell) => (rows === 1 ? `all in row “${first.row.label}”` : `in ${rows} rows`);

interface GroupedWording {
  severity?: 'warning';
  one: (c: WideCell, t: TableModel) => Bilingual;
  many: (n: number, rows: number, first: WideCell, t: TableModel) => Bilingual;
  fixAll: (n: number, t: TableModel) => Bilingual;
}

/**
 * The findings for `cells` of table `t` that share one oddity, each fixed by its own edit: one per cell when fewer
 * than `FULL_WIDTH_GROUP`, else one for the table at its first such cell, whose fix makes every edit (a table typed
 * in the full-width mode, or with 件 after every number, was one finding per cell: 175 for 表三).
 */
function addGrouped(ctx: RuleContext, t: TableModel, cells: WideCell[], say: GroupedWording): void {
  if (!cells.length) return;
  if (cells.length < FULL_WIDTH_GROUP) {
    for (const w of cells) {
      ctx.add({
        message: say.one(w, t),
        range: w.cell.range,
        ...(say.severity ? { severity: say.severity } : {}),
        fix: { title: bi(`改为“${w.fix}”`, `Change to “${w.fix}”`), edits: [w.edit] },
        data: { table: t.id, row: w.row.id },
      });
    }
    return;
  }
  const [first] = cells;
  ctx.add({
    message: say.many(cells.length, new Set(cells.map((w) => w.row)).size, first, t),
    range: first.cell.range,
    ...(say.severity ? { severity: say.severity } : {}),
    fix: { title: say.fixAll(cells.length, t), edits: cells.map((w) => w.edit) },
    data: { table: t.id, row: first.row.id },
  });
}

/** An HTML comment (`<!-- 注 -->`). */
const HTML_COMMENT = /<!--(?:(?!-->)[\s\S])*-->/g;
/** Digits with HTML comments between them (`1<!-- 注 -->0`), and digits around them only. */
// (Each comment takes the white space before it, and digits after it only with the white space before them; white
// space may end the cell after a comment, not after digits, as before. With a
// `\s*` at both ends of the repeated group a space between two comments was read in two ways, and a cell of 22
// comments apart by spaces before a unit (`47 <!-- 注 --> <!-- 注 --> … 件`) took seconds, doubling with each.)
const COMMENT_IN_NUMBER = new RegExp(String.raw`^[0-9０-９]+(?:\s*${HTML_COMMENT.source}(?:\s*[0-9０-９]+)?)+(?:(?<=-->)\s+)?$`);

/**
 * A cell whose digits an HTML comment parts (`1<!-- 注 -->0`, shown as 10): the number it shows (`10`) and the cell
 * written with its comments after that number (`10<!-- 注 -->`, each comment as written). Null for any other cell,
 * and for one whose comments stand after all its digits (a cell reader reads those already).
 */
function commentInNumber(raw: string): { number: string; text: string } | null {
  const t = raw.trim();
  // (Digits after its last comment: one written after them all is read already.)
  if (!COMMENT_IN_NUMBER.test(t) || !/[0-9０-９]$/.test(t)) return null;
  const digits = t.replace(HTML_COMMENT, '').replace(/\s+/g, '');
  return { number: digits, text: `${digits}${(t.match(HTML_COMMENT) ?? []).join('')}` };
}

/** No-break and thin spaces that typesetting puts between digit groups (U+00A0, U+2007, U+2009, U+202F), and their names. */
const DIGIT_SPACE = /[\u00a0\u2007\u2009\u202f]/g;
const DIGIT_SPACE_NAME: Record<string, { zh: string; en: string }> = {
  '\u00a0': { zh: '不换行空格', en: 'a no-break space' },
  '\u2007': { zh: '数字空格', en: 'a figure space' },
  '\u2009': { zh: '窄空格', en: 'a thin space' },
  '\u202f': { zh: '窄不换行空格', en: 'a narrow no-break space' },
};

/** `s` with each no-break or thin space (`DIGIT_SPACE`) shown by its code point (`1\u00a0520` → `1[U+00A0]520`). */
function showSpaces(s: string): string {
  return s.replace(DIGIT_SPACE, (x) => `[U+${x.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/**
 * A cell of digits with no-break or thin spaces between them (`1\u00a0520`, `12\u202f305`, `15\u00a020`), which reads as
 * a word: the digits joined, whether the spaces stand between groups of three (`grouped`: a thousands separator), and
 * the spaces' names (with their code points) for the message. Null for any other cell (one with a plain space too).
 */
function spaceInNumber(raw: string): { digits: string; grouped: boolean; plain: boolean; names: { zh: string; en: string } } | null {
  const t = raw.trim();
  if (!/^\d+(?:[ \u00a0\u2007\u2009\u202f]+\d+)+$/.test(t)) return null;
  // (A plain space too, `1 520` in one cell, brk156 #4: a number with a space inside, not words for outside the table.)
  const kinds = [...new Set(t.match(/[ \u00a0\u2007\u2009\u202f]/g) ?? [])];
  const code = (x: string) => `U+${x.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    digits: t.replace(/[ \u00a0\u2007\u2009\u202f]/g, ''),
    grouped: /^\d{1,3}(?:[ \u00a0\u2007\u2009\u202f]\d{3})+$/.test(t),
    plain: kinds.every((x) => x === ' '),
    names: {
      zh: kinds.map((x) => (x === ' ' ? '空格' : `${DIGIT_SPACE_NAME[x].zh} ${code(x)}`)).join('、'),
      en: kinds.map((x) => (x === ' ' ? 'a space' : `${DIGIT_SPACE_NAME[x].en} (${code(x)})`)).join(', '),
    },
  };
}

/** Cells in full-width digits (`４０`), counted as the numbers they read as: warnings, fixed to ASCII digits. */
const FULL_WIDTH: GroupedWording = {
  severity: 'warning',
  one: ({ cell: c, row: r }, t) => bi(`${t.name}“${r.label}”中的“${c.raw}”使用了全角数字。`, `“${c.raw}” in ${t.name} row “${r.label}” uses full-width digits.`),
  many: (n, rows, first, t) => bi(
    `${t.name}有 ${n} 格（${rows} 行）使用了全角数字，如“${first.row.label}”中的“${first.cell.raw}”；按读出的数计算，请改为半角数字。`,
    `${n} cells of ${t.name} (${inRows(rows, first)}) use full-width digits, such as “${first.cell.raw}”${rows === 1 ? '' : ` in row “${first.row.label}”`}; they are counted as the numbers they read as: write them in ASCII digits.`),
  fixAll: (n, t) => bi(`把${t.name}的 ${n} 格全角数字改为半角`, `Write the ${n} full-width numbers of ${t.name} in ASCII digits`),
};

/** A count that is not a non-negative integer (a word, `-`, `1.5`, a unit typed into the cell). */
export const numberInvalid: Rule = {
  meta: {
    id: 'number-invalid',
    category: 'numbers',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('数值单元格不是合法数字（文字、横线、小数、带单位）', 'A value cell is not a valid number (a word, a dash, a decimal, a unit)'),
    rationale: bi('表中的件数是非负整数；只有 2019 年格式的“本年增/减”可以为负，金额列可以有小数。表头没有单位的金额列（2019 年“采购总金额”）可以在单元格里写“元”“万元”；表头写明单位的（“本年收费金额（单位：万元）”），单元格里写的另一种单位（“961716000元”）是错误，需要人按表头单位改写，不自动换算；写的是表头已写明的单位（“12.5万元”，或简写为“12.5万”）时给出警告，修复只留数字。全角数字、单独的“零”“〇”、数字后带的“件”“个”等能确定原意的，以及单独一个汉字数字（“六”“十”；不含常代替横线的“一”）且这一行的合计（表三各类申请人之和等于总计，表四各组结果之和等于总计；表二没有合计）以它成立的，修复会改为标准写法；其他汉字数字（“二十”“十二点三五万”）指出是汉字数字，不自动改写（“万”指万元还是别的由作者确定）；同一张表有 3 格以上用全角数字的（整张表在全角输入状态下录入），合为一条警告，修复把这些格都改为半角数字；同一张表有 3 格以上在数字后写了单位的（“40件”），同样合为一条。件数写成小数部分为 0 的（“1520.0”“1,520.00”，电子表格的数字格式），修复改为整数（1520），改正前按整数计入合计，同一张表有 3 格以上的同样合为一条；件数格中写了“万”（“12.5万”即 125000）、金额单位或百分号的，指出是单位的问题而不是小数，不自动改写（“万”多为约数，确切的件数由作者填写）。用文字或记号表示没有的（“无”“没有”“暂无”“—”“-”“/”）是错误，改正前此格不计入合计，修复改为 0；同一张表有 3 格以上的，同样合为一条（镇街、部门的表格常整张这样填写）。单独的“一”也是数字“1”，只在同一张表有 3 格以上、又没有其他汉字数字时按代替横线的记号处理，否则指出是汉字数字，不自动改写。不该有符号的地方写了正号（+21）、符号与数字之间有空格（－ 1）、正负号是全角而数字是半角（－3、＋3）、数字以 0 开头（021）或数字中夹有看不见的字符（从网页复制带入的零宽空格、软连字符等，消息中显示为 [U+200B]）的，按读出的数（21）计算，给出警告，修复改为标准写法。数字后的注释标记（24①、24¹）按 24 计算并给出警告，不自动删除（注释由作者移到表外）。2019 年格式“本年增/减”列中用文字写的增减（减3、增加5、新增2）按带符号的数计算，给出警告，修复改为 -3、5。把字母当数字打（单独的 O、l，或夹在数字中的 1O5、2l、3B0）时，消息指出是哪个字母、像哪个数字（O→0，l/I→1，Z→2，S→5，B→8）以及改后的数，不自动改写（由作者对照原表确认）。整数部分超过 15 位的数（9007199254740993，多为误贴的证件号等编号）不可能是件数或金额，超出了能精确计算的范围，报告为错误，不计入任何合计（以免按舍入后的数报告并不存在的差额）。金额前写了货币符号的（“￥12.5”“¥12.5”“RMB 12.5”“人民币12.5”）报告为错误，改正前此格不计入合计，修复只留数字。带删除线的数（~~21~~、<del>21</del>）是被删去的数，报告为错误，不计入合计，同一行其他格仍按各自的列读取。旁边写有现在的数的（~~22~~ 21），按现在的数读取，报告为错误，修复删去旧数，改正前此格不计入合计。数字中间夹有 HTML 注释的（1<!-- 待核 -->520，渲染时显示为 1520）报告为错误，改正前此格不计入合计，修复把注释原样移到数字之后（1520<!-- 待核 -->）。数字中间夹有空格的（1 520）报告为错误，不换行空格或窄空格（从网页或 Word 复制时带入，看起来像普通空格）消息中按码位显示（1[U+00A0]520），改正前此格不计入合计；空格分出三位一组的，修复去掉空格（1520），否则可能是两个数连在一起，不自动改写。半角逗号按三位分组的（1,520、12,305）是千位分隔符，按 1520 计算，不报告；数字之间的全角逗号（1，520）在中文表格里也可能是两个数连在一起，按 1520 计算并给出警告，不自动改写（由作者对照原表确认）。', 'Counts are non-negative integers; only the 2019 本年增/减 may be negative and only amount columns may have decimals. An amount column without a unit in its header (2019 采购总金额) may carry 元/万元 in the cell; where the header names its unit (本年收费金额（单位：万元）), another unit in the cell (961716000元) is an error for a person to rewrite in the header\'s unit, not converted automatically; the header\'s own unit repeated in the cell (12.5万元, or 12.5万 for short) is a warning whose fix leaves the number. Where the intended number is unambiguous (full-width digits, 零/〇 alone, a count followed by 件/个 with or without a space, and one numeral alone (六, 十; not 一, which often stands for a dash) where the row\'s own sum holds with it: 表三\'s applicants to its 总计, 表四\'s group results to their 总计; 表二 has none), the fix normalises it; other Chinese numerals (二十, 十二点三五万) are said to be Chinese numerals and not rewritten (what 万 stands for is the author\'s); three cells or more of one table in full-width digits (a table typed in the full-width input mode) are one warning whose fix rewrites them all in ASCII digits, and three or more with a unit after the number (40件) one error. A count written with a zero fraction (1520.0, 1,520.00: a spreadsheet\'s number format) is fixed to the whole number (1520) and counted as it in the sums meanwhile, three or more in one table as one error; 万 in a count cell (12.5万 is 125000), a money unit or a percent sign there is said to be a unit, not a decimal, and not rewritten (a figure in 万 is usually rounded: the exact count is the author\'s). A word or mark for none (无, 没有, 暂无, —, -, /) is an error, the cell left out of the sums until fixed to 0; three or more in one table are one error too (a township or department table is often filled so throughout). 一 alone is the numeral 1 as well: it is taken for a dash only when a table has three or more of it and no other Chinese numeral, else it is said to be a Chinese numeral and not rewritten. A number written with a plus sign where no sign belongs (+21), with a space after its sign (－ 1), with a full-width sign before ASCII digits (－3, ＋3), with a leading zero (021) or with an invisible character inside (a zero-width space or soft hyphen pasted from a web page, shown as [U+200B]) is counted as the number it reads as (21) and is a warning whose fix writes it plainly. A footnote marker after a number (24①, 24¹) is counted as 24 and is a warning without a fix (the author moves the note out of the table). The 2019 本年增/减 written in words (减3, 增加5, 新增2) is counted as the signed number and is a warning fixed to -3, 5. Letters typed for digits (O or l alone, or inside a number: 1O5, 2l, 3B0) are named with the digit each looks like (O→0, l/I→1, Z→2, S→5, B→8) and the number that makes, not rewritten automatically (the author checks the original table). A number of more than 15 digits before its point (9007199254740993, usually a pasted ID or other code) cannot be a count or an amount and is past what can be computed exactly: an error, and the cell is left out of every sum (which would otherwise report differences, with rounded numbers, that the text does not hold). An amount written with a currency before it (￥12.5, ¥12.5, RMB 12.5, 人民币12.5) is an error whose fix leaves the number, the cell left out of the sums until then. A number struck through (~~21~~, <del>21</del>) is a deleted value: an error, left out of the sums, the other cells of the row still read in their columns. One beside the current number (~~22~~ 21) reads as the current one: an error whose fix takes the deleted number out, the cell left out of the sums until then. An HTML comment inside a number (1<!-- 待核 -->520, shown as 1520) is an error, the cell left out of the sums until fixed; the fix moves the comment, as written, after the number (1520<!-- 待核 -->). A space between the digits of a number (1 520) is an error, a no-break or thin space (copied from a web page or Word; it looks like a plain space) shown by its code point (1[U+00A0]520), the cell left out of the sums until fixed; between groups of three digits the fix takes the space out (1520), otherwise (maybe two numbers run together) there is no fix. ASCII commas grouping three digits (1,520, 12,305) are thousands separators: counted as 1520, not reported; a full-width comma between digits (1，520), in a Chinese table as likely two numbers run together, is counted as 1520 and is a warning without a fix (the author checks the original table).'),
    example: { bad: '| 规章 | 无 | 0 | 0 |', note: bi('“无”应填 0', '“无” should be 0') },
  },
  check(ctx) {
    for (const t of Object.values(ctx.report.tables)) {
      if (!t) continue;
      // Cells in full-width digits (a table typed in the full-width mode): said one by one when few, else once.
      const wide: WideCell[] = [];
      // Counts written with their unit (`40件`): one by one when few, else once (a habit of the whole table).
      const units: WideCell[] = [];
      // Cells that say there was none in a word or a mark (`无`, `—`, `/`): the same.
      const nones: WideCell[] = [];
      // Whole counts written with a zero fraction (`1520.0`: a spreadsheet's or pandas' number format, often the whole
      // table): the same.
      const zeros: WideCell[] = [];
      // Three cells or more of `一` alone in a table that writes no other numeral (零 and 〇 included) stand for dashes:
      // marks for none (brk98 #5: 144 findings, one a cell, for a table of them); else each is said as a numeral.
      let yis = 0, numerals = 0;
      for (const r of t.rows) {
        for (const c of r.cells) {
          if (!c || c.raw === '' || c.invalid !== 'numeral' || tabJoinedFields(c, r)) continue;
          if (c.raw.trim() === '一') yis++;
          else numerals++;
        }
      }
      const yiForNone = yis >= FULL_WIDTH_GROUP && numerals === 0;
      for (const r of t.rows) {
        for (let k = 0; k < r.cells.length; k++) {
          const c = r.cells[k];
          // A row's numbers pasted into one cell with tabs (or spaces) between them: cell-tab-joined says so for the table.
          if (!c || c.raw === '' || tabJoinedFields(c, r)) continue;
          const clash = !c.invalid && c.unit && c.value !== null ? headerUnitClash(ctx, t, r, k, c.unit) : null;
          if (clash) {
            // 961716000元 under （单位：万元）: the number may be meant in either unit; a person has to decide.
            const inHeader = c.value! * (UNIT_FACTOR[c.unit!] ?? 1) / (UNIT_FACTOR[clash] ?? 1);
            ctx.add({
              message: bi(
                `${t.name}“${r.label}”中的“${c.raw}”单位是“${c.unit}”，而表头的单位是“${clash}”：请按表头单位只填数字（${c.raw}即 ${plainNumber(inHeader)}${clash}），未自动换算。`,
                `“${c.raw}” in ${t.name} row “${r.label}” is in ${c.unit}, but the column header's unit is ${clash}: write the number alone in the header's unit (${c.raw} is ${plainNumber(inHeader)} ${clash}); not converted automatically.`),
              range: c.range,
              data: { table: t.id, row: r.id },
            });
            continue;
          }
          if (!c.invalid && c.form && c.value !== null) {
            // Sums already read the number as the fix writes it; the warning says the cell is written oddly.
            const plain = plainNumber(c.value) + (c.unit ?? '');
            // Invisible characters are named by their code points (the quoted cell would look like the number).
            const shown = showInvisible(c.raw);
            // A footnote marker points at a note the author wrote: moving it out of the table is theirs to do (no fix).
            const footnote = c.form === 'footnote';
            // `1，520`: a thousands separator typed in the full-width mode, or two numbers run together (1 and 520) that
            // only the original table tells apart: said, no fix (brk120 #5).
            const comma = c.form === 'wide-comma';
            ctx.add({
              message: comma
                ? bi(`${t.name}“${r.label}”中的“${shown}”${FORM['wide-comma'].zh}：按千位分隔符读作 ${plain}，但也可能是两个数连在一起。请对照原表核对，是 ${plain} 的写作“${plain}”。`,
                  `“${shown}” in ${t.name} row “${r.label}” ${FORM['wide-comma'].en}: it is read as ${plain} (a thousands separator), but it may be two numbers run together. Check it against the original table; if it is ${plain}, write “${plain}”.`)
                : footnote
                ? bi(`${t.name}“${r.label}”中的“${shown}”${FORM.footnote.zh}，按 ${plain} 计算；表中只填数字，请把注释移到表外。`,
                  `“${shown}” in ${t.name} row “${r.label}” ${FORM.footnote.en}; it is counted as ${plain}: value cells take the number alone, move the note out of the table.`)
                : bi(`${t.name}“${r.label}”中的“${shown}”${FORM[c.form].zh}，按 ${plain} 计算；请写作“${plain}”。`,
                  `“${shown}” in ${t.name} row “${r.label}” ${FORM[c.form].en}; it is counted as ${plain}: write “${plain}”.`),
              range: c.range,
              severity: 'warning',
              // (In a table aligned with spaces the number keeps the cell's width: the columns after it stay put.)
              fix: footnote || comma ? undefined : { title: bi(`改为“${plain}”`, `Change to “${plain}”`), edits: [inColumn(ctx, t, c, plain)] },
              data: { table: t.id, row: r.id },
            });
            continue;
          }
          const said = !c.invalid && c.unit && c.value !== null ? headerUnit(ctx, t, r, k, c.unit) : null;
          if (said && c.value !== null && UNIT_FACTOR[said] === UNIT_FACTOR[c.unit!]) {
            // The header names the unit already (`本年收费金额（单位：万元）` over `12.5万元`): the number alone.
            const plain = plainNumber(c.value);
            ctx.add({
              message: bi(`${t.name}“${r.label}”中的“${c.raw}”带有单位“${c.unit}”，表头已写明单位：请只填数字“${plain}”。`, `“${c.raw}” in ${t.name} row “${r.label}” carries the unit ${c.unit}, which the column header states: write the number alone, “${plain}”.`),
              range: c.range,
              severity: 'warning',
              fix: { title: bi(`改为“${plain}”`, `Change to “${plain}”`), edits: [inColumn(ctx, t, c, plain)] },
              data: { table: t.id, row: r.id },
            });
            continue;
          }
          const split = c.invalid === 'word' ? commentInNumber(c.raw) : null;
          if (split) {
            // `1<!-- 注 -->0`: shown as 10, but the comment parts the digits for anyone who reads the text (brk92 #10).
            ctx.add({
              message: bi(
                `${t.name}“${r.label}”中的“${c.raw}”数字中间夹有 HTML 注释：渲染时显示为 ${split.number}，但此格不计入合计。请把注释移到数字之后，写作“${split.text}”（修复会这样改写）。`,
                `“${c.raw}” in ${t.name} row “${r.label}” has an HTML comment inside its number: it shows as ${split.number}, but the cell is left out of the sums. Move the comment after the number, “${split.text}” (the fix does this).`),
              range: c.range,
              fix: { title: bi(`改为“${split.text}”`, `Change to “${split.text}”`), edits: [inColumn(ctx, t, c, split.text)] },
              data: { table: t.id, row: r.id },
            });
            continue;
          }
          const spaced = c.invalid === 'word' ? spaceInNumber(c.raw) : null;
          if (spaced) {
            // `1\u00a0520`: a no-break or thin space between the digits looks like a plain space in the message; it is
            // named by its code point (brk127 #8). Between groups of three digits it is a thousands separator as some
            // typesetting writes one: the fix joins the digits (the cell is left out of the sums until then).
            const shown = showSpaces(c.raw.trim());
            ctx.add({
              message: spaced.grouped
                ? spaced.plain
                  ? bi(
                    `${t.name}“${r.label}”中的“${shown}”数字中间夹有空格（按三位分组的千位分隔）：请只写数字“${spaced.digits}”（修复会这样改写），此格改正前不计入合计。`,
                    `“${shown}” in ${t.name} row “${r.label}” has a space between its digits (a thousands separator): write the number alone, “${spaced.digits}” (the fix does this); the cell is left out of the sums until then.`)
                  : bi(
                    `${t.name}“${r.label}”中的“${shown}”数字中间夹有${spaced.names.zh}（多为从网页或 Word 复制时带入的千位分隔，看起来像普通空格）：请只写数字“${spaced.digits}”（修复会这样改写），此格改正前不计入合计。`,
                    `“${shown}” in ${t.name} row “${r.label}” has ${spaced.names.en} between its digits (a thousands separator, usually copied from a web page or Word): write the number alone, “${spaced.digits}” (the fix does this); the cell is left out of the sums until then.`)
                : bi(
                  `${t.name}“${r.label}”中的“${shown}”数字中间夹有${spaced.names.zh}，不是数字：请只填一个数（可能是两个数连在一起），此格改正前不计入合计。`,
                  `“${shown}” in ${t.name} row “${r.label}” has ${spaced.names.en} between its digits and is not a number: write one number (it may be two run together); the cell is left out of the sums until then.`),
              range: c.range,
              fix: spaced.grouped ? { title: bi(`改为“${spaced.digits}”`, `Change to “${spaced.digits}”`), edits: [inColumn(ctx, t, c, spaced.digits)] } : undefined,
              data: { table: t.id, row: r.id },
            });
            continue;
          }
          // `无`, `—`, `/` for none: 0 (one finding for the table when many, brk97 #1: 161 errors for a township's 表三).
          if (c.invalid === 'word' && NONE_MARK.test(c.raw.normalize('NFKC').trim())) {
            nones.push({ cell: c, row: r, fix: '0', edit: inColumn(ctx, t, c, '0') });
            continue;
          }
          if (yiForNone && c.invalid === 'numeral' && c.raw.trim() === '一') {
            nones.push({ cell: c, row: r, fix: '0', edit: inColumn(ctx, t, c, '0') });
            continue;
          }
          const fix = normalised(c) ?? loneNumeral(t, r, k);
          if (!c.invalid && !fix) continue;
          if (!c.invalid && fix) { wide.push({ cell: c, row: r, fix, edit: inColumn(ctx, t, c, fix) }); continue; }
          if (c.invalid === 'unit' && fix) { units.push({ cell: c, row: r, fix, edit: inColumn(ctx, t, c, fix) }); continue; }
          if (c.invalid === 'decimal' && fix) { zeros.push({ cell: c, row: r, fix, edit: inColumn(ctx, t, c, fix) }); continue; }
          const why = c.invalid === 'approximate' ? approximate(c.raw)
            : c.invalid === 'letter' ? letter(c.raw)
            : c.invalid === 'unit' && c.unit && c.value !== null && c.unit in NOT_COUNT_WHY ? NOT_COUNT_WHY[c.unit](c.value)
            : WHY[c.invalid as keyof typeof WHY] ?? WHY.word;
          ctx.add({
            message: bi(`${t.name}“${r.label}”中的“${c.raw}”${why.zh}。`, `“${c.raw}” in ${t.name} row “${r.label}” ${why.en}.`),
            range: c.range,
            fix: fix ? { title: bi(`改为“${fix}”`, `Change to “${fix}”`), edits: [inColumn(ctx, t, c, fix)] } : undefined,
            data: { table: t.id, row: r.id },
          });
        }
      }
      addGrouped(ctx, t, wide, FULL_WIDTH);
      addGrouped(ctx, t, units, WITH_UNIT);
      addGrouped(ctx, t, zeros, ZERO_FRACTIONS);
      nones.sort((a, b) => a.cell.range.start.line - b.cell.range.start.line || a.cell.range.start.character - b.cell.range.start.character);
      addGrouped(ctx, t, nones, NONE_WRITTEN);
    }
  },
};

/** Counts written with their unit (`40件`, `3 个`): errors, the cells left out of the sums until fixed. */
const WITH_UNIT: GroupedWording = {
  one: ({ cell: c, row: r }, t) => bi(`${t.name}“${r.label}”中的“${c.raw}”${WHY.unit.zh}。`, `“${c.raw}” in ${t.name} row “${r.label}” ${WHY.unit.en}.`),
  many: (n, rows, first, t) => bi(
    `${t.name}有 ${n} 格（${rows} 行）在数字后写了单位，如“${first.row.label}”中的“${first.cell.raw}”：数值单元格只填数字，这些格改正前不计入合计。`,
    `${n} cells of ${t.name} (${inRows(rows, first)}) write a unit after the number, such as “${first.cell.raw}”${rows === 1 ? '' : ` in row “${first.row.label}”`}: value cells take the number alone, and these are left out of the sums until fixed.`),
  fixAll: (n, t) => bi(`把${t.name}的 ${n} 格改为只写数字`, `Write the ${n} cells of ${t.name} as numbers alone`),
};

/**
 * Whole counts written with a zero fraction (`1520.0`, `1,520.00`): errors fixed to the whole number (brk142 #6: said
 * to be decimals, with no fix), counted as the whole number in the sums meanwhile (`num`).
 */
const ZERO_FRACTIONS: GroupedWording = {
  one: ({ cell: c, row: r, fix }, t) => bi(
    `${t.name}“${r.label}”中的“${c.raw}”的小数部分为 0，而件数只填整数：请写作“${fix}”（合计按 ${fix} 核对）。`,
    `“${c.raw}” in ${t.name} row “${r.label}” has a zero fraction; a count is written as a whole number: write “${fix}” (the sums are checked with ${fix}).`),
  many: (n, rows, first, t) => bi(
    `${t.name}有 ${n} 格（${rows} 行）的件数带有为 0 的小数部分，如“${first.row.label}”中的“${first.cell.raw}”：件数只填整数（修复去掉这些“.0”；合计按整数核对）。`,
    `${n} cells of ${t.name} (${inRows(rows, first)}) write a count with a zero fraction, such as “${first.cell.raw}”${rows === 1 ? '' : ` in row “${first.row.label}”`}: counts are whole numbers (the fix takes the “.0” out; the sums are checked with the whole numbers).`),
  fixAll: (n, t) => bi(`把${t.name}的 ${n} 格改为整数`, `Write the ${n} cells of ${t.name} as whole numbers`),
};

/**
 * A cell that says there was none instead of 0 (NFKC, trimmed): `无`, `没有`, `暂无`, a slash, a dash or two
 * (`-`, `—`, `——`, `－`), an ellipsis. Not `一`, which is the numeral 1 as well (see `loneNumeral`).
 */
const NONE_MARK = /^(?:无|没有|暂无|[/\\]|-{1,3}|[—–―‒−－]{1,2}|…{1,2}|\.{3})$/;

/** Cells saying there was none in a word or a mark (`无`, `—`, `/`): errors fixed to 0, left out of the sums until then. */
const NONE_WRITTEN: GroupedWording = {
  one: ({ cell: c, row: r }, t) => bi(
    `${t.name}“${r.label}”中的“${c.raw}”不是数字：数值单元格只填数字，没有发生的填 0（修复改为 0），此格改正前不计入合计。`,
    `“${c.raw}” in ${t.name} row “${r.label}” is not a number: value cells take numbers only, 0 where nothing happened (the fix writes 0); the cell is left out of the sums until then.`),
  many: (n, rows, first, t) => bi(
    `${t.name}有 ${n} 格（${rows} 行）写的是“${first.cell.raw.trim()}”这类文字或记号而不是数字，如“${first.row.label}”中的这一格：数值单元格只填数字，没有发生的填 0（修复把这些格都改为 0）；这些格改正前不计入合计。`,
    `${n} cells of ${t.name} (${inRows(rows, first)}) hold a word or mark such as “${first.cell.raw.trim()}” instead of a number${rows === 1 ? '' : `, such as in row “${first.row.label}”`}: value cells take numbers only, 0 where nothing happened (the fix writes 0 in them all); they are left out of the sums until then.`),
  fixAll: (n, t) => bi(`把${t.name}的 ${n} 格改为 0`, `Write 0 in the ${n} cells of ${t.name}`),
};
