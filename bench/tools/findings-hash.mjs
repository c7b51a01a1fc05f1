#!/usr/bin/env node
// A fingerprint of everything the CLI finds, to show that a speed change changes no finding: the JSON output of
// `nianbao check` (zh and en) over the bench corpus (bench/out/corpus, made by `node bench/cli.mjs`), ../shared/corpus
// and test/fixtures, reduced to one hash and a count. With OUT.json, the findings are written there too, for
// `findings-diff.mjs` to compare two runs.
// Usage: node bench/tools/findings-hash.mjs [REPO (default: this checkout)] [OUT.json]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../lib/gen.mjs';

const repo = resolve(process.argv[2] ?? ROOT);
const dirs = [join(ROOT, 'bench', 'out', 'corpus'), resolve(ROOT, '..', 'shared', 'corpus'), join(ROOT, 'test', 'fixtures')].filter(existsSync);
const all = [];
for (const locale of ['zh', 'en']) {
  for (const d of dirs) {
    const r = spawnSync(process.execPath, [join(repo, 'bin', 'nianbao.js'), 'check', '--format', 'json', '--locale', locale, d], { encoding: 'utf8', maxBuffer: 1 << 30 });
    let j;
    try {
      j = JSON.parse(r.stdout);
    } catch {
      console.error(`no JSON for ${d}: ${r.stderr.slice(0, 300)}`);
      process.exitCode = 1;
      continue;
    }
    for (const f of j.files) all.push({ locale, path: f.path, format: f.format, year: f.year, error: f.error, diagnostics: f.diagnostics });
  }
}
const n = all.reduce((a, f) => a + (f.diagnostics?.length ?? 0), 0);
console.log(`${all.length} inputs, ${n} findings, ${createHash('sha256').update(JSON.stringify(all)).digest('hex').slice(0, 16)} (${dirs.join(', ')})`);
if (process.argv[3]) writeFileSync(process.argv[3], JSON.stringify(all));
