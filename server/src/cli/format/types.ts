import type { DetectedFormat, Finding, Locale } from '../../core/index.js';

/** One checked file, as the formatters see it. */
export interface FileResult {
  /** The path as given or found (relative to the working directory when under it). */
  path: string;
  /** Absolute path. */
  absPath: string;
  format: DetectedFormat;
  year: number | null;
  findings: Finding[];
  /** The text as read (for fingerprints and context); absent when the file could not be read. */
  text?: string;
  /** Set when the file could not be checked (missing, binary, undecodable, too large). */
  error?: string;
  /** Summary of the tables for review outputs. */
  report?: import('../../core/index.js').Report;
  /** Last year's report used by the cross-year rules, if any. */
  previousPath?: string;
}

export interface FormatContext {
  locale: Locale;
  color: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** A formatter turns the results of one `nianbao check` run into what it prints on stdout. */
export type Formatter = (results: FileResult[], ctx: FormatContext) => string;
