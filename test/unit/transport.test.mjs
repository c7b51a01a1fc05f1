// The language server's message encoder (server/src/lsp/transport.ts) writes a publication of many diagnostics piece
// by piece, to spare V8 flattening one 400 KB string on every keystroke. Its bytes must be exactly those of
// `JSON.stringify(msg)` in UTF-8, whatever the diagnostics hold: Chinese, surrogate pairs, quotes and backslashes,
// control characters, undefined fields, `toJSON`, a URI that looks like the placeholder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import { ROOT } from '../helpers.mjs';

// The encoder is bundled on its own (the server bundle starts a server when loaded).
const built = buildSync({ entryPoints: [join(ROOT, 'server/src/lsp/transport.ts')], bundle: true, platform: 'node', format: 'cjs', write: false });
const mod = { exports: {} };
new Function('module', 'exports', 'require', built.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
const { JSON_UTF8_ENCODER, diagnosticsPieces, encodedAroundVersion, splitAroundVersion } = mod.exports;

const encode = async (msg) => Buffer.from(await JSON_UTF8_ENCODER.encode(msg, { charset: 'utf-8' }));

function publication(diagnostics, uri = 'file:///tmp/%E6%8A%A5%E5%91%8A.md') {
  return { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: 7, diagnostics } };
}

const diagnostic = (i, message) => ({
  range: { start: { line: i, character: 2 }, end: { line: i, character: 4 } },
  severity: 1 + (i % 4),
  code: 'prose-table',
  source: 'nianbao',
  message,
  data: { key: `prose-table@${i}:2-${i}:4`, version: 7, fixable: i % 2 === 0 },
  relatedInformation: [{ location: { uri: 'file:///x', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } } }, message: '表三：总计 47' }],
});

test('a publication of many diagnostics is written in pieces, byte for byte JSON.stringify in UTF-8', async () => {
  const list = Array.from({ length: 300 }, (_, i) => diagnostic(i, `正文“办结48件”与表三不一致：𠀀“引号”\\反斜杠\u0001\t${i}`));
  list[5].tags = undefined;
  list[6].data = { toJSON: () => ({ key: 'k', version: 1, fixable: false }) };
  const msg = publication(list);
  assert.ok(diagnosticsPieces(msg).length > 300);
  assert.deepEqual(await encode(msg), Buffer.from(JSON.stringify(msg), 'utf8'));
  assert.deepEqual(JSON.parse((await encode(msg)).toString('utf8')), JSON.parse(JSON.stringify(msg)));
});

test('other messages, and publications of few diagnostics, are written whole as before', async () => {
  for (const msg of [
    { jsonrpc: '2.0', id: 3, result: { contents: { kind: 'markdown', value: '表三 **总计** 47 = 24 + 6 + …' } } },
    publication([diagnostic(0, '一条')]),
    publication([]),
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a', diagnostics: 'not an array' } },
  ]) {
    assert.equal(diagnosticsPieces(msg), null);
    assert.deepEqual(await encode(msg), Buffer.from(JSON.stringify(msg), 'utf8'));
  }
});

test('a URI holding the placeholder text does not confuse the pieces (one that is the placeholder: written whole)', async () => {
  const partly = publication(Array.from({ length: 40 }, (_, i) => diagnostic(i, 'm')), 'file:///\u0000nianbao-diagnostics\u0000.md');
  assert.ok(diagnosticsPieces(partly));
  assert.deepEqual(await encode(partly), Buffer.from(JSON.stringify(partly), 'utf8'));
  const exactly = publication(Array.from({ length: 40 }, (_, i) => diagnostic(i, 'm')), '\u0000nianbao-diagnostics\u0000');
  assert.equal(diagnosticsPieces(exactly), null);
  assert.deepEqual(await encode(exactly), Buffer.from(JSON.stringify(exactly), 'utf8'));
});

test('property: any publication encodes to the bytes of JSON.stringify', async () => {
  const text = fc.string({ unit: 'binary', maxLength: 30 });
  await fc.assert(fc.asyncProperty(fc.array(fc.record({ message: text, code: text, line: fc.nat(1e6), extra: fc.option(fc.jsonValue(), { nil: undefined }) }), { minLength: 0, maxLength: 80 }), text, async (items, uri) => {
    const msg = publication(items.map((x) => ({ ...diagnostic(x.line, x.message), code: x.code, extra: x.extra })), uri);
    assert.deepEqual(await encode(msg), Buffer.from(JSON.stringify(msg), 'utf8'));
  }), { numRuns: 300 });
});

// A keystroke republishes the document with every diagnostic's data.version changed and, mostly, nothing else: the
// diagnostics' maker (features/diagnostics.ts) registers the JSON of those equal to the last ones but for the version.
test('a diagnostic registered with its JSON around data.version is written from it; one not registered, or with a version that is no integer, as JSON.stringify', async () => {
  const list = Array.from({ length: 40 }, (_, i) => diagnostic(i, `正文“办结${i}件”与表三不一致`));
  list.forEach((d) => encodedAroundVersion.set(d, splitAroundVersion(d)));
  for (const v of [7, 8, 123456789]) {
    list.forEach((d) => { d.data.version = v; });
    const msg = publication(list);
    assert.deepEqual((await encode(msg)).toString('utf8'), JSON.stringify(msg));
  }
  list[3].data.version = 1.5;
  list[4].data.version = -0;
  const msg = publication(list);
  assert.deepEqual((await encode(msg)).toString('utf8'), JSON.stringify(msg));
  // The split is exact: a registration is what is written (a stale one would show here).
  encodedAroundVersion.set(list[5], { head: '{"x":', tail: '}' });
  assert.match((await encode(publication(list))).toString('utf8'), /\{"x":123456789\}/);
  assert.equal(splitAroundVersion({ data: { version: 1.5 } }), null);
  assert.equal(splitAroundVersion({ message: 'no data' }), null);
});
