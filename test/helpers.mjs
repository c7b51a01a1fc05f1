// Shared helpers of the node --test suites: the bundled core and CLI (run `npm run build` first) and corpus paths.
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(ROOT, 'dist/core.js'))) throw new Error('dist/core.js is missing: run `npm run build` before the tests');
/** The pure core, as bundled. */
export const core = require(join(ROOT, 'dist/core.js'));
/** The CLI module (exports run(argv, io)). */
export const cli = require(join(ROOT, 'dist/cli.js'));
/** The shared corpus (../shared/corpus beside the checkout). */
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const corpusText = (name) => readFileSync(join(CORPUS, name), 'utf8');

/** Runs the CLI in-process; resolves to { code, stdout, stderr }. */
export async function runCli(argv, { cwd = ROOT, env = {} } = {}) {
  let stdout = '', stderr = '';
  const code = await cli.run(argv, { cwd, env: { ...env }, isTTY: false, out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** Values of a table row by id, as numbers (null for blank/missing). */
export function rowValues(report, table, id) {
  const row = report.tables[table]?.rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id} in ${table}`);
  return row.cells.map((c) => (c ? c.value : null));
}

/** The text a range covers. */
export function slice(report, range) {
  return report.lines.slice(range);
}
