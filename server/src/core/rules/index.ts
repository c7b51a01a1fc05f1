import type { Rule } from './rule.js';
import type { Bilingual } from '../types.js';
import { sectionMissing } from './section-missing.js';
import { sectionOrder } from './section-order.js';
import { sectionTitle } from './section-title.js';
import { sectionEmpty } from './section-empty.js';
import { ordinalMalformed } from './ordinal-malformed.js';
import { subheadingOrder } from './subheading-order.js';
import { tableMissing } from './table-missing.js';
import { tableEmpty } from './table-empty.js';
import { tableUnreadable } from './table-unreadable.js';
import { tableRepeated } from './table-repeated.js';
import { reportMultiple } from './report-multiple.js';
import { rowMissing } from './row-missing.js';
import { rowLabel } from './row-label.js';
import { rowDuplicate } from './row-duplicate.js';
import { rowOrder } from './row-order.js';
import { columnLabel } from './column-label.js';
import { cellCount } from './cell-count.js';
import { cellTabJoined } from './cell-tab-joined.js';
import { valueInLabel } from './value-in-label.js';
import { itemHeading } from './item-heading.js';
import { columnOrder } from './column-order.js';
import { formatMixed } from './format-mixed.js';
import { formatAnachronism } from './format-anachronism.js';
import { formatOutdated } from './format-outdated.js';
import { templateNote } from './template-note.js';
import { placeholderLeft } from './placeholder-left.js';
import { numberInvalid } from './number-invalid.js';
import { cellBlank } from './cell-blank.js';
import { sumBalance } from './sum-balance.js';
import { sumResults } from './sum-results.js';
import { sumApplicants } from './sum-applicants.js';
import { sumReview } from './sum-review.js';
import { sumSubtotal } from './sum-subtotal.js';
import { sumAppendix } from './sum-appendix.js';
import { countRelations } from './count-relations.js';
import { proseTable } from './prose-table.js';
import { proseSum } from './prose-sum.js';
import { prosePercent } from './prose-percent.js';
import { proseChange } from './prose-change.js';
import { yearMismatch } from './year-mismatch.js';
import { yearMissing } from './year-missing.js';
import { dateInvalid } from './date-invalid.js';
import { dateLate } from './date-late.js';
import { carryOver } from './carry-over.js';
import { stockFlow } from './stock-flow.js';
import { contentCopied } from './content-copied.js';
import { reportSameYear } from './report-same-year.js';
import { pageLeftover } from './page-leftover.js';
import { pageBreak } from './page-break.js';
import { lineSeparator } from './line-separator.js';
import { tableFullwidthPipe } from './table-fullwidth-pipe.js';
import { duplicateWord } from './duplicate-word.js';
import { disableUnknownRule } from './disable-unknown-rule.js';
import { disableInTable } from './disable-in-table.js';
import { commentInTable } from './comment-in-table.js';
import { tableBlankLine } from './table-blank-line.js';
import { commentUnclosed } from './comment-unclosed.js';
import { fenceUnclosed } from './fence-unclosed.js';
import { tableHeaderWidth } from './table-header-width.js';
import { tableIndented } from './table-indented.js';

export type { Rule, RuleMeta, RuleContext, RuleFinding, RuleCategory } from './rule.js';

/**
 * The rule registry, in the order of the rule catalogue (rules.md). Adding a rule is one new module and one
 * line here; its docs page and settings entry are generated from its metadata.
 */
export const RULES: readonly Rule[] = [
  // Structure
  sectionMissing, sectionOrder, sectionTitle, sectionEmpty, ordinalMalformed, subheadingOrder, tableMissing, tableEmpty, rowMissing, rowLabel, rowDuplicate,
  columnLabel, columnOrder, itemHeading, rowOrder, cellCount, cellTabJoined, valueInLabel, formatMixed, formatAnachronism, formatOutdated, templateNote, placeholderLeft, tableUnreadable, tableRepeated,
  tableFullwidthPipe, tableHeaderWidth, tableBlankLine, tableIndented, reportMultiple,
  // Numbers and arithmetic
  numberInvalid, cellBlank, sumBalance, sumResults, sumApplicants, sumSubtotal, sumReview, sumAppendix, countRelations,
  // Prose against tables and against itself
  proseTable, proseSum, prosePercent, proseChange,
  // Years, dates and leftovers
  yearMismatch, yearMissing, dateInvalid, dateLate, carryOver, stockFlow, contentCopied, reportSameYear, pageLeftover, pageBreak, lineSeparator, fenceUnclosed, duplicateWord,
  // Suppression comments
  disableUnknownRule, disableInTable, commentInTable, commentUnclosed,
];

/** The rule with this id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

/** The ids of the rules that compare with last year's report (`RuleMeta.usesLastYear`): those of every check first. */
export const LAST_YEAR_RULES: readonly string[] = [
  ...RULES.filter((r) => r.meta.usesLastYear === 'only'),
  ...RULES.filter((r) => r.meta.usesLastYear === 'also'),
].map((r) => r.meta.id);

/**
 * The ids of the rules that compare with last year's report in any format (`RuleMeta.lastYearAnyFormat`: the written
 * text, not only 表二 or 表三): they can run for a report in the pre-2019 form, or of 2019, too.
 */
export const LAST_YEAR_ANY_FORMAT_RULES: readonly string[] = RULES.filter((r) => r.meta.usesLastYear && r.meta.lastYearAnyFormat).map((r) => r.meta.id);

/**
 * The checks that are not made without last year's report, as the notes saying so name them (`RuleMeta.usesLastYear`):
 * `carry-over、stock-flow、content-copied、prose-change 中与上年报告的比较`, `carry-over, stock-flow, content-copied and prose-change's comparisons
 * with last year's report` (the subject of `… are not checked`).
 */
export function lastYearChecks(): Bilingual {
  const only = RULES.filter((r) => r.meta.usesLastYear === 'only').map((r) => r.meta.id);
  const also = RULES.filter((r) => r.meta.usesLastYear === 'also').map((r) => r.meta.id);
  const en = [...only, ...also.map((id) => `${id}'s comparisons with last year's report`)];
  return {
    zh: [...only, ...also.map((id) => `${id} 中与上年报告的比较`)].join('、'),
    en: en.length > 1 ? `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]}` : en.join(''),
  };
}
