import type { Rule, RuleContext } from './rule.js';
import type { Fix } from '../types.js';
import { bi } from './util.js';
import { commentBlocks, quoteMarkers, type CommentBlock } from '../suppress.js';

/**
 * A suppression comment's name at the start of a comment, its letters folded by NFKC (`ｎｉａｎｂａｏ`): `nianbao`
 * and a separator, however written (`nianbao-disable…`, `nianbao disable…`, `nianbao_…`: disable-unknown-rule says
 * which are wrong once the comment is closed).
 */
const DIRECTIVE_START = /^<!--+\s*nianbao(?=[-－‐‑‒–—_:：\s]|$)/i;
/** What a line may end with where its writer began the `-->` and lost the rest (`row-label --`, `row-label ->`): replaced by it. */
const BROKEN_CLOSE = /\s+(?:--?>?|->)$/;

/**
 * An HTML comment that begins a line and is never closed (`<!--` with no `-->` after it; `commentBlocks`: close -1).
 * CommonMark reads it as an HTML block that runs to the end of the text: GitHub, GitLab and VS Code's preview show
 * nothing after it (the last sections, the signature), and a browser shows nothing after it in an HTML page, while
 * this checker reads that text as the report's. A suppression comment so written (`<!-- nianbao-disable-next-line
 * row-label` and its `-->` lost) suppresses nothing as well (brk142 #5): the fix closes it at the end of its line when
 * that line holds the comment alone. An ordinary comment is said when text follows it, without a fix (where it was
 * meant to end is the writer's).
 */
export const commentUnclosed: Rule = {
  meta: {
    id: 'comment-unclosed',
    category: 'comments',
    defaultSeverity: 'warning',
    fixable: 'some',
    description: bi('HTML 注释没有结尾的“-->”，渲染时其后的全部内容都不显示', 'An HTML comment with no closing “-->” hides everything after it when rendered'),
    rationale: bi(
      '以“<!--”开头的一行，其后再没有“-->”时，Markdown（GitHub、GitLab、VS Code 预览）把从这一行到文末的全部内容都读作注释，页面上不显示（报告的后几部分、落款和日期都看不到；网页中的注释也是这样）。本工具仍读取其中的标题和正文并照常检查，但不读取其中的表格：其中的表报告为缺少（table-missing），表中的数字不做核对；检查通过也不等于页面完整。屏蔽注释（`<!-- nianbao-disable-next-line row-label`）丢了结尾的“-->”时，它同样把其后的内容藏起来，而且不屏蔽任何问题：原本想屏蔽的问题仍会报告；这一行只有这条注释时，修复在行末补上“-->”（行末已写了“--”“->”的，补全为“-->”）。其他注释只在其后还有文字时报告，不自动修改：请在注释该结束的地方补上“-->”，或删去这个“<!--”。屏蔽注释丢了自己的“-->”、直到后面另一条注释的“-->”才结束时，其间的各行（标题、表格）都成了注释，页面上不显示，本工具也不读作报告内容：结束它的“-->”属于其后另一条注释（其间又有“<!--”）时报告，修复同样在这一行末尾补上“-->”，--fix 也照样应用（显出的标题和表格本来就会显示在页面上）；把理由写在后面几行（哪怕是编号的“一、”“二、”）再以自己的“-->”结束的屏蔽注释不报告。写在代码块或行内代码中的“<!--”不是注释，不报告。',
      'A line that opens an HTML comment (`<!--`) with no `-->` anywhere after it makes, for Markdown (GitHub, GitLab, the VS Code preview), everything from that line to the end of the text one comment, shown by no page (the last sections, the signature and the date are gone; a comment in an HTML page does the same). This checker still reads and checks its headings and paragraphs, but not its tables: those are reported missing (table-missing) and their numbers are not checked; and a clean check is no whole page. A suppression comment that lost its `-->` (`<!-- nianbao-disable-next-line row-label`) hides the rest in the same way and suppresses nothing: the problem it was meant to suppress is still reported; when the line holds the comment alone, the fix closes it at the end of the line (a `--` or `->` already there is completed to `-->`). Any other comment is reported only when text follows it, with no fix: add the `-->` where the comment should end, or delete the `<!--`. A suppression comment that lost its own `-->` and ends only at a later comment\'s makes every line between (headings, tables) a comment, shown by no page and not read by this checker as the report\'s text: it is reported when the `-->` that ends it is another comment\'s (a `<!--` opens between), and the fix closes it at the end of its line in the same way, taken by --fix as well (the headings and tables it shows are what the page shows); one whose reason goes on over the next lines (numbered 一、二、 or not) and ends with its own `-->` is not reported. A `<!--` in a code block or an inline code span opens no comment and is not reported.'),
    example: {
      bad: '<!-- nianbao-disable-next-line template-note\n（文字描述，收取信息处理费情况在此处报告。）',
      note: bi('注释没有“-->”：不屏蔽任何问题，其后的内容渲染时都不显示', 'no “-->”: it suppresses nothing, and nothing after it is rendered'),
    },
  },
  check(ctx) {
    const { lines } = ctx.report;
    for (const b of commentBlocks(lines)) {
      if (b.close >= 0) {
        closedLate(ctx, b);
        continue;
      }
      const text = lines.line(b.line);
      const at = text.indexOf('<!--', quoteMarkers(text).length);
      if (at < 0) continue;
      const end = text.trimEnd().length;
      const own = text.slice(at, end);
      // The lines it hides that hold any text, and the first Markdown heading among them (what a reader misses).
      // (And the last of them: the lines named are all those to it, blank or not.)
      let hidden = 0;
      let heading = '';
      let last = b.line;
      for (let i = b.line + 1; i < lines.lineCount; i++) {
        const l = lines.line(i);
        if (!l.trim()) continue;
        hidden++;
        last = i;
        if (!heading) heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(l)?.[1] ?? '';
      }
      const directive = DIRECTIVE_START.test(own.normalize('NFKC'));
      // An ordinary comment on the last line (or with only blank lines after it) hides nothing but itself.
      if (!directive && !hidden) continue;
      const range = { start: { line: b.line, character: at }, end: { line: b.line, character: end } };
      const what = hidden
        ? bi(
          `Markdown 渲染时从这一行到文末的全部内容（第 ${b.line + 2}–${last + 1} 行，其中有文字的 ${hidden} 行${heading ? `，从“${heading}”起` : ''}）都成了注释，页面上不显示；本工具仍读取其中的标题和正文，但不读取其中的表格（表格报告为缺少，表中的数字不做核对）`,
          `rendered Markdown makes everything from this line to the end of the text a comment (lines ${b.line + 2}–${last + 1}, ${hidden} of them with text${heading ? `, from “${heading}” on` : ''}), shown by no page; this checker still reads its headings and paragraphs, but not its tables (they are reported missing, and their numbers are not checked)`)
        : bi('它是文末的最后一行', 'it is the last line of the text');
      if (directive) {
        const { alone, fix } = closeAtLineEnd(b.line, at, own);
        ctx.add({
          message: bi(
            `这条屏蔽注释没有结尾的“-->”，它不屏蔽任何问题；${what.zh}。${alone ? '请在这一行的末尾补上“-->”（修复会这样改写）。' : '请在注释该结束的地方补上“-->”。'}`,
            `This suppression comment has no closing “-->”, so it suppresses nothing; ${what.en}. ${alone ? 'Close it with “-->” at the end of this line (the fix does this).' : 'Add the “-->” where the comment should end.'}`),
          range,
          fix,
          data: { hidden },
        });
        continue;
      }
      ctx.add({
        message: bi(
          `HTML 注释“<!--”没有闭合（缺少“-->”）：${what.zh}。请在注释该结束的地方补上“-->”，或删去这个“<!--”。`,
          `This HTML comment (“<!--”) is never closed (no “-->”): ${what.en}. Add the “-->” where the comment should end, or delete the “<!--”.`),
        range,
        data: { hidden },
      });
    }
  },
};

/**
 * A suppression comment that lost its own `-->` and was closed by a later comment's (`<!-- nianbao-disable-next-line
 * row-label`, twenty lines on `<!-- 备注 -->`): the comment runs from its line to that `-->`, and every line between is
 * hidden when rendered and read as no report text (a section or table in it is reported missing). Said when the
 * `-->` is another comment's (a `<!--` opens between): a directive continued with its reason on the next lines and
 * then closed by its own `-->` is what its writer meant, and stays silent (brk152 #2). The fix closes the directive on its own line (as for one never
 * closed); the later `-->` then closes its own comment, or, left alone, shows as text.
 */
function closedLate(ctx: RuleContext, b: CommentBlock): void {
  if (b.last === b.line) return;
  const { lines } = ctx.report;
  const text = lines.line(b.line);
  const at = text.indexOf('<!--', quoteMarkers(text).length);
  if (at < 0) return;
  const end = text.trimEnd().length;
  const own = text.slice(at, end);
  if (!DIRECTIVE_START.test(own.normalize('NFKC'))) return;
  let hidden = 0;
  let heading = '';
  // The `-->` that ends it is another comment's when a `<!--` opens between (`<!-- 备注 -->` twenty lines on): the
  // directive's own was lost. Without one, the `-->` is the directive's own, its reason written over several lines
  // (even lines numbered 一、二、), and it is silent.
  let another = false;
  for (let i = b.line + 1; i <= b.last; i++) {
    const l = i === b.last ? lines.line(i).slice(0, Math.max(0, b.close - 3)) : lines.line(i);
    if (l.includes('<!--')) another = true;
    if (!l.trim()) continue;
    hidden++;
    if (!heading) heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(l)?.[1] ?? /^\s*([一二三四五六七八九十]{1,3}\s*[、．.].{0,30})/.exec(l)?.[1]?.trim() ?? '';
  }
  if (!another) return;
  const range = { start: { line: b.line, character: at }, end: { line: b.line, character: end } };
  const { alone, fix } = closeAtLineEnd(b.line, at, own);
  const closeLine = b.last + 1;
  ctx.add({
    message: bi(
      `这条屏蔽注释没有结尾的“-->”，直到第 ${closeLine} 行另一处的“-->”才结束：其间（第 ${b.line + 2}–${closeLine} 行）有文字的 ${hidden} 行${heading ? `（从“${heading}”起）` : ''}都成了注释，页面上不显示，本工具也不把它们读作报告内容（其中的部分和表格会被报告为缺少）。${alone ? '请在这一行的末尾补上“-->”（修复会这样改写）。' : '请在注释该结束的地方补上“-->”。'}`,
      `This suppression comment has no closing “-->” of its own and runs to the “-->” on line ${closeLine}: the ${hidden} line${hidden === 1 ? '' : 's'} of text on lines ${b.line + 2}–${closeLine}${heading ? ` (from “${heading}” on)` : ''} are one comment, shown by no page and not read as the report's text (sections and tables in them are reported missing). ${alone ? 'Close it with “-->” at the end of this line (the fix does this).' : 'Add the “-->” where the comment should end.'}`),
    range,
    fix,
    data: { hidden },
  });
}

/**
 * The fix that closes suppression comment `own` (from its `<!--` to its line's last non-space character, at 0-based
 * UTF-16 column `at` of 0-based line `line`) at the end of its line, when the line holds the comment alone (its ids
 * and reason; no tag or table cell after it: `alone`); a `--` or `->` already written there is completed to `-->`.
 * No fix otherwise: where the comment was meant to end is the writer's.
 */
function closeAtLineEnd(line: number, at: number, own: string): { alone: boolean; fix: Fix | undefined } {
  const alone = !/[<|]/.test(own.slice(4));
  if (!alone) return { alone, fix: undefined };
  const end = { line, character: at + own.length };
  const broken = BROKEN_CLOSE.exec(own);
  const edit = { range: { start: broken ? { line, character: at + broken.index } : end, end }, newText: ' -->' };
  return { alone, fix: { title: bi('在行末补上“-->”', 'Close the comment at the end of the line'), edits: [edit] } };
}
