import type { Rule } from './rule.js';
import { bi, reportLinesWith } from './util.js';
import type { Report } from '../model/build.js';

/** Words of the notes (a line without one has none); the lines with one, per report. */
const NOTE_WORDS = /文字描述|在此处|请填写|减用负值/g;
const noted = new WeakMap<Report, number[]>();

/** Fill-in instructions of the template that stayed in the text. */
const NOTES: RegExp[] = [
  /[（(]文字描述[^）)]*[）)]/g,
  /[（(][^（）()]{0,40}在此处(?:报告|填写)[^（）()]{0,20}[）)]/g,
  /[（(]请(?:在此处)?填写[^（）()]{0,40}[）)]/g,
  // In brackets of its own, or after a comma: then the bracket after it closes another note, which stays whole
  // (`(指2020年增加或减少的事项数,减用负值表示,如-8)` loses `,减用负值表示,如-8`, not its `)`).
  /[（(]\s*减用负值表示(?:[,，]\s*如\s*-\s*\d+)?\s*[）)]/g,
  /[,，]?\s*减用负值表示(?:[,，]\s*如\s*-\s*\d+)?/g,
];

/** Template fill-in notes left in the text (`（文字描述，…在此处报告。）`, `减用负值表示`). */
export const templateNote: Rule = {
  meta: {
    id: 'template-note',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('正文中残留了模板的填写说明', 'A fill-in instruction of the template was left in the text'),
    rationale: bi('模板中的填写说明（如“（文字描述，收取信息处理费情况在此处报告。）”“减用负值表示”）是给编写人员看的，发布前应删除。修复会删除说明文字（整行都是说明时删除整行）。', 'The template\'s fill-in notes are for the author and must go before publication. The fix deletes the note (the whole line when the line is only the note).'),
    example: { bad: '六、其他需要报告的事项\n（文字描述，收取信息处理费情况在此处报告。）', note: bi('应删除填写说明', 'delete the note') },
  },
  check(ctx) {
    const { report } = ctx;
    const { lines } = report;
    for (const i of reportLinesWith(report, NOTE_WORDS, noted)) {
      const text = lines.line(i);
      const taken: [number, number][] = [];
      for (const re of NOTES) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          const [a, b] = [m.index, m.index + m[0].length];
          // Two patterns may match the same note: report it once.
          if (taken.some(([x, y]) => a < y && x < b)) continue;
          taken.push([a, b]);
          const range = lines.range(i, a, b);
          const whole = text.trim() === m[0].trim();
          const del = whole && i + 1 < lines.lineCount
            ? { range: { start: { line: i, character: 0 }, end: { line: i + 1, character: 0 } }, newText: '' }
            : { range, newText: '' };
          ctx.add({
            message: bi(`模板的填写说明“${m[0].trim()}”未删除。`, `The template's fill-in note “${m[0].trim()}” is still in the text.`),
            range,
            fix: { title: bi('删除填写说明', 'Delete the note'), edits: [del] },
          });
        }
      }
    }
  },
};
