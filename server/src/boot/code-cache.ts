/**
 * Loading a CommonJS bundle with V8's code cache (Node only; what `module.enableCompileCache` does from Node 22).
 *
 * A fresh process compiles each function of the bundle the first time it runs: on a language server's first
 * open of a long draft, that compilation is a large share of the time to the first diagnostics (the parse and the
 * table rules run for the first time). V8 can serialize the bytecode it compiled (`vm.Script#createCachedData`)
 * and take it back in the next process (`cachedData`), which then skips that compilation. Measured on the
 * 10,000-line bench draft (`node bench/lsp.mjs --only10k --quick`, five alternating pairs with
 * `NIANBAO_CODE_CACHE=off`, medians): the first publish of a fresh server 219 → 166 ms, its last 459 → 426 ms.
 *
 * The cache is written once per process, after the caller says the code it wants cached has run (`save`), to a
 * per-user folder; its name holds a hash of the bundle's bytes, the Node version and the architecture, since V8
 * itself checks only the source's length and its own version and flags. A cache V8 rejects, an unreadable or
 * unwritable folder, or a corrupt file cost nothing but the saving: the bundle is compiled as without a cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';

/** What became of the code cache when a bundle was loaded. */
export type CodeCacheState =
  /** V8 took the cached bytecode. */
  | 'accepted'
  /** A cache file was there, but V8 refused it (another V8 build or other flags); `save` replaces it. */
  | 'rejected'
  /** No cache file yet (or it could not be read); `save` writes one. */
  | 'absent'
  /** Caching is off (`NIANBAO_CODE_CACHE=off`, or no folder to keep it in). */
  | 'off';

/** A bundle loaded by `requireWithCodeCache`. */
export interface LoadedBundle {
  /** The bundle's `module.exports`. */
  exports: unknown;
  state: CodeCacheState;
  /** The cache file (absolute path), null when caching is off. */
  file: string | null;
  /**
   * Writes the bytecode compiled so far to the cache file, unless V8 took it from there (`accepted`) or caching is
   * off. Synchronous (tens of milliseconds for a 2 MB bundle); at most once per process. Never throws: returns
   * whether a file was written.
   */
  save(): boolean;
}

/** The values of `NIANBAO_CODE_CACHE` that turn caching off. */
const OFF = new Set(['', '0', 'off', 'false', 'no']);

/**
 * The folder for code caches: `NIANBAO_CODE_CACHE` when set (a folder; `off`, `0`, `false`, `no` or empty: null),
 * else the user's cache folder (`%LOCALAPPDATA%\nianbao\Cache` on Windows, `~/Library/Caches/nianbao` on macOS,
 * `$XDG_CACHE_HOME/nianbao` or `~/.cache/nianbao` elsewhere). Null when there is no home folder to put it in.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = safeHome()): string | null {
  const set = env.NIANBAO_CODE_CACHE;
  if (set !== undefined) return OFF.has(set.trim().toLowerCase()) ? null : set;
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'nianbao', 'Cache') : home ? join(home, 'AppData', 'Local', 'nianbao', 'Cache') : null;
  if (!home) return null;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'nianbao');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'nianbao');
}

function safeHome(): string {
  try {
    return homedir();
  } catch {
    return '';
  }
}

/**
 * Loads the CommonJS bundle at `bundle` (an absolute path) as `require` would, with V8's code cache kept in
 * `folder` (null: no cache). Throws what `require` would (an unreadable bundle, an error while it runs); the cache
 * never makes it throw.
 */
export function requireWithCodeCache(bundle: string, folder: string | null): LoadedBundle {
  const bytes = readFileSync(bundle);
  const source = bytes.toString('utf8');
  const file = folder ? join(folder, cacheName(bundle, bytes)) : null;
  let cachedData: Buffer | undefined;
  if (file) {
    try {
      cachedData = readFileSync(file);
    } catch {
      // None yet, or unreadable: compile as usual.
    }
  }
  // Node's own CommonJS wrapper, so the bundle sees what `require` gives a module.
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new vm.Script(wrapper, { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  const state: CodeCacheState = !file ? 'off' : !cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted';
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: { exports: unknown }, f: string, d: string) => void;
  run(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  let saved = false;
  return {
    get exports() {
      return module.exports;
    },
    state,
    file,
    save() {
      if (saved || !file || state === 'accepted') return false;
      saved = true;
      return writeCache(file, script.createCachedData(), basename(bundle, '.js'));
    },
  };
}

/** `<bundle name>-<16 hex of the bundle's SHA-1>-<node version>-<arch>.v8cache`. */
function cacheName(bundle: string, bytes: Buffer): string {
  const hash = createHash('sha1').update(bytes).digest('hex').slice(0, 16);
  return `${basename(bundle, '.js')}-${hash}-${process.version}-${process.arch}.v8cache`;
}

/** Writes the cache through a temporary file (other processes never read half a file); drops this bundle's older caches. */
function writeCache(file: string, data: Buffer, bundleName: string): boolean {
  const folder = dirname(file);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // Never written.
    }
    return false;
  }
  // Caches of other builds of the same bundle are dead weight once this one is written.
  const ours = (name: string) => name.startsWith(`${bundleName}-`) && /^-[0-9a-f]{16}-.+\.v8cache$/.test(name.slice(bundleName.length));
  try {
    for (const name of readdirSync(folder)) {
      if (name !== basename(file) && ours(name)) unlinkSync(join(folder, name));
    }
  } catch {
    // Another process may be tidying the same folder.
  }
  return true;
}

/**
 * Where a boot script puts the function that saves the loaded bundle's code cache (`globalThis[SAVE_CODE_CACHE]`),
 * for the bundle to call once the code worth caching has run: a symbol, since the bundle is loaded with no handle
 * on its loader.
 */
export const SAVE_CODE_CACHE = Symbol.for('nianbao.saveCodeCache');

/** Where a boot script puts what became of the cache (`{ state, file }`), for the bundle to log. */
export const CODE_CACHE_STATE = Symbol.for('nianbao.codeCacheState');

/** What the boot script said of the code cache, or null when the bundle was loaded without one. */
export function codeCacheState(): { state: CodeCacheState; file: string | null } | null {
  const s = (globalThis as Record<symbol, unknown>)[CODE_CACHE_STATE] as { state: CodeCacheState; file: string | null } | undefined;
  return s ?? null;
}

/**
 * Asks the boot script (if the bundle was loaded by one) to save the code cache soon, off the current turn. A
 * no-op without a boot script (tests that load the bundle directly) and after the first call.
 */
export function requestCodeCacheSave(): void {
  const save = (globalThis as Record<symbol, unknown>)[SAVE_CODE_CACHE];
  if (typeof save === 'function') {
    delete (globalThis as Record<symbol, unknown>)[SAVE_CODE_CACHE];
    save();
  }
}
