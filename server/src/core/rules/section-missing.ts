import type { Rule } from './rule.js';
import type { Heading, TableId } from '../types.js';
import type { Report } from '../model/build.js';
import type { Template } from '../templates/index.js';
import { templateOf } from '../templates/index.js';
import { renderSectionTable } from '../fix/render.js';
import { TABLE_OF_SECTION } from './table-missing.js';
import { bi } from './util.js';
import { bareTitle, brokenSectionIndex, breakBeforeTitle, sectionOrdinal, sharedSectionsWritten, gluedOrdinalTitles, gluedTitleAt, insertSectionEdit, isKnownTitle, mergedHeadingFor, mergedSplitLine, missingContent, proseAbove, sectionsEnd, sectionStyle, settledNumbers, oldEraMissingItems, styledTitle, topHeadings, unreadTitleLine } from './sections.js';
import { editDistance, firstNonSpace, titleKey, titleTypoBudget, toChineseNumeral } from '../text/normalize.js';
import { LEVEL1 } from '../parse/headings.js';
import { commentBlocks } from '../suppress.js';
// (The number written, 一 to 六, is the same in both scripts: offered in a report in traditional characters too.)
import { markInWrittenScript } from '../text/script.js';

/** A section the format requires is absent (templates.md §3.1, §4.1; pre-2019 §2 is conventional: info only). */
export const sectionMissing: Rule = {
  meta: {
    id: 'section-missing',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('缺少格式要求的部分（一至六）', 'A section that the format requires is missing'),
    rationale: bi(
      '2019、2021 年格式的年报由六部分组成：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。缺少任何一部分都不符合格式。修复会在正确位置插入标准标题（二、三、四连同标准表格），写法随报告自己的一级标题（“##”及其后有无空格、粗体等；各部分编为“（一）”…“（六）”时，如汇编中各份报告的部分，编号也随之写作“（五）”），并在提示中说明插在哪一行；这一部分的内容已在上一部分里以小标题开始（如“四”之后的“（一）主要问题”）时，标题插在该小标题之前（“一、总体情况”的“（一）主动公开”“（二）依申请公开”等是它自己的常见小标题，不算“二”“三”的内容：缺少“二”时标题连同表二插在“三”之前）；“五”的内容写在“四”的表格之后（“四”没有表格时，在“四”自身的文字之后）、另起一段且以问题、不足、改进等词写成时，标题插在该段之前；缺少“六”而“五”自身的文字（第一段及以问题、不足、改进等词写成的段落）之后另起一段写信息处理费（或人大代表建议、政协提案办理等）时，标题插在该段之前（“五”也缺少、其内容写在“四”的表格之后时同样如此；PDF 转出的文本中，页码行不算段落，句子跨页接续的仍是同一段，句末之后缩进的一行另起一段）；缺少“一”时，标题插在报告开头的说明（统计期限等）之后、这一部分的第一段（没有这样一段时为第一个小标题“（一）…”）之前；缺少的是最后的部分时，标题插在最后一部分之后、文末落款（机关名称和日期）和附件之前。只有段落提到其主题、无法确定起点时，或这一部分的标题其实在、只是编号让它被读作上一部分中的一项时，或标题写在了一行不被读作标题的文字里（如 HTML 标签中、不止一格或不止一行的表格中、缺少编号、前后加了未被识别的装饰符号，或写成列表项“- 一、总体情况”“1. 一、总体情况”、编号写在括号里“【一】总体情况”）时，或标题连同其后的内容写在了跨多行的 HTML 注释里（如丢了“-->”的注释一直延续到后面的“-->”，页面上不显示；提示指出标题和注释所在的行；只注释掉标题一行的，照常在注释上方插入标题），或这一部分的统计表已在报告中（其标题未能读出）、插入会出现两张同样的表时，或另一个一级标题（改号后）仍占用这一部分的序号、插入会出现两个相同序号时，不自动插入。报告的年度和格式都读不出（没有含年度的标题、统计期限，也没有能看出格式的表格），而各部分标题是 2019、2021 年格式共有的六部分时，缺少的部分同样指出：没有表格的部分和四（两种格式的表四相同）照样插入，二、三因两种格式的表格不同不插入，提示写上年度或指定年度后再修复。一个标题把相邻两部分的标题合在一起（“五、存在的主要问题及改进情况和其他需要报告的事项”“三、收到和处理政府信息公开申请及行政复议、行政诉讼情况”）时，报告这两部分被合并（一条，不说其中一部分缺少，section-title 和 section-order 也不再就它报告标题或跳号）；能确定后一部分的内容从哪里开始（其表格紧接在前一部分的表格之后，或前一部分自身的文字之后另起一段以其用语写成，如信息处理费），且没有别的一级标题占用它的序号时，修复把标题改为前一部分的标题，并在那里插入后一部分的标题，否则不自动拆分。2019 年以前的年报没有统一格式，各部分只是惯例：2008《条例》第三十二条要求报告的各项内容（主动公开、依申请公开和不予公开、收费及减免、行政复议和行政诉讼、存在的主要问题及改进情况）在全文任何地方（标题或正文，开头列举各部分的那句除外）都找不到其用语时，每缺一项给出一条提示（几项写在同一段里的不算缺少）；它们的标题在一行正文之中（整篇报告写在一行里，依次编号为“一、…二、…”）时，提示指出这些标题，修复在每个标题前后换行。这一部分的标题接在上一段文字末尾、或整篇报告写在一行里（换行丢失）时，修复在标题前后换行，使它单独成行，不另插入标题；Markdown 列表项中提到的标题（“- 张三：一、总体情况”）不是这样的标题，修复不拆分列表项。',
      'Reports in the 2019 and 2021 formats have six fixed sections. A missing one does not meet the format. The fix inserts the canonical heading at its place (for 二, 三 and 四 with the standard table), written as the report writes its section headings (# marks with or without the space, bold…; numbered （五） where the sections are numbered （一）…（六）, as the sections of each report in a 汇编), and the message says before which line; when the text of the section already starts under the previous section with a sub-heading on its topic (（一）主要问题 after 四), the heading goes before that sub-heading (一、总体情况\'s own usual sub-headings, （一）主动公开, （二）依申请公开 …, are not the text of 二 or 三: a missing 二 goes with 表二 before 三); when the text of 五 follows the table of 四 (or, when 四 has no table, the own text of 四) as a paragraph of its own written in its words (问题, 不足, 改进…), the heading goes before that paragraph; when 六 is missing and a paragraph of its own on the fees for information processing (信息处理费; or 人大代表建议, 政协提案…) follows the own text of 五 (its first paragraph and those in its words: 问题, 不足, 改进…), the heading goes before that paragraph (also when 五 is missing too and its text follows the table of 四; in a PDF\'s text a page number is no paragraph, a sentence going on over a page break stays in its paragraph, and an indented line after a sentence\'s end starts one); a missing 一 goes after the report\'s introduction (its 统计期限…), before the section\'s first paragraph (or, with none, its first sub-heading （一）…); a missing last section goes after the last one, before the signature (agency name and date) and the annexes at the end; when only a paragraph names the topic and the start is unclear, or when the heading of the section is there but its number makes it read as an item of the section before, or its title is on a line not read as a heading (inside HTML tags, in a table of more than one cell or row, without its number, with decoration around it that is not read, or written as a list item, - 一、总体情况, 1. 一、总体情况, or with its number in brackets, 【一】总体情况), or its title is inside an HTML comment over several lines that hides other text with it (a comment whose `-->` was lost and that runs to a later one, shown by no page; the message names the lines of the title and the comment; a comment around the heading alone gets the heading inserted above it as usual), or its table is in the report already (its heading not read), so that the report would get that table twice, or another level-1 heading keeps the number of the section (after any renumbering), so that the report would get that number twice, nothing is inserted. When neither the year nor the format can be read (no title with the year, no statistics period, no table that shows the format) but the headings are the six sections the 2019 and 2021 formats share, a missing section is said too: a section without a table, and 四 (表四 is the same in both), are inserted; 二 and 三, whose tables differ, are not, and the message says how to make the year known. A heading that joins the titles of two consecutive sections (五、存在的主要问题及改进情况和其他需要报告的事项, 三、收到和处理政府信息公开申请及行政复议、行政诉讼情况) is said as the two sections merged (one finding, neither said missing; section-title and section-order say nothing of its title or the number it skips); when where the second section\'s text starts can be told (its table right after the first\'s, or a paragraph in its words, such as 信息处理费, after the first\'s own text) and no other level-1 heading keeps its number, the fix gives the heading the first section\'s title and inserts the second\'s heading there, else nothing is split. Pre-2019 reports had no fixed structure, their sections are convention: a hint for each content item article 32 of the 2008 regulation requires (主动公开, 依申请公开 and refusals, fees and waivers, reconsideration and lawsuits, problems and improvements) whose words are nowhere in the report (its headings or text, the introduction\'s list of the parts aside; items folded into one paragraph count); when their titles are inside a line of text (a whole report on one line, numbered 一、…二、… in turn), the hint names them and the fix breaks the line before and after each. When the section\'s title is glued to the end of the paragraph before, or the whole report is on one line (line breaks lost), the fix breaks the line before and after the title so that it stands on its own, and inserts no second title; a title named in a Markdown list item (- 张三：一、总体情况) is no such title, and no fix splits a list item.'),
    example: { bad: '四、政府信息公开行政复议、行政诉讼情况\n…\n六、其他需要报告的事项', note: bi('缺少“五、存在的主要问题及改进情况”', '五、存在的主要问题及改进情况 is missing') },
  },
  check(ctx) {
    const { report } = ctx;
    // No year and no table to tell the format by (a draft of headings), but the headings those of the 2019 and 2021
    // formats, which have the same six sections: a section missing is missing in either. Read with the 2021 sections
    // (the same titles); a section whose table is not the same in both (二's 表二, 三's 表三) is said, not inserted, as
    // table-missing says those tables.
    const undecided = !ctx.template && report.format === 'unknown' && report.isReport && sharedSectionsWritten(report);
    const template = undecided ? templateOf('2021') : ctx.template;
    if (!template || !report.isReport) return;
    const tops = topHeadings(report);
    const present = new Set(tops.map((h) => h.canonical));
    if (template.id === 'pre2019') {
      // Conventional topics may be folded into sub-sections (e.g. 一（五）): look at every heading.
      const all = report.headings.map((h) => h.title).join('|');
      if (/主动公开/.test(all) || /依申请|申请公开/.test(all)) {
        oldEraContentMissing(ctx, report, tops);
        return;
      }
      // The titles inside the text, its line breaks lost (a whole report on one line): said so, and the fix puts
      // each title on a line of its own, so that it is read as the section's heading (nothing inserted, nothing lost).
      const glued = gluedOrdinalTitles(report);
      const named = glued.find((g) => /主动公开|依申请|申请公开/.test(report.lines.line(g.line).slice(g.character, g.end)));
      if (named) {
        const eol = report.lines.dominantEol();
        const edits = glued.flatMap((g) => {
          const line = report.lines.line(g.line);
          const before = breakBeforeTitle(report, g.line, g.character);
          const out = before.range.start.character > 0 ? [before] : [];
          // A `；`, `：` or `。` that ended the title in the run-on text goes with the white space after it: on a line of
          // its own the title takes no closing punctuation (section-title would ask to take it out; and fix-all refuses
          // a pass that adds structure findings, so with it kept the fix did nothing: helper-205 #4).
          if (g.text < line.trimEnd().length) out.push({ range: report.lines.range(g.line, g.end, g.text), newText: eol + eol });
          return out;
        });
        const shown = report.lines.line(named.line).slice(named.character, named.end);
        ctx.add({
          message: bi(
            `第 ${named.line + 1} 行中的“${shown}”等 ${glued.length} 个部分标题与正文写在了同一行（换行丢失），因而未被读作标题。修复在每个标题前后换行，使它们各自单独成行。`,
            `“${shown}” and ${glued.length - 1} more section titles inside line ${named.line + 1} are written on one line with the text (line breaks lost), so they are not read as headings. The fix breaks the line before and after each so that it stands on a line of its own.`),
          range: report.lines.range(named.line, named.character, named.end),
          severity: 'info',
          fix: { title: bi(`把 ${glued.length} 个部分标题各自另起一行`, `Put the ${glued.length} section titles on lines of their own`), edits },
        });
        return;
      }
      oldEraContentMissing(ctx, report, tops);
      return;
    }
    // The numbers the level-1 headings keep once section-order's safe renumberings are made: a section is not
    // inserted under a number one of them keeps (the report would get two 五、).
    const { numbers } = settledNumbers(report, template);
    // Runs of numbers: a new one starts where the numbering restarts or repeats.
    const runs: number[] = [];
    numbers.forEach((n, j) => runs.push(j === 0 ? 0 : runs[j - 1] + (n <= numbers[j - 1] ? 1 : 0)));
    const end = sectionsEnd(report);
    template.sections.forEach((s, idx) => {
      if (!s.required || present.has(idx)) return;
      const nextTitle = tops.find((h) => h.canonical > idx);
      const where = nextTitle
        ? bi(`应位于“${nextTitle.ordinal}${nextTitle.title}”之前。`, `It belongs before “${nextTitle.ordinal}${nextTitle.title}”.`)
        : end?.before === 'signature'
          ? bi(`应位于最后一部分之后、第 ${end.line + 1} 行的落款之前。`, `It belongs after the last section, before the signature on line ${end.line + 1}.`)
          : end
            ? bi(`应位于最后一部分之后、第 ${end.line + 1} 行的附件之前。`, `It belongs after the last section, before the annexes on line ${end.line + 1}.`)
            : bi('应位于报告末尾。', 'It belongs at the end.');
      const what = undecided
        ? bi(`缺少“${s.title}”部分（2019、2021 年格式都规定的第${idx + 1}部分）。`, `Section “${s.title}” is missing (part ${idx + 1} of the 2019 and the 2021 format alike). `)
        : bi(`缺少“${s.title}”部分（${template.document}格式规定的第${idx + 1}部分）。`, `Section “${s.title}” is missing (part ${idx + 1} of the ${template.document} format). `);
      // (The year unknown: a section with a table goes in only where both formats have the same, 四's 表四; 二 and 三
      // are said with how to make the year known, as table-missing says their tables, and not inserted: a heading
      // alone would leave its table missing, and fix-all takes no fix that adds a structure finding.)
      const eol = report.lines.dominantEol();
      const withTable = !undecided || renderSectionTable('2019', s.id, eol) === renderSectionTable('2021', s.id, eol);
      // (The table a section carries is the template's: its `section`.)
      const tableId = (Object.keys(template.tables) as TableId[]).find((id) => template.tables[id]?.section === s.id);
      const tableOf = tableId ? template.tables[tableId] : undefined;
      const noTable = !withTable && tableOf
        ? bi(
          `未能读出报告的年度（没有含年度的标题或统计期限，也没有能看出格式的表格），不知道该插入哪一年格式的${tableOf.name}，未自动插入：写上标题（如“某某局2024年政府信息公开工作年度报告”）或统计期限（“本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止”），或指定年度（.nianbao.jsonc 的 overrides、--year 或编辑器状态栏中的设置）后，修复即可插入这一部分的标题和该年度格式的${tableOf.name}。`,
          ` The report's year could not be read (no title with the year, no statistics period, no table that shows the format), so which format's ${tableOf.name} to insert is not known and nothing was inserted: write the title (某某局2024年政府信息公开工作年度报告) or the statistics period (本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止), or set the year (an override in .nianbao.jsonc, --year, or the editor's status bar), and the fix inserts the section's heading with ${tableOf.name} of that year's format.`)
        : bi('', '');
      // (Or written with a slip, under Markdown or bold heading marks: `## 其他需要报告事项`; brk107 #4, where a second
      // heading was inserted above it.)
      // One heading joins this section's title with the one before or after it (`五、存在的主要问题及改进情况和其他需要报告的
      // 事项`, `三、收到和处理政府信息公开申请及行政复议、行政诉讼情况`), read as the other (brk164 #4: "五 is missing, before 五、…
      // 和其他需要报告的事项"): said as that, one finding. The fix gives the heading the first section's title and puts
      // the second's heading where its text starts, only when that can be told (`mergedSplitLine`) and no other heading
      // keeps its number; else said, not fixed.
      const merged = mergedHeadingFor(report, template, idx);
      if (merged) {
        const h = merged.heading;
        const [one, two] = [template.sections[merged.first], template.sections[merged.first + 1]];
        const doc = undecided ? bi('2019、2021 年', '2019 and 2021') : bi(template.document, template.document);
        const split = mergedSplitLine(report, template, h, merged.first);
        const taken = tops.some((o, j) => o !== h && numbers[j] === merged.first + 2);
        const single = h.titleRange.start.line === h.titleRange.end.line && h.ordinalValue === merged.first + 1;
        const fixable = split !== null && !taken && single;
        const eol = report.lines.dominantEol();
        const secondTitle = styledTitle(sectionStyle(report), two.title, sectionOrdinal(report, merged.first + 1));
        // (The second section's table, by its name: its first row says nothing.)
        const table = fixable ? (Object.keys(report.extras.spans) as TableId[]).find((t) => report.extras.spans[t]?.start === split) : undefined;
        const shown = fixable ? report.lines.line(split!).trim().replace(/<[^>]*>/g, '') : '';
        const brief = table ? report.tables[table]?.name ?? shown : shown.length > 20 ? shown.slice(0, 20) + '…' : shown;
        const lead = fixable && split! > 0 && report.lines.line(split! - 1).trim() ? eol : '';
        ctx.add({
          message: bi(
            `第 ${h.line + 1} 行的标题“${h.ordinal}${h.title}”把“${one.title}”和“${two.title}”两部分合在了一个标题里，而${doc.zh}格式规定这是分开的两部分（第${merged.first + 1}、${merged.first + 2}部分）。` + (fixable
              ? `修复把这个标题改为“${h.ordinal}${bareTitle(one.title)}”，并在第 ${split! + 1} 行${table ? `的${brief}` : `“${brief}”（“${bareTitle(two.title)}”的内容）`}之前插入“${two.title}”。`
              : `“${bareTitle(two.title)}”的内容从哪里开始无法确定${taken ? '（或另一个一级标题已占用它的序号）' : ''}，未自动拆分：请把标题改为“${one.title}”，并在“${bareTitle(two.title)}”的内容开始处加上“${two.title}”。`),
            `The heading “${h.ordinal}${h.title}” on line ${h.line + 1} joins “${one.title}” and “${two.title}” in one heading, while the ${doc.en} format has them as two separate sections (parts ${merged.first + 1} and ${merged.first + 2}).` + (fixable
              ? ` The fix makes the heading “${h.ordinal}${bareTitle(one.title)}” and inserts “${two.title}” before line ${split! + 1} (${table ? brief : `“${brief}”, the text of “${bareTitle(two.title)}”`}).`
              : ` Where the text of “${bareTitle(two.title)}” starts cannot be told${taken ? ' (or another level-1 heading keeps its number)' : ''}, so nothing is split: make the heading “${one.title}” and add “${two.title}” where the text of “${bareTitle(two.title)}” starts.`)),
          range: h.range,
          ...(fixable ? {
            fix: {
              title: bi(`拆分为“${one.title}”和“${two.title}”`, `Split into “${one.title}” and “${two.title}”`),
              edits: [
                markInWrittenScript({ range: h.titleRange, newText: bareTitle(one.title) }),
                { range: { start: { line: split!, character: 0 }, end: { line: split!, character: 0 } }, newText: lead + secondTitle + eol + eol },
              ],
            },
          } : {}),
          data: { section: s.id },
        });
        return;
      }
      // The title is there, inside an HTML comment over several lines (a suppression comment that lost its `-->` and
      // runs to a later comment's; a section commented out): it is not shown, and a heading inserted elsewhere would
      // give the report the section twice once the comment is closed. Said where it is, not fixed.
      const commented = commentedTitle(report, s.title);
      if (commented) {
        ctx.add({
          message: bi(
            `${what.zh}它的标题在第 ${commented.line + 1} 行，但写在了第 ${commented.open + 1}–${commented.last + 1} 行的 HTML 注释里，页面上不显示，也不读作报告内容：请补全或删去这个注释（第 ${commented.open + 1} 行的“<!--”可能缺少本该紧随其后的“-->”）。未自动插入，以免出现两个同名部分。`,
            `${what.en}Its title is on line ${commented.line + 1}, but inside the HTML comment of lines ${commented.open + 1}–${commented.last + 1}, which no page shows and which is not read as the report's text: close or remove that comment (the “<!--” on line ${commented.open + 1} may have lost the “-->” that should follow it). Nothing is inserted, so as not to give the report that section twice.`),
          // Shown on the first line after the comment (a finding inside one is dropped: no page shows it there).
          range: report.lines.lineRange(Math.min(commented.last + 1, report.lines.lineCount - 1)),
          data: { section: s.id },
          absent: true,
        });
        return;
      }
      // The title is there with its number written wrongly (`## 五)存在的主要问题及改进情况`, `五）…`, `**)…**`): said as
      // ordinal-malformed says it, naming that ordinal (not "without its number": brk162 #5), and the fix writes the
      // section's ordinal in its place. (Not where another heading keeps that number.)
      const broken = numbers.includes(idx + 1) ? undefined : report.extras.malformedOrdinals.find((m) => brokenSectionIndex(m, template) === idx);
      if (broken) {
        const shown = report.lines.line(broken.line).trim();
        const ordinal = sectionOrdinal(report, idx) ?? `${toChineseNumeral(idx + 1)}、`;
        const range = report.lines.range(broken.line, broken.from, broken.to);
        ctx.add({
          message: bi(
            `${what.zh}第 ${broken.line + 1} 行“${shown}”就是这一部分的标题，但序号“${broken.written}”残缺，应为“${ordinal}”，未读作部分标题。修复把“${broken.written}”改为“${ordinal}”。`,
            `${what.en}Line ${broken.line + 1} (“${shown}”) is this section's heading, but its ordinal “${broken.written}” is malformed (expected “${ordinal}”), so it is not read as a section heading. The fix changes “${broken.written}” to “${ordinal}”.`),
          range: report.lines.range(broken.line, firstNonSpace(report.lines.line(broken.line)), report.lines.line(broken.line).trimEnd().length),
          fix: { title: bi(`把“${broken.written}”改为“${ordinal}”`, `Change “${broken.written}” to “${ordinal}”`), edits: [markInWrittenScript({ range, newText: ordinal })] },
          data: { section: s.id },
        });
        return;
      }
      const exact = unreadTitleLine(report, template, idx);
      const written = exact >= 0 ? exact : numberlessTitleNear(report, template, idx);
      if (written >= 0) {
        // The section's title is there, on a line not read as a heading (`<h2>六、…</h2>`, the title without its
        // number): a heading inserted elsewhere would give the report that title twice. Written plainly without its
        // number (`## 其他需要报告的事项`), the fix writes the number before the words (brk106 #12), unless another
        // heading keeps that number; else said, not fixed.
        const shown = report.lines.line(written).trim();
        const numeral = toChineseNumeral(idx + 1);
        const wordsAt = numbers.includes(idx + 1) ? null : unnumberedTitleStart(report.lines.line(written));
        ctx.add({
          message: wordsAt !== null
            ? bi(
              `${what.zh}第 ${written + 1} 行“${shown}”就是这一部分的标题，但没有写编号“${numeral}、”，未读作部分标题。修复在标题前加上“${numeral}、”。`,
              `${what.en}Line ${written + 1} (“${shown}”) is this section's heading, written without its number ${numeral}、, so it is not read as a section heading. The fix writes ${numeral}、 before its words.`)
            : bi(
              `${what.zh}第 ${written + 1} 行“${shown}”似乎就是这一部分的标题，但没有写成标题：请把这一行改为“${s.title}”（以“${numeral}、”开头的单独一行，可加 Markdown 的“#”）。未自动插入，以免出现两个同名标题。`,
              `${what.en}Line ${written + 1} (“${shown}”) seems to be this section's heading, but it is not written as one: make that line “${s.title}” (a line of its own starting with ${numeral}、, Markdown # marks allowed). Nothing is inserted, so as not to give the report two headings of that title.`),
          range: report.lines.range(written, firstNonSpace(report.lines.line(written)), report.lines.line(written).trimEnd().length),
          ...(wordsAt !== null ? { fix: { title: bi(`在标题前加上“${numeral}、”`, `Write ${numeral}、 before the heading`), edits: [markInWrittenScript({ range: report.lines.range(written, wordsAt, wordsAt), newText: `${numeral}、` })] } } : {}),
          data: { section: s.id },
        });
        return;
      }
      // The title inside a line of text (glued to the end of the paragraph before, or a whole report on one line: line
      // breaks lost in a copy). The fix breaks the line before the title and, with text after it, after it: the title
      // then stands as the heading (nothing inserted, nothing lost).
      const glued = gluedTitleAt(report, template, idx);
      if (glued) {
        const line = report.lines.line(glued.line);
        // The title's own heading marks glued with it (`…下载。## 一、总体情况`) go with it to its line, and then no
        // others are added (they were left behind as a stray `##` at the end of the paragraph: helper-205 #3).
        // So do the markers and tags that open the title (`…实效。**六、…**本年度…`, `…</p><h2>一、总体情况</h2><p>…`), and
        // those that close it stay after it on its line: a fix moving one marker of a pair, or deleting `</h2>`, broke
        // the bold or the page (brk127 #2, #3). (A `**` before the title opens it when the text before has an odd number.)
        const before = line.slice(0, glued.character);
        let own = /(?:<(?!\/)[a-zA-Z][^>]*>|\*{2,3}|_{2,3}|#{1,6}[ \t]*)+$/.exec(before)?.[0] ?? '';
        const pair = /(\*{2,3}|_{2,3})$/.exec(own.replace(/<[^>]*>$/, ''));
        if (pair && before.slice(0, before.length - own.length).split(pair[1]).length % 2 === 0) own = '';
        const eol = report.lines.dominantEol();
        // Markup before the number only (`## `): markup that also closes after the title (`**…**`) is not added, nor
        // any before an HTML tag.
        const style = sectionStyle(report);
        const open = /[#<]/.test(own) ? '' : style.close || style.afterOrdinal ? '' : style.open;
        const shown = line.slice(glued.character, glued.end).trim();
        const runOn = glued.text < line.trimEnd().length;
        const edits = [breakBeforeTitle(report, glued.line, glued.character - own.length, open)];
        const closing = (line.slice(glued.end, glued.text).match(/<\/[a-zA-Z][^>]*>|\*{2,3}|_{2,3}/g) ?? []).join('');
        if (runOn) edits.push({ range: report.lines.range(glued.line, glued.end, glued.text), newText: closing + eol + eol });
        ctx.add({
          message: runOn
            ? bi(
              `${what.zh}第 ${glued.line + 1} 行中的“${shown}”就是这一部分的标题，但与前后的文字写在了同一行（换行丢失）。修复在标题前后换行，使它单独成行。`,
              `${what.en}“${shown}” inside line ${glued.line + 1} is this section's heading, written on one line with the text before and after it (line breaks lost). The fix breaks the line before and after it so that it stands on a line of its own.`)
            : bi(
              `${what.zh}第 ${glued.line + 1} 行末尾的“${shown}”就是这一部分的标题，但接在了上一段文字之后（换行丢失）。修复在标题之前换行，使它单独成行。`,
              `${what.en}“${shown}” at the end of line ${glued.line + 1} is this section's heading, glued to the end of the paragraph before (a line break lost). The fix breaks the line before it so that it stands on a line of its own.`),
          range: report.lines.range(glued.line, glued.character, glued.end),
          fix: { title: bi(`把“${shown}”另起一行`, `Put “${shown}” on a line of its own`), edits },
          data: { section: s.id },
        });
        return;
      }
      const content = missingContent(report, template, idx);
      if (content === 'unsure') {
        // Its text seems to be there without a heading, and no sub-heading says where it starts: a heading put
        // before the next section would sit after that text, empty. Said, not fixed; where the section's own table
        // is read under the section before, its line is named and the finding stands there (helper-204 #9).
        const own = TABLE_OF_SECTION[s.id] ? report.tables[TABLE_OF_SECTION[s.id]] : undefined;
        const prevTitle = [...tops].reverse().find((h) => h.canonical < idx);
        const tableLine = own && prevTitle && own.range.start.line > prevTitle.line && (!nextTitle || own.range.start.line < nextTitle.line) ? own.range.start.line : -1;
        const at = tableLine >= 0 ? bi(`（它的${own!.name}在第 ${tableLine + 1} 行）`, ` (its ${own!.name} is on line ${tableLine + 1})`) : bi('', '');
        ctx.add({
          message: bi(
            `${what.zh}这一部分的内容似乎写在了上一部分里${at.zh}，但没有标题：请在其内容开始处加上“${s.title}”。未自动插入，以免把空标题放在内容之后。`,
            `${what.en}Its text seems to be there, under the previous section${at.en}, without a heading: add “${s.title}” where it starts. Not inserted automatically, so as not to put an empty heading after its text.`),
          range: tableLine >= 0 ? report.lines.lineRange(tableLine) : nextTitle ? nextTitle.range : report.lines.lineRange(report.lines.lineCount - 1),
          data: { section: s.id },
          absent: true,
        });
        return;
      }
      // The section's own heading is there, read as an item of the section before it because of its number (a
      // numbering that restarts at 一、), or anywhere as a sub-heading (a file of several reports numbered （一）…):
      // inserting a heading would give the report two of that title.
      const titled = content && content.heading && isKnownTitle(content.heading, template, idx) ? content.heading : report.headings.find((h) => h.level > 1 && isKnownTitle(h, template, idx) === 'canonical');
      if (titled) {
        const c = titled;
        const numeral = toChineseNumeral(idx + 1);
        ctx.add({
          message: bi(
            `${what.zh}第 ${c.line + 1} 行“${c.ordinal}${c.title}”就是这一部分的标题，但按它的编号读作了上一部分中的一项：请把它改为“${numeral}、”，并核对前后一级标题的编号。未自动插入，以免出现两个同名标题。`,
            `${what.en}Line ${c.line + 1} (“${c.ordinal}${c.title}”) is this section's heading, but its number makes it read as an item of the section before: renumber it to ${numeral}、 and check the numbers of the level-1 headings around it. Nothing is inserted, so as not to give the report two headings of that title.`),
          range: c.range,
          data: { section: s.id },
        });
        return;
      }
      // Another heading of the same run of numbers keeps this section's number (a section of the report's own where
      // this one belongs, a section numbered wrongly whose renumbering is blocked): an inserted heading would give
      // the report that number twice. Said, not fixed. (Another run, such as 总体情况's parts written as 一、二、…
      // before the format's sections, numbers apart.)
      const insertAt = content ? content.line : nextTitle ? nextTitle.line : end ? end.line : report.lines.lineCount;
      const before = tops.filter((h) => h.line < insertAt).length - 1;
      const taken = tops
        .filter((_, j) => runs[j] === (before >= 0 ? runs[before] : 0) && numbers[j] === idx + 1)
        .sort((a, b) => Math.abs(a.line - insertAt) - Math.abs(b.line - insertAt))[0];
      if (taken) {
        const h = taken;
        const numeral = toChineseNumeral(idx + 1);
        const place = content
          ? content.heading
            ? bi(`其内容从第 ${content.line + 1} 行“${content.shown}”开始，却没有标题。`, `Its text starts at line ${content.line + 1} (“${content.shown}”) without a heading.`)
            : bi(`其内容似乎从第 ${content.line + 1} 行“${content.shown}”开始，却没有标题。`, `Its text seems to start at line ${content.line + 1} (“${content.shown}”) without a heading.`)
          : where;
        ctx.add({
          message: bi(
            `${what.zh}${place.zh}但第 ${h.line + 1} 行“${h.ordinal}${h.title}”已编为“${numeral}、”，插入会使报告有两个“${numeral}、”，因此未自动插入：请先核对一级标题的编号，再补上这一部分。`,
            `${what.en}${place.en} But line ${h.line + 1} (“${h.ordinal}${h.title}”) is numbered ${numeral}、 already, and an inserted heading would give the report two of that number, so nothing is inserted: check the numbers of the level-1 headings, then add this section.`),
          range: content ? content.heading?.range ?? report.lines.range(content.line, firstNonSpace(report.lines.line(content.line)), report.lines.line(content.line).trimEnd().length) : nextTitle ? nextTitle.range : h.range,
          data: { section: s.id },
          // At the heading that keeps the number, that heading is at fault; at its text or the next section, the
          // finding is the heading that is not there.
          absent: Boolean(content || nextTitle),
        });
        return;
      }
      // The section's table is there (read under another section: its heading in markup not read as one, or not
      // written): the inserted section would bring a second, blank copy of it, which the table reader would take
      // for the table while the one with the figures went unchecked. Said, not fixed.
      const existing = tableId ? report.tables[tableId] : undefined;
      if (existing) {
        const at = existing.range.start.line;
        ctx.add({
          message: bi(
            `${what.zh}${existing.name}已在第 ${at + 1} 行，而它上方没有读出这一部分的标题（可能写在了不被读作标题的一行里）：请在${existing.name}之前写上“${s.title}”（以“${toChineseNumeral(idx + 1)}、”开头的单独一行，可加 Markdown 的“#”）。未自动插入，以免出现两张${existing.name}。`,
            `${what.en}${existing.name} is there at line ${at + 1}, but no heading of this section was read above it (it may be on a line not read as a heading): write “${s.title}” before ${existing.name} (a line of its own starting with ${toChineseNumeral(idx + 1)}、, Markdown # marks allowed). Nothing is inserted, so as not to give the report two copies of ${existing.name}.`),
          range: report.lines.range(at, firstNonSpace(report.lines.line(at)), report.lines.line(at).trimEnd().length),
          data: { section: s.id },
          absent: true,
        });
        return;
      }
      if (content) {
        const { edit, title } = insertSectionEdit(report, template, idx, content.line);
        const at = content.line;
        ctx.add({
          message: content.heading
            ? bi(
              `${what.zh}其内容从第 ${at + 1} 行“${content.shown}”开始，却没有标题。${noTable.zh || `修复会在那里插入“${title}”。`}`,
              `${what.en}Its text starts at line ${at + 1} (“${content.shown}”) without a heading.${noTable.en || ` The fix inserts “${title}” there.`}`)
            : bi(
              `${what.zh}其内容似乎从第 ${at + 1} 行“${content.shown}”开始（${content.opening ? '报告开头的说明之后' : content.tableless ? '上一部分自身的文字之后' : '上一部分表格之后的文字'}），却没有标题。${noTable.zh || `修复会在第 ${at + 1} 行之前插入“${title}”，请核对。`}`,
              `${what.en}Its text seems to start at line ${at + 1} (“${content.shown}”, the text after ${content.opening ? 'the report\'s introduction' : content.tableless ? 'the own text of the section before' : 'the table of the section before'}) without a heading.${noTable.en || ` The fix inserts “${title}” before line ${at + 1}: check it.`}`),
          range: content.heading ? content.heading.range : report.lines.range(at, firstNonSpace(report.lines.line(at)), report.lines.line(at).trimEnd().length),
          ...(withTable ? { fix: { title: bi(`在第 ${at + 1} 行前插入“${title}”`, `Insert “${title}” before line ${at + 1}`), edits: [edit] } } : {}),
          data: { section: s.id },
          absent: true,
        });
        return;
      }
      const { edit, line, title } = insertSectionEdit(report, template, idx);
      // Where the fix puts it, said in the message; when text stands right above that place (the text of the
      // section before, or this section's own text not recognised as such), the author is asked to check.
      const prose = nextTitle ? proseAbove(report, nextTitle.line) : false;
      // (With the section's standard table, blank, when it has one: the message says the table comes with it.)
      const withIts = tableOf ? bi(`连同待填写的${tableOf.name}`, `, with a blank ${tableOf.name} to fill in,`) : bi('', '');
      const put = nextTitle
        ? bi(
          `修复会把标题${withIts.zh}插在第 ${nextTitle.line + 1} 行之前${prose ? '；如果其上方的文字属于这一部分，请把标题移到这些文字开始处' : ''}。`,
          ` The fix inserts the heading${withIts.en} before line ${nextTitle.line + 1}${prose ? '; if the text above it belongs to this section, move the heading to where that text starts' : ''}.`)
        : bi('', ''); // at the end: `where` says so
      ctx.add({
        message: withTable ? bi(what.zh + where.zh + put.zh, what.en + where.en + put.en) : bi(what.zh + where.zh + noTable.zh, what.en + where.en + noTable.en),
        range: nextTitle ? nextTitle.range : report.lines.lineRange(line),
        ...(withTable ? { fix: { title: bi(`插入“${title}”`, `Insert “${title}”`), edits: [edit] } } : {}),
        data: { section: s.id },
        // Shown at the next section's heading (or where the heading goes): the finding is the section that is not
        // there, not that neighbouring text (see `Finding.absent`).
        absent: true,
      });
    });
  },
};

/**
 * Pre-2019: each content item of 2008《条例》第三十二条 whose words are nowhere in the report (its headings or text;
 * the introduction's list of the parts aside, which names a part and reports nothing) is said, once per item (info:
 * the era had no fixed structure). Shown at the heading of the part that conventionally follows it.
 */
function oldEraContentMissing(ctx: Parameters<Rule['check']>[0], report: Report, tops: Heading[]): void {
  const template = ctx.template;
  if (!template) return;
  for (const item of oldEraMissingItems(report)) {
    const idx = template.sections.findIndex((s) => s.id === item.section);
    const next = tops.find((h) => h.canonical > idx);
    const last = tops[tops.length - 1];
    ctx.add({
      message: bi(
        `报告中没有找到“${item.zh}”的内容；2008《条例》第三十二条要求年度报告包括这一项（没有发生的，也应写明“无”或“未发生”）。`,
        `Nothing in the report is on ${item.en}; article 32 of the 2008 regulation requires the annual report to include it (if there was none, say so).`),
      range: next?.range ?? last?.range ?? report.lines.lineRange(0),
      severity: 'info',
      data: { section: item.section },
      absent: true,
    });
  }
}

/**
 * A section title written plainly without its number (`## 其他需要报告的事项`, `**其他需要报告的事项**`, a line of its
 * own, in a quote too): the UTF-16 column where its words start, after the `>`, `#` and bold marks. Null for any other
 * line: one with HTML tags, decoration around the words (`【…】`, `★…`) or a number already, which writing the number
 * before the words would not make a heading.
 */
function unnumberedTitleStart(line: string): number | null {
  const m = /^([ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]+)?(?:\*\*|__)?)[\u4e00-\u9fff][^*_<>#【】\[\]]*?(?:\*\*|__)?[ \t]*$/u.exec(line);
  if (!m || LEVEL1.test(line.slice(m[1].length))) return null;
  return m[1].length;
}

/**
 * A line that is section `idx`'s title written without its number and with a slip (`## 其他需要报告事项`, `**存在的主要
 * 问题和改进情况**`): marked as a heading (`#` or bold), its words within the title's typo budget of the title or a
 * variant (`titleTypoBudget`). The 0-based line, or -1. Only marked lines: a sentence of text such as `无其他需要报告的
 * 事项。` is no title.
 */
function numberlessTitleNear(report: Report, template: Template, idx: number): number {
  const s = template.sections[idx];
  const keys = [s.title, ...s.variants].map((t) => titleKey(bareTitle(t)));
  for (let i = 0; i < report.lines.lineCount; i++) {
    const line = report.lines.line(i);
    if (line.length > 60 || !/^[ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]|\*\*|__)/.test(line)) continue;
    const at = unnumberedTitleStart(line);
    if (at === null) continue;
    const key = titleKey(line.slice(at).replace(/(?:\*\*|__)?[ \t]*$/, ''));
    if (keys.some((k) => editDistance(key, k) <= titleTypoBudget(k.length))) return i;
  }
  return -1;
}


/**
 * Where section title `title` (`三、收到和处理政府信息公开申请情况`) is written inside an HTML comment over several
 * lines (`commentBlocks`) that hides other text with it, as a line of its own (on the comment's first line too) (`## 三、…`, its ordinal and heading marks aside; 0-based lines): the
 * line, and the comment's first and last lines. Null when it is not.
 */
function commentedTitle(report: Report, title: string): { line: number; open: number; last: number } | null {
  const words = titleKey(title.replace(LEADING_ORDINAL, ''));
  if (!words) return null;
  for (const b of commentBlocks(report.lines)) {
    if (b.last === b.line) continue;
    // The comment's lines as text: the opening line after its `<!--`, the last before its `-->`.
    let at = -1;
    let other = false;
    for (let l = b.line; l <= b.last; l++) {
      let t = report.lines.line(l);
      if (l === b.line) t = t.slice(t.indexOf('<!--') + 4);
      if (l === b.last && b.close >= 3) t = t.slice(0, b.close - 3);
      t = t.replace(/^[\s>]*(?:#{1,6}\s*)?(?:\*\*)?/, '').replace(/(?:\*\*)?\s*$/, '');
      if (!t) continue;
      if (at < 0 && titleKey(t.replace(LEADING_ORDINAL, '')) === words) at = l;
      else other = true;
    }
    // A heading commented out alone (`<!--` / `## 五、…` / `-->`) is a section not there: the fix inserts it above the
    // comment, as for any missing section (brk92 #2). One among more text the comment hides (a `<!--` whose `-->` was
    // lost or put far below, brk154 #1: the section's text and tables with it) is said, not inserted.
    if (at >= 0 && other) return { line: at, open: b.line, last: b.last };
  }
  return null;
}

/** A section title's ordinal (`三、`, `（三）`, `三.`). */
const LEADING_ORDINAL = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、,，．.:：]|[（(][一二三四五六七八九十]{1,3}[）)])\s*/;
