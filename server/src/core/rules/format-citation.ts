import type { FormatId, Range, TextEdit } from '../types.js';
import type { Report } from '../model/build.js';

/**
 * The format document a report says it was compiled by, in its introduction (`本报告根据《条例》和《中华人民共和国政府
 * 信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制`): the format of that document and where its 文号 is.
 */
export interface CompileCitation {
  /** The format the cited document issued: 〔2019〕60号 the 2019 format, 〔2021〕30号 the 2021 one. */
  format: Exclude<FormatId, 'pre2019'>;
  /** The 文号 as written (`〔2019〕60号`, `[2019]60号`), without the issuing office's prefix. */
  written: string;
  /** Where the 文号 is. */
  range: Range;
  /**
   * The edits that make the citation name the document of format `to` instead, when that is unambiguous: the 文号's
   * year and number, and the `（试行）` of the 60号 format's title when it is cited by that title and `to` is 2021.
   * Null when the 文号 is cited by another title (the 60号 notice itself, 关于政府信息公开工作年度报告有关事项的通知, whose
   * 文号 alone cannot be swapped), or the line is not written as read (traditional characters, code).
   */
  editsTo(to: Exclude<FormatId, 'pre2019'>): TextEdit[] | null;
}

/** The two format documents' 文号: year and number (templates.md §1). */
const DOCS: Readonly<Record<'2019' | '2021', { year: string; no: string }>> = {
  '2019': { year: '2019', no: '60' },
  '2021': { year: '2021', no: '30' },
};

/** A format document's 文号, in any of the brackets reports use (`〔2019〕60号`, `[2021]30号`, `（2019）第60号`). */
const DOC_NO = /[〔［\[（(【]\s*(2019|2021)\s*[〕］\]）)】]\s*第?\s*(60|30)\s*号/g;

/** A sentence that says what the report was compiled by: a basis (`根据`, `按照`) before the 文号… */
const BASIS = /(根据|按照|依据|依照|遵照|按)/;
/** …and compiling it, or publishing the report, after it. */
const COMPILED = /(编制|编写|撰写|(发布|公布|形成|制作)[^。；;]*(报告|年报))/;

/** The title of the format documents (60号's attachment adds `（试行）`). */
const FORMAT_TITLE = /^中华人民共和国政府信息公开工作年度报告格式([（(]试行[）)])?$/;

/** Lines read for the introduction when no section heading ends it. */
const INTRO_LINES = 30;

/**
 * The format document the report says it was compiled by (`CompileCitation`), or null. Only its introduction counts
 * (the lines before the first section heading `一、总体情况`, at most `INTRO_LINES`), and there only a sentence that
 * says the report was compiled (or published) according to the document (`根据……（国办公开办函〔2019〕60号）要求编制`,
 * `按照……要求，发布……年度报告`): the history, 整改 and plans of the body that mention 60号 say nothing of the format
 * this report follows. Null as well when the introduction cites both documents (`根据……60号和……30号要求编制`): which one
 * the report follows is not said.
 */
export function compileCitation(report: Report): CompileCitation | null {
  const n = report.lines.lineCount;
  const firstSection = report.headings.find((h) => h.level === 1 && h.ordinalStyle === 'cn')?.line;
  const end = Math.min(n, firstSection ?? INTRO_LINES, 60);
  const found: { format: '2019' | '2021'; line: number; start: number; end: number; written: string; compiled: boolean }[] = [];
  for (let i = 0; i < end; i++) {
    const t = report.lines.line(i);
    if (!/号/.test(t)) continue;
    for (const m of t.matchAll(DOC_NO)) {
      const format = m[1] === '2019' ? '2019' : '2021';
      if (DOCS[format].no !== m[2]) continue;
      const at = m.index!;
      // Only the format documents' own 文号: `国办公开办函〔2021〕30号`, or the 文号 alone after the format's title
      // (`《…年度报告格式》（〔2021〕30号）`). Any office numbers its documents so: `临政办字〔2021〕30号` is a city's notice
      // on the reports, `某政办发〔2019〕60号` another document (brk165 #1, #2).
      if (!formatDocumentNumber(t, at)) continue;
      // The sentence around the 文号 (a line may hold the whole introduction).
      const from = Math.max(t.lastIndexOf('。', at), t.lastIndexOf('！', at), t.lastIndexOf('？', at)) + 1;
      const stop = [t.indexOf('。', at), t.indexOf('！', at), t.indexOf('？', at)].filter((x) => x >= 0);
      const to = stop.length ? Math.min(...stop) : t.length;
      const before = t.slice(from, at);
      const after = t.slice(at + m[0].length, to);
      const compiled = BASIS.test(before) && (COMPILED.test(after) || /编制本报告|本报告(根据|按照|依据|依照)/.test(t.slice(from, to)));
      found.push({ format, line: i, start: at, end: at + m[0].length, written: m[0], compiled });
    }
  }
  if (new Set(found.map((f) => f.format)).size !== 1) return null;
  const c = found.find((f) => f.compiled);
  if (!c) return null;
  const range = report.lines.range(c.line, c.start, c.end);
  const source = report.extras.sourceLines;
  const text = report.lines.line(c.line);
  return {
    format: c.format,
    written: c.written,
    range,
    editsTo(to) {
      if (to === c.format || (source && source.line(c.line) !== text) || report.extras.code) return null;
      // The title cited right before the 文号 (`《…格式（试行）》（国办公开办函〔2019〕60号）`), if any: only the format's
      // own title may stay (less its 试行 when 30号 is cited); another title is another document.
      const head = text.slice(0, c.start);
      const titled = /《([^《》]*)》\s*[（(]?\s*(国务院办公厅政府信息与政务公开办公室)?\s*(国办公开办函)?\s*$/.exec(head);
      const edits: TextEdit[] = [];
      if (titled) {
        const title = titled[1];
        const fm = FORMAT_TITLE.exec(title.replace(/\s+/g, ''));
        if (!fm) return null;
        if (to === '2021' && fm[1]) {
          const k = title.lastIndexOf(fm[1]);
          const at = titled.index + 1 + k;
          if (k < 0 || text.slice(at, at + fm[1].length) !== fm[1]) return null;
          edits.push({ range: report.lines.range(c.line, at, at + fm[1].length), newText: '' });
        }
      }
      const from = DOCS[c.format];
      const into = DOCS[to];
      const y = c.written.indexOf(from.year);
      const k = c.written.indexOf(from.no, y + from.year.length);
      if (y < 0 || k < 0) return null;
      edits.push({ range: report.lines.range(c.line, c.start + y, c.start + y + 4), newText: into.year });
      edits.push({ range: report.lines.range(c.line, c.start + k, c.start + k + from.no.length), newText: into.no });
      return edits;
    },
  };
}

/** A 文号 and a list's separator at the end of a text (`〔2019〕60号、`). */
const LISTED_AFTER = /[〔［\[（(【]\s*\d{4}\s*[〕］\]）)】]\s*第?\s*\d+\s*号\s*[、和及与,，]\s*$/;

/**
 * Whether the 文号 at `at` of line `t` is a format document's: issued as 国办公开办函 (the issuer written right before
 * it, `国办公开办函〔2021〕30号`; `国办公开办〔2021〕30号` with the 函 left out too), or written without an issuer right after
 * the format's own title (`《中华人民共和国政府信息公开工作年度报告格式》（〔2021〕30号）`). Another issuer's (`临政办字`,
 * `某政办发`, `国办发`) is another document, whatever its year and number.
 */
function formatDocumentNumber(t: string, at: number): boolean {
  let head = t.slice(0, at);
  // A 文号 listed after another (`国办公开办函〔2019〕60号、〔2021〕30号`) has that one's issuer.
  for (let m = LISTED_AFTER.exec(head); m; m = LISTED_AFTER.exec(head)) head = head.slice(0, m.index);
  const issuer = /([\u4e00-\u9fffA-Za-z]+)\s*$/.exec(head.slice(-24))?.[1];
  if (issuer) return /国办公开办函?$/.test(issuer);
  return /《[^《》]*年度报告格式[^《》]*》\s*[（(]?\s*$/.test(head);
}
