/**
 * The server's settings (`nianbao.*` in VS Code; `initializationOptions.settings` or `workspace/configuration`
 * for other clients), validated with zod: anything malformed falls back to the default, never throws.
 */
import * as z from 'zod/mini';
import { closestNames, DOCS_BASE, RULES, type Bilingual, type Locale, type RuleSetting } from '../core/index.js';

const RULE_LEVELS = ['default', 'off', 'error', 'warning', 'info', 'hint'] as const;
const RuleLevel = z.enum(RULE_LEVELS);
const LOCALES = ['auto', 'zh', 'en'] as const;

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
  locale: z._default(z.catch(z.enum(LOCALES), 'auto'), 'auto'),
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
  const v = sectionOf(raw);
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

/** The `nianbao` section of what a client sent (`{ nianbao: {...} }` or the section itself). */
function sectionOf(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && 'nianbao' in (raw as Record<string, unknown>)) return (raw as Record<string, unknown>).nianbao;
  return raw;
}

/** A setting that `readSettings` replaced by its default because its value was not valid. */
export interface SettingProblem {
  /** The setting as a VS Code user writes it: `nianbao.locale`, `nianbao.rules.prose-table`. */
  setting: string;
  /** The value given, as JSON (for an unknown rule id: the id). */
  value: string;
  /** What is accepted, in words. */
  expected: Bilingual;
  /** For an unknown rule id: the closest rule ids ("did you mean"), possibly none. */
  suggestions?: string[];
}

const quoted = (xs: readonly string[]) => xs.map((x) => JSON.stringify(x)).join(', ');
const oneOf = (xs: readonly string[]): Bilingual => ({ zh: `应为 ${quoted(xs)} 之一`, en: `expected one of ${quoted(xs)}` });
const BOOLEAN: Bilingual = { zh: '应为 true 或 false', en: 'expected true or false' };

/**
 * The settings in what a client sent that `readSettings` does not take as given (a value of the wrong kind, an
 * unknown rule id), in the order of the schema. Empty for valid settings and for no settings at all.
 */
export function settingsProblems(raw: unknown): SettingProblem[] {
  const v = sectionOf(raw);
  if (v === undefined || v === null) return [];
  const out: SettingProblem[] = [];
  const bad = (setting: string, value: unknown, expected: Bilingual) => out.push({ setting, value: JSON.stringify(value) ?? String(value), expected });
  if (typeof v !== 'object' || Array.isArray(v)) {
    bad('nianbao', v, { zh: '应为一组设置（对象）', en: 'expected an object of settings' });
    return out;
  }
  const o = v as Record<string, unknown>;
  const isBool = (x: unknown) => x === undefined || typeof x === 'boolean';
  if (!isBool(o.autoDetect)) bad('nianbao.autoDetect', o.autoDetect, BOOLEAN);
  if (o.rules !== undefined) {
    if (!o.rules || typeof o.rules !== 'object' || Array.isArray(o.rules)) bad('nianbao.rules', o.rules, { zh: '应为从规则 id 到级别的对象', en: 'expected an object from rule ids to levels' });
    else {
      const ids = RULES.map((r) => r.meta.id);
      for (const [id, level] of Object.entries(o.rules as Record<string, unknown>)) {
        if (!ids.includes(id)) {
          const near = closestNames(id, ids);
          out.push({ setting: 'nianbao.rules', value: JSON.stringify(id), expected: { zh: '应为规则 id', en: 'expected a rule id' }, suggestions: near });
        } else if (!(RULE_LEVELS as readonly unknown[]).includes(level)) bad(`nianbao.rules.${id}`, level, oneOf(RULE_LEVELS));
      }
    }
  }
  if (o.workspace !== undefined) {
    const w = o.workspace as Record<string, unknown> | null;
    if (!w || typeof w !== 'object' || Array.isArray(w)) bad('nianbao.workspace', w, { zh: '应为对象（check、maxFiles）', en: 'expected an object (check, maxFiles)' });
    else {
      if (!isBool(w.check)) bad('nianbao.workspace.check', w.check, BOOLEAN);
      if (w.maxFiles !== undefined && !(Number.isInteger(w.maxFiles) && (w.maxFiles as number) > 0)) bad('nianbao.workspace.maxFiles', w.maxFiles, { zh: '应为正整数', en: 'expected a positive whole number' });
    }
  }
  if (o.locale !== undefined && !(LOCALES as readonly unknown[]).includes(o.locale)) bad('nianbao.locale', o.locale, oneOf(LOCALES));
  if (!isBool(o.crossYear)) bad('nianbao.crossYear', o.crossYear, BOOLEAN);
  return out;
}

/** One message for all the problems of the settings (for `window/showMessage`), in `locale`. */
export function settingsWarning(problems: SettingProblem[], locale: Locale): string {
  const en = locale === 'en';
  const parts = problems.map((p) => {
    const near = p.suggestions?.length ? p.suggestions.map((x) => JSON.stringify(x)).join(en ? ' or ' : '或') : '';
    if (p.suggestions) {
      return en
        ? `${p.setting}: no rule has the id ${p.value}${near ? ` (did you mean ${near}?)` : ` (the rule ids are listed at ${DOCS_BASE})`}`
        : `${p.setting}：没有 id 为 ${p.value} 的规则${near ? `（是否是 ${near}？）` : `（规则 id 见 ${DOCS_BASE}）`}`;
    }
    return en ? `${p.setting}: ${p.value} is not valid, ${p.expected.en}` : `${p.setting}：${p.value} 无效，${p.expected.zh}`;
  });
  return en
    ? `nianbao: invalid settings, the defaults are used instead: ${parts.join('; ')}.`
    : `nianbao 设置有误，已改用默认值：${parts.join('；')}。`;
}
