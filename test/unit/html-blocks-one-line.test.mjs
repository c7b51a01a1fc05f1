// brk127 #2, #4: a saved web page whose headings, paragraphs and tables run together on a line (`…</p><h2>一、总体情况</h2><p>…`,
// `</table><h2>三、…</h2>`, a whole page minified to one line, a CMS's one-line tables each followed by the next <p>) is
// read as a browser shows it: each heading, paragraph and table a block of its own. A correct report has no finding, as
// it has with one tag a line; and the text after </table> is no cell of the table's last row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, pageElements, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');

const elements = (options) => pageElements(CORRECT, options);

const ids = (text) => core.analyze(text).findings.map((f) => `${f.ruleId}@${f.range.start.line + 1}:${f.range.start.character}`);

test('the example as a page, one element a line: no finding (the reading the others must match)', () => {
  assert.deepEqual(ids(elements().join('\n')), []);
});

test('a page minified to one line: every <h2> is read as a heading, every table ends at </table>', () => {
  const page = `<html><head><meta charset="utf-8"></head><body>${elements().join('')}</body></html>`;
  assert.equal(page.split('\n').length, 1);
  assert.deepEqual(ids(page), []);
  assert.equal(core.fixAll(page).text, page);
});

test('headings written as <p><strong>一、…</strong></p> in a one-line page are read as headings', () => {
  const page = elements({ strongHeadings: true }).join('');
  assert.deepEqual(ids(page), []);
});

test('a heading between paragraphs on one line, and </table><h2> / <h2>…</h2><table> joined: no finding', () => {
  const els = elements();
  const h1 = els.findIndex((e) => e.startsWith('<h2>一、'));
  const glued = [...els.slice(0, h1 - 1), els.slice(h1 - 1, h1 + 2).join(''), ...els.slice(h1 + 2)];
  assert.deepEqual(ids(glued.join('\n')), []);
  // `</table><h2>三、…</h2>`: the table before the heading is closed on the heading's line.
  const h3 = els.findIndex((e) => e.startsWith('<h2>三、'));
  const closeJoin = [...els.slice(0, h3 - 1), els[h3 - 1] + els[h3], ...els.slice(h3 + 1)];
  assert.match(closeJoin.join('\n'), /<\/table><h2>三、/);
  assert.deepEqual(ids(closeJoin.join('\n')), []);
  // `<h2>四、…</h2><table …>`
  const h4 = els.findIndex((e) => e.startsWith('<h2>四、'));
  const openJoin = [...els.slice(0, h4), els[h4] + els[h4 + 1], ...els.slice(h4 + 2)];
  assert.deepEqual(ids(openJoin.join('\n')), []);
});

test('a one-line table followed by the next item\'s <p> on its line: the <p> is no cell of the table\'s last row', () => {
  const els = elements();
  // Each table joined with the element after it, as a CMS saves a page.
  const out = [];
  for (let i = 0; i < els.length; i++) {
    if (els[i].startsWith('<table') && i + 1 < els.length) out.push(els[i] + els[++i]);
    else out.push(els[i]);
  }
  const text = out.join('\n');
  assert.match(text, /<\/table><p>第二十条第（五）项<\/p>/);
  assert.deepEqual(ids(text), []);
});

test('a fix in a one-line page inserts a missing heading on a line of its own; no character is lost', () => {
  const page = elements().join('');
  const text = page.replace('<h2>五、存在的主要问题及改进情况</h2>', '');
  const f = core.analyze(text).findings;
  assert.deepEqual(f.map((x) => x.ruleId), ['section-missing']);
  const out = core.fixAll(text).text;
  assert.deepEqual(ids(out), []);
  // Everything written before is there, in order; only the heading (and line breaks) were added.
  assert.equal(out.replace(/\n/g, '').replace(/<h2>五、存在的主要问题及改进情况<\/h2>/, ''), text);
  assert.match(out, /\n<h2>五、存在的主要问题及改进情况<\/h2>\n/);
});
