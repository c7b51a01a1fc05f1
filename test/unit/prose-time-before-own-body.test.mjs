// brk86 #13d: a time before the reporting body (`本年度我局共收到…`) read the whole `本年度我局` as another body's name
// (a 局 like any other), so its counts were never compared with 表三. The time opens the clause; 我局 is the agency.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const LINE = 14;
assert.match(CORRECT.split('\n')[LINE], /^全年新收政府信息公开申请46件/);
const withLine = (s) => CORRECT.split('\n').map((l, i) => (i === LINE ? s : l)).join('\n');
const table = (line) => core.analyze(withLine(line)).findings.filter((f) => f.ruleId === 'prose-table').map((f) => [f.severity, f.expected, f.actual, !!f.fix]);

test('a time before 我局 / 本机关: the counts are the agency\'s own and are compared', () => {
  for (const lead of ['本年度我局', '2024年我局', '今年我局', '全年本机关']) {
    assert.deepEqual(table(`${lead}共收到政府信息公开申请46件，已全部办结。`), [['error', 1, 0, false]], lead);
    assert.deepEqual(table(`${lead}共收到政府信息公开申请47件，上年结转2件。`), [['error', 46, 47, true]], lead);
  }
  // The same with no time before it was compared already.
  assert.deepEqual(table('我局共收到政府信息公开申请46件，已全部办结。'), [['error', 1, 0, false]]);
});

test('a time before another body (`本年度县政府办公室`): still that body\'s counts, not compared', () => {
  assert.deepEqual(table('本年度县政府办公室共收到政府信息公开申请12件，已全部办结。'), []);
  assert.deepEqual(table('本年度下属某某中心共收到政府信息公开申请12件，办结10件。'), []);
});
