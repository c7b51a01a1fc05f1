// cell-count on a 表二 block headed by the other format's columns (brk146 #3): a 2024 report whose 第二十条第（一）项
// has the 2019 columns (本年新制作数量 | 本年新公开数量 | 对外公开总数量) does not give the 2021 format's 本年制发件数,
// 本年废止件数 and 现行有效件数 (templates.md §4.2): an error, as a whole column left out of a block is. format-mixed
// keeps its warning (rules.md: its default is warning). A column the other format has under another name
// (2019 处理决定数量 = 2021 本年处理决定数量) is not missing. Bases: examples/correct-2024.nianbao.md, and
// fixtures/reports/brk140-b-scjg-2020-correct.md (a correct 2020 report in the 2019 format).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const OLD = readFileSync(join(ROOT, 'test', 'fixtures', 'reports', 'brk140-b-scjg-2020-correct.md'), 'utf8');
const findings = (text) => core.analyze(text).findings;
const missing = (text) => only(text, 'cell-count').found;

const B1_2021 = `| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| -------------- | ------------ | ------------ | ------------ |
| 规章           | 0            | 0            | 0            |
| 行政规范性文件 | 3            | 1            | 25           |`;
const B1_2019 = `| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
| --- | --- | --- | --- |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 3 | 1 | 25 |`;

test('brk146 #3: a 2024 report\'s 第二十条第（一）项 in the 2019 columns lacks the 2021 columns: error, besides format-mixed\'s warning', () => {
  assert.deepEqual(missing(CORRECT), []);
  const text = edit(CORRECT, B1_2021, B1_2019);
  const [f, ...rest] = missing(text);
  assert.deepEqual(rest, []);
  assert.equal(f.severity, 'error');
  assert.equal(f.range.start.line, 32);
  assert.match(f.message, /^表二第二十条第（一）项缺少2021年格式规定的“本年制发件数”“本年废止件数”“现行有效件数”共 3 列：这一块的表头是2019年格式的列/);
  const mixed = findings(text).filter((x) => x.ruleId === 'format-mixed');
  assert.ok(mixed.length >= 1 && mixed.every((x) => x.severity === 'warning'));
  // The CLI's exit code follows: 1 (an error), not 0.
  assert.ok(findings(text).some((x) => x.severity === 'error'));
});

test('the same block pasted as tab-separated text is read alike', () => {
  const tabbed = B1_2019.split('\n').filter((l) => !l.startsWith('| ---')).map((l) => l.replace(/^\| | \|$/g, '').split(' | ').join('\t')).join('\n');
  const [f] = missing(edit(CORRECT, B1_2021, tabbed));
  assert.ok(f);
  assert.match(f.message, /缺少2021年格式规定的“本年制发件数”“本年废止件数”“现行有效件数”/);
});

test('（八）项 in the 2019 columns lacks 本年收费金额; （五）（六）项 in the 2019 columns lack nothing (处理决定数量 is 本年处理决定数量)', () => {
  const g8 = edit(CORRECT, `| 信息内容       | 本年收费金额（单位：万元） |
| -------------- | -------------------------- |
| 行政事业性收费 | 12.5                       |`, `| 信息内容 | 上一年项目数量 | 本年增/减 |
| --- | --- | --- |
| 行政事业性收费 | 3 | -1 |`);
  const [f, ...rest] = missing(g8);
  assert.deepEqual(rest, []);
  assert.match(f.message, /^表二第二十条第（八）项缺少2021年格式规定的“本年收费金额（单位：万元）”列/);
  const g6 = edit(CORRECT, `| 信息内容 | 本年处理决定数量 |
| -------- | ---------------- |
| 行政处罚 | 86               |`, `| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
| --- | --- | --- | --- |
| 行政处罚 | 95 | 0 | 86 |`);
  assert.ok(findings(g6).some((x) => x.ruleId === 'format-mixed'));
  assert.deepEqual(missing(g6), []);
});

test('the other way round: a 2020 report (2019 format, 试行, 可参照统一格式) with a 2021-column block: format-mixed\'s warning alone, no error', () => {
  assert.deepEqual(missing(OLD), []);
  const g1 = edit(OLD, `| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
|---|---|---|---|
| 规章 | 0 | 0 | 0 |
| 规范性文件 | 4 | 4 | 37 |`, `| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
|---|---|---|---|
| 规章 | 0 | 0 | 0 |
| 规范性文件 | 4 | 0 | 37 |`);
  assert.deepEqual(missing(g1), []);
  assert.ok(findings(g1).some((x) => x.ruleId === 'format-mixed'));
});

test('the 2019 第二十条第（九）项 block in a 2024 report (removed in 2021) lacks no column: format-mixed\'s alone', () => {
  const text = edit(CORRECT, '## 三、收到和处理政府信息公开申请情况', `第二十条第（九）项

| 信息内容 | 采购项目数量 | 采购总金额 |
| --- | --- | --- |
| 政府集中采购 | 6 | 182.35 |

## 三、收到和处理政府信息公开申请情况`);
  assert.ok(findings(text).some((x) => x.ruleId === 'format-mixed'));
  assert.deepEqual(missing(text), []);
});

test('English message', () => {
  const [f] = core.analyze(edit(CORRECT, B1_2021, B1_2019), { locale: 'en' }).findings.filter((x) => x.ruleId === 'cell-count');
  assert.match(f.message, /^表二 第二十条第（一）项 lacks the 2021 format's 3 columns “本年制发件数”, “本年废止件数”, “现行有效件数”: the block's header has the 2019 format's columns/);
});
