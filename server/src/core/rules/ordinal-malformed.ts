import type { Rule } from './rule.js';
import { bi } from './util.js';
import { toChineseNumeral } from '../text/normalize.js';
import { chineseNumeral } from '../text/normalize.js';
import { brokenSectionIndex, sectionOrdinal, topHeadings } from './sections.js';
import { templateOf } from '../templates/index.js';

/**
 * A heading ordinal that lost a character: `三)强化…` (no opening parenthesis), `)进一步…` (lost `(三`), `（三强化…`
 * (no closing parenthesis), also on a bold heading line (`**三）强化监督保障。**一是…`).
 */
export const ordinalMalformed: Rule = {
  meta: {
    id: 'ordinal-malformed',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('标题序号残缺（如“三)”“)”“（三”）', 'A heading ordinal lost a character (三), ) or （三)'),
    rationale: bi(
      '复制粘贴或排版时，“（三）”常会丢掉括号或数字，变成“三)”“)”或“（三”；标题写成粗体（“**三）强化监督保障。**”）时也一样。这样的标题不会出现在大纲里，读者也看不出层级。修复会按前后同级标题补全序号。只缺右括号的（“（三强化…”）可能是行首的括注，只在编号与前后小标题相接时提示。',
      'Copying and typesetting often lose a parenthesis or the numeral of （三）, leaving 三), ) or （三, on a bold heading line (**三）强化监督保障。**) too. Such a heading drops out of the outline. The fix restores the ordinal from its siblings. One that lost only its closing parenthesis (（三强化…) may be an aside opening the line: it is reported only where its number continues the sub-headings around it.'),
    example: { bad: '(一)加强领导\n(二)完善制度\n)进一步加强队伍建设', note: bi('应为“(三)”', 'should be (三)') },
  },
  check(ctx) {
    const { report } = ctx;
    if (!report.isReport) return;
    const spans = Object.values(report.extras.spans);
    /** The first heading after `line` if it is a level-2 one (the next item of the same list), else undefined. */
    // (A `#` heading without an ordinal, `## 工作要点`, is neither: its level is its `#` marks'.)
    const numbered = report.headings.filter((x) => x.ordinalStyle !== 'hash' && (x.level === 1 || x.level === 2));
    const nextSubHeading = (line: number) => {
      const h = numbered.find((x) => x.line > line);
      return h && h.level === 2 ? h : undefined;
    };
    // A section's title with its `五、` written wrongly (`五)存在的主要问题及改进情况`, `## 五）…`) is no sub-heading that
    // lost its `（`: its ordinal is `五、` (brk162 #5). Where that section is missing, section-missing says so, naming
    // the broken ordinal, with the same fix; the sections' titles are the same in the 2019 and 2021 formats.
    const sectionTemplate = ctx.template && ctx.template.id !== 'pre2019' ? ctx.template : templateOf('2021');
    const present = new Set(topHeadings(report).map((h) => h.canonical));
    for (const m of report.extras.malformedOrdinals) {
      if (spans.some((s) => s && m.line >= s.start && m.line < s.end)) continue;
      const section = brokenSectionIndex(m, sectionTemplate);
      if (section >= 0) {
        if (ctx.template && ctx.template.id !== 'pre2019' && ctx.template.sections[section].required && !present.has(section)) continue;
        // (Numbered as the report's other sections are, `（五）` among `（一）`…`（六）`.)
        const ordinal = sectionOrdinal(report, section) ?? `${toChineseNumeral(section + 1)}、`;
        const range = report.lines.range(m.line, m.from, m.to);
        ctx.add({
          message: bi(`标题序号“${m.written}”残缺，应为“${ordinal}”。`, `The heading ordinal “${m.written}” lost a character; expected “${ordinal}”.`),
          range,
          fix: { title: bi(`改为“${ordinal}”`, `Change to “${ordinal}”`), edits: [{ range, newText: ordinal }] },
        });
        continue;
      }
      // The previous level-2 heading in the same section gives the number and the parenthesis style.
      const prev = [...numbered].reverse().find((h) => h.line < m.line);
      const sibling = prev && prev.level === 2 ? prev : null;
      // The parenthesis that is left (`三)`, `)`, `(三`) says which width was meant when no sibling does.
      const left = m.lost === 'close' ? m.written.charAt(0) : m.written.slice(-1);
      const ascii = sibling ? sibling.ordinal.startsWith('(') : /^[\x00-\x7f]/.test(left);
      const [open, close] = ascii ? ['(', ')'] : ['（', '）'];
      const digits = m.written.replace(/[()（）\s]/g, '');
      const n = digits ? chineseNumeral(digits) : sibling ? sibling.ordinalValue + 1 : NaN;
      if (!Number.isFinite(n)) continue;
      // `（三强化…` could be an aside that opens a line: read as a heading only where its number continues the
      // sub-headings around it (after （二）, or before （四）).
      if (m.lost === 'close' && !(sibling ? sibling.ordinalValue + 1 === n : nextSubHeading(m.line)?.ordinalValue === n + 1)) continue;
      const ordinal = `${open}${toChineseNumeral(n)}${close}`;
      const range = report.lines.range(m.line, m.from, m.to);
      ctx.add({
        message: bi(`标题序号“${m.written}”残缺，应为“${ordinal}”。`, `The heading ordinal “${m.written}” lost a character; expected “${ordinal}”.`),
        range,
        fix: { title: bi(`改为“${ordinal}”`, `Change to “${ordinal}”`), edits: [{ range, newText: ordinal }] },
      });
    }
  },
};
