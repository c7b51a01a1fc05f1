import type { Rule } from './rule.js';
import { NONE, paragraphPosition, proseOf, type Paragraph } from '../prose/text.js';
import type { LineIndex } from '../text/lines.js';
import type { Position } from '../types.js';
import { bi } from './util.js';

/** Reduplications that are words (`研究研究`, `一步一步`): not typos. */
const WORDS = /^(?:研究|讨论|商量|考虑|学习|休息|了解|打听|交流|沟通|比较|锻炼|活动|收拾|整理|准备|检查|看看|想想|说说|走走|试试|通红|雪白|冰凉|哈哈|嘻嘻|呵呵)$/;

/**
 * Words of the field that start with a doubled part, by that part: what follows it in the word. 公开 + a place, a
 * manner, a scope, a document about publishing (公开栏, 公开指南, 公开时限 …), 公开透明, and the template's
 * 公开申请 / 公开工作 / 公开属性; 部门 + 部门网站, 部门预算 …; 单位网站, 科室负责人, 会议纪要, 网站群, 媒体矩阵, 机关党委,
 * 政府信息公开 (人民政府 + 政府信息公开专栏), 信息化, 申请人, 复议机关, 诉讼案件. After a word
 * that ends in the part (政务公开公开栏, 信息公开公开透明, 各部门部门网站, 常务会议会议纪要) the second copy starts one of them. 公开信息, 公开文件 … are left out: 信息 is what 公开 makes public, so 依法公开公开信息 is the verb
 * written twice.
 */
const STARTING_WORDS: Readonly<Record<string, RegExp>> = {
  公开: /^(?:栏|专栏|平台|目录|指南|方式|范围|时限|内容|透明|申请|工作|属性)/,
  // 局机关 + 机关党委, 人民政府 + 政府信息公开专栏, 政府信息 + 信息化 (helper-220 #5, helper-223 #5).
  机关: /^(?:党委|党总支|党支部|纪委|工委|事务|服务中心|效能|作风)/,
  政府: /^(?:信息公开|网站|门户|公报)/,
  信息: /^化/,
  部门: /^(?:网站|门户|主页|预算|决算|职责|规章)/,
  单位: /^(?:网站|门户|主页|负责人|主要负责人)/,
  科室: /^(?:负责人)/,
  会议: /^(?:纪要|精神|记录|决定|议定|材料)/,
  网站: /^(?:群|集约)/,
  媒体: /^(?:矩阵)/,
  // 依申请 + 申请人, 行政复议 + 复议机关, 行政诉讼 + 诉讼案件 (brk104 #6: 依申请申请人为法人 lost its 申请人).
  申请: /^(?:人|书|表|材料|事项|渠道|方式)/,
  复议: /^(?:机关|机构|决定|案件|申请|被申请人)/,
  诉讼: /^(?:案件|请求|材料|代理)/,
};

/**
 * Whether the copy of `w` at offset `second` of `t` starts a word of `STARTING_WORDS` while the copy at `first`
 * ends a word (a character before it: 政务公开 + 公开栏), so that the two copies belong to two words. Only the
 * part itself: 公开目录公开目录 is a doubled 公开目录.
 */
function startsWord(t: string, w: string, first: number, second: number): boolean {
  const rest = STARTING_WORDS[w];
  const ends = ENDING_BEFORE[w];
  return rest !== undefined && first > 0 && cjk(t.charCodeAt(first - 1)) && (!ends || ends.test(t[first - 1])) && rest.test(t.slice(second + w.length, second + w.length + 5));
}

/**
 * What must stand right before the first copy for it to end a word of its own, where any character would not: 政府
 * ends 人民政府, 市政府, 区政府 …, not 受理政府政府信息公开申请 (政府 written twice).
 */
const ENDING_BEFORE: Readonly<Record<string, RegExp>> = {
  政府: /[民市区县省镇乡州旗盟]/,
  // 依申请, 行政复议, 行政诉讼: not 收到复议复议申请 (复议 written twice).
  申请: /[依]/,
  复议: /[政]/,
  诉讼: /[政]/,
};

/** A doubled word in the prose (`资金资金`, `前台服务服务窗口`). */
export const duplicateWord: Rule = {
  meta: {
    id: 'duplicate-word',
    category: 'years',
    defaultSeverity: 'info',
    fixable: true,
    readsProse: true,
    description: bi('词语重复（如“资金资金”）', 'A doubled word (资金资金)'),
    rationale: bi('连续重复的词语（“科技计划资金资金分配结果”“前台服务服务窗口”）通常是编辑时的残留；单字只查“的的”（“的的确确”除外）。修复会删除重复的一个（两个词分在上下两行，或所在行没有标点时只提示，不自动删除：可能是表格表头被排版拆开或压成一行）。表格中的表头（如“结果结果”这类被排版拆开的标题）不检查。有意的反复（“公开公开再公开”“落实落实再落实”）不算重复。两个词在重复处相接时不算重复：“规范规范性文件”（规范 + 规范性文件）、“政务公开公开栏”（政务公开 + 公开栏，以及公开指南、公开目录、公开透明等）、“各部门部门网站”（各部门 + 部门网站，以及单位网站、科室负责人、会议纪要、网站群、媒体矩阵等）、“局机关机关党委”（局机关 + 机关党委）、“某某市人民政府政府信息公开专栏”（人民政府 + 政府信息公开专栏；“受理政府政府信息公开申请”仍是重复）、“政府信息信息化”（政府信息 + 信息化）、“政府信息公开公开属性”、“依申请申请人”（依申请 + 申请人，以及申请书、申请表等）、“行政复议复议机关”（行政复议 + 复议机关，以及复议决定等）、“行政诉讼诉讼案件”；“依法公开公开信息”仍是重复，句首的“申请申请人”也仍是重复。', 'A word written twice in a row is usually an editing leftover; of single characters only 的的 is read (的的确确 aside). The fix removes the repeat (not when the two copies are on two lines, or on a line without punctuation: that may be a table header wrapped or flattened by the layout). Table headers (split by the layout) are not checked. A deliberate repetition (公开公开再公开, 落实落实再落实) is not one. Two words that meet at the repeat are not a doubling: 规范规范性文件 (规范 + 规范性文件), 政务公开公开栏 (政务公开 + 公开栏; also 公开指南, 公开目录, 公开透明 and a few more), 各部门部门网站 (各部门 + 部门网站; also 单位网站, 科室负责人, 会议纪要, 网站群, 媒体矩阵), 局机关机关党委 (局机关 + 机关党委), 某某市人民政府政府信息公开专栏 (人民政府 + 政府信息公开专栏; 受理政府政府信息公开申请 is still one), 政府信息信息化 (政府信息 + 信息化), 政府信息公开公开属性, 依申请申请人 (依申请 + 申请人; also 申请书, 申请表), 行政复议复议机关 (行政复议 + 复议机关; also 复议决定), 行政诉讼诉讼案件; 依法公开公开信息 is still one, and so is 申请申请人 opening a sentence.'),
    example: { bad: '2023 年上海市科技计划资金资金分配结果信息', note: bi('“资金”重复', '资金 doubled') },
  },
  check(ctx) {
    const p = proseOf(ctx.report);
    p.paragraphs.forEach((para, j) => {
      const o = p.offsets[j];
      const found = doublesOf(para, p.firstLines[j], ctx.report.lines);
      // An indexed loop: `for … of` would allocate an iterator per paragraph (every paragraph, every keystroke).
      for (let k = 0; k < found.length; k++) {
        const { index, w, copies } = found[k];
        const second = o + index + w.length;
        const range = p.range(second, o + index + copies * w.length);
        // Copies on two lines (one ends a line, the other starts the next) may be a layout's wrapped header cells
        // (`总计` / `总计` of a table pasted from a PDF): said, but not deleted. Both copies on the line the second
        // ends on: the whole doubling is on one line.
        const sameLine = p.range(o + index, o + index + 1).start.line === range.end.line;
        // A line without sentence punctuation may be a table's header flattened into text (a second 表四 pasted
        // below the first: `总计结果结果其他尚未`): said, but not deleted (that would cut the header's words).
        const sentence = SENTENCE_MARK.test(ctx.report.lines.line(range.end.line));
        // A few characters of context on either side, from the source lines the copies stand on: a paragraph joins
        // its lines, and the line above (a comment, a wrapped sentence) is not part of what is doubled.
        const context = copies > 2 ? w.repeat(3) + '…' : excerpt(ctx.report.lines, p.position(o + index), range.end, 4);
        ctx.add({
          message: copies > 2
            ? bi(`“${w}”连续重复了 ${copies} 次：“${context}”，请只保留一个。`, `“${w}” is written ${copies} times in a row: “${context}”; keep one.`)
            : bi(`“${w}”重复了：“${context}”，请删去重复的“${w}”。`, `“${w}” is written twice: “${context}”; delete the repeat.`),
          range,
          fix: sameLine && sentence ? { title: bi(`删除重复的“${w}”`, `Remove the repeated “${w}”`), edits: [{ range, newText: '' }] } : undefined,
        });
      }
    });
  },
};

/**
 * The source text from `start` to `end` (0-based line and UTF-16 column; `end` exclusive) with up to `around`
 * characters of the same lines on either side, never a character of another line. Copies on two lines (a wrapped
 * line) give the end of the first line and the start of the second, joined (the excerpt stays one line). Never
 * cuts a character outside the BMP in half.
 */
function excerpt(lines: LineIndex, start: Position, end: Position, around: number): string {
  const first = lines.line(start.line), last = lines.line(end.line);
  let a = Math.max(0, start.character - around);
  let b = Math.min(last.length, end.character + around);
  if (a > 0 && isLowSurrogate(first.charCodeAt(a))) a--;
  if (b < last.length && isLowSurrogate(last.charCodeAt(b))) b++;
  if (start.line === end.line) return first.slice(a, b);
  return first.slice(a).trimEnd() + last.slice(0, b).trimStart();
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Punctuation of a sentence: a line with none is not taken for running text. */
const SENTENCE_MARK = /[。，；：、！？,;:!?]/;

/**
 * The doubled words of one paragraph (offsets in it; kept with the paragraph, whose lines are then the same). The
 * copies must touch in the source: white space between them (a table-like layout, two columns side by side) is
 * not a doubled word; a line wrap between them is.
 */
function doublesOf(para: Paragraph, firstLine: number, lines: LineIndex): Doubling[] {
  const memo = para.memo.doubles as ReturnType<typeof doublesOf> | undefined;
  // The memo is read outside `readDoubles`, whose closures would allocate a context on every call.
  return memo ?? readDoubles(para, firstLine, lines);
}

/** A word written `copies` (≥ 2) times in a row from offset `index` of its paragraph. */
interface Doubling {
  index: number;
  w: string;
  copies: number;
}

function readDoubles(para: Paragraph, firstLine: number, lines: LineIndex): Doubling[] {
  // Most paragraphs have no doubled characters at all.
  const de = para.text.indexOf('的的');
  if (de < 0 && !doubled(para.text, { lastIndex: 0 })) return (para.memo.doubles = NONE as unknown as ReturnType<typeof doublesOf>);
  const out: ReturnType<typeof doublesOf> = [];
  // The one character doubled that is always a slip: 的的 (not 的的确确, 的的确: 的确 doubled).
  for (let i = de; i >= 0; i = para.text.indexOf('的的', i + 2)) {
    let end = i + 2;
    while (para.text[end] === '的') end++;
    if (para.text[end] === '确') { i = end - 2; continue; }
    const a = paragraphPosition(para, firstLine, i), b = paragraphPosition(para, firstLine, i + 1);
    if (a.line === b.line && b.character === a.character + 1) out.push({ index: i, w: '的', copies: end - i });
    i = end - 2;
  }
  // Source position of an offset in the paragraph.
  const at = (k: number) => paragraphPosition(para, firstLine, k);
  const re = { lastIndex: 0, exec: (t: string) => doubled(t, re) };
  let m: { index: number; 1: string } | null;
  while ((m = re.exec(para.text))) {
    // The repeated unit: 公开 in 公开公开公开公开 (found as 公开公开 doubled), not 公开公开.
    const w = primitive(m[1]);
    if (WORDS.test(w) || /^一./.test(w) || new Set(w).size === 1) {
      re.lastIndex = m.index + 1;
      continue;
    }
    // `政务服务服务事项` holds 务服 doubled too: the doubling one character on (服务) is the words', read that one.
    // (Only two copies each way: a longer run, 公开公开公开, is the run's own.)
    const rotated = w.slice(1) + w[0];
    const two = (u: string, at: number) => para.text.startsWith(u + u, at) && !para.text.startsWith(u, at + 2 * u.length);
    if (w.length >= 2 && two(w, m.index) && two(rotated, m.index + 1)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const second = m.index + w.length;
    // 规范规范性文件: the verb 规范, then the noun 规范性文件 (the second copy starts a word in 性); 政务公开公开栏:
    // 政务公开, then the noun 公开栏. A word boundary between the copies, not a doubling.
    if (para.text.charCodeAt(second + w.length) === 0x6027 /* 性 */ || startsWord(para.text, w, m.index, second)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    // Every character of both copies next to the one before it in the source (a line wrap aside): white space inside a
    // copy is a cell boundary too (`申请人情况⇥申请人情况`, a spreadsheet's header filled into merged cells, read as
    // `请人情况申` doubled: its fix deleted five cells; helper-226 A1).
    const touches = (k: number) => {
      const a = at(k - 1), b = at(k);
      return a.line === b.line ? b.character === a.character + 1 : b.character === lines.line(b.line).length - lines.line(b.line).trimStart().length && a.character === lines.line(a.line).trimEnd().length - 1;
    };
    let touching = true;
    for (let k = m.index + 1; k < second + w.length && touching; k++) touching = touches(k);
    if (!touching) {
      re.lastIndex = m.index + 1;
      continue;
    }
    // A run of more copies (公开公开公开…) is one finding: the copies after the first.
    let end = second + w.length;
    const joined = (from: number) => {
      for (let k = from; k < from + w.length; k++) if (!touches(k)) return false;
      return true;
    };
    while (para.text.startsWith(w, end) && joined(end)) end += w.length;
    re.lastIndex = end;
    // A rhetorical repetition, the word once more after 再/又/还 (`公开公开再公开`, `落实落实再落实`): written so on purpose.
    if (RHETORICAL_LINK.test(para.text[end] ?? '') && para.text.startsWith(w, end + 1)) continue;
    out.push({ index: m.index, w, copies: (end - m.index) / w.length });
  }
  out.sort((x, y) => x.index - y.index);
  para.memo.doubles = out.length ? out : NONE;
  return out;
}

/** The words that link a rhetorical repetition's last copy (`公开公开再公开`). */
const RHETORICAL_LINK = /^[再又还]$/;

/** The shortest `u` with `w === u.repeat(k)`. */
function primitive(w: string): string {
  for (let d = 1; d < w.length; d++) if (w.length % d === 0 && w.slice(0, d).repeat(w.length / d) === w) return w.slice(0, d);
  return w;
}

function cjk(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * `/([\u4e00-\u9fff]{2,6})\1/g.exec(t)` from `re.lastIndex`, without the regex engine's backtracking: the leftmost
 * start whose next 2–6 CJK characters (the longest that works) are repeated right after them. Moves `lastIndex`
 * past the match, as the regex does.
 */
export function doubled(t: string, re: { lastIndex: number }): { index: number; 1: string } | null {
  const n = t.length;
  let i = re.lastIndex;
  // The characters at i … i + 7 (NaN past the end), moved on by one each step: one read per character.
  let c0 = t.charCodeAt(i), c1 = t.charCodeAt(i + 1), c2 = t.charCodeAt(i + 2), c3 = t.charCodeAt(i + 3);
  let c4 = t.charCodeAt(i + 4), c5 = t.charCodeAt(i + 5), c6 = t.charCodeAt(i + 6), c7 = t.charCodeAt(i + 7);
  for (; i + 4 <= n; i++, c0 = c1, c1 = c2, c2 = c3, c3 = c4, c4 = c5, c5 = c6, c6 = c7, c7 = t.charCodeAt(i + 7)) {
    if (!cjk(c0)) continue;
    // A copy of width w starts with the same two characters w places on.
    if (!((c0 === c2 && c1 === c3) || (c0 === c3 && c1 === c4) || (c0 === c4 && c1 === c5) || (c0 === c5 && c1 === c6) || (c0 === c6 && c1 === c7))) continue;
    let run = 1;
    while (run < 6 && i + run < n && cjk(t.charCodeAt(i + run))) run++;
    for (let w = run; w >= 2; w--) {
      if (i + 2 * w > n) continue;
      let same = true;
      for (let k = 0; k < w && same; k++) same = t.charCodeAt(i + k) === t.charCodeAt(i + w + k);
      if (same) {
        re.lastIndex = i + 2 * w;
        return { index: i, 1: t.slice(i, i + w) };
      }
    }
  }
  re.lastIndex = 0;
  return null;
}
