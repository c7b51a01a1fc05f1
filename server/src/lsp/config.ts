/**
 * The project config (`.nianbao.jsonc`) for the editor, as the CLI reads it: the nearest file from a report's
 * folder upward applies (files are not merged), with its per-glob overrides. A file that does not validate is
 * reported on the file itself and otherwise ignored, so the reports are still checked with the defaults.
 */
import { readFileSync, statSync } from 'node:fs';
import { configEntry } from '../node/config-entry.js';
import { parseConfigBytes } from '../node/config-text.js';
import { CONFIG_ENTRY_REASON } from '../cli/messages.js';
import path from 'node:path';
import { CONFIG_FILE_NAME, settingsForFile, type ConfigIssue, type FileSettings, type NianbaoConfig } from '../core/index.js';
import { pathToUri, uriToPath } from './workspace.js';

export interface LoadedConfig {
  path: string;
  uri: string;
  /** Null when the file does not validate (see `issues`). */
  config: NianbaoConfig | null;
  issues: ConfigIssue[];
}

const NONE: FileSettings = { ignored: false, rules: {} };

/**
 * How long (ms) what stands at a config path is trusted before it is looked at again (a stat or two; a lookup goes
 * through each folder from the report's up to the config, some 5–10 paths, several times per keystroke): a config
 * created, edited or deleted on disk is read again by the lookups after that, in a client that sends no file events
 * (Neovim, Helix: brk110 #2), as last year's report is (node/previous.ts).
 */
const FRESH_MS = 250;

/** What stands at a config path (`configEntry`), with the modification time, size and inode of a file. */
function stampOf(file: string): string {
  const kind = configEntry(file);
  if (kind !== 'file') return kind;
  try {
    const st = statSync(file);
    return `file:${st.mtimeMs}:${st.size}:${st.ino}`;
  } catch {
    return 'none';
  }
}

export class ConfigResolver {
  /** Per config path looked up: what stood there (`stampOf`), when that was last checked, and the config read. */
  private seen = new Map<string, { stamp: string; at: number; loaded: LoadedConfig | null }>();
  /** Config files read (to report and re-read them). */
  readonly files = new Map<string, LoadedConfig>();
  /** Bumped when a config path looked up before is found changed on disk (created, edited, deleted). */
  changes = 0;
  /** The URIs of config files read before that are gone (deleted, or no longer a file): their problems are cleared. */
  private gone: string[] = [];

  /** Forgets everything (a config file was created, changed or deleted). */
  clear(): void {
    this.seen.clear();
    this.files.clear();
  }

  /** The URIs of config files gone since the last call (`gone`). */
  takeGone(): string[] {
    return this.gone.splice(0);
  }

  /** The config file that applies to a document (null: none, or not a file on disk). */
  configFor(uri: string): LoadedConfig | null {
    const p = uriToPath(uri);
    if (!p) return null;
    const now = Date.now();
    for (let d = path.dirname(p); ; d = path.dirname(d)) {
      const loaded = this.at(path.join(d, CONFIG_FILE_NAME), now);
      if (loaded) return loaded;
      if (path.dirname(d) === d) return null;
    }
  }

  /** The config at `file` (null: nothing there), read again when what stands there changed (`FRESH_MS`). */
  private at(file: string, now: number): LoadedConfig | null {
    const hit = this.seen.get(file);
    if (hit && now - hit.at < FRESH_MS) return hit.loaded;
    const stamp = stampOf(file);
    if (hit && hit.stamp === stamp) { hit.at = now; return hit.loaded; }
    if (hit) this.changes++;
    if (hit?.loaded && stamp === 'none') { this.files.delete(file); this.gone.push(hit.loaded.uri); }
    const loaded = stamp === 'none' ? null : this.load(file);
    this.seen.set(file, { stamp, at: now, loaded });
    return loaded;
  }

  /** What the config says about a document (nothing when there is no valid config). */
  settingsFor(uri: string): FileSettings {
    const c = this.configFor(uri);
    const p = uriToPath(uri);
    if (!c?.config || !p) return NONE;
    const rel = path.relative(path.dirname(c.path), p).split(path.sep).join('/');
    return settingsForFile(c.config, rel);
  }

  private load(file: string): LoadedConfig | null {
    const kind = configEntry(file);
    if (kind === 'none') return null;
    if (kind !== 'file') {
      // Named as the config but no file (a folder, a link to nothing): reported on its path, as an invalid config is,
      // and the reports below it are checked with the defaults, not a parent folder's config (the CLI stops there).
      const why = CONFIG_ENTRY_REASON[kind];
      const c = { path: file, uri: pathToUri(file), config: null, issues: [{ key: '', message: `cannot read: ${why.en}`, zh: `无法读取：${why.zh}`, line: 1, column: 1 }] };
      this.files.set(file, c);
      return c;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      const c = { path: file, uri: pathToUri(file), config: null, issues: [{ key: '', message: `cannot read: ${(e as Error).message}`, zh: `无法读取：${(e as Error).message}`, line: 1, column: 1 }] };
      this.files.set(file, c);
      return c;
    }
    const r = parseConfigBytes(bytes);
    const c: LoadedConfig = r.ok ? { path: file, uri: pathToUri(file), config: r.config, issues: [] } : { path: file, uri: pathToUri(file), config: null, issues: r.issues };
    this.files.set(file, c);
    return c;
  }
}
