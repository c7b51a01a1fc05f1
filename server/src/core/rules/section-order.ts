import type { Fix, Heading, Position, Range, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';
import type { Rule, RuleContext } from './rule.js';
import type { Template } from '../templates/index.js';
import { bi } from './util.js';
import { breakBeforeTitle, LIST_ITEM, oldEraMissingItems, mergedHeadingFor, mergedSectionsOf, sectionsEnd, settledNumbers, textBeforeTitle, TITLE_AFTER, topHeadings } from './sections.js';
import { toChineseNumeral } from '../text/normalize.js';
import { applyFixes } from '../fix/apply.js';

/** Sections out of order, or numbered with the wrong ordinal (`三、主动公开…`); numbering that skips or restarts. */
export const sectionOrder: Rule = {
  meta: {
    id: 'section-order',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('部分顺序错误或序号错误', 'Sections out of order or numbered wrongly'),
    rationale: bi(
      '一级标题应按“一、二、三……”连续编号；2019、2021 年格式还规定了六部分的顺序。编号跳号、重号或重新从“一、”开始，或标准标题配了错误的序号（如“三、主动公开政府信息情况”），都会让读者和统计口径对不上。某一部分（如“六、其他需要报告的事项”）之下从“一、”重新编号、且其中没有格式规定的部分标题的（如“一、落实上级年度政务公开工作要点情况”“二、人大代表建议和政协提案办理结果公开情况”），是该部分中的列表，不算重新开始。跳过的序号正是报告缺少的部分时（2019 年以前的年报：跳过的正是全文都找不到其内容的《条例》第三十二条规定的部分时），只由 section-missing 报告一次。跳过的那一个标题写在了上一部分某一行的末尾（接在上一段文字之后，换行丢失）时，指出它在哪一行，修复在它之前换行，而不是要求改号（Markdown 列表项中的不算：列表项提到标题，修复不拆分列表项）。各部分的编号与标题相符、只是排列顺序颠倒（如“六、”在“五、”之前）时，报告顺序问题，修复按编号把各部分整段移回原位，文字不变。不是格式规定的部分（如 2019 年以前的报告）而相邻两个一级标题的编号互换了（“一、三、二、四”）时，合为一条，修复交换两个编号。能确定正确序号、且改号后不会与其他一级标题重号（包括因同样原因未能改号的标题）时，修复会改正序号；报告前面另有一套“一、二、三……”（如写成一级标题的总体情况小节）时不自动改号，请把那些标题改为“（一）（二）”等小标题。格式规定的部分标题用了别的序号（如〔2021〕30号正文那样写成“（一）总体情况。”，或“1、总体情况”“一 总体情况”）时，仍按部分读取，这里报告序号，修复改为“一、”等，不插入任何内容；在编为“一、”“二、”的报告标题之下（汇编中各机关的报告），各部分的序号应为“（一）”等，写成“1、总体情况”的，修复改为“（一）”。',
      'Level-1 headings are numbered 一、二、三… without gaps; the 2019 and 2021 formats also fix the order of the six sections. A skipped, repeated or restarted number, or a canonical title under the wrong number, is reported. A run numbered from 一、 again inside a section (六、其他需要报告的事项 listing 一、落实上级年度政务公开工作要点情况, 二、人大代表建议和政协提案办理结果公开情况) with no section title of the format among it is a list of that section, no restart. A gap left by missing sections is reported by section-missing alone (in a report before 2019: when the numbers skipped are parts of article 32 of the 2008 regulation whose content is nowhere in the report). When the one skipped title stands at the end of a line of the section before (glued to the paragraph, a line break lost), the finding says where and the fix breaks the line before it, instead of asking for a renumbering (not in a Markdown list item, which names the title: no fix splits a list item). Sections that carry the numbers of their titles but stand in another order (六 before 五) are said as out of order; the fix moves each section whole into the order of its number, changing no text. Two neighbouring level-1 headings that are no sections of a format (a report before 2019) with the numbers of each other (一、三、二、四) are one finding, whose fix swaps the numbers. When the right number is certain and no other level-1 heading carries it (also one whose own renumbering is blocked so), the fix renumbers; when an earlier run of 一、二、… headings (sub-parts of 总体情况 written as level-1 headings) holds the number, nothing is renumbered: make those headings sub-headings (（一）, （二）, …). A section title of the format numbered in another style (（一）总体情况。 as the 〔2021〕30号 body writes it, 1、总体情况, 一 总体情况) is still read as that section; its ordinal is reported here and the fix writes 一、… in its place, inserting nothing; under report titles numbered 一、, 二、 (the reports of the agencies in a 汇编) the ordinal of the sections is （一）…, and 1、总体情况 there is renumbered to （一）.'),
    example: { bad: '六、政府信息公开平台建设\n一、主动公开政府信息情况', note: bi('编号重新从“一、”开始', 'numbering restarts at 一') },
  },
  check(ctx) {
    const { report, template } = ctx;
    if (!report.isReport) return;
    const tops = topHeadings(report);
    const strict = template?.sectionOrderStrict ?? false;
    // The numbers once every safe renumbering is made: a renumbering is offered only when its number stays unique (a
    // report whose narrative outline runs 一–六 before the template's sections keeps both), also against headings
    // whose own renumbering is blocked so (settledNumbers).
    const { known: knownAt, numbers: finalNumber } = settledNumbers(report, template);
    const present = new Set(tops.map((h) => h.canonical));
    let maxCanonical = -1;
    // What the previous heading's number should have been: a wrongly numbered section does not make its successor wrong too.
    let prevOrdinal = 0;
    // Every place (index into `tops`) where the numbering restarts with the template's own sections: a report
    // pasted many times restarts once a copy, and is said once, at the first restart, with how many there are.
    const restarts = strict ? tops.flatMap((h, i) => (i > 0 && h.ordinalValue === 1 && templateRunFrom(tops, i) ? [i] : [])) : [];
    const restartAt = new Set(restarts);
    if (strict && inOtherOrder(tops)) {
      // Sections numbered by their titles but standing in another order (六 before 五): the order is what is wrong,
      // not the numbers (a skipped 五 and a repeated 七 were said before).
      const fix = reorderFix(report, tops);
      tops.forEach((h, i) => {
        const later = tops.slice(0, i).find((o) => o.ordinalValue > h.ordinalValue);
        if (!later) return;
        ctx.add({
          message: bi(
            `“${h.ordinal}${h.title}”排在“${later.ordinal}${later.title}”之后：各部分的编号与标题相符，但顺序颠倒（格式规定按一至${toChineseNumeral(template!.sections.length)}的顺序）。${fix ? '修复按编号重排各部分，文字不变。' : '请按编号调整各部分的顺序。'}`,
            `“${h.ordinal}${h.title}” stands after “${later.ordinal}${later.title}”: the sections carry the numbers of their titles but stand in another order (the format orders them 1 to ${template!.sections.length}). ${fix ? 'The fix puts the sections in the order of their numbers; no text changes.' : 'Move the sections into the order of their numbers.'}`),
          range: h.range,
          fix,
        });
      });
      return;
    }
    // Headings whose number a swap with the heading before settled (said with it): their number is the one it gets.
    const swapped = new Map<number, number>();
    tops.forEach((h, i) => {
      if (h.writtenStyle) restyled(ctx, h);
      else wrongSeparator(ctx, h);
      const settled = swapped.get(i);
      if (settled !== undefined) {
        prevOrdinal = settled;
        return;
      }
      const prev = i > 0 ? { ...tops[i - 1], ordinalValue: prevOrdinal } : undefined;
      const known = knownAt[i];
      const canonicalOrdinal = h.canonical + 1;
      if (known && h.ordinalValue !== canonicalOrdinal) {
        const numeral = toChineseNumeral(canonicalOrdinal);
        const clash = tops.find((o, j) => j !== i && finalNumber[j] === canonicalOrdinal);
        const message = bi(`“${h.title}”应是第${numeral}部分，却编为“${h.ordinal}”。`, `“${h.title}” is section ${canonicalOrdinal} of the format but is numbered “${h.ordinal}”.`);
        if (clash) {
          const line = clash.range.start.line + 1;
          const c = tops.indexOf(clash);
          const earlier = clash.range.start.line < h.range.start.line;
          // Why the other heading holds the number: a section of the format numbered wrongly itself (its own
          // renumbering blocked in turn), a section of the report's own among the format's (四、政府信息公开的收费及减免
          // 情况 after 三), or an earlier outline of 一、二、… (总体情况's parts written as level-1 headings).
          const why = strict && clash.canonical >= 0 && clash.ordinalValue !== clash.canonical + 1
            ? bi(`（按标题它应是第${toChineseNumeral(clash.canonical + 1)}部分，编号也有误），未自动改号：请核对这些一级标题的编号。`, ` (by its title section ${clash.canonical + 1} of the format, itself misnumbered), so it is not renumbered automatically: check the numbers of these level-1 headings.`)
            : earlier && clash.canonical < 0 && tops.slice(0, c).some((o) => o.canonical >= 0)
              ? bi('，它不是格式规定的部分，未自动改号：请把它改为相邻部分中的小标题（如“（一）”“（二）”）或把其内容并入相应部分，再核对编号。', ' and is no section of the format, so it is not renumbered automatically: make it a sub-heading of a neighbouring section (（一）, （二）, …) or move its text into the section it belongs to, then check the numbers.')
              : earlier
                ? bi('，未自动改号：如果前面的“一、”“二、”……是“总体情况”的内容，请把它们改为“（一）”“（二）”等小标题。', ', so it is not renumbered automatically: if the earlier 一、二、… headings belong to 总体情况 (general situation), make them sub-headings (（一）, （二）, …).')
                : bi('，未自动改号：请核对两处标题的编号。', ', so it is not renumbered automatically: check the numbers of both headings.');
          ctx.add({
            message: bi(
              `${message.zh}但第 ${line} 行“${clash.ordinal}${clash.title}”也编为“${numeral}、”${why.zh}`,
              `${message.en} Line ${line} “${clash.ordinal}${clash.title}” is numbered ${numeral}、 as well${why.en}`),
            range: h.range,
          });
        } else {
          // Renumbered, a section may stand out of the order of the numbers (五 and 六 swapped, text and all): the
          // next round of fixes moves the sections (`inOtherOrder` above), which the finding says beforehand.
          const after = tops.find((o, j) => j > i && knownAt[j] && o.canonical + 1 < canonicalOrdinal);
          const before = tops.find((o, j) => j < i && knownAt[j] && o.canonical + 1 > canonicalOrdinal);
          const other = after ?? before;
          const moves = strict && other
            ? bi(`改号后它排在“${other.title}”${after ? '之前' : '之后'}，与编号的顺序不符：修复随后会把各部分连同正文按编号重排，请核对。`, ` Renumbered, it stands ${after ? 'before' : 'after'} “${other.title}”, against the order of the numbers: the fix then moves the sections, text and all, into the order of their numbers; check the result.`)
            : bi('', '');
          ctx.add({
            message: bi(`${message.zh}${moves.zh}`, `${message.en}${moves.en}`),
            range: h.range,
            fix: { title: bi(`改为“${numeral}、”`, `Renumber to ${numeral}、`), edits: [{ range: ordinalRange(h), newText: numeral }] },
          });
        }
      } else if (prev && restartAt.has(i)) {
        // The numbering restarts with the template's own sections (一、总体情况 … in order): the run before them is
        // the other outline (总体情况's parts written as level-1 headings, or the report pasted twice).
        const first = tops[0].range.start.line + 1, last = tops[i - 1].range.start.line + 1;
        if (restarts.length === 1) {
          ctx.add({
            message: bi(
              `一级标题编号从“一、”重新开始：第 ${h.range.start.line + 1} 行起是格式规定的各部分，而第 ${first}–${last} 行另有一套“一、”至“${tops[i - 1].ordinal}”。如果前面那些是“总体情况”的内容，请改为“（一）”“（二）”等小标题；如果报告重复粘贴了，请删去重复的部分。`,
              `Section numbering restarts at 一、: from line ${h.range.start.line + 1} come the format's sections, while lines ${first}–${last} hold another run from 一、 to ${tops[i - 1].ordinal}. If those belong to 总体情况 (general situation), make them sub-headings (（一）, （二）, …); if the report was pasted twice, delete the repeated part.`),
            range: h.range,
          });
        } else if (i === restarts[0]) {
          // Restarting again and again: the report (or its sections) pasted many times. One finding, not one a copy.
          const n = restarts.length;
          const lastAt = tops[restarts[n - 1]].range.start.line + 1;
          ctx.add({
            message: bi(
              `一级标题编号从“一、”重新开始了 ${n} 次：格式规定的各部分从第 ${h.range.start.line + 1} 行起又出现了 ${n} 遍（最后一遍从第 ${lastAt} 行起），而第 ${first}–${last} 行是第一套“一、”至“${tops[i - 1].ordinal}”。报告可能被重复粘贴了多遍，请删去重复的部分；如果第一套是“总体情况”的内容，请改为“（一）”“（二）”等小标题。`,
              `Section numbering restarts at 一、 ${n} times: the format's sections come again ${n} times from line ${h.range.start.line + 1} on (the last time from line ${lastAt}), after the first run from 一、 to ${tops[i - 1].ordinal} on lines ${first}–${last}. The report was probably pasted several times: delete the repeated parts; if the first run belongs to 总体情况 (general situation), make it sub-headings (（一）, （二）, …).`),
            range: h.range,
          });
        }
        maxCanonical = -1;
      } else if (prev && h.ordinalValue > prev.ordinalValue + 1 && template && strict && skipsMissing(prev.ordinalValue, h.ordinalValue, template, present)) {
        // The numbers skipped are those of sections the report lacks: section-missing says so (one gap, said once).
      } else if (prev && template?.id === 'pre2019' && h.ordinalValue > prev.ordinalValue + 1 && oldEraGap(report, template, tops.slice(0, i), h, h.ordinalValue - prev.ordinalValue - 1)) {
        // Pre-2019: the numbers skipped are the parts of 2008《条例》第三十二条 whose content is nowhere in the report
        // (`二、主动公开…` then `四、…收费…`, no 依申请 at all): section-missing says the content missing; asking for the
        // number after 二 would hide the gap instead of filling it (brk159 #2).
      } else if (prev && template && h.ordinalValue === prev.ordinalValue + 2 && mergedSectionsOf(tops[i - 1], template) === prev.ordinalValue - 1 && mergedHeadingFor(report, template, tops[i - 1].canonical === prev.ordinalValue ? prev.ordinalValue - 1 : prev.ordinalValue)?.heading.line === tops[i - 1].line) {
        // The number skipped is the second section of a heading that joins two (`三、收到和处理…申请及行政复议、行政诉讼
        // 情况` then `五、…`): section-missing says the merge (brk164 #4), not a renumbering to 四.
      } else if (prev && h.ordinalValue !== prev.ordinalValue + 1 && h.ordinalValue !== tops[i - 1].ordinalValue + 1) {
        // (A number that follows the one written above it is no gap, even when that heading was said to be
        // misnumbered: 一、二、三、四 whose 二 and 三 carry each other's titles.)
        const expected = prev.ordinalValue + 1;
        // Two headings with each other's numbers (`一、三、二、四`, a section moved without renumbering): one finding for
        // the pair, whose fix swaps the numbers (brk97 #4: three findings, two of them wrong). Not for sections of the
        // format, which are numbered by their titles above.
        const next = tops[i + 1];
        if (next && !known && !knownAt[i + 1] && h.ordinalValue === expected + 1 && next.ordinalValue === expected && (i + 2 >= tops.length || tops[i + 2].ordinalValue !== expected + 1)) {
          const [a, b] = [toChineseNumeral(expected), toChineseNumeral(expected + 1)];
          ctx.add({
            message: bi(
              `一级标题“${h.ordinal}${h.title}”与下一个“${next.ordinal}${next.title}”的编号颠倒了：按顺序前者应为“${a}、”，后者应为“${b}、”。修复交换两个编号。`,
              `The level-1 headings “${h.ordinal}${h.title}” and the next, “${next.ordinal}${next.title}”, have each other's numbers: in order the first is ${a}、 and the second ${b}、. The fix swaps the two numbers.`),
            range: h.range,
            fix: { title: bi(`改为“${a}、”和“${b}、”`, `Renumber to ${a}、 and ${b}、`), edits: [{ range: ordinalRange(h), newText: a }, { range: ordinalRange(next), newText: b }] },
          });
          prevOrdinal = expected;
          swapped.set(i + 1, expected + 1);
          return;
        }
        // The skipped title at the end of a line of the section before, a line break lost (`…等方面。三、政府信息依申请
        // 公开办理情况`): said so, and the fix breaks the line before it (helper-206 #4). Not a renumbering.
        const glued = h.ordinalValue === expected + 1 ? gluedTitleBetween(report, prev.line + 1, h.line, expected) : null;
        if (glued) {
          const line = report.lines.line(glued.line);
          const title = line.slice(glued.character).trim();
          ctx.add({
            message: bi(
              `一级标题“${title}”写在了第 ${glued.line + 1} 行末尾，接在上一段文字之后（换行丢失），因此没有读作标题，编号看似从“${prev.ordinal}”跳到了“${h.ordinal}”。修复在它之前换行，使它单独成行。`,
              `The level-1 heading “${title}” is at the end of line ${glued.line + 1}, glued to the paragraph before (a line break lost), so it was not read as a heading and the numbering seems to skip from ${prev.ordinal} to ${h.ordinal}. The fix breaks the line before it so that it stands on a line of its own.`),
            range: report.lines.range(glued.line, glued.character, line.trimEnd().length),
            fix: { title: bi(`把“${title}”另起一行`, `Put “${title}” on a line of its own`), edits: [breakBeforeTitle(report, glued.line, glued.character)] },
          });
          if (h.canonical >= 0) maxCanonical = Math.max(maxCanonical, h.canonical);
          prevOrdinal = known ? canonicalOrdinal : h.ordinalValue;
          return;
        }
        ctx.add({
          message: bi(
            h.ordinalValue <= prev.ordinalValue
              ? `一级标题编号重新开始或重复：“${h.ordinal}${h.title}”跟在“${prev.ordinal}${prev.title}”之后，应为“${toChineseNumeral(expected)}、”。`
              : `一级标题编号跳号：“${prev.ordinal}”之后是“${h.ordinal}”，应为“${toChineseNumeral(expected)}、”。`,
            h.ordinalValue <= prev.ordinalValue
              ? `Section numbering restarts or repeats: “${h.ordinal}${h.title}” follows “${prev.ordinal}${prev.title}”; expected ${toChineseNumeral(expected)}、.`
              : `Section numbering skips: “${h.ordinal}” follows “${prev.ordinal}”; expected ${toChineseNumeral(expected)}、.`),
          range: h.range,
        });
      } else if (strict && h.canonical >= 0 && h.canonical < maxCanonical) {
        ctx.add({
          message: bi(`“${h.ordinal}${h.title}”应排在前面的部分之前（格式规定的顺序为一至六）。`, `“${h.ordinal}${h.title}” comes after a section that the format puts later.`),
          range: h.range,
        });
      }
      if (h.canonical >= 0) maxCanonical = Math.max(maxCanonical, h.canonical);
      prevOrdinal = known ? canonicalOrdinal : h.ordinalValue;
    });
  },
};

/**
 * A level-1 title numbered `n` at the end of one of lines `[from, to)` (0-based), glued after a sentence end, a closing
 * bracket or a number (`…社会公益事业等方面。三、政府信息依申请公开办理情况`): the line and the UTF-16 column where its
 * numeral starts; null when none. The title is the rest of its line, 2–40 characters without a sentence end inside
 * (one at its end allowed). Not on table lines.
 */
function gluedTitleBetween(report: Report, from: number, to: number, n: number): { line: number; character: number } | null {
  const mark = toChineseNumeral(n) + '、';
  for (let i = from; i < to && i < report.lines.lineCount; i++) {
    const line = report.lines.line(i);
    // (Not in a Markdown list item, which names the title: breaking it would split the item, brk88 #7.)
    if (line.includes('|') || (LIST_ITEM.test(line) && !report.headings.some((h) => h.line === i))) continue;
    const at = line.lastIndexOf(mark);
    if (at <= 0) continue;
    if (!TITLE_AFTER.test(textBeforeTitle(line, at))) continue;
    if (/^[^。！？!?；;]{2,40}[。；;：:]?$/.test(line.slice(at + mark.length).trim())) return { line: i, character: at };
  }
  return null;
}

/** A level-1 ordinal's numeral and the separator written after it (`三` and `.` of `三.`); `第一部分` has none. */
const SEPARATED = /^([一二三四五六七八九十]{1,3})\s*([,，．.:：])\s*$/;

/**
 * Reports a level-1 heading whose numeral is followed by another mark than `、` (`三.`, `三．`, `三，`, `三：`, `三:`): the
 * format numbers its sections `一、`…, as the other styles (`3.`, `三 `, `（三）`) are reported. The fix writes `、` in
 * place of the mark (and the spaces around it), leaving the numeral, so that a renumbering of the same heading applies
 * with it.
 */
function wrongSeparator(ctx: RuleContext, h: Heading): void {
  if (h.ordinalStyle !== 'cn') return;
  const m = SEPARATED.exec(h.ordinal);
  if (!m) return;
  const [, numeral, mark] = m;
  const start = h.ordinalRange.start;
  const sameLine = h.titleRange.start.line === start.line;
  const line = ctx.report.lines.line(h.line);
  const heading = sameLine ? line.slice(start.character, h.titleRange.end.character) : `${h.ordinal}${h.title}`;
  const from = { line: start.line, character: start.character + numeral.length };
  const to = sameLine ? h.titleRange.start : h.ordinalRange.end;
  ctx.add({
    message: bi(
      `一级标题“${heading}”的序号后应为“、”，这里写作“${mark}”：各部分的序号写作“${numeral}、”。请把“${numeral}${mark}”改为“${numeral}、”。`,
      `The level-1 heading “${heading}” has “${mark}” after its numeral where the format writes 、: sections are numbered “${numeral}、”. Change “${numeral}${mark}” to “${numeral}、”.`),
    range: h.range,
    fix: { title: bi(`改为“${numeral}、”`, `Change to “${numeral}、”`), edits: [{ range: { start: from, end: to }, newText: '、' }] },
  });
}

/** Why each ordinal style is no section's (`writtenStyle`), zh and en. */
const STYLE_NOTE = {
  paren: bi('“（一）”式序号是各部分之下小标题的序号', 'an ordinal such as （一） numbers the sub-headings inside a section'),
  arabic: bi('“1、”“1.”式序号是更下一级小标题的序号', 'an ordinal such as 1、 or 1. numbers the headings below the sub-headings'),
  spaced: bi('序号后缺少“、”', 'the numeral lacks its 、'),
  capital: bi('壹、贰、叁等大写数字是写金额用的，标题序号用一、二、三', 'capital numerals such as 壹, 贰, 叁 are for sums of money; heading ordinals are written 一, 二, 三'),
};

/**
 * Reports a section heading numbered in another style (`（一）总体情况`, `1、总体情况`, `## 一 总体情况`: `writtenStyle`)
 * with the fix that writes the format's ordinal (`一、`) in place of the one written (up to the title, so the spaces
 * between them go too); no other text changes.
 */
function restyled(ctx: RuleContext, h: Heading): void {
  // The number as written (a report renumbered `（一）`…`（七）` may have a section the format has not: its `（四）`
  // is its 四、 whatever the format's 第四部分 is); the format's place only said when it is that number.
  const value = h.ordinalValue >= 1 ? h.ordinalValue : h.canonical + 1;
  const numeral = toChineseNumeral(value);
  const ofFormat = h.canonical + 1 === value;
  const line = ctx.report.lines.line(h.line);
  const start = h.ordinalRange.start;
  const sameLine = h.titleRange.start.line === start.line;
  // The heading as written (`### 1. 总体情况` → `1. 总体情况`), and its ordinal (`1.`).
  const heading = sameLine ? line.slice(start.character, h.titleRange.end.character) : `${h.ordinal}${h.title}`;
  const written = sameLine ? line.slice(start.character, h.titleRange.start.character).trim() : h.ordinal;
  const note = STYLE_NOTE[h.writtenStyle!];
  const want = formatOrdinal(h)!.text;
  if (h.expectedStyle === 'paren') {
    // Under a report title numbered `一、` (a 汇编), the sections are `（一）`…, one level below the title's.
    ctx.add({
      message: bi(
        `“${heading}”是格式规定的第${numeral}部分；报告标题已编为“一、”等，其下各部分的序号应为“${want}”，这里写作“${written}”（${note.zh}）。请把“${written}”改为“${want}”。`,
        `“${heading}” is section ${value} of the format; under a report title numbered 一、 and so on, the sections' ordinal is “${want}”, but it is numbered “${written}” (${note.en}). Change “${written}” to “${want}”.`),
      range: h.range,
      fix: sameLine ? { title: bi(`改为“${want}”`, `Renumber to ${want}`), edits: [{ range: { start, end: h.titleRange.start }, newText: want }] } : undefined,
    });
    return;
  }
  ctx.add({
    message: bi(
      `“${heading}”是${ofFormat ? '格式规定的' : '本报告的'}第${numeral}部分，一级标题的序号应为“${numeral}、”，这里写作“${written}”（${note.zh}）。请把“${written}”改为“${numeral}、”。`,
      `“${heading}” is section ${value} of the ${ofFormat ? 'format' : 'report'}, whose ordinal is “${numeral}、”, but it is numbered “${written}” (${note.en}). Change “${written}” to “${numeral}、”.`),
    range: h.range,
    fix: sameLine ? { title: bi(`改为“${numeral}、”`, `Renumber to ${numeral}、`), edits: [{ range: { start, end: h.titleRange.start }, newText: want }] } : undefined,
  });
}

/**
 * The ordinal the format wants for a section heading numbered in another style (`writtenStyle`: `（一）总体情况`,
 * `1、总体情况`, `## 一 总体情况`, `## 一` typed without its 、): `一、` (`（一）` under a report title numbered `一、`),
 * and the range it replaces (from the ordinal up to the title, so the spaces between go too; null when the title is
 * not on the ordinal's line). Null for a heading numbered as the format numbers it. The fix of section-order and the
 * fix of section-title that completes or rewrites such a heading's title both write it (brk163 #1: `## 一` completed
 * to `## 一总体情况` was no section heading).
 */
export function formatOrdinal(h: Heading): { text: string; range: Range | null } | null {
  if (!h.writtenStyle) return null;
  const value = h.ordinalValue >= 1 ? h.ordinalValue : h.canonical + 1;
  const numeral = toChineseNumeral(value);
  const start = h.ordinalRange.start;
  const sameLine = h.titleRange.start.line === start.line;
  return { text: h.expectedStyle === 'paren' ? `（${numeral}）` : `${numeral}、`, range: sameLine ? { start, end: h.titleRange.start } : null };
}

/**
 * Whether the level-1 headings are sections of the template each numbered as the format numbers it (`五、存在的主要
 * 问题…`), no number twice, but not in increasing order: sections moved, not misnumbered.
 */
function inOtherOrder(tops: Heading[]): boolean {
  if (tops.length < 2 || tops.some((h) => h.canonical < 0 || h.ordinalValue !== h.canonical + 1)) return false;
  if (new Set(tops.map((h) => h.ordinalValue)).size !== tops.length) return false;
  return tops.some((h, i) => i > 0 && h.ordinalValue < tops[i - 1].ordinalValue);
}

/**
 * The fix for `inOtherOrder`: the sections moved into the order of their numbers, changing nothing else (brk106 #19:
 * one edit rewrote every line from 一 to the signature and dropped the extra blank lines inside them). A section is its
 * text from its heading line to its last line with text (`content`) and the blank lines after it (`gap`); the
 * sections that keep their place are the most text in increasing order (`staying`), and each other section is cut
 * out (one edit) and written back with its blank lines before the first staying section of a higher number, or after
 * the last one (one edit per place). Every blank line is kept, and nothing outside the sections changes: the signature
 * or annexes after them stay where they are (`sectionsEnd`), and so do the blank lines before them. Undefined when the
 * sections share a line with something else (a heading not at its line's start).
 */
function reorderFix(report: Report, tops: Heading[]): Fix | undefined {
  const { lines } = report;
  const endLine = sectionsEnd(report)?.line ?? lines.lineCount;
  if (tops.some((h) => h.range.start.character !== firstNonSpaceAt(lines.line(h.line)))) return undefined;
  const n = tops.length;
  const lastLine = lines.lineCount - 1;
  const regionEnd: Position = endLine >= lines.lineCount ? { line: lastLine, character: lines.line(lastLine).length } : { line: endLine, character: 0 };
  // A comment on the lines right above a heading (`<!-- 六 写于 2025-01 -->`, a disable comment) goes with its section
  // (brk109 #10: 五 was moved in between the comment and 六).
  const starts = tops.map((h, k) => {
    let s = h.line;
    const floor = k > 0 ? tops[k - 1].line + 1 : 0;
    while (s - 1 >= floor && /^\s*<!--.*-->\s*$/.test(lines.line(s - 1))) s--;
    return s;
  });
  const parts = tops.map((h, k) => {
    const to = k + 1 < n ? starts[k + 1] : endLine;
    let last = Math.max(h.line, to - 1);
    while (last > h.line && lines.line(last).trim() === '') last--;
    const start: Position = { line: starts[k], character: 0 };
    const end: Position = { line: last, character: lines.line(last).length };
    const next = k + 1 < n ? { line: starts[k + 1], character: 0 } : regionEnd;
    return { number: h.ordinalValue, start, end, next, content: lines.slice({ start, end }), gap: lines.slice({ start: end, end: next }) };
  });
  const order = parts.map((_, k) => k).sort((a, b) => parts[a].number - parts[b].number);
  // Each section is followed by its own blank lines, except the last one of the text: its blank lines (before the
  // signature) stay at the end, and when it moves it takes those of the section that becomes last, which needs none.
  const lastOfAll = order[n - 1];
  const gapOf = (k: number) => (k < n - 1 ? parts[k].gap : parts[lastOfAll].gap);
  const expected = order.map((k, i) => parts[k].content + (i < n - 1 ? gapOf(k) : parts[n - 1].gap)).join('');
  // The sections that stay: the longest text whose numbers increase in the order written (the least text moves).
  const weight = parts.map((p) => p.content.length + p.gap.length + 1);
  const best = weight.slice(), prev = parts.map(() => -1);
  for (let k = 0; k < n; k++) {
    for (let j = 0; j < k; j++) {
      if (parts[j].number < parts[k].number && best[j] + weight[k] > best[k]) { best[k] = best[j] + weight[k]; prev[k] = j; }
    }
  }
  const staying = new Set<number>();
  for (let k = best.indexOf(Math.max(...best)); k >= 0; k = prev[k]) staying.add(k);
  const edits: TextEdit[] = [];
  // Cut out each run of moved sections; a run that ends the sections takes the blank lines before it instead of
  // those after it (which stay before the signature).
  for (let a = 0; a < n; a++) {
    if (staying.has(a)) continue;
    let b = a;
    while (b + 1 < n && !staying.has(b + 1)) b++;
    edits.push({ range: b < n - 1 ? { start: parts[a].start, end: parts[b + 1].start } : { start: parts[a - 1].end, end: parts[n - 1].end }, newText: '' });
    a = b;
  }
  // Write each moved section back before the first staying section of a higher number, or after the last one.
  const stayers = [...staying].sort((a, b) => a - b);
  const lastStayer = stayers[stayers.length - 1];
  const before = new Map<number, number[]>();
  const after: number[] = [];
  for (const k of order) {
    if (staying.has(k)) continue;
    const s = stayers.find((j) => parts[j].number > parts[k].number);
    if (s === undefined) after.push(k);
    else before.set(s, [...(before.get(s) ?? []), k]);
  }
  for (const [s, ks] of before) edits.push({ range: { start: parts[s].start, end: parts[s].start }, newText: ks.map((k) => parts[k].content + gapOf(k)).join('') });
  if (after.length) {
    const seps = [lastStayer, ...after.slice(0, -1)];
    edits.push({ range: { start: parts[lastStayer].end, end: parts[lastStayer].end }, newText: after.map((k, i) => gapOf(seps[i]) + parts[k].content).join('') });
  }
  const title = bi('按编号重排各部分', 'Put the sections in the order of their numbers');
  const regionStart = parts[0].start;
  const region = { start: regionStart, end: regionEnd };
  const moved = applyFixes(lines.slice(region), edits.map((e) => ({ ...e, range: { start: relative(e.range.start, regionStart), end: relative(e.range.end, regionStart) } }))).text;
  // (Should the moves not give the sections in order, one edit writes them so: the text is what matters.)
  if (moved !== expected) return { title, edits: [{ range: region, newText: expected }] };
  return { title, edits };
}

/** `p` counted from `origin` (a position at a line's start). */
function relative(p: Position, origin: Position): Position {
  return { line: p.line - origin.line, character: p.character };
}

/** Column of the first character of `line` that is no space (its length when it has none). */
function firstNonSpaceAt(line: string): number {
  const m = /\S/.exec(line);
  return m ? m.index : line.length;
}

/**
 * Whether the level-1 headings from `i` on (up to the next restart) are the template's sections in order, each
 * numbered as the format numbers it (一、总体情况, 二、主动公开…), at least three of them.
 */
function templateRunFrom(tops: Heading[], i: number): boolean {
  let n = 0;
  for (let j = i; j < tops.length; j++) {
    const h = tops[j];
    if (j > i && h.ordinalValue <= tops[j - 1].ordinalValue) break;
    if (h.canonical < 0 || h.canonical + 1 !== h.ordinalValue) return false;
    n++;
  }
  return n >= 3;
}

/**
 * Whether every number strictly between `from` and `to` is the number of a required section of `template` that
 * the report lacks (`present`: the sections its headings name): a gap that section-missing reports.
 */
function skipsMissing(from: number, to: number, template: Template, present: Set<number>): boolean {
  for (let n = from + 1; n < to; n++) {
    const s = template.sections[n - 1];
    if (!s?.required || present.has(n - 1)) return false;
  }
  return true;
}

/** The numeral of a level-1 ordinal (`三` of `三、`). */
function ordinalRange(h: Heading): Range {
  const numeral = h.ordinal.replace(/[、,，．.:：\s]+$/, '');
  const start = h.ordinalRange.start;
  return { start, end: { line: start.line, character: start.character + numeral.length } };
}

/**
 * Pre-2019: whether `skipped` numbers before heading `h` are parts of the 2008《条例》 list whose content is missing
 * from the report (`oldEraMissingItems`): at least as many missing items fall between the sections of the headings
 * `before` it and of `h` (by their conventional titles).
 */
function oldEraGap(report: Report, template: Template, before: Heading[], h: Heading, skipped: number): boolean {
  if (h.canonical < 0) return false;
  const lo = Math.max(-1, ...before.map((b) => b.canonical));
  const missing = oldEraMissingItems(report)
    .map((item) => template.sections.findIndex((s) => s.id === item.section))
    .filter((idx) => idx > lo && idx < h.canonical);
  return missing.length >= skipped;
}
