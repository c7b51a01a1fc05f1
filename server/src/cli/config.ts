import { readFileSync } from 'node:fs';
import { configEntry } from '../node/config-entry.js';
import { parseConfigBytes } from '../node/config-text.js';
import { fsError } from './files.js';
import { CONFIG, CONFIG_ENTRY_REASON } from './messages.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAME, formatConfigIssues, settingsForFile, type Bilingual, type FileSettings, type Locale, type NianbaoConfig } from '../core/index.js';

/** A config file as read from disk. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  path: string;
  config: NianbaoConfig;
}

/** One problem of a config file, with its place in the file (the review formats report it at that line). */
export interface ConfigProblem {
  /** 1-based line and column (UTF-16 code units) in the config file; absent when the file cannot be read at all. */
  line?: number;
  column?: number;
  /** What is wrong, without the file and the place: `rules.row-label：应为以下之一：…` / `rules.row-label: expected one of …`. */
  message: Bilingual;
}

/**
 * A config file that cannot be used: the message names the file, the key and what was expected. `text` holds it in
 * both languages (`message` is the English one); the issues themselves come from the core, in English. `config`:
 * the file (as shown and absolute) and each of its problems with its place, for the review formats, and the `locale`
 * the file states (its problems are said in that language unless --locale says otherwise).
 */
export class ConfigError extends Error {
  constructor(readonly text: Bilingual, readonly config?: { shown: string; abs: string; problems: ConfigProblem[]; locale?: Locale }) {
    super(text.en);
  }
}

/** The error of config file `abs` (shown as `shown`) that cannot be read at all (or is a folder, a dangling link). */
function unreadableConfig(abs: string, shown: string, reason: Bilingual): ConfigError {
  return new ConfigError(CONFIG.cannotRead(shown, reason), { shown, abs, problems: [{ message: CONFIG.cannotReadFile(reason) }] });
}

/**
 * Reads and validates one config file; throws `ConfigError` naming the file, the key and what was expected. A file
 * with nothing but comments is the defaults (`{}`); `onNote` is told (it hides the configs of the folders above).
 */
export function loadConfig(abs: string, shown = abs, onNote?: (note: Bilingual) => void): LoadedConfig {
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    throw unreadableConfig(abs, shown, fsError(e));
  }
  const r = parseConfigBytes(bytes);
  if (!r.ok) {
    // (Each problem as `formatConfigIssues` writes it on stderr, without its `file:line:col: `.)
    const problems = r.issues.map((i) => ({ line: i.line, column: i.column, message: { zh: `${i.key ? `${i.key}：` : ''}${i.zh}`, en: `${i.key ? `${i.key}: ` : ''}${i.message}` } }));
    throw new ConfigError(CONFIG.invalid(shown, formatConfigIssues(shown, r.issues, true), formatConfigIssues(shown, r.issues)), { shown, abs, problems, locale: r.locale });
  }
  if (r.empty) onNote?.(CONFIG.empty(shown));
  return { path: abs, config: r.config };
}

/**
 * Finds the config of each report: `--config FILE` for every file, or the nearest `.nianbao.jsonc` from the
 * report's folder upward (the nearest one wins; files are not merged). Each folder is looked at once. A folder
 * named `.nianbao.jsonc` on the way up, or a link there to nothing or a loop, is a `ConfigError` (it was surely meant
 * to be the config: `configEntry`). `onNote` receives the notes about the config files read (an empty one), once per
 * file.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig | null>();
  private readonly explicit: LoadedConfig | null;

  constructor(private readonly cwd: string, explicitPath?: string, private readonly onNote?: (note: Bilingual) => void) {
    this.explicit = explicitPath ? loadConfig(resolve(cwd, explicitPath), explicitPath, onNote) : null;
  }

  /** The config that applies to a report (null: none). */
  configFor(absFile: string): LoadedConfig | null {
    if (this.explicit) return this.explicit;
    return this.lookup(dirname(absFile));
  }

  private lookup(dir: string): LoadedConfig | null {
    const seen: string[] = [];
    let found: LoadedConfig | null = null;
    for (let d = dir; ; d = dirname(d)) {
      const cached = this.byDir.get(d);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      seen.push(d);
      const candidate = join(d, CONFIG_FILE_NAME);
      const kind = configEntry(candidate);
      if (kind !== 'none' && kind !== 'file') throw unreadableConfig(candidate, shownPath(candidate, this.cwd), CONFIG_ENTRY_REASON[kind]);
      if (kind === 'file') {
        found = loadConfig(candidate, shownPath(candidate, this.cwd), this.onNote);
        break;
      }
      if (dirname(d) === d) break;
    }
    for (const d of seen) this.byDir.set(d, found);
    return found;
  }

  /** The settings for a report from its config (none: an empty set). */
  settingsFor(absFile: string): FileSettings & { config: LoadedConfig | null } {
    const c = this.configFor(absFile);
    if (!c) return { ignored: false, rules: {}, config: null };
    const rel = relative(dirname(c.path), absFile).split(sep).join('/');
    return { ...settingsForFile(c.config, rel), config: c };
  }
}

function shownPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : abs;
}
