/** How the language server writes its messages over a stream (stdio). */
import type { ContentTypeEncoder } from 'vscode-languageserver/node';

/** A publication with at least this many diagnostics is written piece by piece (`diagnosticsPieces`). */
const PIECEWISE_DIAGNOSTICS = 32;

/** Stands for the diagnostics in the JSON of the rest of the message (a string no URI or message can hold). */
const PLACEHOLDER = '\u0000nianbao-diagnostics\u0000';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

/**
 * The JSON of a `textDocument/publishDiagnostics` message as pieces whose concatenation is `JSON.stringify(msg)`:
 * the message around its diagnostics, and each diagnostic on its own. Null for any other message, or one with few
 * diagnostics.
 *
 * Why: V8 builds a long `JSON.stringify` result as a tree of parts that is flattened into one string before it can be
 * measured and written; a 10,000-line draft's diagnostics are some 400 KB of UTF-16, and allocating (page-faulting)
 * a string that large costs about 3 ms on every keystroke. Small pieces are written as they are.
 */
export function diagnosticsPieces(msg: unknown): string[] | null {
  const m = msg as { method?: unknown; params?: { diagnostics?: unknown } };
  const list = m?.method === 'textDocument/publishDiagnostics' ? m.params?.diagnostics : undefined;
  if (!Array.isArray(list) || list.length < PIECEWISE_DIAGNOSTICS) return null;
  const outer = JSON.stringify({ ...m, params: { ...m.params, diagnostics: PLACEHOLDER } });
  const at = outer.indexOf(PLACEHOLDER_JSON);
  // (Written whole when the placeholder stands elsewhere too, in a URI made to hold it.)
  if (at < 0 || outer.lastIndexOf(PLACEHOLDER_JSON) !== at) return null;
  const pieces = [outer.slice(0, at), '['];
  for (let i = 0; i < list.length; i++) {
    if (i) pieces.push(',');
    pieces.push(encodedDiagnostic(list[i]));
  }
  pieces.push(']', outer.slice(at + PLACEHOLDER_JSON.length));
  return pieces;
}

/**
 * A diagnostic's JSON around its `data.version` (`head + version + tail` is its JSON), registered by whoever made the
 * diagnostic and knows it equal, but for the version, to one encoded before (features/diagnostics.ts): a keystroke
 * republishes every diagnostic of the document with a new version and, mostly, nothing else changed. The diagnostic
 * must not change after it is registered.
 */
export interface EncodedAroundVersion {
  head: string;
  tail: string;
}

/** Diagnostics whose JSON is known but for `data.version` (see `EncodedAroundVersion`). */
export const encodedAroundVersion = new WeakMap<object, EncodedAroundVersion>();

/** Stands for `data.version` while a diagnostic's JSON is split around it (a number no version is). */
const VERSION_MARK = -8.675309e-300;
const VERSION_MARK_JSON = `"version":${JSON.stringify(VERSION_MARK)}`;

/**
 * `d`'s JSON split around its `data.version` (an integer), for `encodedAroundVersion`; null when `d` has no such
 * version or the split cannot be told. `d` must be plain JSON data (no `toJSON`, no undefined values).
 */
export function splitAroundVersion(d: { data?: unknown }): EncodedAroundVersion | null {
  const data = d.data as { version?: unknown } | undefined;
  if (!data || typeof data !== 'object' || !Number.isSafeInteger(data.version)) return null;
  const marked = JSON.stringify({ ...d, data: { ...data, version: VERSION_MARK } });
  const at = marked.indexOf(VERSION_MARK_JSON);
  if (at < 0 || marked.lastIndexOf(VERSION_MARK_JSON) !== at) return null;
  const split = at + VERSION_MARK_JSON.length - JSON.stringify(VERSION_MARK).length;
  return { head: marked.slice(0, split), tail: marked.slice(at + VERSION_MARK_JSON.length) };
}

/** The JSON of one diagnostic, `JSON.stringify(d)` (`null` for what JSON cannot write in an array, as it does). */
function encodedDiagnostic(d: unknown): string {
  const known = d !== null && typeof d === 'object' ? encodedAroundVersion.get(d) : undefined;
  const version = known ? ((d as { data?: { version?: unknown } }).data?.version) : undefined;
  if (known && typeof version === 'number' && Number.isSafeInteger(version) && !Object.is(version, -0)) return known.head + version + known.tail;
  return JSON.stringify(d) ?? 'null';
}

/**
 * JSON in UTF-8, as vscode-jsonrpc's own encoder writes it, but into a buffer sized with `Buffer.byteLength` and
 * filled with `write` (Node 20's `Buffer.from(string)` is about five times slower on a long string with Chinese
 * text), and a publication of many diagnostics written piece by piece (`diagnosticsPieces`). The bytes are those of
 * `JSON.stringify(msg)` either way.
 */
export const JSON_UTF8_ENCODER: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg) {
    try {
      const pieces = diagnosticsPieces(msg) ?? [JSON.stringify(msg)];
      const lengths = pieces.map((p) => Buffer.byteLength(p, 'utf8'));
      const bytes = Buffer.allocUnsafe(lengths.reduce((a, b) => a + b, 0));
      let at = 0;
      pieces.forEach((p, i) => {
        bytes.write(p, at, 'utf8');
        at += lengths[i];
      });
      return Promise.resolve(bytes);
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
