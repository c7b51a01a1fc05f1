// A small LSP client for the protocol tests: starts the bundled server (dist/server.js --stdio) and speaks
// JSON-RPC with Content-Length framing. Standard library only.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { core } from '../helpers.mjs';
export { otherFigures } from '../helpers.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const shared = path.resolve(root, '../shared');

/**
 * The real 洪泽 2023 and 2024 reports (corpus peers) for the cross-year tests: `carrying2023` is the 2023 one made to
 * carry 2 applications (自然人 2, 总计 2) into 2024, whose 上年结转 says 0, so that carry-over fires.
 */
export function hongzeReports() {
  const read = (year) => readFileSync(path.join(shared, `corpus/peers/kiro_hongze-district_${year}.txt`), 'utf8');
  const y2023 = read(2023), y2024 = read(2024);
  const carry0 = '四、结转下年度继续办理                            0    0   0   0    0    0   0';
  const carry2 = '四、结转下年度继续办理                            2    0   0   0    0    0   2';
  if (y2023.split(carry0).length !== 2) throw new Error('the 2023 report no longer carries 0 in one row');
  return { y2023, y2024, carrying2023: y2023.replace(carry0, carry2) };
}
/** The carry-over diagnostics of a publication. */
export const carryOverOf = (ds) => ds.filter((d) => d.code === 'carry-over');
/** The notes naming two or more equally good candidates for last year's report. */
export const previousTiedOf = (ds) => ds.filter((d) => d.code === 'previous-tied');

/**
 * Starts the server (`serverPath`: the bundle to run, default the checkout's dist/server.js). `config` answers
 * `workspace/configuration` (the `nianbao` section); change it and send `workspace/didChangeConfiguration` to apply.
 * `env`: the server's environment (default this process's). `handlers`: answers to requests from the server, by method,
 * over the default ones (a handler may return a promise: the answer is sent when it settles; one that never settles
 * leaves the request unanswered). `spawnOptions`: more options of the server's process (`{ uid, gid }` to run it as
 * another user).
 */
export function startServer({ config = null, serverPath = path.join(root, 'dist/server.js'), env = process.env, handlers: own = {}, spawnOptions = {} } = {}) {
  const proc = spawn(process.execPath, [serverPath, '--stdio'], { ...spawnOptions, stdio: ['pipe', 'pipe', 'pipe'], env });
  let buf = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map();
  const listeners = [];
  const notifications = [];
  const state = { config };
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const send = (msg) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  };
  const handlers = {
    'workspace/configuration': (p) => (p.items || []).map((it) => (it.section === 'nianbao' ? state.config : null)),
    'client/registerCapability': () => null,
    'window/workDoneProgress/create': () => null,
    'workspace/workspaceFolders': () => [],
    ...own,
  };
  proc.stdout.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const sep = buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const m = /Content-Length:\s*(\d+)/i.exec(buf.subarray(0, sep).toString('ascii'));
      if (!m) { buf = buf.subarray(sep + 4); continue; }
      const len = Number(m[1]);
      if (buf.length < sep + 4 + len) return;
      const msg = JSON.parse(buf.subarray(sep + 4, sep + 4 + len).toString('utf8'));
      buf = buf.subarray(sep + 4 + len);
      if (msg.id !== undefined && msg.method) {
        const h = handlers[msg.method];
        const result = h ? h(msg.params) : null;
        if (result && typeof result.then === 'function') void result.then((r) => send({ id: msg.id, result: r }));
        else send({ id: msg.id, result });
      } else if (msg.id !== undefined) {
        const p = pending.get(msg.id);
        if (p) { pending.delete(msg.id); msg.error ? p.reject(new Error(JSON.stringify(msg.error))) : p.resolve(msg.result); }
      } else {
        notifications.push(msg);
        for (const l of [...listeners]) l(msg);
      }
    }
  });
  const request = (method, params, timeoutMs = 20000) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    send({ id, method, params });
    setTimeout(() => { if (pending.delete(id)) reject(new Error(`timeout on ${method}; stderr: ${stderr.slice(-500)}`)); }, timeoutMs).unref();
  });
  const notify = (method, params) => send({ method, params });
  /** The first notification from index `since` on that matches. */
  const waitFor = (pred, timeoutMs = 20000, since = 0) => new Promise((resolve, reject) => {
    for (let i = since; i < notifications.length; i++) if (pred(notifications[i])) return resolve(notifications[i]);
    const l = (msg) => { if (pred(msg)) { listeners.splice(listeners.indexOf(l), 1); resolve(msg); } };
    listeners.push(l);
    setTimeout(() => { const i = listeners.indexOf(l); if (i >= 0) { listeners.splice(i, 1); reject(new Error('timeout waiting for a notification')); } }, timeoutMs).unref();
  });
  const stop = async () => {
    try { await request('shutdown', null, 3000); notify('exit', null); } catch { /* gone */ }
    await new Promise((r) => { const t = setTimeout(() => { proc.kill(); r(); }, 2000); proc.once('exit', () => { clearTimeout(t); r(); }); });
  };
  /** The id of the request sent last (for a `$/cancelRequest`). */
  const lastRequestId = () => nextId - 1;
  return { proc, request, notify, waitFor, notifications, stop, state, stderr: () => stderr, lastRequestId };
}

export const CAPABILITIES = {
  textDocument: {
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true, versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'refactor.rewrite', 'source', 'source.fixAll'] } } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: false } },
  },
  workspace: { configuration: true, workspaceFolders: true },
};

/**
 * `CAPABILITIES` of a client that resolves code actions (codeAction/resolve): `data` kept, the `properties` given
 * resolvable (`edit`; VS Code's language client 11: `edit` and `command`), `disabled` shown when `disabledSupport`.
 */
export function resolvingCapabilities({ properties = ['edit', 'command'], disabledSupport = true } = {}) {
  return {
    ...CAPABILITIES,
    textDocument: {
      ...CAPABILITIES.textDocument,
      codeAction: { ...CAPABILITIES.textDocument.codeAction, dataSupport: true, ...(disabledSupport ? { disabledSupport } : {}), resolveSupport: { properties } },
    },
  };
}

/** VS Code's `clientInfo` (what its language client sends at initialize): the server words some notes for it. */
export const VS_CODE = { name: 'Visual Studio Code', version: '1.95.0' };

/** Starts and initializes a server (with the client `capabilities` and `clientInfo` given); returns the client plus helpers bound to it. */
export async function session({ locale = 'zh-cn', config = null, workspaceFolders = null, initializationOptions, capabilities = CAPABILITIES, serverPath, env, handlers, clientInfo, spawnOptions } = {}) {
  const srv = startServer({ config, serverPath, env, handlers, spawnOptions });
  const init = await srv.request('initialize', {
    processId: process.pid, rootUri: workspaceFolders?.[0] ?? null, locale, capabilities,
    workspaceFolders: workspaceFolders ? workspaceFolders.map((uri) => ({ uri, name: path.basename(uri) })) : null,
    initializationOptions, clientInfo,
  });
  srv.notify('initialized', {});
  const versions = new Map();
  const texts = new Map();
  /** Diagnostics published for `uri` after notification index `since` (optionally for a version, or matching `where`). */
  const diagnostics = (uri, since, { version, timeoutMs, where } = {}) => srv.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version) && (!where || where(m.params.diagnostics)), timeoutMs ?? 20000, since).then((m) => m.params.diagnostics);
  const open = async (uri, text, languageId = 'markdown') => {
    const since = srv.notifications.length;
    versions.set(uri, 1);
    texts.set(uri, text);
    srv.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return { since };
  };
  const openAndWait = async (uri, text, languageId = 'markdown') => {
    const { since } = await open(uri, text, languageId);
    return diagnostics(uri, since, { version: 1 });
  };
  /** Replaces the whole text (full-text change event) and waits for the new version's diagnostics. */
  const replace = async (uri, text) => {
    const v = versions.get(uri) + 1;
    versions.set(uri, v);
    texts.set(uri, text);
    const since = srv.notifications.length;
    srv.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    return diagnostics(uri, since, { version: v });
  };
  /**
   * Sends incremental changes (`contentChanges` with ranges, applied one after another, as an editor sends typing)
   * and waits for the new version's diagnostics. The text after them is in `texts`.
   */
  const change = async (uri, contentChanges) => {
    const v = versions.get(uri) + 1;
    versions.set(uri, v);
    texts.set(uri, contentChanges.reduce((text, c) => applyEdits(text, [{ range: c.range, newText: c.text }]), texts.get(uri)));
    const since = srv.notifications.length;
    srv.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges });
    return diagnostics(uri, since, { version: v });
  };
  return { srv, init, diagnostics, open, openAndWait, replace, change, versions, texts };
}

/**
 * A session (`session`, started with `options`) beside a temporary folder `nianbao-<prefix>-…` holding `files` (a
 * path in the folder, `/` between its parts → its text; subfolders made), written before the server starts, as the
 * tests of last year's report found on disk need. Returns the session with `dir` (the folder), `path(rel)` and
 * `uri(rel)` of a file in it, and `close()`, which stops the server and removes the folder.
 */
export async function reportFolder(prefix, files = {}, options = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `nianbao-${prefix}-`));
  const at = (rel) => path.join(dir, ...rel.split('/'));
  let s;
  try {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(at(rel)), { recursive: true });
      writeFileSync(at(rel), text);
    }
    s = await session(options);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const close = async () => {
    try { await s.srv.stop(); } finally { rmSync(dir, { recursive: true, force: true }); }
  };
  return { ...s, dir, path: at, uri: (rel) => pathToFileURL(at(rel)).href, close };
}

/** Applies LSP TextEdits (non-overlapping) to a string. */
export function applyEdits(text, edits) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const off = (p) => Math.min((lineStarts[p.line] ?? text.length) + p.character, text.length);
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => off(b.e.range.start) - off(a.e.range.start) || b.i - a.i);
  for (const { e } of sorted) text = text.slice(0, off(e.range.start)) + e.newText + text.slice(off(e.range.end));
  return text;
}

/** The edits of a code action for `uri`. */
export function editsOf(action, uri) {
  return action?.edit?.changes?.[uri] ?? (action?.edit?.documentChanges ?? []).flatMap((c) => c.edits ?? []);
}

/** The 2021 draft of the smoke check: six headings, no tables. */
export const DRAFT_2024 = ['某某局2024年政府信息公开工作年度报告', '', '一、总体情况', '', '2024年，本局认真贯彻《中华人民共和国政府信息公开条例》。', '',
  '二、主动公开政府信息情况', '', '三、收到和处理政府信息公开申请情况', '', '四、政府信息公开行政复议、行政诉讼情况', '',
  '五、存在的主要问题及改进情况', '', '无。', '', '六、其他需要报告的事项', '', '无。', ''].join('\n');

/** Diagnostics without the fields that name the document or its version (to compare two documents' diagnostics). */
export const stripDiagnostics = (ds) => ds.map((d) => ({ ...d, data: d.data ? { ...d.data, version: 0 } : d.data, relatedInformation: d.relatedInformation?.map((r) => ({ message: r.message, range: r.location.range })) }));

/** The display columns (East Asian width, `core.displayWidth`) of the pipes of each line of the pipe table around 0-based line `at` of `text`, one string per line. */
export function pipeColumns(text, at) {
  const lines = text.split('\n');
  let a = at, b = at;
  while (a > 0 && lines[a - 1].startsWith('|')) a--;
  while (b + 1 < lines.length && lines[b + 1].startsWith('|')) b++;
  return lines.slice(a, b + 1).map((l) => {
    const cols = [];
    for (let i = 0; i < l.length; i++) if (l[i] === '|') cols.push(core.displayWidth(l.slice(0, i)));
    return cols.join(',');
  });
}

/**
 * The completion item `label` at `line`:`character` of `text` opened as `uri` in session `s`, and the text once it is
 * accepted (its textEdit and additionalTextEdits applied, replace mode). Fails when no item has that label.
 */
export async function acceptCompletion(s, uri, text, line, character, label) {
  await s.openAndWait(uri, text, 'nianbao');
  const c = await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  const items = Array.isArray(c) ? c : c.items;
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no completion ${label}: ${items.map((i) => i.label).join(' / ')}`);
  return { item, after: applyEdits(text, [item.textEdit, ...(item.additionalTextEdits ?? [])]) };
}
