// The floor every ratio is taken against: read + decode + split into lines + one regex per line. Shared by the
// core floor, the floor CLI (bench/floor-cli.mjs) and the floor language server (bench/floor-server.mjs), so all
// three do the same minimal work. Nothing here is product code.

/** One regex per line: a heading ordinal, a Markdown heading or a table row (what a checker must look at). */
export const FLOOR_RE = /^\s*(?:#{1,6}\s|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．]|\|)/;

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const utf8 = new TextDecoder('utf-8');
let gb = null;

/** The same detection the product does: UTF-8 BOM, UTF-16 BOM, strict UTF-8, else GB18030. */
export function decode(buf) {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return utf8.decode(buf.subarray(3));
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return utf8Fatal.decode(buf);
  } catch {
    gb ??= new TextDecoder('gb18030');
    return gb.decode(buf);
  }
}

/** Split + one regex per line; returns how many lines matched (so the work cannot be optimised away). */
export function floorText(text) {
  const lines = text.split(/\r?\n/);
  let n = 0;
  for (let i = 0; i < lines.length; i++) if (FLOOR_RE.test(lines[i])) n++;
  return n;
}
