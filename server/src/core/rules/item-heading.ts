import type { ItemHeadingIssue, TableModel } from '../types.js';
import type { Template } from '../templates/index.js';
import type { Rule, RuleContext } from './rule.js';
import { bi } from './util.js';

/** An item heading as written, its numeral in group 1 (spaces between its characters, brackets of either width). */
const WRITTEN = /第\s*二\s*十\s*条\s*第\s*[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*项/;

/** The numeral of a template item heading (`六` of `第二十条第（六）项`). */
function numeralOf(heading: string): string {
  return /[（(]([一二三四五六七八九十]+)[）)]/.exec(heading)?.[1] ?? '';
}

/** The report's own items of 表二, as `第二十条第（一）（五）（六）（八）项`. */
function itemsOf(template: Template | null): string {
  const blocks = template?.tables.t2?.blocks ?? [];
  return blocks.length ? `第二十条第${blocks.map((b) => `（${numeralOf(b.heading)}）`).join('')}项` : '';
}

/**
 * A 表二 item heading (`第二十条第（六）项`) that does not say the item of the rows under it (`第二十条第（七）项`, an
 * item the format does not have, over 行政处罚 and 行政强制), or an item's table that has no heading above it while
 * the other items have theirs (brk86 #7). The rows are read by their labels all the same; the heading is the
 * format's, and says which item a reader is looking at.
 */
export const itemHeading: Rule = {
  meta: {
    id: 'item-heading',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('表二某一项的标题（第二十条第（…）项）与其下的行不符，或缺少标题', 'A 表二 item heading (第二十条第（…）项) does not match the rows under it, or is missing'),
    rationale: bi(
      '表二按《条例》第二十条分项列出，各项的标题由格式规定（2021 年格式为第二十条第（一）（五）（六）（八）项，2019 年格式另有第（九）项），每项标题下是该项的表格和行（如第二十条第（六）项下为行政处罚、行政强制）。标题写成了别的项（如 2021 年报告中写成“第二十条第（七）项”，或把另一项的标题重复一次），而其下各行都属于同一项、该项的标题在表中又没有时，修复把标题的序号改为该项的；某项的表格（表头及其各行）紧接在上一项的行之后（或位于表二开头，其上没有别的项）、上面没有项标题，而其他各项都有标题时，修复在该表格之前插入该项的标题，写法照表中其他项的标题。各行仍按行名读取和核对，不受影响。各项标题都没有、或各项写在一张表里的，不在此提示；行写在别的项下的，由 row-missing 报告。',
      '表二 lists items of 《条例》 article 20, each under the heading the format gives it (in the 2021 format 第二十条第（一）（五）（六）（八）项, in 2019 also （九）), with its table and rows under it (行政处罚 and 行政强制 under 第二十条第（六）项). Where a heading names another item (第二十条第（七）项 in a 2021 report, or another item\'s heading a second time) while every row under it is of one item whose own heading the table lacks, the fix writes that item\'s numeral in the heading; where an item\'s table (its header and rows) follows the rows of the item before (or opens 表二, no other item above it) with no heading above it while the other items have theirs, the fix inserts the item\'s heading before the table, written as the table\'s other item headings are. The rows are read and checked by their labels all the same. A 表二 with no item headings at all, or with its items in one table, is not reported here; a row under another item\'s heading is row-missing\'s.'),
    example: { bad: '第二十条第（七）项\n\n| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政处罚 | 30 |', note: bi('行政处罚属于第二十条第（六）项', '行政处罚 is an item of 第二十条第（六）项') },
  },
  check(ctx) {
    const t = ctx.report.tables.t2;
    if (!t) return;
    for (const h of t.itemHeadings ?? []) (h.kind === 'wrong' ? wrong : missing)(ctx, t, h);
  },
};

/** The rows of an issue, quoted: `“行政处罚”“行政强制”`. */
const quoted = (h: ItemHeadingIssue, sep: string) => h.rows.map((r) => `“${r}”`).join(sep);

function wrong(ctx: RuleContext, t: TableModel, h: ItemHeadingIssue): void {
  const { lines } = ctx.report;
  const text = lines.line(h.line);
  const lead = text.length - text.trimStart().length;
  const range = { start: { line: h.line, character: lead }, end: { line: h.line, character: text.trimEnd().length } };
  const written = WRITTEN.exec(h.raw ?? '')?.[0] ?? h.raw ?? '';
  const numeral = numeralOf(h.block);
  // The heading as written (its brackets, its spaces), with the item's numeral.
  const to = written ? written.replace(/([（(]\s*)[一二三四五六七八九十]+/, `$1${numeral}`) : h.block;
  const said = WRITTEN.exec(written)?.[1] ?? '';
  const ofFormat = (ctx.template?.tables.t2?.blocks ?? []).some((b) => numeralOf(b.heading) === said);
  const why = ofFormat
    ? bi(`与其下的行不符：${quoted(h, '')}属于${h.block}，而表中没有${h.block}的标题`, ` does not match the rows under it: ${quoted(h, ', ')} belong to ${h.block}, whose heading the table lacks`)
    : bi(`不是格式的项（格式为${itemsOf(ctx.template)}）；其下的${quoted(h, '')}属于${h.block}`, ` is no item of the format (${itemsOf(ctx.template)}); the rows under it, ${quoted(h, ', ')}, belong to ${h.block}`);
  ctx.add({
    message: bi(`${t.name}的项标题“${written}”${why.zh}。应为“${to}”。`, `${t.name}'s item heading “${written}”${why.en}. It should be “${to}”.`),
    range,
    fix: h.numeral ? { title: bi(`改为“${to}”`, `Change to “${to}”`), edits: [{ range: h.numeral, newText: numeral }] } : undefined,
    data: { table: t.id, item: h.block },
  });
}

function missing(ctx: RuleContext, t: TableModel, h: ItemHeadingIssue): void {
  const { lines } = ctx.report;
  const eol = lines.dominantEol();
  const text = lines.line(h.line);
  const lead = text.length - text.trimStart().length;
  const range = { start: { line: h.line, character: lead }, end: { line: h.line, character: text.trimEnd().length } };
  // The heading as the table's other items have theirs (`**第二十条第（一）项**`: the same marks), its numeral this item's.
  const model = h.sibling !== undefined ? lines.line(h.sibling) : '';
  const m = WRITTEN.exec(model);
  let heading = '';
  if (m) {
    const at = m.index + m[0].indexOf(m[1], m[0].search(/[（(]/));
    heading = (model.slice(0, at) + numeralOf(h.block) + model.slice(at + m[1].length)).trim();
  }
  // An empty line stays between the heading and the table where one stands above the table.
  const spaced = h.line > 0 && lines.line(h.line - 1).trim() === '';
  // Where the table stands: after the rows of the item before, or (no item's rows above it) at the start of 表二.
  const where = h.first
    ? bi(`位于${t.name}开头，上面没有项标题`, `opens ${t.name} with no item heading above it`)
    : bi('紧接在上一项之后，上面没有项标题', 'follows the item before with no item heading above it');
  ctx.add({
    message: bi(
      `${t.name}缺少${h.block}的标题：${quoted(h, '')}所在的表格（第 ${h.line + 1} 行起）${where.zh}。应在第 ${h.line + 1} 行之前写上“${heading || h.block}”。`,
      `${t.name} lacks the heading of ${h.block}: the table of ${quoted(h, ', ')} (from line ${h.line + 1}) ${where.en}. Write “${heading || h.block}” before line ${h.line + 1}.`),
    range,
    fix: heading
      ? { title: bi(`插入“${heading}”`, `Insert “${heading}”`), edits: [{ range: { start: { line: h.line, character: 0 }, end: { line: h.line, character: 0 } }, newText: heading + eol + (spaced ? eol : '') }] }
      : undefined,
    data: { table: t.id, item: h.block },
    absent: true,
  });
}
