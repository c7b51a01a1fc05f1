// prose-table on prose that contradicted the tables and was missed (brk106 #9), read only in the forms that say one
// table quantity wherever they stand:
// - a count of the applications without a verb right after the year's own time (`本年度政府信息公开申请数量为120件`, the
//   words of 表三's 一、本年新收政府信息公开申请数量), read as a count received (新收, or 新收 + 上年结转); not without the
//   time (`信息公开申请 27件` opening a paragraph, the end of a sentence a page break cut from its start);
// - 表二's rows 行政许可, 行政处罚, 行政强制 written bare with their counts, two or more in clauses after the year's own time
//   (`本年度行政许可1600件，行政处罚90件，行政强制5件`, as 行政处罚决定90件 was read already); not one alone;
// - `本年度无结转下年度继续办理的申请` (the report's own year before the negation, as `无结转下年度的申请` was read);
// - `全年无行政复议和行政诉讼案件` opening its sentence under the heading （二）依申请公开, where counts of them are compared
//   (as under 表四's): none of any kind is none about 政府信息公开 either; not after other words (申请人均未提起…).
// 表三: 新收 46, 上年结转 2, 结转下年度 1; 表二: 行政许可 1520, 行政处罚 86, 行政强制 4; 表四: 行政复议 3, 行政诉讼 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const SENTENCE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
/** The example with its 依申请公开 paragraph (right under （二）依申请公开) replaced by `s`. */
const withParagraph = (s) => edit(EXAMPLE, SENTENCE, s);
const brief = (s) => core.analyze(withParagraph(s)).findings.filter((f) => f.ruleId === 'prose-table').map((f) => [f.actual, f.expected, f.data.quantity, f.severity ?? 'error']);

test('本年度政府信息公开申请数量为120件: a count received, against 表三\'s 新收 (or 新收 + 上年结转) (brk106 #9)', () => {
  assert.deepEqual(brief('本年度政府信息公开申请数量为120件。'), [[120, 46, 'R1', 'error']]);
  assert.deepEqual(brief('全年政府信息公开申请120件，办结47件。'), [[120, 46, 'R1', 'error']]);
  for (const right of ['本年度政府信息公开申请数量为46件。', '本年度政府信息公开申请数量为48件。']) assert.deepEqual(brief(right), [], right);
  // Another year's, or without the year's own time (the cut end of a sentence), or a part's: not compared.
  for (const other of ['2023年政府信息公开申请数量为100件。', '政府信息公开申请120件。', '本年度涉及征地拆迁的政府信息公开申请120件。']) assert.deepEqual(brief(other), [], other);
});

test('本年度行政许可1600件，行政处罚90件，行政强制5件: 表二\'s rows listed bare, each against its 处理决定数量 (brk106 #9)', () => {
  assert.deepEqual(brief('本年度行政许可1600件，行政处罚90件，行政强制5件。'), [[1600, 1520, 'T2.3:decisions', 'error'], [90, 86, 'T2.5:decisions', 'error'], [5, 4, 'T2.6:decisions', 'error']]);
  assert.deepEqual(brief('全年行政处罚90件、行政强制5件。'), [[90, 86, 'T2.5:decisions', 'error'], [5, 4, 'T2.6:decisions', 'error']]);
  assert.deepEqual(brief('本年度行政许可1520件，行政处罚86件，行政强制4件。'), []);
  // One alone, or after a verb (受理: applications), or another year's: not compared.
  for (const other of ['本年度行政许可1600件。', '本年度受理行政许可1600件，行政处罚90件。', '2023年行政许可1600件，行政处罚90件，行政强制5件。']) assert.deepEqual(brief(other), [], other);
});

test('本年度无结转下年度继续办理的申请 against 表三\'s 结转下年度 1 (brk106 #9)', () => {
  for (const s of ['全年新收政府信息公开申请46件，本年度无结转下年度继续办理的申请。', '本年度无结转下年度继续办理的申请。']) {
    assert.deepEqual(brief(s), [[0, 1, 'R4', 'error']], s);
  }
});

test('全年无行政复议和行政诉讼案件 alone under （二）依申请公开, against 表四 (brk106 #9); not in another part of 一', () => {
  assert.deepEqual(brief('全年无行政复议和行政诉讼案件。'), [[0, 3, 'T4:G1', 'error'], [0, 2, 'T4:lit', 'error']]);
  // After other words its subject may be some of the applications (申请人均未提起…): not compared.
  assert.deepEqual(brief('对不予公开的申请，申请人均未提起行政复议和行政诉讼。').filter((b) => b[0] === 0), []);
  // Under （三）政府信息管理 it may be about anything the body does: not compared.
  const text = edit(withParagraph('全年新收政府信息公开申请46件，上年结转2件；办结47件，结转下年度继续办理1件。'), '严格落实公开前保密审查，动态更新政府信息公开指南和目录。', '全年无行政复议和行政诉讼案件。');
  assert.deepEqual(core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table' && f.actual === 0), []);
});

test('新收各类政府信息公开申请47件: all of the applications received, against 表三\'s 新收 (brk115 #8)', () => {
  assert.deepEqual(brief('全年新收各类政府信息公开申请47件，上年结转2件。'), [[47, 46, 'R1', 'error']]);
  assert.deepEqual(brief('全年新收各类政府信息公开申请46件，上年结转2件。'), []);
  assert.deepEqual(brief('全年新收各种政府信息公开申请46件，上年结转2件。'), []);
});

// brk122 #4: 表三's sub-row 2.没有现成信息需要另行制作 named by its last words alone (`（其中需要另行制作的3件）`,
// `（其中另行制作3件）`) was never read; 表三 has 1. The full label was and is; a body's 另行收到 stays another body's.
test('（其中需要另行制作的3件） / （其中另行制作3件）: 表三\'s 没有现成信息需要另行制作 (brk122 #4)', () => {
  const unable = (inner) => SENTENCE.replace('无法提供7件', `无法提供7件（${inner}）`);
  for (const inner of ['其中需要另行制作的3件', '其中另行制作3件', '其中没有现成信息需要另行制作的3件']) {
    assert.deepEqual(brief(unable(inner)), [[3, 1, 'R3.4.2', 'error']], inner);
  }
  for (const inner of ['其中需要另行制作的1件', '其中另行制作1件']) assert.deepEqual(brief(unable(inner)), [], inner);
  assert.deepEqual(brief(SENTENCE + '市档案馆另行收到申请8件，其中予以公开5件。'), []);
});
