// A report pasted whole into a blockquote (every line `> …`, a blank line `>`: a draft quoted in a note or a reply,
// brk94 #2): its headings are read through the markers as its tables and prose were, so it gets the findings the
// same report unquoted gets (it had six false section-missing), and the lines a fix inserts stay in the quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { core, corpusText, CORPUS, edit, ROOT } from '../helpers.mjs';
import { execFileSync } from 'node:child_process';

/** A fixture's path by its file name (test/fixtures/**). */
const findFixture = (name) => execFileSync('find', [join(ROOT, 'test/fixtures'), '-name', name], { encoding: 'utf8' }).trim().split('\n')[0];

const require = createRequire(import.meta.url);
const md = require('markdown-it')({ html: true });
const quote = (text) => text.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
/** Rule id and 1-based line of each finding. */
const where = (text) => core.checkReport(core.parseReport(text)).map((f) => `${f.ruleId}:${f.range.start.line + 1}`);

const SEED = corpusText('seeds/001_417062a3286660b0.txt');
const ERRORS = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

test('a quoted report gets the findings of the same report unquoted, on the same lines', () => {
  for (const text of [SEED, ERRORS, CORRECT]) {
    const plain = where(text);
    assert.deepEqual(where(quote(text)), plain);
    assert.ok(!plain.some((w) => w.startsWith('section-missing')));
  }
  assert.deepEqual(core.parseReport(quote(SEED)).sections.map((s) => s.heading.canonical), core.parseReport(SEED).sections.map((s) => s.heading.canonical));
});

test('the headings of a quoted report are its outline: `> ## 一、…` and `> 一、…` alike', () => {
  const headings = core.parseReport(quote(CORRECT)).headings.filter((h) => h.level === 1).map((h) => h.title);
  assert.deepEqual(headings, core.parseReport(CORRECT).headings.filter((h) => h.level === 1).map((h) => h.title));
  assert.deepEqual(core.parseReport(quote(CORRECT)).sections.map((s) => s.heading.canonical), [0, 1, 2, 3, 4, 5]);
});

test('fix-all inserts a missing table and section into a quoted report inside the quote, as `##` headings like the others', () => {
  const cut = CORRECT.slice(0, CORRECT.indexOf('## 六、'));
  const a = cut.indexOf('## 四、'), b = cut.indexOf('## 五、');
  const broken = cut.slice(0, a) + '## 四、政府信息公开行政复议、行政诉讼情况\n\n' + cut.slice(b);
  assert.deepEqual(where(broken).filter((w) => /missing/.test(w)).map((w) => w.split(':')[0]), ['table-missing', 'section-missing']);
  const plain = core.fixAll(broken).text;
  const quoted = core.fixAll(quote(broken)).text;
  // The inserted lines carry the markers: the quoted result is the unquoted result quoted (blank lines aside: a quote's
  // blank line `>` is not taken for one where the insertion would replace it).
  const text = (t) => t.split('\n').filter((l) => l.replace(/^>\s?/, '') !== '');
  assert.deepEqual(text(quoted), text(quote(plain)));
  assert.ok(quoted.split('\n').every((l) => l.startsWith('>')));
  assert.match(quoted, /\n> ## 六、其他需要报告的事项(\n|$)/);
  // Rendered, the whole report is one quote that holds every table.
  const html = md.render(quoted);
  assert.equal(html.match(/<blockquote>/g).length, 1);
  assert.equal((html.match(/<table>/g) ?? []).length, (md.render(plain).match(/<table>/g) ?? []).length);
  const rules = (t) => where(t).map((w) => w.split(':')[0]);
  assert.deepEqual(rules(quoted), rules(plain));
});

test('a quoted section with only quoted blank lines under its heading is empty (section-empty), as unquoted', () => {
  const empty = edit(CORRECT, /## 五、存在的主要问题及改进情况\n\n[^\n]+\n/.exec(CORRECT)[0], '## 五、存在的主要问题及改进情况\n\n');
  assert.ok(where(empty).some((w) => w.startsWith('section-empty')));
  assert.deepEqual(where(quote(empty)), where(empty));
});

test('inserted lines get the markers of the line the edit starts on; lines outside a quote and pre-quoted lines are left as they are', () => {
  const lines = new core.LineIndex('> > 一、总体情况\n正文\n>');
  const fix = (range, newText) => ({ title: { zh: '', en: '' }, edits: [{ range, newText }] });
  const at = (line, character) => ({ start: { line, character }, end: { line, character } });
  // Appended after a quoted line: each new line, blank ones as the bare markers.
  assert.equal(core.withQuoteMarkers(lines, fix(at(0, 10), '\n\n二、x')).edits[0].newText, '\n> >\n> > 二、x');
  // Inserted before a quoted line (at its start): the first new line too; the last runs on into the line's own markers.
  assert.equal(core.withQuoteMarkers(lines, fix(at(2, 0), 'x\n')).edits[0].newText, '> x\n');
  // A bare `>` line: the markers with their space for a line with text.
  assert.equal(core.withQuoteMarkers(lines, fix(at(2, 1), '\ny')).edits[0].newText, '\n> y');
  // Not quoted, or already quoted by the rule: unchanged.
  assert.equal(core.withQuoteMarkers(lines, fix(at(1, 2), '\ny')).edits[0].newText, '\ny');
  assert.equal(core.withQuoteMarkers(lines, fix(at(0, 10), '\n> > y')).edits[0].newText, '\n> > y');
  // No line break: nothing to quote.
  assert.equal(core.withQuoteMarkers(lines, fix(at(0, 10), 'y')).edits[0].newText, 'y');
});

test('every corpus report and fixture quoted as a whole gets the findings of the text unquoted (brk98 #1, #2)', () => {
  const key = (text) => core.checkReport(core.parseReport(text)).map((f) => `${f.ruleId}:${f.range.start.line}:${f.severity}`);
  const files = [
    ...['seeds', 'peers'].flatMap((d) => readdirSync(join(CORPUS, d)).filter((n) => n.endsWith('.txt')).map((n) => join(CORPUS, d, n))),
    ...['breaker20-n02-workplan-2025.md', 'breaker47-html-min-p-nospan.md', 'breaker20-r14-compiled-townships-2020.md'].map((n) => findFixture(n)),
    join(ROOT, 'test/fixtures/row-duplicate-text-layouts/tab-equal.txt'),
  ];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    assert.deepEqual(key(quote(text)), key(text), f);
  }
  // Among them: the date of a quoted signature read (seed 003's year, and with it its format-anachronism), a quoted
  // work plan is no report, and a quoted compilation is split.
  const seed3 = quote(corpusText('seeds/003_7487cbc35b761747.txt'));
  assert.equal(core.parseReport(seed3).year, 2018);
  assert.ok(key(seed3).some((k) => k.startsWith('format-anachronism')));
  assert.equal(core.parseReport(quote(readFileSync(findFixture('breaker20-n02-workplan-2025.md'), 'utf8'))).isReport, false);
});

test('fix-all on a quoted report gives the unquoted result, quoted: every line keeps its markers', () => {
  const text = (t) => t.split('\n').map((l) => l.replace(/^> ?/, '').trimEnd()).filter((l) => l !== '');
  for (const base of [ERRORS, corpusText('seeds/003_7487cbc35b761747.txt'), corpusText('seeds/002_029685eb87fde92d.txt')]) {
    const fixed = core.fixAll(quote(base)).text;
    assert.ok(fixed.split('\n').every((l) => l.startsWith('>')));
    assert.deepEqual(text(fixed), text(core.fixAll(base).text));
  }
});

test('a quote inside a report (a few lines) is read where it stands; the report is not read as quoted', () => {
  const inside = CORRECT.replace('## 五、', '> 某某同志说：“要把政务公开做实。”\n\n## 五、');
  assert.equal(core.parseReport(inside).extras.quoted, undefined);
  assert.ok(core.parseReport(quote(CORRECT)).extras.quoted);
});
