/**
 * The checker's core: pure functions from report text to the template model, findings and fixes.
 * No `vscode`, LSP, `fs` or `process` imports: the CLI and the language server adapt it.
 */
export * from './types.js';
export { LineIndex } from './text/lines.js';
export { labelKey, titleKey } from './text/normalize.js';
export { parseReport, classifySection, type Report, type ParseOptions } from './model/build.js';
export { TEMPLATES, templateOf, formatForYear } from './templates/index.js';
