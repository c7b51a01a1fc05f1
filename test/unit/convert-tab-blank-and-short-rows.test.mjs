// Tab-separated tables with a blank row or a row one number short, and Convert to a pipe table on them (found by
// breaker26).
// breaker26 items 1–3: tab-separated tables and "Convert to a pipe table" (core/parse/tokens.ts,
// core/model/tables.ts, core/editor/convert.ts).
// 1. A 表二 row pasted with no numbers yet (`规章\t\t\t`) lost its empty fields in the tokenizer: the reader did not
//    take it for the 规章 row, and the conversion dropped the row (the user's label gone, row-missing 表二缺少“规章”行).
// 2. A row one number short (表三 `4.保护第三方合法权益\t1\t0\t0\t0\t0\t1`, the same one cell per line, 表四 with 14
//    numbers) is cell-count, yet the conversion was offered and filled it from the left: the 总计 landed under 其他.
// 3. That blank 表二 row got row-missing “不在格式规定的位置…请把这一行移到格式规定的位置” though it is in place; the
//    same row in a pipe table says 整行空白.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const DATA = (name) => readFileSync(join(ROOT, 'test/data/b26', name), 'utf8');

/** Converts table `id` of `text` (the edit must exist); the converted text and its findings. */
function convert(text, id) {
  const e = core.convertTableEdit(core.parseReport(text), id);
  assert.ok(e, `${id} is converted`);
  const after = core.applyFixes(text, [e]).text;
  return { after, findings: core.analyze(after).findings };
}

/** The pipe table of `text` whose header row starts with `| first`, after line `from`: header label → [row label, cell]. */
function pipeColumns(text, first, from = 0) {
  const lines = text.split('\n');
  const at = lines.findIndex((l, i) => i >= from && l.startsWith(`| ${first}`));
  assert.ok(at >= 0, `a pipe table headed ${first}`);
  const rows = [];
  for (let i = at; i < lines.length && lines[i].startsWith('|'); i++) if (!/^\|[\s|:-]+\|$/.test(lines[i])) rows.push(lines[i].split('|').slice(1, -1).map((c) => c.trim()));
  const [head, ...body] = rows;
  const out = {};
  head.forEach((h, k) => { if (k > 0) out[h] = body.map((r) => [r[0], r[k]]); });
  return out;
}

/** The message (zh) of the finding of `rule` on row `row` of table `table`. */
const messageOf = (findings, rule, table, row) => findings.find((f) => f.ruleId === rule && f.data?.table === table && f.data?.row === row)?.message;

test('表二 pasted tab-separated with a blank row (`规章\\t\\t\\t`): the conversion keeps the row blank and every number under its column', () => {
  const text = DATA('r02-tsv-blanks-2023-town.md');
  const { after, findings } = convert(text, 't2');
  const block1 = pipeColumns(after, '信息内容');
  assert.deepEqual(block1['本年制发件数'], [['规章', ''], ['行政规范性文件', '2']]);
  assert.deepEqual(block1['本年废止件数'], [['规章', ''], ['行政规范性文件', '1']]);
  assert.deepEqual(block1['现行有效件数'], [['规章', ''], ['行政规范性文件', '14']]);
  assert.match(after, /^\| 规章 +\| +\| +\| +\|$/m);
  // The other blocks: each label and number of the tab-separated lines is in the pipe table, in its row.
  for (const [label, value] of [['行政许可', '356'], ['行政处罚', '48'], ['行政强制', '3'], ['行政事业性收费', '6.8']]) {
    assert.match(after, new RegExp(`^\\| ${label} +\\| ${value.replace('.', '\\.')} +\\|$`, 'm'), `${label} ${value}`);
  }
  // Re-checked, the row is where it was and still blank: the finding says so, as before the conversion.
  assert.equal(findings.filter((f) => f.ruleId === 'row-missing' && /缺少/.test(f.message)).length, 0);
  assert.match(messageOf(findings, 'row-missing', 't2', 'T2.1') ?? '', /“规章”行没有数字（整行空白）/);
});

test('a blank tab-separated 表二 row says 整行空白 as the pipe table does, not “不在格式规定的位置”', () => {
  const pipe = core.analyze(DATA('v01-pipe-blank-guizhang.md')).findings;
  const pipeMessage = messageOf(pipe, 'row-missing', 't2', 'T2.1');
  assert.match(pipeMessage, /整行空白/);
  const tsv = core.analyze(DATA('r02-tsv-blanks-2023-town.md')).findings;
  assert.equal(messageOf(tsv, 'row-missing', 't2', 'T2.1'), pipeMessage);
  for (const [file, row, label] of [['v02-tsv-blank-xzgf.md', 'T2.2', '行政规范性文件'], ['v03-tsv-blank-xuke.md', 'T2.3', '行政许可']]) {
    const findings = core.analyze(DATA(file)).findings;
    const rowMissing = findings.filter((f) => f.ruleId === 'row-missing');
    assert.equal(rowMissing.length, 1, file);
    assert.equal(rowMissing[0].message, `表二“${label}”行没有数字（整行空白），请对照原表填写。空白不等于 0，没有发生的请填 0。`, file);
    assert.equal(rowMissing[0].data.row, row, file);
    assert.equal(findings.filter((f) => /不在格式规定的位置|移到/.test(f.message)).length, 0, file);
  }
});

test('a blank tab-separated row with fewer (or more) empty fields than columns is a blank row too, not a row short of numbers', () => {
  const text = DATA('r02-tsv-blanks-2023-town.md');
  const t3Line = '（一）予以公开\t14\t2\t1\t0\t1\t0\t18';
  assert.ok(text.includes(t3Line));
  for (const tabs of [1, 2, 4]) {
    const variant = text.replace('规章\t\t\t\n', `规章${'\t'.repeat(tabs)}\n`).replace(t3Line, `（一）予以公开${'\t'.repeat(tabs + 2)}`);
    const findings = core.analyze(variant).findings;
    assert.match(messageOf(findings, 'row-missing', 't2', 'T2.1') ?? '', /“规章”行没有数字（整行空白）/, `${tabs} tabs`);
    assert.match(messageOf(findings, 'row-missing', 't3', 'R3.1') ?? '', /“（一）予以公开”行没有数字（整行空白）/, `${tabs + 2} tabs`);
    assert.equal(findings.filter((f) => f.ruleId === 'cell-count').length, 0, `${tabs} tabs`);
    // Converted, the blank rows stay, blank, with every other number in its column.
    const t2 = pipeColumns(convert(variant, 't2').after, '信息内容');
    assert.deepEqual(t2['现行有效件数'], [['规章', ''], ['行政规范性文件', '14']]);
    const t3 = pipeColumns(convert(variant, 't3').after, '（本列数据');
    assert.deepEqual(t3['总计'].find(([l]) => l === '（一）予以公开'), ['（一）予以公开', '']);
    assert.equal(t3['总计'].find(([l]) => l.startsWith('（二）部分公开'))?.[1], '5');
    assert.equal(t3['自然人'].find(([l]) => l.startsWith('（二）部分公开'))?.[1], '4');
  }
});

test('表三 with a row one number short (tab-separated, and one cell per line): cell-count, and no conversion of 表三', () => {
  for (const [file, lines] of [['r27-tsv-t3short-2022.md', ['4.保护第三方合法权益\t1\t0\t0\t0\t0\t1']], ['r28-cells-short-2022.md', ['4.保护第三方合法权益']]]) {
    const text = DATA(file);
    const report = core.parseReport(text);
    const findings = core.analyze(text).findings;
    assert.match(messageOf(findings, 'cell-count', 't3', 'R3.3.4') ?? '', /有 6 个数值，格式规定为 7 个/, file);
    assert.equal(core.convertTableEdit(report, 't3'), null, `${file}: 表三 is not converted`);
    // The other tables still convert, and the short row stays as the user wrote it, with its cell-count.
    for (const id of ['t2', 't4']) {
      const e = core.convertTableEdit(report, id);
      if (!e) continue;
      const after = core.applyFixes(text, [e]).text;
      for (const l of lines) assert.ok(after.split('\n').includes(l), `${file} ${id}: ${l} kept`);
      assert.match(messageOf(core.analyze(after).findings, 'cell-count', 't3', 'R3.3.4') ?? '', /有 6 个数值/);
    }
  }
});

test('表四 as one tab-separated row of 14 numbers: cell-count, and no conversion of 表四; the row stays as written', () => {
  const text = DATA('r10-tsv-t4missing-2022.md');
  const row = '1\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0';
  assert.ok(text.split('\n').includes(row));
  const report = core.parseReport(text);
  assert.equal(core.analyze(text).findings.filter((f) => f.ruleId === 'cell-count' && f.data?.table === 't4').length, 1);
  assert.equal(core.convertTableEdit(report, 't4'), null);
  for (const id of ['t2', 't3']) {
    const { after, findings } = convert(text, id);
    assert.ok(after.split('\n').includes(row), `${id}: 表四's row kept`);
    assert.equal(findings.filter((f) => f.ruleId === 'cell-count' && f.data?.table === 't4').length, 1);
  }
});
