// HTML tables in a draft (pandoc's Markdown of a Word report, a saved web page, Word's own HTML): read like pipe
// tables, checked and fixed the same way, and a row written into one is HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, CORPUS, pipeTablesAsHtml } from '../helpers.mjs';

/**
 * The draft with each pipe table rewritten as an HTML table: `row` one `<tr>` per line, `cell` one `<td>` per line
 * (pandoc), `word` each cell's text on its own line in `<p><span>` with `<p>&nbsp;</p>` for an empty cell (Word).
 */
function toHtml(text, mode) {
  const out = [];
  let open = false;
  const close = () => { if (open) out.push(...(mode === 'row' ? [] : ['</tbody>']), '</table>'); open = false; };
  for (const line of text.split('\n')) {
    if (!/^\s*\|/.test(line)) { close(); out.push(line); continue; }
    if (/^\s*\|[\s:|-]+\|\s*$/.test(line)) continue;
    if (!open) { out.push('<table>', ...(mode === 'row' ? [] : ['<tbody>'])); open = true; }
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim().replace(/&/g, '&amp;'));
    if (mode === 'row') out.push(`<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
    else if (mode === 'cell') out.push('<tr class="odd">', ...cells.map((c) => `<td>${c}</td>`), '</tr>');
    else out.push('<tr style="height:20px">', ...cells.flatMap((c) => ['<td width="60">', c ? `<p class="MsoNormal"><span style="font-family:宋体">${c}</span></p>` : '<p class="MsoNormal">&nbsp;</p>', '</td>']), '</tr>');
  }
  close();
  return out.join('\n');
}

// (table-header-width is about how GFM renders a pipe table's header: no HTML table has one to compare.)
const ruleIds = (text) => core.checkReport(core.parseReport(text)).map((f) => f.ruleId).filter((id) => id !== 'table-header-width').sort();
const MODES = ['row', 'cell', 'word'];

const drafts = [
  ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'examples', f)),
  ...['seeds', 'peers'].flatMap((d) => readdirSync(join(CORPUS, d)).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS, d, f))),
].filter((f) => readFileSync(f, 'utf8').split('\n').filter((l) => /^\s*\|.*\|/.test(l)).length >= 5);

test('the drafts with pipe tables are there to convert', () => {
  assert.ok(drafts.length >= 8, `only ${drafts.length} drafts with pipe tables`);
});

for (const file of drafts) {
  const name = file.replace(ROOT, '').replace(CORPUS, 'corpus');
  test(`${name}: as an HTML table in every form it gets the same findings as with pipe tables`, () => {
    const text = readFileSync(file, 'utf8');
    const expected = ruleIds(text);
    for (const mode of MODES) assert.deepEqual(ruleIds(toHtml(text, mode)), expected, `${mode} form`);
  });
}

test('HTML tables are read with every value, and the model names their layout html', () => {
  const text = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const pipe = core.parseReport(text);
  for (const mode of MODES) {
    const r = core.parseReport(toHtml(text, mode));
    for (const id of ['t2', 't3', 't4']) {
      assert.equal(r.tables[id].layout, 'html', `${mode} ${id}`);
      const values = (rep) => rep.tables[id].rows.map((row) => row.cells.map((c) => (c ? c.value : null)));
      assert.deepEqual(values(r), values(pipe), `${mode} ${id}`);
    }
  }
});

test('fix-all on HTML tables fixes what it fixes in pipe tables and writes HTML rows into them', () => {
  const text = readFileSync(join(ROOT, 'examples', 'errors-2024.nianbao.md'), 'utf8');
  const pipeLeft = ruleIds(core.fixAll(text).text);
  for (const mode of MODES) {
    const fixed = core.fixAll(toHtml(text, mode)).text;
    assert.deepEqual(ruleIds(fixed), pipeLeft, `${mode} form`);
    // The missing row 4.无正当理由大量反复申请 was inserted once, as an HTML row, and no pipe row went into a table.
    const inserted = fixed.split('\n').filter((l) => l.includes('4.无正当理由大量反复申请'));
    assert.equal(inserted.length, 1, `${mode}: ${inserted.join(' / ')}`);
    // Blank (the author fills it in: numbers worked out from the sums could take in a typo elsewhere), written as its
    // neighbours are (brk145 #6): one `<tr>` a line, a `<td>` a line, or Word's `<p><span>` on a line of its own.
    const like = { row: /^<tr><td>4\.无正当理由大量反复申请<\/td>(<td><\/td>){7}<\/tr>$/, cell: /^<td>4\.无正当理由大量反复申请<\/td>$/, word: /^<p class="MsoNormal"><span style="font-family:宋体">4\.无正当理由大量反复申请<\/span><\/p>$/ };
    assert.match(inserted[0], like[mode]);
    assert.equal(core.parseReport(fixed).tables.t3.rows.find((r) => r.id === 'R3.5.4').cells.filter((c) => c && c.raw !== '').length, 0, `${mode}: the row is blank`);
    assert.ok(!fixed.split('\n').some((l) => /^\s*\|/.test(l)), `${mode}: a pipe row was written`);
    // A corrected total lands inside its cell's markup.
    assert.ok(fixed.includes(mode === 'word' ? '<span style="font-family:宋体">47</span>' : '<td>47</td>'), mode);
  }
});

test('htmlCells: cell text without tags and entities, offsets of the text on the line, blanks where a value goes', () => {
  const line = '<tr><td class="x">（一）</td><td> 12&nbsp;</td><td></td><td><p><span>3</span></p></td><td>&ldquo;三安全一稳定&rdquo;</td></tr>';
  const cells = core.htmlCells(line);
  assert.deepEqual(cells.map((c) => c.text), ['（一）', '12', '', '3', '“三安全一稳定”']);
  assert.equal(line.slice(cells[0].start, cells[0].end), '（一）');
  assert.equal(line.slice(cells[1].start, cells[1].end), '12');
  assert.equal(cells[2].start, cells[2].end);
  assert.equal(line.slice(cells[2].start - 4, cells[2].start), '<td>');
  assert.equal(line.slice(cells[3].start, cells[3].end), '3');
  assert.equal(line.slice(cells[4].start, cells[4].end), '&ldquo;三安全一稳定&rdquo;');
  // A cell's text on a line of its own (opened and closed on other lines) is a cell; a `<td>` left open with no
  // text is none; broken markup never throws.
  assert.deepEqual(core.htmlCells('  <p class="MsoNormal"><span>40</span></p>').map((c) => c.text), ['40']);
  assert.deepEqual(core.htmlCells('<td width="60" valign="top">'), []);
  assert.deepEqual(core.htmlCells('<td>1</td><td>2<td>3</tr>').map((c) => c.text), ['1', '2', '3']);
  for (const junk of ['<td', '<td>&', '<<<td>>>', '<td><![CDATA[1]]></td>', '<td><!-- x --></td>']) assert.ok(Array.isArray(core.htmlCells(junk)));
});

test('a paragraph of the report in <p> tags is prose, not table cells, and other Markdown with tags is read as before', () => {
  const text = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const withP = text.replace('全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。', '<p>全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件，均已依法办理完毕。</p>');
  assert.notEqual(withP, text);
  assert.deepEqual(ruleIds(withP), ruleIds(text));
});

test('property: in the HTML layouts, blank cells read as blank (null), values as written, value ranges slice to their text', async () => {
  const fc = (await import('fast-check')).default;
  const { LAYOUTS, wrap } = await import('../layouts.mjs');
  const v = fc.oneof(fc.integer({ min: 0, max: 99999 }), fc.constant(0));
  const blanky = fc.array(fc.array(fc.option(v, { nil: null, freq: 3 }), { minLength: 7, maxLength: 7 }), { minLength: 25, maxLength: 25 });
  fc.assert(fc.property(blanky, fc.constantFrom('htmlTable', 'pandocHtml', 'wordHtml'), (values, layout) => {
    const r = core.parseReport(wrap(LAYOUTS[layout](values)));
    const rows = r.tables.t3.rows.filter((x) => x.cells.length);
    assert.deepEqual(rows.map((x) => x.cells.map((c) => (c ? c.value : undefined))), values);
    for (const row of rows) for (const c of row.cells) if (c.raw !== '') assert.equal(r.lines.slice(c.range), c.raw);
  }), { numRuns: 60 });
});

// A beautified table (Prettier, an HTML beautifier, a browser's view-source): every tag of a cell on a line of its
// own, the cell's text alone between `<p …>` and `</p>`, an empty cell as `&nbsp;` or `<br>` there (breaker47 #1).
/** The draft with each pipe table so: `pretty` indented, `<p>`/`<span>` lines; `tagPerLine` `<div>`, `<p>`, `<span>`, `<font>` each on a line of its own. */
function toBeautifiedHtml(text, mode) {
  const cell = {
    pretty: (c) => ['    <td>', '      <p class="MsoNormal" align="center">', c ? `        <span style="font-family:仿宋_GB2312">${c}</span>` : '        &nbsp;', '      </p>', '    </td>'],
    tagPerLine: (c) => ['<td width="60">', '<div>', '<p style="text-align:center">', '<span>', '<font face="宋体">', c || '<br>', '</font>', '</span>', '</p>', '</div>', '</td>'],
  }[mode];
  return pipeTablesAsHtml(text, (cells) => ['  <tr>', ...cells.map((c) => c.replace(/&/g, '&amp;')).flatMap(cell), '  </tr>']);
}
const BEAUTIFIED = ['pretty', 'tagPerLine'];

test('breaker47 #1: the tester\'s beautified 表三 (<p>, text, </p> on lines of their own) reads as the pipe table it was made from', () => {
  const fixture = (f) => readFileSync(join(ROOT, 'test/fixtures/reports', f), 'utf8');
  const pipe = core.parseReport(fixture('breaker47-jd-2020-pipe.txt'));
  const values = (rep) => rep.tables.t3.rows.map((row) => row.cells.map((c) => (c ? c.value : null)));
  for (const f of ['breaker47-html-min-p-nospan.md', 'breaker47-html-t3-prettier.md']) {
    const text = fixture(f);
    const r = core.parseReport(text);
    assert.equal(r.tables.t3.layout, 'html', f);
    assert.deepEqual(values(r), values(pipe), f);
    // No tag read as a value (`</p>`, `align="center">`), no false sum, row or prose-table finding: a correct report.
    assert.deepEqual(core.checkReport(r).map((x) => `${x.ruleId} ${x.message}`), [], f);
  }
});

for (const file of drafts) {
  const name = file.replace(ROOT, '').replace(CORPUS, 'corpus');
  test(`${name}: as a beautified HTML table (a tag a line) it gets the same findings as with pipe tables`, () => {
    const text = readFileSync(file, 'utf8');
    const expected = ruleIds(text);
    for (const mode of BEAUTIFIED) assert.deepEqual(ruleIds(toBeautifiedHtml(text, mode)), expected, `${mode} form`);
  });
}

test('beautified HTML tables: every value and blank read as in the pipe table, and fix-all fixes the same, inside the markup', () => {
  const text = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
  const pipe = core.parseReport(text);
  const values = (rep, id) => rep.tables[id].rows.map((row) => row.cells.map((c) => (c ? c.value : null)));
  const errors = readFileSync(join(ROOT, 'examples', 'errors-2024.nianbao.md'), 'utf8');
  const pipeLeft = ruleIds(core.fixAll(errors).text);
  for (const mode of BEAUTIFIED) {
    const r = core.parseReport(toBeautifiedHtml(text, mode));
    for (const id of ['t2', 't3', 't4']) {
      assert.equal(r.tables[id].layout, 'html', `${mode} ${id}`);
      assert.deepEqual(values(r, id), values(pipe, id), `${mode} ${id}`);
    }
    const html = toBeautifiedHtml(errors, mode);
    const fixed = core.fixAll(html).text;
    assert.deepEqual(ruleIds(fixed), pipeLeft, `${mode} form`);
    // The blank cell of the example's 表三 is written in its place: the `&nbsp;` replaced, or after its `<td …>`.
    const before = html.split('\n'), after = fixed.split('\n');
    const blank = before.findIndex((l, i) => (mode === 'pretty' ? l.trim() === '&nbsp;' : l === '<td width="60">' && before[i + 5] === '<br>') && after[i] !== l);
    assert.ok(blank >= 0, `${mode}: no blank cell written`);
    assert.equal(after[blank], mode === 'pretty' ? '        0' : '<td width="60">0', mode);
  }
});

test('row-label\'s fix in an HTML cell with a line break inside the label (`（二）不分公开<br>（区分…）`) changes the wrong character and keeps the markup (helper-202 #5)', () => {
  const example = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
  const html = toHtml(example, 'row');
  const right = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
  assert.ok(html.includes(`<td>${right}</td>`));
  const text = html.replace(`<td>${right}</td>`, '<td><span>（二）不分公开<br>（区分处理的，只计这一情形，不计其他情形）</span></td>');
  const found = core.checkReport(core.parseReport(text));
  assert.deepEqual(found.map((f) => f.ruleId), ['row-label'], found.map((f) => f.message).join('\n'));
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, text.replace('（二）不分公开<br>', '（二）部分公开<br>'));
  assert.deepEqual(core.checkReport(core.parseReport(fixed)), []);
});
