#!/usr/bin/env node
// Writes server/src/core/text/traditional-phrases.json: the traditional form, as OpenCC's simplified → Taiwan
// converter writes it (opencc-js, a dev dependency; the bundle carries only OpenCC's character tables), of each pair
// of characters of the template data (server/src/core/templates/data/*.json) whose traditional form depends on the
// word (`关系` → `關係`, not 關系; `制作` → `製作`; `反复` → `反覆`, `重复` → `重複`). `inTraditional` takes a
// character's form from this table when the document shows none of its own. Run after a template changes; a test
// fails when the file is not what this script writes.
// Usage: node scripts/traditional-phrases.mjs [--check]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const OpenCC = require('opencc-js');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const charByChar = (s) => [...s].map((c) => OpenCC.Converter({ from: 'cn', to: 'tw' })(c)).join('');
const OUT = join(ROOT, 'server/src/core/text/traditional-phrases.json');

export function traditionalPhrases() {
  const dir = join(ROOT, 'server/src/core/templates/data');
  const runs = new Set();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/[\u4e00-\u9fff]{2,}/g)) runs.add(m[0]);
  }
  const pairs = {};
  for (const run of [...runs].sort()) {
    const whole = toTraditional(run);
    const alone = charByChar(run);
    if (whole.length !== run.length) continue;
    for (let i = 0; i < run.length; i++) {
      if (whole[i] === alone[i]) continue;
      // The pair with the neighbour that decides the form: the character before, else the next one.
      for (const [a, b] of [[i - 1, i + 1], [i, i + 2]]) {
        if (a < 0 || b > run.length) continue;
        const word = run.slice(a, b);
        const form = toTraditional(word);
        if (form[i - a] === whole[i] && form.length === word.length) {
          pairs[word] = form;
          break;
        }
      }
    }
  }
  return Object.fromEntries(Object.entries(pairs).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

const text = JSON.stringify(traditionalPhrases(), null, 1) + '\n';
if (process.argv.includes('--check')) {
  const now = readFileSync(OUT, 'utf8');
  if (now !== text) {
    console.error('traditional-phrases.json is out of date: run node scripts/traditional-phrases.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
