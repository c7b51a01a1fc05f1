#!/usr/bin/env node
// `npm run bench`: speed and memory of the core, the language server and the CLI, each as a ratio against a
// floor (read + decode + split + one regex per line) measured in the same run. Prints a table with the targets
// of issues 3, 7 and 8 and writes the same to bench/out/results.json. Nothing is asserted: a missed target is
// reported, the exit code stays 0 unless a section could not run.
//
//   npm run bench                          all sections (a few minutes on 2 cores)
//   npm run bench -- --quick               fewer runs and keystrokes (a smoke run, noisier)
//   npm run bench -- --only core,lsp,cli   some sections
//   npm run bench -- --markdownlint        also markdownlint-cli2 on the CLI corpus (installed under bench/out/tools)
//   npm run bench -- --build               run `npm run build` first
// Build first (`npm run build`): the bench measures dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { ROOT } from './lib/gen.mjs';
import { OUT, round, args } from './lib/stats.mjs';

const opt = args();
const only = new Set(String(opt.only ?? 'core,lsp,cli').split(',').map((s) => s.trim()));
const pass = [...(opt.quick ? ['--quick'] : []), ...(opt.markdownlint ? ['--markdownlint'] : [])];

if (opt.build) {
  const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
for (const f of ['dist/core.js', 'dist/server.js', 'dist/cli.js']) {
  if (!existsSync(join(ROOT, f))) {
    console.error(`bench: ${f} is missing; run \`npm run build\` first (or npm run bench -- --build).`);
    process.exit(2);
  }
}
// Warn when the sources are newer than the bundles: the bench measures dist/.
const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs);
  return t;
};
const built = Math.min(...['dist/core.js', 'dist/server.js', 'dist/cli.js'].map((f) => statSync(join(ROOT, f)).mtimeMs));
if (newest(join(ROOT, 'server', 'src')) > built) console.error('bench: warning: server/src is newer than dist/; run `npm run build` to measure the current code.');

const env = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? '',
  memGB: round(os.totalmem() / 2 ** 30, 1),
  git: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim(),
  dirty: spawnSync('git', ['status', '--porcelain', '--', 'server', 'client'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim().length > 0,
  loadBefore: os.loadavg().map((x) => round(x, 2)),
};

const sections = [
  { name: 'core', argv: ['--expose-gc', join(ROOT, 'bench', 'core.mjs')] },
  { name: 'lsp', argv: [join(ROOT, 'bench', 'lsp.mjs')] },
  { name: 'cli', argv: [join(ROOT, 'bench', 'cli.mjs')] },
];
const data = {};
let failed = false;
for (const s of sections) {
  if (!only.has(s.name)) continue;
  const file = join(OUT, `${s.name}.json`);
  try { writeFileSync(file, ''); } catch { /* none yet */ }
  const t = Date.now();
  const r = spawnSync(process.execPath, [...s.argv, ...pass], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (r.status !== 0 || !text) {
    console.error(`bench: section ${s.name} failed (exit ${r.status})`);
    failed = true;
    continue;
  }
  data[s.name] = { ...JSON.parse(text), seconds: round((Date.now() - t) / 1000) };
}
env.loadAfter = os.loadavg().map((x) => round(x, 2));

// ------------------------------------------------------------------------------------------------ the table

const rows = [];
const MB = 1048576;
/** A row: what, the product's figure, the floor's, the ratio, the target and whether it is met (null: no target). */
function row(section, what, value, floor, ratio, target, met) {
  rows.push({ section, what, value, floor, ratio, target, met });
}
const ms = (x) => (Number.isFinite(x) ? `${x} ms` : 'n/a');
const mb = (x) => (Number.isFinite(x) ? `${round(x / MB, 1)} MB` : 'n/a');
const x = (r) => (Number.isFinite(r) ? `${r}×` : 'n/a');
const le = (v, lim) => (Number.isFinite(v) ? v <= lim : false);

if (data.core) {
  for (const s of data.core.sizes) {
    row('core', `parse ${s.name} (${s.lines} lines)`, ms(s.parseMs), ms(s.floorMs), `${x(s.parseRatio)} (CPU ${x(s.parseCpuRatio)})`, '≤ 5× floor ("a few times")', le(s.parseRatio, 5));
    row('core', `check ${s.name} (${s.findings} findings)`, ms(s.checkMs), '', '', '', null);
    row('core', `parse+check ${s.name}`, ms(s.analyzeMs), ms(s.floorMs), x(s.analyzeRatio), '', null);
  }
  row('core', 'floor per MB', ms(data.core.sizes[0].floorMsPerMB), '', '', '~7 ms/MB (issue 3)', null);
  row('core', 'linearity: parse 10 MB / 1 MB', `${data.core.linearity.parse}`, `${data.core.linearity.floor}`, '', '≤ 15 (10 = linear)', le(data.core.linearity.parse, 15));
  row('core', 'linearity: parse+check 10 MB / 1 MB', `${data.core.linearity.analyze}`, `${data.core.linearity.floor}`, '', '≤ 15 (10 = linear)', le(data.core.linearity.analyze, 15));
  if (data.core.dense) row('core', 'linearity: one dense paragraph, 4,000 / 1,000 shares', `${data.core.dense.linearity} (${ms(data.core.dense.ms[1])})`, '', '', '≤ 6 (4 = linear)', le(data.core.dense.linearity, 6));
  if (data.core.longLine) row('core', 'linearity: one long line of prose, 4,000 / 1,000 clauses', `${data.core.longLine.linearity} (${ms(data.core.longLine.ms[1])})`, '', '', '≤ 6 (4 = linear)', le(data.core.longLine.linearity, 6));
  if (data.core.runOn) row('core', 'linearity: one run-on sentence, 16,000 / 4,000 clauses', `${data.core.runOn.linearity} (${ms(data.core.runOn.ms[1])})`, '', '', '≤ 6 (4 = linear)', le(data.core.runOn.linearity, 6));
  if (data.core.commentStack) row('core', 'linearity: a stack of comment lines in a table, 8,000 / 2,000', `${data.core.commentStack.linearity} (${ms(data.core.commentStack.ms[1])})`, '', '', '≤ 6 (4 = linear)', le(data.core.commentStack.linearity, 6));
  if (data.core.pastedRows) row('core', 'linearity: a table row pasted 20,000 / 5,000 times', `${data.core.pastedRows.linearity} (${ms(data.core.pastedRows.ms[1])})`, '', '', '≤ 6 (4 = linear)', le(data.core.pastedRows.linearity, 6));
  if (data.core.marks) row('core', 'linearity: one line of emphasis marks, 40,000 / 10,000 `**`', `${data.core.marks.linearity} (${ms(data.core.marks.ms[1])})`, '', '', '≤ 6 (4 = linear)', le(data.core.marks.linearity, 6));
  if (data.core.sentences) row('core', 'linearity: one paragraph, 40,000 / 10,000 sentences of figures', `${data.core.sentences.linearity} (${ms(data.core.sentences.ms[1])})`, '', '', '≤ 6 (4 = linear)', le(data.core.sentences.linearity, 6));
}
if (data.lsp) {
  const a = data.lsp.tenK, b = data.lsp.tenMB;
  const n = a.nianbao, f = a.floor;
  const tag = `${a.lines} lines`;
  row('lsp', `didOpen→diagnostics, first open (${tag})`, ms(n.firstOpenMs), ms(f.firstOpenMs), x(round(n.firstOpenMs / f.firstOpenMs, 2)), '≤ 100 ms', le(n.firstOpenMs, 100));
  if (a.noCodeCache) row('lsp', `  first open of a server without V8's code cache (its first start)`, ms(a.noCodeCache.firstOpenMs), ms(f.firstOpenMs), x(round(a.noCodeCache.firstOpenMs / f.firstOpenMs, 2)), '', null);
  row('lsp', `didOpen→diagnostics, later opens (median)`, ms(n.openMs), ms(f.openMs), x(round(n.openMs / f.openMs, 2)), '≤ 100 ms', le(n.openMs, 100));
  // Ours publishes a long document's table and structure findings first, then all of them with the prose rules'.
  if (n.openCompleteMs !== undefined) {
    row('lsp', `  first publish: ${n.firstDiagnostics} of ${n.diagnostics} diagnostics; all of them, first open`, ms(n.firstOpenCompleteMs), ms(f.firstOpenCompleteMs), x(round(n.firstOpenCompleteMs / f.firstOpenCompleteMs, 2)), '', null);
    row('lsp', `  all diagnostics, later opens (median)`, ms(n.openCompleteMs), ms(f.openCompleteMs), x(round(n.openCompleteMs / f.openCompleteMs, 2)), '', null);
  }
  row('lsp', `keystroke→diagnostics p50 (n=${n.n})`, ms(n.p50), ms(f.p50), x(a.ratioP50), '≤ 25 ms and ≤ 4× floor', le(n.p50, 25) && le(a.ratioP50, 4));
  row('lsp', `keystroke→diagnostics p95`, ms(n.p95), ms(f.p95), x(a.ratioP95), '≤ 50 ms and ≤ 4× floor', le(n.p95, 50) && le(a.ratioP95, 4));
  row('lsp', `server CPU per keystroke (load-independent)`, ms(n.cpuPerKeyMs), ms(f.cpuPerKeyMs), x(a.cpuRatio), '', null);
  // What the server holds grows with the keystrokes only if it keeps what earlier versions read (it did: every version
  // kept the one before, about 0.8 MB a keystroke).
  if (n.rssAfterOpenBytes && n.rssBytes) row('lsp', `server RSS after its opens → after the ${n.n} keystrokes`, `${mb(n.rssAfterOpenBytes)} → ${mb(n.rssBytes)}`, f.rssBytes ? mb(f.rssBytes) : '', '', '', null);
  row('lsp', `diagnostics published on the draft`, `${n.diagnostics}`, '', '', '', null);
  const m = b?.nianbao, g = b?.floor;
  if (b) row('lsp', `10 MB (${b.lines} lines): didOpen→diagnostics`, ms(m.firstOpenMs), ms(g.firstOpenMs), x(round(m.firstOpenMs / g.firstOpenMs, 2)), '', null);
  if (b) row('lsp', `10 MB: keystroke p50 (n=${m.n})`, ms(m.p50), ms(g.p50), x(b.ratioP50), '≤ 250 ms', le(m.p50, 250));
  if (b) row('lsp', `10 MB: keystroke max`, ms(m.max), ms(g.max), '', '≤ 250 ms', le(m.max, 250));
  if (b) row('lsp', `10 MB: server peak RSS (VmHWM)`, mb(m.hwmBytes), mb(g.hwmBytes), `${b.memRatio}× text`, '≤ 10× text size', le(b.memRatio, 10));
  const w = data.lsp.workspace;
  if (w) row('lsp', `workspace of the CLI's ${w.files} reports: all published; server peak RSS`, `${round(w.allPublishedMs / 1000, 1)} s; ${mb(w.hwmBytes)}`, '', '', '', null);
  if (m?.timeouts || n.timeouts) row('lsp', 'timeouts (no diagnostics for a version)', `${n.timeouts + (m?.timeouts ?? 0)}`, '', '', '0', false);
}
if (data.cli) {
  const c = data.cli;
  row('cli', `${c.nianbao.filesReported ?? '?'} files, ${round(c.bytes / MB, 1)} MB: wall time`, ms(c.nianbao.wallMs), ms(c.floor.wallMs), x(c.wallRatio), '≤ 3× floor', le(c.wallRatio, 3));
  row('cli', 'CPU time, user+sys (load-independent)', ms(c.nianbao.cpuMs), ms(c.floor.cpuMs), x(c.cpuRatio), '', null);
  row('cli', 'peak memory', mb(c.nianbao.peakBytes), mb(c.floor.peakBytes), x(c.memRatio), '≤ 2× floor', le(c.memRatio, 2));
  row('cli', 'diagnostics reported', `${c.nianbao.diagnostics ?? '?'}`, '', '', '', null);
  if (!c.markdownlint) row('cli', 'markdownlint-cli2: not run (npm run bench -- --markdownlint)', '', '', '', '(issue 8: ~44×)', null);
  if (c.markdownlint) row('cli', 'markdownlint-cli2 (default rules), for comparison', ms(c.markdownlint.wallMs), ms(c.floor.wallMs), x(c.markdownlint.wallRatio), '(issue 8: ~44×)', null);
}

function width(s) {
  let w = 0;
  for (const ch of String(s)) w += /[\u2e80-\ua4cf\uac00-\ud7a3\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}
const head = ['section', 'measure', 'nianbao', 'floor', 'ratio', 'target', 'met'];
const cells = rows.map((r) => [r.section, r.what, r.value, r.floor, r.ratio, r.target, r.met === null ? '' : r.met ? 'yes' : 'NO']);
const widths = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
const line = (c) => c.map((v, i) => String(v) + ' '.repeat(widths[i] - width(v))).join('  ').trimEnd();
const out = [];
out.push('', `nianbao bench — ${env.date}, node ${env.node}, ${env.cpus} CPUs, git ${env.git}${env.dirty ? ' (+ uncommitted changes)' : ''}, load ${env.loadBefore.join(' ')} → ${env.loadAfter.join(' ')}`, '');
out.push(line(head), widths.map((w) => '-'.repeat(w)).join('  '));
let prev = '';
for (const c of cells) {
  if (prev && c[0] !== prev) out.push('');
  prev = c[0];
  out.push(line(c));
}
const missed = rows.filter((r) => r.met === false).length;
const judged = rows.filter((r) => r.met !== null).length;
out.push('', `${judged - missed} of ${judged} targets met. Floors: read + decode + split + one regex per line (bench/lib/floor.mjs). Details: bench/out/results.json`);
console.log(out.join('\n'));

writeFileSync(join(OUT, 'results.json'), JSON.stringify({ env, rows, sections: data }, null, 2) + '\n');
process.exit(failed ? 1 : 0);
