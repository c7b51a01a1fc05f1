#!/usr/bin/env node
// The floor language server for `npm run bench`: an LSP stdio server (no dependencies) that keeps each open
// document's text, applies incremental changes, and on every version does split + one regex per line
// (lib/floor.mjs) and publishes an empty diagnostics list. Nothing a real server can do per keystroke is cheaper.
import { floorText } from './lib/floor.mjs';
import { onMessages, frame } from './lib/framing.mjs';

const docs = new Map();

function send(msg) {
  process.stdout.write(frame(msg));
}

/** UTF-16 offset of an LSP position (line, character) in `text`. */
function offsetAt(text, pos) {
  let off = 0;
  for (let l = 0; l < pos.line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  return Math.min(off + pos.character, text.length);
}

function check(uri, version) {
  const d = docs.get(uri);
  floorText(d.text);
  send({ method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics: [] } });
}

function handle(msg) {
  const p = msg.params;
  switch (msg.method) {
    case 'initialize':
      return send({ id: msg.id, result: { capabilities: { textDocumentSync: { openClose: true, change: 2 } }, serverInfo: { name: 'floor' } } });
    case 'shutdown':
      return send({ id: msg.id, result: null });
    case 'exit':
      return process.exit(0);
    case 'textDocument/didOpen':
      docs.set(p.textDocument.uri, { text: p.textDocument.text });
      return check(p.textDocument.uri, p.textDocument.version);
    case 'textDocument/didChange': {
      const d = docs.get(p.textDocument.uri);
      if (!d) return;
      for (const c of p.contentChanges) {
        if (!c.range) { d.text = c.text; continue; }
        const s = offsetAt(d.text, c.range.start), e = offsetAt(d.text, c.range.end);
        d.text = d.text.slice(0, s) + c.text + d.text.slice(e);
      }
      return check(p.textDocument.uri, p.textDocument.version);
    }
    case 'textDocument/didClose':
      docs.delete(p.textDocument.uri);
      return send({ method: 'textDocument/publishDiagnostics', params: { uri: p.textDocument.uri, diagnostics: [] } });
    default:
      if (msg.id !== undefined && msg.method) send({ id: msg.id, result: null });
  }
}

onMessages(process.stdin, handle);
process.stdin.on('end', () => process.exit(0));
