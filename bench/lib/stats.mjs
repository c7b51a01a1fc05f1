// Small statistics and I/O helpers shared by the bench sections.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './gen.mjs';

export const OUT = join(ROOT, 'bench', 'out');
mkdirSync(OUT, { recursive: true });

export function median(xs) {
  return quantile(xs, 0.5);
}

/** Nearest-rank quantile (p95 of 60 samples is the 57th smallest). */
export function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export const round = (x, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);

export const gc = () => globalThis.gc?.();

/** A section writes its result here for bench/run.mjs (and prints its own progress on stderr). */
export function writeResult(name, data) {
  writeFileSync(join(OUT, `${name}.json`), JSON.stringify(data, null, 2) + '\n');
}

export const log = (...a) => process.stderr.write(a.join(' ') + '\n');

/** Parses `--key value` / `--flag` arguments. */
export function args(argv = process.argv.slice(2)) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) continue;
    if (m[2] !== undefined) o[m[1]] = m[2];
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) o[m[1]] = argv[++i];
    else o[m[1]] = true;
  }
  return o;
}
