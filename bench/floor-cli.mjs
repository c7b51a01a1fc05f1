#!/usr/bin/env node
// The floor CLI for `npm run bench`: finds the same files as `nianbao check DIR` (*.md, *.markdown, *.txt,
// recursively) and does read + decode + split + one regex per line over each (lib/floor.mjs); prints a count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, floorText } from './lib/floor.mjs';

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (/\.(md|markdown|txt)$/i.test(e.name)) yield p;
  }
}

let files = 0, lines = 0;
for (const arg of process.argv.slice(2)) {
  for (const f of walk(arg)) {
    files++;
    lines += floorText(decode(readFileSync(f)));
  }
}
process.stdout.write(JSON.stringify({ files, matchedLines: lines }) + '\n');
