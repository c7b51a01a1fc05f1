import type { Rule } from './rule.js';
import type { Fix } from '../types.js';
import { bi, inStyleOf, inWrittenScriptAt, quotedWithInvisible } from './util.js';
import { bareTitle, isKnownTitle, mergedHeadingFor, mergedSectionsOf, punctuationAfterBold, topHeadings } from './sections.js';
import { bigramCoverage, editDistance, invisibleOutsideSymbols, labelKey, titleKey, titleTypoBudget } from '../text/normalize.js';
import { markInWrittenScript, simplifiedChars } from '../text/script.js';
import { isCellHeading } from '../parse/headings.js';
import { isCutTitle } from '../model/build.js';
import { formatOrdinal } from './section-order.js';

/** A known variant or misspelling of a canonical section title, or a title with trailing `。`/`；`. */
export const sectionTitle: Rule = {
  meta: {
    id: 'section-title',
    category: 'structure',
    defaultSeverity: 'info',
    fixable: true,
    description: bi('部分标题是标准标题的变体、错字或带有句末标点', 'A section title is a variant or misspelling of the canonical one, or ends with punctuation'),
    rationale: bi(
      '格式规定了六部分的标准标题。常见的变体（如“存在的主要问题及下步工作打算”）、漏字（“存在主要问题及改进情况”）和标题末尾的“。”“；”（粗体标题写在“**”之后的也算）不影响识别，但与格式不一致。修复会换成标准标题（用繁体字书写的标题按繁体字写入，保留作者写的字；变体标题后的括注保留：“五、存在的主要问题及下步工作打算（2025年）”改为“五、存在的主要问题及改进情况（2025年）”）。从 PDF 转出的文本把标题折到下一行的（“四、政府信息公开行政复议、行政诉”后一行“讼情况”），两行合起来读作一个标题，修复同时改写这两行（折成三行的同样三行合读）；标题只写了序号（“## 一、”“一、”“## 一”“## （一）”）或写了一半（“一、总体”“六、其他”）而位于这一部分的位置（序号相符，前后的部分在它之前、之后）的，就是这一部分，缺少或缺了标题的文字：给出提示，修复在原处补全标题，不另插入一个标题（序号不是格式的写法的，如“## 一”“（一）总体情况”，修复同时把序号写为“一、”，与 section-order 的修复相同）；漏字、错字使标题失去主题词的（“存在的主要门题及改进情况”），与某一部分的标准标题相差在容许范围内时仍读作该部分；标题在中途断开、下一行（中间隔一个空行的也算）像是它的后半而又未合成标题的，只提示不修复，以免留下半截标题。2019 年以前的年报没有统一标题，只提示句末标点。标题之后紧接着这一部分的正文、写在同一行的（“五、存在的主要问题及改进情况　2024年，…”，换行丢失），说明标题后面是正文，修复在标题之后换行，不改写、不删除正文。在该部分的位置上、用别的词说该部分内容的标题（含模板的关键词，如“五、存在的问题及下一步工作打算”“五、存在问题及改进措施”）且单独成行时同样提示，修复改为格式规定的标题；标题之后用“及”“和”“与”接上的短语（“二、主动公开政府信息情况及政策解读情况”）是加长了的标题，不是正文：只提示，不修复。序号前的看不见的字符（从网页复制带入的零宽空格等，消息中显示为 [U+200B]）或多余的符号（“## 😀六、…”“## ★六、…”“**★六、…**”；emoji 中的变体选择符、连接符属于这个符号，如“⭐️”“👨‍💼”）不妨碍读出标题，但不属于标题：给出提示，修复删去它们。',
      'The format fixes the six section titles. Variants, missing characters and a trailing 。/； (also after the closing ** of a bold heading) do not stop recognition but differ from the format. The fix writes the canonical title (in traditional characters where the title is written in them, the author\'s characters kept); a remark in brackets after the canonical title (一、总体情况（含表二）) is said but not deleted, as it is the writer\'s text, and the fix of a variant title keeps such a remark (五、存在的主要问题及下步工作打算（2025年） becomes 五、存在的主要问题及改进情况（2025年）). A title that a PDF\'s text wrapped onto the next line (四、政府信息公开行政复议、行政诉 / 讼情况) is read as one heading over both lines, and the fix rewrites both (a title wrapped onto three lines likewise); a heading of its ordinal alone (## 一、, 一、, ## 一, ## （一）) or with its title cut short (一、总体, 六、其他) at the section\'s place (its number, the sections before and after it in order) is that section with its title missing or incomplete: said, and the fix completes the title in place, inserting no second heading (and writes the format\'s ordinal 一、 over one numbered in another style, ## 一 or （一）总体情况, as section-order\'s fix does); a typo that loses the title\'s topic words (存在的主要门题及改进情况) still reads as the section whose canonical title it is within the misspelling budget of; a title cut off before a line that may be its rest but was not joined with it (also one after a blank line) is said, not fixed, so as not to leave half a title behind. Pre-2019 reports had no fixed titles: only trailing punctuation is reported. A title with its section\'s text run on after it on the same line (五、存在的主要问题及改进情况　2024年，…: a line break lost) is said as that; the fix breaks the line after the title and neither rewrites nor deletes the text. A title of other words at the section\'s place that names its topic (the template\'s keywords: 五、存在的问题及下一步工作打算, 五、存在问题及改进措施) and ends its line is said too, and the fix writes the format\'s title. A phrase joined to the title with 及, 和 or 与 (二、主动公开政府信息情况及政策解读情况) lengthens the title and is no text: it is said, not fixed. An invisible character before the ordinal (a zero-width space pasted from a web page, shown as [U+200B]) or a stray symbol there (## 😀六、…, ## ★六、…, **★六、…**, ★六、… on a plain line as pasted web reports write a heading, **★六、**…; an emoji\'s variation selector or joiner is part of its symbol: ⭐️, 👨‍💼), a zero-width no-break space (U+FEFF) after the # marks, or a web page\'s print/close controls after the # marks, inside bold or mixed with a symbol (## 打印丨关闭丨六、…, **打印丨关闭丨六、…**, ★打印丨关闭丨六、…) does not stop the heading being read but is no part of the title: it is said, and the fix deletes it (controls opening a plain line are page-leftover\'s). Page controls or invisible characters before a sub-heading\'s ordinal (### 打印丨关闭丨（一）…, ### [U+200B]（二）…) are said and deleted too; a symbol alone before a sub-heading is the writer\'s decoration.'),
    example: { bad: '五、存在的主要问题及下步工作打算', note: bi('标准标题为“五、存在的主要问题及改进情况”', 'canonical: 五、存在的主要问题及改进情况') },
  },
  check(ctx) {
    const { report, template } = ctx;
    if (!template || !report.isReport) return;
    const tops = topHeadings(report);
    for (const h of tops) {
      if (h.canonical < 0 || h.canonical >= template.sections.length) continue;
      // Invisible characters or a symbol before the ordinal (`\u200b五、…`, `## 😀六、…`, `## ★六、…`: brk127 #1, brk126 #2):
      // no part of the format's title. Said, the fix deleting them (the heading is read after them).
      if (h.stray) {
        const written = report.lines.line(h.stray.start.line).slice(h.stray.start.character, h.stray.end.character);
        const mark = written.trim() || written;
        // (A variation selector or joiner inside an emoji, `⭐️`, `👨‍💼`, is part of the visible symbol: brk130 #7.)
        // (U+FEFF, white space to `\s`, is shown by its code: brk132 #7.)
        const feff = (t: string) => t.replace(/\ufeff/g, '[U+FEFF]');
        const marked = invisibleOutsideSymbols(mark.replace(/[^\S\ufeff]+/gu, ''));
        if (marked.visible.includes('\ufeff')) {
          marked.visible = marked.visible.replace(/\ufeff/g, '');
          marked.hidden = true;
          marked.shown = feff(marked.shown);
        }
        const symbol = marked.visible;
        const hidden = marked.hidden && !symbol;
        const shown = { text: feff(invisibleOutsideSymbols(mark).shown) + quotedWithInvisible(h.ordinal + h.title).text };
        // A web page's print/close controls among them (`## 打印丨关闭丨一、…`, brk132 #1).
        const controls = /打印|关闭|收藏|纠错|返回顶部|保存|分享/.test(symbol);
        const what = hidden
          ? bi(`序号前有看不见的字符 ${marked.shown}（多为从网页复制时带入）`, `has an invisible character ${marked.shown} before its ordinal (usually pasted from a web page)`)
          : controls
            ? bi(`序号前有网页上的页面元素“${marked.shown}”（从网页复制时带入）`, `has web-page chrome “${marked.shown}” before its ordinal (pasted from the page)`)
          : marked.hidden
            ? bi(`序号前有多余的符号和看不见的字符 ${marked.shown}`, `has a stray symbol and invisible characters ${marked.shown} before its ordinal`)
            : bi(`序号前有多余的符号“${mark}”`, `has a stray symbol “${mark}” before its ordinal`);
        ctx.add({
          message: bi(
            `标题“${shown.text}”的${what.zh}，不是格式规定的标题“${template.sections[h.canonical].title}”的一部分。修复会删去它。`,
            `The heading “${shown.text}” ${what.en}, which is no part of the format's title “${template.sections[h.canonical].title}”. The fix deletes it.`),
          range: h.stray,
          fix: { title: bi(hidden ? '删去看不见的字符' : marked.hidden ? `删去“${symbol}”和看不见的字符` : `删去“${mark}”`, hidden ? 'Delete the invisible character' : marked.hidden ? `Delete “${symbol}” and the invisible characters` : `Delete “${mark}”`), edits: [{ range: h.stray, newText: '' }] },
        });
      }
      // A heading joining two sections' titles (`五、存在的主要问题及改进情况和其他需要报告的事项`) is section-missing's to
      // say, as the two sections merged (brk164 #4), not a title of the section it is read as.
      const merged = mergedSectionsOf(h, template);
      if (merged !== null && mergedHeadingFor(report, template, h.canonical === merged ? merged + 1 : merged)?.heading === h) continue;
      const canonical = bareTitle(template.sections[h.canonical].title);
      const styled = inStyleOf(h.title, canonical);
      // Punctuation after a bold heading's closing marker (`**一、总体情况**。`) counts as the plain line's (`一、总体情况。`).
      const after = punctuationAfterBold(report, h);
      const trailing = /[。；;．.，,、：:]+$/.exec(h.title.trim())?.[0] ?? after?.text;
      const known = isKnownTitle(h, template, h.canonical);
      const dropAfter = after ? [{ range: report.lines.range(h.line, after.from, after.to), newText: '' }] : [];
      // The title written in the script the heading is written in (`三、收到和處理政府信息公開申請情況` over a misspelling
      // in traditional characters, brk105), its edits marked so; none when that cannot be written.
      // A heading numbered in another style than the format's (`## 一` typed without its 、, `（一）总体情`): the fix
      // writes the format's ordinal too, as section-order's fix does (`formatOrdinal`), so that the one quick fix
      // leaves the full title the message names (brk163 #1: `## 一` completed alone was `## 一总体情况`, no heading).
      const ordinal = formatOrdinal(h);
      // The action's title quotes the heading as the fix leaves it, its ordinal as written before the title (`五、`),
      // as the message quotes the canonical title with it (brk167 #7); the fix itself writes the title only.
      const o = h.ordinalRange, t0 = h.titleRange.start;
      const lead = o.start.line === t0.line && o.start.character < t0.character ? report.lines.line(t0.line).slice(o.start.character, t0.character) : h.ordinal;
      const fixTitle = (canon: string): Fix | undefined => {
        const to = inWrittenScriptAt(report, h.titleRange, canon);
        if (to !== null && ordinal?.range) {
          return {
            title: bi(`改为“${ordinal.text}${to}”`, `Change to “${ordinal.text}${to}”`),
            edits: [{ range: { start: ordinal.range.start, end: h.titleRange.end }, newText: ordinal.text + to }, ...dropAfter].map(markInWrittenScript),
          };
        }
        return to === null ? undefined : {
          title: bi(`改为“${lead}${to}”`, `Change to “${lead}${to}”`),
          edits: [...(to === h.title ? [] : [{ range: h.titleRange, newText: to }]), ...dropAfter].map(markInWrittenScript),
        };
      };
      if (template.id === 'pre2019') {
        if (trailing && known) {
          const to = after ? h.title : h.title.trim().slice(0, -trailing.length);
          ctx.add({ message: bi(`标题末尾不应有“${trailing}”。`, `The title should not end with “${trailing}”.`), range: h.titleRange, fix: fixTitle(to) });
        }
        continue;
      }
      // (A title in traditional characters in a simplified draft, `收到和處理政府信息公開申請情況`, is the standard title when
      // its simplified form is: no finding, and a fix never writes simplified words over it. brk105 F3.)
      const traditional = simplifiedChars(h.title) !== h.title;
      if (titleKey(h.title) === titleKey(canonical) || (traditional && titleKey(simplifiedChars(h.title)) === titleKey(canonical))) {
        if (trailing) {
          const to = traditional ? (after ? h.title : h.title.trim().slice(0, -trailing.length)) : styled;
          ctx.add({ message: bi(`标题末尾不应有“${trailing}”：标准标题为“${template.sections[h.canonical].title}”。`, `The title should not end with “${trailing}”: the canonical title is “${template.sections[h.canonical].title}”.`), range: h.titleRange, fix: fixTitle(to) });
        }
        continue;
      }
      // The canonical title with a remark in brackets after it (`一、总体情况（含表二）`, `一、总体情况 (重复率: 40%)`): said, but
      // the remark is the writer's text, so it is not deleted by a fix.
      const remark = /\s*[（(][^（）()]*[）)]\s*$/.exec(h.title);
      if (remark && remark.index > 0 && titleKey(h.title.slice(0, remark.index)) === titleKey(canonical)) {
        const note = remark[0].trim();
        ctx.add({
          message: bi(
            `标题“${h.ordinal}${h.title}”在标准标题“${template.sections[h.canonical].title}”之后附有括注“${note}”。括注未自动删除：不需要的请删去，需要的可移到正文。`,
            `The title “${h.ordinal}${h.title}” adds the remark “${note}” to the canonical title “${template.sections[h.canonical].title}”. The remark is not deleted automatically: delete it if it is not needed, or move it to the text.`),
          range: h.titleRange,
        });
        continue;
      }
      // The title lengthened by the agency (`二、主动公开政府信息情况及政策解读情况`, `…申请情况及办理情况`): a phrase joined to it
      // with 及/和/与, not text run in after it. Said, not fixed: the added words are the writer's (breaker89 #00e).
      const ext = known ? null : [canonical, ...template.sections[h.canonical].variants.map(bareTitle)]
        .map((t) => extensionAt(h.title, t))
        .filter((x): x is number => x !== null)
        .sort((a, b) => b - a)[0] ?? null;
      if (ext !== null) {
        const added = h.title.slice(ext).trim();
        ctx.add({
          message: bi(
            `标题“${h.ordinal}${h.title}”在标准标题之后加了“${added}”：格式规定的标题为“${template.sections[h.canonical].title}”。未自动修改：加上的文字不需要的请删去，需要的可移到正文。`,
            `The title “${h.ordinal}${h.title}” adds “${added}” to the canonical title “${template.sections[h.canonical].title}”. Not changed automatically: delete the added words if they are not needed, or move them to the text.`),
          range: h.titleRange,
        });
        continue;
      }
      // The title with its section's first words run in after it on the same line (`五、存在的主要问题及改进情况　政策解读…`,
      // a line break lost): those words are the text's, not a misspelling of the title. The fix breaks the line after
      // the title; writing the canonical title over the whole would delete them.
      // The canonical title or a variant of it, the longest that the title starts with.
      const runIn = [canonical, ...template.sections[h.canonical].variants.map(bareTitle)]
        .map((t) => runInAt(h.title, t))
        .filter((x): x is NonNullable<typeof x> => x !== null)
        .sort((a, b) => b.title - a.title)[0] ?? null;
      if (runIn) {
        const eol = report.lines.dominantEol();
        const { line, character } = h.titleRange.start;
        const words = h.title.slice(runIn.text).trim();
        const head = words.length > 12 ? words.slice(0, 12) + '…' : words;
        // (In a one-cell table's cell, `| 五、…　政策解读… |`, a line break would cut the table's row: said, not fixed.)
        const inCell = isCellHeading(report.lines.line(h.line), h);
        ctx.add({
          message: inCell
            ? bi(
              `标题“${h.ordinal}${h.title.slice(0, runIn.title)}”之后紧接着正文“${head}”，写在了同一个表格单元格里：标题应单独成行，正文另起一段。未自动修改，以免拆断表格的这一行。`,
              `The title “${h.ordinal}${h.title.slice(0, runIn.title)}” has text run in after it in the same table cell (“${head}”): the title goes on a line of its own, the text in a paragraph of its own. Not changed automatically, so as not to cut the table's row.`)
            : bi(
              `标题“${h.ordinal}${h.title.slice(0, runIn.title)}”之后紧接着正文“${head}”，写在了同一行（换行丢失）：标题应单独成行。修复在标题之后换行。`,
              `The title “${h.ordinal}${h.title.slice(0, runIn.title)}” has text run in after it on the same line (“${head}”, a line break lost): the title goes on a line of its own. The fix breaks the line after the title.`),
          range: h.titleRange,
          ...(inCell ? {} : {
            fix: {
              title: bi('在标题之后换行', 'Break the line after the title'),
              edits: [{ range: report.lines.range(line, character + runIn.title, character + runIn.text), newText: eol + eol }],
            },
          }),
        });
        continue;
      }
      const key = titleKey(h.title), want = labelKey(canonical);
      const close = editDistance(key, want) <= titleTypoBudget(want.length);
      // The title missing (`## 一、`, a heading typed before its title) or cut short (`一、总体`, `六、其他`) at the
      // section's place (model/build.ts `readSectionsByPlace`, brk143 #1, #2): said, and completed in place.
      // (Only a title that ends its line: `五、存在主要问题。改进情况。` holds a sentence, brk143 #2.)
      const endsLine = !report.lines.line(h.line).slice(h.titleRange.end.character).replace(/[\s*_#】〗」』”"]/g, '');
      const cut = !known && endsLine && isCutTitle(h.title, h.canonical, template);
      // A title of other words than the format's at the section's place is said too when it names the section's topic
      // (the template's keywords: `五、存在的问题及下一步工作打算；`, `五、存在问题及改进措施。`, brk146 #1): the format
      // fixes the title. One that names no topic of the section (a narrative heading, `一、强化组织领导`) is passed over.
      // (Only a title that ends its line, as for a cut one: `五、存在主要问题。改进情况。` holds a sentence.)
      const topical = endsLine && template.sections[h.canonical].keywords.some((k) => new RegExp(k).test(h.title));
      if (!known && !close && !cut && !topical && bigramCoverage(want, key) < 0.5) continue;
      const what = known ? bi('是标准标题的变体', 'is a variant of the canonical title')
        : cut && !key ? bi('只有序号，缺少标题', 'has its ordinal but no title')
        : cut ? bi('是不完整的标题（缺字）', 'is the title with characters missing')
        : bi('与标准标题不一致', 'differs from the canonical title');
      // Another heading already has this section's title: renaming would make two (a narrative outline beside the
      // tables' outline, as in Shanghai's reports). Said, not fixed.
      const twin = tops.find((o) => o !== h && o.canonical === h.canonical && isKnownTitle(o, template, o.canonical));
      if (twin) {
        ctx.add({
          message: bi(
            `“${h.ordinal}${h.title}”${what.zh}（格式规定为“${template.sections[h.canonical].title}”），但第 ${twin.line + 1} 行“${twin.ordinal}${twin.title}”已是这一部分的标题：请确认哪一处是格式规定的第${h.canonical + 1}部分，另一处改用不同的标题或改为小标题。未自动修改，以免出现两个同名部分。`,
            `“${h.ordinal}${h.title}” ${what.en} (“${template.sections[h.canonical].title}”), but line ${twin.line + 1} (“${twin.ordinal}${twin.title}”) already has that section's title: decide which one is part ${h.canonical + 1} of the format and give the other a different title or make it a sub-heading. Not fixed automatically, to avoid two sections of the same title.`),
          range: h.titleRange,
        });
        continue;
      }
      // The title cut off where the canonical one goes on, and a line of text right under it: the rest of the title
      // may be that line (a wrap the model did not join, see `joinWrappedTitle`). Writing the whole title on the
      // heading's line would leave that part behind: said, not fixed.
      // That line may come after a blank line (`六、其他需要报告的` / `` / `事项`: a wrap with an empty line between).
      let belowLine = h.titleRange.end.line + 1;
      if (belowLine + 1 < report.lines.lineCount && !report.lines.line(belowLine).trim()) belowLine++;
      const below = belowLine < report.lines.lineCount ? report.lines.line(belowLine).trim() : '';
      if (key && want.startsWith(key) && wrapRest(want.slice(key.length), below) && !report.headings.some((o) => o.line === belowLine)) {
        const where = belowLine === h.titleRange.end.line + 1 ? bi('下一行', 'the next line') : bi(`隔一个空行的第 ${belowLine + 1} 行`, `line ${belowLine + 1}, after the blank line below it`);
        ctx.add({
          message: bi(
            `“${h.ordinal}${h.title}”${what.zh}，格式规定为“${template.sections[h.canonical].title}”。标题在“${h.title}”处中断，${where.zh}“${below.slice(0, 12)}”可能是它的后半：请把标题改为“${template.sections[h.canonical].title}”并写在一行，删去多余的部分。未自动修改，以免留下半截标题。`,
            `“${h.ordinal}${h.title}” ${what.en} “${template.sections[h.canonical].title}”. The title breaks off after “${h.title}” and ${where.en} (“${below.slice(0, 12)}”) may be its rest: write the title “${template.sections[h.canonical].title}” on one line and delete what is left over. Not fixed automatically, so as not to leave half a title behind.`),
          range: h.titleRange,
        });
        continue;
      }
      const shown = quotedWithInvisible(h.ordinal + h.title);
      // A title with a sentence's punctuation in it, or far longer than any form of the title, may hold words of the
      // text (a line break lost): writing the canonical title over it would delete them. Said, not fixed.
      const longest = Math.max(...[template.sections[h.canonical].title, ...template.sections[h.canonical].variants].map((t) => titleKey(bareTitle(t)).length));
      // A remark in brackets after a variant title (`五、存在的主要问题及下步工作打算（2025年）`) is the writer's, as after the
      // canonical one: the fix keeps it (helper-223 #6).
      // A variant that also ends with `。`/`；` (`五、存在主要问题及改进情况。`, as seed 003 writes its titles): the mark is
      // the title's end, not a sentence of text in it (brk126 #1); the fix writes the canonical title without it.
      const bare = trailing && !after ? h.title.trimEnd().slice(0, -trailing.length) : h.title;
      const remarkBare = bare === h.title ? remark : /\s*[（(][^（）()]*[）)]\s*$/.exec(bare);
      const kept = remarkBare && remarkBare.index > 0 ? bare.slice(remarkBare.index).trimEnd() : '';
      const holdsText = /[，。；！？,;]/.test(bare) || titleKey(kept ? bare.slice(0, remarkBare!.index) : bare).length > longest + 4;
      const stop = trailing ? bi(`标题末尾也不应有“${trailing}”。`, ` The title should not end with “${trailing}” either.`) : bi('', '');
      ctx.add({
        message: holdsText
          ? bi(`“${shown.text}”${what.zh}，格式规定为“${template.sections[h.canonical].title}”。标题中似乎含有正文的文字，未自动修改：请把标题改为格式规定的标题，正文另起一行。${shown.note.zh}`, `“${shown.text}” ${what.en} “${template.sections[h.canonical].title}”. The title seems to hold words of the text: not changed automatically; write the format's title and put the text on a line of its own.${shown.note.en}`)
          : bi(`“${shown.text}”${what.zh}，格式规定为“${template.sections[h.canonical].title}”。${stop.zh}${shown.note.zh}`, `“${shown.text}” ${what.en} “${template.sections[h.canonical].title}”.${stop.en}${shown.note.en}`),
        range: h.titleRange,
        fix: holdsText ? undefined : fixTitle(styled + kept),
      });
    }
    // Page controls or invisible characters before a sub-heading's ordinal (`### 打印丨关闭丨（一）主动公开`,
    // `### \u200b（二）依申请公开`, brk132 #6, #7): leftovers of the web page, no part of its title either. Said, the fix
    // deleting them (a section's heading is said above).
    const said = new Set(tops.filter((h) => h.canonical >= 0 && h.canonical < template.sections.length).map((h) => h.line));
    for (const h of report.headings) {
      if (!h.stray || h.level < 2 || said.has(h.line)) continue;
      const written = report.lines.line(h.stray.start.line).slice(h.stray.start.character, h.stray.end.character);
      const mark = written.replace(/[^\S\ufeff]+/gu, '');
      const marked = invisibleOutsideSymbols(mark);
      const visible = marked.visible.replace(/\ufeff/g, '');
      const shownMark = marked.shown.replace(/\ufeff/g, '[U+FEFF]');
      const hidden = !visible;
      // (A symbol alone is a sub-heading's decoration, as the writer chose it: not said, brk126 #2.)
      if (!marked.hidden && !mark.includes('\ufeff') && !/打印|关闭|收藏|纠错|返回顶部|保存|分享/.test(visible)) continue;
      const heading = quotedWithInvisible(h.ordinal + h.title).text;
      ctx.add({
        message: bi(
          `小标题“${heading}”的序号前有${hidden ? `看不见的字符 ${shownMark}（多为从网页复制时带入）` : `多余的“${shownMark}”（多为从网页复制时带入）`}，不是标题的一部分。修复会删去它。`,
          `The sub-heading “${heading}” has ${hidden ? `an invisible character ${shownMark}` : `a stray “${shownMark}”`} before its ordinal (usually pasted from a web page), which is no part of its title. The fix deletes it.`),
        range: h.stray,
        fix: { title: bi(hidden ? '删去看不见的字符' : `删去“${visible}”`, hidden ? 'Delete the invisible character' : `Delete “${visible}”`), edits: [{ range: h.stray, newText: '' }] },
      });
    }
  },
};

/**
 * Whether `below`, the line under a heading whose title is cut off before `rest` (the canonical title's rest, as a
 * label key), reads as that rest wrapped onto its own line: short text (at most 20 characters, no sentence mark)
 * that starts as `rest` does or shares half its bigrams.
 */
function wrapRest(rest: string, below: string): boolean {
  if (!rest || !below || below.length > 20 || /[。；;！？!?]/.test(below)) return false;
  const key = labelKey(below);
  return key.charAt(0) === rest.charAt(0) || bigramCoverage(rest, key) >= 0.5;
}

/** Where the title ends that `title` starts with (`titleKey` equal to `canonical`'s), as a UTF-16 offset; -1 if none. */
function titleEnd(title: string, canonical: string): number {
  const want = titleKey(canonical);
  if (!want || !titleKey(title).startsWith(want)) return -1;
  for (let n = 1; n <= title.length; n++) if (titleKey(title.slice(0, n)) === want) return n;
  return -1;
}

/**
 * Where a title lengthened by the agency goes on after `canonical` (a form of the section's title): a noun phrase
 * joined to it with 及/以及/和/与/、 right after it, with no sentence punctuation or white space in it, that ends
 * as a title does (`…情况`, `…工作`, `…事项`, `…打算`: `及政策解读情况`, `和应诉情况`). Null if `title` is no such title.
 */
export function extensionAt(title: string, canonical: string): number | null {
  const end = titleEnd(title, canonical);
  if (end < 0) return null;
  const rest = title.slice(end).trimEnd();
  return /^(?:及|以及|和|与|、)[^\s\u3000，,。；;！？!?：:（()）]{1,20}(?:情况|工作|事项|打算|附表|解读)$/.test(rest) ? end : null;
}

/**
 * Where a heading's title `title` (without its number) holds the canonical title `canonical` followed by words of
 * text (`存在的主要问题及改进情况　政策解读的形式还不够丰富`): `title`, the UTF-16 offset where the canonical title ends,
 * and `text`, where the words start (after the white space or colon between). Null when the title is not the
 * canonical one with at least four characters of words after it (a remark in brackets is no such words).
 */
export function runInAt(title: string, canonical: string): { title: number; text: number } | null {
  const want = titleKey(canonical);
  if (!want || !titleKey(title).startsWith(want)) return null;
  let end = -1;
  for (let n = 1; n <= title.length; n++) {
    if (titleKey(title.slice(0, n)) === want) {
      end = n;
      break;
    }
  }
  if (end < 0) return null;
  const sep = /^[\s\u3000：:，,]*/.exec(title.slice(end))![0];
  const rest = title.slice(end + sep.length);
  if (labelKey(rest).length < 4 || /^[（(]/.test(rest)) return null;
  return { title: end, text: end + sep.length };
}
