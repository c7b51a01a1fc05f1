/**
 * The VS Code extension: a thin client. It starts the language server over IPC, forwards the `nianbao.*`
 * settings, registers the commands and shows the report's format and year in the status bar. No checking
 * logic lives here.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  ClientCommands, GetStatusRequest, InspectScheme, ServerCommands, SetOverrideRequest, StatusNotification,
  type ReportStatus, type SetOverrideParams,
} from '../../server/src/lsp/protocol.js';

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
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const selector = ['file', 'untitled'].flatMap((scheme) => ['nianbao', 'markdown', 'plaintext'].map((language) => ({ scheme, language })));
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    synchronize: {
      configurationSection: 'nianbao',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.md,*.markdown,*.txt,.nianbao.jsonc}'),
    },
    initializationOptions: { settings: vscode.workspace.getConfiguration().get('nianbao') },
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
    const forced = s.override.format || s.override.year ? ' *' : '';
    item.text = `$(book) ${year} · ${fmt}${forced}`;
    item.tooltip = t('年报：检测到的年度和格式（点击可为此文件指定）', 'Annual report: detected year and format (click to set them for this file)');
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
    validateInput: (v) => (!v.trim() || /^(19|20)\d{2}$/.test(v.trim()) ? null : t('请输入四位年份', 'Enter a four-digit year')),
  });
  if (yearText === undefined) return;
  const params: SetOverrideParams = { uri: uri.toString(), format: pickF.id as SetOverrideParams['format'], year: yearText.trim() ? Number(yearText.trim()) : null };
  const s = await client.sendRequest<ReportStatus | null>(SetOverrideRequest, params);
  if (s) statuses.set(s.uri, s);
}

/** New report from template: format, report year and agency → a complete draft in a new editor. */
async function newReport(opts?: { format?: string; year?: number; agency?: string; save?: vscode.Uri }): Promise<vscode.TextDocument | undefined> {
  let { format, year, agency } = opts ?? {};
  if (!format) {
    const pick = await vscode.window.showQuickPick([
      { label: '2021', description: t('国办公开办函〔2021〕30号（2021 年度起）', '国办公开办函〔2021〕30号 (report years 2021 on)') },
      { label: '2019', description: t('国办公开办函〔2019〕60号（2019、2020 年度）', '国办公开办函〔2019〕60号 (2019 and 2020)') },
      { label: 'pre2019', description: t('2019 年以前的惯例章节', 'conventional sections before 2019') },
    ], { title: t('年报格式', 'Report format') });
    if (!pick) return undefined;
    format = pick.label;
  }
  if (!year) {
    const def = String(new Date().getFullYear() - 1);
    const y = await vscode.window.showInputBox({ title: t('报告年度', 'Report year'), value: def, validateInput: (v) => (/^(19|20)\d{2}$/.test(v.trim()) ? null : t('请输入四位年份', 'Enter a four-digit year')) });
    if (!y) return undefined;
    year = Number(y.trim());
  }
  if (agency === undefined) {
    agency = await vscode.window.showInputBox({ title: t('机关名称', 'Agency name'), placeHolder: t('例如：某某市某某局', 'e.g. 某某市某某局') });
    if (agency === undefined) return undefined;
  }
  const text = await client?.sendRequest<string>('workspace/executeCommand', { command: ServerCommands.newReport, arguments: [{ format, year, agency }] });
  if (!text) return undefined;
  let doc: vscode.TextDocument;
  if (opts?.save) {
    await vscode.workspace.fs.writeFile(opts.save, new TextEncoder().encode(text));
    doc = await vscode.workspace.openTextDocument(opts.save);
  } else {
    doc = await vscode.workspace.openTextDocument({ language: 'nianbao', content: text });
  }
  await vscode.window.showTextDocument(doc);
  return doc;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
