// Table reading, the table rules and their fixes, from the findings of breaker30 and breaker31 (fresh users on
// realistic reports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, runCli, ROOT, CORPUS, edit, only, rewriteRows } from '../helpers.mjs';

const example = (name) => readFileSync(join(ROOT, 'examples', name), 'utf8');

test('breaker31 #12: no fix carries an edit that changes nothing (row-missing no longer rewrites the delimiter row as it is)', async () => {
  const text = example('errors-2024.nianbao.md');
  const { report, findings } = core.analyze(text);
  const edits = findings.flatMap((f) => (f.fix?.edits ?? []).map((e) => [f.ruleId, e]));
  assert.ok(edits.length >= 5);
  for (const [id, e] of edits) assert.notEqual(report.lines.slice(e.range), e.newText, `${id}: an edit that changes nothing at line ${e.range.start.line + 1}`);
  // The row it adds is still its edit; the delimiter row it keeps other row-adding fixes of a pass off is a hold.
  const [missing] = findings.filter((f) => f.ruleId === 'row-missing' && f.fix);
  assert.match(missing.fix.edits.map((e) => e.newText).join(''), /\| 4\.无正当理由大量反复申请 /);
  assert.deepEqual(missing.fix.holds.map((r) => report.lines.line(r.start.line).slice(0, 4)), ['| --']);
  // rdjson: no suggestion that leaves its lines as they are.
  const lines = text.split('\n');
  const { stdout } = await runCli(['check', '--format', 'rdjson', join(ROOT, 'examples/errors-2024.nianbao.md')]);
  const suggestions = JSON.parse(stdout).diagnostics.flatMap((d) => d.suggestions ?? []);
  assert.ok(suggestions.length);
  for (const s of suggestions) {
    const { start, end } = s.range;
    const old = lines.slice(start.line - 1, end.line).join('\n');
    assert.notEqual(s.text, old, `suggestion at line ${start.line} changes nothing`);
  }
});

test('breaker31 #12: two rows missing from one aligned 表三 are still inserted one per pass (the hold keeps them apart), aligned', () => {
  const text = example('correct-2024.nianbao.md').split('\n').filter((l) => !/^\| [24]\.(重复申请|无正当理由)/.test(l)).join('\n');
  const fixes = core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing' && f.fix);
  assert.equal(fixes.length, 2);
  const taken = new core.TakenEdits(new core.LineIndex(text));
  assert.deepEqual(fixes.map((f) => taken.tryAdd(f.fix.edits, f.fix.holds)), [true, false]);
  const r = core.fixAll(text);
  assert.equal(r.fixed.filter((f) => f.ruleId === 'row-missing').length, 2);
  const widths = r.text.split('\n').filter((l) => /^\| [1-6]\./.test(l)).map((l) => core.displayWidth(l));
  assert.equal(new Set(widths).size, 1, 'every row as wide as the others');
});

// breaker30 #20: numbers typed into 表三's group rows (subtotals, as Excel-made tables have) are read and checked.
const GROUP3 = /^\| （三）不予公开 +(\| +)+\|$/m;
/** The correct example with （三）不予公开's row carrying `cells` (7 numbers). */
const withSubtotal = (cells) => example('correct-2024.nianbao.md').replace(GROUP3, `| （三）不予公开 | ${cells.join(' | ')} |`);

test('breaker30 #20: a group row\'s right subtotals are read (inspect shows them) and give no finding', async () => {
  const text = withSubtotal([6, 0, 0, 0, 0, 0, 6]);
  const { report, found } = only(text, 'sum-subtotal');
  assert.deepEqual(found, []);
  const row = report.tables.t3.rows.find((r) => r.id === 'R3.3');
  assert.deepEqual(row.subtotals.map((c) => c.value), [6, 0, 0, 0, 0, 0, 6]);
  assert.deepEqual(row.cells, [], 'still a group row, not a data row');
  assert.deepEqual(core.analyze(text).findings.map((f) => f.ruleId), []);
  // A group row left blank has no subtotals.
  assert.equal(core.parseReport(example('correct-2024.nianbao.md')).tables.t3.rows.find((r) => r.id === 'R3.3').subtotals, undefined);
  const file = join(mkdtempSync(join(tmpdir(), 'nb-sub-')), 'r.md');
  writeFileSync(file, text);
  const { stdout } = await runCli(['inspect', file]);
  assert.match(stdout, /（三）不予公开\n +（分组，小计）6 \| 0 \| 0 \| 0 \| 0 \| 0 \| 6 /);
});

test('breaker30 #20: a wrong subtotal is sum-subtotal at its cell, with the sum of the rows under it; the fix writes it', () => {
  const text = withSubtotal([6, 0, 0, 0, 0, 0, 7]);
  const { report, found } = only(text, 'sum-subtotal');
  assert.equal(found.length, 1);
  const [f] = found;
  assert.equal(f.severity, 'error');
  assert.deepEqual([f.expected, f.actual, report.lines.slice(f.range)], [6, 7, '7']);
  assert.match(f.message, /“（三）不予公开”行填了小计，“总计”列应为 6（其下 8 行之和），实为 7，相差 \+1/);
  assert.equal(f.related.length, 8);
  const fixed = core.fixAll(text);
  assert.deepEqual(fixed.fixed.map((x) => x.ruleId), ['sum-subtotal']);
  assert.match(fixed.text, /^\| （三）不予公开 \| 6 \| 0 \| 0 \| 0 \| 0 \| 0 \| 6 \|$/m);
  // A row under it blank in that column: the subtotal is not checked (blank is not 0).
  const blank = text.replace(/^(\| 2\.其他法律行政法规禁止公开 .*\| )1( +\|)$/m, '$1 $2');
  assert.notEqual(blank, text);
  assert.deepEqual(only(blank, 'sum-subtotal').found, []);
});

test('breaker30 #20: when the column\'s （七）总计 does not agree with the results either, the subtotal is not rewritten', () => {
  // 2.其他法律行政法规禁止公开 1 → 2 in 自然人 and 总计: the subtotal 6 is now short by one, but the row may be wrong.
  const text = withSubtotal([6, 0, 0, 0, 0, 0, 6]).replace(/^(\| 2\.其他法律行政法规禁止公开 +\| )1( +(\| 0 +){5}\| )1/m, '$12$2 2');
  const found = only(text, 'sum-subtotal').found;
  assert.deepEqual(found.map((f) => [f.expected, f.actual, Boolean(f.fix)]), [[7, 6, false], [7, 6, false]]);
  assert.match(found[0].message, /错的也可能是其下某一行/);
});

// breaker31 #2: text glued after a 表三 row label, longer than a slip, is said (row-label, no fix); a bracketed note is not.
const CORRECT = example('correct-2024.nianbao.md');
const relabel = (from, to) => edit(CORRECT, `| ${from} `, `| ${to} `);

test('breaker31 #2: a 表三 label with three or more characters (or ASCII letters) glued after it is row-label, without a fix, naming them', () => {
  for (const [label, extra] of [['8.属于行政查询事项', '和查询'], ['2.重复申请', 'xy'], ['2.重复申请', 'ab中'], ['1.属于国家秘密', 'xyz'], ['（一）予以公开', 'abc'], ['8.属于行政查询事项', '%0A::x,y:z']]) {
    const text = relabel(label, label + extra);
    const { report, found } = only(text, 'row-label');
    assert.equal(found.length, 1, label + extra);
    const [f] = found;
    assert.equal(f.severity, 'warning');
    assert.equal(f.fix, undefined, 'the glued text is the author\'s: not deleted');
    assert.equal(report.lines.slice(f.range), label + extra);
    assert.ok(f.message.includes(`在格式标签“${label}”之后多了“${extra}”`), f.message);
    // The row is still read as that row, with its numbers.
    assert.deepEqual(core.analyze(text).findings.map((x) => x.ruleId), ['row-label']);
  }
  const en = core.analyze(relabel('8.属于行政查询事项', '8.属于行政查询事项和查询'), { locale: 'en' }).findings[0].message;
  assert.match(en, /has “和查询” after the template's label “8\.属于行政查询事项”/);
});

test('breaker31 #2: a bracketed note or a remark after a comma stays tolerated (templates.md §0.3); one glued character is still a misspelling with a fix', () => {
  for (const to of ['8.属于行政查询事项（注：含咨询）', '8.属于行政查询事项，见附件']) assert.deepEqual(only(relabel('8.属于行政查询事项', to), 'row-label').found, [], to);
  const [f] = only(relabel('2.重复申请', '2.重复申请中'), 'row-label').found;
  assert.equal(f.fix.edits[0].newText.trim(), '2.重复申请');
});

// breaker31 #3: in 表二, a label with a character glued to it is that row misspelled, named with its 第二十条 item.
test('breaker31 #3: 表二 `行政许可等` and `行政处罚👍` in their places are row-label warnings naming their item; the fix restores the labels', () => {
  const text = edit(edit(CORRECT, '| 行政许可 | 1520             |', '| 行政许可等 | 1520 |'), '| 行政处罚 | 86               |', '| 行政处罚👍 | 86 |');
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => [f.ruleId, f.severity, report.lines.slice(f.range)]), [['row-label', 'warning', '行政许可等'], ['row-label', 'warning', '行政处罚👍']]);
  assert.equal(findings[0].message, '表二第二十条第（五）项的行标签“行政许可等”与格式不一致，应为“行政许可”（相差 1 个字）。');
  assert.match(findings[1].message, /^表二第二十条第（六）项的行标签“行政处罚👍”与格式不一致，应为“行政处罚”/);
  // The numbers are read as those rows'.
  assert.deepEqual(['T2.3', 'T2.5'].map((id) => report.tables.t2.rows.find((r) => r.id === id)?.cells[0]?.value), [1520, 86]);
  const fixed = core.fixAll(text).text;
  assert.match(fixed, /^\| 行政许可 +\| 1520 +\|$/m);
  assert.match(fixed, /^\| 行政处罚 +\| 86 +\|$/m);
  assert.deepEqual(core.analyze(fixed).findings, []);
});

test('breaker31 #3: a 表二 row replaced by a local one is missing from its own item: said with the item, inserted under that item\'s header', () => {
  const text = edit(CORRECT, '| 行政许可 | 1520             |', '| 行政处罚决定 | 1520 |');
  const { report, findings } = core.analyze(text);
  const missing = findings.find((f) => f.ruleId === 'row-missing');
  assert.equal(missing.message, '表二缺少第二十条第（五）项的“行政许可”行。');
  const local = findings.find((f) => f.ruleId === 'row-label');
  assert.match(local.message, /^表二第二十条第（五）项中的“行政处罚决定”行不是格式规定的行（格式规定这一项为“行政许可”）/);
  const lines = core.applyFixes(text, missing.fix.edits).text.split('\n');
  const at = lines.indexOf('第二十条第（五）项');
  assert.deepEqual(lines.slice(at + 2, at + 6).map((l) => l.replace(/ +/g, ' ')), ['| 信息内容 | 本年处理决定数量 |', '| -------- | ---------------- |', '| 行政许可 | |', '| 行政处罚决定 | 1520 |']);
  void report;
  // A heading with no table under it: no row is inserted into the item before's table; the item's own table goes in
  // under its heading, the row blank (fixB #1 of the 2026-12-06 session; before, nothing was inserted).
  const bare = edit(CORRECT, '| 信息内容 | 本年处理决定数量 |\n| -------- | ---------------- |\n| 行政许可 | 1520             |\n', '');
  const [m] = only(bare, 'row-missing').found;
  assert.match(m.message, /^表二缺少第二十条第（五）项的“行政许可”行。第二十条第（五）项的标题下没有表格：修复在该标题下插入该项的表格/);
  const after = core.applyFixes(bare, m.fix.edits).text.split('\n');
  const item = after.indexOf('第二十条第（五）项');
  const table = after.slice(item + 1, item + 6).filter((l) => l.startsWith('|')).map((l) => l.replace(/ +/g, ' '));
  assert.deepEqual(table, ['| 信息内容 | 本年处理决定数量 |', '| -------- | ---------------- |', '| 行政许可 | |']);
  assert.equal(after.filter((l) => l === '第二十条第（五）项').length, 1, 'the heading is not written twice');
});

// breaker30 #13: a row inserted into an Excel-pasted 表三 (three label columns) follows its neighbours' fields.
/** The correct example with 表三 as Excel pastes it: 一、… in the first field, （三）… in the second, 1.… in the third. */
function excelTable3() {
  const lines = CORRECT.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
  let end = start;
  while (lines[end + 1]?.startsWith('|')) end++;
  const rows = lines.slice(start, end + 1).filter((l) => !/^\| -/.test(l)).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
  const tsv = rows.map(([label, ...v], k) => {
    if (k === 0) return ['', '', label, ...v].join('\t');
    if (/^[一二三四]、/.test(label)) return [label, '', '', ...v].join('\t');
    if (/^（/.test(label)) return ['', label, '', ...v].join('\t');
    return ['', '', label, ...v].join('\t');
  });
  return [...lines.slice(0, start), ...tsv, ...lines.slice(end + 1)].join('\n');
}

test('breaker30 #13: row-missing inserts 2.重复申请 into an Excel-pasted 表三 with its label in the third field, as its neighbours have it', () => {
  const full = excelTable3();
  assert.equal(core.parseReport(full).tables.t3.layout, 'tab-separated');
  assert.deepEqual(core.analyze(full).findings.map((f) => f.ruleId), []);
  const row = full.split('\n').find((l) => l.startsWith('\t\t2.重复申请\t'));
  const text = edit(full, row + '\n', '');
  const [f] = only(text, 'row-missing').found;
  const inserted = core.applyFixes(text, f.fix.edits).text.split('\n').find((l) => l.includes('2.重复申请'));
  assert.equal(inserted, '\t\t2.重复申请' + '\t'.repeat(7));
  assert.equal(inserted.split('\t').length, row.split('\t').length);
});

// breaker30 #15: cell-blank's fix keeps a `| x |` table's spacing.
test('breaker30 #15: in a pipe table written `| x |`, cell-blank writes `| 0 |`, not `|0 |`; a compact `|x|` table stays compact', () => {
  const squeeze = (l) => (l.startsWith('|') ? l.replace(/ +\|/g, ' |').replace(/\| +/g, '| ') : l);
  const spaced = CORRECT.split('\n').map(squeeze).join('\n');
  const row = '| 2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';
  const text = edit(spaced, row, '| 2.其他法律行政法规禁止公开 | 1 | | | | | | 1 |');
  const [f] = only(text, 'cell-blank').found;
  assert.match(core.applyFixes(text, f.fix.edits).text, /^\| 2\.其他法律行政法规禁止公开 \| 1 \| 0 \| 0 \| 0 \| 0 \| 0 \| 1 \|$/m);
  // A wider blank keeps its width; a compact row gets the bare number.
  const wide = edit(spaced, row, '| 2.其他法律行政法规禁止公开 | 1 |    | 0 | 0 | 0 | 0 | 1 |');
  const [g] = only(wide, 'cell-blank').found;
  assert.match(core.applyFixes(wide, g.fix.edits).text, /^\| 2\.其他法律行政法规禁止公开 \| 1 \| 0  \| 0 \|/m);
  const compact = CORRECT.split('\n').map((l) => (l.startsWith('|') ? l.replace(/ *\| */g, '|') : l)).join('\n');
  const c = edit(compact, '|2.其他法律行政法规禁止公开|1|0|0|0|0|0|1|', '|2.其他法律行政法规禁止公开|1||0|0|0|0|1|');
  const [h] = only(c, 'cell-blank').found;
  assert.match(core.applyFixes(c, h.fix.edits).text, /^\|2\.其他法律行政法规禁止公开\|1\|0\|0\|/m);
});

// breaker30 #26: 表三 labels that carry their group path (merged cells flattened) are read as their rows' labels.
/** The correct example with each 表三 result row's label written after its group path, `1、` for `1.`. */
function withGroupPaths() {
  let group = '';
  return CORRECT.split('\n').map((l) => {
    const m = /^\| (（[一二三四五六七]）[^|]*?|\d\.[^|]*?) +\|(.*)$/.exec(l);
    if (!m) return l;
    const [, label, rest] = m;
    if (label.startsWith('（')) {
      group = label;
      return `| 三、本年度办理结果 ${label} |${rest}`;
    }
    return `| 三、本年度办理结果 ${group} ${label.replace(/^(\d)\./, '$1、')} |${rest}`;
  }).join('\n');
}

test('breaker30 #26: 表三 labels written after their group path (三、本年度办理结果 （三）不予公开 1、属于国家秘密) give no finding', () => {
  const text = withGroupPaths();
  assert.match(text, /^\| 三、本年度办理结果 （三）不予公开 1、属于国家秘密 \|/m);
  const { report, findings } = core.analyze(text);
  assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), []);
  assert.ok(report.tables.t3.rows.filter((r) => r.cells.length).every((r) => r.match.kind === 'exact' || r.match.kind === 'variant'));
  // A misspelling after the path is still one, and its fix rewrites the label only, the path and the label's own
  // ordinal style (`4、`) kept (brk137 #1).
  const typo = edit(text, '（三）不予公开 4、保护第三方合法权益', '（三）不予公开 4、保护第三方合法权利');
  const [f] = only(typo, 'row-label').found;
  assert.equal(core.parseReport(typo).lines.slice(f.range), '4、保护第三方合法权利');
  assert.match(core.applyFixes(typo, f.fix.edits).text, /^\| 三、本年度办理结果 （三）不予公开 4、保护第三方合法权益 \|/m);
});

// breaker30 #15: 表三 columns blank in every row are one cell-blank finding, not one per row.
test('breaker30 #15: the 法人 columns of 表三 left blank in every row are one cell-blank warning naming them; its fix fills every row', () => {
  const text = readFileSync(join(CORPUS, 'peers/kiro_shuyang-fgj_2023.txt'), 'utf8');
  const { report, found } = only(text, 'cell-blank');
  assert.equal(found.length, 1);
  const [f] = found;
  assert.equal(f.message, '表三的“商业企业”、“科研机构”、“社会公益组织”、“法律服务机构”、“其他”列整列空白（25 行共 125 个单元格）：空白不等于 0，没有发生的请填 0。修复会在这些单元格中填 0，请确认。');
  assert.equal(f.related.length, 25);
  assert.equal(f.fix.edits.length, 125);
  const fixed = core.fixAll(text).text;
  assert.match(fixed, /^\| 一、本年新收政府信息公开申请数量 \| 26 \| 0 \| 0 \| 0 \| 0 \| 0 \| 26 \|$/m);
  assert.deepEqual(only(fixed, 'cell-blank').found, []);
  void report;
  // One cell of those columns filled: the others are blank row by row, each row said on its own.
  const one = edit(text, '| 一、本年新收政府信息公开申请数量 | 26 |  |', '| 一、本年新收政府信息公开申请数量 | 26 | 0 |');
  assert.equal(only(one, 'cell-blank').found.length, 25);
});

// helper-214 #1: a lone number under a group's label (one cell a line) is no subtotal row: --fix rewrote it as one.
test('a lone number under a group label is not taken for its subtotal, nor rewritten', () => {
  const perLine = rewriteRows(readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8'), (c) => c.filter(Boolean));
  const text = perLine.replace('（三）不予公开\n', '（三）不予公开\n7\n');
  assert.notEqual(text, perLine);
  assert.deepEqual(core.analyze(text).findings.filter((f) => f.ruleId === 'sum-subtotal'), []);
  assert.equal(core.fixAll(text).text, text);
});
