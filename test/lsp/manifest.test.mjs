// The extension manifest: the per-rule settings in package.json and the nls strings are what the rule registry
// generates (fails when a rule is added without `npm run manifest`); the grammar tokenizes a report as intended
// (vscode-textmate with the Oniguruma engine VS Code uses).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root } from './client.mjs';
import { drift, buildManifest, loadRules } from '../../scripts/manifest.mjs';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

test('package.json settings and nls strings match the rule registry (run `npm run manifest` after adding a rule)', () => {
  assert.deepEqual(drift(), []);
});

test('every rule has a severity setting with its description in both languages', () => {
  const { rules } = loadRules();
  const props = Object.assign({}, ...pkg.contributes.configuration.map((c) => c.properties));
  const en = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
  const zh = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.zh-cn.json'), 'utf8'));
  assert.ok(rules.length >= 20);
  for (const r of rules) {
    const p = props[`nianbao.rules.${r.id}`];
    assert.ok(p, r.id);
    assert.deepEqual(p.enum, ['default', 'off', 'error', 'warning', 'info', 'hint']);
    assert.ok(en[`config.rules.${r.id}`].includes(r.description.en), r.id);
    assert.ok(zh[`config.rules.${r.id}`].includes(r.description.zh), r.id);
  }
  // Every %key% the manifest uses exists in both nls files.
  const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  for (const k of keys) { assert.ok(k in en, `en ${k}`); assert.ok(k in zh, `zh ${k}`); }
  // Generated with the current registry, the manifest adds nothing else but the setting of unused suppression
  // comments (set as a rule is, described in both languages).
  const generated = buildManifest(rules).contributes.configuration[1].properties;
  assert.deepEqual(Object.keys(generated).filter((k) => !rules.some((r) => k === `nianbao.rules.${r.id}`)), ['nianbao.rules.unused-disable-directive']);
  assert.deepEqual(props['nianbao.rules.unused-disable-directive'].enum, ['default', 'off', 'error', 'warning', 'info', 'hint']);
  assert.match(en['config.rules.unused-disable-directive'], /suppressed nothing/);
  assert.match(zh['config.rules.unused-disable-directive'], /没有屏蔽任何问题/);
});

test('the language, grammar and commands are contributed', () => {
  const c = pkg.contributes;
  assert.deepEqual(c.languages[0].extensions, ['.nianbao.md', '.nianbao.txt']);
  assert.equal(c.languages[0].aliases[0], '政府信息公开年报');
  assert.ok(fs.existsSync(path.join(root, c.grammars[0].path)));
  // Each contributed command is one the client registers (ClientCommands in the shared protocol module).
  const protocol = fs.readFileSync(path.join(root, 'server/src/lsp/protocol.ts'), 'utf8');
  const client = fs.readFileSync(path.join(root, 'client/src/extension.ts'), 'utf8');
  for (const cmd of c.commands) {
    const key = /(\w+): '([^']+)'/g;
    const name = [...protocol.matchAll(key)].find((m) => m[2] === cmd.command)?.[1];
    assert.ok(name, `${cmd.command} in protocol.ts`);
    assert.ok(client.includes(`registerCommand(ClientCommands.${name}`), `${cmd.command} registered by the client`);
  }
});

test('the TextMate grammar scopes headings, pipe tables, numbers, 文号 and template notes', async () => {
  const oniguruma = require('vscode-oniguruma');
  const vsctm = require('vscode-textmate');
  await oniguruma.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => vsctm.parseRawGrammar(fs.readFileSync(path.join(root, 'syntaxes/nianbao.tmLanguage.json'), 'utf8'), 'nianbao.tmLanguage.json'),
  });
  const grammar = await registry.loadGrammar('text.nianbao');
  const lines = [
    '三、收到和处理政府信息公开申请情况',
    '（一）予以公开。本年共予以公开5件。',
    '1.属于国家秘密',
    '| （七）总计 | 20 | 0 |',
    '|---|---|---|',
    '根据国办公开办函〔2021〕30号要求，2024年1月1日起统计。',
    '（文字描述，收取信息处理费情况在此处报告。）',
    '## 二、主动公开政府信息情况',
  ];
  let state = vsctm.INITIAL;
  const scopesAt = {};
  for (const [i, line] of lines.entries()) {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    for (const t of r.tokens) scopesAt[`${i}:${line.slice(t.startIndex, t.endIndex)}`] = t.scopes.join(' ');
  }
  const find = (i, text) => Object.entries(scopesAt).find(([k]) => k.startsWith(`${i}:`) && k.slice(String(i).length + 1).includes(text))?.[1] ?? '';
  assert.match(find(0, '三、'), /markup\.heading\.1\.nianbao.*constant\.other\.ordinal/);
  assert.match(find(0, '收到和处理'), /entity\.name\.section/);
  assert.match(find(1, '（一）'), /markup\.heading\.2/);
  assert.match(find(2, '1.'), /markup\.heading\.3.*ordinal/);
  assert.match(find(3, '|'), /punctuation\.separator\.table/);
  assert.match(find(3, '20'), /constant\.numeric/);
  assert.match(find(4, '---'), /punctuation\.definition\.table/);
  assert.match(find(5, '〔2021〕'), /string\.other\.document-number/);
  assert.match(find(5, '30号'), /constant\.numeric\.serial/);
  assert.match(find(5, '2024年1月1日'), /constant\.numeric\.date/);
  assert.match(find(6, '文字描述'), /comment\.block\.template-note/);
  assert.match(find(7, '##'), /punctuation\.definition\.heading/);
  assert.match(find(7, '二、'), /constant\.other\.ordinal/);
});
