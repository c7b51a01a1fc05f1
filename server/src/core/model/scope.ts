import type { Bilingual } from '../types.js';
import type { LineIndex } from '../text/lines.js';

/**
 * Annual reports of other disclosure regimes, which look like a 政府信息公开工作年度报告 (信息公开 in the title, 一、二、…
 * sections, a 统计时间) but follow other rules and no national format: a university's report under 《高等学校信息公开办法》
 * (by 学年, 9月1日 to 8月31日), a hospital's under 《医疗卫生机构信息公开管理办法》, an enterprise's, a public institution's
 * under 《公共企事业单位信息公开规定制定办法》, an enterprise's 环境信息 disclosure. Tested in order; `title` on the title (学年 only: government reports are by
 * calendar year), `intro` on the introduction (the regulation it reports under).
 */
const REGIMES: { name: Bilingual; title?: RegExp; intro?: RegExp }[] = [
  { name: { zh: '高等学校信息公开年度报告', en: 'a university’s 高等学校信息公开 annual report' }, title: /学年/, intro: /高等学校信息公开(?:办法|事项清单)/ },
  { name: { zh: '医疗卫生机构信息公开年度报告', en: 'a health institution’s 医疗卫生机构信息公开 annual report' }, intro: /医疗卫生机构信息公开/ },
  { name: { zh: '企业信息公开年度报告', en: 'an enterprise’s 企业信息公开 annual report' }, intro: /企业信息公示暂行条例|国有企业信息公开/ },
  { name: { zh: '公共企事业单位信息公开年度报告', en: 'a public institution’s 公共企事业单位信息公开 annual report' }, intro: /公共企事业单位信息公开/ },
  // An enterprise's environmental disclosure (《企业环境信息依法披露管理办法》; helper-222 #10).
  { name: { zh: '企业环境信息公开（披露）报告', en: 'an enterprise’s 环境信息 disclosure report' }, title: /环境信息(?:依法)?(?:公开|披露)/, intro: /环境信息(?:依法)?披露管理办法|企业环境信息/ },
];

/**
 * Which other regime's annual report a text is (see `REGIMES`), or null when it may be a 政府信息公开工作年度报告.
 * Conservative: only a text whose title names 信息公开 but not 政府信息公开/政务公开, and whose title (学年) or
 * introduction names the regime, an introduction that also cites the 条例 or its format counting as a government
 * body's. A government agency's report that mentions 学校 or 学年 in its body, or whose title says 政府信息公开, is
 * never one; an introduction citing the 条例's 第五十五条 (the article that sends 公共企事业单位 to their sector's rules)
 * does not count as a government body's.
 * @param title the report's title line (`ReportModel.title`), or null when none was found.
 * @param introEnd 0-based line where the introduction ends (the first section heading), or -1 for none: the
 *   introduction is read up to it, at most 40 lines.
 */
export function otherRegime(lines: LineIndex, title: string | null, introEnd: number): Bilingual | null {
  if (!title || !/信息公开|信息(?:依法)?披露/.test(title) || /政府信息公开|政务公开|政府信息/.test(title)) return null;
  const end = Math.min(lines.lineCount, introEnd >= 0 ? introEnd : 40, 40);
  let intro = '';
  for (let i = 0; i < end; i++) intro += lines.line(i);
  // An introduction that reports under the 条例 or its format (国办公开办函) is a government body's, whatever else it
  // names; but not one citing its 第五十五条 (公共企事业单位 disclose under their sector's rules, by that article).
  const government = /政府信息公开条例|国办公开办函/.test(intro) && !/第五十五条/.test(intro);
  for (const r of REGIMES) if (r.title?.test(title) || (!government && r.intro?.test(intro))) return r.name;
  return null;
}

/**
 * A title that is a sentence about a report rather than a report's own title: a news headline (`我市发布2024年政府
 * 信息公开工作年度报告`: a verb of publishing or reading it, or a `我市`/`我区`… subject).
 */
const SENTENCE_TITLE = /发布|公布|印发|出炉|亮相|晒出|解读|图解|读懂|报道|召开|举行|^[#\s]*我(?:市|区|县|省|州|盟|旗|镇|乡)/;
/** Prose that reports on a report: a news article's words (记者, 日前 but not `1月31日前`, 获悉, 报道, 近日…发布). */
const NEWS_PROSE = /记者|(?<![\d０-９一二三四五六七八九十〇零两]\s*)日前|获悉|报道|通讯员|近日[^。\n]{0,30}(?:发布|公布)/;

/**
 * Other documents an office writes, by the last word of their title (`办公室2025年工作计划`, `关于做好2024年政府信息
 * 公开工作年度报告编制发布工作的通知`), each with its English name. Longer words first: the first that ends the title
 * names the kind (`实施方案`, not `方案`).
 */
const OTHER_KINDS: Record<string, string> = {
  工作计划: 'work plan', 工作方案: 'work plan', 实施方案: 'implementation plan', 工作要点: 'list of work priorities', 工作安排: 'work schedule',
  工作总结: 'work summary', 会议纪要: 'set of meeting minutes', 实施意见: 'implementing opinion', 实施细则: 'set of detailed rules',
  通知: 'notice', 通报: 'circular', 清单: 'list', 台账: 'ledger', 计划: 'plan', 方案: 'plan', 要点: 'list of priorities',
  安排: 'schedule', 总结: 'summary', 纪要: 'set of minutes', 意见: 'opinion', 办法: 'set of measures', 规定: 'set of rules',
  细则: 'set of detailed rules', 决定: 'decision', 批复: 'official reply', 请示: 'request for instructions', 复函: 'letter in reply',
  函: 'letter', 解读: 'explanation', 指南: 'guide', 指引: 'guide',
};
const OTHER_KIND_TITLE = new RegExp(`(${Object.keys(OTHER_KINDS).join('|')})\\s*(?:\\*\\*)?\\s*$`);
/** A report's own name at the end of a title, maybe followed by `（全文）` or `-某某局` (as `detectYear` reads titles). */
const REPORT_NAME_END = /(?:年度报告|工作报告|年报)(?:\s*[-—（(].*)?$/;
/** The remark after a report's name at the end of its title (`…年度报告（全文）`, `…年报-某某局`): group 1, with its bracket or dash. */
const REPORT_REMARK = /(?:年度报告|工作报告|年报)\s*([-—（(].*)$/;
/**
 * A remark after a report's name that names the text itself: its version (`全文`, `正文`, `摘要`, `草稿`, `征求意见稿`,
 * `修订版`, `第二稿`) or its date (`2025年1月`).
 */
const OWN_REMARK = /^(?:全文|正文|摘要|简本|[^，,。；;：:（）()]{0,8}[稿版]|[\d〇○零一二三四五六七八九十]{4}\s*年[\d〇○零一二三四五六七八九十\s月日]*(?:发布|印发|公布)?)$/;
/** A document number alone on a line (`石政办发〔2025〕3号`), which may stand above a document's title. */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,12}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号$/;
/** What a title line holds no more of: sentence punctuation, a table's or a breadcrumb's separators. */
const NOT_TITLE = /[。；;：:，,|>›»/]/;

/**
 * A 公文's title longer than a title line's usual 40 characters (`某某省人民政府办公厅关于转发《国务院办公厅关于印发
 * 2025年政务公开工作要点的通知》的通知`): `关于…的通知` or `…的函`, at most 80 characters.
 */
const LONG_OFFICIAL_TITLE = /^.{0,40}关于.+的(?:通知|函)$/;
/**
 * A notice (or letter) that issues or forwards another document, named after the verb (`关于印发《临川市2025年政务
 * 公开工作要点》的通知`, `关于转发…的通知`): group 1 the verb, group 2 what it names, 《》 and 〈〉 included.
 */
const ISSUING = /(印发|转发|下发|颁发)(.+?)的?(通知|函)$/;
/** A 一、 section heading as a title line reads (`一、总体要求`): where a notice's preamble has ended. */
const SECTION_START = /^[一二三四五六七八九十]+\s*[、.．]/;
/** A lower heading's ordinal (`（一）制定工作方案`, `1.`, `第一`): a heading, not a document's title. */
const SUB_ORDINAL = /^(?:[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d+\s*[、.．]|第[一二三四五六七八九十\d]+)/;

/**
 * What the text's title names it: `kind`, an `OTHER_KINDS` word, or `文件` (see `otherDocumentKind`); `carrier` and
 * `verb` when the text is a notice (`通知`, `函`) that issues or forwards a document of `kind` (`印发`, `转发`…).
 */
interface DocumentKind { kind: string; carrier?: string; verb?: string }

/**
 * The kind of document the text's title names when it titles another document (`# 办公室2025年工作计划`:
 * `工作计划`; `关于做好2024年政府信息公开工作年度报告编制发布工作的通知`: `通知`), else null. The title is the first
 * short line, after a document number (`石政办发〔2025〕3号`), joined with the next ones (at most three lines, no
 * blank between, as a PDF wraps a title: `关于做好2024年…年度报告` / `编制发布工作的通知`) until it ends in a kind's
 * word. A title that starts with `关于` and names the report without ending in its name (`关于做好2024年度报告编制
 * 工作`) is a document about it, of kind `文件`; a title ending in the report's name is the report's.
 * A notice that issues or forwards another document is read as that document (`issuedDocument`).
 */
function otherDocumentKind(lines: LineIndex): DocumentKind | null {
  const end = Math.min(lines.lineCount, 8);
  let i = 0;
  for (; i < end; i++) {
    const t = titleLine(lines, i);
    if (t && !DOCUMENT_NUMBER.test(t)) break;
  }
  let joined = '';
  for (let j = i; j < end && j < i + 3; j++) {
    const t = titleLine(lines, j);
    if (!t || NOT_TITLE.test(t) || (t.length > 40 && !(t.length <= 80 && LONG_OFFICIAL_TITLE.test(t)))) break;
    joined += t;
    const kind = OTHER_KIND_TITLE.exec(joined)?.[1];
    if (kind) return (kind === '通知' || kind === '函' ? issuedDocument(lines, joined, j + 1) : null) ?? { kind };
  }
  return /^关于.*(?:年度报告|年报)/.test(joined) && !REPORT_NAME_END.test(joined) ? { kind: '文件' } : null;
}

/**
 * The plan a notice issues or forwards (`关于印发《临川市2025年政务公开工作要点》的通知` above the 工作要点 itself), as
 * that plan's kind (`PLAN_KINDS`) with the notice as its carrier; null when the notice carries no plan, or the
 * report (`关于印发《某某局2024年政府信息公开工作年度报告》的通知`). The plan is the document the title names
 * (`ISSUING`; a forwarded notice's own, inside it: `关于转发《…关于印发〈…工作要点〉的通知》的通知`), or else the plan's
 * own title line in the notice, below its title and above its first `一、` section (`临川市2025年政务公开工作要点`).
 * @param title the notice's title, joined as `otherDocumentKind` reads it, ending in `通知` or `函`.
 * @param below 0-based line after the title: where the notice's preamble starts.
 */
function issuedDocument(lines: LineIndex, title: string, below: number): DocumentKind | null {
  if (!ISSUING.test(title)) return null;
  const carrier = /函$/.test(title) ? '函' : '通知';
  let verb: string | undefined;
  let named = title;
  // A forwarded notice names the notice it forwards, which names the plan: at most three deep.
  for (let depth = 0; depth < 3; depth++) {
    const m = ISSUING.exec(named);
    if (!m) break;
    verb ??= m[1];
    named = m[2].replace(/[《》〈〉<>\s]/g, '');
    if (REPORT_NAME_END.test(named)) return null;
    const kind = OTHER_KIND_TITLE.exec(named)?.[1];
    if (kind && PLAN_KINDS.has(kind)) return { kind, carrier, verb };
    if (kind !== '通知' && kind !== '函') break;
  }
  // The plan's own title below the notice's: a short line of its own, before the notice's (or the plan's) 一、.
  const end = Math.min(lines.lineCount, below + 30);
  for (let i = below; i < end; i++) {
    const t = titleLine(lines, i);
    if (!t) continue;
    if (SECTION_START.test(t)) break;
    if (t.length > 40 || NOT_TITLE.test(t) || SUB_ORDINAL.test(t) || REPORT_NAME_END.test(t)) continue;
    const kind = OTHER_KIND_TITLE.exec(t)?.[1];
    if (kind && PLAN_KINDS.has(kind)) return { kind, carrier, verb };
  }
  return null;
}

/**
 * Kinds of document (`OTHER_KINDS`) that are documents of their own, about work to do or how to do it, never a
 * report sent under another name: such a document is no report even with headings that name the report's sections
 * (a plan's `二、主动公开政府信息`). The others (a notice, a letter, a summary, a request…) may carry the report.
 */
const PLAN_KINDS = new Set(['工作计划', '工作方案', '实施方案', '工作要点', '工作安排', '计划', '方案', '要点', '安排', '实施意见', '实施细则', '细则', '意见', '办法', '规定', '指南', '指引']);

/**
 * What `writtenAbout` says of a document of another kind (`OTHER_KINDS`, or `文件`), or of a notice issuing one
 * (`一份印发工作要点的通知`).
 */
function otherKind({ kind, carrier, verb }: DocumentKind, mentions: boolean): Bilingual {
  const en = OTHER_KINDS[kind] ?? 'document';
  const a = (w: string) => `${/^[aeiou]/.test(w) ? 'an' : 'a'} ${w}`;
  // (That it mentions an annual report only when it does: `# 会议纪要` over `今天开会。` does not, brk136 #2.)
  if (carrier) {
    const doing = verb === '转发' ? 'forwarding' : 'issuing';
    return mentions
      ? { zh: `一份${verb ?? '印发'}${kind}的${carrier}，只是提到了年度报告，不是年度报告本身`, en: `${a(OTHER_KINDS[carrier])} ${doing} ${a(en)}, which mentions an annual report, not the report itself` }
      : { zh: `一份${verb ?? '印发'}${kind}的${carrier}，不是年度报告`, en: `${a(OTHER_KINDS[carrier])} ${doing} ${a(en)}, not an annual report` };
  }
  return mentions
    ? { zh: `一份${kind}，只是提到了年度报告，不是年度报告本身`, en: `${a(en)} that mentions an annual report, not the report itself` }
    : { zh: `一份${kind}，不是年度报告`, en: `${a(en)}, not an annual report` };
}

/**
 * Whether the text names an annual report (`年度报告`, `年报`, spaced or wrapped as a PDF's text may be) or gives its
 * 统计期限 (`period`): what a document of another kind must do to be said to mention one.
 */
function mentionsReport(lines: LineIndex, period: boolean): boolean {
  return period || /年[\s\u3000]*度[\s\u3000]*报[\s\u3000]*告|年[\s\u3000]*报/.test(lines.text);
}

/** Line `i` as a title would read: trimmed, without a Markdown heading's `#` or bold `**`; '' for a blank line. */
function titleLine(lines: LineIndex, i: number): string {
  return lines.line(i).trim().replace(/^#{1,6}\s*/, '').replace(/^\*\*(.*)\*\*$/, '$1').trim();
}

/**
 * Whether a text is written about annual reports rather than being one (its `isReport` is then false): which kind,
 * for the user, or null. Conservative: only a text with none of the template's tables, and with none of its
 * sections unless said below.
 * - a news article or notice about a report: a report-like title (`title`) that is a sentence (`SENTENCE_TITLE`), or
 *   prose in its first 40 lines that reports on it (`NEWS_PROSE`);
 * - another kind of document (a work plan, minutes, a notice, a letter) that mentions the report, even its 统计期限
 *   sentence or the report's name in its own title: no table, and a first line titling it as that kind
 *   (`otherDocumentKind`). A plan's headings may name the report's sections (`二、主动公开政府信息`: `PLAN_KINDS`)
 *   when it has no report title of its own (`title` null), and so may a notice's that issues or forwards a plan
 *   (`关于印发《…工作要点》的通知` above the plan: `issuedDocument`);
 * - a text about the formats themselves (a specification, a guide): no report title, no 统计期限, and both format
 *   documents cited (〔2019〕60号 and 〔2021〕30号), which a report, written in one format, does not do.
 * @param title the report's title line (`ReportModel.title`), or null when none was found.
 * @param found `sections`: canonical top-level sections found; `tables`: 表二–表四 read; `period`: a 统计期限 found.
 */
export function writtenAbout(lines: LineIndex, title: string | null, found: { sections: number; tables: number; period: boolean }): Bilingual | null {
  if (found.sections > 0) {
    // A plan is written under the same topics as the report (`二、主动公开政府信息`, `三、依申请公开`): titled as a
    // plan, with no report title of its own and none of its tables, it is a plan whatever its headings. A notice or
    // a letter may carry the report (`关于公布2024年度报告的通知` above its sections), a summary (总结) may be a
    // year's report by another name: with the report's sections, they stay reports.
    // A notice that issues or forwards a plan (`关于印发《…工作要点》的通知` above the plan) is read as that plan.
    const kind = !title && found.tables === 0 ? otherDocumentKind(lines) : null;
    return kind && PLAN_KINDS.has(kind.kind) ? otherKind(kind, mentionsReport(lines, found.period)) : null;
  }
  if (title) {
    if (found.tables > 0) return null;
    // The first 40 lines, at most 1,000 characters: a news article says what it is in its opening (`本报讯（记者…）`,
    // `日前，…发布`); further on, a report may say 报道 of its own work (a report whose line breaks were lost is one line).
    const end = Math.min(lines.lineCount, 40);
    let head = '';
    for (let i = 0; i < end && head.length < 1000; i++) head += lines.line(i) + '\n';
    head = head.slice(0, 1000);
    if (SENTENCE_TITLE.test(title) || NEWS_PROSE.test(head)) return { zh: '一篇关于年度报告的文章（新闻、通知），不是年度报告本身', en: 'a text about an annual report (news, a notice), not the report itself' };
    // A title naming the report with a remark after it that says what the text is instead (`# 某某局2024年政府信息公开
    // 工作年度报告（草稿仓库）`: a repository's README, brk88 #7), above none of the report's sections, tables or
    // period: a text about the report. A remark naming the text's own version or date (`（全文）`, `（征求意见稿）`,
    // `（修订版）`, `（2025年1月）`) leaves it the report, a draft just begun.
    const remark = REPORT_REMARK.exec(title)?.[1].replace(/^[-—（(]\s*/, '').replace(/\s*[）)]\s*$/, '').trim();
    if (remark && !found.period && !OWN_REMARK.test(remark)) {
      return { zh: `一份以年度报告为题、注明“${remark}”的文字，没有报告的部分、表格或统计期限，不是年度报告本身`, en: `a text titled as an annual report with the remark “${remark}”, without the report's sections, tables or period: not the report itself` };
    }
  }
  // Another kind of document that mentions the report, its 统计期限 sentence included (an office's work plan: `一、按时
  // 编制…年度报告`, `二、…统计期限自…起至…止的要求…`; a notice on writing the reports): titled as that kind above any
  // report title it quotes, with none of the report's sections or tables.
  const kind = found.tables === 0 ? otherDocumentKind(lines) : null;
  if (kind) return otherKind(kind, mentionsReport(lines, found.period));
  if (title || found.period) return null;
  const text = lines.text;
  if (/〔2019〕\s*60\s*号/.test(text) && /〔2021〕\s*30\s*号/.test(text)) return { zh: '一篇关于年度报告格式的文字，不是年度报告本身', en: 'a text about the report formats, not a report' };
  return null;
}

/** The names of JSON data files: `.json`, `.jsonc`, `.sarif`. */
const JSON_FILE = /\.(?:json|jsonc|sarif)$/i;

/** Whether the first character of the text that is not white space (nor a BOM) is `[` or `{`. */
function startsWithBracket(lines: LineIndex): boolean {
  for (let i = 0; i < lines.lineCount; i++) {
    const m = /\S/.exec(lines.line(i).replace(/^\uFEFF/, ''));
    if (m) return m[0] === '[' || m[0] === '{';
  }
  return false;
}

/**
 * Whether a text is a JSON document (a SARIF file of nianbao's own findings, a `.json` file) rather than a report:
 * what it is, for the user, or null. A text whose first non-blank character is `{` or `[` and that parses as JSON
 * as a whole (a report that merely starts with `[`, a Markdown link line `[某某局](…)`, does not parse), or any
 * text of a file whose name (`fileName`) ends in `.json`, `.jsonc` or `.sarif`.
 */
export function jsonDocument(lines: LineIndex, fileName?: string): Bilingual | null {
  // A file named as JSON data (`nianbao.sarif`, `x.json`) is data even when it does not parse (cut short).
  const named = fileName !== undefined && JSON_FILE.test(fileName);
  // Tested on the first line that is not blank, before the text is read whole: this runs on every parse (every
  // keystroke in the editor).
  if (!named && !startsWithBracket(lines)) return null;
  let value: unknown;
  try {
    value = JSON.parse(lines.text.replace(/^\uFEFF/, '').trim());
  } catch {
    if (!named) return null;
  }
  const o = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const sarif = /\.sarif$/i.test(fileName ?? '') || (o !== null && (/sarif/i.test(String(o.$schema ?? '')) || (typeof o.version === 'string' && Array.isArray(o.runs))));
  return sarif
    ? { zh: '一份 SARIF 文件（JSON 格式的检查结果），不是年度报告', en: 'a SARIF file (check results in JSON), not an annual report' }
    : { zh: '一份 JSON 数据文件，不是年度报告', en: 'a JSON data file, not an annual report' };
}
