/**
 * The recent edits of each open document, as far as its lines go: enough to tell where a line of an older version
 * is now, or that it was edited (`EditLog.mapLine`). A code action resolved after the text changed (`codeAction/resolve`)
 * finds its finding again by the line it was on, mapped through these edits, and not by its rank among findings
 * of the same text, which points at another one once an earlier identical line is gone (breaker42 #1).
 */
import type { Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { LineDocument } from './line-document.js';
import { minimalEdits } from './analysis.js';

/** One content change, described by what `mapLineThrough` needs: its range, and where its text breaks lines. */
export interface LineChange {
  startLine: number;
  startChar: number;
  endLine: number;
  endChar: number;
  /** Line breaks in the new text. */
  newLines: number;
  /** The new text begins with a line break. */
  startsWithBreak: boolean;
  /** The new text ends with a line break. */
  endsWithBreak: boolean;
  /** The change only deletes. */
  empty: boolean;
  /** The range starts at the end of its line (after the line's last character). */
  startAtLineEnd: boolean;
  /** The range ends at the end of its line. */
  endAtLineEnd: boolean;
}

/**
 * The changes of one `didChange` event on `doc` (before the event), described line-wise, and applied to `doc` one
 * by one (each change's range is in the text left by the ones before it). A full-text change is described as the
 * stretches of lines it changes, each trimmed to the characters it changes (`minimalEdits`), so that it maps lines
 * too; one that changes nothing is left out.
 * Returns the same document, updated to `version`.
 */
export function applyAndDescribe(doc: LineDocument, changes: TextDocumentContentChangeEvent[], version: number): { doc: LineDocument; lines: LineChange[] } {
  const lines: LineChange[] = [];
  const describe = (range: Range, newText: string) => {
    // Positions as the document reads them (a character past the end of a line is the line's end), found without
    // offsets into the whole text (a document kept as lines would compute them all for this).
    const { start, end } = doc.clampRange(range);
    lines.push({
      startLine: start.line, startChar: start.character, endLine: end.line, endChar: end.character,
      // Line breaks as LSP counts them: `\r\n`, `\n` and a lone `\r` (helper-208 #3: a CR document's inserts were none).
      newLines: newText.match(LINE_BREAK)?.length ?? 0,
      startsWithBreak: newText.startsWith('\n') || newText.startsWith('\r'),
      endsWithBreak: newText.endsWith('\n') || newText.endsWith('\r'),
      empty: newText === '',
      startAtLineEnd: start.character >= doc.lineLength(start.line),
      endAtLineEnd: end.character >= doc.lineLength(end.line),
    });
  };
  for (const c of changes) {
    if ('range' in c) describe(c.range, c.text);
    else {
      // A full-text change is described as the stretches of lines it changes (`minimalEdits`), so that a line between
      // two of them maps to where it is now: a client that sends whole texts applied a suppression's two comments
      // around a table, and the table's findings were read as edited (brk101 #4). The edits are in the text before
      // the change and do not overlap: described from the last, each range is still where it was. (Only a full-text
      // change reads the whole text: an incremental one names its range.)
      const edits = minimalEdits(doc.getText(), c.text);
      for (let i = edits.length - 1; i >= 0; i--) describe({ start: doc.positionAt(edits[i].start), end: doc.positionAt(edits[i].end) }, edits[i].newText);
    }
    doc.update([c], version);
  }
  return { doc, lines };
}

/** A line break: `\r\n`, `\n` or a lone `\r`. */
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Where line `line` is after change `c`: shifted by the change's line delta when the change is above it, the same
 * when below; null when the change touched the line (its text, or the line break before or after it, so that it is
 * no longer the same line). A change that ends at the line's start with a line break (lines inserted or deleted
 * above) or starts at its end with one (below) leaves it whole.
 */
export function mapLineThrough(line: number, c: LineChange): number | null {
  if (c.endLine < line) return line + c.newLines - (c.endLine - c.startLine);
  if (c.startLine > line) return line;
  if (c.endLine === line && c.endChar === 0 && (c.endsWithBreak || (c.empty && c.startChar === 0))) return c.startLine + c.newLines;
  if (c.startLine === line && c.startAtLineEnd && (c.startsWithBreak || (c.empty && c.endAtLineEnd))) return line;
  return null;
}

interface Entry {
  /** The version before the event, and after it. */
  from: number;
  to: number;
  changes: LineChange[];
}

/**
 * Per open document, the line-wise changes of its last `max` versions (`record`), to map a line between versions,
 * and the session it is open in (`session`): a client may number the versions of a document opened again from 1
 * again, so a version names a text only within one session.
 */
export class EditLog {
  private readonly docs = new Map<string, Entry[]>();
  private readonly sessions = new Map<string, number>();
  private lastSession = 0;
  constructor(private readonly max = 300) {}

  /** A document was opened (or opened again): its log starts empty, in a new session. */
  opened(uri: string): void {
    this.docs.set(uri, []);
    this.sessions.set(uri, ++this.lastSession);
  }

  /** A document was closed: its log and its session go. */
  closed(uri: string): void {
    this.docs.delete(uri);
    this.sessions.delete(uri);
  }

  /**
   * The session open document `uri` is in: a number (from 1) that no other opening of any document has had in this
   * server; undefined when it is not open.
   */
  session(uri: string): number | undefined {
    return this.sessions.get(uri);
  }

  /** The changes that took open document `uri` from version `from` to `to`. */
  record(uri: string, from: number, to: number, changes: LineChange[]): void {
    const log = this.docs.get(uri);
    if (!log) return;
    log.push({ from, to, changes });
    if (log.length > this.max) log.splice(0, log.length - this.max);
  }

  /**
   * Where line `line` of version `from` of `uri` is in version `to`: a line number; null when the line was edited
   * in between; undefined when the log cannot tell (an unknown document, a version older than the log).
   */
  mapLine(uri: string, line: number, from: number, to: number): number | null | undefined {
    if (from === to) return line;
    const log = this.docs.get(uri);
    if (!log) return undefined;
    let i = log.findIndex((e) => e.from === from);
    if (i < 0) return undefined;
    let l = line;
    let v = from;
    for (; i < log.length && v !== to; i++) {
      const e = log[i];
      if (e.from !== v) return undefined;
      for (const c of e.changes) {
        const m = mapLineThrough(l, c);
        if (m === null) return null;
        l = m;
      }
      v = e.to;
    }
    return v === to ? l : undefined;
  }
}
