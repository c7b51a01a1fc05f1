import type { Rule } from './rule.js';
import { bi } from './util.js';
import { insertSectionEdit, topHeadings } from './sections.js';

/** A section the format requires is absent (templates.md §3.1, §4.1; pre-2019 §2 is conventional: info only). */
export const sectionMissing: Rule = {
  meta: {
    id: 'section-missing',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    description: bi('缺少格式要求的部分（一至六）', 'A section that the format requires is missing'),
    rationale: bi(
      '2019、2021 年格式的年报由六部分组成：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。缺少任何一部分都不符合格式。修复会在正确位置插入标准标题（二、三、四连同标准表格）。2019 年以前的年报没有统一格式，只在连主动公开和依申请公开都找不到时给出提示。',
      'Reports in the 2019 and 2021 formats have six fixed sections. A missing one does not meet the format. The fix inserts the canonical heading at its place (for 二, 三 and 四 with the standard table). Pre-2019 reports had no fixed structure: only a hint when neither 主动公开 nor 依申请公开 has a section.'),
    example: { bad: '四、政府信息公开行政复议、行政诉讼情况\n…\n六、其他需要报告的事项', note: bi('缺少“五、存在的主要问题及改进情况”', '五、存在的主要问题及改进情况 is missing') },
  },
  check(ctx) {
    const { report, template } = ctx;
    if (!template || !report.isReport) return;
    const tops = topHeadings(report);
    const present = new Set(tops.map((h) => h.canonical));
    if (template.id === 'pre2019') {
      // Conventional topics may be folded into sub-sections (e.g. 一（五）): look at every heading.
      const all = report.headings.map((h) => h.title).join('|');
      if (/主动公开/.test(all) || /依申请|申请公开/.test(all)) return;
      ctx.add({
        message: bi('未找到“主动公开政府信息情况”和“依申请公开政府信息情况”两部分；2008《条例》第三十二条要求年报报告这些内容。', 'No section on 主动公开 or 依申请公开 was found; article 32 of the 2008 regulation requires reporting them.'),
        range: tops[0]?.range ?? report.lines.lineRange(0),
        severity: 'info',
      });
      return;
    }
    template.sections.forEach((s, idx) => {
      if (!s.required || present.has(idx)) return;
      const { edit, line } = insertSectionEdit(report, template, idx);
      const nextTitle = tops.find((h) => h.canonical > idx);
      ctx.add({
        message: bi(
          `缺少“${s.title}”部分（${template.document}格式规定的第${idx + 1}部分）。${nextTitle ? `应位于“${nextTitle.ordinal}${nextTitle.title}”之前。` : '应位于报告末尾。'}`,
          `Section “${s.title}” is missing (part ${idx + 1} of the ${template.document} format). ${nextTitle ? `It belongs before “${nextTitle.ordinal}${nextTitle.title}”.` : 'It belongs at the end.'}`),
        range: nextTitle ? nextTitle.range : report.lines.lineRange(line),
        fix: { title: bi(`插入“${s.title}”`, `Insert “${s.title}”`), edits: [edit] },
        data: { section: s.id },
      });
    });
  },
};
