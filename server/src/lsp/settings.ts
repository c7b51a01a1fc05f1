/**
 * The server's settings (`nianbao.*` in VS Code; `initializationOptions.settings` or `workspace/configuration`
 * for other clients), validated with zod: anything malformed falls back to the default, never throws.
 */
import * as z from 'zod/mini';
import type { RuleSetting } from '../core/index.js';

const RuleLevel = z.enum(['default', 'off', 'error', 'warning', 'info', 'hint']);

export const SettingsSchema = z.object({
  /** Check Markdown and plain-text files that the engine recognises as a report (not only `*.nianbao.md`). */
  autoDetect: z._default(z.catch(z.boolean(), true), true),
  /** Per-rule severity or `off`; `default` keeps the rule's own severity. */
  rules: z._default(z.catch(z.record(z.string(), z.catch(RuleLevel, 'default')), {}), {}),
  workspace: z._default(z.catch(z.object({
    /** Check every report in the workspace folders in the background, so the Problems view lists them all. */
    check: z._default(z.catch(z.boolean(), true), true),
    /** At most this many files are read when the workspace is checked. */
    maxFiles: z._default(z.catch(z.int().check(z.positive()), 2000), 2000),
  }), { check: true, maxFiles: 2000 }), { check: true, maxFiles: 2000 }),
  /** Message language: `auto` follows the editor's display language (LSP `initialize.locale`). */
  locale: z._default(z.catch(z.enum(['auto', 'zh', 'en']), 'auto'), 'auto'),
  /** Find last year's report of the same agency for the cross-year rules (beside the report on disk, then in the workspace). */
  crossYear: z._default(z.catch(z.boolean(), true), true),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/**
 * Reads settings from whatever a client sent: `{ nianbao: {...} }`, the section itself, or nothing. VS Code sends
 * `rules` as an object whose keys are rule ids (from the dotted `nianbao.rules.<id>` settings).
 */
export function readSettings(raw: unknown): Settings {
  let v: unknown = raw;
  if (v && typeof v === 'object' && 'nianbao' in (v as Record<string, unknown>)) v = (v as Record<string, unknown>).nianbao;
  if (!v || typeof v !== 'object') return DEFAULT_SETTINGS;
  const r = SettingsSchema.safeParse(v);
  return r.success ? r.data : DEFAULT_SETTINGS;
}

/** The `rules` option of `checkReport`: only the rules whose setting is not `default`. */
export function ruleOverrides(s: Settings): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, level] of Object.entries(s.rules)) if (level !== 'default') out[id] = level;
  return out;
}
