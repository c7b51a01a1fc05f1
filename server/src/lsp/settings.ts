/**
 * The server's settings (`nianbao.*` in VS Code; `initializationOptions.settings` or `workspace/configuration`
 * for other clients), validated with zod: anything malformed falls back to the default, never throws.
 */
import { z } from 'zod';
import type { RuleSetting } from '../core/index.js';

const RuleLevel = z.enum(['default', 'off', 'error', 'warning', 'info', 'hint']);

export const SettingsSchema = z.object({
  /** Check Markdown and plain-text files that the engine recognises as a report (not only `*.nianbao.md`). */
  autoDetect: z.boolean().catch(true).default(true),
  /** Per-rule severity or `off`; `default` keeps the rule's own severity. */
  rules: z.record(z.string(), RuleLevel.catch('default')).catch({}).default({}),
  workspace: z.object({
    /** Check every report in the workspace folders in the background, so the Problems view lists them all. */
    check: z.boolean().catch(true).default(true),
    /** At most this many files are read when the workspace is checked. */
    maxFiles: z.number().int().positive().catch(2000).default(2000),
  }).catch({ check: true, maxFiles: 2000 }).default({ check: true, maxFiles: 2000 }),
  /** Message language: `auto` follows the editor's display language (LSP `initialize.locale`). */
  locale: z.enum(['auto', 'zh', 'en']).catch('auto').default('auto'),
  /** Find last year's report of the same agency in the same folder for the cross-year rules. */
  crossYear: z.boolean().catch(true).default(true),
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
