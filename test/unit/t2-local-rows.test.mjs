// 表二 with a row no format has, added locally (templates.md §0.3: Wuhan 2020 adds `其他主动公开文件` under
// 第二十条第（一）项; "flag as non-standard row, not as error"). The breaker8 input t2_extra_local_row_2019.md
// (item 20, kept as test/fixtures/reports/breaker8-t2-extra-local-row-2019.md) and examples/correct-2024.nianbao.md
// with the same row: one info of row-label, no fix (the row is the author's text), nothing else changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const read = (p) => readFileSync(join(ROOT, p), 'utf8');
const local = (findings) => findings.filter((f) => f.ruleId === 'row-label');

test('2019 format: the local row 其他主动公开文件 (was accepted silently) is one info of row-label naming its block, without a fix', () => {
  const { findings } = core.analyze(read('test/fixtures/reports/breaker8-t2-extra-local-row-2019.md'));
  assert.deepEqual(findings.map((f) => f.ruleId), ['row-label']);
  const [f] = findings;
  assert.equal(f.severity, 'info');
  assert.equal(f.fix, undefined);
  assert.match(f.message, /第二十条第（一）项中的“其他主动公开文件”行不是格式规定的行.*“规章”、“规范性文件”/);
  assert.equal(f.range.start.line, 16);
});

test('2021 format: the same row under 第二十条第（一）项 is an info; a misspelled row of the format is not called a local row', () => {
  const base = read('examples/correct-2024.nianbao.md');
  const row = '| 行政规范性文件 | 3            | 1            | 25           |';
  const text = edit(base, row, `${row}\n| 其他主动公开文件 | 12 | 0 | 80 |`);
  const found = local(core.analyze(text).findings);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'info');
  assert.match(found[0].message, /“其他主动公开文件”行不是格式规定的行.*“规章”、“行政规范性文件”/);
  const typo = edit(base, '| 行政处罚 | 86 ', '| 行政处理 | 86 ');
  assert.ok(!core.analyze(typo).findings.some((f) => /不是格式规定的行/.test(f.message)));
});
