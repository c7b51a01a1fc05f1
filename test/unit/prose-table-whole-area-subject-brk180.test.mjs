// A county government's report that gives county-wide figures (全县共…, 全县各乡镇、各部门…) beside its own 本级 ones
// (brk180 #1): the county-wide count was compared with the 本级 tables as the report's own and said as an error. A
// whole area's count is at most an info (the table may count 本级 alone), and nothing when the sentence itself then
// gives the 本级 figure and it is the table's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const lines = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').split('\n');
// 表三: 新收 46, 上年结转 2, （七）总计 47.
const county = lines.map((l) => l.replace(/某某市某某局/g, '某某县人民政府').replace('2025年1月20日', '2025年3月20日'));
const at15 = (src, s) => src.map((l, i) => (i === 14 ? s : l)).join('\n');
const proseTable = (src, s) => core.analyze(at15(src, s)).findings.filter((f) => f.ruleId === 'prose-table');

// The government's own count told apart in the paragraph (the table's number): what makes a bare 全县共… another scope.
const OWN = '县政府本级新收政府信息公开申请46件。';

test('全县共… and 全县各乡镇、各部门… in a government\'s report that tells its own (本级) count apart are a whole area\'s counts: info at most, never an error or a fix', () => {
  for (const bare of [
    '2024年，全县共收到政府信息公开申请168件。',
    '全县2024年收到政府信息公开申请168件。',
    '全县因政府信息公开被申请行政复议9件，被提起行政诉讼2件。',
    '全县各乡镇、各部门因政府信息公开被申请行政复议9件，被提起行政诉讼2件。',
    '全县共发生政府信息公开行政复议案件9件、行政诉讼案件2件。',
  ]) {
    const s = bare + OWN;
    const found = proseTable(county, s);
    assert.ok(found.length > 0, s);
    assert.deepEqual(found.map((f) => [f.severity, f.fix]), found.map(() => ['info', undefined]), s);
    assert.match(found[0].message, /全县/, s);
    assert.equal(core.fixAll(at15(county, s)).text, at15(county, s), s);
  }
  // (全县各乡镇、各部门 as the subject of a count received names the townships and departments, other bodies than the
  // government: not compared at all, as 各乡镇 is.)
  assert.deepEqual(proseTable(county, '全县各乡镇、各部门共收到政府信息公开申请168件。'), []);
});

test('a whole area\'s count followed in its sentence by the government\'s own (本级) count that is the table\'s: nothing to say', () => {
  assert.deepEqual(proseTable(county, '2024年，全县共收到政府信息公开申请168件，其中县政府本级收到46件，县政府各部门和乡镇共收到122件。'), []);
  assert.deepEqual(proseTable(county, '2024年，全县各级行政机关共收到政府信息公开申请168件，其中县政府本级收到46件。'), []);
  // With a 本级 count that is not the table's, the whole area's stays an info (the 本级 part after 其中 is not compared
  // itself: the table may count the whole area, as 洪泽区's does).
  const off = proseTable(county, '2024年，全县共收到政府信息公开申请168件，其中县政府本级收到45件。');
  assert.deepEqual(off.map((f) => [f.actual, f.severity, f.fix]), [[168, 'info', undefined]]);
});

test('a bare 全县 in a county\'s report that tells no 本级 count apart is the report\'s own count (its tables cover the county), compared as before', () => {
  // (沭阳县 2025: `全县全年共受理政府信息公开申请 749 件` is its 表三's 749.)
  assert.deepEqual(proseTable(county, '全县全年共受理政府信息公开申请46件。'), []);
  assert.deepEqual(proseTable(county, '全县全年共受理政府信息公开申请50件。').map((f) => [f.severity, f.expected, f.actual]), [['error', 46, 50]]);
});

test('an area named in passing is no scope, and a department\'s report is unchanged', () => {
  // (`按照全县统一部署` names no subject: the count is the government's own, compared as before.)
  assert.deepEqual(proseTable(county, '按照全县统一部署，2024年收到政府信息公开申请50件。' + OWN).map((f) => [f.severity, f.expected, f.actual]), [['error', 46, 50]]);
  // A department's report: 全市 figures are not compared at all.
  assert.deepEqual(proseTable(lines, '2024年，全市共收到政府信息公开申请168件。'), []);
});
