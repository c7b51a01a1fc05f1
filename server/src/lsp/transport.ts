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
  const uri = (m.params as { uri?: unknown }).uri;
  const doc = typeof uri === 'string' ? uri : null;
  const before = doc !== null ? lastPublished.get(doc) : undefined;
  const now = new Map<string, Encoded>();
  for (let i = 0; i < list.length; i++) {
    if (i) pieces.push(',');
    pieces.push(encodedDiagnostic(list[i], before, now));
  }
  pieces.push(']', outer.slice(at + PLACEHOLDER_JSON.length));
  if (doc !== null) {
    // Kept for the few documents published last (a keystroke republishes the one being edited).
    lastPublished.delete(doc);
    lastPublished.set(doc, now);
    if (lastPublished.size > KEPT_DOCUMENTS) lastPublished.delete(lastPublished.keys().next().value!);
  }
  return pieces;
}

/** How many documents' last publications `lastPublished` keeps. */
const KEPT_DOCUMENTS = 8;

/**
 * A diagnostic's JSON around its `data.version`: the JSON is `head + version + tail`. A keystroke changes the version
 * of every diagnostic of the document and, mostly, nothing else in them.
 */
interface Encoded {
  diagnostic: unknown;
  head: string;
  tail: string;
}

/** Per document URI, the diagnostics of its last publication by their `data.key` (`diagnosticsPieces`). */
const lastPublished = new Map<string, Map<string, Encoded>>();

/** Stands for `data.version` while a diagnostic's JSON is split around it (a number no version is). */
const VERSION_MARK = -8.675309e-300;
const VERSION_MARK_JSON = `"version":${JSON.stringify(VERSION_MARK)}`;

/**
 * The JSON of one diagnostic, `JSON.stringify(d)` (`null` for what JSON cannot write in an array, as it does). A
 * diagnostic of plain JSON values with a `data.key` and an integer `data.version` that is equal but for the version
 * to the one of that key in the document's last publication (`before`) reuses its JSON; such diagnostics are kept in
 * `now` for the next publication.
 */
function encodedDiagnostic(d: unknown, before: Map<string, Encoded> | undefined, now: Map<string, Encoded>): string {
  const data = isPlainObject(d) ? (d as { data?: unknown }).data : undefined;
  const key = isPlainObject(data) ? (data as { key?: unknown }).key : undefined;
  const version = isPlainObject(data) ? (data as { version?: unknown }).version : undefined;
  if (typeof key !== 'string' || typeof version !== 'number' || !Number.isSafeInteger(version) || Object.is(version, -0)) return JSON.stringify(d) ?? 'null';
  const old = before?.get(key);
  if (old && equalButVersion(old.diagnostic, d)) {
    now.set(key, old);
    return old.head + version + old.tail;
  }
  if (!plainJson(d)) return JSON.stringify(d) ?? 'null';
  const marked = JSON.stringify({ ...(d as object), data: { ...(data as object), version: VERSION_MARK } });
  const at = marked.indexOf(VERSION_MARK_JSON);
  if (at < 0 || marked.lastIndexOf(VERSION_MARK_JSON) !== at) return JSON.stringify(d);
  const split = at + VERSION_MARK_JSON.length - JSON.stringify(VERSION_MARK).length;
  const e: Encoded = { diagnostic: d, head: marked.slice(0, split), tail: marked.slice(at + VERSION_MARK_JSON.length) };
  now.set(key, e);
  return e.head + version + e.tail;
}

function isPlainObject(x: unknown): boolean {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** Whether `x` is written by `JSON.stringify` as it is: strings, finite numbers, booleans, null, arrays and plain objects of them, no `toJSON`. */
function plainJson(x: unknown): boolean {
  if (x === null || typeof x === 'string' || typeof x === 'boolean') return true;
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return Object.getPrototypeOf(x) === Array.prototype && x.every(plainJson);
  if (!isPlainObject(x) || 'toJSON' in (x as object)) return false;
  return Object.values(x as object).every(plainJson);
}

/** Whether two diagnostics are the same plain JSON (keys in the same order), but for `data.version` (an integer in both). */
function equalButVersion(a: unknown, b: unknown): boolean {
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const ka = Object.keys(a as object), kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    const x = (a as Record<string, unknown>)[ka[i]], y = (b as Record<string, unknown>)[kb[i]];
    if (ka[i] === 'data') {
      if (!isPlainObject(x) || !isPlainObject(y)) return false;
      const dx = Object.keys(x as object), dy = Object.keys(y as object);
      if (dx.length !== dy.length) return false;
      for (let j = 0; j < dx.length; j++) {
        if (dx[j] !== dy[j]) return false;
        const u = (x as Record<string, unknown>)[dx[j]], v = (y as Record<string, unknown>)[dy[j]];
        if (dx[j] === 'version' ? !(typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0)) : !sameJson(u, v)) return false;
      }
    } else if (!sameJson(x, y)) return false;
  }
  return true;
}

/** Whether `b` is plain JSON equal to `a` (itself plain JSON: see `plainJson`), keys in the same order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return a === null || typeof a !== 'object' ? (typeof a !== 'number' || Number.isFinite(a)) : plainJson(a);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || Object.getPrototypeOf(b) !== Array.prototype || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b) || 'toJSON' in (b as object)) return false;
  const ka = Object.keys(a as object), kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !sameJson((a as Record<string, unknown>)[ka[i]], (b as Record<string, unknown>)[kb[i]])) return false;
  }
  return true;
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
