// brk129 #7: the config example of docs/pull-requests.md began with "$schema": "./node_modules/nianbao/schemas/…",
// which no documented install route creates (nianbao is not on npm: the action, `npx --package=github:…#TAG` or a
// global install). The example now points at schemas/nianbao.schema.json at the release tag the page uses, and the
// example still parses as a config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const doc = readFileSync(join(ROOT, 'docs/pull-requests.md'), 'utf8');

test('the docs\' config example: $schema is the shipped schema at the documented release tag, not a node_modules path', () => {
  const block = /```jsonc\n(\{\n\s*(?:\/\/[^\n]*\n\s*)*"\$schema"[\s\S]*?\n\})\n```/.exec(doc);
  assert.ok(block, 'the config example with $schema');
  const parsed = core.parseConfig(block[1]);
  assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
  const schema = parsed.config.$schema;
  assert.doesNotMatch(schema, /node_modules/);
  // The tag the page installs and pins (npx --package=github:nianbao/nianbao#TAG, uses: nianbao/nianbao@TAG).
  const tag = /--package=github:nianbao\/nianbao#(v[\d.]+)/.exec(doc)[1];
  assert.match(doc, new RegExp(`uses: nianbao/nianbao@${tag.replace(/\./g, '\\.')}`));
  assert.equal(schema, `https://raw.githubusercontent.com/nianbao/nianbao/${tag}/schemas/nianbao.schema.json`);
  // The file the URL names is the one this repository ships.
  assert.ok(existsSync(join(ROOT, 'schemas/nianbao.schema.json')));
});
