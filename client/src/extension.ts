/**
 * The VS Code extension: a thin client. It starts the language server over IPC, forwards the `nianbao.*`
 * settings, registers the commands and shows the report's format and year in the status bar. No checking
 * logic lives here.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  ClientCommands, GetStatusRequest, InspectScheme, ServerCommands, SetOverrideRequest, StatusNotification,
  type ReportStatus, type SetOverrideParams,
} from '../../server/src/lsp/protocol.js';
import { defaultYear, draftFileNames, FIRST_YEAR, formatChoices, LAST_YEAR, overrideProblem, pairProblem, parseYear, yearProblem } from './newReport.js';

let client: LanguageClient | undefined;
const statuses = new Map<string, ReportStatus>();

/** Chinese unless the `nianbao.locale` setting or the editor's display language says English (as the server decides). */
const zh = () => {
  const set = vscode.workspace.getConfiguration('nianbao').get<string>('locale', 'auto');
  return set === 'auto' ? !vscode.env.language.toLowerCase().startsWith('en') : set !== 'en';
};
const t = (a: string, b: string) => (zh() ? a : b);

/** What the extension returns from `activate` (the editor tests read it). */
export interface NianbaoApi {
  client: LanguageClient;
  status(uri: vscode.Uri): ReportStatus | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<NianbaoApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server keeps V8's code cache in the extension's storage (server/src/boot/code-cache.ts); not when debugging,
  // where V8's other flags would refuse it.
  const codeCache = path.join(context.globalStorageUri.fsPath, 'code-cache');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env: { ...process.env, NIANBAO_CODE_CACHE: codeCache } } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'], env: { ...process.env, NIANBAO_CODE_CACHE: 'off' } } },
  };
  const selector = ['file', 'untitled'].flatMap((scheme) => ['nianbao', 'markdown', 'plaintext'].map((language) => ({ scheme, language })));
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    synchronize: {
      configurationSection: 'nianbao',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.md,*.markdown,*.txt,.nianbao.jsonc}'),
    },
    // `editor`: VS Code's UI (light bulb, status bar, Reopen with Encoding) whatever a build or fork calls itself
    // in clientInfo (code-server, Cursor…). `clientWatchesFiles`: the watcher above sends the file events, so the
    // server registers none of its own.
    initializationOptions: { settings: vscode.workspace.getConfiguration().get('nianbao'), editor: 'vscode', clientWatchesFiles: true },
    outputChannelName: 'Nianbao',
  };
  client = new LanguageClient('nianbao', t('政府信息公开年报', 'Nianbao'), serverOptions, clientOptions);

  // Status bar: the detected (or overridden) format and year of the active report; click to override.
  const item = vscode.window.createStatusBarItem('nianbao.status', vscode.StatusBarAlignment.Right, 100);
  item.name = t('年报格式', 'Report format');
  item.command = ClientCommands.overrideFormat;
  context.subscriptions.push(item);
  const render = () => {
    const ed = vscode.window.activeTextEditor;
    const s = ed ? statuses.get(ed.document.uri.toString()) : undefined;
    if (!s || !s.isReport) { item.hide(); return; }
    const fmt = s.format === 'unknown' ? t('格式未知', 'format unknown') : s.format === 'pre2019' ? t('2019 前格式', 'pre-2019') : `${s.format} ${t('格式', 'format')}`;
    const year = s.year ? `${s.year}${t('年度', '')}` : t('年度未知', 'year unknown');
    // `*`: set for this file (the status bar) or by the project's .nianbao.jsonc, not detected.
    const byConfig = Boolean(s.config?.format || s.config?.year);
    const forced = s.override.format || s.override.year || byConfig ? ' *' : '';
    const unchecked = s.checked === false;
    item.text = `${unchecked ? '$(warning)' : '$(book)'} ${year} · ${fmt}${forced}${unchecked ? t(' · 未检查', ' · not checked') : ''}`;
    item.tooltip = unchecked
      ? t('年报：未检查此文件，原因见“问题”面板（点击可为此文件指定年度和格式）', 'Annual report: this file was not checked, the Problems view says why (click to set its year and format)')
      : forced
        ? t('年报：年度和格式（* 由 .nianbao.jsonc 或为此文件指定；点击可为此文件指定）', 'Annual report: year and format (* set by .nianbao.jsonc or for this file; click to set them for this file)')
        : t('年报：检测到的年度和格式（点击可为此文件指定）', 'Annual report: detected year and format (click to set them for this file)');
    item.show();
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(async (ed) => {
      render();
      if (ed && client?.isRunning() && !statuses.has(ed.document.uri.toString())) {
        const s = await client.sendRequest<ReportStatus | null>(GetStatusRequest, { uri: ed.document.uri.toString() }).catch(() => null);
        if (s) { statuses.set(s.uri, s); render(); }
      }
    }),
    vscode.workspace.onDidCloseTextDocument((d) => statuses.delete(d.uri.toString())),
  );

  // "What the engine read": a read-only virtual document per report.
  const inspectChanged = new vscode.EventEmitter<vscode.Uri>();
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(InspectScheme, {
    onDidChange: inspectChanged.event,
    async provideTextDocumentContent(uri) {
      const source = decodeURIComponent(uri.query);
      const text = await client?.sendRequest<string | null>('workspace/executeCommand', { command: ServerCommands.inspect, arguments: [source] });
      return text ?? t('（引擎没有读到这个文件）', '(the engine could not read this file)');
    },
  }));

  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.newReport, newReport),
    vscode.commands.registerCommand(ClientCommands.showEngineView, async (arg?: vscode.Uri) => {
      const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
      if (!uri) return undefined;
      const view = vscode.Uri.from({ scheme: InspectScheme, path: `/${path.basename(uri.path)}.inspect.txt`, query: encodeURIComponent(uri.toString()) });
      inspectChanged.fire(view);
      const doc = await vscode.workspace.openTextDocument(view);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
      return doc;
    }),
    vscode.commands.registerCommand(ClientCommands.checkWorkspace, async () => {
      const r = await client?.sendRequest<{ files: number; reports: number; problems: number }>('workspace/executeCommand', { command: ServerCommands.checkWorkspace, arguments: [] });
      if (r) void vscode.window.showInformationMessage(t(`已检查 ${r.reports} 份年报（共读取 ${r.files} 个文件），发现 ${r.problems} 个问题。`, `Checked ${r.reports} reports (${r.files} files read): ${r.problems} problems.`));
      return r;
    }),
    vscode.commands.registerCommand(ClientCommands.overrideFormat, overrideFormat),
    vscode.commands.registerCommand(ClientCommands.restartServer, async () => { await client?.restart(); }),
  );

  client.onNotification(StatusNotification, (s: ReportStatus) => {
    statuses.set(s.uri, s);
    render();
  });
  await client.start();
  render();
  return { client, status: (uri) => statuses.get(uri.toString()) };
}

async function overrideFormat(arg?: vscode.Uri): Promise<void> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri || !client) return;
  const cur = statuses.get(uri.toString());
  const pickF = await vscode.window.showQuickPick([
    { label: t('自动检测', 'Detect automatically'), id: null },
    { label: t('2021 格式（国办公开办函〔2021〕30号）', '2021 format (国办公开办函〔2021〕30号)'), id: '2021' },
    { label: t('2019 格式（国办公开办函〔2019〕60号）', '2019 format (国办公开办函〔2019〕60号)'), id: '2019' },
    { label: t('2019 年以前（无统一表格）', 'Before 2019 (no national tables)'), id: 'pre2019' },
  ].map((x) => ({ ...x, picked: (cur?.override.format ?? null) === x.id })), { title: t('此文件的年报格式', 'Report format for this file') });
  if (!pickF) return;
  const yearText = await vscode.window.showInputBox({
    title: t('此文件的报告年度（留空为自动检测）', 'Report year for this file (empty: detect)'),
    value: cur?.override.year ? String(cur.override.year) : '',
    // The years the server's setOverride accepts (those of a new report), empty = detect; with a format picked, a
    // year it goes with (said while typing, not as an error after Enter: brk103 #1).
    validateInput: (v) => overrideProblem(v, pickF.id, zh()),
  });
  if (yearText === undefined) return;
  const params: SetOverrideParams = { uri: uri.toString(), format: pickF.id as SetOverrideParams['format'], year: yearText.trim() ? parseYear(yearText) : null };
  try {
    const s = await client.sendRequest<ReportStatus | null>(SetOverrideRequest, params);
    if (s) statuses.set(s.uri, s);
  } catch (e) {
    // A format the year cannot have (the server's formatYearMismatch, in the diagnostics' language): said, not failed.
    void vscode.window.showErrorMessage((e as Error).message);
  }
}

/**
 * New report from template: report year, then a format that year may use (the one it requires first; asked only
 * when there is a choice), then the agency → a complete draft, opened as an untitled document named after it
 * (`newReport.ts` holds the choices). Arguments (editor tests, other extensions) skip the prompts; an impossible
 * format and year are refused here, and a refusal of the server is an error message, not a failed command.
 */
async function newReport(opts?: { format?: string; year?: number; agency?: string; save?: vscode.Uri }): Promise<vscode.TextDocument | undefined> {
  let { format, year, agency } = opts ?? {};
  if (!year) {
    const y = await vscode.window.showInputBox({
      title: t('报告年度', 'Report year'),
      prompt: t(`${FIRST_YEAR}–${LAST_YEAR} 年之间，报告统计的那一年`, `From ${FIRST_YEAR} to ${LAST_YEAR}: the year the report covers`),
      value: String(defaultYear()),
      validateInput: (v) => yearProblem(v, zh()),
    });
    if (y === undefined) return undefined;
    const parsed = parseYear(y);
    if (parsed === null) return undefined;
    year = parsed;
  }
  if (!format) {
    const choices = formatChoices(year, zh());
    if (choices.length === 1) format = choices[0].format;
    else {
      const pick = await vscode.window.showQuickPick(choices, { title: t(`${year} 年度报告的格式`, `Format of the ${year} report`) });
      if (!pick) return undefined;
      format = pick.format;
    }
  }
  const refused = pairProblem(format, year, zh());
  if (refused) { void vscode.window.showErrorMessage(refused); return undefined; }
  // The agency is asked for again, with the server's reason shown under it, while the server refuses it (a year or the
  // title's words in it: brk93 #5); one passed as an argument is refused with an error message.
  const asked = agency === undefined;
  let rejected: { value: string; why: string } | null = null;
  let text: string | undefined;
  for (;;) {
    if (agency === undefined || rejected) {
      const last = rejected;
      agency = await vscode.window.showInputBox({
        title: t('机关名称', 'Agency name'),
        placeHolder: t('例如：某某市某某局', 'e.g. 某某市某某局'),
        value: last?.value,
        validateInput: (v) => (last && v === last.value ? last.why : undefined),
      });
      if (agency === undefined) return undefined;
    }
    try {
      text = await client?.sendRequest<string>('workspace/executeCommand', { command: ServerCommands.newReport, arguments: [{ format, year, agency }] });
      break;
    } catch (e) {
      const field = (e as { data?: { field?: unknown } }).data?.field;
      if (asked && field === 'agency') {
        rejected = { value: agency, why: (e as Error).message };
        continue;
      }
      void vscode.window.showErrorMessage((e as Error).message);
      return undefined;
    }
  }
  if (!text) return undefined;
  let doc: vscode.TextDocument;
  if (opts?.save) {
    await vscode.workspace.fs.writeFile(opts.save, new TextEncoder().encode(text));
    doc = await vscode.workspace.openTextDocument(opts.save);
  } else {
    doc = await openDraft(draftFileNames(agency, year), text);
  }
  await vscode.window.showTextDocument(doc);
  return doc;
}

/**
 * Opens `text` as an untitled document under the first of `names` free in the first workspace folder (else the home
 * folder): Save proposes that name, not the draft's first line. VS Code refuses an untitled path whose file exists,
 * so names already taken on disk or by an open draft are skipped; failing all, a plain untitled document.
 */
async function openDraft(names: string[], text: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
  for (const name of names) {
    const target = vscode.Uri.joinPath(folder, name);
    const uri = vscode.Uri.from({ scheme: 'untitled', path: target.path });
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) continue;
    if (await vscode.workspace.fs.stat(target).then(() => true, () => false)) continue;
    try {
      let doc = await vscode.workspace.openTextDocument(uri);
      if (doc.getText()) continue;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(0, 0), text);
      if (!(await vscode.workspace.applyEdit(edit))) continue;
      if (doc.languageId !== 'nianbao') doc = await vscode.languages.setTextDocumentLanguage(doc, 'nianbao');
      return doc;
    } catch {
      // Created on disk meanwhile, or a file system without that folder: try the next name.
    }
  }
  return vscode.workspace.openTextDocument({ language: 'nianbao', content: text });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
