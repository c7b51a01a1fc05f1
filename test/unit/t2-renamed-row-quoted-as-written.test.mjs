// A 表二 row written with the other format's name (规范性文件 in a 2021 report, 行政规范性文件 in a 2019 one) is read as
// its row, but cell-blank and prose-table named it by the template's label only, one the user cannot find in the
// table. They now quote what the user wrote, with the row it is read as. Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, edit, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const ROW = '| 行政规范性文件 | 3            | 1            | 25           |';
const findings = (text, rule) => core.analyze(text).findings.filter((f) => f.ruleId === rule);

test('2021 report, its row written 规范性文件 with a blank cell: cell-blank quotes “规范性文件” (read as 行政规范性文件)', () => {
  const text = edit(CORRECT, ROW, '| 规范性文件 | 3            |              | 25           |');
  const [f] = findings(text, 'cell-blank');
  assert.ok(f);
  assert.match(f.message, /^表二“规范性文件”（即“行政规范性文件”）行有 1 个空白单元格（本年废止件数）/);
  const en = core.checkReport(core.parseReport(text), { locale: 'en' }).find((x) => x.ruleId === 'cell-blank');
  assert.match(en.message, /^表二 row “规范性文件” \(read as “行政规范性文件”\) has 1 blank cell/);
});

test('2021 report, its row written 规范性文件: prose-table names the row as written too', () => {
  const text = edit(edit(CORRECT, ROW, '| 规范性文件 | 3            | 1            | 25           |'), '制发行政规范性文件3件', '制发行政规范性文件4件');
  const [f] = findings(text, 'prose-table');
  assert.ok(f);
  assert.match(f.message, /表二的“规范性文件”（即行政规范性文件）本年制发件数为 3，正文写 4/);
});

test('the row written with the report format\'s own name is quoted as before', () => {
  const text = edit(CORRECT, ROW, '| 行政规范性文件 | 3            |              | 25           |');
  const [f] = findings(text, 'cell-blank');
  assert.match(f.message, /^表二“行政规范性文件”行有 1 个空白单元格/);
});

test('a 2019-format 表二 (昭通 seed) with its row written 行政规范性文件 and a blank cell: quoted as written', () => {
  const text = edit(corpusText('seeds/003_7487cbc35b761747.txt'), '\n规范性文件 | 0 | 0 | 0 |', '\n行政规范性文件 | 0 |  | 0 |');
  const f = findings(text, 'cell-blank').find((x) => x.data.row === 'T2.2');
  assert.ok(f, findings(text, 'cell-blank').map((x) => x.message).join('\n'));
  assert.match(f.message, /“行政规范性文件”（即“规范性文件”）行/);
});
