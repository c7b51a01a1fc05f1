import type { Rule } from './rule.js';
import { bi } from './util.js';
import { headingAtLine, sectionGuide, type SectionGuideText } from '../editor/guide.js';
import { signatureLines } from './sections.js';
import { QUOTE_MARKERS } from '../text/blocks.js';

/**
 * A template section with nothing under its heading: no text, no table, only blank lines or sub-headings (a draft
 * made from the skeleton whose fill-in notes were deleted but nothing written). The signature at the end (the
 * date, and the agency's name above it) is not the last section's content. The sections that hold the template's
 * tables (二、三、四) are left to table-missing.
 */
export const sectionEmpty: Rule = {
  meta: {
    id: 'section-empty',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    description: bi('格式规定的部分标题下没有任何内容', 'A template section has nothing under its heading'),
    rationale: bi(
      '年报的每一部分都由格式规定，标题下应有文字或表格：“一、总体情况”综述全年工作，“五、存在的主要问题及改进情况”如实说明问题和措施，“六、其他需要报告的事项”至少说明收取信息处理费的情况（没有可写“无”）。标题下只有空行或小标题，通常是从模板生成的草稿删去了填写说明却还没有填写。文末的落款（机关名称和日期）不算最后一部分的内容。应填表格的部分（二、三、四）缺表时由 table-missing 报告。',
      'Every part of the report is set by the format and its heading should have text or a table under it: 一、总体情况 gives an overview of the year, 五 states the problems and measures, 六 at least the information processing fees (or 无, none). A heading with only blank lines or sub-headings under it is usually a draft made from the skeleton whose fill-in notes were deleted but nothing written. The signature at the end (agency name and date) does not count as the last part\'s content. The parts that hold a table (二, 三, 四) are table-missing\'s when the table is absent.'),
    example: { bad: '## 五、存在的主要问题及改进情况\n\n## 六、其他需要报告的事项', note: bi('“五”下没有内容', 'nothing under 五') },
  },
  check(ctx) {
    const { report } = ctx;
    const { lines } = report;
    /**
     * A heading line with nothing but its title: not a run-in heading (`（一）主动公开。全年主动公开…`), not one whose
     * title goes on after a colon (`六、其他需要报告的事项：无。`, `（一）信息处理费收取情况：无`), not a numbered item
     * (`1.本年度未收取信息处理费`: a list, not a sub-heading).
     */
    const bareHeading = (i: number): boolean => {
      const h = headingAtLine(report, i);
      if (!h || h.ordinalStyle === 'arabic') return false;
      // A heading wrapped onto the next line (a PDF's text) ends there.
      const end = h.titleRange.end;
      return !/[^\s*#]/.test(lines.line(end.line).slice(end.character)) && !/[：:]\s*[^\s*#]/.test(h.title);
    };
    /** A line that is no content: blank, a page number of a PDF's text (`- 5 -`), an HTML comment alone. */
    const noContent = (t: string): boolean => !t || /^[-—－–]\s*\d{1,3}\s*[-—－–]$/.test(t) || /^<!--[\s\S]*-->$/.test(t);
    // The signature block (`signatureLines`): its date line, the agency's name above it, a closing 特此报告。 above that.
    const signature = new Set(signatureLines(report));
    // A section that holds one of the template's tables is table-missing's (or table-empty's) when nothing is under it.
    const tpl = ctx.template;
    const tableSections = new Set(tpl ? Object.values(tpl.tables).map((t) => t?.section) : []);
    for (const s of report.sections) {
      const canonical = s.heading.canonical;
      if (canonical === undefined || canonical < 0) continue;
      if (tpl && tableSections.has(tpl.sections[canonical]?.id)) continue;
      // The heading line itself may hold the section's text (`六、其他需要报告的事项：本年度未收取信息处理费。`, `… 无`,
      // `…（无）`): more after the template's title than punctuation.
      const own = tpl?.sections[canonical]?.title.replace(/^[一二三四五六七八九十]+、/, '');
      const after = own && s.heading.title.includes(own) ? s.heading.title.slice(s.heading.title.indexOf(own) + own.length) : '';
      let content = (!bareHeading(s.startLine) && headingAtLine(report, s.startLine) !== null) || /[\u4e00-\u9fffA-Za-z0-9]/.test(after);
      for (let i = s.heading.range.end.line + 1; i < s.endLine && !content; i++) {
        if (signature.has(i) || bareHeading(i)) continue;
        // (A blank line of a blockquote is its markers alone: `>`.)
        if (!noContent(lines.line(i).replace(QUOTE_MARKERS, '').trim())) content = true;
      }
      if (content) continue;
      const guide = sectionGuide(report.format, canonical);
      // The heading as written, without Markdown marks (`## 五、…`, `**五、…**`).
      const title = lines.slice(s.heading.range).replace(/^\s*#+\s*/, '').replace(/\*\*/g, '').replace(/\s*\n\s*/g, '').trim();
      ctx.add({
        message: bi(
          `“${title}”下没有内容。${guide ? `${ASKED_BY[guide.text.by]}${guide.text.zh.replace(/^[^：]{2,20}：/, '：')}` : '请填写本部分。'}`,
          `Nothing under “${title}”. ${guide ? asksFor(guide.text.en, guide.text.by) : 'Fill in this part.'}`),
        range: s.heading.range,
        data: { section: canonical },
      });
    }
  },
};

/**
 * What the format asks of a section, as an English sentence from the guide's text (`Main problems and improvements:
 * the problems of the year …`): without the guide's own title before its colon, which the message names already in
 * Chinese (as the zh message leaves out its `存在的主要问题及改进情况：`), so that it reads `The format asks for the
 * problems of the year …`, not `The format asks: Main problems and improvements: the problems …` (brk114 #6).
 */
function asksFor(guide: string, by: SectionGuideText['by']): string {
  const body = guide.replace(/^[A-Z][^:()]{2,50}: /, '');
  // `Fill in 表二 …` (an instruction) is said as one; a noun phrase (`An overview of …`, `the problems …`) is asked for.
  const lower = /^[A-Z][a-z]/.test(body) ? body[0].toLowerCase() + body.slice(1) : body;
  if (by === 'usual') return `This part usually holds ${lower}`;
  // (What the law asks names its article in the text.)
  if (by === 'law') return `This part should give ${lower}`;
  return /^fill in\b/.test(lower) ? `The format asks you to ${lower}` : `The format asks for ${lower}`;
}

/**
 * Who asks for what the guide says a section holds (`SectionGuideText.by`): only a passage of the format that
 * templates.md §6 verifies is called 格式要求; what the 《条例》 asks (its article named in the text) is what the part 应报告, and what reports usually hold as
 * such (brk162 #4: an [UNVERIFIED] requirement was called 格式要求).
 */
const ASKED_BY: Record<SectionGuideText['by'], string> = { format: '格式要求', law: '应报告', usual: '这一部分通常' };
