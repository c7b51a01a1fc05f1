import type { Bilingual } from '../types.js';
import type { LineIndex } from '../text/lines.js';

/**
 * Annual reports of other disclosure regimes, which look like a 政府信息公开工作年度报告 (信息公开 in the title, 一、二、…
 * sections, a 统计时间) but follow other rules and no national format: a university's report under 《高等学校信息公开办法》
 * (by 学年, 9月1日 to 8月31日), a hospital's under 《医疗卫生机构信息公开管理办法》, an enterprise's, a public institution's
 * under 《公共企事业单位信息公开规定制定办法》. Tested in order; `title` on the title (学年 only: government reports are by
 * calendar year), `intro` on the introduction (the regulation it reports under).
 */
const REGIMES: { name: Bilingual; title?: RegExp; intro?: RegExp }[] = [
  { name: { zh: '高等学校信息公开年度报告', en: 'a university’s 高等学校信息公开 annual report' }, title: /学年/, intro: /高等学校信息公开(?:办法|事项清单)/ },
  { name: { zh: '医疗卫生机构信息公开年度报告', en: 'a health institution’s 医疗卫生机构信息公开 annual report' }, intro: /医疗卫生机构信息公开/ },
  { name: { zh: '企业信息公开年度报告', en: 'an enterprise’s 企业信息公开 annual report' }, intro: /企业信息公示暂行条例|国有企业信息公开/ },
  { name: { zh: '公共企事业单位信息公开年度报告', en: 'a public institution’s 公共企事业单位信息公开 annual report' }, intro: /公共企事业单位信息公开/ },
];

/**
 * Which other regime's annual report a text is (see `REGIMES`), or null when it may be a 政府信息公开工作年度报告.
 * Conservative: only a text whose title names 信息公开 but not 政府信息公开/政务公开, and whose title (学年) or
 * introduction names the regime, an introduction that also cites the 条例 or its format counting as a government
 * body's. A government agency's report that mentions 学校 or 学年 in its body, or whose title says 政府信息公开, is
 * never one.
 * @param title the report's title line (`ReportModel.title`), or null when none was found.
 * @param introEnd 0-based line where the introduction ends (the first section heading), or -1 for none: the
 *   introduction is read up to it, at most 40 lines.
 */
export function otherRegime(lines: LineIndex, title: string | null, introEnd: number): Bilingual | null {
  if (!title || !/信息公开/.test(title) || /政府信息公开|政务公开|政府信息/.test(title)) return null;
  const end = Math.min(lines.lineCount, introEnd >= 0 ? introEnd : 40, 40);
  let intro = '';
  for (let i = 0; i < end; i++) intro += lines.line(i);
  // An introduction that reports under the 条例 or its format (国办公开办函) is a government body's, whatever else it names.
  const government = /政府信息公开条例|国办公开办函/.test(intro);
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

/** Titles of other documents an office writes (`办公室2025年工作计划`), each with its English name. */
const OTHER_KINDS: Record<string, string> = {
  工作计划: 'work plan', 工作方案: 'work plan', 实施方案: 'implementation plan', 工作要点: 'list of work priorities', 工作安排: 'work schedule',
  工作总结: 'work summary', 会议纪要: 'meeting minutes', 通知: 'notice', 清单: 'list', 台账: 'ledger',
};
const OTHER_KIND_TITLE = new RegExp(`(${Object.keys(OTHER_KINDS).join('|')})\\s*(?:\\*\\*)?\\s*$`);

/**
 * The kind of document the text's first line names when it is the title of another document (`# 办公室2025年工作计划`:
 * `工作计划`), else null. Only a short first line (a title) that does not name the report itself.
 */
function otherDocumentKind(lines: LineIndex): string | null {
  for (let i = 0; i < Math.min(lines.lineCount, 5); i++) {
    const t = lines.line(i).trim().replace(/^#{1,6}\s*/, '');
    if (!t) continue;
    if (t.length > 40 || /年度报告|年报/.test(t)) return null;
    return OTHER_KIND_TITLE.exec(t)?.[1] ?? null;
  }
  return null;
}

/**
 * Whether a text is written about annual reports rather than being one (its `isReport` is then false): which kind,
 * for the user, or null. Conservative: only a text with none of the template's sections and none of its tables.
 * - a news article or notice about a report: a report-like title (`title`) that is a sentence (`SENTENCE_TITLE`), or
 *   prose in its first 40 lines that reports on it (`NEWS_PROSE`);
 * - another kind of document (a work plan, minutes, a notice) that mentions the report, even its 统计期限 sentence:
 *   no report title, no table, and a first line titling it as that kind (`otherDocumentKind`);
 * - a text about the formats themselves (a specification, a guide): no report title, no 统计期限, and both format
 *   documents cited (〔2019〕60号 and 〔2021〕30号), which a report, written in one format, does not do.
 * @param title the report's title line (`ReportModel.title`), or null when none was found.
 * @param found `sections`: canonical top-level sections found; `tables`: 表二–表四 read; `period`: a 统计期限 found.
 */
export function writtenAbout(lines: LineIndex, title: string | null, found: { sections: number; tables: number; period: boolean }): Bilingual | null {
  if (found.sections > 0) return null;
  if (title) {
    if (found.tables > 0) return null;
    const end = Math.min(lines.lineCount, 40);
    let head = '';
    for (let i = 0; i < end; i++) head += lines.line(i) + '\n';
    if (SENTENCE_TITLE.test(title) || NEWS_PROSE.test(head)) return { zh: '一篇关于年度报告的文章（新闻、通知），不是年度报告本身', en: 'a text about an annual report (news, a notice), not the report itself' };
    return null;
  }
  // Another kind of document that mentions the report, its 统计期限 sentence included (an office's work plan: `一、按时
  // 编制…年度报告`, `二、…统计期限自…起至…止的要求…`): titled as that kind, with none of the report's sections or tables.
  const kind = found.tables === 0 ? otherDocumentKind(lines) : null;
  if (kind) return { zh: `一份${kind}，只是提到了年度报告，不是年度报告本身`, en: `a ${OTHER_KINDS[kind]} that mentions an annual report, not the report itself` };
  if (found.period) return null;
  const text = lines.text;
  if (/〔2019〕\s*60\s*号/.test(text) && /〔2021〕\s*30\s*号/.test(text)) return { zh: '一篇关于年度报告格式的文字，不是年度报告本身', en: 'a text about the report formats, not a report' };
  return null;
}
