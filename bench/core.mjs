#!/usr/bin/env node
// Bench section 1: the core's parse and check on 1 MB and 10 MB drafts against the floor (read + decode + split +
// one regex per line over the same file), medians of several runs in this process. Run by bench/run.mjs; also
// runnable alone: node --expose-gc bench/core.mjs [--quick]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDraft, loadCore, ROOT } from './lib/gen.mjs';
import { decode, floorText } from './lib/floor.mjs';
import { OUT, median, round, gc, writeResult, log, args } from './lib/stats.mjs';
import { ADVERSARIAL } from './lib/adversarial.mjs';

const opt = args();
const quick = Boolean(opt.quick);
const core = loadCore();
const MB = 1048576;
const sizes = [{ name: '1 MB', bytes: 1 * MB, runs: quick ? 3 : 11, warm: 2 }, { name: '10 MB', bytes: 10 * MB, runs: quick ? 1 : 3, warm: 1 }];
const result = { sizes: [] };

for (const s of sizes) {
  const file = join(OUT, `core-${s.bytes / MB}mb.nianbao.md`);
  writeFileSync(file, generateDraft(1000 + s.bytes / MB, { bytes: s.bytes }));
  const bytes = readFileSync(file).length;
  const text = decode(readFileSync(file));
  const lines = text.split('\n').length;
  log(`core: ${s.name} draft, ${lines} lines, ${bytes} bytes: ${s.warm} warm-up + ${s.runs} runs`);
  const floor = [], parse = [], check = [], floorCpu = [], parseCpu = [];
  const cpuMs = (u) => (u.user + u.system) / 1000;
  let findings = 0, isReport = false, format = '';
  for (let i = 0; i < s.warm + s.runs; i++) {
    gc();
    let c0 = process.cpuUsage();
    let t = performance.now();
    floorText(decode(readFileSync(file)));
    const f = performance.now() - t;
    const fc = cpuMs(process.cpuUsage(c0));
    gc();
    c0 = process.cpuUsage();
    t = performance.now();
    const report = core.parseReport(text);
    const p = performance.now() - t;
    const pc = cpuMs(process.cpuUsage(c0));
    t = performance.now();
    const fs = core.checkReport(report);
    const c = performance.now() - t;
    findings = fs.length; isReport = report.isReport; format = report.format;
    if (i >= s.warm) { floor.push(f); parse.push(p); check.push(c); floorCpu.push(fc); parseCpu.push(pc); }
  }
  const analyze = parse.map((p, i) => p + check[i]);
  const r = {
    name: s.name, bytes, lines, findings, isReport, format,
    floorMs: round(median(floor)), parseMs: round(median(parse)), checkMs: round(median(check)), analyzeMs: round(median(analyze)),
    runs: s.runs,
  };
  r.parseRatio = round(r.parseMs / r.floorMs, 2);
  // The same ratio in CPU time of this process (less sensitive to other processes; 1 ms resolution or so).
  r.parseCpuRatio = round(median(parseCpu) / median(floorCpu), 2);
  r.analyzeRatio = round(r.analyzeMs / r.floorMs, 2);
  r.floorMsPerMB = round(r.floorMs / (bytes / MB), 2);
  r.parseMsPerMB = round(r.parseMs / (bytes / MB), 1);
  log(`  floor ${r.floorMs} ms, parse ${r.parseMs} ms (${r.parseRatio}×, CPU ${r.parseCpuRatio}×), check ${r.checkMs} ms, analyze ${r.analyzeMs} ms (${r.analyzeRatio}×), ${findings} findings`);
  result.sizes.push(r);
}
const [a, b] = result.sizes;
const sizeRatio = b.bytes / a.bytes;
// Time ratio normalised to an exact 10× size ratio: 10 means linear.
result.linearity = {
  parse: round((b.parseMs / a.parseMs) * (10 / sizeRatio), 2),
  analyze: round((b.analyzeMs / a.analyzeMs) * (10 / sizeRatio), 2),
  floor: round((b.floorMs / a.floorMs) * (10 / sizeRatio), 2),
};
log(`  10 MB / 1 MB time ratio: parse ${result.linearity.parse}, analyze ${result.linearity.analyze}, floor ${result.linearity.floor} (10 = linear)`);

// Texts that once took super-linear time (bench/lib/adversarial.mjs, where each says which report found it), at two
// sizes; the time ratio normalised so that 4 means linear. The same texts at their smaller size are checked in the
// test suite (test/unit/adversarial-inputs.test.mjs) to end at all, without a timing.
const example = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const denseMs = (text) => {
  const times = [];
  for (let i = 0; i < (quick ? 2 : 4); i++) {
    gc();
    const t = performance.now();
    core.checkReport(core.parseReport(text));
    if (i > 0) times.push(performance.now() - t);
  }
  return median(times);
};
for (const c of ADVERSARIAL) {
  const [a, b] = c.sizes.map((n) => c.make(example, n));
  const [ta, tb] = [denseMs(a), denseMs(b)];
  const linearity = round((tb / ta) * (4 * (a.length - example.length)) / (b.length - example.length), 2);
  result[c.key] = { [c.unit]: c.sizes, ms: [round(ta), round(tb)], linearity };
  if (c.key === 'dense') result[c.key].bytes = [Buffer.byteLength(a), Buffer.byteLength(b)];
  log(`  ${c.name}: ${c.sizes[0].toLocaleString('en')} ${c.unitName} ${result[c.key].ms[0]} ms, ${c.sizes[1].toLocaleString('en')} ${c.unitName} ${result[c.key].ms[1]} ms: ratio ${linearity} (4 = linear)`);
}
writeResult('core', result);
