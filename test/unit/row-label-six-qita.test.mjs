// brk185 #1: 表三's `（六）其他处理` written `（六）其他` (its ordinal and first word, the rest left out) was read by its
// place and said nowhere, while `（六）其他情形` was. It is said now, and fixed to the template's label: in the 2019
// format (a data row) and in the 2021 format (the group row over its three sub-rows). `（六）其它处理` (其它 = 其他) and
// `(六)其他处理` with ASCII brackets stay silent.
// Bases: test/fixtures/crossyear-pre2019/某某市某某局2020.md (2019 format), examples/correct-2024.nianbao.md (2021).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, ROOT } from '../helpers.mjs';

const Y2020 = readFileSync(join(ROOT, 'test/fixtures/crossyear-pre2019/某某市某某局2020.md'), 'utf8');
const Y2024 = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ROW_2019 = '| （六）其他处理 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |';
const GROUP_2021 = '| （六）其他处理                                                           |';

const rowLabel = (text) => only(text, 'row-label').found;

test('the bases have no row-label finding', () => {
  assert.deepEqual(rowLabel(Y2020), []);
  assert.deepEqual(rowLabel(Y2024), []);
});

test('2019 format: `（六）其他` is said at the label and fixed to `（六）其他处理`; the row is read as before', () => {
  const text = edit(Y2020, ROW_2019, '| （六）其他 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |');
  const found = rowLabel(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const [f] = found;
  assert.equal(f.message, '行标签“（六）其他”只写了格式标签“（六）其他处理”的开头，按它在表中的位置读作“（六）其他处理”行。格式逐字规定行标签，请写全为“（六）其他处理”（修复会写上它）。');
  assert.equal(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), '（六）其他');
  assert.equal(core.fixAll(text).text, Y2020);
  const row = core.parseReport(text).tables.t3.rows.find((r) => r.id === 'R3.6');
  assert.deepEqual(row.cells.map((c) => c?.value ?? null), [1, 1, 0, 0, 0, 0, 2]);
  // (No other rule says anything new: the row's numbers are read in their place.)
  assert.deepEqual(core.analyze(text).findings.map((x) => x.ruleId), core.analyze(Y2020).findings.map((x) => x.ruleId).concat('row-label').sort());
});

test('2019 format: the author\'s punctuation is kept; 其它处理 and ASCII brackets stay silent', () => {
  const text = edit(Y2020, ROW_2019, '| (六)其他 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |');
  const [f, ...rest] = rowLabel(text);
  assert.deepEqual(rest, []);
  assert.match(f.message, /请写全为“\(六\)其他处理”/);
  assert.match(core.fixAll(text).text, /^\| \(六\)其他处理 \| 1 \|/m);
  for (const ok of ['（六）其它处理', '(六)其他处理']) assert.deepEqual(rowLabel(edit(Y2020, ROW_2019, ROW_2019.replace('（六）其他处理', ok))), [], ok);
});

test('2021 format: the group row written `（六）其他` is said and fixed, its padding kept', () => {
  const text = edit(Y2024, GROUP_2021, GROUP_2021.replace('（六）其他处理    ', '（六）其他        '));
  const found = rowLabel(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, /^行标签“（六）其他”只写了格式标签“（六）其他处理”的开头/);
  assert.ok(found[0].fix);
  assert.equal(core.fixAll(text).text, Y2024);
  for (const ok of ['（六）其它处理', '(六)其他处理']) assert.deepEqual(rowLabel(edit(Y2024, GROUP_2021, GROUP_2021.replace('（六）其他处理', ok))), [], ok);
});
