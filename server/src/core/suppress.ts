import type { Finding, Locale, Range, ReportModel, Severity, TextEdit } from './types.js';
import type { LineIndex } from './text/lines.js';
import type { RuleMeta } from './rules/rule.js';
import { linesFoundIn } from './model/segments.js';
import { stringFinder } from './text/search.js';
import { editDistance, INVISIBLE } from './text/normalize.js';
import { closestNames } from './suggest.js';
import { fenceBlocks, pipeCellCount, QUOTE_MARKERS } from './text/blocks.js';

/**
 * Inline suppression comments in a draft (HTML comments, invisible when the Markdown is rendered):
 *
 *     <!-- nianbao-disable-next-line row-label -->          the next line (blank lines and comment lines in between are skipped)
 *     <!-- nianbao-disable sum-balance, cell-blank -->      from here …
 *     <!-- nianbao-enable sum-balance -->                    … to here (or to the end of the file)
 *     <!-- nianbao-disable -->                               no id: every rule
 *     <!-- nianbao-disable-next-line row-label -- 原文如此 -->  text after ` -- ` is a reason, not an id
 *     <!-- nianbao-disable-next-line：row-label —— 原文如此 -->  as Chinese text writes it: a colon, `——`
 *     <!-- nianbao-disable-next-line row-label（原文如此） -->  a reason in brackets, or a Chinese word after the ids
 *
 *     <!-- nianbao-disable-next-line row-label checked by finance -->  after a rule id, words close to no rule id are a reason
 *     <!-- ｎｉａｎｂａｏ-disable-next-line row-label -->  full-width letters, as a Chinese input method types them
 *
 * Ids are separated by commas (also `，`), `、`, semicolons or spaces, and read as their writer meant them
 * (`ROW_LABEL`, `row–label`: `row-label`); the comment's name in any case. A comment with a reason and no id (`<!--
 * nianbao-disable-next-line -- 原文如此 -->`, as ESLint reads `-- reason`) covers every rule, like one without either.
 * Only HTML comments count, as in markdownlint: a Markdown link-reference "comment" (`[//]: # (nianbao-…)`) suppresses
 * nothing (`readLinkReferenceDirectives` finds them, for a note). A finding is suppressed when the line its range starts
 * on is covered. Pure: the CLI and the language server apply the same comments through `checkReport`.
 */
export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named (empty: all rules). */
  ids: string[];
  /** Where each of `ids` is in the text (same order). */
  idRanges: Range[];
  /** Each of `ids` as written (`ROW_LABEL` for `row-label`; same order). */
  written: string[];
  /** The reason after ` -- `, if any. */
  reason: string;
  /**
   * The reason was read from a word with no ` -- `, dash or bracket before it (`数据已核实`, `row-label checked by
   * finance`): with no id before it, the comment covers every rule, which its writer may not have meant.
   */
  reasonUnmarked: boolean;
  /** Where the reason is, its separator or bracket included (null without one). */
  reasonRange: Range | null;
  /** 0-based line of the comment. */
  line: number;
  /** Range of the whole comment `<!-- … -->`. */
  range: Range;
}

/** Rule id of the finding that `reportUnusedDisable` adds for a directive that suppressed nothing. */
export const UNUSED_DISABLE = 'unused-disable-directive';

/**
 * `unused-disable-directive` described as a rule's metadata: it is no rule of the registry (`applySuppressions` adds its
 * findings after the rules ran), but it has a docs page (scripts/rule-docs.mjs), a SARIF descriptor and a setting like
 * one. Off unless a config or setting turns it on; `defaultSeverity` is the severity `--report-unused-disable` gives it.
 */
export const UNUSED_DISABLE_META: RuleMeta = {
  id: UNUSED_DISABLE,
  category: 'comments',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    zh: '没有屏蔽任何问题的 nianbao-disable 注释（默认关闭；--report-unused-disable 以 warning 打开）',
    en: 'A nianbao-disable comment that suppressed nothing (off by default; --report-unused-disable turns it on as a warning)',
  },
  rationale: {
    zh: '屏蔽注释所在之处已不再报告它所列规则的问题时（数字改对了、规则已不报），注释就多余了，还会在以后悄悄屏蔽新的问题。默认不报；`nianbao check --report-unused-disable` 以 warning 报告，或在配置中设定 `"unused-disable-directive": "warning"`（也可 `"error"`、`"info"`）。每条注释报一次，列出其中没用上的规则 id；`nianbao-enable` 之前没有对应的 `nianbao-disable` 时也报。修复删除整条注释；注释中只有部分 id 没用上时，只从注释中删去这些 id。写错的规则 id 由 `disable-unknown-rule` 报告，这里不再重复。本次未运行的规则（关闭的规则；没有找到上一年度报告时的跨年度规则）的注释无从判断，不报告。',
    en: 'When nothing that a suppression comment names is reported where it stands any more (the number was corrected, the rule no longer reports it), the comment is dead weight, and it would silently hide a new problem there later. Not reported by default; `nianbao check --report-unused-disable` reports it as a warning, or set `"unused-disable-directive": "warning"` (or `"error"`, `"info"`) in the config. Each such comment is reported once, naming its unused rule ids, and so is a `nianbao-enable` with no `nianbao-disable` before it. The fix removes the whole comment, or, when only some of its ids went unused, only those ids. A misspelt rule id is reported by `disable-unknown-rule` instead. A comment for a rule that did not run (one that is off; a cross-year rule when last year\'s report was not found) cannot be judged and is not reported.',
  },
  example: {
    bad: '<!-- nianbao-disable-next-line prose-table -->\n全年新收政府信息公开申请46件，上年结转2件。',
    note: { zh: '这句话与表三一致，注释没有屏蔽任何问题', en: 'the sentence agrees with 表三: the comment suppresses nothing' },
  },
};

// The name ends at white space or the comment's end: `nianbao-disable-line` (ESLint's form) is no `nianbao-disable`.
// A colon may follow the name (`nianbao-disable-next-line：row-label`, as Chinese text writes one), or a reason's
// bracket (`nianbao-disable-next-line（原文如此）`); the name is read in any case (`Nianbao-Disable-Next-Line`), and
// `<!---` … `--->` is a comment too.
// (The comment's head only: its body, to the first `-->` after the name, is found by `directiveMatches` in one pass.)
const DIRECTIVE_HEAD = /<!--+\s*nianbao[-－](disable[-－]next[-－]line|disable|enable)(?=[\s:：（(]|-->)/gi;

/**
 * The suppression comments of `s` (its letters folded: `directiveText`), in order, as
 * `/<!--+\s*nianbao[-－](disable[-－]next[-－]line|disable|enable)(?=[\s:：（(]|-->)((?:(?!-->)[\s\S])*)-->/gi` matches
 * them: `index`, the whole comment `text`, its `name` and its `body` (after the name, before `-->`). In linear time:
 * the regular expression scanned from each comment never closed to the end of the text (brk142 #4: a line of many
 * such comments took minutes); once one finds no `-->` after it, none after it does.
 */
function directiveMatches(s: string): { index: number; text: string; name: string; body: string }[] {
  const out: { index: number; text: string; name: string; body: string }[] = [];
  const head = new RegExp(DIRECTIVE_HEAD.source, DIRECTIVE_HEAD.flags);
  for (let m = head.exec(s); m; m = head.exec(s)) {
    const bodyAt = m.index + m[0].length;
    const close = s.indexOf('-->', bodyAt);
    if (close < 0) break;
    out.push({ index: m.index, text: s.slice(m.index, close + 3), name: m[1], body: s.slice(bodyAt, close) });
    head.lastIndex = close + 3;
  }
  return out;
}

/** `s` without its suppression comments (`directiveMatches`). */
function withoutDirectives(s: string): string {
  const found = directiveMatches(s);
  if (!found.length) return s;
  const parts: string[] = [];
  let at = 0;
  for (const m of found) {
    parts.push(s.slice(at, m.index));
    at = m.index + m.text.length;
  }
  parts.push(s.slice(at));
  return parts.join('');
}
/**
 * Where a reason starts: ` -- `, a dash as Chinese text writes it (`——`, `—`, `－－`), or a bracket (`row-label（原文如此）`);
 * no rule id has one. A word in Chinese after the ids starts it too (see `readDirectives`).
 */
const REASON = /(^|\s)--(\s|$)|—|－－|[（(]/;
/**
 * A Markdown link reference used as a comment, on a line of its own: `[//]: # (…)`, `[//]: # "…"`, `[comment]: <> '…'`.
 * 1: what precedes its `[`; 2–4: the content in brackets or quotes.
 */
const LINK_REFERENCE = /^([ \t]{0,3})\[[^\]\n]*\]:[ \t]*(?:#|<>)[ \t]+(?:\(([^\n]*)\)|"([^"\n]*)"|'([^'\n]*)')[ \t]*$/gm;
/** Any `<!-- nianbao-… ` comment: the name after `nianbao-`. */
const ANY_DIRECTIVE = /<!--+\s*nianbao[-－]([A-Za-z_\-－]*)/gi;
/** The comment names that suppression comments use. */
export const DIRECTIVE_NAMES: readonly DirectiveKind[] = ['disable-next-line', 'disable', 'enable'];

/**
 * The `<!-- nianbao-… -->` comments whose name is none of `DIRECTIVE_NAMES` (`nianbao-disable-line`, as ESLint
 * writes it; `nianbao-ignore`): they suppress nothing. `range` is the name after `nianbao-` (0-based UTF-16).
 */
export function readUnknownDirectives(lines: LineIndex): { name: string; range: Range }[] {
  if (!mayHoldDirective(lines)) return [];
  const text = lines.text;
  const out: { name: string; range: Range }[] = [];
  for (const m of directiveText(text).matchAll(ANY_DIRECTIVE)) {
    if ((DIRECTIVE_NAMES as readonly string[]).includes(directiveName(m[1]))) continue;
    const at = m.index! + m[0].length - m[1].length;
    out.push({ name: text.slice(at, at + m[1].length), range: { start: lines.positionAt(at), end: lines.positionAt(at + m[1].length) } });
  }
  return out;
}

/**
 * HTML comments that look like suppression comments but are not read as any, their `nianbao-` written otherwise: a
 * space, `_` or `:` for its hyphen or after it (`nianbao disable-next-line`, `nianbao_disable_next_line`,
 * `nianbao:disable…`, `nianbao -disable…`), a dash that is no ASCII hyphen (`nianbao‐disable‐next‐line`, U+2010, as
 * Word and some input methods write one) or `nianbao` misspelt (`nianboa-`, `nainbao-`, at most two letters off).
 * Each with what was meant (`nianbao-disable-next-line`), the range from the tool's name to the end of the
 * comment's name (0-based UTF-16), and whether a rule id follows the name (`ids`). Comments that `readDirectives` or `readUnknownDirectives` read are not listed.
 */
export function readMisspeltDirectives(lines: LineIndex): { written: string; meant: string; range: Range; ids: boolean }[] {
  const at = linesFoundIn(lines, COMMENT_OPEN);
  if (!at.length) return [];
  const out: { written: string; meant: string; range: Range; ids: boolean }[] = [];
  for (const i of at) {
    const line = lines.line(i);
    for (const m of line.matchAll(NEAR_DIRECTIVE)) {
      const [, tool, sep, name] = m;
      const plain = tool.toLowerCase() === 'nianbao';
      // Read as a directive (or an unknown one) already: `nianbao-` with a hyphen.
      if (plain && /^[-－]$/.test(sep)) continue;
      if (!plain && editDistance(tool.toLowerCase(), 'nianbao') > 2) continue;
      const kind = name.toLowerCase().replace(/[^a-z]/g, '');
      const meant = kind === 'disablenextline' ? 'disable-next-line' : kind === 'disable' || kind === 'enable' ? kind : null;
      if (!meant) continue;
      const start = m.index! + m[0].length - tool.length - sep.length - name.length;
      // Whether a rule id follows (`… row-label`), not only a reason or nothing: such a comment, once right, covers
      // every rule.
      const rest = line.slice(start + tool.length + sep.length + name.length).replace(/-->[\s\S]*$/, '');
      const ids = /^[\s:：,，]*[A-Za-z][A-Za-z_\-－]*[A-Za-z]/.test(rest);
      out.push({ written: `${tool}${sep}${name}`, meant: `nianbao-${meant}`, range: { start: { line: i, character: start }, end: { line: i, character: start + tool.length + sep.length + name.length } }, ids });
    }
  }
  return out;
}

/** Where an HTML comment opens. */
const COMMENT_OPEN = stringFinder('<!--');
/**
 * A comment opening with a word of 5–9 letters, a separator (dashes of any kind, `_`, `:`, white space) and a name
 * like disable-next-line, disable or enable with any separators: 1 the word, 2 the separator, 3 the name.
 */
const NEAR_DIRECTIVE = /<!--+[ \t]*([A-Za-z]{5,9})([ \t]*[-－‐‑‒–—_:：][ \t]*|[ \t]+)((?:disable|enable)(?:[-－‐‑‒–—_ ]?next[-－‐‑‒–—_ ]?line)?)(?=[\s:：（(]|-->|$)/gi;

/** The directives last read of a text (`readDirectives`), with the ids they were read with. */
const directivesRead = new WeakMap<LineIndex, { ruleIds: readonly string[] | undefined; directives: Directive[] }>();

/**
 * The suppression comments of a text, in order (one array per text and `ruleIds`, shared by its callers: not to be
 * changed). With `ruleIds` (the ids a comment may name), a word after a known id
 * that is close to no id (`closestNames`) starts the reason (`row-label checked by finance`); a word close to one
 * (`row-lable`) stays an id, for `disable-unknown-rule` to correct. Without it every word before a reason is an id.
 */
export function readDirectives(lines: LineIndex, ruleIds?: readonly string[]): Directive[] {
  if (!mayHoldDirective(lines)) return [];
  const text = lines.text;
  // Read once per text and ids: the comment rules and the suppression pass of one check all ask.
  const read = directivesRead.get(lines);
  if (read && read.ruleIds === ruleIds) return read.directives;
  const out: Directive[] = [];
  for (const m of directiveMatches(directiveText(text))) {
    // The body as written (the match ran over the text with full-width letters folded, at the same offsets).
    const bodyAt = m.index + m.text.length - 3 - m.body.length;
    // `--->`: the extra dashes close the comment, they are no id.
    const body = text.slice(bodyAt, bodyAt + m.body.length).replace(/-+$/, '');
    const cut = body.search(REASON);
    const idPart = cut >= 0 ? body.slice(0, cut) : body;
    let reasonAt = cut;
    let reason = cut >= 0 ? reasonText(body.slice(cut)) : '';
    let reasonUnmarked = false;
    const ids: string[] = [];
    const idRanges: Range[] = [];
    const written: string[] = [];
    let knownSeen = false;
    // Ids are separated by spaces, commas (also full-width), 、 or semicolons; a colon after the comment's name is no
    // id; a word in Chinese (`row-label 原文如此`) is the reason.
    for (const id of idPart.matchAll(/[^\s,，、:：;；]+/g)) {
      const meant = ruleIdAsWritten(id[0]);
      // A word in Chinese, a lone dash before one (`row-label - 原文如此`), or after a known id a word close to no
      // rule id (`row-label checked by finance`), starts the reason.
      const chinese = /[\u4e00-\u9fff]/.test(id[0]);
      if (chinese || /^[-–—]+$/.test(id[0]) || (knownSeen && !ruleIds!.includes(meant) && !closestNames(meant, ruleIds!).length)) {
        reason = reasonText(body.slice(id.index!));
        reasonAt = id.index!;
        reasonUnmarked = chinese || knownSeen;
        break;
      }
      if (ruleIds?.includes(meant)) knownSeen = true;
      ids.push(meant);
      written.push(id[0]);
      idRanges.push({ start: lines.positionAt(bodyAt + id.index!), end: lines.positionAt(bodyAt + id.index! + id[0].length) });
    }
    const start = lines.positionAt(m.index);
    let reasonRange: Range | null = null;
    if (reason) {
      while (/\s/.test(body[reasonAt])) reasonAt++;
      reasonRange = { start: lines.positionAt(bodyAt + reasonAt), end: lines.positionAt(bodyAt + body.trimEnd().length) };
    }
    out.push({ kind: directiveName(m.name) as DirectiveKind, ids, idRanges, written, reason, reasonUnmarked, reasonRange, line: start.line, range: { start, end: lines.positionAt(m.index + m.text.length) } });
  }
  // A comment shown as code (in a fenced code block: a report quoting how to suppress a finding) is text, as
  // markdownlint reads it: no directive (helper-216 #8).
  const fenced = out.length ? fencedLines(lines) : null;
  // So is one in an inline code span (`` `<!-- nianbao-disable -->` ``: an odd number of backticks before it on its line;
  // brk92 #4). (An indented one is read: a pdftotext report indents its lines, the suppress action's comment with them.)
  // (The backticks counted on from the directive before on the same line: not the line again for each of many.)
  let tickLine = -1, tickAt = 0, ticks = 0, nextTick = -1;
  const literal = (d: Directive) => {
    const t = lines.line(d.line);
    const at = d.range.start.character;
    if (d.line !== tickLine || at < tickAt) (tickLine = d.line), (ticks = 0), (nextTick = t.indexOf('`'));
    tickAt = at;
    for (; nextTick >= 0 && nextTick < at; nextTick = t.indexOf('`', nextTick + 1)) ticks++;
    return ticks % 2 === 1;
  };
  const kept = out.filter((d) => !fenced?.has(d.line) && !literal(d));
  directivesRead.set(lines, { ruleIds, directives: kept });
  return kept;
}

/**
 * The lines of fenced code blocks (a fence of three or more backticks or tildes, indented three spaces at most, to a
 * closing fence of the same kind at least as long, or the end of the text), the fences included: 0-based.
 */
function fencedLines(lines: LineIndex): Set<number> {
  const out = new Set<number>();
  // Paired as CommonMark pairs them (`fenceBlocks`, as fence-unclosed and the model read them): a fence opened in a
  // blockquote or list item ends with it; a line of backticks in an HTML block is none.
  for (const b of fenceBlocks((i) => lines.line(i), lines.lineCount)) for (let i = b.open; i <= b.end; i++) out.add(i);
  return out;
}

/**
 * A suppression comment written as a Markdown link reference (`[//]: # (nianbao-disable-next-line row-label)`, also
 * with `"…"` or `'…'`, `[comment]: #` or `<>`): it is not rendered, but it is no HTML comment, and, as markdownlint
 * reads only HTML comments, it suppresses nothing. `range` is the whole reference (0-based UTF-16), `comment` the
 * same content as an HTML comment (`<!-- nianbao-disable-next-line row-label -->`), which does suppress.
 */
export function readLinkReferenceDirectives(lines: LineIndex): { range: Range; comment: string }[] {
  if (!mayHoldDirective(lines)) return [];
  const text = lines.text;
  if (!text.includes(']:')) return [];
  const out: { range: Range; comment: string }[] = [];
  for (const m of directiveText(text).matchAll(LINK_REFERENCE)) {
    const inner = m[2] ?? m[3] ?? m[4];
    // As written (the match ran over the folded text; the content is the last thing in it before its bracket or quote).
    const innerAt = m.index! + m[0].lastIndexOf(inner);
    const content = text.slice(innerAt, innerAt + inner.length).trim();
    if (!/^nianbao[-－](?:disable|enable)/i.test(foldLetters(content)) || content.includes('-->')) continue;
    const at = m.index! + m[1].length;
    const end = m.index! + m[0].trimEnd().length;
    out.push({ range: { start: lines.positionAt(at), end: lines.positionAt(end) }, comment: `<!-- ${content} -->` });
  }
  return out;
}

/** `mayHoldDirective`'s answer for each text read (keyed by its line index: one per version in the editor). */
const mayHold = new WeakMap<LineIndex, boolean>();

/**
 * Whether the text of `lines` may hold a suppression comment (its name in lower, capitalised or upper case, or
 * full-width): a fast test first. Asked by each reader of comments and by the suppression pass of every check, so
 * the answer is kept per text (one whole-text search per version in the editor, not a dozen).
 */
function mayHoldDirective(lines: LineIndex): boolean {
  let answer = mayHold.get(lines);
  if (answer === undefined) {
    // Searched as the parse's reader searches (after an edit, in the changed lines only: the text of a document kept
    // as lines is not joined for this).
    answer = linesFoundIn(lines, DIRECTIVE_NAME).length > 0;
    mayHold.set(lines, answer);
  }
  return answer;
}

/** `nianbao` as a suppression comment may write it (`ianbao` covers `nianbao-` and `Nianbao－`; full-width too). */
const DIRECTIVE_NAME = stringFinder('ianbao', 'IANBAO', 'ｉａｎｂａｏ', 'ＩＡＮＢＡＯ');

/** `nianbao` typed in full-width letters (`ｎｉａｎｂａｏ`, `ＮＩＡＮＢＡＯ`), as a Chinese input method in full-width mode types it. */
function hasFullWidthName(text: string): boolean {
  return text.includes('ｉａｎｂａｏ') || text.includes('ＩＡＮＢＡＯ');
}

/** Full-width Latin letters as ASCII: one code unit for one, so offsets in the result are those of `s`. */
function foldLetters(s: string): string {
  return s.replace(/[\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * The text the comment patterns run over: `text` itself, or with its full-width letters folded when it names
 * `ｎｉａｎｂａｏ` (same offsets). Only letters: a full-width `＜！－－` is no comment, Markdown shows it.
 */
function directiveText(text: string): string {
  return hasFullWidthName(text) ? foldLetters(text) : text;
}

/** A comment name as meant: lower case, full-width hyphens (`disable－next－line`) as `-`. */
function directiveName(s: string): string {
  return s.replace(/－/g, '-').toLowerCase();
}

/** The reason of a directive from where it starts: without its separator (`--`, `——`) or its brackets. */
function reasonText(s: string): string {
  const t = s.replace(/^\s*(?:-+|[–—]+|－－)\s*/, '').trim();
  const m = /^[（(]\s*([\s\S]*?)\s*[）)]?$/.exec(t);
  return (m ? m[1] : t).trim();
}

/**
 * A rule id as its writer meant it: invisible characters dropped, NFKC (full-width letters and hyphens), lower
 * case, and `_` or a dash (`row_label`, `row–label`) read as `-`. Ids are kebab-case ASCII, so nothing else is lost.
 */
export function ruleIdAsWritten(s: string): string {
  return s.replace(INVISIBLE, '').normalize('NFKC').toLowerCase().replace(/[_\u2010-\u2015\u2212]/g, '-');
}

/** Whether range `a` lies within range `b`. */
function inside(a: Range, b: Range): boolean {
  const le = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return le(b.start, a.start) && le(a.end, b.end);
}

/**
 * Whether a line holds nothing but suppression comments (such lines are skipped by `disable-next-line`), in a
 * blockquote after its markers (`> <!-- nianbao-disable-next-line … -->`).
 */
function onlyDirectives(lines: LineIndex, line: number): boolean {
  return withoutDirectives(directiveText(lines.line(line))).replace(QUOTE_MARKERS, '').trim() === '';
}

/**
 * For a line number (0-based): the first line from it on that holds more than suppression comments (`onlyDirectives`),
 * or `lines.lineCount` — the line a `disable-next-line` comment ending just above `line` covers. Each line is read
 * once per call of `lineCovered`, however many findings ask (a stack of 8,000 such comments took 8 s asked again
 * for each finding and each comment).
 */
function lineCovered(lines: LineIndex): (line: number) => number {
  return runEnd(lines.lineCount, (i) => onlyDirectives(lines, i), 1);
}

/**
 * A function giving, for a line number (0-based), the first line from it on in the direction of `step` that is not
 * in a run (`inRun`): that line itself when it is not in one, `lineCount` (or -1 going up) past the text's end. Each
 * line is tested once however many lines of a run ask (memoized): stacks of thousands of comment lines stay linear.
 */
function runEnd(lineCount: number, inRun: (line: number) => boolean, step: 1 | -1): (line: number) => number {
  const memo = new Map<number, number>();
  return (line) => {
    const walked: number[] = [];
    let k = line;
    for (;;) {
      const known = memo.get(k);
      if (known !== undefined) {
        k = known;
        break;
      }
      if (k < 0 || k >= lineCount) break;
      // A line out of the run is remembered too: asked again for each comment above it, a long line was read again
      // each time (brk142 #4: a line of thousands of comments, one of them never closed on it).
      if (!inRun(k)) {
        memo.set(k, k);
        break;
      }
      walked.push(k);
      k += step;
    }
    for (const w of walked) memo.set(w, k);
    return k;
  };
}

/**
 * A text's suppression comments as `suppressor` looks them up: the `disable-next-line` ones by the line they cover
 * (`lineCovered` of the line after each), and the `disable`/`enable` ones, in order.
 */
interface DirectiveIndex {
  /** By the line covered, then by rule id (`ALL_RULES` for a comment naming none), in the text's order. */
  nextLine: Map<number, Map<string, Directive[]>>;
  blocks: Directive[];
}

/** The key of a `disable-next-line` comment naming no rule in `DirectiveIndex` (no rule id has a space). */
const ALL_RULES = ' all';

/** One rule id of a directive (null: all rules), and whether it suppressed anything. */
interface Target {
  directive: Directive;
  id: string | null;
  used: boolean;
}

/**
 * Which target suppresses a finding: a `disable-next-line` on the lines just above it, else the block state
 * at its line, replayed from the `disable`/`enable` comments before it (a named `enable` inside a disable-all
 * block re-enables just that rule; an `enable` without ids ends every block).
 */
function suppressor(covered: (line: number) => number, index: DirectiveIndex, targets: Map<Directive, Target[]>, f: Finding, commentRule?: string, meant?: Map<Directive, (EnableMeant | null)[]>): Target | undefined {
  const line = f.range.start.line;
  const matches = (t: Target) => t.id === null || t.id === f.ruleId;
  // The disable-next-line comments that cover the line: those above it whose next line past lines of suppression
  // comments only (`lineCovered`) is the line's own (the line itself, or the end of the stack of comments it is in).
  const byId = index.nextLine.get(covered(line));
  if (byId) {
    // The first such comment (in the text's order) naming the finding's rule or naming none (all rules).
    const first = (list: Directive[] | undefined) => (list && list[0].range.end.line < line ? list[0] : undefined);
    const named = first(byId.get(f.ruleId)), any = first(byId.get(ALL_RULES));
    const d = named && any ? (named.line <= any.line ? named : any) : named ?? any;
    const t = d && targets.get(d)!.find(matches);
    if (t) return t;
  }
  let all: Target | undefined;
  const except = new Set<string>();
  const blockById = new Map<string, Target>();
  for (const d of index.blocks) {
    if (d.line > line) break;
    // A note on a comment (its unknown id, its reason read as one) is not suppressed by that comment's own block.
    if (d.kind === 'disable' && !(f.ruleId === commentRule && inside(f.range, d.range))) {
      for (const t of targets.get(d)!) {
        if (t.id === null) {
          all = t;
          except.clear();
        } else {
          blockById.set(t.id, t);
          except.delete(t.id);
        }
      }
    } else if (d.kind === 'enable') {
      if (!d.ids.length) {
        all = undefined;
        blockById.clear();
        except.clear();
      } else {
        for (const id of enabledIds(d, meant)) {
          blockById.delete(id);
          if (all) except.add(id);
        }
      }
    }
  }
  return blockById.get(f.ruleId) ?? (all && !except.has(f.ruleId) ? all : undefined);
}

/**
 * How an id of an `enable` comment that no rule has (`number-invalie`, a typo) is read: as the ids of the blocks open
 * there that it is close to (`closestNames`), or as the one block open there when it is close to no rule id at all;
 * `opened`: the lines (0-based) of the `disable` comments that opened them.
 */
export interface EnableMeant {
  ids: string[];
  opened: number[];
}

/**
 * For each `enable` comment naming an id no rule has (not in `ruleIds`) while a `disable` block is open (brk160 #1):
 * per id (in the order of `ids`), how it is read (`EnableMeant`), or null when it is known or stands for no open block.
 * Fail safe: a misspelt enable read as nothing left the block open to the end of the file, hiding every later finding
 * of its rule with only a note on the typo to show for it; read as the open id it was meant to be, it can only show
 * more findings, never hide one. The blocks are replayed as `suppressor` reads them. Empty without `ruleIds`.
 */
export function enableIdsMeant(directives: readonly Directive[], ruleIds: readonly string[] | undefined): Map<Directive, (EnableMeant | null)[]> {
  const out = new Map<Directive, (EnableMeant | null)[]>();
  if (!ruleIds || !directives.some((d) => d.kind === 'enable' && d.ids.some((id) => !ruleIds.includes(id)))) return out;
  let all: number | null = null;
  const except = new Set<string>();
  const byId = new Map<string, number>();
  for (const d of directives) {
    if (d.kind === 'disable') {
      if (!d.ids.length) {
        all = d.line;
        except.clear();
      } else {
        for (const id of d.ids) {
          byId.set(id, d.line);
          except.delete(id);
        }
      }
    } else if (d.kind === 'enable') {
      if (!d.ids.length) {
        all = null;
        byId.clear();
        except.clear();
        continue;
      }
      const read = d.ids.map((id): EnableMeant | null => {
        if (ruleIds.includes(id)) return null;
        const open = new Map(byId);
        if (all !== null) for (const r of ruleIds) if (!except.has(r) && !open.has(r)) open.set(r, all);
        if (!open.size) return null;
        let near = closestNames(id, [...open.keys()]);
        // The only block open, and the id close to no rule at all: that block's rule was meant.
        if (!near.length && open.size === 1 && !closestNames(id, ruleIds).length) near = [...open.keys()];
        return near.length ? { ids: near, opened: [...new Set(near.map((n) => open.get(n)!))] } : null;
      });
      if (read.some(Boolean)) out.set(d, read);
      for (const id of enabledIds(d, out)) {
        byId.delete(id);
        if (all !== null) except.add(id);
      }
    }
  }
  return out;
}

/** The ids an `enable` comment `d` re-enables: those it names, each misspelt one as `meant` reads it (`enableIdsMeant`). */
function enabledIds(d: Directive, meant: Map<Directive, (EnableMeant | null)[]> | undefined): string[] {
  const read = meant?.get(d);
  return read ? d.ids.flatMap((id, k) => read[k]?.ids ?? [id]) : d.ids;
}

/**
 * Drops the findings that suppression comments cover. With `reportUnused`, adds one `unused-disable-directive`
 * finding (a warning, or `unusedSeverity`; with a fix that removes the comment or the id) per directive id that suppressed nothing, and per
 * `enable` id that ends no `disable` block before it, except the ids that `reportedElsewhere` accepts (unknown ids, which `disable-unknown-rule` reports with a better fix; the ids of rules that did not run, which cannot be judged unused; `line` is the comment's first line, 0-based).
 * `ruleIds`: the ids a comment may name (see `readDirectives`); `commentRule`: the rule whose findings are about the
 * comments themselves (`disable-unknown-rule`), which a `disable` comment does not suppress on itself.
 * `onSuppressed` is called with each finding dropped (in the order of `findings`).
 */
export function applySuppressions(lines: LineIndex, findings: Finding[], options: { reportUnused?: boolean; unusedSeverity?: Severity; locale?: Locale; reportedElsewhere?: (id: string, line: number) => boolean; ruleIds?: readonly string[]; commentRule?: string; onSuppressed?: (f: Finding) => void } = {}): Finding[] {
  const directives = readDirectives(lines, options.ruleIds);
  if (!directives.length) return findings;
  const targets = new Map<Directive, Target[]>(directives.map((d) => [d, (d.ids.length ? d.ids : [null]).map((id) => ({ directive: d, id, used: false }))]));
  const kept: Finding[] = [];
  const covered = lineCovered(lines);
  const index: DirectiveIndex = { nextLine: new Map(), blocks: directives.filter((d) => d.kind !== 'disable-next-line') };
  for (const d of directives) {
    if (d.kind !== 'disable-next-line') continue;
    const at = covered(d.range.end.line + 1);
    let byId = index.nextLine.get(at);
    if (!byId) index.nextLine.set(at, (byId = new Map()));
    for (const id of d.ids.length ? d.ids : [ALL_RULES]) {
      const list = byId.get(id);
      if (!list) byId.set(id, [d]);
      else if (list[list.length - 1] !== d) list.push(d);
    }
  }
  // A misspelt id of an enable comment read as the open block's id it was meant to be (brk160 #1).
  const meant = enableIdsMeant(directives, options.ruleIds);
  for (const f of findings) {
    const t = suppressor(covered, index, targets, f, options.commentRule, meant);
    if (t) {
      t.used = true;
      options.onSuppressed?.(f);
    } else kept.push(f);
  }
  if (!options.reportUnused) return kept;
  const zh = options.locale !== 'en';
  const idle = idleEnables(directives, meant);
  let lastCoverable: number | undefined;
  for (const d of directives) {
    const own = targets.get(d)!;
    const unused = d.kind === 'enable'
      ? own.filter((s) => idle.get(d)!.includes(s.id) && !(s.id !== null && options.reportedElsewhere?.(s.id, d.range.start.line)))
      : own.filter((s) => !s.used && !(s.id !== null && options.reportedElsewhere?.(s.id, d.range.start.line)));
    if (!unused.length) continue;
    const all = unused.length === own.length;
    const comment = `<!-- nianbao-${d.kind}`;
    const names = unused.map((s) => s.id).join(', ');
    let message: string;
    if (d.kind === 'enable') {
      message = d.ids.length === 0
        ? (zh ? `${comment} -->之前没有未结束的 nianbao-disable 注释，它不起作用，可以删除。` : `Unused ${comment} --> (no nianbao-disable comment before it is still in force).`)
        : (zh ? `${comment} ${names} -->之前没有关闭 ${names} 的 nianbao-disable 注释，它不起作用，可以删除。` : `Unused ${comment} ${names} --> (no nianbao-disable comment before it turns ${names} off).`);
    } else if (d.kind === 'disable-next-line' && (lastCoverable ??= lastCoverableLine(lines)) <= d.range.end.line) {
      message = zh ? `${comment}${d.ids.length ? ' ' + names : ''} -->之后没有可屏蔽的行（它在文件末尾），可以删除。` : `Unused ${comment}${d.ids.length ? ' ' + names : ''} --> (there is no line after it: it ends the file).`;
    } else {
      // Quoted as written (ids, separators and reason as typed), so that a search of the file finds it.
      const written = asWritten(lines, d);
      if (d.ids.length === 0) message = zh ? `${written}没有屏蔽任何问题，可以删除。` : `Unused ${written} (no problems were reported there).`;
      else if (all) message = zh ? `${written}没有屏蔽任何问题（该处没有报告 ${names}），可以删除。` : `Unused ${written} (no ${names} problems were reported there).`;
      // Some of its ids suppressed something: only the others are unused, and only they are deleted from it.
      else message = zh ? `${written} 中的 ${names} 没有屏蔽任何问题（该处没有报告 ${names}），可以从注释中删去。` : `Unused ${names} in ${written} (no ${names} problems were reported there).`;
    }
    const edit: TextEdit = all ? removeDirective(lines, d) : { range: d.range, newText: renderDirective(d, d.ids.filter((id) => !unused.some((s) => s.id === id))) };
    kept.push({
      ruleId: UNUSED_DISABLE,
      severity: options.unusedSeverity ?? 'warning',
      message,
      range: d.range,
      fix: { title: all ? { zh: '删除这条屏蔽注释', en: 'Remove this directive' } : { zh: '从屏蔽注释中删去未用的规则', en: 'Remove the unused rule ids from the directive' }, edits: [edit] },
      data: { ruleId: UNUSED_DISABLE, ids: unused.map((s) => s.id) },
    });
  }
  return kept;
}

/**
 * For each `enable` comment, the ids it names (null: the comment names none) that end no `disable` block: no
 * `disable` comment before it, or every one already ended (`<!-- nianbao-enable sum-review -->` with no
 * `nianbao-disable sum-review` or `nianbao-disable` above it). The blocks are replayed as `suppressor` reads them.
 */
function idleEnables(directives: readonly Directive[], meant: Map<Directive, (EnableMeant | null)[]>): Map<Directive, (string | null)[]> {
  const out = new Map<Directive, (string | null)[]>();
  let all = false;
  const except = new Set<string>();
  const byId = new Set<string>();
  for (const d of directives) {
    if (d.kind === 'disable') {
      if (!d.ids.length) {
        all = true;
        except.clear();
      } else {
        for (const id of d.ids) {
          byId.add(id);
          except.delete(id);
        }
      }
    } else if (d.kind === 'enable') {
      if (!d.ids.length) {
        out.set(d, all || byId.size ? [] : [null]);
        all = false;
        byId.clear();
        except.clear();
      } else {
        const read = meant.get(d);
        out.set(d, d.ids.filter((id, k) => (read?.[k]?.ids ?? [id]).every((x) => !byId.has(x) && !(all && !except.has(x)))));
        for (const id of enabledIds(d, meant)) {
          byId.delete(id);
          if (all) except.add(id);
        }
      }
    }
  }
  return out;
}

/** The comment `d` as written on its line (the first line of one that runs over several, then ` …`). */
function asWritten(lines: LineIndex, d: Directive): string {
  const { start, end } = d.range;
  const first = lines.line(start.line);
  return start.line === end.line ? first.slice(start.character, end.character) : `${first.slice(start.character).trimEnd()} …`;
}

/**
 * The last line (0-based) other than blank lines and lines of suppression comments only, -1 if none: a
 * `disable-next-line` comment ending above it has a line to cover. Read from the end once per report, not once per
 * comment (thousands of comments at a file's end).
 */
function lastCoverableLine(lines: LineIndex): number {
  let i = lines.lineCount - 1;
  while (i >= 0 && (!lines.line(i).trim() || onlyDirectives(lines, i))) i--;
  return i;
}

function renderDirective(d: Directive, ids: string[]): string {
  return `<!-- nianbao-${d.kind}${ids.length ? ' ' + ids.join(', ') : ''}${d.reason ? ' -- ' + d.reason : ''} -->`;
}

/** Removes a directive: the whole line when the comment is alone on it, else just the comment. */
function removeDirective(lines: LineIndex, d: Directive): TextEdit {
  if (d.range.start.line === d.range.end.line && lines.line(d.line).trim() === lines.slice(d.range).trim() && d.line + 1 < lines.lineCount) {
    return { range: { start: { line: d.line, character: 0 }, end: { line: d.line + 1, character: 0 } }, newText: '' };
  }
  return { range: d.range, newText: '' };
}

/**
 * The edit that suppresses one finding: a `<!-- nianbao-disable-next-line rule-id -->` line inserted above the
 * finding's line, indented like it, and in a blockquote with its `>` markers (a line without them would end the
 * quote). Inside a rendered pipe table use `suppressionEdits`, which keeps the table whole.
 */
export function suppressionEdit(lines: LineIndex, finding: Pick<Finding, 'ruleId' | 'range'>): TextEdit {
  const line = finding.range.start.line;
  const indent = lineLead(lines.line(line), /^[ \t\u3000]*/);
  const eol = lines.dominantEol();
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- nianbao-disable-next-line ${finding.ruleId} -->${eol}` };
}

/**
 * The edits of the editor's "suppress this finding" action. Outside a table, or on a table's first (header) line:
 * `suppressionEdit`. On a later line of a Markdown pipe table (see `pipeTableAround`) a comment line between two
 * rows would end the table where it stands (CommonMark: an HTML block interrupts it; every row after it renders as
 * text), so the finding's rule is disabled for the whole table instead: `<!-- nianbao-disable rule-id -->` on a line
 * above the table and `<!-- nianbao-enable rule-id -->` on a line below it (`table: true`); for a table in a
 * blockquote, lines inside the quote (`> <!-- nianbao-disable rule-id -->`, see `aroundTable`). A finding about
 * something absent on a row of a table, or on a blank line, with only blank lines after it is shown wherever the text
 * ends, below any comment added after it (and a disable-next-line covers no blank line): one `<!-- nianbao-disable rule-id -->` line above it (above its table), never closed, covers
 * it to the end of the text (`toEnd: true`). `read`: the lines `[start, end)` of the table read around the finding,
 * when it is not a pipe table: an absent row shown inside it is disabled around it too. Insertions only. Null
 * when a comment line cannot go there without standing between two rows of a table as its writer meant it (one
 * already cut by a comment of theirs: `commentBetweenRows`), which the comment rules would report.
 */
export function suppressionEdits(lines: LineIndex, finding: Pick<Finding, 'ruleId' | 'range' | 'absent'>, read?: { start: number; end: number }): { edits: TextEdit[]; table: boolean; toEnd: boolean } | null {
  const line = finding.range.start.line;
  // A finding about something absent from a table not written as a pipe table (one cell a line, HTML…), shown on one
  // of its lines: a comment line inside it moves where the reader ends the table, and the finding with it (off the
  // line the comment covers), so the table as read (`read`, lines `[start, end)`) is disabled whole.
  const table = pipeTableAround(lines, line) ?? (finding.absent && read && read.start < line && line < read.end ? read : null);
  // A finding about something absent shown at the end of the text (a section missing after a draft's last table,
  // shown on its last row): it is shown wherever the text then ends, so a comment line added below it (the enable
  // comment after the table: brk106 #4) carries it along, out of the block it closes; shown on a blank last line, no
  // disable-next-line covers it (blank lines are stepped over). One `nianbao-disable` line above it (above its
  // table), closed by nothing, covers it wherever it moves below that line. (On a last line of text, the
  // disable-next-line above it stays right above it: that one, as anywhere.)
  const inTable = Boolean(table && table.start !== line);
  const blank = line >= lines.lineCount || !unquoted(lines.line(line)).trim();
  if (finding.absent && (inTable || blank) && onlyBlankAfter(lines, inTable ? table!.end : line + 1)) {
    const at = inTable ? table!.start : Math.min(line, lines.lineCount - 1);
    const lead = lineLead(lines.line(at), /^[ \t\u3000]*/);
    const edit: TextEdit = { range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, newText: `${lead}<!-- nianbao-disable ${finding.ruleId} -->${lines.dominantEol()}` };
    return insertsBetweenRows(lines, edit) ? null : { edits: [edit], table: inTable, toEnd: true };
  }
  const s = !table || table.start === line
    ? { edits: [suppressionEdit(lines, finding)], table: false, toEnd: false }
    : { edits: aroundTable(lines, table, `<!-- nianbao-disable ${finding.ruleId} -->`, `<!-- nianbao-enable ${finding.ruleId} -->`), table: true, toEnd: false };
  // A table its writer cut with a comment line of their own renders as two; a line added next to it would stand
  // between rows of the table as written, which disable-in-table reports: then no edit is offered.
  return s.edits.some((e) => insertsBetweenRows(lines, e)) ? null : s;
}

/**
 * `suppressionEdits` for finding `f` of `report`, with the table read around it when it is about something absent
 * and that table is not a pipe table (one cell a line, HTML…: see `suppressionEdits`'s `read`).
 */
export function reportSuppressionEdits(report: Pick<ReportModel, 'lines' | 'tables'>, f: Pick<Finding, 'ruleId' | 'range' | 'absent'>): { edits: TextEdit[]; table: boolean; toEnd: boolean } | null {
  const line = f.range.start.line;
  const t = f.absent ? Object.values(report.tables).find((x) => x && x.layout !== 'pipe' && x.range.start.line < line && line <= x.range.end.line) : undefined;
  return suppressionEdits(report.lines, f, t ? { start: t.range.start.line, end: t.range.end.line + 1 } : undefined);
}

/** Whether the lines from `from` (0-based) to the end of the text are blank (a quote's markers aside), or none. */
function onlyBlankAfter(lines: LineIndex, from: number): boolean {
  for (let i = Math.max(from, 0); i < lines.lineCount; i++) if (unquoted(lines.line(i)).trim()) return false;
  return true;
}

/**
 * Whether `edit`, which inserts one comment line (`suppressionEdit`, `aroundTable`), puts it between two rows of a
 * pipe table as `commentBetweenRows` reads the text after the edit (so that disable-in-table or comment-in-table would
 * report it). The text after the edit is read through a view of `lines` with the new line in it, not built.
 */
function insertsBetweenRows(lines: LineIndex, edit: TextEdit): boolean {
  // The new line's index: before the line the edit is at, or after it (inserted at the end of the text's last line).
  const at = edit.range.start.line + (edit.range.start.character > 0 ? 1 : 0);
  const comment = edit.newText.replace(/\r?\n|\r/g, '');
  const after: LinesView = {
    lineCount: lines.lineCount + 1,
    line: (i) => (i < at ? lines.line(i) : i === at ? comment : lines.line(i - 1)),
  };
  return commentBetweenRows(after, at) !== null;
}

/** The lines of a text, as the table readers here need them (a `LineIndex`, or a view of one with a line added). */
type LinesView = Pick<LineIndex, 'lineCount' | 'line'>;

/**
 * Insertions putting `open` on a line above the table `[start, end)` and `close` on a line below it, indented like
 * its header and, in a blockquote, after the same `>` markers (`> <!-- nianbao-disable … -->`: the lines stay in the
 * quote, where an HTML block starts and ends no table row; a line without them would end the quote), with the text's
 * line ending (at the end of the text when the table ends it).
 */
export function aroundTable(lines: LineIndex, table: { start: number; end: number }, open: string, close: string): TextEdit[] {
  const indent = lineLead(lines.line(table.start));
  const eol = lines.dominantEol();
  const above: TextEdit = { range: { start: { line: table.start, character: 0 }, end: { line: table.start, character: 0 } }, newText: `${indent}${open}${eol}` };
  if (table.end < lines.lineCount) return [above, { range: { start: { line: table.end, character: 0 }, end: { line: table.end, character: 0 } }, newText: `${indent}${close}${eol}` }];
  // The table ends the text (its last line has no line break, or the text ends with one and a last empty line).
  const last = lines.lineRange(table.end - 1).end;
  return [above, { range: { start: last, end: last }, newText: `${eol}${indent}${close}` }];
}

/**
 * A suppression comment written alone on a line between two rows of a Markdown pipe table: the table as GFM renders
 * it ends at the comment (an HTML block interrupts it) and the rows after it show as text. Returns the table's lines
 * `[start, end)` as its writer meant it: from its header line to its last row, across every comment line between its
 * rows (a table may hold several; a comment over several lines is as many comment lines: `commentBlockView`); null
 * when the comment is not between two rows of a table, or not alone on its lines.
 */
export function directiveBetweenRows(lines: LineIndex, d: Directive): { start: number; end: number } | null {
  const { start, end } = d.range;
  // Alone on its line or lines (a quote's markers before it aside), and a comment of its own, not inside one opened above.
  if (unquoted(lines.line(start.line).slice(0, start.character)).trim() || lines.line(end.line).slice(end.character).trim()) return null;
  if (blockAt(commentBlocks(lines), start.line)?.line !== start.line) return null;
  // A comment over several lines (`<!-- nianbao-disable-next-line` / `sum-applicants -- 已核实 -->`) is one HTML block
  // too: its lines are comment lines, as are those of the comments stacked with it (`commentBlockView`).
  return commentBetweenRows(commentBlockView(lines), start.line);
}

/** A comment written over several lines as one line: each line break and the indentation around it a space. */
function oneLine(comment: string): string {
  return comment.trim().replace(/[ \t]*(?:\r\n|\n|\r)[ \t\u3000]*/g, ' ');
}

/**
 * A line holding one HTML comment alone (`<!-- 数据待核实 -->`, a suppression comment or any other) between two rows
 * of a Markdown pipe table: GFM ends the rendered table at it. Returns the table's lines `[start, end)` as its writer
 * meant it (see `directiveBetweenRows`); null when the line is no comment line or not between two rows of a table.
 * A table in a blockquote (`> | … |`) is read inside the quote, as deep as the line above the comment (comment lines
 * stepped over) is quoted: a comment line between its rows, with the quote's markers or without (which ends the quote
 * too), is between rows. `line` is 0-based.
 */
export function commentBetweenRows(lines: LinesView, line: number): { start: number; end: number } | null {
  if (line < 2 || line + 1 >= lines.lineCount || !isCommentLine(lines.line(line))) return null;
  // The comment lines stacked with it are between the same rows: read once for them all (a stack of 16,000 comment
  // lines read each other, a minute; brk92 #8). Kept per view (`commentBlockView` gives one per text).
  let memo = runsRead.get(lines);
  if (!memo) runsRead.set(lines, (memo = new Map()));
  const known = memo.get(line);
  if (known !== undefined) return known;
  // (The stack's ends: the line above it, not above line 0, and the line below it.)
  const above = Math.max(stackOf(lines).above(line - 1), 0);
  const below = stackOf(lines).below(line + 1);
  const found = commentBetweenRowsAt(insideQuote(lines, quoteDepth(lines.line(above))), line);
  for (let i = above + 1; i < below; i++) memo.set(i, found);
  return found;
}

/** `commentBetweenRows` per view and comment line, filled a stack of comment lines at a time. */
const runsRead = new WeakMap<LinesView, Map<number, { start: number; end: number } | null>>();

/**
 * An HTML comment that begins a line (after a blockquote's markers and white space), as CommonMark reads it there: an
 * HTML block from that line to the line holding the first `-->` (text after the `-->` on that line included), which
 * ends a pipe table as a comment alone on its line does. `line`, `last`: its first and last lines (0-based); `close`:
 * the character on `last` just after that `-->` (UTF-16), -1 when the comment is never closed (it runs to the text's
 * end, `last` its last line).
 */
export interface CommentBlock {
  line: number;
  last: number;
  close: number;
}

/** Where an HTML block comment opens: a line's start, after blockquote markers and white space. */
const BLOCK_COMMENT = /^\s*<!--/;
/** Where an HTML comment closes. */
const COMMENT_CLOSE = stringFinder('-->');

/** The comment blocks of each text read (`commentBlocks`), and its view (`commentBlockView`). */
const blocksRead = new WeakMap<LineIndex, { blocks: CommentBlock[]; view: LinesView }>();

/**
 * The comments that begin a line of the text of `lines` (`CommentBlock`), in order: each from a line that begins
 * with `<!--` and lies in no block before it (nor, for one over several lines, in a fenced code block), to the first
 * `-->` after its `<!--` (on that line or below). Read once per text, over the lines that hold `<!--` or `-->`
 * (after an edit, searched in the changed lines only): linear in them. Shared by its callers: not to be changed.
 */
export function commentBlocks(lines: LineIndex): readonly CommentBlock[] {
  return blocksOf(lines).blocks;
}

/**
 * The text of `lines` with each line of its comment blocks (`commentBlocks`) shown as a comment line alone (`<!--
 * -->`, after the blockquote markers and indentation of the block's first line), for `commentBetweenRows`,
 * `commentAboveDelimiter` and `commentToRowAbove`: a comment over several lines, or with text after it, is read as
 * comment lines between the rows (it ends the rendered table as one does), and its lines are no rows (`| 4.… |`
 * commented out). The text itself when it has no comment.
 */
export function commentBlockView(lines: LineIndex): LinesView {
  return blocksOf(lines).view;
}

/** `commentedLines` of each text read. */
const hiddenRead = new WeakMap<LineIndex, Uint8Array | null>();

/**
 * The lines of the text of `lines` inside HTML comments over several lines (`commentBlocks`: from the line a comment
 * opens on to the line of its `-->`, that line too unless text follows the `-->`), 1 for such a line: a browser
 * shows none of them, so a table row commented out (`<!--` / `<tr>…</tr>` / `-->`) is no row. Null when there are
 * none. Read once per text; shared, not to be changed.
 */
export function commentedLines(lines: LineIndex): Uint8Array | null {
  let hidden = hiddenRead.get(lines);
  if (hidden !== undefined) return hidden;
  hidden = null;
  for (const b of commentBlocks(lines)) {
    if (b.last === b.line) continue;
    hidden ??= new Uint8Array(lines.lineCount);
    const last = b.close >= 0 && lines.line(b.last).slice(b.close).trim() ? b.last - 1 : b.last;
    for (let l = b.line; l <= last; l++) hidden[l] = 1;
  }
  hiddenRead.set(lines, hidden);
  return hidden;
}

function blocksOf(lines: LineIndex): { blocks: CommentBlock[]; view: LinesView } {
  let read = blocksRead.get(lines);
  if (read) return read;
  const opens = linesFoundIn(lines, COMMENT_OPEN);
  const blocks: CommentBlock[] = [];
  if (opens.length) {
    const closes = linesFoundIn(lines, COMMENT_CLOSE);
    let k = 0, after = -1;
    let fenced: Set<number> | undefined;
    for (const i of opens) {
      if (i <= after) continue;
      const t = lines.line(i);
      const q = quoteMarkers(t).length;
      const m = BLOCK_COMMENT.exec(t.slice(q));
      if (!m) continue;
      // (`<!-->` is a comment too, as CommonMark reads it.)
      const same = t.indexOf('-->', q + m[0].length - 2);
      if (same >= 0) {
        blocks.push({ line: i, last: i, close: same + 3 });
      } else {
        // An opening shown as code (in a fenced code block) opens nothing: the lines below it are no comment's.
        if ((fenced ??= fencedLines(lines)).has(i)) continue;
        while (k < closes.length && closes[k] <= i) k++;
        blocks.push(k < closes.length ? { line: i, last: closes[k], close: lines.line(closes[k]).indexOf('-->') + 3 } : { line: i, last: lines.lineCount - 1, close: -1 });
      }
      after = blocks[blocks.length - 1].last;
    }
  }
  read = { blocks, view: blocks.length ? blockView(lines, blocks) : lines };
  blocksRead.set(lines, read);
  return read;
}

/** `commentBlockView` of `lines` with `blocks` (not empty). */
function blockView(lines: LineIndex, blocks: readonly CommentBlock[]): LinesView {
  return {
    lineCount: lines.lineCount,
    line: (i) => {
      const b = blockAt(blocks, i);
      return b ? `${lineLead(lines.line(b.line))}<!-- -->` : lines.line(i);
    },
  };
}

/** The block of `blocks` (in order) that holds line `i`, if any. */
function blockAt(blocks: readonly CommentBlock[], i: number): CommentBlock | undefined {
  let lo = 0, hi = blocks.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].line <= i) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && i <= blocks[found].last ? blocks[found] : undefined;
}

/** `commentBetweenRows` in `lines` as read inside the quote (`insideQuote`; the text itself outside any). */
function commentBetweenRowsAt(lines: LinesView, line: number): { start: number; end: number } | null {
  const n = lines.lineCount;
  if (!COMMENT_LINE.test(lines.line(line))) return null;
  // Between rows, the lines next to it (comment lines passed) are rows: else no table is near, and the block need not
  // be read (helper-223 #10: 10,000 comments between lines of text made each read all the others).
  let above = line - 1, below = line + 1;
  while (above >= 0 && COMMENT_LINE.test(lines.line(above))) above--;
  while (below < n && COMMENT_LINE.test(lines.line(below))) below++;
  if (above < 0 || below >= n || !lines.line(above).includes('|') || !lines.line(below).includes('|')) return null;
  // Comment lines are read through: the block of table lines around the comment, up to a blank line or block start.
  const inBlock = (i: number) => COMMENT_LINE.test(lines.line(i)) || !BLOCK_END.test(lines.line(i));
  let top = line;
  while (top > 0 && inBlock(top - 1)) top--;
  let end = line + 1;
  while (end < n && inBlock(end)) end++;
  // Comment lines and lines without a cell (a note, `注：…`, right under it) after the last row are not its rows.
  while (end > line + 1 && (COMMENT_LINE.test(lines.line(end - 1)) || !lines.line(end - 1).includes('|'))) end--;
  if (!lines.line(end - 1).includes('|') || end - 1 === line) return null;
  // The table's header: a line with a delimiter row right under it (GFM), above the comment.
  for (let h = top; h + 1 < line; h++) if (isHeaderLine(lines, h)) return { start: h, end };
  // Between the header and its delimiter row (helper-207 #2): GFM then renders no table at all.
  let h = line - 1;
  while (h > top && COMMENT_LINE.test(lines.line(h))) h--;
  const d = delimiterBelow(lines, line);
  if (d >= 0 && d < end && lines.line(h).includes('|') && !COMMENT_LINE.test(lines.line(h)) && pipeCellCount(lines.line(h)) === pipeCellCount(lines.line(d))) return { start: h, end };
  return null;
}

/**
 * Whether the comment on line `line` stands right above a table's delimiter row (`| --- |`, comment lines between
 * skipped, in a blockquote after its markers): between the header and that row, where GFM renders no table at all.
 */
export function commentAboveDelimiter(lines: LinesView, line: number): boolean {
  return delimiterBelow(lines, line) >= 0;
}

/** The delimiter row right below line `line`, comment lines between skipped (in a blockquote after its markers); -1 when none. */
function delimiterBelow(lines: LinesView, line: number): number {
  const d = stackOf(lines).below(line + 1);
  return d < lines.lineCount && DELIMITER_ROW.test(unquoted(lines.line(d))) ? d : -1;
}

/**
 * Where the stack of comment lines (`isCommentLine`) around a line of `lines` ends: `below(i)`, the first line at or
 * after `i` that is no comment line (`lineCount` when none); `above(i)`, the last one at or before `i` (-1 when
 * none). Each line is read once per view, however many of a stack's comments ask (each comment of a stack of 8,000
 * read the whole stack: 9 s, brk92 #8). Kept per view (`commentBlockView` gives one per text).
 */
function stackOf(lines: LinesView): { above(i: number): number; below(i: number): number } {
  let ends = stacksRead.get(lines);
  if (ends) return ends;
  const comment = (i: number) => isCommentLine(lines.line(i));
  ends = { above: runEnd(lines.lineCount, comment, -1), below: runEnd(lines.lineCount, comment, 1) };
  stacksRead.set(lines, ends);
  return ends;
}

/** `stackOf` per view. */
const stacksRead = new WeakMap<LinesView, { above(i: number): number; below(i: number): number }>();

/** A line holding nothing but an HTML comment (`<!-- … -->`). */
export const COMMENT_LINE = /^\s*<!--.*-->\s*$/;

/** The blockquote markers a line starts with (`> `, `> > `; up to three spaces before each), or ''. */
export function quoteMarkers(line: string): string {
  return QUOTE_MARKERS.exec(line)?.[0] ?? '';
}

/** A line without the blockquote markers it starts with (`> <!-- … -->`: `<!-- … -->`). */
export function unquoted(line: string): string {
  return line.replace(QUOTE_MARKERS, '');
}

/** Whether `line` holds nothing but an HTML comment, in a blockquote after its markers (`> <!-- … -->`). */
export function isCommentLine(line: string): boolean {
  return COMMENT_LINE.test(unquoted(line));
}

/** How many blockquotes deep a line is (`> > | … |`: 2; 0 outside any). */
function quoteDepth(line: string): number {
  const m = QUOTE_MARKERS.exec(line);
  return m ? m[0].split('>').length - 1 : 0;
}

/** `line` with its first `depth` blockquote markers taken off. */
function unquote(line: string, depth: number): string {
  for (let k = 0; k < depth; k++) line = line.replace(/^ {0,3}>[ \t]?/, '');
  return line;
}

/**
 * What a line starts with before its text: its blockquote markers (`> `) and then its indentation (spaces and tabs,
 * or what `indent` matches), for a line written next to it (a comment line kept in the same quote and list item).
 */
export function lineLead(line: string, indent: RegExp = /^[ \t]*/): string {
  const quote = quoteMarkers(line);
  return quote + (indent.exec(line.slice(quote.length))?.[0] ?? '');
}

/**
 * The lines of a text as read inside blockquotes `depth` deep (the text itself at 0): a line quoted that deep or
 * deeper with its first `depth` markers taken off; a comment line quoted less deep without its markers (it ends the
 * quote where it stands, as it ends a table: `commentBetweenRows` finds it between the rows); any other line quoted
 * less deep as a blank line (the quote, and any table in it, ends there). Line numbers are the text's.
 */
function insideQuote(lines: LinesView, depth: number): LinesView {
  if (depth === 0) return lines;
  return {
    lineCount: lines.lineCount,
    line: (i) => {
      const l = lines.line(i);
      if (quoteDepth(l) >= depth) return unquote(l, depth);
      return isCommentLine(l) ? unquoted(l) : '';
    },
  };
}

/**
 * The edits moving a `nianbao-disable-next-line` comment that stands between a table's rows to the end of the row
 * above it, where it still covers the next line only and the rendered table stays whole (GFM ignores what follows a
 * row's last cell): the comment line deleted and the comment appended to that row (after a closing pipe it lacked).
 * Comment lines stacked above it are stepped over (suppression comments, which `disable-next-line` skips, and the
 * writer's own, which `comment-in-table` moves to the same row), so each comment of a stack goes to the same row.
 * Null when the row above the stack is the table's header or delimiter row (then `directiveAroundTable`).
 */
export function directiveOnRowAbove(lines: LineIndex, d: Directive, table: { start: number; end: number }): TextEdit[] | null {
  return commentToRowAbove(lines, d.line, oneLine(lines.slice(d.range)), table, d.range.end.line, commentBlockView(lines));
}

/**
 * The row of pipe table `table` that comment line `line` stands under (0-based): the line nearest above it that is no
 * comment line (a stack of comment lines stands under one row; `view` as in `commentToRowAbove`). Null when that is
 * the table's header or delimiter row, or no row.
 */
export function rowAboveComment(lines: LineIndex, line: number, table: { start: number; end: number }, view: LinesView = lines): number | null {
  // (The nearest line above that is no comment line, but not above the delimiter row.)
  const above = Math.max(stackOf(view).above(line - 1), table.start + 1);
  const row = lines.line(above);
  return above <= table.start + 1 || isCommentLine(row) || !row.includes('|') ? null : above;
}

/**
 * The edits moving the comment line `line` (0-based; its text `comment`) of pipe table `table` to the end of the row
 * above it: the row nearest above that is no comment line (a stack of comment lines goes to one row), with a closing
 * pipe first when the row lacks one (`|行政处罚|0`: the comment would stand inside its last cell, `0 <!-- … -->` no
 * number), and the comment line deleted. A comment over lines `line` … `lastLine` is deleted with all of them (its
 * `comment` then written on one line: at a row's end, a line break would end the row). Null when that row is the
 * table's header or delimiter row (a comment at their end would change them). `view`: the text as the stack is read
 * (`commentBlockView`: a comment over several lines above it is stepped over too).
 */
export function commentToRowAbove(lines: LineIndex, line: number, comment: string, table: { start: number; end: number }, lastLine = line, view: LinesView = lines): TextEdit[] | null {
  const above = rowAboveComment(lines, line, table, view);
  if (above === null) return null;
  const row = lines.line(above);
  const end = lines.lineRange(above).end;
  return [
    { range: { start: end, end }, newText: `${row.trimEnd().endsWith('|') ? '' : ' |'} ${comment}` },
    { range: { start: { line, character: 0 }, end: { line: lastLine + 1, character: 0 } }, newText: '' },
  ];
}

/**
 * The edits moving a `nianbao-disable-next-line` comment that stands between a table's rows (`directiveBetweenRows`)
 * around the whole table, as the editor's suppress action writes it: the comment line deleted,
 * `<!-- nianbao-disable ids -- reason -->` on a line above the table and `<!-- nianbao-enable ids -->` below it.
 */
export function directiveAroundTable(lines: LineIndex, d: Directive, table: { start: number; end: number }): TextEdit[] {
  const [above, below] = aroundTable(lines, table, renderDirective({ ...d, kind: 'disable' }, d.ids), `<!-- nianbao-enable${d.ids.length ? ' ' + d.ids.join(', ') : ''} -->`);
  return [above, { range: { start: { line: d.line, character: 0 }, end: { line: d.range.end.line + 1, character: 0 } }, newText: '' }, below];
}

/** What ends a pipe table's run of rows: a blank line or a block start (heading, HTML, fence, quote). */
const BLOCK_END = /^\s*$|^ {0,3}(?:#{1,6}(?:\s|$)|<|>|```|~~~)/;

/**
 * The Markdown pipe table (as CommonMark/GFM renders one) that holds 0-based line `line`: lines `[start, end)`, from
 * its header line (the line above a delimiter row such as `| --- | :-: |` with as many cells) to the line before the
 * first blank line or block start (heading, HTML, fence, quote) after it; a line without a pipe in between is a row
 * too, as GFM reads it, and so is a later header-and-delimiter pair (`| 3.其他 | 4 |` over `|---|---|`: a table
 * pasted in pieces renders as one). A line in a blockquote (`> | … |`) is read inside the quote (`insideQuote`): the
 * table is its rows quoted as deep, and ends where the quote does. Null when the line is in none (a run of pipe lines
 * without a delimiter row is a paragraph; lines of a paragraph above the table's header are no part of it).
 */
export function pipeTableAround(lines: LineIndex, line: number): { start: number; end: number } | null {
  if (line >= lines.lineCount) return null;
  return pipeTableAt(insideQuote(lines, quoteDepth(lines.line(line))), line);
}

/** `pipeTableAround` in `lines` as read inside the quote that holds the line (`insideQuote`). */
function pipeTableAt(lines: LinesView, line: number): { start: number; end: number } | null {
  const n = lines.lineCount;
  const ends = (i: number) => BLOCK_END.test(lines.line(i));
  if (line >= n || ends(line)) return null;
  // The block of lines the table can be in: up to the blank lines (or block starts) around it.
  let top = line;
  while (top > 0 && !ends(top - 1)) top--;
  // The first header of the block starts the table, which runs to the block's end: a later line that looks like a
  // header over a delimiter row (a table split into pieces, each with its own `|---|`) is one more row of it.
  for (let h = top; h <= line; h++) {
    if (!isHeaderLine(lines, h)) continue;
    let end = h + 2;
    while (end < n && !ends(end)) end++;
    return { start: h, end };
  }
  return null;
}

/** Whether line `h` is a pipe table's header: a GFM delimiter row with as many cells right under it. */
function isHeaderLine(lines: LinesView, h: number): boolean {
  return h + 1 < lines.lineCount && DELIMITER_ROW.test(lines.line(h + 1)) && lines.line(h).includes('|') && pipeCellCount(lines.line(h)) === pipeCellCount(lines.line(h + 1));
}

/** A GFM delimiter row: cells of dashes with optional colons, between pipes (outer pipes optional, at least one pipe). */
export const DELIMITER_ROW = /^ {0,3}(?=[^\n]*\|)\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
