// Completion in a table row's label cell (breaker 41 #3): only the table's row labels of the detected format (no
// 表二 block heading such as 第二十条第（五）项, no 表四 header group); a row label accepted on a row with no cells yet
// writes the row's blank cells too, as row-missing's fix inserts that row; on a row with cells only the label changes.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { session, applyEdits } from './client.mjs';
import { core, cleanDraft } from '../helpers.mjs';

const itemsOf = (c) => (Array.isArray(c) ? c : c.items);

/** `text` with line `row` (a new line) inserted after the first line matching `after`; returns the text and its 0-based line. */
function withLine(text, after, row) {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => after.test(l));
  assert.ok(at >= 0, String(after));
  lines.splice(at + 1, 0, row);
  return { text: lines.join('\n'), line: at + 1 };
}

describe('completion in a table row label cell', () => {
  let s;
  let n = 0;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  /** Opens `text` and asks for completion at `character` of 0-based `line`. */
  async function complete(text, line, character) {
    const uri = `file:///tmp/nianbao-compl/draft${++n}.md`;
    await s.openAndWait(uri, text);
    return itemsOf(await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line, character } }));
  }

  test('2019 表二 (a 2020 draft): after “| 规” only the 2019 rows of its item, no 第二十条 block heading', async () => {
    const { text, line } = withLine(cleanDraft('2019'), /^\| 规范性文件/, '| 规');
    const labels = (await complete(text, line, 3)).map((i) => i.label);
    assert.deepEqual(labels, ['规章', '规范性文件']);
  });

  test('2021 表二: only the 2021 rows of its item, no block heading', async () => {
    const { text, line } = withLine(cleanDraft('2021'), /^\| 行政规范性文件/, '| 规');
    const labels = (await complete(text, line, 3)).map((i) => i.label);
    assert.deepEqual(labels, ['规章', '行政规范性文件']);
  });

  test('表二, each item\'s block: its own rows only, those not yet written first (brk106 #5)', async () => {
    for (const format of ['2021', '2019']) {
      const draft = cleanDraft(format);
      const tpl = core.TEMPLATES.find((t) => t.id === format).tables.t2;
      for (const b of tpl.blocks) {
        const last = b.rows.at(-1).label;
        const { text, line } = withLine(draft, new RegExp(`^\\| ${last} +\\|`), '| ');
        const items = await complete(text, line, 2);
        assert.deepEqual(items.map((i) => i.label).sort(), b.rows.map((r) => r.label).sort(), `${format} ${b.heading}`);
      }
      // A row of a two-row item deleted: the missing one comes first.
      const six = tpl.blocks.find((x) => x.rows.length === 2 && x.rows.some((r) => r.label === '行政强制'));
      const { text, line } = withLine(draft.replace(/^\| 行政处罚 .*\n/m, ''), /^\| 行政强制 +\|/, '| ');
      const items = await complete(text, line, 2);
      const sorted = [...items].sort((a, b) => (a.sortText < b.sortText ? -1 : 1)).map((i) => i.label);
      assert.deepEqual(sorted, ['行政处罚', '行政强制'], `${format} ${six.heading}`);
    }
  });

  test('2021 表三: its row and group labels, no heading or column label', async () => {
    const { text, line } = withLine(cleanDraft('2021'), /^\| 3\.要求提供公开出版物/, '| 4.无');
    const labels = (await complete(text, line, 5)).map((i) => i.label);
    assert.equal(labels.length, 30, labels.join(' / '));
    assert.ok(labels.includes('（三）不予公开') && labels.includes('4.无正当理由大量反复申请'));
    assert.ok(!labels.some((l) => /第二十条|^自然人$|^总计$/.test(l)), labels.join(' / '));
  });

  test('2021 表四: a row label cell gets no header group (行政复议, 复议后起诉 …)', async () => {
    const text = cleanDraft('2021');
    const line = text.split('\n').findIndex((l) => /^\| 0 /.test(l));
    assert.deepEqual(await complete(text, line, 2), []);
  });

  test('accepting 4.无正当理由大量反复申请 on “| 4.无” writes the row-missing fix row, aligned', async () => {
    const draft = cleanDraft('2021');
    const without = draft.split('\n').filter((l) => !l.startsWith('| 4.无正当理由大量反复申请')).join('\n');
    const fix = core.analyze(without).findings.find((f) => f.ruleId === 'row-missing' && f.data.row === 'R3.5.4').fix;
    const fixed = applyEdits(without, fix.edits);
    const { text, line } = withLine(without, /^\| 3\.要求提供公开出版物/, '| 4.无');
    const item = (await complete(text, line, 5)).find((i) => i.label === '4.无正当理由大量反复申请');
    assert.equal(item.textEdit.range.start.character, 2, 'the typed “| ” stays');
    const after = applyEdits(text, [item.textEdit, ...(item.additionalTextEdits ?? [])]);
    assert.equal(after, fixed);
    assert.match(after.split('\n')[line], /^\| 4\.无正当理由大量反复申请 +\|( +\|){7}$/);
  });

  test('2019 表二: accepting 规范性文件 on “| 规” gets that block\'s three blank cells', async () => {
    const draft = cleanDraft('2019');
    const { text, line } = withLine(draft.split('\n').filter((l) => !l.startsWith('| 规范性文件')).join('\n'), /^\| 规章/, '| 规');
    const item = (await complete(text, line, 3)).find((i) => i.label === '规范性文件');
    const row = applyEdits(text, [item.textEdit, ...(item.additionalTextEdits ?? [])]).split('\n')[line];
    assert.match(row, /^\| 规范性文件 +(\| +){3}\|$/);
  });

  test('a row that already has cells gets its label replaced only', async () => {
    const { text, line } = withLine(cleanDraft('2021'), /^\| 3\.要求提供公开出版物/, '| 4.无 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |');
    const item = (await complete(text, line, 5)).find((i) => i.label === '4.无正当理由大量反复申请');
    assert.deepEqual(item.textEdit, { range: { start: { line, character: 2 }, end: { line, character: 5 } }, newText: '4.无正当理由大量反复申请' });
    assert.equal(item.additionalTextEdits, undefined);
    assert.equal(applyEdits(text, [item.textEdit]).split('\n')[line], '| 4.无正当理由大量反复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |');
  });

  test('in an HTML table row (`<tr><td>4.无`), the label replaces only the cell\'s text: the tags typed before it stay (breaker49 #3)', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('../helpers.mjs');
    const html = readFileSync(join(ROOT, 'test/fixtures/column-label-text-layouts/r37-off-html.md'), 'utf8');
    const row = '<tr><td>4.无正当理由大量反复申请</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>';
    for (const typed of ['<tr><td>4.无', '<tr><td style="text-align:left">4.无']) {
      const { text, line } = withLine(html.replace(row + '\n', ''), /<td>3\.要求提供公开出版物/, `${typed}</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>`);
      const items = await complete(text, line, typed.length);
      const item = items.find((x) => x.label === '4.无正当理由大量反复申请');
      assert.ok(item, items.map((x) => x.label).join());
      const fixed = applyEdits(text, [item.textEdit, ...(item.additionalTextEdits ?? [])]);
      assert.equal(fixed.split('\n')[line], typed.replace('4.无', '') + row.slice('<tr><td>'.length));
      // The row is back in the table: the report reads as the fixture does.
      assert.deepEqual(core.analyze(fixed).findings.map((f) => f.ruleId), core.analyze(html).findings.map((f) => f.ruleId));
    }
  });

  test('a position past the document\'s end gets no items (breaker49: it got the six section titles with an edit on that line)', async () => {
    const text = cleanDraft('2021');
    const lines = text.split('\n').length;
    for (const character of [0, 5]) assert.deepEqual(await complete(text, lines + 9000, character), []);
    // The last line itself still completes a heading being typed there.
    const typed = text + '\n五、存在';
    assert.ok((await complete(typed, lines, 5)).some((i) => i.label.startsWith('五、')));
  });
  test('表三 with three label columns (Word\'s merged cells): a label cell after empty ones offers row labels; a value cell none (breaker51 #9)', async () => {
    const lines = cleanDraft('2021').split('\n');
    const start = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
    const end = lines.findIndex((l, k) => k > start && l.startsWith('| 四、结转下年度继续办理'));
    const three = lines.map((l, k) => {
      if (k < start || k > end) return l;
      const cells = l.split('|').slice(1, -1).map((c) => c.trim());
      if (cells[0].startsWith('-')) return `|${' --- |'.repeat(cells.length + 2)}`;
      const level = /^\d\./.test(cells[0]) ? 2 : /^（/.test(cells[0]) && !cells[0].startsWith('（本列') ? 1 : 0;
      const label = ['', '', ''];
      label[level] = cells[0];
      return `| ${[...label, ...cells.slice(1)].join(' | ')} |`;
    });
    const { text, line } = withLine(three.join('\n'), /\| 3\.要求提供公开出版物 \|/, '|  |  | 4.无');
    const labels = (await complete(text, line, 11)).map((i) => i.label);
    assert.ok(labels.includes('4.无正当理由大量反复申请'), labels.join(' / '));
    const row = text.split('\n').findIndex((l) => l.includes('| 3.要求提供公开出版物 |'));
    const valueCell = text.split('\n')[row].indexOf('| 3.要求提供公开出版物 |') + '| 3.要求提供公开出版物 | '.length;
    assert.deepEqual(await complete(text, row, valueCell), []);
  });
  test('the cursor in the middle of an existing label: the chosen label replaces the whole label cell, not only the part before the cursor (helper-208 #5)', async () => {
    const text = cleanDraft('2021');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('| 1.申请人无正当理由逾期不补正'));
    const items = await complete(text, line, '| 1.申'.length);
    const own = items.find((i) => i.label.startsWith('1.申请人无正当理由逾期不补正'));
    assert.ok(own, items.map((i) => i.label).join());
    // Choosing the row's own label leaves the line as it was; another label replaces it whole, the cells kept.
    assert.equal(applyEdits(text, [own.textEdit]), text);
    const other = items.find((i) => i.label === '3.其他');
    const out = applyEdits(text, [other.textEdit]).split('\n')[line];
    assert.equal(out, lines[line].replace(/^\| 1\.申请人[^|]*?(?= +\|)/, '| 3.其他'));
  });
  // helper-217 #3: in a table inside a blockquote, the line's `> | ` went with the text replaced (the row left the quote
  // and the table). Now the label cell is read after the markers, as in any pipe row.
  test('in a quoted table, accepting a label keeps the `> | ` and writes the row\'s blank cells', async () => {
    const quoted = cleanDraft('2021').split('\n').map((l) => (l.startsWith('|') ? `> ${l}` : l)).join('\n');
    const { text, line } = withLine(quoted, /^> \| 3\.要求提供公开出版物/, '> | 4.无');
    const items = await complete(text, line, 7);
    const item = items.find((i) => i.label === '4.无正当理由大量反复申请');
    assert.ok(item, items.map((i) => i.label).join(' / '));
    const out = applyEdits(text, [item.textEdit, ...(item.additionalTextEdits ?? [])]).split('\n')[line];
    assert.match(out, /^> \| 4\.无正当理由大量反复申请 +(\| +){7}\|$/);
  });

  // helper-217 #6: a client that takes InsertReplaceEdit (VS Code) gets both ranges: inserting keeps the text after the
  // cursor, replacing takes it too (its user picks); a client without gets the replacement, as before.
  test('a heading or label completed in its middle: InsertReplaceEdit for a client that takes it', async () => {
    const draft = cleanDraft('2021');
    const lines = draft.split('\n');
    const h = lines.findIndex((l) => l.startsWith('## 三、'));
    lines[h] = '## 三、收到 申请😀';
    const text = lines.join('\n');
    const plain = (await complete(text, h, 5)).find((i) => i.label.startsWith('三、'));
    assert.deepEqual(plain.textEdit.range, { start: { line: h, character: 3 }, end: { line: h, character: lines[h].length } });
    const s2 = await session({ capabilities: { textDocument: { completion: { completionItem: { insertReplaceSupport: true } } } } });
    try {
      const uri = 'file:///tmp/nianbao-compl/insert-replace.md';
      await s2.openAndWait(uri, text);
      const items = itemsOf(await s2.srv.request('textDocument/completion', { textDocument: { uri }, position: { line: h, character: 5 } }));
      const item = items.find((i) => i.label === plain.label);
      assert.deepEqual(item.textEdit.insert, { start: { line: h, character: 3 }, end: { line: h, character: 5 } });
      assert.deepEqual(item.textEdit.replace, plain.textEdit.range);
      const inserted = applyEdits(text, [{ range: item.textEdit.insert, newText: item.textEdit.newText }]).split('\n')[h];
      assert.equal(inserted, `## ${item.textEdit.newText}收到 申请😀`);
    } finally {
      await s2.srv.stop();
    }
  });
});
