#!/usr/bin/env node
// Bench section 3: 1,000 generated reports (about 19 MB: formats 2021/2019/pre-2019, every table layout, varied
// agencies, years, numbers and mistakes, a few in GB18030 or with a BOM or CRLF) checked by one
// `node bin/nianbao.js check --format json DIR` call, against the floor CLI (bench/floor-cli.mjs: read + decode +
// split + one regex per line over the same files). Wall time and peak memory (GNU time -v when present, else
// polling VmHWM in /proc), median of alternating runs. Optionally markdownlint-cli2 on the same corpus.
// Run by bench/run.mjs; alone: node bench/cli.mjs [--quick] [--files N] [--runs N] [--markdownlint] [--profile]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, openSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { generateReport, ROOT } from './lib/gen.mjs';
import { rng } from './lib/rng.mjs';
import { OUT, median, round, writeResult, log, args } from './lib/stats.mjs';

const opt = args();
const quick = Boolean(opt.quick);
const FILES = Number(opt.files ?? 1000);
const RUNS = Number(opt.runs ?? (quick ? 1 : 3));
const DIR = join(OUT, 'corpus');
const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-v', 'true']).status === 0) ?? null;

// ------------------------------------------------------------------------------------------------ corpus

function generateCorpus() {
  const stamp = join(DIR, '.stamp');
  const gen = readFileSync(join(ROOT, 'bench', 'lib', 'gen.mjs'), 'utf8');
  const key = `${FILES}:${gen.length}:${hash(gen)}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return;
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const req = createRequire(join(ROOT, 'package.json'));
  let iconv = null;
  try { iconv = req('iconv-lite'); } catch { /* GB18030 files are skipped without iconv-lite */ }
  const r = rng(424242);
  const used = new Set();
  for (let i = 0; i < FILES; i++) {
    const g = generateReport(10000 + i, { bytes: Math.max(6000, Math.round(19000 + 6000 * (r.next() + r.next() + r.next() - 1.5))) });
    const sub = g.agency.slice(0, 3);
    const ext = g.layout === 'authoring' ? (r.chance(0.7) ? '.nianbao.md' : '.md') : g.layout === 'markdown' || g.layout === 'ocr' ? '.md' : r.chance(0.8) ? '.txt' : '.nianbao.txt';
    let name = `${g.agency}${g.year}年政府信息公开工作年度报告`;
    while (used.has(sub + name)) name += '-' + r.int(1, 9);
    used.add(sub + name);
    let text = g.text;
    if (r.chance(0.1)) text = text.replace(/\n/g, '\r\n');
    let bytes;
    const enc = r.next();
    if (enc < 0.03 && iconv) bytes = iconv.encode(text, 'gb18030');
    else if (enc < 0.06) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    else bytes = Buffer.from(text, 'utf8');
    mkdirSync(join(DIR, sub), { recursive: true });
    writeFileSync(join(DIR, sub, name + ext), bytes);
  }
  writeFileSync(stamp, key);
}

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16);
}

function corpusSize() {
  const out = spawnSync('du', ['-sb', DIR], { encoding: 'utf8' });
  return Number(out.stdout.split(/\s/)[0]);
}

// ------------------------------------------------------------------------------------------------ running

/** Runs a command; wall time in ms and peak RSS in bytes (GNU time -v, else VmHWM polled from /proc). */
function measure(cmd, argv, outFile) {
  return new Promise((resolve) => {
    const fd = openSync(outFile, 'w');
    const timeFile = outFile + '.time';
    const full = GNU_TIME ? [GNU_TIME, ['-v', '-o', timeFile, cmd, ...argv]] : [cmd, argv];
    const t0 = performance.now();
    const p = spawn(full[0], full[1], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d) => { if (stderr.length < 20000) stderr += d; });
    let hwm = 0;
    const poll = GNU_TIME ? null : setInterval(() => {
      try {
        const m = /^VmHWM:\s*(\d+)/m.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]) * 1024);
      } catch { /* exited */ }
    }, 10);
    p.on('exit', (code) => {
      const wall = performance.now() - t0;
      if (poll) clearInterval(poll);
      closeSync(fd);
      let peak = hwm, cpu = null;
      if (GNU_TIME && existsSync(timeFile)) {
        const t = readFileSync(timeFile, 'utf8');
        const sec = (k) => Number(new RegExp(`${k} time \\(seconds\\):\\s*([\\d.]+)`).exec(t)?.[1] ?? NaN);
        cpu = (sec('User') + sec('System')) * 1000;
        peak = Number(/Maximum resident set size \(kbytes\):\s*(\d+)/.exec(t)?.[1] ?? 0) * 1024;
        const status = /Exit status:\s*(\d+)/.exec(t);
        if (status) code = Number(status[1]);
      }
      resolve({ wall, peak, cpu, code, stderr });
    });
  });
}

const result = { files: FILES, runs: RUNS, memoryBy: GNU_TIME ? `GNU time -v (${GNU_TIME})` : '/proc VmHWM polling' };
log(`cli: generating ${FILES} reports in ${DIR} …`);
let t = performance.now();
generateCorpus();
result.bytes = corpusSize();
log(`  ${round(result.bytes / 1048576)} MB in ${round((performance.now() - t) / 1000)} s; ${RUNS} alternating runs of each; memory by ${result.memoryBy}`);

// --profile: the CLI writes a V8 CPU profile to bench/out/prof/ (the run is then slower; ratios are off).
const PROF = opt.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(OUT, 'prof')}`] : [];
const nianbao = [process.execPath, [...PROF, join(ROOT, 'bin', 'nianbao.js'), 'check', '--format', 'json', DIR]];
const floor = [process.execPath, [join(ROOT, 'bench', 'floor-cli.mjs'), DIR]];
const runs = { floor: [], nianbao: [] };
for (let i = 0; i < RUNS; i++) {
  runs.floor.push(await measure(...floor, join(OUT, 'cli-floor.out')));
  runs.nianbao.push(await measure(...nianbao, join(OUT, 'cli-nianbao.json')));
  log(`  run ${i + 1}: floor ${round(runs.floor[i].wall)} ms (CPU ${round(runs.floor[i].cpu)}) / ${round(runs.floor[i].peak / 1048576)} MB, nianbao ${round(runs.nianbao[i].wall)} ms (CPU ${round(runs.nianbao[i].cpu)}) / ${round(runs.nianbao[i].peak / 1048576)} MB (exit ${runs.nianbao[i].code})`);
}
const sum = (rs) => ({ wallMs: round(median(rs.map((x) => x.wall))), cpuMs: round(median(rs.map((x) => x.cpu))), peakBytes: median(rs.map((x) => x.peak)), exit: rs[rs.length - 1].code });
result.floor = sum(runs.floor);
result.nianbao = sum(runs.nianbao);
result.wallRatio = round(result.nianbao.wallMs / result.floor.wallMs, 2);
result.memRatio = round(result.nianbao.peakBytes / result.floor.peakBytes, 2);
result.cpuRatio = round(result.nianbao.cpuMs / result.floor.cpuMs, 2);

// What the CLI reported: every file checked, how many findings.
try {
  const j = JSON.parse(readFileSync(join(OUT, 'cli-nianbao.json'), 'utf8'));
  const files = Array.isArray(j.files) ? j.files : [];
  result.nianbao.filesReported = files.length;
  result.nianbao.diagnostics = files.reduce((s, f) => s + (f.diagnostics?.length ?? 0), 0);
  result.nianbao.fileErrors = files.filter((f) => f.error).length;
  result.nianbao.formats = files.reduce((o, f) => ((o[f.format] = (o[f.format] ?? 0) + 1), o), {});
  result.nianbao.outputBytes = statSync(join(OUT, 'cli-nianbao.json')).size;
} catch (e) {
  result.nianbao.outputError = `${e.message}; stderr: ${runs.nianbao[0].stderr.slice(0, 500)}`;
}
try {
  result.floor.output = JSON.parse(readFileSync(join(OUT, 'cli-floor.out'), 'utf8'));
} catch { /* reported as missing */ }

// Optional: markdownlint-cli2 (default rules) on the same corpus, from a private install under bench/out/tools.
const mdlBin = join(OUT, 'tools', 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
if (opt.markdownlint && !existsSync(mdlBin)) {
  // A private install (bench/out is git-ignored): the project's package.json and lock file stay as they are.
  log('  installing markdownlint-cli2 into bench/out/tools (npm) …');
  t = performance.now();
  const inst = spawnSync('npm', ['install', '--prefix', join(OUT, 'tools'), '--no-audit', '--no-fund', '--no-save', '--silent', 'markdownlint-cli2'], { stdio: 'inherit' });
  result.markdownlintInstall = { ok: inst.status === 0, seconds: round((performance.now() - t) / 1000) };
}
if (opt.markdownlint && existsSync(mdlBin)) {
  const rs = [await measure(process.execPath, [mdlBin, `${DIR}/**/*.{md,txt}`], join(OUT, 'cli-markdownlint.out'))];
  result.markdownlint = { ...sum(rs), wallRatio: null };
  result.markdownlint.wallRatio = round(result.markdownlint.wallMs / result.floor.wallMs, 2);
  result.markdownlint.memRatio = round(result.markdownlint.peakBytes / result.floor.peakBytes, 2);
  result.markdownlint.cpuRatio = round(result.markdownlint.cpuMs / result.floor.cpuMs, 2);
  log(`  markdownlint-cli2: ${round(result.markdownlint.wallMs)} ms (${result.markdownlint.wallRatio}× floor), ${round(result.markdownlint.peakBytes / 1048576)} MB`);
}

log(`  median: floor ${result.floor.wallMs} ms / ${round(result.floor.peakBytes / 1048576)} MB; nianbao ${result.nianbao.wallMs} ms / ${round(result.nianbao.peakBytes / 1048576)} MB → ${result.wallRatio}× time, ${result.memRatio}× memory`);
writeResult('cli', result);
