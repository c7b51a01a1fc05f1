// Fixes inside a table written in a blockquote (`> | … |`, a table pasted into a reply or a note block, helper-208
// #1): a row that row-missing inserts keeps the quote's `>` markers (a line without them ends the quote, and the
// table with it: 表三 lost its last seven rows when rendered), and the table stays aligned as an unquoted one does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const require = createRequire(import.meta.url);
const md = require('markdown-it')({ html: true });
/** The row counts of the rendered tables. */
const tableRows = (text) => [...md.render(text).matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => (m[1].match(/<tr>/g) ?? []).length);
const quote = (text) => text.split('\n').map((l) => (l.startsWith('|') ? `> ${l}` : l)).join('\n');
const ERRORS = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');

test('fix-all on a report whose tables are quoted: the same text as on the unquoted report, with the markers', () => {
  const plain = core.fixAll(ERRORS).text;
  const quoted = core.fixAll(quote(ERRORS)).text;
  assert.ok(core.fixAll(ERRORS).fixed.some((f) => f.ruleId === 'row-missing'), 'a row is inserted');
  // Every table line keeps its marker, and the columns are aligned as in the unquoted table.
  assert.equal(quoted, quote(plain));
  assert.deepEqual(tableRows(quoted), tableRows(plain));
});

test('the row-missing quick fix in a quoted 表三 writes `> ` before the row, at the columns\' widths', () => {
  const text = quote(ERRORS);
  const f = core.checkReport(core.parseReport(text)).find((x) => x.ruleId === 'row-missing' && x.fix);
  const out = core.applyFixes(text, f.fix.edits).text.split('\n');
  const row = out.find((l) => l.includes('4.无正当理由大量反复申请'));
  assert.match(row, /^> \| 4\.无正当理由大量反复申请 +\| +\|/);
  const next = out[out.indexOf(row) + 1];
  assert.equal(core.displayWidth(row), core.displayWidth(next));
});

test('formatting aligns a quoted table after its markers, as it aligns an unquoted one; nothing else changes', () => {
  const text = quote(ERRORS);
  const out = core.applyFixes(text, core.formatPipeTables(text)).text;
  assert.equal(out, quote(core.applyFixes(ERRORS, core.formatPipeTables(ERRORS)).text));
  assert.notEqual(out, text, 'the misaligned 3件 row is aligned');
  assert.deepEqual(core.formatPipeTables(out), [], 'idempotent');
  assert.equal(out.replace(/[ |-]/g, ''), text.replace(/[ |-]/g, ''), 'only spaces, dashes and pipes (a short row\'s empty cells) change');
});
