// The unified diff of `nianbao check --fix-dry-run`.
import { formatPatch, OMIT_HEADERS, structuredPatch } from 'diff';

const C_ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\' };

/**
 * A file name as `git -c core.quotePath=false diff` writes it in a diff header: as it is (UTF-8, Chinese unescaped,
 * spaces kept), unless it holds a double quote, a backslash or a control character (tab, line break, DEL…); then in
 * double quotes with those C-escaped (`\"`, `\\`, `\t`, `\n`, other controls as 3-digit octal of the byte), the rest
 * as it is. `patch` and `git apply` read both forms.
 */
export function quotePathForDiff(name: string): string {
  if (!/[\x00-\x1f"\\\x7f]/.test(name)) return name;
  return `"${name.replace(/[\x00-\x1f"\\\x7f]/g, (c) => C_ESCAPES[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
}

/** A carriage return that ends a line by itself (not one of CRLF). */
const LONE_CR = /\r(?!\n)/;
const LONE_CR_G = /\r(?!\n)/g;

/**
 * The unified diff (2 lines of context) that turns `before` into `after`, both the text of the file shown as `name`
 * (the path as given, applied with `patch -p0` or `git apply -p0` from the working directory): an `Index:` line, a
 * rule, `--- name` and `+++ name` (quoted as git does only when it must: `quotePathForDiff`; followed by a tab
 * when it holds a space, as git writes it), then the hunks; ends with a line break. The `diff` package would octal-escape every non-ASCII byte of the name.
 * A text with lone CR line ends is diffed with them as line breaks, for review (see below).
 */
export function fixDiff(name: string, before: string, after: string): string {
  const quoted = quotePathForDiff(name);
  // A name with a space ends with a tab, as git writes it: GNU patch otherwise reads the name only up to the space.
  const header = quoted.includes(' ') ? `${quoted}\t` : quoted;
  // A file with lone CR line ends (old Mac) is diffed line by line, its CRs read as line breaks (brk110 #10: the
  // `diff` package splits at \n only, so the whole file was one line of one hunk): a diff to review, which patch and
  // git apply, reading such a file as one line, could not apply anyway. The fix itself (`--fix`) keeps the CRs.
  const lines = (t: string) => (LONE_CR.test(before) || LONE_CR.test(after) ? t.replace(LONE_CR_G, '\n') : t);
  const hunks = formatPatch(structuredPatch(name, name, lines(before), lines(after), '', '', { context: 2 }), OMIT_HEADERS);
  return `Index: ${quoted}\n${'='.repeat(67)}\n--- ${header}\n+++ ${header}\n${hunks}`;
}
