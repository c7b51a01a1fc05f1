// brk139 #1: a `pdftotext -layout` 表三 whose five 法人或其他组织 columns are blank in every row (沭阳县发改局 2023 as
// published: numbers only under 自然人 and 总计, common in department reports). The pipe, Word and HTML copies give
// one cell-blank warning (fill 0); the pdftotext copy gave a cell-count error "表三每一行都比格式少 5 列…表头无法读出
// 缺少的是哪几列" although its header words stand over the empty columns, and with one row written in full, 23
// cell-count errors plus a sum-balance info that put the 总计 value in the 商业企业 column. In space-aligned text a
// blank cell is white space at a column's place: the header's words (and any full row) give the places, so the value
// under 总计 is 总计 and the others are blank cells.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const DIR = join(ROOT, 'test/fixtures/pdftext-blank-org-columns');
const read = (name) => readFileSync(join(DIR, name), 'utf8');
const ALIGNED = read('shuyang-fgj-2023-aligned.txt');
const ONE_FULL = read('shuyang-fgj-2023-onefull.txt');
const UNALIGNED = read('shuyang-fgj-2023-unaligned.txt');
const check = (text) => core.checkReport(core.parseReport(text), { locale: 'zh' }).filter((f) => f.ruleId !== 'page-break');
const t3 = (text) => core.analyze(text).report.tables.t3;
const row = (text, id) => t3(text).rows.find((r) => r.id === id).cells.map((c) => (c ? c.value : undefined));

test('whole 法人或其他组织 columns blank under a readable header: one cell-blank warning (fill 0), as in the other layouts', () => {
  const found = check(ALIGNED);
  assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['cell-blank', 'warning']], found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /“商业企业”、“科研机构”、“社会公益组织”、“法律服务机构”、“其他”列整列空白（25 行共 125 个单元格）/);
  // 自然人 26 and 总计 26, the five columns between them blank (null, never 0).
  assert.deepEqual(row(ALIGNED, t3(ALIGNED).rows.find((r) => r.cells.length && r.cells[6]?.value === 26).id), [26, null, null, null, null, null, 26]);
  // The fix fills the blank cells with 0 in their columns; the fixed text checks clean.
  const fixed = core.fixAll(ALIGNED).text;
  assert.deepEqual(check(fixed).map((f) => f.ruleId), []);
  const first = fixed.split('\n').find((l) => l.startsWith('一、本年新收'));
  assert.deepEqual(first.trim().split(/\s+/).slice(1), ['26', '0', '0', '0', '0', '0', '26']);
});

test('one row written in full, the others with blank 法人 columns: each short row is read by the columns (cell-blank), 总计 stays 总计', () => {
  const found = check(ONE_FULL);
  assert.deepEqual([...new Set(found.map((f) => f.ruleId))], ['cell-blank'], found.map((f) => f.message).join('\n'));
  assert.equal(found.length, 24);
  assert.ok(found.every((f) => f.severity === 'warning' && /5 个空白单元格（商业企业、科研机构、社会公益组织、法律服务机构、其他）/.test(f.message)));
  // No sum-balance blaming 商业企业 for the 总计 value.
  assert.equal(found.filter((f) => f.ruleId === 'sum-balance').length, 0);
});

test('values that do not stand under the header (header readable, positions off): still cell-count, without "表头无法读出"', () => {
  const found = check(UNALIGNED).filter((f) => f.ruleId === 'cell-count');
  assert.equal(found.length, 1);
  assert.doesNotMatch(found[0].message, /表头无法读出/);
  assert.match(found[0].message, /表头列出了全部 7 列，无法判断数值缺的是哪几列/);
});

test('a header whose words do not stand over the values places nothing: a value between two header words stays unplaced', () => {
  // Move every 总计 value 11 columns left, into the gap between 法律服 and 其他 (as a misaligned copy has it).
  const text = ALIGNED.split('\n').map((l) => l.replace(/^(.*\d)( {20,})(\d+)$/u, (_, a, gap, b) => `${a}${gap.slice(11)}${b}`)).join('\n');
  assert.notEqual(text, ALIGNED);
  assert.ok(check(text).some((f) => f.ruleId === 'cell-count'));
});

test('positions counted in characters (pdftotext gives a Chinese character one column): read the same way', () => {
  // Each word of the table put at the character offset equal to its display column in the aligned copy (wide:
  // ideographs and full-width forms; “” narrow, as the copy was laid out).
  const byChars = (line) => {
    let out = '';
    for (const m of line.matchAll(/\S+(?: (?!\d)\S+)*/g)) {
      const at = [...line.slice(0, m.index)].reduce((w, c) => w + (/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u.test(c) ? 2 : 1), 0);
      out += ' '.repeat(Math.max(out.length ? 1 : 0, at - out.length)) + m[0];
    }
    return out;
  };
  const lines = ALIGNED.split('\n');
  const from = lines.findIndex((l) => l.includes('三、收到和处理政府信息公开申请情况'));
  const to = lines.findIndex((l, i) => i > from && l.startsWith('四、结转下年度'));
  const text = lines.map((l, i) => (i > from && i <= to && !l.includes('\f') ? byChars(l) : l)).join('\n');
  assert.notEqual(text, ALIGNED);
  const found = check(text);
  assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['cell-blank', 'warning']], found.map((f) => f.message).join('\n'));
});
