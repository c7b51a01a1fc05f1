/**
 * The server's settings (`nianbao.*` in VS Code; `initializationOptions.settings` or `workspace/configuration`
 * for other clients), validated with zod: anything malformed falls back to the default, never throws.
 */
import * as z from 'zod/mini';
import { closestNames, CONFIGURABLE_IDS, DOCS_BASE, type Bilingual, type Locale, type RuleSetting } from '../core/index.js';

const RULE_LEVELS = ['default', 'off', 'error', 'warning', 'info', 'hint'] as const;
const RuleLevel = z.enum(RULE_LEVELS);
const LOCALES = ['auto', 'zh', 'en'] as const;

// Each setting's own schema, once: `SettingsSchema` reads them leniently (a bad value falls back to its default),
// `StrictSettingsSchema` checks them strictly, and its errors are the problems the user is told about.
const AutoDetect = z.boolean();
const WorkspaceCheck = z.boolean();
const MaxFiles = z.int().check(z.positive());
const Locale = z.enum(LOCALES);
const CrossYear = z.boolean();
const MaxDiagnostics = z.int().check(z.positive());
/** How many findings of one document are published by default (`nianbao.maxDiagnostics`; see `diagnosticsOf`). */
const DEFAULT_MAX_DIAGNOSTICS = 1000;

export const SettingsSchema = z.object({
  /** Check Markdown and plain-text files that the engine recognises as a report (not only `*.nianbao.md`). */
  autoDetect: z._default(z.catch(AutoDetect, true), true),
  /** Per-rule severity or `off`; `default` keeps the rule's own severity. */
  rules: z._default(z.catch(z.record(z.string(), z.catch(RuleLevel, 'default')), {}), {}),
  workspace: z._default(z.catch(z.object({
    /** Check every report in the workspace folders in the background, so the Problems view lists them all. */
    check: z._default(z.catch(WorkspaceCheck, true), true),
    /** At most this many files are read when the workspace is checked. */
    maxFiles: z._default(z.catch(MaxFiles, 2000), 2000),
  }), { check: true, maxFiles: 2000 }), { check: true, maxFiles: 2000 }),
  /** Message language: `auto` follows the editor's display language (LSP `initialize.locale`). */
  locale: z._default(z.catch(Locale, 'auto'), 'auto'),
  /** Find last year's report of the same agency for the cross-year rules (beside the report on disk, then in the workspace). */
  crossYear: z._default(z.catch(CrossYear, true), true),
  /** At most this many findings of one document are published (the most severe; a note at the top says how many more). */
  maxDiagnostics: z._default(z.catch(MaxDiagnostics, DEFAULT_MAX_DIAGNOSTICS), DEFAULT_MAX_DIAGNOSTICS),
});

/**
 * The rules' settings, strictly: a key that is no rule id (nor `unused-disable-directive`, the finding on a suppression
 * comment that suppressed nothing) is an error (`unrecognized_keys`), as in `.nianbao.jsonc`.
 */
const StrictRules = z.strictObject(Object.fromEntries(CONFIGURABLE_IDS.map((id) => [id, z.optional(RuleLevel)])));

/**
 * The same settings without fallbacks: what `settingsProblems` validates with, so that each problem is one of zod's
 * issues. Keys that are not settings are let through (a client may send its own, such as `trace`).
 */
const StrictSettingsSchema = z.object({
  autoDetect: z.optional(AutoDetect),
  rules: z.optional(StrictRules),
  workspace: z.optional(z.object({ check: z.optional(WorkspaceCheck), maxFiles: z.optional(MaxFiles) })),
  locale: z.optional(Locale),
  crossYear: z.optional(CrossYear),
  maxDiagnostics: z.optional(MaxDiagnostics),
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

const quoted = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).join(', ');
const oneOf = (xs: readonly unknown[]): Bilingual => ({ zh: `应为 ${quoted(xs)} 之一`, en: `expected one of ${quoted(xs)}` });
/** What a value of each type zod names (`invalid_type`'s `expected`) is, in words. */
const TYPE_WORDS: Record<string, Bilingual> = {
  boolean: { zh: '应为 true 或 false', en: 'expected true or false' },
  int: { zh: '应为整数', en: 'expected a whole number' },
  number: { zh: '应为数字', en: 'expected a number' },
  string: { zh: '应为字符串', en: 'expected a string' },
};

/**
 * The settings in what a client sent that `readSettings` does not take as given (a value of the wrong kind, an
 * unknown rule id), in the order of the schema: the issues of `StrictSettingsSchema.safeParse`, each with the setting
 * as a VS Code user writes it, the value given and what the schema expects, in both languages. Empty for valid
 * settings and for no settings at all.
 */
export function settingsProblems(raw: unknown): SettingProblem[] {
  const v = sectionOf(raw);
  if (v === undefined || v === null) return [];
  const r = StrictSettingsSchema.safeParse(v);
  if (r.success) return [];
  const out: SettingProblem[] = [];
  for (const issue of r.error.issues) {
    const path = issue.path as (string | number)[];
    const setting = ['nianbao', ...path].join('.');
    if (issue.code === 'unrecognized_keys') {
      // Only the rules are strict: each unknown key is a rule id that no rule has.
      const ids = [...CONFIGURABLE_IDS];
      for (const id of issue.keys) out.push({ setting, value: JSON.stringify(id), expected: { zh: '应为规则 id', en: 'expected a rule id' }, suggestions: closestNames(id, ids) });
      continue;
    }
    const value = valueAt(v, path);
    out.push({ setting, value: JSON.stringify(value) ?? String(value), expected: expectedOf(issue, schemaAt(StrictSettingsSchema, path)) });
  }
  return out;
}

/** What one zod issue says was expected, in words; `schema`: the schema of the setting it is about. */
function expectedOf(issue: z.core.$ZodIssue, schema: z.core.$ZodType | undefined): Bilingual {
  switch (issue.code) {
    case 'invalid_value':
      return oneOf(issue.values);
    case 'invalid_type': {
      if (issue.expected !== 'object') return TYPE_WORDS[issue.expected] ?? { zh: `应为 ${issue.expected}`, en: `expected ${issue.expected}` };
      if (schema === StrictRules) return { zh: '应为从规则 id 到级别的对象', en: 'expected an object from rule ids to levels' };
      const keys = Object.keys((schema?._zod.def as { shape?: object } | undefined)?.shape ?? {});
      return issue.path.length
        ? { zh: `应为对象（${keys.join('、')}）`, en: `expected an object (${keys.join(', ')})` }
        : { zh: '应为一组设置（对象）', en: 'expected an object of settings' };
    }
    case 'too_small':
    case 'too_big': {
      const whole = (schema?._zod.def as { format?: string } | undefined)?.format?.includes('int');
      const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const kind = whole ? { zh: '整数', en: 'whole number' } : { zh: '数', en: 'number' };
      if (issue.code === 'too_small' && n === 0 && !issue.inclusive) return { zh: `应为正${kind.zh}`, en: `expected a positive ${kind.en}` };
      const [zh, en] = issue.code === 'too_small' ? (issue.inclusive ? ['不小于', 'at least'] : ['大于', 'greater than']) : (issue.inclusive ? ['不大于', 'at most'] : ['小于', 'less than']);
      return { zh: `应为${zh} ${n} 的${kind.zh}`, en: `expected a ${kind.en} ${en} ${n}` };
    }
    default:
      return { zh: `不符合要求（${issue.code}）`, en: `not accepted (${issue.code})` };
  }
}

/** The schema of the setting at `path` (through `optional`), or undefined. */
function schemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let s: z.core.$ZodType | undefined = schema;
  for (let i = 0; s; ) {
    const def = s._zod.def as { type: string; innerType?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType> };
    if (def.type === 'optional') s = def.innerType;
    else if (i === path.length) return s;
    else s = def.type === 'object' ? def.shape?.[String(path[i++])] : undefined;
  }
  return undefined;
}

/** The value at `path` in what the client sent. */
function valueAt(v: unknown, path: readonly (string | number)[]): unknown {
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
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
