import type { Rule } from './rule.js';
import { bi } from './util.js';
import { fenceBlocks } from '../text/blocks.js';
import { linesHolding } from '../text/line-diff.js';
import { previousVersion } from '../prose/versions.js';

/**
 * A Markdown code fence (a line of three or more backticks or tildes, indented three spaces at most, also after a
 * blockquote's `>`) that no fence of the same kind closes, and no container ends (a fence opened in a blockquote or a
 * list item ends with it; a line of backticks in an HTML block is none: CommonMark, as `fenceBlocks` reads them). CommonMark reads it as a code block that runs to the end of
 * the text: GitHub, GitLab and VS Code's preview show everything after it as one block of code (monospace, no
 * headings, no tables), while this checker reads that text as the report's: a line of backticks closes no code here
 * unless a second one does (text/code.ts), and tildes never fence code. Said as comment-unclosed says a comment never
 * closed, when text follows the fence; no fix (where the code was meant to end is the writer's). Not in a plain-text
 * file (`.txt`), where nothing is Markdown.
 */
export const fenceUnclosed: Rule = {
  meta: {
    id: 'fence-unclosed',
    category: 'years',
    defaultSeverity: 'warning',
    fixable: false,
    description: bi('代码块的“```”或“~~~”没有结尾，渲染时其后的全部内容都显示为代码', 'A code fence (``` or ~~~) is never closed: everything after it renders as code'),
    rationale: bi(
      '单独一行的“```”或“~~~”（三个或更多，可缩进至多三个空格）在 Markdown 中开始一个代码块，直到同样的一行结束它；没有结束的一行时，GitHub、GitLab、VS Code 预览把从这一行到文末的全部内容显示为一个代码块：原样的等宽文字，标题不成标题，表格不成表格。本工具不这样读：只有成对的“```”之间才是代码，不读作报告内容；单独一行的“```”和任何“~~~”都不开始代码块，其后的文字照常读作报告内容检查（其中的屏蔽注释则和页面上一样按代码看待，不起作用），因此检查通过不等于页面正常。其后还有文字时报告，不自动修改：请在代码块该结束的地方补上同样的一行，或删去这一行。纯文本文件（.txt）不是 Markdown，不报告。',
      'A line of three or more backticks or tildes (indented three spaces at most) opens a Markdown code block, which a line of the same kind closes; with none, GitHub, GitLab and the VS Code preview show everything from that line to the end of the text as one block of code: monospace text as typed, headings no headings, tables no tables. This checker does not read it so: only text between two lines of backticks is code and no part of the report; a line of backticks alone, and any line of tildes, opens no code, and the text after it is read and checked as the report\'s (its suppression comments, though, are read as code, as the page shows them, and suppress nothing), so a clean check is no proper page. Reported when text follows the fence, with no fix: add the same line where the code should end, or delete the line. A plain-text file (.txt) is no Markdown and is not reported.'),
    example: { bad: '```\n三、收到和处理政府信息公开申请情况', note: bi('“```”没有结尾：其后的全部内容渲染为代码', 'the ``` is never closed: everything after it renders as code') },
  },
  check(ctx) {
    const { report } = ctx;
    if (report.extras.plainText) return;
    const lines = report.extras.sourceLines ?? report.lines;
    // Most drafts hold no fence: pairing fences reads every line (about 3 ms a check of a 10,000-line draft), so look
    // for a line of backticks or tildes first (`linesHolding`: on an edited version, only its edited lines are searched).
    const previous = previousVersion(report);
    const before = previous ? previous.extras.sourceLines ?? previous.lines : null;
    if (!linesHolding(lines, '```', before).length && !linesHolding(lines, '~~~', before).length) return;
    // The fence still open at the end of the text, as CommonMark pairs them (text/blocks.ts fenceBlocks): a fence
    // opened in a blockquote or a list item ends with it, and a line of backticks in an HTML block is no fence.
    const block = fenceBlocks((i) => lines.line(i), lines.lineCount).find((b) => b.ended === 'eof');
    const open = block ? block.open : -1;
    const fence = block ? block.fence : null;
    if (open < 0 || fence === null) return;
    // The lines after it that hold text, and the first heading among them (what a reader misses).
    let hidden = 0;
    let heading = '';
    let last = open;
    // A suppression comment after it is read as code, as a rendered page shows it (suppress.ts): it suppresses nothing.
    let directive = false;
    for (let i = open + 1; i < lines.lineCount; i++) {
      const l = lines.line(i);
      if (!l.trim()) continue;
      hidden++;
      last = i;
      if (!directive && /<!--+\s*nianbao/i.test(l.normalize('NFKC'))) directive = true;
      if (!heading) heading = (/^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(l)?.[1] ?? /^\s*([一二三四五六七八九十]{1,3}\s*、.{0,30})/.exec(l)?.[1] ?? '').trim();
    }
    if (!hidden) return;
    const text = lines.line(open);
    const at = text.indexOf(fence);
    const shown = text.slice(at).trimEnd();
    ctx.add({
      message: bi(
        `代码块的开头“${shown}”没有结尾：Markdown（GitHub、GitLab、VS Code 预览）把从这一行到文末的全部内容（第 ${open + 2}–${last + 1} 行，其中有文字的 ${hidden} 行${heading ? `，从“${heading}”起` : ''}）显示为一个代码块，标题和表格都不排版；本工具仍把这些文字读作报告内容并照常检查${directive ? '，但其中的屏蔽注释（nianbao-disable…）按代码看待，不起作用' : ''}。请在代码块该结束的地方补上一行“${fence}”，或删去这一行。`,
        `The code fence “${shown}” is never closed: Markdown (GitHub, GitLab, the VS Code preview) shows everything from this line to the end of the text (lines ${open + 2}–${last + 1}, ${hidden} of them with text${heading ? `, from “${heading}” on` : ''}) as one block of code, no headings or tables laid out; this checker still reads that text as the report's and checks it as usual${directive ? ', but its suppression comments (nianbao-disable…) are read as code and suppress nothing' : ''}. Add a line “${fence}” where the code should end, or delete this line.`),
      range: { start: { line: open, character: at }, end: { line: open, character: text.trimEnd().length } },
      data: { hidden },
    });
  },
};
