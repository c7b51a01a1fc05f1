/**
 * The checker's core: pure functions from report text to the template model, findings and fixes.
 * No `vscode`, LSP, `fs` or `process` imports: the CLI and the language server adapt it.
 */
export * from './types.js';
export { LineIndex } from './text/lines.js';
export { inScriptOf, inTraditional } from './text/script.js';
export { htmlCells, type HtmlCell } from './parse/html.js';
export { labelKey, titleKey, editDistance } from './text/normalize.js';
export { closestName, closestNames } from './suggest.js';
export { parseReport, classifySection, sourceLinesOf, writtenLineOf, type Report, type ParseOptions, type ReportExtras } from './model/build.js';
export { followOn, forgetPrevious } from './prose/versions.js';
export { TEMPLATES, templateOf, formatForYear, tolerableOlderFormat, formatYearMismatch, reportYearProblem, FIRST_REPORT_YEAR, LAST_REPORT_YEAR, type Template } from './templates/index.js';
export { LAST_YEAR_ANY_FORMAT_RULES, LAST_YEAR_RULES, lastYearChecks, RULES, ruleById, type Rule, type RuleMeta } from './rules/index.js';
export { ownRelated, pick, severityRank, type SameYearFile } from './rules/rule.js';
export { isKnownRuleId } from './rules/disable-unknown-rule.js';
export { checkReport, analyze, offRuleFindings, sortFindings, type CheckOptions } from './check.js';
export { laterReports, previousInFile, reportParts, titledAgencies, type LaterReport, type ReportPart } from './model/combined.js';
export { applyFixes, editsOverlap, quotedEdit, TakenEdits, withQuoteMarkers, type ApplyResult } from './fix/apply.js';
export { pipeCellCount } from './text/blocks.js';
export { fixAll, fixAllSteps, runSteps, type FixAllOptions, type FixAllResult } from './fix/fix-all.js';
export { renderPipeTable, renderTable2, renderTable3, renderTable4, renderSectionTable, renderNewReport } from './fix/render.js';
export { agencyProblem, yearInAgency, TITLE_WORDS, type AgencyProblem } from './editor/agency.js';
export { displayWidth, layoutWidth, formatPipeTables } from './editor/pipeTables.js';
export { convertTableEdit, pastedLayout } from './editor/convert.js';
export { docsUrl, DOCS_BASE, PROJECT_HOME, ruleDocLinks, type LocalRuleDocs } from './docs.js';
export { applySuppressions, readDirectives, suppressionEdit, suppressionEdits, reportSuppressionEdits, pipeTableAround, UNUSED_DISABLE, UNUSED_DISABLE_META, type Directive, type DirectiveKind } from './suppress.js';
export { ConfigSchema, CONFIG_FILE_NAME, CONFIG_SETTINGS, CONFIGURABLE_IDS, UNUSED_DESCRIPTION, configJsonSchema, configText, parseConfig, formatConfigIssues, settingsForFile, unmatchedGlobs, globProblem, literalParens, type UnmatchedGlob, type NianbaoConfig, type ConfigIssue, type ConfigResult, type FileSettings } from './config.js';
export { summarizeTables, tablesChecked, type SummaryFindings, type TableCheck, type TableCheckStatus } from './summary.js';
export { bestPreviousByKey, findPreviousReport, findPreviousByKey, namedYears, namedYearsText, otherNameYear, previousOfOtherAgency, previousOfWrongYear, previousPart, reportKey, servesCrossYear, yearConflicts, type NamedYear, type PreviousCandidate, type ReportKey } from './previous.js';
