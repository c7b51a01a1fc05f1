import type { Rule } from './rule.js';
import { RULES } from './index.js';
import { showInvisible } from '../text/normalize.js';
import { DIRECTIVE_NAMES, enableIdsMeant, readDirectives, readLinkReferenceDirectives, readMisspeltDirectives, readUnknownDirectives, UNUSED_DISABLE } from '../suppress.js';
import { closestNames } from '../suggest.js';
import { bi } from './util.js';

/** Id of the finding a rule that throws becomes (check.ts): a comment may name it. */
const INTERNAL_ERROR = 'internal-error';

/**
 * Whether a suppression comment may name `id`: a rule of the registry, or one of the findings the runner adds
 * itself. (Read at check time: this module is part of the registry it reads.)
 */
export function isKnownRuleId(id: string): boolean {
  return knownRuleIds().includes(id);
}

let known: readonly string[] | undefined;

/**
 * The ids a suppression comment may name (`isKnownRuleId`): those of the registry, then the runner's own. Suppression
 * reads comments with them (`readDirectives`), so that a word after an id is a reason when it is close to none.
 */
export function knownRuleIds(): readonly string[] {
  return (known ??= [...RULES.map((r) => r.meta.id), UNUSED_DISABLE, INTERNAL_ERROR]);
}

/** A rule id in a `<!-- nianbao-disable… -->` / `<!-- nianbao-enable … -->` comment that no rule has (`row-lable`). */
export const disableUnknownRule: Rule = {
  meta: {
    id: 'disable-unknown-rule',
    category: 'comments',
    defaultSeverity: 'warning',
    fixable: true,
    description: bi('屏蔽注释中的规则 id 不存在（拼写错误）', 'A suppression comment names a rule id that does not exist (a misspelling)'),
    rationale: bi(
      '屏蔽注释（`<!-- nianbao-disable-next-line 规则id -->`、`nianbao-disable`、`nianbao-enable`）里写错的规则 id 不会屏蔽任何问题，也不会报错，原本想屏蔽的问题仍会报告，或者想重新启用的规则仍被屏蔽。本规则指出不存在的 id，并给出最接近的规则 id；只有一个接近的 id 时，修复会把它改为该 id。`nianbao-enable` 中写错的 id 与该处仍在生效的 `nianbao-disable` 屏蔽的规则 id 相近（或只有一条屏蔽仍在生效，而它与任何规则 id 都不相近）时，按该 id 结束屏蔽（照写法读，屏蔽会一直生效到文件末尾，悄悄屏蔽其后的问题），并在此说明它结束的是哪一行的屏蔽。注释名本身写错（如 ESLint 式的 `nianbao-disable-line`；或 `nianbao` 之后用了空格、下划线、冒号或别的横线，如 `nianbao disable-next-line`、`nianbao_disable_next_line`、`nianbao‐disable`；或 `nianbao` 拼错，如 `nianboa-disable`）时，该注释同样不屏蔽任何问题，也在此报告，修复改为正确的写法（没有写规则 id 的不自动修改：改正后它会屏蔽所有规则）。大小写、下划线或别的横线写法不同的 id（`ROW-LABEL`、`row_label`、`row–label`，或后面夹着看不见的字符）按其本意屏蔽，同时在此提示规则列表中的写法，修复会改为该写法。只写说明、没有规则 id 的注释（`<!-- nianbao-disable-next-line 数据已核实 -->`）屏蔽所有规则，在此以提示级别说明；在说明前加 `--` 表示确要屏蔽所有规则。写成 Markdown 链接引用的注释（`[//]: # (nianbao-disable-next-line …)`）不是 HTML 注释，不屏蔽任何问题（与 markdownlint 相同），修复会改写为 HTML 注释。',
      'A misspelled rule id in a suppression comment (`<!-- nianbao-disable-next-line rule-id -->`, `nianbao-disable`, `nianbao-enable`) suppresses nothing and fails silently: the problem meant to be suppressed is still reported, or a rule meant to be enabled again stays off. This rule names the unknown id and the closest rule id; when exactly one id is close, the fix replaces the misspelling with it. A misspelt id in a `nianbao-enable` comment that is close to the id of a `nianbao-disable` block still in force there (or any id, when one block is in force and the id is close to no rule id) ends that block, as meant (read as written, the block would stay in force to the end of the file and silently hide every later finding of its rule); the note names the line of the block it ends. A comment whose name is wrong (ESLint\'s `nianbao-disable-line`; or a space, underscore, colon or another dash after `nianbao`, as in `nianbao disable-next-line`, `nianbao_disable_next_line`, `nianbao‐disable`; or `nianbao` misspelt, as in `nianboa-disable`) suppresses nothing either and is reported here too, with a fix that writes it right (not for one without a rule id: once right, it would silence every rule). An id written in another case, with an underscore or another dash (`ROW-LABEL`, `row_label`, `row–label`, or with an invisible character after it) is honoured as the id it means, and reported here with the catalogue\'s spelling, which the fix writes. A comment with a reason and no rule id (`<!-- nianbao-disable-next-line 数据已核实 -->`) suppresses every rule, which an info note here says; `--` before the reason says every rule is meant. A comment written as a Markdown link reference (`[//]: # (nianbao-disable-next-line …)`) is no HTML comment and suppresses nothing (as in markdownlint); the fix writes it as an HTML comment.'),
    example: { bad: '<!-- nianbao-disable-next-line row-lable -->', note: bi('应为 row-label', 'row-label was meant') },
  },
  check(ctx) {
    const lines = ctx.report.lines;
    // A comment name that is no directive (`nianbao-disable-line`, ESLint's form) suppresses nothing.
    for (const u of readUnknownDirectives(lines)) {
      const near = closestNames(u.name, [...DIRECTIVE_NAMES]);
      const names = DIRECTIVE_NAMES.map((n) => `nianbao-${n}`);
      ctx.add({
        message: bi(
          `未知的屏蔽注释“nianbao-${u.name}”，它不屏蔽任何问题：可用的是 ${names[0]}（下一行）、${names[1]} 与 ${names[2]}（其间各行）。`,
          `Unknown suppression comment "nianbao-${u.name}": it suppresses nothing. The comments are ${names[0]} (the next line), and ${names[1]} … ${names[2]} (the lines between).`),
        range: u.range,
        fix: near.length === 1 ? { title: bi(`改为“${near[0]}”`, `Change to “${near[0]}”`), edits: [{ range: u.range, newText: near[0] }] } : undefined,
        data: { id: u.name, suggestions: near },
      });
    }
    // `nianbao disable-next-line`, `nianbao_disable…`, `nianboa-disable…`: read as no comment of ours at all (helper-207 #3).
    for (const u of readMisspeltDirectives(lines)) {
      ctx.add({
        message: bi(
          `屏蔽注释的名称写成了“${u.written}”，应为“${u.meant}”：写法不对的注释不屏蔽任何问题。${u.ids ? '' : '它没有写规则 id，改正后会屏蔽所有规则：请写明要屏蔽的规则 id，未自动修改。'}`,
          `The suppression comment is written “${u.written}”; “${u.meant}” was meant: as written it suppresses nothing.${u.ids ? '' : ' It names no rule id, so once right it would silence every rule: name the rules to suppress. Not changed automatically.'}`),
        range: u.range,
        // Not for a comment without a rule id: written right, it would silence every rule there (helper-211 #1).
        fix: u.ids ? { title: bi(`改为“${u.meant}”`, `Change to “${u.meant}”`), edits: [{ range: u.range, newText: u.meant }] } : undefined,
        data: { id: u.written, suggestions: [u.meant] },
      });
    }
    // `[//]: # (nianbao-…)`: hidden like a comment, but no HTML comment (markdownlint reads none either).
    for (const l of readLinkReferenceDirectives(lines)) {
      ctx.add({
        message: bi(
          `Markdown 链接引用形式的注释不是屏蔽注释，它不屏蔽任何问题：屏蔽注释须写成 HTML 注释 ${l.comment}。`,
          `A Markdown link-reference comment is no suppression comment and suppresses nothing: write it as an HTML comment, ${l.comment}.`),
        range: l.range,
        fix: { title: bi('改为 HTML 注释', 'Change to an HTML comment'), edits: [{ range: l.range, newText: l.comment }] },
        data: { comment: l.comment },
      });
    }
    const directives = readDirectives(lines, knownRuleIds());
    if (!directives.length) return;
    const suggestable = [...RULES.map((r) => r.meta.id), UNUSED_DISABLE];
    // A misspelt id of an enable comment is read as the open block's id it was meant to be (suppress.ts, brk160 #1).
    const meant = enableIdsMeant(directives, knownRuleIds());
    for (const d of directives) {
      // A reason with no id before it and nothing to mark it as one (`<!-- nianbao-disable-next-line 数据已核实 -->`):
      // read as a reason, the comment covers every rule, as one without ids does; said, in case one rule was meant.
      if (!d.ids.length && d.reasonUnmarked && d.kind !== 'enable' && d.reasonRange) {
        const where = d.kind === 'disable' ? bi('此后各行', 'the lines that follow') : bi('下一行', 'the next line');
        ctx.add({
          message: bi(
            `nianbao-${d.kind} 注释没有写规则 id，“${d.reason}”读作说明，屏蔽${where.zh}的所有规则；只想屏蔽某条规则时，在说明前写上规则 id（如 <!-- nianbao-${d.kind} row-label -- ${d.reason} -->）；确要屏蔽所有规则时，在说明前加“--”。`,
            `The nianbao-${d.kind} comment names no rule id: “${d.reason}” is read as a reason, and every rule is suppressed on ${where.en}. To suppress one rule, write its id before the reason (<!-- nianbao-${d.kind} row-label -- ${d.reason} -->); to mean every rule, write “--” before the reason.`),
          range: d.reasonRange,
          severity: 'info',
          data: { reason: d.reason },
        });
      }
      d.ids.forEach((id, k) => {
        if (isKnownRuleId(id)) {
          // Honoured as the id it means (`SUM-APPLICANTS`, `row_label`, an invisible character after it), but written
          // as the rule catalogue writes it, others reading the draft find the rule.
          const as = d.written[k];
          if (as === id) return;
          const shown = showInvisible(as);
          ctx.add({
            message: bi(`nianbao-${d.kind} 注释中的规则 id 写作“${shown}”，规则列表中写作“${id}”（已按“${id}”屏蔽）。`, `The rule id “${shown}” in a nianbao-${d.kind} comment is written “${id}” in the rule catalogue (honoured as “${id}”).`),
            range: d.idRanges[k],
            fix: { title: bi(`改为“${id}”`, `Change to “${id}”`), edits: [{ range: d.idRanges[k], newText: id }] },
            data: { id: as, suggestions: [id] },
          });
          return;
        }
        const comment = `nianbao-${d.kind}`;
        const read = meant.get(d)?.[k];
        if (read) {
          // Read as the id of the block it closes: said, with the block it closes (read as written, the block would
          // stay open to the end of the file and hide every later finding of its rule).
          const zhIds = read.ids.map((x) => `“${x}”`).join('、');
          const enIds = read.ids.map((x) => `“${x}”`).join(', ');
          const zhLines = read.opened.map((l) => `第 ${l + 1} 行`).join('、');
          const enLines = read.opened.map((l) => `${l + 1}`).join(', ');
          ctx.add({
            message: bi(
              `${comment} 注释中的规则 id“${id}”不存在，已按${zhIds}读：它结束${zhLines}的 nianbao-disable 屏蔽（照写法读，该屏蔽会一直生效到文件末尾，屏蔽其后的所有此类问题）。请改为${zhIds}。`,
              `Unknown rule id “${id}” in a ${comment} comment, read as ${enIds}: it ends the nianbao-disable block of line${read.opened.length > 1 ? 's' : ''} ${enLines} (read as written, that block would stay in force to the end of the file, hiding every later such problem). Write ${enIds}.`),
            range: d.idRanges[k],
            fix: read.ids.length === 1 ? { title: bi(`改为“${read.ids[0]}”`, `Change to “${read.ids[0]}”`), edits: [{ range: d.idRanges[k], newText: read.ids[0] }] } : undefined,
            data: { id, suggestions: read.ids },
          });
          return;
        }
        const near = closestNames(id, suggestable);
        const zhNear = near.map((x) => `“${x}”`).join('或');
        const enNear = near.map((x) => `“${x}”`).join(' or ');
        ctx.add({
          message: near.length
            ? bi(`${comment} 注释中的规则 id“${id}”不存在，是否是${zhNear}？`, `Unknown rule id “${id}” in a ${comment} comment. Did you mean ${enNear}?`)
            : bi(`${comment} 注释中的规则 id“${id}”不存在，规则 id 见规则列表。`, `Unknown rule id “${id}” in a ${comment} comment; see the rule catalogue for the ids.`),
          range: d.idRanges[k],
          fix: near.length === 1 ? { title: bi(`改为“${near[0]}”`, `Change to “${near[0]}”`), edits: [{ range: d.idRanges[k], newText: near[0] }] } : undefined,
          data: { id, suggestions: near },
        });
      });
    }
  },
};
