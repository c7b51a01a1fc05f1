// LineIndex.dominantEol: the line ending a fix writes when it inserts a line; the most common one of the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

const eolOf = (text) => new core.LineIndex(text).dominantEol();

test('dominantEol: \\n without \\r, else the most common of \\r\\n, \\n and a lone \\r (ties to \\n, then \\r\\n)', () => {
  assert.equal(eolOf(''), '\n');
  assert.equal(eolOf('一行'), '\n');
  assert.equal(eolOf('a\nb\nc'), '\n');
  assert.equal(eolOf('a\r\nb\r\nc'), '\r\n');
  assert.equal(eolOf('a\r\nb\r\nc\nd'), '\r\n');
  assert.equal(eolOf('a\r\nb\nc\nd'), '\n');
  assert.equal(eolOf('a\rb\rc\r\nd'), '\r');
  assert.equal(eolOf('a\rb\r\nc'), '\r\n');
  assert.equal(eolOf('a\r\nb\nc'), '\n');
  // Asked twice, the same answer (it is kept).
  const index = new core.LineIndex('a\r\nb\r\n');
  assert.equal(index.dominantEol(), '\r\n');
  assert.equal(index.dominantEol(), '\r\n');
});
