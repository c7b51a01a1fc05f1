// Tables pasted from web pages and from Word/Excel: a blank cell written `&nbsp;`, tab-separated tables (their
// layout named, a missing row written with tabs, a blank field in its own column), a blank 表二 row's rule id, and
// the display width of curly quotes when pipe tables are aligned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, rowValues, runCli, toHtmlRows } from '../helpers.mjs';

/** A complete, clean 2021-format draft (as `nianbao new` writes it), its fill-in notes replaced by text. */
function draft() {
  return core.renderNewReport({ format: '2021', year: 2024, agency: '测试局' }).replaceAll('（请在此处填写本部分内容。）', '本局依法做好政府信息公开工作。').replace('（文字描述，收取信息处理费情况在此处报告。）', '本局依法做好政府信息公开工作。');
}

/** `text` with every pipe table written as a Word or Excel paste: cells separated by tabs, no delimiter row. */
function toTabs(text) {
  return text.split('\n').flatMap((line) => {
    if (!line.startsWith('|')) return [line];
    if (/^\|[\s:|-]+\|$/.test(line)) return [];
    return [line.slice(1, -1).split('|').map((c) => c.trim()).join('\t')];
  }).join('\n');
}

/** `text` with the one occurrence of `from` replaced by `to`. */
function edit(text, from, to) {
  assert.equal(text.split(from).length, 2, `“${from}” occurs once`);
  return text.replace(from, to);
}

const findings = (text) => core.analyze(text).findings;
const ids = (text) => findings(text).map((f) => f.ruleId);

// ------------------------------------------------------------------------------------------ 1. `&nbsp;` blanks

test('a pipe cell written &nbsp; (a web page pasted as a pipe table) is a blank the fix replaces with 0, not 0&nbsp;', () => {
  const clean = draft();
  const row = clean.split('\n').find((l) => l.startsWith('| 1.属于国家秘密'));
  const blank = row.replace(/^(\|[^|]*\|[^|]*\|) 0( +)\|/, '$1 &nbsp;$2|');
  assert.notEqual(blank, row);
  const text = edit(clean, row, blank);
  const [f, ...rest] = findings(text);
  assert.deepEqual([f.ruleId, rest.length], ['cell-blank', 0]);
  assert.match(f.message, /商业企业/);
  // The quick fix alone (the table's alignment kept): the cell holds 0 where it held &nbsp;.
  const quick = core.applyFixes(text, f.fix.edits).text.split('\n').find((l) => l.startsWith('| 1.属于国家秘密'));
  assert.deepEqual(quick.split('|').map((c) => c.trim()).slice(1, 4), ['1.属于国家秘密', '0', '0']);
  const fixed = core.fixAll(text).text;
  assert.ok(!fixed.includes('&nbsp;'), 'the &nbsp; goes');
  assert.deepEqual(ids(fixed), [], 're-check clean');
  assert.equal(fixed, clean, 'the row is the clean draft again (the table realigned)');
});

test('an HTML cell <td>&nbsp;</td> and a Word cell <p>&nbsp;</p> on its own line: the fix writes 0 in place of the &nbsp;', () => {
  const html = toHtmlRows(draft());
  assert.deepEqual(ids(html), []);
  const oneLine = edit(html, '<tr><td>1.属于国家秘密</td><td>0</td><td>0</td>', '<tr><td>1.属于国家秘密</td><td>0</td><td>&nbsp;</td>');
  const word = edit(html, '<tr><td>1.属于国家秘密</td><td>0</td><td>0</td>', '<tr><td>1.属于国家秘密</td><td>0</td><td>\n<p class="MsoNormal">&nbsp;</p>\n</td>');
  for (const [text, written] of [[oneLine, '<td>0</td><td>0</td><td>0</td>'], [word, '<td>\n<p class="MsoNormal">0</p>\n</td>']]) {
    assert.deepEqual(ids(text), ['cell-blank']);
    const fixed = core.fixAll(text).text;
    assert.ok(!fixed.includes('&nbsp;'), 'the &nbsp; goes');
    assert.ok(fixed.includes(written), fixed.split('\n').find((l) => l.includes('属于国家秘密')));
    assert.deepEqual(ids(fixed), [], 're-check clean');
  }
});

// ------------------------------------------------------------------------------ 2. tab-separated layout named

test('inspect names a tab-separated table (a Word or Excel paste) tab-separated, in both languages; the model says so too', async () => {
  const text = toTabs(draft());
  assert.deepEqual(ids(text), []);
  const r = core.parseReport(text);
  assert.deepEqual(['t2', 't3', 't4'].map((id) => r.tables[id].layout), ['tab-separated', 'tab-separated', 'tab-separated']);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-h1-'));
  writeFileSync(join(dir, 'tabs.md'), text);
  for (const [locale, word, name] of [['zh', '排版', '制表符分隔'], ['en', 'layout', 'tab-separated']]) {
    const { code, stdout } = await runCli(['inspect', 'tabs.md', '--locale', locale], { cwd: dir });
    assert.equal(code, 0);
    const layouts = stdout.split('\n').filter((l) => /^ {2}表[二三四] /.test(l)).map((l) => l.split(`${word} `)[1].split(' ')[0]);
    assert.deepEqual(layouts, [name, name, name], stdout);
    assert.ok(!stdout.includes('space-aligned'));
  }
});

// ------------------------------------------------------------------------- 3. a missing row written with tabs

/** The fields of the line of `text` that starts with `label`. */
const fieldsOf = (text, label) => text.split('\n').find((l) => l.startsWith(label)).split('\t');

test('row-missing in a tab-separated 表三 and 表二: the inserted row is tab-separated, as many fields as its neighbours, and reads back as the blank row', () => {
  const text = toTabs(draft());
  for (const [label, neighbour] of [['2.重复申请', '1.信访举报投诉类申请'], ['行政强制', '行政处罚'], ['行政规范性文件', '规章']]) {
    const line = text.split('\n').find((l) => l.startsWith(label));
    const missing = edit(text, `${line}\n`, '');
    const [f] = findings(missing);
    assert.deepEqual([f.ruleId, f.fix.edits.length], ['row-missing', 1], label);
    const fixed = core.applyFixes(missing, f.fix.edits).text;
    assert.deepEqual(fieldsOf(fixed, label), [label, ...fieldsOf(text, neighbour).slice(1).map(() => '')], label);
    // Read back: the row is there, wholly blank (an error until its numbers are written), and not inserted again. (The
    // 表三 row's numbers the column sums give: its fix writes them, in its tab fields; 表二 has no sums: brk106 #10.)
    const again = findings(fixed);
    assert.equal(again.length, 1, label);
    assert.match(again[0].message, /整行空白/);
    assert.equal(Boolean(again[0].fix), label === '2.重复申请', label);
    if (again[0].fix) assert.deepEqual(fieldsOf(core.applyFixes(fixed, again[0].fix.edits).text, label), fieldsOf(text, label), label);
    assert.equal(core.fixAll(missing).text, fixed, `${label}: --fix writes the same row once`);
  }
});

test('row-missing in a tab-separated 表三 whose tabs are doubled after the label: the row gets the doubled tab too', () => {
  const text = toTabs(draft()).split('\n').map((l) => (/^(?:[一二三四]、|（[一二三四五六七]）|\d\.)/.test(l) && l.includes('\t') ? l.replace('\t', '\t\t') : l)).join('\n');
  assert.deepEqual(ids(text), []);
  const missing = edit(text, `${text.split('\n').find((l) => l.startsWith('2.重复申请'))}\n`, '');
  const fixed = core.fixAll(missing).text;
  assert.deepEqual(fieldsOf(fixed, '2.重复申请'), ['2.重复申请', ...new Array(8).fill('')]);
  assert.equal(fieldsOf(fixed, '1.信访举报投诉类申请').length, 9);
});

// ----------------------------------------------------- 4. a blank field of a tab-separated 表三 in its own column

/** The example 2024 report (real numbers, clean) with its tables tab-separated; `doubled`: 表三's label cells followed by two tabs. */
function exampleTabs(doubled) {
  const text = toTabs(readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8'));
  if (!doubled) return text;
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('（本列数据的勾稽关系'));
  const to = lines.findIndex((l) => l.startsWith('四、结转下年度继续办理'));
  return lines.map((l, i) => (i >= from && i <= to ? l.replace('\t', '\t\t') : l)).join('\n');
}

const GRANTED = '（一）予以公开';

test('a tab-separated 表三 whose header and rows double the tab after the label: an empty field (two tabs together) is cell-blank in its own column, fixed between the tabs', () => {
  const text = exampleTabs(true);
  assert.deepEqual(ids(text), []);
  assert.deepEqual(rowValues(core.parseReport(text), 't3', 'R3.1'), [21, 2, 0, 0, 1, 0, 24]);
  // 商业企业 left empty: the row has as many fields as the header, the empty one under 商业企业.
  const blank = edit(text, `${GRANTED}\t\t21\t2\t0`, `${GRANTED}\t\t21\t\t0`);
  const [f, ...rest] = findings(blank);
  assert.deepEqual([f.ruleId, rest.map((x) => x.ruleId)], ['cell-blank', []]);
  assert.match(f.message, /（商业企业）/);
  const line = blank.split('\n')[f.range.start.line];
  assert.equal(line.slice(0, f.range.start.character), `${GRANTED}\t\t21\t`);
  assert.deepEqual(rowValues(core.parseReport(blank), 't3', 'R3.1'), [21, null, 0, 0, 1, 0, 24]);
  // The row's total decides the blank: 24 − 21 − 1 = 2, written between the tabs.
  assert.equal(core.fixAll(blank).text, text);
});

test('a doubled tab the header does not have is a separator typed twice: the row is read in order, nothing reported', () => {
  for (const doubled of [true, false]) {
    const text = exampleTabs(doubled);
    const lead = doubled ? `${GRANTED}\t\t` : `${GRANTED}\t`;
    const typo = edit(text, `${lead}21\t2\t0`, `${lead}21\t\t2\t0`);
    assert.deepEqual(ids(typo), [], doubled ? 'doubled table' : 'plain table');
    assert.deepEqual(rowValues(core.parseReport(typo), 't3', 'R3.1'), [21, 2, 0, 0, 1, 0, 24]);
  }
  // In the plain table an empty field with the header's field count is the blank cell, as before.
  const blank = edit(exampleTabs(false), `${GRANTED}\t21\t2\t0`, `${GRANTED}\t21\t\t0`);
  assert.deepEqual(findings(blank).map((f) => [f.ruleId, /（商业企业）/.test(f.message)]), [['cell-blank', true]]);
});

// ------------------------------------------------------------ 6. Ambiguous characters are wide when aligning

test('display width: curly quotes and other East Asian Ambiguous characters are two columns; layoutWidth (pdftotext -layout) keeps them one', () => {
  assert.deepEqual(['“', '”', '‘', '’', '…', '—', '·', '№', '①', 'α'].map((c) => core.displayWidth(c)), new Array(10).fill(2));
  assert.equal(core.displayWidth('3.危及“三安全一稳定”'), 2 + 2 * 8 + 2 * 2);
  assert.equal(core.layoutWidth('3.危及“三安全一稳定”'), 2 + 2 * 8 + 2);
  assert.equal(core.displayWidth('ab 12|'), 6, 'ASCII stays one column');
});

test('Format Document aligns a pipe table with curly quotes in a cell counting them two columns wide', () => {
  const text = [
    '| 信息内容 | 数量 |',
    '| --- | --- |',
    '| 3.危及“三安全一稳定” | 0 |',
    '| 4.保护第三方合法权益 | 1 |',
    '| 公开‘政府信息’…… | 2 |',
    '',
  ].join('\n');
  const out = core.applyFixes(text, core.formatPipeTables(text)).text.split('\n').slice(0, 5);
  // Each row's pipes at the same display columns, the quotes two columns each.
  const pipes = (l) => { const c = []; let w = 0; for (const ch of l) { if (ch === '|') c.push(w); w += core.displayWidth(ch); } return c.join(','); };
  assert.equal(new Set(out.map(pipes)).size, 1, out.join('\n'));
  assert.equal(out[2], '| 3.危及“三安全一稳定” | 0    |');
  assert.equal(out[3], '| 4.保护第三方合法权益   | 1    |', 'two columns narrower than the quote row');
});

test('a fix in a pipe table aligned with the quotes two wide keeps it so; one aligned with them one wide (pandoc) stays aligned that way', () => {
  // The clean draft is rendered with the quotes two wide: a fix in the quote row's table keeps every row in line.
  const clean = draft();
  const quoteRow = clean.split('\n').find((l) => l.startsWith('| 3.危及'));
  assert.equal(core.displayWidth(quoteRow), core.displayWidth(clean.split('\n').find((l) => l.startsWith('| 4.保护'))));
  const wrong = edit(clean, quoteRow, quoteRow.replace(/\| 0 ( +)\|$/, '| 5 $1|'));
  const fixed = core.fixAll(wrong).text;
  assert.equal(fixed.split('\n').find((l) => l.startsWith('| 3.危及')), quoteRow);
  // The same table aligned with the quotes one column wide: the fix leaves the rows as they line up.
  const narrowRow = quoteRow.replace('” ', '”   ');
  const narrow = edit(clean, quoteRow, narrowRow);
  assert.equal(core.layoutWidth(narrowRow), core.layoutWidth(clean.split('\n').find((l) => l.startsWith('| 4.保护'))));
  const narrowFixed = core.fixAll(edit(narrow, narrowRow, narrowRow.replace(/\| 0 ( +)\|$/, '| 5 $1|'))).text;
  assert.equal(narrowFixed.split('\n').find((l) => l.startsWith('| 3.危及')), narrowRow);
  // The label misspelled (稳走 for 稳定): row-label's fix writes the quotes back, as wide as the table counts them.
  const misspelt = edit(narrow, narrowRow, narrowRow.replace('稳定', '稳走'));
  assert.deepEqual(ids(misspelt), ['row-label']);
  assert.equal(core.fixAll(misspelt).text.split('\n').find((l) => l.startsWith('| 3.危及')), narrowRow);
  assert.equal(core.fixAll(edit(clean, quoteRow, quoteRow.replace('稳定', '稳走'))).text, clean);
});
