#!/usr/bin/env node
// What changed between two `findings-hash.mjs` outputs: the inputs whose findings differ, counted by rule (− gone,
// + new), with the first few findings that differ.
// Usage: node bench/tools/findings-diff.mjs BEFORE.json AFTER.json
import { readFileSync } from 'node:fs';

const [before, after] = process.argv.slice(2, 4).map((f) => JSON.parse(readFileSync(f, 'utf8')));
const key = (f) => `${f.locale} ${f.path}`;
const afterBy = new Map(after.map((f) => [key(f), f]));
let changed = 0, shown = 0;
const byRule = {};
for (const a of before) {
  const b = afterBy.get(key(a));
  if (JSON.stringify(a) === JSON.stringify(b)) continue;
  changed++;
  const as = new Set((a.diagnostics ?? []).map((d) => JSON.stringify(d)));
  const bs = new Set((b?.diagnostics ?? []).map((d) => JSON.stringify(d)));
  for (const [sign, from, other] of [['-', as, bs], ['+', bs, as]]) {
    for (const d of from) {
      if (other.has(d)) continue;
      const rule = JSON.parse(d).ruleId;
      byRule[sign + rule] = (byRule[sign + rule] ?? 0) + 1;
      if (shown++ < 6) console.log(sign, a.path, d.slice(0, 300));
    }
  }
}
console.log(`${changed} of ${before.length} inputs differ`, byRule);
