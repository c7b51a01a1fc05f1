/**
 * Entry of dist/server.js (the VS Code client's server module, `nianbao-language-server`): loads the language
 * server, bundled to dist/language-server.js, with V8's code cache (code-cache.ts), so a new server reaches its
 * first diagnostics sooner. `NIANBAO_CODE_CACHE` names the cache folder (the VS Code client gives the extension's
 * storage folder) or turns the cache off (`off`).
 */
import { join } from 'node:path';
import v8 from 'node:v8';
import { setTierUpBudget } from '../node/tier-up.js';
import { CODE_CACHE_STATE, codeCacheFolder, requireWithCodeCache, SAVE_CODE_CACHE, type LoadedBundle } from './code-cache.js';

// V8 takes a cache only under the flags it was made with, and the server sets these two (tier-up.ts at its start,
// lsp/memory.ts on its first large document): set them before compiling, so they are the same when the cache is
// made and when it is read.
setTierUpBudget();
try {
  v8.setFlagsFromString('--expose-gc');
} catch {
  // memory.ts then does without.
}

let loaded: LoadedBundle | null = null;
// Called by the server once it has checked a report (the parse and the rules have run): save a second later, off
// the turn that publishes the diagnostics, or as the server exits if that comes first (`save` runs once).
(globalThis as Record<symbol, unknown>)[SAVE_CODE_CACHE] = () => {
  setTimeout(() => loaded?.save(), 1000).unref();
  process.once('exit', () => loaded?.save());
};
loaded = requireWithCodeCache(join(__dirname, 'language-server.js'), codeCacheFolder());
// Read by the server when the client is ready for its log (the bundle has run by now, its handlers wait).
(globalThis as Record<symbol, unknown>)[CODE_CACHE_STATE] = { state: loaded.state, file: loaded.file };
