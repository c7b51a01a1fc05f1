#!/usr/bin/env node
// Self and inclusive time by function of a V8 CPU profile (`--cpu-prof`, or `node bench/lsp.mjs --profile`).
// Usage: node bench/tools/cpu-profile-top.mjs FILE.cpuprofile [N]
import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const N = Number(process.argv[3] ?? 40);
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = p.timeDeltas; let total = 0;
const cnt = new Map();
for (let i = 0; i < p.samples.length; i++) cnt.set(p.samples[i], (cnt.get(p.samples[i]) ?? 0) + (dt[i] ?? 0));
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
for (const [id, t] of cnt) { const n = byId.get(id); const k = key(n); self.set(k, (self.get(k) ?? 0) + t); total += t; }
// inclusive
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, t] of cnt) { const seen = new Set(); let cur = id; while (cur != null) { const k = key(byId.get(cur)); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); } cur = parent.get(cur); } }
console.log('total ms', (total / 1000).toFixed(0));
console.log('--- self');
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, N)) console.log((t / 1000).toFixed(0).padStart(7), k);
console.log('--- inclusive');
for (const [k, t] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, N)) console.log((t / 1000).toFixed(0).padStart(7), k);
