// A minimal LSP client over stdio (Content-Length framing), standard library only; adapted from the smoke-check
// client in ../shared/checks. It keeps no log of notifications: a waiter sees only what arrives after it.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { onMessages, frame } from './framing.mjs';

export function startServer(cmd, args, { cwd = process.cwd(), env = process.env } = {}) {
  const proc = spawn(cmd, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let nextId = 1;
  const pending = new Map();
  const waiters = new Set();
  const collectors = new Set();
  let stderr = '';
  proc.stderr.on('data', (d) => { if (stderr.length < 100000) stderr += d; });
  proc.stdin.on('error', () => { /* server gone; the waiters time out */ });
  const send = (msg) => proc.stdin.write(frame(msg));
  const onMessage = (msg) => {
    if (msg.id !== undefined && msg.method) {
      // Requests from the server: answer the usual ones so it never waits on us.
      const result = msg.method === 'workspace/configuration' ? (msg.params?.items ?? []).map(() => null)
        : msg.method === 'workspace/workspaceFolders' ? [] : null;
      send({ id: msg.id, result });
    } else if (msg.id !== undefined) {
      const p = pending.get(msg.id);
      if (p) { pending.delete(msg.id); msg.error ? p.reject(new Error(JSON.stringify(msg.error))) : p.resolve(msg.result); }
    } else {
      for (const c of collectors) if (c.pred(msg)) c.list.push({ msg, at: performance.now() });
      for (const w of [...waiters]) if (w.pred(msg)) { waiters.delete(w); clearTimeout(w.timer); w.resolve({ msg, at: performance.now() }); }
    }
  };
  onMessages(proc.stdout, onMessage);
  const request = (method, params, timeoutMs = 60000) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    send({ id, method, params });
    setTimeout(() => { if (pending.delete(id)) reject(new Error(`timeout on ${method}`)); }, timeoutMs).unref();
  });
  const notify = (method, params) => send({ method, params });
  /** Resolves with `{ msg, at }` (at = performance.now() on arrival) for the next notification matching `pred`. */
  const waitFor = (pred, timeoutMs = 60000) => new Promise((resolve, reject) => {
    const w = { pred, resolve, timer: null };
    w.timer = setTimeout(() => { waiters.delete(w); reject(new Error('timeout waiting for a notification')); }, timeoutMs);
    waiters.add(w);
  });
  /** Records every notification matching `pred` from now on (`{ msg, at }` in `list`) until `stop()`. */
  const collect = (pred) => {
    const c = { pred, list: [] };
    collectors.add(c);
    return { list: c.list, stop: () => collectors.delete(c) };
  };
  const exited = new Promise((r) => proc.on('exit', r));
  const stop = async () => {
    try { await request('shutdown', null, 5000); notify('exit', null); } catch { /* already gone */ }
    const t = setTimeout(() => proc.kill(), 3000);
    await exited;
    clearTimeout(t);
  };
  return { proc, request, notify, waitFor, collect, stop, stderr: () => stderr };
}

/** `VmRSS` and `VmHWM` (peak) of a process from /proc, in bytes (null where /proc is not available). */
export function memoryOf(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`^${k}:\\s*(\\d+)`, 'm').exec(s)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: null, hwm: null };
  }
}

let tick = null;
/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (null without /proc). */
export function cpuOf(pid) {
  try {
    tick ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / tick;
  } catch {
    return null;
  }
}
