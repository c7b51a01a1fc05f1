// breaker47 #1b: 表三's sub-rows numbered as Word numbers lists (`①属于国家秘密`, `（1）属于国家秘密`, `(1)属于国家秘密`,
// `1)属于国家秘密`) instead of the template's `1.属于国家秘密` are those rows, in every layout: the number is the sub-row's
// ordinal, not a value (it was read as the row's first value, 32 false errors and the real 总计 dropped). As for `1、`,
// no finding. A bracketed number that is a cell (`(1)`, a negative as accountants write it) keeps its reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, cleanDraft, toTabs, toCells, toSpaces, rewriteRows } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

/** The example with each sub-row's `N.` written by `write(n)` (`①`, `（1）`, …): the tester's inputs. */
const numbered = (write) => EXAMPLE.replace(/^\| ([1-8])\.(?=\p{Script=Han})/gmu, (_, n) => `| ${write(Number(n))}`);
const CIRCLED = '①②③④⑤⑥⑦⑧';
const NUMBERINGS = {
  circled: (n) => CIRCLED[n - 1],
  'full-width brackets': (n) => `（${n}）`,
  'ASCII brackets': (n) => `(${n})`,
  'closing bracket': (n) => `${n})`,
  // Word's numbering with a space before the label's words.
  'circled, space': (n) => `${CIRCLED[n - 1]} `,
  'full-width brackets, space': (n) => `（${n}） `,
  'closing bracket, space': (n) => `${n}) `,
};
/** Every pipe table of `text` as HTML rows (`<tr><td>…</td></tr>`), as a web page's table is pasted. */
const toHtml = (text) => rewriteRows(text, (cells) => [`<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`])
  .replace(/(^<tr>.*\n?)+/gm, (rows) => `<table>\n${rows.trimEnd()}\n</table>\n`);
const LAYOUTS = { pipe: (t) => t, tabs: toTabs, 'one cell per line': toCells, spaces: toSpaces, html: toHtml };

const read = (text) => {
  const { report, findings } = core.analyze(text);
  const rows = report.tables.t3.rows.filter((r) => r.cells.length);
  return { findings: findings.map((f) => `${f.ruleId} ${f.message}`), values: rows.map((r) => [r.id, ...r.cells.map((c) => c?.value)]), kinds: rows.map((r) => r.match.kind) };
};

for (const [layout, lay] of Object.entries(LAYOUTS)) {
  const base = read(lay(EXAMPLE));
  for (const [name, write] of Object.entries(NUMBERINGS)) {
    test(`breaker47 #1b: 表三 sub-rows numbered ${name} (${write(1)}属于国家秘密), ${layout} layout, read as 1.属于国家秘密: same values, same findings`, () => {
      const text = lay(numbered(write));
      assert.ok(text.includes(`${write(1)}属于国家秘密`));
      const got = read(text);
      assert.deepEqual(got.values, base.values);
      assert.deepEqual(got.findings, base.findings);
      assert.deepEqual(got.kinds, base.kinds);
    });
  }
}

test('breaker47 #1b: the example reads clean in each layout the numberings are tried in (the baseline above)', () => {
  for (const lay of Object.values(LAYOUTS)) assert.deepEqual(read(lay(EXAMPLE)).findings, []);
});

test('breaker47 #1b: a pipe row `| (1)属于国家秘密 | 0 | … |` has its label as label and 7 values, 总计 kept', () => {
  const { report } = core.analyze(numbered((n) => `(${n})`));
  const row = report.tables.t3.rows.find((r) => r.id === 'R3.3.1');
  assert.equal(row.match.raw, '(1)属于国家秘密');
  assert.equal(row.match.kind, 'exact');
  assert.deepEqual(row.cells.map((c) => c.raw), ['0', '0', '0', '0', '0', '0', '0']);
  assert.equal(report.tables.t3.rows.find((r) => r.id === 'R3.7').cells.length, 7);
});

test('labelKey: a sub-row ordinal written ①, （1）, (1), 1) before the words is the template\'s 1.; a bracketed number alone or with a unit is not', () => {
  for (const s of ['①属于国家秘密', '（1）属于国家秘密', '(1)属于国家秘密', '1)属于国家秘密', '1）属于国家秘密', '( 1 ) 属于国家秘密', '❶属于国家秘密', '1、属于国家秘密']) {
    assert.equal(core.labelKey(s), '1.属于国家秘密', s);
  }
  assert.equal(core.labelKey('⑧属于行政查询事项'), '8.属于行政查询事项');
  // In a line's or an emphasised cell's text too.
  assert.equal(core.labelKey('| ①属于国家秘密 | 0 |'), '1.属于国家秘密0');
  assert.equal(core.labelKey('**（1）属于国家秘密**'), '1.属于国家秘密');
  assert.equal(core.labelKey('(1)'), '(1)');
  assert.equal(core.labelKey('（1）件'), '(1)件');
  assert.equal(core.labelKey('(一)予以公开'), '(一)予以公开');
});

test('breaker47 #1b: a bracketed number in a value cell (本年增/减 `(1)`, 2019 format) is still read as that cell, in every layout', () => {
  const draft = cleanDraft('2019');
  for (const [cells, layout] of [['| 行政许可 | 5 | (1) | 4 |', 'pipe'], ['| 行政许可 | 5 | （1） | 4 |', 'pipe'], ['行政许可\t5\t(1)\t4', 'tabs'], ['行政许可    5    (1)    4', 'spaces']]) {
    const text = draft.replace(/^\| 行政许可 .*$/m, cells);
    const { report, findings } = core.analyze(text);
    const row = report.tables.t2.rows.find((r) => r.id === 'T2.3');
    assert.deepEqual(row.cells.map((c) => c.raw.normalize('NFKC')), ['5', '(1)', '4'], layout);
    assert.ok(findings.some((f) => f.ruleId === 'number-invalid' && f.message.includes('1）”不是数字') || f.message.includes('(1)”不是数字')), layout);
  }
  // A blank first cell: `(1)` is still the 本年增/减 cell, not a label.
  const blank = core.parseReport(draft.replace(/^\| 行政许可 .*$/m, '| 行政许可 |  | (1) | 4 |'));
  assert.deepEqual(blank.tables.t2.rows.find((r) => r.id === 'T2.3').cells.map((c) => c.raw), ['', '(1)', '4']);
});
