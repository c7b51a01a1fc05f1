#!/usr/bin/env node
// Bench section 1: the core's parse and check on 1 MB and 10 MB drafts against the floor (read + decode + split +
// one regex per line over the same file), medians of several runs in this process. Run by bench/run.mjs; also
// runnable alone: node --expose-gc bench/core.mjs [--quick]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDraft, loadCore, ROOT } from './lib/gen.mjs';
import { decode, floorText } from './lib/floor.mjs';
import { OUT, median, round, gc, writeResult, log, args } from './lib/stats.mjs';

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

// One long dense paragraph (helper-216 #1: a sentence of thousands of shares, `其中N件占比X%，…`, as an OCR or pdftotext
// dump may hold, took the prose rules cubic time: 45 KB in 40 s). Parse + check of the example report with 1,000 and
// with 4,000 such clauses appended; the time ratio normalised so that 4 means linear.
const example = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const dense = (n) => `${example}\n\n${Array.from({ length: n }, (_, i) => `其中${i + 1}件占比${(i % 97) + 0.5}%，`).join('')}\n`;
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
const [d1, d4] = [dense(1000), dense(4000)];
const [m1, m4] = [denseMs(d1), denseMs(d4)];
result.dense = { clauses: [1000, 4000], bytes: [Buffer.byteLength(d1), Buffer.byteLength(d4)], ms: [round(m1), round(m4)], linearity: round((m4 / m1) * (4 * (d1.length - example.length)) / (d4.length - example.length), 2) };
log(`  one dense paragraph: 1,000 clauses ${result.dense.ms[0]} ms, 4,000 clauses ${result.dense.ms[1]} ms: ratio ${result.dense.linearity} (4 = linear)`);
// One paragraph of many sentences that each state table figures (brk86 #9: each sentence looked through every claim
// of the sentences before it and tested the whole paragraph again, 40,000 such sentences in 10 s). 10,000 and 40,000.
const sentences = (n) => `${example}\n\n${'共收到申请10件，予以公开5件。'.repeat(n)}\n`;
const [s1, s4] = [sentences(10000), sentences(40000)];
const [n1, n4] = [denseMs(s1), denseMs(s4)];
result.sentences = { sentences: [10000, 40000], ms: [round(n1), round(n4)], linearity: round((n4 / n1) * (4 * (s1.length - example.length)) / (s4.length - example.length), 2) };
log(`  one paragraph of claims: 10,000 sentences ${result.sentences.ms[0]} ms, 40,000 sentences ${result.sentences.ms[1]} ms: ratio ${result.sentences.linearity} (4 = linear)`);
// One run-on sentence of counts without a 。 (brk90 #3: `共收到政府信息公开申请38件，` 4,000 times took 8.6 s, 8,000 times
// 37 s: each total word and each phrase read the sentence again up to itself). 4,000 and 16,000 clauses.
const runOn = (n) => `${example}\n\n${'共收到政府信息公开申请38件，'.repeat(n)}\n`;
const [r1, r4] = [runOn(4000), runOn(16000)];
const [o1, o4] = [denseMs(r1), denseMs(r4)];
result.runOn = { clauses: [4000, 16000], ms: [round(o1), round(o4)], linearity: round((o4 / o1) * (4 * (r1.length - example.length)) / (r4.length - example.length), 2) };
log(`  one run-on sentence: 4,000 clauses ${result.runOn.ms[0]} ms, 16,000 clauses ${result.runOn.ms[1]} ms: ratio ${result.runOn.linearity} (4 = linear)`);
// One line of emphasis marks (brk92 #9: each `*` of a line of 100,000 read the whole run after it, 9.6 s). 10,000
// and 40,000 pairs of `**`.
const marks = (n) => `${example}\n\n${'**'.repeat(n)}\n`;
const [k1, k4] = [marks(10000), marks(40000)];
const [e1, e4] = [denseMs(k1), denseMs(k4)];
result.marks = { pairs: [10000, 40000], ms: [round(e1), round(e4)], linearity: round((e4 / e1) * (4 * (k1.length - example.length)) / (k4.length - example.length), 2) };
log(`  one line of emphasis marks: 10,000 pairs ${result.marks.ms[0]} ms, 40,000 pairs ${result.marks.ms[1]} ms: ratio ${result.marks.linearity} (4 = linear)`);
// A stack of comment lines between two rows of a table, the writer's own and suppression comments (brk92 #8: each
// comment read the whole stack, and each finding every suppression comment: 8,000 lines in 9 to 16 s). 2,000 and 8,000.
const exampleLines = example.split('\n');
const rowAt = exampleLines.findIndex((l) => l.startsWith('| 规章'));
const stack = (n) => [...exampleLines.slice(0, rowAt + 1), ...Array.from({ length: n }, (_, i) => (i % 2 ? '<!-- nianbao-disable-next-line row-label -->' : `<!-- 待核 ${i} -->`)), ...exampleLines.slice(rowAt + 1)].join('\n');
const [c1, c4] = [stack(2000), stack(8000)];
const [t1, t4] = [denseMs(c1), denseMs(c4)];
result.commentStack = { lines: [2000, 8000], ms: [round(t1), round(t4)], linearity: round((t4 / t1) * (4 * (c1.length - example.length)) / (c4.length - example.length), 2) };
log(`  a stack of comment lines in a table: 2,000 lines ${result.commentStack.ms[0]} ms, 8,000 lines ${result.commentStack.ms[1]} ms: ratio ${result.commentStack.linearity} (4 = linear)`);
// One long line of prose with no sentence end (page-leftover's check for page buttons ending a line of text was first a
// regex with `[\u4e00-\u9fff].*[\u4e00-\u9fff].*?` before them: it backtracked over every long line, a folder of 250
// reports in 2 minutes). 1,000 and 4,000 clauses on one line.
const longLine = (n) => `${example}\n\n${'本局认真贯彻落实条例要求，'.repeat(n)}\n`;
const [l1, l4] = [longLine(1000), longLine(4000)];
const [g1, g4] = [denseMs(l1), denseMs(l4)];
result.longLine = { clauses: [1000, 4000], ms: [round(g1), round(g4)], linearity: round((g4 / g1) * (4 * (l1.length - example.length)) / (l4.length - example.length), 2) };
log(`  one long line of prose: 1,000 clauses ${result.longLine.ms[0]} ms, 4,000 clauses ${result.longLine.ms[1]} ms: ratio ${result.longLine.linearity} (4 = linear)`);
// One 表三 row pasted thousands of times (brk94 #4: each copy read the run of copies between it and the row read: 10,000
// copies 4.7 s, 20,000 copies 15 s). 5,000 and 20,000 copies.
const rowAt3 = exampleLines.findIndex((l) => l.startsWith('| （一）予以公开'));
const pasted = (n) => [...exampleLines.slice(0, rowAt3), ...Array(n).fill(exampleLines[rowAt3]), ...exampleLines.slice(rowAt3)].join('\n');
const [p1, p4] = [pasted(5000), pasted(20000)];
const [u1, u4] = [denseMs(p1), denseMs(p4)];
result.pastedRows = { copies: [5000, 20000], ms: [round(u1), round(u4)], linearity: round((u4 / u1) * (4 * (p1.length - example.length)) / (p4.length - example.length), 2) };
log(`  a table row pasted many times: 5,000 copies ${result.pastedRows.ms[0]} ms, 20,000 copies ${result.pastedRows.ms[1]} ms: ratio ${result.pastedRows.linearity} (4 = linear)`);
// Many HTML comments on one line (brk142 #4: a minified page saved from Word, `<!--[if !supportLists]-->…<!--[endif]-->`
// per list item; `<!--` never closed; suppression comments: the comment and directive readers scanned from each to
// the end of the line or text, 10,000 list items 34 s). 2,000 and 8,000 of each kind on one line.
const commentLine = (n) => `${example}\n\n<p>${'<!--[if !supportLists]--><span>1.</span><!--[endif]-->'.repeat(n)}</p>\n\n${'<!--'.repeat(n)}\n\n${'<!-- nianbao-disable-next-line x'.repeat(n)}\n\n${'<!-- nianbao-disable-next-line -->'.repeat(n)}\n`;
const [w1, w4] = [commentLine(2000), commentLine(8000)];
const [v1, v4] = [denseMs(w1), denseMs(w4)];
result.commentLine = { comments: [2000, 8000], ms: [round(v1), round(v4)], linearity: round((v4 / v1) * (4 * (w1.length - example.length)) / (w4.length - example.length), 2) };
log(`  many comments on one line: 2,000 of each kind ${result.commentLine.ms[0]} ms, 8,000 ${result.commentLine.ms[1]} ms: ratio ${result.commentLine.linearity} (4 = linear)`);
writeResult('core', result);
