// prose messages and fix decisions (brk141 #12, #13, #14; brk140 #7; brk145 #7), on examples/correct-2024.nianbao.md
// (表三 新收 46, 上年结转 2, 办结 47, 不予公开 6 of which 三类内部事务信息 2, 无法提供 7, 结转下年度 1) with its 表三
// sentence replaced, and the real 淮安市 2024 report (pdftotext layout) with one 表四 cell changed:
// - a 包括 list after a count of its own (`其中不予公开6件，包括…3件、…1件`) is that count's list: the message named the
//   total as one of its terms (`3 个数（6件、3件、1件）`);
// - the quotes kept a Markdown list marker (`“- 无法提供8件”`) or stopped inside the words of the phrase
//   (`“2件结转下年度继续”`, `“2件因尚在法定答复期限内，结转至2020年继续”`);
// - two terms of a list whose corrections keep its sum (`（其中新收47件、上年结转1件）` with 表三's 46 and 2) were refused
//   "because it changes the sum";
// - 表四 其他结果 177 where the prose says 178 and the prose's 178 makes the group add up to its 总计 351: the messages read
//   as if the prose were wrong, and sum-review did not name 其他结果.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit, corpusText } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3_PROSE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const withT3 = (sentence) => edit(CORRECT, T3_PROSE, sentence);
const found = (text, rule) => core.analyze(text).findings.filter((f) => f.ruleId === rule);

test('brk141 #12: a 包括 list after a count of its own lists the counts after 包括, not that count', () => {
  const text = withT3('全年新收政府信息公开申请46件，上年结转2件，办结47件，其中不予公开6件，包括属于三类内部事务信息3件、保护第三方合法权益1件。');
  const [f, ...rest] = found(text, 'prose-table');
  assert.equal(rest.length, 0);
  assert.deepEqual([f.actual, f.expected], [3, 2]);
  assert.match(f.message, /这个数是句中“包括”后列举的 2 个数（3件、1件）之一/);
  assert.doesNotMatch(f.message, /6件、3件、1件/);
  const en = core.checkReport(core.parseReport(text), { locale: 'en' }).find((x) => x.ruleId === 'prose-table');
  assert.match(en.message, /one of the 2 counts listed after “包括” \(including\) \(“3件”, “1件”\)/);
  // A 包括 note in brackets after a term (`予以公开24件（包括通过网站公开的10件）`) leaves the outer list as it was: its six
  // results are still checked by prose-sum.
  const note = withT3('全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开24件（包括通过网站公开的10件），部分公开6件，不予公开6件，无法提供8件，不予处理3件，其他处理1件。');
  assert.match(found(note, 'prose-sum')[0]?.message ?? '', /各项之和为 24 \+ 6 \+ 6 \+ 8 \+ 3 \+ 1 = 48/);
});

test('brk141 #14: prose-sum quotes a part of a bullet list without its list marker', () => {
  const text = withT3('全年新收政府信息公开申请46件，上年结转2件。办结47件，其中：\n\n- 予以公开24件；\n- 部分公开6件；\n- 不予公开6件；\n- 无法提供8件；\n- 不予处理3件；\n- 其他处理1件。');
  const [sum] = found(text, 'prose-sum');
  assert.ok(sum, 'prose-sum reports the list adding up to 48');
  assert.match(sum.message, /这是正文“无法提供8件”（表三为 7）与表格不一致的结果/);
  assert.doesNotMatch(sum.message, /“-/);
  for (const r of sum.related ?? []) assert.doesNotMatch(r.message, /^-/);
});

test('brk141 #14, brk140 #7: a phrase stopping inside its words is quoted to the end of its clause', () => {
  const rest = withT3('全年新收政府信息公开申请46件，上年结转2件，共计办理48件，已办结47件，其余2件结转下年度继续办理。');
  const [f] = found(rest, 'prose-table');
  assert.deepEqual([f.actual, f.expected], [2, 1]);
  assert.match(f.message, /^正文“其余2件结转下年度继续办理”与表三不一致/);
  // The range reported is still the number.
  assert.equal(rest.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), '2');
  const next = withT3('全年新收政府信息公开申请46件，上年结转2件，已办结47件，另有2件因尚在法定答复期限内，结转至2025年继续办理。');
  const [g] = found(next, 'prose-table');
  assert.match(g.message, /^正文“另有2件因尚在法定答复期限内，结转至2025年继续办理”与表三不一致/);
});

test('brk141 #13: two terms of a list whose corrections keep its sum are fixed together', () => {
  const text = withT3('全年共受理政府信息公开申请48件（其中新收47件、上年结转1件），办结47件。');
  const fs = found(text, 'prose-table');
  assert.deepEqual(fs.map((f) => [f.actual, f.expected, f.fix?.edits[0].newText]), [[47, 46, '46'], [1, 2, '2']]);
  for (const f of fs) {
    assert.match(f.message, /列举中与表三不一致的“新收47件”、“上年结转1件”都改为表三的数后，各项之和不变（仍为 48）/);
    assert.doesNotMatch(f.message, /只改它会改变它们的和/);
  }
  const out = core.fixAll(text).text;
  assert.match(out, /全年共受理政府信息公开申请48件（其中新收46件、上年结转2件），办结47件。/);
  assert.deepEqual(found(out, 'prose-table'), []);
  // Corrections that change the sum are still refused.
  const other = found(withT3('全年共受理政府信息公开申请48件（其中新收47件、上年结转3件），办结47件。'), 'prose-table');
  assert.ok(other.length >= 1 && other.every((f) => !f.fix), other.map((f) => f.message).join('\n'));
});

test('brk145 #7: a 表四 cell that the prose and the group\'s 总计 both contradict is named as the likely typo', () => {
  const base = corpusText('peers/govnianbao_huaian-city_2024.txt');
  const text = edit(base, '72   64    178    37    351', '72   64    177    37    351');
  const [pt] = found(text, 'prose-table');
  // (expected is the prose's own 178: the message says 表四's cell is the wrong one, brk183 #4.)
  assert.deepEqual([pt.actual, pt.expected], [178, 178]);
  assert.match(pt.message, /表四“行政复议”的各结果之和为 350，与总计 351 不符，而按正文的 178，各结果之和正好是总计 351：很可能是表四的行政复议其他结果填错了（应为 178），不是正文/);
  assert.equal(pt.fix, undefined);
  const [sr] = found(text, 'sum-review');
  assert.match(sr.message, /正文“其他结果 178 件”与表中的其他结果 177 不同，而按正文的 178，四个结果数之和正好是总计 351.*很可能是表中的其他结果填错了（应为 178）/);
  assert.ok(sr.related.some((r) => /其他结果 178/.test(r.message)));
  // The opposite case (the total is the typo) keeps its fix.
  const total = edit(base, '72   64    178    37    351', '72   64    178    37    352');
  const [st] = found(total, 'sum-review');
  assert.match(st.message, /很可能是总计填错了/);
  assert.ok(st.fix);
});
