#!/usr/bin/env node
// Self and inclusive time by function in one window of a V8 CPU profile: from the first sample under function START
// to the first sample under function END after it (e.g. firstLook encode: a fresh server's first open up to its publish).
// (END not found: to the end of the profile.)
// Usage: node bench/tools/cpu-profile-window.mjs FILE.cpuprofile START END [N]
import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const [startFn, endFn] = [process.argv[3], process.argv[4]];
const N = Number(process.argv[5] ?? 40);
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const stackHas = (id, fn) => { for (let c = id; c != null; c = parent.get(c)) if (byId.get(c).callFrame.functionName === fn) return true; return false; };
let i0 = p.samples.findIndex((id) => stackHas(id, startFn));
let i1 = p.samples.length - 1; let seenEnd = false;
for (let i = i0; i < p.samples.length; i++) { if (stackHas(p.samples[i], endFn)) { i1 = i; break; } }
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const self = new Map(), incl = new Map(); let total = 0;
for (let i = i0; i < i1; i++) {
  const t = p.timeDeltas[i + 1] ?? 0; total += t; const id = p.samples[i];
  const k = key(byId.get(id)); self.set(k, (self.get(k) ?? 0) + t);
  const seen = new Set(); for (let c = id; c != null; c = parent.get(c)) { const kk = key(byId.get(c)); if (!seen.has(kk)) { seen.add(kk); incl.set(kk, (incl.get(kk) ?? 0) + t); } }
}
console.log('window ms', (total / 1000).toFixed(1), 'samples', i1 - i0);
console.log('--- self'); for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, N)) console.log((t / 1000).toFixed(1).padStart(7), k);
console.log('--- inclusive'); for (const [k, t] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, N)) console.log((t / 1000).toFixed(1).padStart(7), k);
