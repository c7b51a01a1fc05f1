// Reading the action's inputs (action.yml → environment variables → action/run.mjs): the `args` input split the
// way a shell splits words (quotes and backslashes, no variables, no globbing), the `paths` input one per line or
// word by word, and the options of `nianbao check` the action sets itself and so does not take from `args`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** An input the action cannot read (an unclosed quote): `text` holds the message in both languages. */
export class InputError extends Error {
  /** @param {{ zh: string, en: string }} text */
  constructor(text) {
    super(text.en);
    this.text = text;
  }
}

/**
 * Splits `s` into words as a POSIX shell does, without expanding anything: white space (line breaks included)
 * separates words; '…' keeps everything inside as it is; "…" keeps everything but `\"`, `\\`, `\$` and `` \` ``
 * (a backslash before another character stays); outside quotes a backslash keeps the next character (a backslash
 * before a line break joins the lines). `''` and `""` are an empty word.
 * Throws `InputError` for a quote that is not closed (`name` is the input's name, for the message).
 * @param {string | undefined} s
 * @param {string} [name]
 * @returns {string[]}
 */
export function shellWords(s, name = 'args') {
  const text = String(s ?? '');
  const words = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw unclosed(name, "'", text);
      word += text.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      inWord = true;
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && j + 1 < text.length && '"\\$`'.includes(text[j + 1])) word += text[++j];
        else if (text[j] === '\\' && text[j + 1] === '\n') j++;
        else word += text[j];
      }
      if (j >= text.length) throw unclosed(name, '"', text);
      i = j;
    } else if (c === '\\') {
      if (i + 1 < text.length && text[i + 1] !== '\n') {
        word += text[++i];
        inWord = true;
      } else i++; // a line continuation, or a lone backslash at the end
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

function unclosed(name, quote, text) {
  return new InputError({
    zh: `${name} 中的引号 ${quote} 没有闭合：${text}`,
    en: `${name}: the quote ${quote} is not closed: ${text}`,
  });
}

/**
 * The `paths` input as paths: with several lines, one path per line, as written (spaces and quotes are part of
 * the name); on one line, a line that names an existing file or folder under `cwd` is that path (so that one
 * changed file with a space in its name arrives whole), else its words as a shell splits them (`"a b.md" c.md`).
 * A line that is one string as `git diff --name-only` quotes a name (`"reports/报告\"终稿\".md"`, which git writes
 * even with `core.quotePath=false` for a name with `"`, `\` or a control character, and `"\346\212\245…"` without
 * it) is that name, unquoted, unless the line itself names an existing file.
 * @param {string | undefined} s
 * @param {string} cwd
 * @returns {string[]}
 */
export function inputPaths(s, cwd) {
  const lines = String(s ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const named = lines.map((l) => (GIT_QUOTED.test(l) && !existsSync(resolve(cwd, l)) ? gitUnquoted(l) : l));
  if (lines.length !== 1) return named;
  if (existsSync(resolve(cwd, lines[0])) || named[0] !== lines[0]) return named;
  return shellWords(lines[0], 'paths');
}

/** A whole line that is one C-quoted string as git writes a path (`"…"`, inner `"` and `\` escaped). */
const GIT_QUOTED = /^"(?:[^"\\]|\\.)*"$/;
/** git's one-letter escapes (quote.c, `sq_lookup`/`cq_lookup`). */
const GIT_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A path that git quoted (`GIT_QUOTED`) as it is: escapes read, octal `\ooo` bytes joined and read as UTF-8.
 * @param {string} quoted
 * @returns {string}
 */
export function gitUnquoted(quoted) {
  const bytes = [];
  const body = quoted.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      const cp = body.codePointAt(i);
      if (cp > 0xffff) i++;
      bytes.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
      continue;
    }
    const next = body[++i];
    const octal = /^[0-3][0-7]{2}/.exec(body.slice(i, i + 3));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 2;
    } else if (next in GIT_ESCAPES) bytes.push(GIT_ESCAPES[next]);
    else bytes.push(...Buffer.from(`\\${next ?? ''}`, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Options of `nianbao check` the action sets itself or that would take its outputs apart: the output format
 * (the annotations, the step summary and the SARIF file are the action's), the fixes (which print a patch or
 * rewrite the reports instead of reporting), stdin and --help.
 */
const ACTION_OWNED = [
  { names: ['--format'], why: { zh: 'Action 自己选择输出格式（标注、步骤摘要、SARIF）；要其他格式请在 run 步骤中直接运行 nianbao check', en: 'the action chooses the output formats itself (annotations, step summary, SARIF); for another format run nianbao check in a run step' } },
  { names: ['--fix', '--fix-dry-run'], why: { zh: 'Action 只报告问题，不修改报告；要修复请在本地或 run 步骤中运行 nianbao check --fix', en: 'the action reports and does not change the reports; run nianbao check --fix locally or in a run step' } },
  { names: ['-', '--stdin-filename'], why: { zh: 'Action 检查 paths 中的文件，不读标准输入', en: 'the action checks the files in paths and reads no stdin' } },
  { names: ['--help', '-h', '--version', '-v'], why: { zh: 'Action 不输出帮助或版本', en: 'the action prints no help or version' } },
];

/**
 * The words of `args` the action does not accept (see ACTION_OWNED), each with the reason in both languages; an
 * option is matched as written (`--format json`) or with its value attached (`--format=json`, `-fjson`).
 * @param {string[]} args
 * @returns {{ arg: string, why: { zh: string, en: string } }[]}
 */
export function refusedArgs(args) {
  const out = [];
  for (const a of args) {
    for (const o of ACTION_OWNED) {
      const hit = o.names.some((n) => a === n || (n.startsWith('--') ? a.startsWith(`${n}=`) : n.length === 2 && n !== '-' && a.startsWith(n) && !a.startsWith('--')));
      if (hit) {
        out.push({ arg: a, why: o.why });
        break;
      }
    }
  }
  return out;
}
