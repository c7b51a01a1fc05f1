import type { Rule } from './rule.js';
import { bi, reportLinesWith } from './util.js';
import type { Report } from '../model/build.js';
import type { Position, TextEdit } from '../types.js';
import type { LineIndex } from '../text/lines.js';

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
    rationale: bi('模板中的填写说明（如“（文字描述，收取信息处理费情况在此处报告。）”“减用负值表示”）是给编写人员看的，发布前应删除。说明因转换 PDF 或手工换行而分在几行时也能找到。修复会删除说明文字（整行都是说明时删除整行，分在几行时删除这几行）。在说明的括号里直接写了正文的（“（文字描述，本年度未收取信息处理费。）”），修复只删除说明文字和括号，保留所写的正文；正文与说明文字连在一起、分不开时（“（文字描述：2024年本机关未收取信息处理费情况在此处报告）”）只作报告，不自动修改。', 'The template\'s fill-in notes are for the author and must go before publication; a note wrapped over lines (a converted PDF, a hard-wrapped draft) is found too. The fix deletes the note (the whole line when the line is only the note; its lines when it is wrapped). Where the author typed the text into the note\'s brackets (（文字描述，本年度未收取信息处理费。）), the fix deletes only the note\'s words and the brackets and keeps that text; where the author\'s words run into the note\'s with nothing between them (（文字描述：2024年本机关未收取信息处理费情况在此处报告）), it is said, not fixed.'),
    example: { bad: '六、其他需要报告的事项\n（文字描述，收取信息处理费情况在此处报告。）', note: bi('应删除填写说明', 'delete the note') },
  },
  check(ctx) {
    const { report } = ctx;
    const { lines } = report;
    // Where notes were found, `line:column` of their start (a wrapped note is found from each of its lines).
    const found = new Set<string>();
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
          found.add(`${i}:${a}`);
          const range = lines.range(i, a, b);
          // The author's own words typed into the note's brackets stay: only the template's words go.
          const parts = noteParts(m[0]);
          if (parts.rest) {
            ctx.add(withAuthorText(parts, parts.template.map(([x, y]) => ({ range: lines.range(i, a + x, a + y), newText: '' })), range, 1));
            continue;
          }
          const whole = text.trim() === m[0].trim();
          // A note on a line of its own between blank lines goes with one of them, so that one blank line is left
          // between the paragraphs around it, not two.
          const blankAround = whole && i > 0 && i + 2 < lines.lineCount && lines.line(i - 1).trim() === '' && lines.line(i + 1).trim() === '';
          const del = whole && i + 1 < lines.lineCount
            ? { range: { start: { line: i, character: 0 }, end: { line: blankAround ? i + 2 : i + 1, character: 0 } }, newText: '' }
            : { range, newText: '' };
          ctx.add({
            message: bi(`模板的填写说明“${m[0].trim()}”未删除。`, `The template's fill-in note “${m[0].trim()}” is still in the text.`),
            range,
            fix: { title: bi('删除填写说明', 'Delete the note'), edits: [del] },
          });
        }
      }
      // A note wrapped over lines (pdftotext, a hard-wrapped draft): its bracket opens on this line or the one above.
      for (const start of [i - 1, i]) {
        if (start < 0 || !unclosed(lines.line(start))) continue;
        const note = wrappedNote(lines, start);
        if (!note || found.has(`${note.from.line}:${note.from.character}`)) continue;
        found.add(`${note.from.line}:${note.from.character}`);
        if (note.author) {
          ctx.add(withAuthorText(note.author.parts, note.author.edits, { start: note.from, end: note.to }, note.to.line - note.from.line + 1));
          continue;
        }
        ctx.add({
          message: bi(`模板的填写说明“${note.text}”未删除（分在 ${note.to.line - note.from.line + 1} 行）。`, `The template's fill-in note “${note.text}” is still in the text (wrapped over ${note.to.line - note.from.line + 1} lines).`),
          range: { start: note.from, end: note.to },
          fix: { title: bi('删除填写说明', 'Delete the note'), edits: [note.edit] },
        });
      }
    }
  },
};

/** Lines a wrapped note may run on to after the line its bracket opens on. */
const WRAP_LINES = 2;

/** Whether `line` opens a bracket it does not close (a note may go on to the next line). */
function unclosed(line: string): boolean {
  return Math.max(line.lastIndexOf('（'), line.lastIndexOf('(')) > Math.max(line.lastIndexOf('）'), line.lastIndexOf(')'));
}

/**
 * A bracketed note (`NOTES`) that opens on line `start` and closes on one of the next `WRAP_LINES` lines of the same
 * paragraph (no blank line between; each line after the first read without its indentation): where it starts and
 * ends, its text joined, and the edit that deletes it. The edit deletes the lines whole when nothing but the note is
 * on them, else the note alone (the text before it and after it stays; when both are there they end up on one line).
 * Null when no note crosses the end of line `start`.
 */
function wrappedNote(lines: LineIndex, start: number): { from: Position; to: Position; text: string; edit: TextEdit; author?: { parts: NoteParts; edits: TextEdit[] } } | null {
  // The joined text, and for each joined line its line number, its offset in the joined text and its indentation.
  let joined = lines.line(start);
  const parts = [{ line: start, at: 0, indent: 0 }];
  for (let j = start + 1; j <= start + WRAP_LINES && j < lines.lineCount; j++) {
    const raw = lines.line(j);
    const indent = raw.length - raw.trimStart().length;
    if (!raw.trim() || raw.trimStart().startsWith('|')) break;
    parts.push({ line: j, at: joined.length, indent });
    joined += raw.slice(indent);
    if (!unclosed(joined)) break;
  }
  if (parts.length < 2) return null;
  const pos = (k: number): Position => {
    let p = parts[0];
    for (const q of parts) if (q.at <= k) p = q;
    return { line: p.line, character: p === parts[0] ? k : k - p.at + p.indent };
  };
  for (const re of NOTES) {
    if (!re.source.startsWith('[（(]')) continue;
    re.lastIndex = 0;
    for (let m = re.exec(joined); m; m = re.exec(joined)) {
      const a = m.index, b = m.index + m[0].length;
      if (a >= parts[1].at || b <= parts[1].at) continue;
      const from = pos(a), to = pos(b - 1);
      to.character++;
      // The author's words typed into the note stay on their lines; the template's words and the brackets go (a
      // line left with nothing goes whole).
      const split = noteParts(m[0]);
      if (split.rest) {
        const cut = split.template.map(([x, y]): [Position, Position] => {
          const end = pos(a + y - 1);
          return [pos(a + x), { line: end.line, character: end.character + 1 }];
        });
        const edits = cut.map(([p, q]): TextEdit => {
          const onLine = lines.line(p.line);
          const emptied = p.line === q.line && !onLine.slice(0, p.character).trim() && !onLine.slice(q.character).trim() && p.line + 1 < lines.lineCount;
          return emptied ? { range: { start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } }, newText: '' } : { range: { start: p, end: q }, newText: '' };
        });
        return { from, to, text: joined.slice(a, b).trim(), edit: edits[0], author: { parts: split, edits } };
      }
      const before = lines.line(from.line).slice(0, from.character), after = lines.line(to.line).slice(to.character);
      const last = to.line + 1 >= lines.lineCount;
      const edit: TextEdit = !before.trim() && !after.trim()
        ? { range: { start: { line: from.line, character: 0 }, end: last ? { line: to.line, character: lines.line(to.line).length } : { line: to.line + 1, character: 0 } }, newText: '' }
        : !before.trim()
        ? { range: { start: { line: from.line, character: 0 }, end: to }, newText: '' }
        : { range: { start: from, end: after.trim() ? to : { line: to.line, character: lines.line(to.line).length } }, newText: '' };
      return { from, to, text: joined.slice(a, b).trim(), edit };
    }
  }
  return null;
}

/** What `noteParts` finds in a bracketed note. */
interface NoteParts {
  /** `[start, end)` offsets in the note's text of what is the template's: the brackets, its phrases and the punctuation after each. */
  template: [number, number][];
  /** The rest, the author's words typed into the note, trimmed of separators; empty when the note is the template's alone. */
  rest: string;
  /**
   * The author's words run into a template phrase with no separator between them (`2024年本机关未收取信息处理费情况在此处
   * 报告`, helper-223 #4): which words are whose cannot be told, and deleting the template's would garble the sentence.
   */
  entangled: boolean;
}

/**
 * Phrases the template writes inside a note's brackets (templates.md G1: `（文字描述，收取信息处理费情况在此处报告。）`), and
 * `nianbao new`'s own placeholder (`（请在此处填写本部分内容。）`, whose object is the note's, not the author's text).
 */
const NOTE_PHRASES = /文字描述|(?:收取信息处理费(?:的)?情况|本部分内容|相关情况|有关情况)?在此处(?:报告|填写)(?:本部分内容|相关内容|具体内容)?|请(?:在此处)?填写[^，,。：:；;（）()]{0,40}|减用负值表示(?:[,，]\s*如\s*-\s*\d+)?/g;
/** Separators after a template phrase (`文字描述，`, `在此处报告：`), which go with it. */
const AFTER_PHRASE = /[，,。：:；;、\s]/;

/**
 * Splits a bracketed note `text` (brackets included, `（文字描述，本年度未收取信息处理费。）`) into the template's words
 * and the author's: an author who types the answer into the note (`…在此处报告：本年度未收取信息处理费。`) keeps it.
 */
function noteParts(text: string): NoteParts {
  const template: [number, number][] = [];
  let open = 1;
  while (open < text.length - 1 && /\s/.test(text[open])) open++;
  template.push([0, open]);
  NOTE_PHRASES.lastIndex = 0;
  let entangled = false;
  for (let m = NOTE_PHRASES.exec(text); m; m = NOTE_PHRASES.exec(text)) {
    if (m.index < open || !m[0]) { if (!m[0]) NOTE_PHRASES.lastIndex++; continue; }
    if (m.index > open && !AFTER_PHRASE.test(text[m.index - 1])) entangled = true;
    let e = m.index + m[0].length;
    while (e < text.length - 1 && AFTER_PHRASE.test(text[e])) e++;
    template.push([m.index, e]);
  }
  const close = text.length - 1;
  const last = template[template.length - 1];
  if (last[1] >= close) last[1] = text.length;
  else template.push([close, text.length]);
  // Spans that touch are one (`（` + `文字描述，` + `收取…在此处报告。`): a line they empty is deleted whole.
  for (let k = template.length - 1; k > 0; k--) {
    if (template[k][0] <= template[k - 1][1]) {
      template[k - 1][1] = Math.max(template[k - 1][1], template[k][1]);
      template.splice(k, 1);
    }
  }
  let rest = '';
  let at = 0;
  for (const [x, y] of template) {
    rest += text.slice(at, Math.max(at, x));
    at = Math.max(at, y);
  }
  rest = rest.replace(/^[，,。：:；;、\s]+|[，,：:；;、\s]+$/g, '');
  return { template, rest, entangled: entangled && rest !== '' };
}

/**
 * The finding for a note whose brackets also hold the author's words (`rest`): said, and fixed by `edits`, which
 * delete the template's words and the brackets only.
 */
function withAuthorText(parts: NoteParts, edits: TextEdit[], range: { start: Position; end: Position }, lineCount: number) {
  const wrapped = lineCount > 1 ? bi(`（分在 ${lineCount} 行）`, ` (wrapped over ${lineCount} lines)`) : bi('', '');
  const rest = parts.rest.length > 40 ? `${parts.rest.slice(0, 40)}…` : parts.rest;
  if (parts.entangled) {
    return {
      message: bi(
        `模板的填写说明未删除${wrapped.zh}；括号中的正文与说明文字连在一起（“${rest}”），看不出哪些是正文：请改写为正文并删除说明，未自动修改。`,
        `The template's fill-in note is still in the text${wrapped.en}; the report's words run into the note's (“${rest}”), so which are which cannot be told: rewrite it as the report's text and delete the note; not fixed automatically.`),
      range,
    };
  }
  return {
    message: bi(
      `模板的填写说明未删除${wrapped.zh}；括号中写的“${rest}”是正文。修复只删除说明文字和括号，保留正文。`,
      `The template's fill-in note is still in the text${wrapped.en}; what is written in its brackets, “${rest}”, is the report's text. The fix deletes only the note's words and the brackets and keeps that text.`),
    range,
    fix: { title: bi('删除填写说明，保留所写的正文', 'Delete the note, keep the text written in it'), edits },
  };
}
