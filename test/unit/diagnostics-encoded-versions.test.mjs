// A keystroke republishes every diagnostic of a long draft with a new data.version; the diagnostics that are the
// same but for it are written from the JSON of the last publication (features/diagnostics.ts registers them,
// transport.ts writes them). Whatever changed between versions — a message, a range, a related location, a fix
// offered or not, a finding gone or new — must be written as it is now: each publication's bytes are those of
// JSON.stringify, version after version of real edits of real reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { core, ROOT } from '../helpers.mjs';

const built = buildSync({
  stdin: { contents: "export { diagnosticsOf } from './features/diagnostics.ts'; export { JSON_UTF8_ENCODER, encodedAroundVersion } from './transport.ts';", resolveDir: join(ROOT, 'server/src/lsp'), loader: 'ts' },
  bundle: true, mainFields: ['module', 'main'], platform: 'node', format: 'cjs', write: false, logLevel: 'error',
});
const mod = { exports: {} };
new Function('module', 'exports', 'require', built.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
const { diagnosticsOf, JSON_UTF8_ENCODER, encodedAroundVersion } = mod.exports;

const analysis = (uri, version, text) => {
  const report = core.parseReport(text);
  return { uri, version, languageId: 'markdown', report, isTarget: true, findings: core.checkReport(report, {}), problem: null, previousTied: [] };
};
const publish = async (uri, version, diagnostics) => {
  const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics } };
  return [Buffer.from(await JSON_UTF8_ENCODER.encode(msg, { charset: 'utf-8' })).toString('utf8'), JSON.stringify(msg)];
};

test('version after version of edits that change messages, ranges, related cells and fixes: each publication is JSON.stringify of its diagnostics', async () => {
  const example = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8').replace(/\r\n?/g, '\n');
  // Enough findings to be written piece by piece (a publication of 32 or more), and a sentence whose finding names
  // the table's number (its message changes when the cell does, under the same key).
  const base = `${example}\n全年共收到政府信息公开申请99件，予以公开99件。\n${'资金资金。\n'.repeat(40)}`;
  const lines = base.split('\n');
  const cell = lines.findIndex((l) => /（一）予以公开/.test(l));
  assert.ok(cell > 0);
  const versions = [
    base,
    base.replace('资金资金。\n', '资金资金资金。\n'),
    lines.map((l, i) => (i === cell ? l.replace(/\d+/, (d) => String(Number(d) + 1)) : l)).join('\n'),
    lines.map((l, i) => (i === cell ? l.replace(/\d+/, (d) => String(Number(d) + 2)) : l)).join('\n'),
    `新的第一行\n${base}`,
    base.replace('不予公开', '不予公开公开'),
    base,
    base,
  ];
  const uri = 'file:///tmp/encoded.md';
  let reused = 0, messagesChanged = 0, previous = null;
  for (const [k, text] of versions.entries()) {
    const diagnostics = diagnosticsOf(analysis(uri, k + 1, text), 'zh');
    assert.ok(diagnostics.length >= 32, `${diagnostics.length}`);
    reused += diagnostics.filter((d) => encodedAroundVersion.has(d)).length;
    if (previous) messagesChanged += diagnostics.filter((d, i) => previous[i] && previous[i].data.key === d.data.key && previous[i].message !== d.message).length;
    const [written, expected] = await publish(uri, k + 1, diagnostics);
    assert.equal(written, expected, `version ${k + 1}`);
    previous = diagnostics;
  }
  // The path is taken (registrations), and the edits change messages under the same keys too.
  assert.ok(reused > 200, `${reused}`);
  assert.ok(messagesChanged >= 1, `${messagesChanged}`);
});

test('the same findings in two documents, or in another locale, are written as each is now', async () => {
  const text = `${readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8')}\n${'资金资金。\n'.repeat(40)}`;
  for (const [uri, locale, version] of [['file:///a.md', 'zh', 1], ['file:///b.md', 'zh', 1], ['file:///a.md', 'en', 2], ['file:///a.md', 'zh', 3]]) {
    const a = analysis(uri, version, text);
    const [written, expected] = await publish(uri, version, diagnosticsOf(a, locale));
    assert.equal(written, expected, `${uri} ${locale}`);
  }
});
