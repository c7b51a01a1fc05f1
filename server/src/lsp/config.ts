/**
 * The project config (`.nianbao.jsonc`) for the editor, as the CLI reads it: the nearest file from a report's
 * folder upward applies (files are not merged), with its per-glob overrides. A file that does not validate is
 * reported on the file itself and otherwise ignored, so the reports are still checked with the defaults.
 */
import { readFileSync } from 'node:fs';
import { configEntry } from '../node/config-entry.js';
import { CONFIG_ENTRY_REASON } from '../cli/messages.js';
import path from 'node:path';
import { CONFIG_FILE_NAME, configText, parseConfig, settingsForFile, type ConfigIssue, type FileSettings, type NianbaoConfig } from '../core/index.js';
import { pathToUri, uriToPath } from './workspace.js';

export interface LoadedConfig {
  path: string;
  uri: string;
  /** Null when the file does not validate (see `issues`). */
  config: NianbaoConfig | null;
  issues: ConfigIssue[];
}

const NONE: FileSettings = { ignored: false, rules: {} };

export class ConfigResolver {
  private byDir = new Map<string, LoadedConfig | null>();
  /** Config files read (to report and re-read them). */
  readonly files = new Map<string, LoadedConfig>();

  /** Forgets everything (a config file was created, changed or deleted). */
  clear(): void {
    this.byDir.clear();
    this.files.clear();
  }

  /** The config file that applies to a document (null: none, or not a file on disk). */
  configFor(uri: string): LoadedConfig | null {
    const p = uriToPath(uri);
    if (!p) return null;
    const seen: string[] = [];
    let found: LoadedConfig | null = null;
    for (let d = path.dirname(p); ; d = path.dirname(d)) {
      const cached = this.byDir.get(d);
      if (cached !== undefined) { found = cached; break; }
      seen.push(d);
      const candidate = path.join(d, CONFIG_FILE_NAME);
      const loaded = this.load(candidate);
      if (loaded) { found = loaded; break; }
      if (path.dirname(d) === d) break;
    }
    for (const d of seen) this.byDir.set(d, found);
    return found;
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
    let text: string;
    try {
      text = configText(readFileSync(file));
    } catch (e) {
      const c = { path: file, uri: pathToUri(file), config: null, issues: [{ key: '', message: `cannot read: ${(e as Error).message}`, zh: `无法读取：${(e as Error).message}`, line: 1, column: 1 }] };
      this.files.set(file, c);
      return c;
    }
    const r = parseConfig(text);
    const c: LoadedConfig = r.ok ? { path: file, uri: pathToUri(file), config: r.config, issues: [] } : { path: file, uri: pathToUri(file), config: null, issues: r.issues };
    this.files.set(file, c);
    return c;
  }
}
