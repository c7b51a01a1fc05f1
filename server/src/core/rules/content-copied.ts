import type { Rule } from './rule.js';
import type { Report } from '../model/build.js';
import type { Bilingual, Heading, TableId, TableModel } from '../types.js';
import { templateOf } from '../templates/index.js';
import { proseOf } from '../prose/text.js';
import { signatureLines } from './sections.js';
import { bi, num, rowById } from './util.js';

/**
 * templates.md §7 item 3, an official typical error: a report copied from last year's, 30号 (四) "内容雷同、敷衍塞责"
 * (东莞市统计局's 2010 report, identical to 2008's but for the year). With last year's report of the same agency, the
 * rule says when this year's is the same: the prose of the parts that are written, not filled in (2019/2021: 一、五、六;
 * pre-2019: every part, the format having no tables), mostly the same sentence for sentence once the years are set
 * aside; or every figure of 表二、三、四 the same, with enough figures that are not 0 for a repeat to be implausible.
 * A small body with no applications has all-zero 表三/表四 two years running and the same 现行有效 件数 (stock, not
 * flows): neither counts as evidence. Numbers in the prose are kept: a sentence whose figures were updated differs.
 */
export const contentCopied: Rule = {
  meta: {
    id: 'content-copied',
    category: 'years',
    defaultSeverity: 'warning',
    fixable: false,
    readsProse: true,
    usesLastYear: 'only',
    lastYearAnyFormat: true,
    description: bi('与上一年度报告内容雷同：文字或表格数字与上年相同（照抄上年报告）', 'The report is the same as last year\'s: its text or every table figure repeats last year\'s (copied)'),
    rationale: bi(
      '国办公开办函〔2021〕30号“（四）明确责任”把年度报告“内容雷同、敷衍塞责”与不按时发布、内容不准确不全面并列为要追究责任的问题；曾有统计局的年度报告除年份外与两年前的报告完全相同。本规则把报告与同一机关上一年度的报告比较（命令行 --previous，或在同一文件夹、上一年份的文件夹中找到的报告）：第一、五、六部分（2019 年以前的格式为各部分）的文字在不计年份的情况下逐句相同的占绝大部分（至少 150 字、80%，带数字的句子也至少 80% 与上年相同：只是沿用了上年的句子、数字已更新的不算），或者表二、表三、表四的数字逐项相同且其中不为 0 的数字足够多（至少 6 个，不计各总计和现行有效件数等存量）。没有收到申请的机关两年的表三、表四都是 0，现行有效件数也可以不变，这些不算雷同。请按本年度的实际工作重写文字，并按本年度的统计数据填写表格。不提供修复。',
      '国办公开办函〔2021〕30号, “(四) 明确责任”, names reports whose “内容雷同、敷衍塞责” (content the same as before, perfunctory) next to late and inaccurate ones as problems to hold people responsible for; a statistics bureau once published a report identical to the one of two years before but for the year. The rule compares the report with last year\'s report of the same agency (--previous, or the one found in the same folder or the folder of the year before): most of the text of parts 一, 五 and 六 (every part in the pre-2019 format) the same sentence for sentence once the years are set aside (at least 150 characters and 80%, and 80% of the sentences with figures in them too: sentences kept with their figures updated are not a copy), or every figure of 表二, 表三 and 表四 the same with enough of them not 0 (at least 6, not counting the totals and stocks such as 现行有效件数). A body with no applications has all-zero 表三 and 表四 two years running, and its 现行有效 count may not change: that is not copying. Rewrite the text from this year\'s work and fill the tables with this year\'s figures. No fix.'),
    example: {
      bad: '2023年：一、总体情况 2023年，某某局认真贯彻落实《条例》…全年主动公开政府信息312条…\n2024年：一、总体情况 2024年，某某局认真贯彻落实《条例》…全年主动公开政府信息312条…（表二、表三、表四的数字也与2023年相同）',
      note: bi('除年份外文字和表格数字都与上一年度的报告相同', 'the text and every table figure are last year\'s but for the year'),
    },
  },
  check(ctx) {
    const { report, previous } = ctx;
    const c = previous ? copiedFrom(report, previous) : null;
    if (!c) return;
    const lastYear = previous!.year ?? (report.year !== null ? report.year - 1 : null);
    const ly = bi(lastYear ? `上一年度（${lastYear}年）报告` : '上一年度报告', lastYear ? `last year's (${lastYear}) report` : 'last year\'s report');
    const parts: Bilingual[] = [];
    if (c.tables.length) {
      const names = c.tables.map((t) => t.name).join('、');
      const cells = c.tables.reduce((n, t) => n + t.compared, 0), nonZero = c.tables.reduce((n, t) => n + t.nonZero, 0);
      parts.push(c.tablesCopied || !c.tablesDiffer.length
        ? bi(`${names}的 ${cells} 个数字逐项相同（其中 ${nonZero} 个不为 0）`, `every one of the ${cells} figures of ${c.tables.map((t) => t.name).join(', ')} is the same (${nonZero} of them not 0)`)
        : bi(`${names}的数字逐项相同`, `the figures of ${c.tables.map((t) => t.name).join(', ')} are the same`));
    }
    if (c.prose.total > 0 && c.prose.same * 2 >= c.prose.total) {
      const pct = Math.floor((100 * c.prose.same) / c.prose.total);
      const where = c.prose.sections.join('、');
      parts.push(bi(
        `第${where}部分的文字有 ${pct}%（${c.prose.same}/${c.prose.total} 字）除年份外逐句相同`,
        `${pct}% of the text of ${c.prose.sections.length > 1 ? 'parts' : 'part'} ${c.prose.sections.join(', ')} (${c.prose.same} of ${c.prose.total} characters) is the same sentence for sentence but for the years`));
    }
    ctx.add({
      message: bi(
        `本报告与${ly.zh}内容雷同：${parts.map((p) => p.zh).join('；')}。照抄上年报告是国办公开办函〔2021〕30号点名的“内容雷同、敷衍塞责”。请按本年度的实际工作重写文字，并按本年度的统计数据填写表格；如确与上年相同，请核对后在正文中说明。`,
        `This report repeats ${ly.en}: ${parts.map((p) => p.en).join('; ')}. A report copied from last year's is what 国办公开办函〔2021〕30号 calls “内容雷同、敷衍塞责” (the same content, done perfunctorily). Rewrite the text from this year's work and fill the tables with this year's figures; if they really are the same, check them and say so in the text.`),
      range: report.title?.range ?? c.at,
      ...(previous!.title ? { related: [{ range: previous!.title.range, message: bi(`${ly.zh}的标题`, `the title of ${ly.en}`), report: 'previous' as const }] } : {}),
      data: { tables: c.tables.map((t) => t.id), proseSame: c.prose.same, proseTotal: c.prose.total },
    });
  },
};

/** One table whose figures are the same in both reports: how many were compared and how many of them are not 0 (evidence). */
interface SameTable { id: TableId; name: string; compared: number; nonZero: number }

/** What `copiedFrom` found. */
interface Copied {
  /** The tables read in both reports whose figures are all the same. */
  tables: SameTable[];
  /** The tables read in both reports with a figure that differs. */
  tablesDiffer: TableId[];
  /** Whether every table read in both is the same, with enough figures not 0 (`MIN_NON_ZERO`). */
  tablesCopied: boolean;
  /** This year's prose of the written parts, against last year's (`proseCompared`). */
  prose: ProseCompared;
  /** Where to show the finding when the report has no title: its first line. */
  at: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/**
 * This year's prose of the written parts against last year's: its characters (`total`) and those of its sentences that
 * last year's prose has too (`same`); the same of the sentences with a figure in them (not a year: `figures…`); the
 * parts mostly repeated (their ordinals, `一`).
 */
interface ProseCompared { same: number; total: number; figuresSame: number; figuresTotal: number; sections: string[] }

/** The least number of figures not 0 (totals and stocks aside) that, all repeated, make a table copy. */
const MIN_NON_ZERO = 6;
/** The least prose (characters, sentences of `MIN_SENTENCE` at least) and share of it repeated that make a copy. */
const MIN_PROSE = 150;
const PROSE_SHARE = 0.8;
/** Sentences shorter than this (`无`, `本年度无`) are left out: too common to say anything. */
const MIN_SENTENCE = 6;

/**
 * Whether `report` repeats last year's report `previous` (see the rule): null when it does not, or when the two are
 * not of consecutive years (the same year: the same report given twice, or a revision) or not of one format.
 */
export function copiedFrom(report: Report, previous: Report): Copied | null {
  const e = copyEvidence(report, previous);
  if (!e) return null;
  const tablesCopied = e.tables.length >= 2 && !e.tablesDiffer.length && e.tables.reduce((n, t) => n + t.nonZero, 0) >= MIN_NON_ZERO;
  // Sentences kept from year to year (`严格落实公开前保密审查…`) are common: the prose is a copy when its figures are last
  // year's too (a report whose sentences were kept but whose figures were updated is not).
  const { same, total, figuresSame, figuresTotal } = e.prose;
  const proseCopied = total >= MIN_PROSE && same >= PROSE_SHARE * total && figuresSame >= PROSE_SHARE * figuresTotal;
  if (!tablesCopied && !proseCopied) return null;
  return { ...e, tablesCopied, at: { start: { line: 0, character: 0 }, end: { line: 0, character: report.lines.line(0).length } } };
}

/**
 * What `report` has of last year's report `previous`, whether or not it makes a copy (`copiedFrom`): the tables whose
 * figures are all the same and those with one that differs, this year's prose of the written parts and how much of
 * it repeats. Null when the two are not of consecutive years (the same year: the same report given twice, or a
 * revision).
 */
export function copyEvidence(report: Report, previous: Report): Omit<Copied, 'tablesCopied' | 'at'> | null {
  if (!report.isReport || !previous.isReport) return null;
  if (report.year === null || previous.year === null || previous.year !== report.year - 1) return null;
  if (report.text === previous.text) return null;
  const tables: SameTable[] = [], tablesDiffer: TableId[] = [];
  if (report.format !== 'unknown' && report.format === previous.format) {
    for (const id of ['t2', 't3', 't4'] as const) {
      const a = report.tables[id], b = previous.tables[id];
      if (!a || !b || a.broken || b.broken) continue;
      const cmp = compareTable(report, id, a, b);
      if (cmp.compared === 0) continue;
      if (cmp.differ) tablesDiffer.push(id);
      else tables.push({ id, name: a.name, compared: cmp.compared, nonZero: cmp.nonZero });
    }
  }
  return { tables, tablesDiffer, prose: proseCompared(report, previous) };
}

/**
 * The figures of one table in both reports, cell by cell where both are read: how many, whether one differs, and how
 * many of the same ones are not 0 and are neither a total (T3-B's （七）总计, T3-C's 总计 column, T4-A's 总计 of each
 * group) nor a stock (表二's 现行有效件数, 2019's 对外公开总数量 and 上一年项目数量), which stay the same legitimately.
 */
function compareTable(report: Report, id: TableId, a: TableModel, b: TableModel): { compared: number; differ: boolean; nonZero: number } {
  const tpl = templateOf(report.format as 'pre2019' | '2019' | '2021');
  let compared = 0, nonZero = 0, differ = false;
  const totalRows = new Set<string>(), totalCols = new Set<number>();
  for (const i of tpl.identities) {
    if (i.table === 't3' && 'total' in i && i.per === 'column') totalRows.add(i.total as string);
    if (i.table === 't3' && 'total' in i && i.per === 'row') totalCols.add(tpl.tables.t3!.columns.findIndex((c) => c.id === i.total));
  }
  const t4Total = tpl.identities.find((i) => i.table === 't4' && 'total' in i)?.total as number | undefined;
  for (const row of a.rows) {
    const other = rowById(b, row.id);
    if (!other) continue;
    let stock: (k: number) => boolean = () => false;
    if (id === 't2') {
      const block = tpl.tables.t2?.blocks.find((bl) => bl.rows.some((r) => r.id === row.id));
      stock = (k) => /现行有效|总数量|上一年项目数量/.test(block?.columns[k]?.label ?? '');
    } else if (id === 't3') {
      stock = (k) => totalRows.has(row.id) || totalCols.has(k);
    } else if (id === 't4' && t4Total !== undefined) {
      const leaves = tpl.tables.t4?.leaves.length ?? 5;
      stock = (k) => k % leaves === t4Total;
    }
    row.cells.forEach((c, k) => {
      const x = num(c), y = num(other.cells[k]);
      if (x === null || y === null) return;
      compared++;
      if (x !== y) differ = true;
      else if (x !== 0 && !stock(k)) nonZero++;
    });
  }
  return { compared, differ, nonZero };
}

/** A year in the prose (`2024年`, `二〇二四年`), set aside when sentences are compared. */
const YEAR = /(?:19|20)\d{2}(?=年)|[〇零○一二三四五六七八九]{4}(?=年)/g;
/** A sentence of the prose: up to its end (`。`, `；`, …). */
const SENTENCE = /[^。；;！!？?\n]+/g;

/**
 * This year's prose of the written parts (those of the template that hold no table: 一、五、六 of 2019/2021, every
 * part before 2019) against last year's: its sentences (years set aside; the signature and annexes left out), how
 * many characters they have, and how many of them are in sentences that last year's prose has too.
 */
function proseCompared(report: Report, previous: Report): ProseCompared {
  const mine = writtenSentences(report), theirs = new Set(writtenSentences(previous).map((s) => s.text));
  let same = 0, total = 0, figuresSame = 0, figuresTotal = 0;
  const sections = new Map<string, { same: number; total: number }>();
  for (const s of mine) {
    total += s.text.length;
    const per = sections.get(s.section) ?? { same: 0, total: 0 };
    per.total += s.text.length;
    const repeated = theirs.has(s.text);
    if (repeated) { same += s.text.length; per.same += s.text.length; }
    if (/\d/.test(s.text)) { figuresTotal += s.text.length; if (repeated) figuresSame += s.text.length; }
    sections.set(s.section, per);
  }
  // The parts named: those mostly repeated.
  return { same, total, figuresSame, figuresTotal, sections: [...sections].filter(([, v]) => v.same * 2 >= v.total && v.same > 0).map(([k]) => k) };
}

/** `writtenSentences` per report model: last year's report is read once, not at every check of this year's. */
const sentencesMemo = new WeakMap<Report, { text: string; section: string }[]>();

/** The sentences of a report's written parts (see `proseCompared`), with the ordinal of the part each is in (`一`). */
function writtenSentences(report: Report): { text: string; section: string }[] {
  let out = sentencesMemo.get(report);
  if (!out) sentencesMemo.set(report, out = readSentences(report));
  return out;
}

/**
 * How the message names a part: by the numeral the report writes before its heading (`五、依申请公开政府信息情况` of a
 * pre-2019 report with parts of its own before it is its part 五, not the template's 三), else (a heading numbered in
 * another style, `1、`, `（一）`, or not at all) by the template's (`templateTitle`, `三、…`).
 */
function partName(heading: Heading, templateTitle: string): string {
  const written = heading.ordinal.replace(/[、，,.．\s]+$/u, '');
  if (heading.ordinalStyle === 'cn' && (heading.writtenStyle === undefined || heading.writtenStyle === 'spaced') && /^[一二三四五六七八九十]+$/.test(written)) return written;
  return templateTitle.replace(/、.*$/, '');
}

function readSentences(report: Report): { text: string; section: string }[] {
  if (report.format === 'unknown') return [];
  const tpl = templateOf(report.format);
  const tableSections = new Set(Object.values(tpl.tables).map((t) => t?.section));
  const sections = report.sections.filter((s) => {
    const k = s.heading.canonical;
    return k !== undefined && k >= 0 && tpl.sections[k] && !tableSections.has(tpl.sections[k]!.id);
  });
  if (!sections.length) return [];
  const skip = new Set(signatureLines(report));
  const end = report.extras.annexStart ?? Infinity;
  const headings = new Map(report.headings.map((h) => [h.line, h]));
  const prose = proseOf(report);
  const out: { text: string; section: string }[] = [];
  prose.paragraphs.forEach((p, i) => {
    const first = prose.firstLines[i]!;
    if (first >= end) return;
    const s = sections.find((x) => x.startLine <= first && first < x.endLine);
    if (!s) return;
    const ordinal = partName(s.heading, tpl.sections[s.heading.canonical!]!.title);
    for (const m of p.text.matchAll(SENTENCE)) {
      const from = prose.position(prose.offsets[i]! + m.index), to = prose.position(prose.offsets[i]! + m.index + m[0].length - 1);
      // Not the signature (`某某局2025年1月20日`, run on after the last sentence), nor a heading's own title (`（一）主动公开`).
      if (skip.has(from.line) || skip.has(to.line) || from.line >= end) continue;
      const h = headings.get(from.line);
      if (h && (to.line < h.titleRange.end.line || (to.line === h.titleRange.end.line && to.character < h.titleRange.end.character))) continue;
      const text = m[0].replace(YEAR, '〇');
      if (text.length >= MIN_SENTENCE) out.push({ text, section: ordinal });
    }
  });
  return out;
}
