#!/usr/bin/env node
// Writes schemas/nianbao.schema.json, the JSON Schema of .nianbao.jsonc, from the zod schema in
// server/src/core/config.ts (via the built core, dist/core.js: run `npm run build` first). VS Code reads it
// through `contributes.jsonValidation` for completion and errors in the config file.
//   node scripts/config-schema.mjs          write the file
//   node scripts/config-schema.mjs --check  exit 1 when the shipped file differs from the zod schema
// test/unit/config.test.mjs runs the check, so the shipped schema cannot drift from the zod schema.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
export const SCHEMA_FILE = path.join(root, 'schemas/nianbao.schema.json');

/** The text the schema file should have. */
export function expectedSchema() {
  const core = require(path.join(root, 'dist/core.js'));
  return JSON.stringify(core.configJsonSchema(), null, 2) + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const want = expectedSchema();
  if (process.argv.includes('--check')) {
    const have = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : null;
    if (have !== want) {
      console.error('schemas/nianbao.schema.json is out of date (run: npm run build && node scripts/config-schema.mjs)');
      process.exit(1);
    }
    console.log('config schema up to date');
  } else {
    fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
    fs.writeFileSync(SCHEMA_FILE, want);
    console.log(`wrote ${path.relative(root, SCHEMA_FILE)}`);
  }
}
