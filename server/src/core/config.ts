import * as z from 'zod/mini';
import picomatch from 'picomatch/posix';
import { parseTree, findNodeAtLocation, printParseErrorCode, stripComments, type ParseError, type Node } from 'jsonc-parser';
import type { FormatId, Locale, RuleSetting } from './types.js';
import { RULES } from './rules/index.js';
import { FIRST_REPORT_YEAR, formatYearMismatch, LAST_REPORT_YEAR } from './templates/index.js';
import { docsUrl, PROJECT_HOME } from './docs.js';
import { closestName } from './suggest.js';
import { UNUSED_DISABLE, UNUSED_DISABLE_META } from './suppress.js';
import { LineIndex } from './text/lines.js';

/**
 * `.nianbao.jsonc`: the project's settings for the checker (JSON with comments). The CLI looks it up from each
 * report's folder upward (or takes `--config FILE`); the language server can read the same file with the same
 * schema. Its JSON Schema (schemas/nianbao.schema.json, for completion and errors in the editor) is generated
 * from this zod schema by `configJsonSchema()`; a test fails when the shipped file drifts.
 *
 *     {
 *       "locale": "zh",
 *       "rules": { "row-label": "off", "cell-blank": "error" },
 *       "ignore": ["drafts/**", "*.bak.md"],
 *       "overrides": [ { "files": "2018/**", "format": "pre2019", "year": 2018, "rules": { "section-order": "info" } } ]
 *     }
 *
 * Globs are matched against the report's path relative to the config file's folder, with `/` separators; a
 * glob without `/` matches a file or folder name at any depth (`drafts` ignores every `drafts/` folder), one that
 * starts with `/` only from that folder (`/r.md`), as in `.gitignore`.
 */
export const CONFIG_FILE_NAME = '.nianbao.jsonc';

/** What a rule may be set to in the config file. */
export const CONFIG_SETTINGS = ['off', 'info', 'warning', 'error'] as const;
const Setting = z.enum(CONFIG_SETTINGS);

/** Attaches a description (and other JSON Schema keywords) to a schema, for the generated JSON Schema. */
const described = <T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T => (schema as z.ZodMiniType).register(z.globalRegistry, meta) as T;

/**
 * The ids a config's `rules` (and `--rule`) may set: every rule's, and `unused-disable-directive`, the finding on a
 * `<!-- nianbao-disable… -->` comment that suppressed nothing (off unless set here or turned on by
 * `--report-unused-disable`, as ESLint's reportUnusedDisableDirectives).
 */
export const CONFIGURABLE_IDS: readonly string[] = [...RULES.map((r) => r.meta.id), UNUSED_DISABLE];

/** What `unused-disable-directive` reports, for the config's schema and the editor's setting. */
export const UNUSED_DESCRIPTION = UNUSED_DISABLE_META.description;

const Rules = described(z.strictObject(Object.fromEntries([...RULES.map((r) => [r.meta.id, described(z.optional(Setting), {
  description: `${r.meta.description.zh} — ${r.meta.description.en} (default: ${r.meta.defaultSeverity})`,
  markdownDescription: `${r.meta.description.zh}\n\n${r.meta.description.en}\n\nDefault: \`${r.meta.defaultSeverity}\`. [Docs](${docsUrl(r.meta.id)})`,
})] as const), [UNUSED_DISABLE, described(z.optional(Setting), {
  description: `${UNUSED_DESCRIPTION.zh} — ${UNUSED_DESCRIPTION.en}`,
  markdownDescription: `${UNUSED_DESCRIPTION.zh}\n\n${UNUSED_DESCRIPTION.en}\n\nDefault: \`off\`. [Docs](${docsUrl(UNUSED_DISABLE)})`,
})] as const]), { error: 'an object from rule ids to "off", "info", "warning" or "error"' }), { id: 'rules', description: 'Per-rule severity: "off", "info", "warning" or "error" (the most a rule\'s findings are: a finding the rule gives at a lower severity keeps it). Rules not named keep their default.' });

/** What an invalid glob is told it should be (its brackets balanced). */
const GLOB_EXPECTED = 'a glob whose [ ], { } and ( ) are closed (to match a [ itself, write "\\\\[" in the file)';
/** What a glob with a Windows path separator (`drafts\\r.md`) is told: a backslash escapes the character after it. */
const GLOB_SLASH_EXPECTED = 'a glob with "/" between folder names (such as "drafts/r.md"; "\\" only escapes a glob character such as "\\[")';
/** A backslash before a character that needs no escape (`drafts\r.md`): a Windows path, which would match nothing. */
const WINDOWS_SEPARATOR = /\\(?![*?[\]{}()!+@\\])/;
/** What a glob of slashes only (`/`) is told: it names no file or folder. */
const GLOB_NAMES_EXPECTED = 'a glob naming files or folders (such as "drafts/" or "*.bak.md"; "/" alone names none)';
/** What a negation with nothing after its `!` (`!`, `!/`) is told: it takes back no file (brk170 #8: it was told of "/"). */
const GLOB_NEGATION_EXPECTED = 'a glob naming files or folders after its "!" (such as "!drafts/keep.md"; "!" alone names none)';
const Glob = z.string().check(
  z.minLength(1, { error: 'a non-empty glob' }),
  z.refine((g) => !WINDOWS_SEPARATOR.test(g), { error: GLOB_SLASH_EXPECTED }),
  z.refine((g) => g === '' || g.startsWith('!') || globPattern(g) !== '', { error: GLOB_NAMES_EXPECTED }),
  z.refine((g) => !g.startsWith('!') || globPattern(g.slice(1)) !== '', { error: GLOB_NEGATION_EXPECTED }),
  z.refine((g) => g === '' || globPattern(g.replace(/^!/, '')) === '' || globProblem(g) === null, { error: GLOB_EXPECTED }),
);
const Globs = z.union([Glob, z.array(Glob).check(z.minLength(1, { error: 'a glob or a non-empty list of globs' }))], { error: 'a glob or a non-empty list of globs' });
const Format = described(z.enum(['pre2019', '2019', '2021']), { description: 'Read the matching reports as this template format instead of detecting it.' });
/** The report years the config may force: those of `--year` and the editor (annual reports start in 2008). */
const YEAR_RANGE = `a year from ${FIRST_REPORT_YEAR} to ${LAST_REPORT_YEAR}`;
const Year = described(
  z.int({ error: (issue) => (issue.code === 'invalid_type' && issue.expected === 'int' ? 'a whole year such as 2024' : 'a year such as 2024') })
    .check(z.gte(FIRST_REPORT_YEAR, { error: YEAR_RANGE }), z.lte(LAST_REPORT_YEAR, { error: YEAR_RANGE })),
  { description: 'Take this as the report year of the matching reports instead of detecting it.' },
);

const Override = z.strictObject({
  files: described(Globs, { description: 'Which reports this entry applies to (globs relative to this file\'s folder).' }),
  format: z.optional(Format),
  year: z.optional(Year),
  rules: z.optional(Rules),
}, { error: 'an object such as { "files": "2018/**", "format": "pre2019" }' });

export const ConfigSchema = described(z.strictObject({
  $schema: z.optional(z.string()),
  locale: described(z.optional(z.enum(['zh', 'en'])), { description: 'Language of the messages: "zh" (default) or "en".' }),
  rules: z.optional(Rules),
  ignore: described(z.optional(z.array(Glob, { error: 'a list of globs' })), { description: 'Reports not to check (globs relative to this file\'s folder).' }),
  overrides: described(z.optional(z.array(Override, { error: 'a list of { "files": …, "format"?, "year"?, "rules"? } entries' })), { description: 'Settings for the reports that match `files`; later entries win.' }),
}, { error: 'an object (the settings), such as { "rules": { "row-label": "off" } }' }), { title: 'nianbao configuration (.nianbao.jsonc)', description: 'Settings of the nianbao checker for government information-disclosure annual reports.' });

export type NianbaoConfig = z.infer<typeof ConfigSchema>;

/** A problem in a config file: where it is and what was expected. */
export interface ConfigIssue {
  /** The key path, e.g. `rules.row-label` or `overrides[0].year` (empty for the whole file). */
  key: string;
  /** What is wrong and what was expected, in English. */
  message: string;
  /** The same in Chinese. */
  zh: string;
  /** 1-based line and column of the offending value or key in the file. */
  line: number;
  column: number;
}

/**
 * What `parseConfig` makes of a file. `empty` is set for a file with nothing but white space and comments: it is
 * read as `{}` (the defaults), and since the nearest config wins, it hides the configs of the folders above it, which
 * the CLI says on stderr.
 */
/**
 * A config read by `parseConfig`. When it is not valid, `locale` is its own `locale` key if that much of it can be
 * read (`"en"` or `"zh"`), so that its problems are said in the language it asks for.
 */
export type ConfigResult = { ok: true; config: NianbaoConfig; empty?: true } | { ok: false; issues: ConfigIssue[]; locale?: Locale };

/** The `locale` a config states (`"zh"` / `"en"`; none: `{}`), read from its tree even when the file has other errors. */
function statedLocale(root: Node | undefined): { locale?: Locale } {
  const value: unknown = root && findNodeAtLocation(root, ['locale'])?.value;
  return value === 'zh' || value === 'en' ? { locale: value } : {};
}

/** The JSON Schema of `.nianbao.jsonc` (the content of schemas/nianbao.schema.json). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, { target: 'draft-7' }) as Record<string, unknown>;
  return { ...schema, $id: `${PROJECT_HOME}/blob/main/schemas/nianbao.schema.json` };
}

/** jsonc-parser's error codes in words, with the usual cause. */
const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'a character that cannot be here',
  InvalidNumberFormat: 'a number written wrongly',
  PropertyNameExpected: 'a key in double quotes was expected here',
  ValueExpected: 'a value was expected here (a trailing comma before it, or nothing after a colon?)',
  ColonExpected: 'a colon (:) was expected after the key',
  CommaExpected: 'a comma was expected between two entries',
  CloseBraceExpected: 'a closing } was expected (a missing comma or brace?)',
  CloseBracketExpected: 'a closing ] was expected (a missing comma or bracket?)',
  EndOfFileExpected: 'nothing more was expected after the closing }',
  InvalidCommentToken: 'a comment that is not closed (*/ missing?)',
  UnexpectedEndOfComment: 'a comment that is not closed (*/ missing?)',
  UnexpectedEndOfString: 'a string that is not closed (" missing?)',
  UnexpectedEndOfNumber: 'a number that ends too early',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape after \\',
  InvalidCharacter: 'a character that is not allowed inside a string (a line break?)',
};

/** The same in Chinese. */
const JSON_ERRORS_ZH: Record<string, string> = {
  InvalidSymbol: '此处不能有这个字符',
  InvalidNumberFormat: '数字写法有误',
  PropertyNameExpected: '此处应为带双引号的键名',
  ValueExpected: '此处应有一个值（是否前面多了逗号，或冒号后没有值？）',
  ColonExpected: '键名后应有冒号（:）',
  CommaExpected: '两项之间应有逗号',
  CloseBraceExpected: '应有右花括号 }（是否漏了逗号或括号？）',
  CloseBracketExpected: '应有右方括号 ]（是否漏了逗号或括号？）',
  EndOfFileExpected: '右花括号 } 之后不应再有内容',
  InvalidCommentToken: '注释没有结束（是否漏了 */？）',
  UnexpectedEndOfComment: '注释没有结束（是否漏了 */？）',
  UnexpectedEndOfString: '字符串没有结束（是否漏了 "？）',
  UnexpectedEndOfNumber: '数字提前结束',
  InvalidUnicode: '无效的 \\u 转义',
  InvalidEscapeCharacter: '\\ 之后的转义无效',
  InvalidCharacter: '字符串中不能有这个字符（换行？）',
};

function jsonErrorText(code: string, zh = false): string {
  const text = (zh ? JSON_ERRORS_ZH : JSON_ERRORS)[code];
  return text ? `${text} [${code}]` : code;
}

function keyPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}


/** The schema's own words for what is expected (its `error` texts and zod's type names), in Chinese. */
const EXPECTED_ZH: Record<string, string> = {
  'an object (the settings), such as { "rules": { "row-label": "off" } }': '一个对象（设置），如 { "rules": { "row-label": "off" } }',
  'an object from rule ids to "off", "info", "warning" or "error"': '从规则 id 到 "off"、"info"、"warning" 或 "error" 的对象',
  'a non-empty glob': '非空的 glob 模式',
  [GLOB_SLASH_EXPECTED]: '文件夹之间用 "/" 分隔的 glob 模式（如 "drafts/r.md"；"\\" 只用来转义 "\\[" 这样的 glob 字符）',
  [GLOB_NAMES_EXPECTED]: '指明文件或文件夹的 glob 模式（如 "drafts/" 或 "*.bak.md"；单独的 "/" 不指明任何文件）',
  [GLOB_NEGATION_EXPECTED]: '在 "!" 之后指明文件或文件夹的 glob 模式（如 "!drafts/keep.md"；单独的 "!" 不指明任何文件）',
  [GLOB_EXPECTED]: '[ ]、{ } 和 ( ) 都成对的 glob 模式（要匹配 [ 本身，在文件中写 "\\\\["）',
  'a glob or a non-empty list of globs': '一个 glob 模式或非空的 glob 列表',
  'a list of globs': 'glob 模式的列表',
  'a whole year such as 2024': '整数年份，如 2024',
  'a year such as 2024': '年份，如 2024',
  [YEAR_RANGE]: `${FIRST_REPORT_YEAR} 到 ${LAST_REPORT_YEAR} 之间的年份`,
  'an object such as { "files": "2018/**", "format": "pre2019" }': '对象，如 { "files": "2018/**", "format": "pre2019" }',
  'a list of { "files": …, "format"?, "year"?, "rules"? } entries': '{ "files": …, "format"?, "year"?, "rules"? } 条目的列表',
  string: '字符串', number: '数字', boolean: '布尔值', object: '对象', array: '数组',
};

/** `describeIssue` in Chinese. */
function describeIssueZh(issue: z.core.$ZodIssue, value: unknown): string {
  let expected = describeIssue(issue, value).replace(/^missing; expected /, '').replace(/^expected /, '').replace(/, got .*$/s, '');
  expected = EXPECTED_ZH[expected] ?? expected;
  // No space between 应为 and Chinese words (`应为非空的 glob 模式`), one before a quoted value.
  const as = /^one of /.test(expected) ? `以下之一：${expected.slice(7)}` : /^[\u4e00-\u9fff]/.test(expected) ? expected : ` ${expected}`;
  return value === undefined ? `缺少此项；应为${as}` : `应为${as}，实为 ${JSON.stringify(value)}`;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined) return `missing; expected ${/^Invalid input/.test(issue.message) && 'expected' in issue ? issue.expected : issue.message}`;
  const got = `, got ${JSON.stringify(value)}`;
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}`;
    case 'invalid_type':
      return `expected ${/^Invalid input/.test(issue.message) ? issue.expected : issue.message}${got}`;
    default:
      return `expected ${issue.message.replace(/^Invalid input: expected /, '')}${got}`;
  }
}

/**
 * The text of a config file's bytes: UTF-8 (a BOM is dropped), or UTF-16 with its BOM (Windows editors save
 * JSON that way). Never throws; malformed UTF-8 becomes U+FFFD, which `parseConfig` then reports.
 */
export function configText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * Parses and validates the text of a config file. Never throws: a JSON syntax error or a value the schema does
 * not allow comes back as issues with the key, the position and what was expected.
 */
export function parseConfig(text: string): ConfigResult {
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  // A file with nothing but comments (a placeholder) is an empty config.
  if (stripComments(text).trim() === '') return { ok: true, config: {}, empty: true };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    // The parser may say the same thing twice at one place: once is enough.
    const seen = new Set<string>();
    const issues = errors.filter((e) => !seen.has(`${e.offset}:${e.error}`) && seen.add(`${e.offset}:${e.error}`))
      .map((e) => ({ key: '', message: `invalid JSON: ${jsonErrorText(printParseErrorCode(e.error))}`, zh: `JSON 格式有误：${jsonErrorText(printParseErrorCode(e.error), true)}`, ...at(e.offset) }));
    return { ok: false, issues, ...statedLocale(root) };
  }
  // JSON keeps the last of two equal keys: the first one's settings would be dropped without a word.
  const duplicates = root ? duplicateKeys(root, at) : [];
  if (duplicates.length) return { ok: false, issues: duplicates, ...statedLocale(root) };
  const value = root ? nodeValue(root) : {};
  const parsed = ConfigSchema.safeParse(value);
  if (parsed.success) {
    const pairs = mismatchedOverrides(parsed.data, (path) => at((root && findNodeAtLocation(root, path))?.offset ?? 0));
    return pairs.length ? { ok: false, issues: pairs, ...statedLocale(root) } : { ok: true, config: parsed.data };
  }
  const issues: ConfigIssue[] = [];
  const ruleIds = CONFIGURABLE_IDS;
  for (const issue of parsed.error.issues) {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) {
        const node = root && findNodeAtLocation(root, [...path, k])?.parent;
        const inRules = path[path.length - 1] === 'rules';
        const allowed = inRules ? ruleIds : Object.keys(path.length ? Override.shape : ConfigSchema.shape);
        const near = closestName(k, allowed);
        issues.push({
          key: keyPath([...path, k]),
          message: inRules
            ? `unknown rule ${JSON.stringify(k)}${near ? ` (did you mean ${JSON.stringify(near)}?)` : ''}; expected a rule id such as ${ruleIds.slice(0, 3).map((x) => JSON.stringify(x)).join(', ')} (see the rule catalogue)`
            : `unknown key ${JSON.stringify(k)}${near ? ` (did you mean ${JSON.stringify(near)}?)` : ''}; expected one of ${allowed.map((x) => JSON.stringify(x)).join(', ')}`,
          zh: inRules
            ? `没有规则 ${JSON.stringify(k)}${near ? `（是否想写 ${JSON.stringify(near)}？）` : ''}；应为规则 id，如 ${ruleIds.slice(0, 3).map((x) => JSON.stringify(x)).join('、')}（见规则目录）`
            : `未知的键 ${JSON.stringify(k)}${near ? `（是否想写 ${JSON.stringify(near)}？）` : ''}；可用的键：${allowed.map((x) => JSON.stringify(x)).join('、')}`,
          ...at(node ? node.offset : 0),
        });
      }
      continue;
    }
    // A missing key has no node: point at the nearest enclosing value that exists.
    let node: Node | undefined;
    for (let n = path.length; root && !node && n >= 0; n--) node = findNodeAtLocation(root, path.slice(0, n));
    issues.push({ key: keyPath(path), message: describeIssue(issue, lookup(value, path)), zh: describeIssueZh(issue, lookup(value, path)), ...at(node ? node.offset : 0) });
  }
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, issues, ...statedLocale(root) };
}

/**
 * An issue for each override that forces a format and a year that do not go together (`formatYearMismatch`: pre2019
 * with 2024, 2021 with 2019), at its `year`: the reports it matches would be read with a template they cannot have
 * (tables taken for text, 万元 for counts), as `--report-format` with `--year` and the editor's override refuse.
 * `at` gives the 1-based line and column of a key path's value.
 */
function mismatchedOverrides(config: NianbaoConfig, at: (path: (string | number)[]) => { line: number; column: number }): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  (config.overrides ?? []).forEach((o, i) => {
    const why = o.format !== undefined && o.year !== undefined ? formatYearMismatch(o.format, o.year) : null;
    if (why) issues.push({ key: keyPath(['overrides', i, 'year']), message: why.en, zh: why.zh, ...at(['overrides', i, 'year']) });
  });
  return issues;
}

/**
 * Every key that appears twice in one object (at any depth), as an issue at its second appearance naming the line
 * of the first. `at` turns a 0-based UTF-16 offset into 1-based line and column.
 */
function duplicateKeys(root: Node, at: (offset: number) => { line: number; column: number }): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const visit = (n: Node, path: (string | number)[]) => {
    if (n.type === 'object') {
      const first = new Map<string, Node>();
      for (const p of n.children ?? []) {
        const k = p.children![0];
        const name = String(k.value);
        const earlier = first.get(name);
        if (earlier) {
          issues.push({
            key: keyPath([...path, name]),
            message: `duplicate key ${JSON.stringify(name)}, first at line ${at(earlier.offset).line} column ${at(earlier.offset).column}: JSON keeps only the last one and would drop the first one's settings; merge them into one`,
            zh: `键 ${JSON.stringify(name)} 重复（第一次在第 ${at(earlier.offset).line} 行第 ${at(earlier.offset).column} 列）：JSON 只保留后一个，前一个的设置会被丢掉；请合并为一个`,
            ...at(k.offset),
          });
        } else first.set(name, k);
        if (p.children![1]) visit(p.children![1], [...path, name]);
      }
    } else if (n.type === 'array') (n.children ?? []).forEach((c, i) => visit(c, [...path, i]));
  };
  visit(root, []);
  return issues;
}

function nodeValue(n: Node): unknown {
  switch (n.type) {
    case 'object': return Object.fromEntries((n.children ?? []).map((p) => [p.children![0].value, p.children![1] ? nodeValue(p.children![1]) : undefined]));
    case 'array': return (n.children ?? []).map(nodeValue);
    default: return n.value;
  }
}

function lookup(v: unknown, path: (string | number)[]): unknown {
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** One line per issue: `FILE:LINE:COL: KEY: what was expected`. */
export function formatConfigIssues(file: string, issues: ConfigIssue[], zh = false): string {
  return issues.map((i) => `${file}:${i.line}:${i.column}: ${i.key ? i.key + (zh ? '：' : ': ') : ''}${zh ? i.zh : i.message}`).join('\n');
}

/** What the config says about one report. */
export interface FileSettings {
  ignored: boolean;
  locale?: Locale;
  rules: Record<string, RuleSetting>;
  format?: FormatId;
  year?: number;
  /** The key that set `format` (`overrides[0].format`), to name it when a format and a year do not go together. */
  formatKey?: string;
  /** The key that set `year` (`overrides[1].year`). */
  yearKey?: string;
}

const matcherCache = new WeakMap<object, (p: string) => boolean>();

/**
 * A config glob as matched: `./` and a trailing `/` dropped, one without `/` taken at any depth (`**\/g`), and one
 * that starts with `/` anchored at the config file's folder (`/r.md`: that folder's r.md only), as in `.gitignore`.
 */
function globPattern(g: string): string {
  const lone = literalClosers(literalParens(g));
  if (lone.startsWith('/')) return lone.replace(/^\/+/, '').replace(/\/+$/, '');
  const p = lone.replace(/^\.\//, '').replace(/\/+$/, '');
  return p === '' || p.includes('/') ? p : `**/${p}`;
}

/**
 * `g` with each bare pair of parentheses escaped: a `(` not right after an extglob's `@ ! + * ?` and the `)` that closes
 * it (`县(一)/**`, a folder's own name), as .gitignore and the shell read them; picomatch would take `(一)` for a group and
 * match `县一` (brk91 #5). An extglob (`@(a|b)`, `!(x)`) stays one. Used for the config's globs and the CLI's arguments.
 */
export function literalParens(g: string): string {
  if (!g.includes('(')) return g;
  // The bare pairs (an opening one left open stays as written: picomatch's strict check refuses it, as before).
  const bare = new Set<number>();
  const open: { at: number; ext: boolean }[] = [];
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '\\') { i++; continue; }
    if (c === '(') open.push({ at: i, ext: i > 0 && '@!+*?'.includes(g[i - 1]) });
    else if (c === ')' && open.length) {
      const o = open.pop()!;
      if (!o.ext) { bare.add(o.at); bare.add(i); }
    }
  }
  if (!bare.size) return g;
  let out = '';
  for (let i = 0; i < g.length; i++) out += bare.has(i) ? `\\${g[i]}` : g[i];
  return out;
}

/**
 * `g` with each `)`, `]` or `}` that closes nothing escaped: a file name's own character (`1)报告.md`), which picomatch's
 * strict brackets would refuse as unbalanced (helper-216 #6). An opening one left open is still refused (`[abc`).
 */
function literalClosers(g: string): string {
  if (!/[)\]}]/.test(g)) return g;
  const open: string[] = [];
  let out = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '\\') { out += c + (g[i + 1] ?? ''); i++; continue; }
    if (c === '(' || c === '[' || c === '{') open.push(c);
    else if (c === ')' || c === ']' || c === '}') {
      const want = c === ')' ? '(' : c === ']' ? '[' : '{';
      if (open[open.length - 1] === want) open.pop();
      else if (!open.includes(want)) { out += `\\${c}`; continue; }
    }
    out += c;
  }
  return out;
}

/**
 * Why `glob` is no valid glob (an unbalanced `[`, `{` or `(`, which picomatch would otherwise take as the
 * character itself), in picomatch's words; null when it is valid.
 */
export function globProblem(glob: string): string | null {
  try {
    picomatch.makeRe(globPattern(glob.replace(/^!/, '')), { dot: true, strictBrackets: true });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * The `ignore` list as `.gitignore` reads it (helper-216 #5, #6): in order, the last glob that matches a file decides;
 * one that starts with `!` takes the file back (`["*.md", "!keep.md"]`: keep.md is checked; `\\!` is a `!` itself);
 * one that ends with `/` matches folders only (`drafts/` ignores what is in a drafts folder, not a file named drafts).
 * Unlike `.gitignore`, a file in an ignored folder can be taken back (`["drafts/", "!drafts/keep.md"]`).
 */
function ignoreMatcher(globs: string[]): (p: string) => boolean {
  const key = globs as object;
  let m = ignoreCache.get(key);
  if (!m) {
    const rules = globs.map((g) => {
      const negate = g.startsWith('!');
      const body = negate ? g.slice(1) : g.replace(/^\\!/, '!');
      return { negate, folders: /\/$/.test(body), isMatch: picomatch(globPattern(body), { dot: true }) };
    });
    m = (rel: string) => {
      let ignored = false;
      for (const r of rules) if (covers(r.isMatch, rel, r.folders)) ignored = !r.negate;
      return ignored;
    };
    ignoreCache.set(key, m);
  }
  return m;
}

const ignoreCache = new WeakMap<object, (p: string) => boolean>();

/**
 * Whether a glob (`isMatch`) covers path `rel`: it matches the file itself or any folder above it (`drafts/**` and
 * `drafts` both cover drafts/a.md); with `foldersOnly` (a glob written with a trailing `/`), a folder above it only.
 */
function covers(isMatch: (p: string) => boolean, rel: string, foldersOnly = false): boolean {
  if (!foldersOnly && isMatch(rel)) return true;
  const parts = rel.split('/');
  for (let i = parts.length - 1; i > 0; i--) if (isMatch(parts.slice(0, i).join('/'))) return true;
  return false;
}

function matcher(globs: string | string[]): (p: string) => boolean {
  const list = Array.isArray(globs) ? globs : [globs];
  const key = list as object;
  let m = matcherCache.get(key);
  if (!m) {
    const isMatch = picomatch(list.map(globPattern), { dot: true });
    m = (rel: string) => covers(isMatch, rel);
    matcherCache.set(key, m);
  }
  return m;
}

/** A glob of a config that matched none of the files it was tried on (`unmatchedGlobs`). */
export interface UnmatchedGlob {
  /** Where it is in the config: `ignore[1]`, `overrides[0].files`, or `overrides[0].files[2]` in a list. */
  key: string;
  glob: string;
}

/**
 * The `ignore` and `overrides[].files` globs of `config` that match none of `relPaths` (the files found under
 * it: paths relative to the config file's folder, `/` separators) — the `overrides` globs: none of `checkedPaths`,
 * those of them the `ignore` globs leave to check —, in the order of the file. A glob in an
 * override's list is told apart by its index. Such a glob is often a path written from another folder
 * (`财政局/**` for `reports/财政局/**`, or relative to the working directory with `--config FILE` elsewhere).
 */
export function unmatchedGlobs(config: NianbaoConfig, relPaths: readonly string[], checkedPaths: readonly string[] = relPaths): UnmatchedGlob[] {
  const rels = relPaths.map((r) => r.replace(/^\.\//, ''));
  // An override acts only on the files checked: one that matches none but ignored files does nothing either.
  const checked = checkedPaths.map((r) => r.replace(/^\.\//, ''));
  const out: UnmatchedGlob[] = [];
  const check = (key: string, glob: string) => {
    const m = matcher([glob]);
    if (!checked.some((r) => m(r))) out.push({ key, glob });
  };
  // (An `ignore` glob as `ignoreMatcher` reads it: `!keep.md` matches keep.md, `drafts/` folders only.)
  config.ignore?.forEach((g, i) => {
    const m = ignoreMatcher([g.startsWith('!') ? g.slice(1) : g]);
    if (!rels.some((r) => m(r))) out.push({ key: `ignore[${i}]`, glob: g });
  });
  config.overrides?.forEach((o, i) => {
    if (Array.isArray(o.files)) o.files.forEach((g, j) => check(`overrides[${i}].files[${j}]`, g));
    else check(`overrides[${i}].files`, o.files);
  });
  return out;
}

/**
 * The settings for one report: `relPath` is its path relative to the config file's folder, with `/`
 * separators. Overrides apply in order (a later one wins); rules of an override add to the top-level rules.
 */
export function settingsForFile(config: NianbaoConfig, relPath: string): FileSettings {
  const rel = relPath.replace(/^\.\//, '');
  const out: FileSettings = { ignored: Boolean(config.ignore?.length && ignoreMatcher(config.ignore)(rel)), rules: { ...(config.rules ?? {}) } as Record<string, RuleSetting> };
  if (config.locale) out.locale = config.locale;
  for (const [i, o] of (config.overrides ?? []).entries()) {
    if (!matcher(o.files)(rel)) continue;
    if (o.format) [out.format, out.formatKey] = [o.format, `overrides[${i}].format`];
    if (o.year !== undefined) [out.year, out.yearKey] = [o.year, `overrides[${i}].year`];
    if (o.rules) Object.assign(out.rules, o.rules);
  }
  return out;
}
