// 办理结果 counted after a count of some of the applications (helper-220 #1): one kind of applicant, a channel, another
// body, the carried-over ones, a narrowed part, a topic, one applicant's, a unit of the body, the whole system. They were
// compared with 表三's totals and "fixed" to them (予以公开2件 of 3 applications became 24). The results after a count
// of a part are that part's; after a count no phrase reads, or one of another scope, they are compared only when that
// count is one of the table's wholes (新收, 新收 + 上年结转, （七）总计).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const lines = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8').split('\n');
// 表三: 新收 46, 上年结转 2, （七）总计 47, 予以公开 24, 无法提供 7, 不予处理 3.
const LEAD = '全年新收政府信息公开申请46件，上年结转2件，办结47件。';
/** The example with its 一（二） paragraph (line 15) replaced by `LEAD` and `s`. */
const at15 = (s) => lines.map((l, i) => (i === 14 ? LEAD + s : l)).join('\n');
const proseTable = (s) => core.analyze(at15(s)).findings.filter((f) => f.ruleId === 'prose-table');

test('results after a count of a part, of another scope, or of a set no phrase reads are not compared, nor fixed', () => {
  for (const s of [
    '企业申请的3件，予以公开2件，无法提供1件。',
    '商业企业提出的3件申请中，予以公开2件。',
    '区政府转来的申请5件，予以公开3件。',
    '上级机关转办的申请5件，予以公开3件。',
    '通过信函方式提交的申请10件，予以公开6件。',
    '2023年结转的2件申请，予以公开1件，无法提供1件。',
    '延期答复的3件申请中，予以公开2件。',
    '为提高答复质量，我局对20件疑难申请组织会商，其中予以公开8件。',
    '申请内容主要涉及征地拆迁（20件）、规划许可（15件）等。其中征地拆迁类申请予以公开12件。',
    '同一申请人提出的申请12件，予以公开3件，不予处理2件。',
    '全系统共收到政府信息公开申请320件，予以公开150件。',
  ]) assert.deepEqual(proseTable(s).map((f) => f.message), [], s);
  // Another unit's count: the count itself is said (it is no 新收), its results are not.
  const units = proseTable('局机关收到申请40件，予以公开20件；所属事业单位收到申请6件，予以公开4件。');
  assert.ok(units.every((f) => f.actual === 40 && !f.fix), units.map((f) => f.message).join('\n'));
});

test('results after a count of all the applications are compared and fixed as before', () => {
  for (const [s, fixed] of [
    ['本年度共办结47件，其中予以公开25件。', '本年度共办结47件，其中予以公开24件。'],
    ['受理申请48件（含上年结转2件），予以公开25件。', '受理申请48件（含上年结转2件），予以公开24件。'],
    ['新收申请46件，上年结转2件，予以公开25件。', '新收申请46件，上年结转2件，予以公开24件。'],
    ['其中予以公开25件。', '其中予以公开24件。'],
  ]) {
    const found = proseTable(s);
    assert.deepEqual(found.map((f) => [f.actual, f.expected]), [[25, 24]], s);
    assert.equal(core.applyFixes(at15(s), found[0].fix.edits).text, at15(fixed), s);
  }
});

test('last year\'s counts in brackets after a comparison are not compared, nor fixed (helper-220 #2)', () => {
  for (const s of [
    '与上年（新收40件）相比增长15%。',
    '比上年（新收申请40件）增长15%。',
    '其中予以公开24件，较上年（予以公开20件）增加4件。',
    '与2023年（新收40件、办结41件）相比，申请量有所上升。',
  ]) {
    assert.deepEqual(proseTable(s).map((f) => f.message), [], s);
    assert.equal(core.fixAll(at15(s)).text, at15(s), s);
  }
  // A bracket that is no comparison is read as before.
  assert.deepEqual(proseTable('本年度共办结47件（其中予以公开25件）。').map((f) => [f.actual, f.expected]), [[25, 24]]);
});

test('the count of the year compared with, written after 比2023年 or 与2023年 before the comparison closes, is that year\'s: not compared, nor fixed (brk90 #2)', () => {
  for (const s of [
    '比2023年收到政府信息公开申请30件增加16件。',
    '与2023年共收到政府信息公开申请30件相比，本年有所增加。',
    '相较于2023年收到政府信息公开申请30件，本年有所增加。',
    '同2023年收到的政府信息公开申请30件相比有所增加。',
    '和2023年度收到政府信息公开申请30件相比有所增加。',
  ]) {
    assert.deepEqual(proseTable(s).map((f) => f.message), [], s);
    assert.equal(core.fixAll(at15(s)).text, at15(s), s);
  }
  // Once the comparison closes (相比) or states the change, the count is this year's again, as is a count after the
  // report's own year.
  for (const s of ['与2023年相比收到政府信息公开申请30件。', '与2023年相比，收到政府信息公开申请30件。', '2024年收到政府信息公开申请30件，比2023年多8件。', '比2023年增加8件，2024年收到政府信息公开申请30件。']) {
    assert.deepEqual(proseTable(s).map((f) => [f.actual, f.expected]), [[30, 46]], s);
  }
});

test('counts after 各 one per phrase that no list reading pairs are not compared (helper-220 #3)', () => {
  for (const s of ['其中予以公开、部分公开各24件、6件。', '其中予以公开、部分公开各有24件、6件。']) {
    assert.deepEqual(proseTable(s).map((f) => f.message), [], s);
    assert.equal(core.fixAll(at15(s)).text, at15(s), s);
  }
  const t2 = (s) => core.analyze(lines.map((l, i) => (i === 10 ? l + s : l)).join('\n')).findings.filter((f) => f.ruleId === 'prose-table');
  assert.deepEqual(t2('全年作出行政处罚、行政强制决定各86件、4件。').map((f) => f.message), []);
  assert.deepEqual(t2('全年作出行政许可、行政处罚、行政强制决定各1520件、86件、4件。').map((f) => f.message), []);
});

test('a whole area\'s bodies (全县各级行政机关, 全系统) in a government\'s report: said with the scope, never fixed (helper-220 #4)', () => {
  const county = lines.map((l) => l.replace(/某某市某某局/g, '某某县人民政府').replace('2025年1月20日', '2025年3月20日'));
  const text = county.map((l, i) => (i === 14 ? '全县各级行政机关共收到政府信息公开申请749件，办结720件，其中予以公开300件。县政府本级新收申请46件，上年结转2件，办结47件，其中予以公开24件。' : l)).join('\n');
  const found = core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');
  assert.deepEqual(found.map((f) => [f.actual, f.severity, f.fix]), [[749, 'info', undefined], [720, 'info', undefined], [300, 'info', undefined]]);
  assert.equal(core.fixAll(text).text, text);
});

test('a 办理 count split into the new and the carried-over applications, or what there was to handle (共需办理), is 新收 + 上年结转; 本局 is the reporting body (brk90 #4)', () => {
  // 表三: 新收 46 + 上年结转 2 = 48; （七）总计 47.
  const only15 = (s) => core.analyze(lines.map((l, i) => (i === 14 ? s : l)).join('\n')).findings.filter((f) => f.ruleId === 'prose-table');
  for (const s of ['2024年，本局共办理政府信息公开申请49件，其中本年新收46件、上年结转2件。', '本局共需办理政府信息公开申请49件。', '共办理政府信息公开申请49件（其中上年结转2件、本年新收46件）。']) {
    const found = only15(s);
    assert.deepEqual(found.map((f) => [f.severity, f.expected, f.actual]), [['error', 48, 49]], s);
    assert.doesNotMatch(found[0].message, /没有“共”/, s);
    assert.equal(found[0].fix.edits[0].newText, '48', s);
  }
  for (const s of ['2024年，本局共办理政府信息公开申请48件，其中本年新收46件、上年结转2件。', '本局共需办理政府信息公开申请48件。']) assert.deepEqual(only15(s), [], s);
  // 本局 before 共办结 is the body itself: the count is the total concluded, compared as such.
  assert.deepEqual(only15('本局共办结政府信息公开申请45件。').map((f) => [f.severity, f.expected, f.actual]), [['error', 47, 45]]);
});
