#!/usr/bin/env node
// Bench section 2: the language server (node dist/server.js --stdio) against the floor server
// (bench/floor-server.mjs), both driven over stdio by the same client in this process:
//  - a 10,000-line draft: didOpen → first diagnostics (the first open of a fresh server, and the median of later
//    opens under new URIs; ours once more without V8's code cache, the first server's start), then single-character inserts and deletes at varied positions, each sent as an
//    incremental didChange and timed until the publishDiagnostics of that version arrives (p50, p95);
//  - a 10 MB draft: the same per-keystroke latency, and the server's memory (VmHWM and VmRSS from /proc).
// Run by bench/run.mjs; alone: node bench/lsp.mjs [--quick] [--keys N] [--keys10 N] [--only10k | --only10mb] [--profile [--profile-interval µs]]
// [--verbose: each keystroke's latency, in order]
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDraft, ROOT } from './lib/gen.mjs';
import { rng } from './lib/rng.mjs';
import { startServer, memoryOf, cpuOf } from './lib/lsp-client.mjs';
import { OUT, median, quantile, round, writeResult, log, args } from './lib/stats.mjs';

const opt = args();
const quick = Boolean(opt.quick);
const KEYS = Number(opt.keys ?? (quick ? 20 : 80));
const KEYS10 = Number(opt.keys10 ?? (quick ? 4 : 12));
const WARM = 3;
const OPENS = quick ? 2 : 4;

// --profile: the server writes a V8 CPU profile to bench/out/prof/ (open it in Chrome DevTools or VS Code).
const PROF = opt.profile ? ['--cpu-prof', ...(opt['profile-interval'] ? [`--cpu-prof-interval=${opt['profile-interval']}`] : []), `--cpu-prof-dir=${join(OUT, 'prof')}`] : [];
const SERVERS = {
  nianbao: [process.execPath, [...PROF, join(ROOT, 'dist', 'server.js'), '--stdio']],
  floor: [process.execPath, [join(ROOT, 'bench', 'floor-server.mjs')]],
};

/**
 * Keystrokes as LSP content changes: typing 1–3 characters at a random place (a prose line or a table cell),
 * then deleting them again one by one (backspace), so the text keeps its size and stays a report.
 */
function keystrokes(text, n, seed) {
  const r = rng(seed);
  const lines = text.split('\n');
  const out = [];
  while (out.length < n) {
    let line;
    do line = r.int(0, lines.length - 1); while (!lines[line].length);
    const col = r.int(0, lines[line].length);
    const chars = [...(r.chance(0.5) ? '政府信息公开工作年度报告' : '0123456789')];
    const k = r.int(1, 3);
    for (let i = 0; i < k; i++) out.push({ range: { start: { line, character: col + i }, end: { line, character: col + i } }, text: r.pick(chars) });
    for (let i = k - 1; i >= 0; i--) out.push({ range: { start: { line, character: col + i }, end: { line, character: col + i + 1 } }, text: '' });
  }
  return out.slice(0, n);
}

async function session(kind, text, { opens, keys, seed, label, env = {} }) {
  const [cmd, argv] = SERVERS[kind];
  const s = startServer(cmd, argv, { cwd: OUT, env: { ...process.env, ...env } });
  const isDiag = (uri, version) => (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version);
  const res = { kind, opens: [], opensComplete: [], keys: [], diagnostics: null, timeouts: 0, errors: [] };
  const timeout = Math.max(30000, text.length / 1000 * 50);
  try {
    await s.request('initialize', {
      processId: process.pid, rootUri: null, workspaceFolders: null, locale: 'zh-cn',
      capabilities: { textDocument: { synchronization: { didSave: false }, publishDiagnostics: { versionSupport: true, relatedInformation: true } } },
    }, 60000);
    s.notify('initialized', {});
    let uri = null;
    for (let i = 0; i < opens; i++) {
      if (uri) s.notify('textDocument/didClose', { textDocument: { uri } });
      uri = pathToFileURL(join(OUT, `${label}-${i}.nianbao.md`)).href;
      const wait = s.waitFor(isDiag(uri, 1), timeout);
      const all = s.collect(isDiag(uri, 1));
      const t0 = performance.now();
      s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
      try {
        const { at } = await wait;
        res.opens.push(at - t0);
        // A server may publish a long document's findings in steps (ours: tables and structure first, then the
        // prose rules): the open is complete at the last publish for version 1 (none follows within a second, or
        // within three times the first publish's time: on the 10 MB draft the second publish comes about a second
        // after the first, and a busy machine made a one-second wait miss it).
        const quiet = Math.max(1000, 3 * (at - t0));
        let seen = 0;
        while (all.list.length !== seen) {
          seen = all.list.length;
          await new Promise((r) => setTimeout(r, quiet));
        }
        const last = all.list[all.list.length - 1];
        res.opensComplete.push(last.at - t0);
        res.diagnostics = last.msg.params.diagnostics.length;
        res.firstDiagnostics = all.list[0].msg.params.diagnostics.length;
      } catch (e) {
        res.timeouts++;
        res.errors.push(`didOpen: ${e.message}`);
      } finally {
        all.stop();
      }
    }
    res.memAfterOpen = memoryOf(s.proc.pid);
    let version = 1;
    let cpu0 = null;
    for (const change of keystrokes(text, keys + WARM, seed)) {
      version++;
      if (version - 1 === WARM + 1) cpu0 = cpuOf(s.proc.pid);
      const wait = s.waitFor(isDiag(uri, version), timeout);
      const t0 = performance.now();
      s.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      try {
        const { at } = await wait;
        if (version - 1 > WARM) res.keys.push(at - t0);
      } catch (e) {
        res.timeouts++;
        res.errors.push(`didChange v${version}: ${e.message}`);
        if (res.timeouts > 3) break;
      }
    }
    res.mem = memoryOf(s.proc.pid);
    const cpu1 = cpuOf(s.proc.pid);
    // Server CPU per measured keystroke: less sensitive than latency to other processes on the machine.
    if (cpu0 !== null && cpu1 !== null && res.keys.length) res.cpuPerKey = (cpu1 - cpu0) / res.keys.length;
  } finally {
    await s.stop();
    if (s.stderr().trim()) res.stderr = s.stderr().slice(0, 2000);
  }
  return res;
}

function summary(r) {
  if (opt.verbose) log(`  ${r.kind} keystrokes (ms, in order): ${r.keys.map((k) => round(k)).join(' ')}`);
  return {
    firstOpenMs: round(r.opens[0]), openMs: round(median(r.opens.slice(1).length ? r.opens.slice(1) : r.opens)),
    firstOpenCompleteMs: round(r.opensComplete[0]), openCompleteMs: round(median(r.opensComplete.slice(1).length ? r.opensComplete.slice(1) : r.opensComplete)),
    firstDiagnostics: r.firstDiagnostics ?? null,
    p50: round(median(r.keys)), p95: round(quantile(r.keys, 0.95)), max: round(Math.max(...r.keys)), n: r.keys.length,
    cpuPerKeyMs: round(r.cpuPerKey), diagnostics: r.diagnostics, timeouts: r.timeouts, errors: r.errors.slice(0, 5),
    hwmBytes: r.mem?.hwm ?? null, rssBytes: r.mem?.rss ?? null, rssAfterOpenBytes: r.memAfterOpen?.rss ?? null,
    ...(r.stderr ? { stderr: r.stderr } : {}),
  };
}

const result = {};

// 10,000 lines
if (!opt.only10mb) {
  const text = generateDraft(2001, { lines: 10000 });
  writeFileSync(join(OUT, 'lsp-10k.nianbao.md'), text);
  const bytes = Buffer.byteLength(text);
  const lines = text.split('\n').length;
  log(`lsp: 10,000-line draft (${lines} lines, ${bytes} bytes): ${OPENS} opens, ${WARM} warm-up + ${KEYS} keystrokes per server`);
  const floor = summary(await session('floor', text, { opens: OPENS, keys: KEYS, seed: 7, label: 'floor-10k' }));
  log(`  floor:   open ${floor.firstOpenMs} / ${floor.openMs} ms, keystroke p50 ${floor.p50} p95 ${floor.p95} ms`);
  // Our server keeps V8's code cache (server/src/boot/code-cache.ts) in a folder of the bench's own, made by a first
  // server that has not got one: its first open is the "no code cache" row; every later server starts from it.
  const cacheEnv = { NIANBAO_CODE_CACHE: join(OUT, 'code-cache') };
  rmSync(cacheEnv.NIANBAO_CODE_CACHE, { recursive: true, force: true });
  const cold = summary(await session('nianbao', text, { opens: 1, keys: 0, seed: 7, label: 'nianbao-10k-cold', env: cacheEnv }));
  log(`  nianbao, no code cache yet: open ${cold.firstOpenMs} ms (all diagnostics at ${cold.firstOpenCompleteMs} ms)`);
  const nb = summary(await session('nianbao', text, { opens: OPENS, keys: KEYS, seed: 7, label: 'nianbao-10k', env: cacheEnv }));
  log(`  nianbao: open ${nb.firstOpenMs} / ${nb.openMs} ms (${nb.firstDiagnostics} diagnostics; all ${nb.diagnostics} at ${nb.firstOpenCompleteMs} / ${nb.openCompleteMs} ms), keystroke p50 ${nb.p50} p95 ${nb.p95} ms (server CPU ${nb.cpuPerKeyMs} ms per keystroke), ${nb.diagnostics} diagnostics${nb.timeouts ? `, ${nb.timeouts} timeouts` : ''}`);
  result.tenK = { lines, bytes, floor, nianbao: nb, noCodeCache: { firstOpenMs: cold.firstOpenMs, firstOpenCompleteMs: cold.firstOpenCompleteMs }, ratioP50: round(nb.p50 / floor.p50, 2), ratioP95: round(nb.p95 / floor.p95, 2), cpuRatio: round(nb.cpuPerKeyMs / floor.cpuPerKeyMs, 2) };
}

// 10 MB
if (!opt.only10k) {
  const text = generateDraft(2010, { bytes: 10 * 1048576 });
  writeFileSync(join(OUT, 'lsp-10mb.nianbao.md'), text);
  const bytes = Buffer.byteLength(text);
  const lines = text.split('\n').length;
  log(`lsp: 10 MB draft (${lines} lines, ${bytes} bytes): 1 open, ${WARM} warm-up + ${KEYS10} keystrokes per server`);
  const floor = summary(await session('floor', text, { opens: 1, keys: KEYS10, seed: 11, label: 'floor-10mb' }));
  log(`  floor:   open ${floor.firstOpenMs} ms, keystroke p50 ${floor.p50} p95 ${floor.p95} ms, peak RSS ${round(floor.hwmBytes / 1048576)} MB`);
  const nb = summary(await session('nianbao', text, { opens: 1, keys: KEYS10, seed: 11, label: 'nianbao-10mb', env: { NIANBAO_CODE_CACHE: join(OUT, 'code-cache') } }));
  log(`  nianbao: open ${nb.firstOpenMs} ms (all diagnostics at ${nb.firstOpenCompleteMs} ms), keystroke p50 ${nb.p50} p95 ${nb.p95} ms, peak RSS ${round(nb.hwmBytes / 1048576)} MB${nb.timeouts ? `, ${nb.timeouts} timeouts` : ''}`);
  result.tenMB = { lines, bytes, floor, nianbao: nb, ratioP50: round(nb.p50 / floor.p50, 2), memRatio: round(nb.hwmBytes / bytes, 2), floorMemRatio: round(floor.hwmBytes / bytes, 2) };
}

// A workspace: the server opened on the CLI section's folder of generated reports (bench/cli.mjs makes it), checking
// every report in the background (workspace diagnostics) with last year's reports found in the index. Time until the
// last report's diagnostics are published (none more for two seconds), and the server's peak RSS while it works.
const CORPUS = join(OUT, 'corpus');
if (!opt.only10k && !opt.only10mb && existsSync(join(CORPUS, '.stamp'))) {
  const s = startServer(...SERVERS.nianbao, { cwd: OUT, env: { ...process.env, NIANBAO_CODE_CACHE: join(OUT, 'code-cache') } });
  try {
    const folder = pathToFileURL(CORPUS).href;
    const seen = new Set();
    let last = 0;
    s.collect((m) => {
      if (m.method !== 'textDocument/publishDiagnostics') return false;
      seen.add(m.params.uri);
      last = performance.now();
      return false;
    });
    await s.request('initialize', { processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'corpus' }], capabilities: { workspace: { workspaceFolders: true } } }, 60000);
    const t0 = performance.now();
    s.notify('initialized', {});
    let hwm = 0;
    while (performance.now() - t0 < 600000) {
      await new Promise((r) => setTimeout(r, 250));
      hwm = Math.max(hwm, memoryOf(s.proc.pid).hwm ?? 0);
      if (seen.size && performance.now() - last > 2000) break;
    }
    result.workspace = { files: seen.size, allPublishedMs: round(last - t0), hwmBytes: hwm };
    log(`lsp: workspace of the CLI corpus: ${seen.size} files published in ${round((last - t0) / 1000, 1)} s, server peak RSS ${round(hwm / 1048576)} MB`);
  } finally {
    await s.stop();
  }
}

writeResult('lsp', result);
