/**
 * The server's protocol beyond standard LSP: custom messages and command ids shared by the server and the
 * VS Code client (the client bundles this file; it imports nothing).
 */

/** A report's detected (or overridden) format and year, for the status bar. */
export interface ReportStatus {
  uri: string;
  /** Whether the server treats the document as a report (nianbao language, or a recognised Markdown/text). */
  isReport: boolean;
  format: 'pre2019' | '2019' | '2021' | 'unknown';
  year: number | null;
  /** What the user forced for this file (status bar click); absent when detected. */
  override: { format?: 'pre2019' | '2019' | '2021'; year?: number };
  /** What the project's `.nianbao.jsonc` forces for this file (its overrides); a status-bar `override` wins over it. */
  config: { format?: 'pre2019' | '2019' | '2021'; year?: number };
  /**
   * Whether the document was checked: false for one that is not a report, and for one whose `not-checked` note says
   * why it was not (a forced format and year that do not go together, binary, too large, decoded wrongly). A document
   * not checked because what was forced does not go together has that forced `format` and `year` (not what was
   * detected, with which it was not checked either).
   */
  checked: boolean;
  /** Counts of the published diagnostics by severity. */
  errors: number;
  warnings: number;
}

/** Server → client notification: a document's status changed. */
export const StatusNotification = 'nianbao/status';
/** Client → server request `{ uri }` → `ReportStatus | null`. */
export const GetStatusRequest = 'nianbao/getStatus';

/**
 * Client → server request: force (or, with null, stop forcing) a document's format and/or year (a report year
 * from 2008 to 2099, as for a new report) → `ReportStatus | null`. The server answers anything else with
 * InvalidParams, and so a forced format and year that cannot go together (`formatYearMismatch`: 2021 with 2019),
 * leaving the override as it was.
 */
export interface SetOverrideParams {
  uri: string;
  format?: 'pre2019' | '2019' | '2021' | null;
  year?: number | null;
}
export const SetOverrideRequest = 'nianbao/setOverride';

/** Commands that the server executes (`workspace/executeCommand`); the client registers its own under `nianbao.*`. */
export const ServerCommands = {
  /**
   * args: [uri] or [{ uri }] → string, the engine's reading of the document (the `nianbao inspect` view), or null
   * when there is no such document or file; another argument is answered with InvalidParams.
   */
  inspect: 'nianbao.server.inspect',
  /** args: [{ format, year, agency }] → string, a complete draft. */
  newReport: 'nianbao.server.newReport',
  /**
   * args: [] → { files, reports, problems }: checks every report of the workspace folders now, the open ones by their
   * current text; `files` listed, `reports` among them, `problems` their diagnostics.
   */
  checkWorkspace: 'nianbao.server.checkWorkspace',
  /**
   * args: [reason] → null: shows `reason` (window/showMessage). The `command` of a code action resolved when its fix no
   * longer applies (`resolveCodeAction`): VS Code drops a resolved action's `disabled` and runs its `command`, so the
   * click says why instead of doing nothing.
   */
  fixGone: 'nianbao.server.fixGone',
} as const;

/** Commands contributed by the extension (package.json `contributes.commands`). */
export const ClientCommands = {
  newReport: 'nianbao.newReport',
  showEngineView: 'nianbao.showEngineView',
  checkWorkspace: 'nianbao.checkWorkspace',
  overrideFormat: 'nianbao.overrideFormat',
  restartServer: 'nianbao.restartServer',
} as const;

/** The URI scheme of the read-only "what the engine read" documents. */
export const InspectScheme = 'nianbao-inspect';

/** The code action kind of "fix all" for this server (`editor.codeActionsOnSave`). */
export const FixAllKind = 'source.fixAll.nianbao';

/** Client → server request `{}` → `{ parses, checks, paragraphsRead, paragraphsReused, partsParsed, partsReused }`: how often the engine ran, and how many prose paragraphs, and reports of a text of several, were read or taken over from a previous version (tests and the bench); pending validations run first. */
export const DebugStatsRequest = 'nianbao/debugStats';
