// A 表三 row with no number at all (the standard table's blank rows, or the row row-missing's fix inserts) whose every
// cell the column totals decide (brk106 #10): row-missing's error (the row is still missing its figures) gets a fix
// that writes those numbers, on the terms cell-blank fills a partly typed row from the column sums: every identity
// of the table holds with it filled in. Where they do not decide it (another blank row in its columns), where a
// number elsewhere does not add up, or a row is read with more or fewer numbers than the columns, there is no fix
// and the message names the numbers as a hint only. 表二 has no sums: never filled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lineOf = (text, label) => text.split('\n').find((l) => l.startsWith(`| ${label} `));
/** `text` with the value cells of the 表三 row labelled `label` emptied (their spaces kept). */
const blanked = (text, label) => {
  const line = lineOf(text, label);
  const [, head, ...cells] = line.split('|');
  return edit(text, line, `|${head}|${cells.slice(0, -1).map((c) => ' '.repeat(c.length)).join('|')}|`);
};
const rowMissing = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'row-missing');
const values = (text, label) => lineOf(text, label).split('|').slice(2, -1).map((c) => c.trim());

test('a whole-blank row the column totals decide (all 0): row-missing gets a fix writing them, and --fix leaves the example as it was (brk106 #10)', () => {
  const text = blanked(EXAMPLE, '4.无正当理由大量反复申请');
  const [f, ...rest] = core.analyze(text).findings;
  assert.deepEqual(rest, []);
  assert.equal(f.ruleId, 'row-missing');
  assert.equal(f.severity, 'error');
  assert.match(f.message, /“4\.无正当理由大量反复申请”行没有数字（整行空白）。按各列合计，这一行应为 自然人 0、商业企业 0、科研机构 0、社会公益组织 0、法律服务机构 0、其他 0、总计 0，修复按此填入；仅当表中其他数都无误时才对，请对照原表确认/);
  assert.deepEqual(f.fix.edits.map((e) => e.newText.trim()), ['0', '0', '0', '0', '0', '0', '0']);
  assert.equal(core.fixAll(text).text, EXAMPLE);
});

test('a whole-blank row with numbers: the fix writes what the totals give (the row\'s own)', () => {
  const text = blanked(EXAMPLE, '2.重复申请');
  const [f] = rowMissing(text);
  assert.deepEqual(f.fix.edits.map((e) => e.newText.trim()), values(EXAMPLE, '2.重复申请'));
  assert.equal(core.fixAll(text).text, EXAMPLE);
  // In English too.
  const [en] = core.analyze(text, { locale: 'en' }).findings.filter((x) => x.ruleId === 'row-missing');
  assert.match(en.message, /has no numbers \(the whole row is blank\)\. By the column totals it is 自然人 1, 商业企业 0, 科研机构 0, 社会公益组织 0, 法律服务机构 1, 其他 0, 总计 2, which the fix writes/);
});

test('no fix where the totals do not decide the row, or where a number elsewhere does not add up or a row is short of a number', () => {
  // Two blank rows in the same columns: neither is decided.
  const two = blanked(blanked(EXAMPLE, '2.重复申请'), '1.信访举报投诉类申请');
  assert.deepEqual(rowMissing(two).map((f) => Boolean(f.fix)), [false, false]);
  assert.equal(core.fixAll(two).text, two);
  // A typo in another result row (its 总计 typed to match): the filled row would take it in and every sum would hold;
  // a row that does not add up across says there is a wrong number.
  const typo = edit(blanked(EXAMPLE, '2.重复申请'), lineOf(EXAMPLE, '1.信访举报投诉类申请'), lineOf(EXAMPLE, '1.信访举报投诉类申请').replace('| 1      |', '| 2      |'));
  const [t] = rowMissing(typo);
  assert.equal(t.fix, undefined);
  // A row short of a number (cell-count): its numbers may stand in the wrong columns.
  const short = edit(blanked(EXAMPLE, '4.无正当理由大量反复申请'), lineOf(EXAMPLE, '3.要求提供公开出版物'), lineOf(EXAMPLE, '3.要求提供公开出版物').replace(/\| 0 +\|$/, ''));
  assert.ok(core.analyze(short).findings.some((f) => f.ruleId === 'cell-count'));
  const [s] = rowMissing(short);
  assert.equal(s.fix, undefined);
  assert.match(s.message, /按各列合计推算为 自然人 0/);
});

test('a whole-blank 表二 row has no sums to decide it: no fix', () => {
  const text = edit(EXAMPLE, '| 行政强制 | 4                |', '| 行政强制 |                  |');
  const [f] = rowMissing(text);
  assert.equal(f.fix, undefined);
});

test('a run of fixes leaves the row it put back itself blank (a table missing a whole row wants checking first), saying so in withheld; the next run fills it', () => {
  const missing = edit(EXAMPLE, `${lineOf(EXAMPLE, '2.重复申请')}\n`, '');
  const once = core.fixAll(missing);
  assert.deepEqual(values(once.text, '2.重复申请'), ['', '', '', '', '', '', '']);
  assert.deepEqual(once.withheld.map((f) => [f.ruleId, f.data.row, f.range.start.line]), [['row-missing', 'R3.5.2', once.text.split('\n').indexOf(lineOf(once.text, '2.重复申请'))]]);
  const again = core.fixAll(once.text);
  assert.deepEqual(again.withheld, []);
  assert.equal(again.text, EXAMPLE);
});

test('the row put back and then filled writes its cells as the table does: `| 0 |` in a compact table, `|0|`, and after a label without an opening pipe (brk109 #11a)', () => {
  const pipeRows = (text, row) => text.split('\n').map((l) => (/^\|.*\|$/.test(l) ? row(l.slice(1, -1).split('|').map((c) => c.trim())) : l)).join('\n');
  const layouts = {
    spaced: pipeRows(EXAMPLE, (cells) => `| ${cells.join(' | ')} |`),
    compact: pipeRows(EXAMPLE, (cells) => `|${cells.join('|')}|`),
    // No opening pipe (`label | 0 | 0 |`, as corpus seeds/003 writes its tables).
    unopened: pipeRows(EXAMPLE, (cells) => `${cells.join(' | ')} |`),
  };
  for (const [name, text] of Object.entries(layouts)) {
    const row = text.split('\n').find((l) => l.includes('2.重复申请'));
    const once = core.fixAll(edit(text, `${row}\n`, ''));
    assert.deepEqual(once.withheld.map((f) => f.ruleId), ['row-missing'], name);
    assert.equal(core.fixAll(once.text).text, text, name);
  }
});
