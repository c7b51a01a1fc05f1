// Bundles the extension client, the language server and the CLI into dist/ (CommonJS, Node 20).
// Usage: node esbuild.mjs [--watch] [--minify] [--only=cli,server,…]
//   --only: just these bundles (dist/NAME.js), e.g. --only=cli for the GitHub Action, which installs only the
//   dependencies the CLI is built from (`npm ci --omit=dev`), not the editor's.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify') || process.env.NIANBAO_RELEASE === '1';
const common = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, minify,
  external: ['vscode'], logLevel: 'info', legalComments: 'none',
  // Prefer ESM builds: jsonc-parser's UMD build requires its own files at run time, which a bundle cannot.
  mainFields: ['module', 'main'],
  // ESM dependencies (fdir, used by tinyglobby) read import.meta.url; give the CommonJS bundle a real one.
  define: { 'import.meta.url': '__nianbaoImportMetaUrl' },
  banner: { js: "const __nianbaoImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
};
const entries = [
  // iconv-lite stays a run-time dependency of the CLI, loaded only for non-UTF-8 files (see cli/decode.ts).
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', external: ['vscode', 'iconv-lite'] },
  // dist/server.js loads the language server (dist/language-server.js) with V8's code cache (server/src/boot/).
  { entryPoints: ['server/src/boot/server.ts'], outfile: 'dist/server.js', also: 'dist/language-server.js' },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/language-server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  // The core alone, for tests and for other tools that embed the checker.
  { entryPoints: ['server/src/core/index.ts'], outfile: 'dist/core.js' },
  // The language server's document kept as lines, alone, for its unit test against the library's document.
  { entryPoints: ['server/src/lsp/line-document.ts'], outfile: 'dist/test/line-document.js' },
  // Editor tests run inside the extension host; mocha stays external (required from node_modules there).
  { entryPoints: ['test/editor/suite/index.ts'], outfile: 'dist/test/editor/index.js', external: ['vscode', 'mocha'] },
].filter((e) => e.entryPoints.every((p) => existsSync(p)));
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',').map((n) => `dist/${n}.js`) : null;
// A bundle that loads another (`also`) is built with it.
if (only) for (const e of entries) if (e.also && only.includes(e.outfile) && !only.includes(e.also)) only.push(e.also);
if (only) {
  const unknown = only.filter((o) => !entries.some((e) => e.outfile === o));
  if (unknown.length) {
    console.error(`esbuild.mjs: no bundle ${unknown.join(', ')} (bundles: ${entries.map((e) => e.outfile).join(', ')})`);
    process.exit(1);
  }
  entries.splice(0, entries.length, ...entries.filter((e) => only.includes(e.outfile)));
}

if (watch) {
  const ctxs = await Promise.all(entries.map(({ also, ...e }) => esbuild.context({ ...common, ...e })));
  await Promise.all(ctxs.map((c) => c.watch()));
} else {
  // Build every bundle even when one fails, then fail the whole build.
  const results = await Promise.allSettled(entries.map(({ also, ...e }) => esbuild.build({ ...common, ...e })));
  if (results.some((r) => r.status === 'rejected')) process.exit(1);
}
