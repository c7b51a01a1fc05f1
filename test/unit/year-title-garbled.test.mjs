// year-mismatch on a title whose year is garbled (brk180 #2): 2205年, 20255年, 2O25年 (a letter O) name no report
// year, so the model reads none from the title; the statistics period (or the introduction, or the dates) gives the
// year, and the title is reported (templates.md §5.3 X-4), fixed to that year only when it is certain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, only, edit, slice } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const TITLE = '# 某某市某某局2024年政府信息公开工作年度报告';

test('year-mismatch: a garbled title year (2204, 20244, 2O24, 2l24, 224, ２２０４) beside a 2024 period is an error, fixed to 2024', () => {
  assert.deepEqual(only(CORRECT, 'year-mismatch').found, []);
  for (const bad of ['2204', '20244', '2O24', '2l24', '224', '２２０４']) {
    const text = edit(CORRECT, TITLE, `# 某某市某某局${bad}年政府信息公开工作年度报告`);
    const { report, found } = only(text, 'year-mismatch');
    assert.equal(report.year, 2024, bad);
    assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity, f.expected]), [[1, 'error', 2024]], bad);
    assert.equal(slice(report, found[0].range), bad);
    assert.match(found[0].message, /标题中的“.+年”.*统计期限指向 2024 年度/, bad);
    assert.ok(found[0].fix, bad);
    // Written back in the title's own digits: full-width for full-width (brk182 #6).
    assert.equal(core.fixAll(text).text.split('\n')[0], /[０-９]/.test(bad) ? '# 某某市某某局２０２４年政府信息公开工作年度报告' : TITLE, bad);
  }
  const en = core.analyze(edit(CORRECT, TITLE, '# 某某市某某局2O24年政府信息公开工作年度报告'), { locale: 'en' }).findings.filter((f) => f.ruleId === 'year-mismatch');
  assert.match(en[0].message, /The title's “2O24年” has a letter in it/);
});

test('year-mismatch: a garbled title year that is no slip of the report year is reported without a fix', () => {
  // 3917 is no year and no one-key slip of 2024: which year was meant is not certain.
  const { found } = only(edit(CORRECT, TITLE, '# 某某市某某局3917年政府信息公开工作年度报告'), 'year-mismatch');
  assert.deepEqual(found.map((f) => [f.severity, f.expected, f.actual]), [['error', 2024, 3917]]);
  assert.equal(found[0].fix, undefined);
  // A period naming another year than the signature: not certain either (reported, not fixed).
  const split = edit(edit(CORRECT, TITLE, '# 某某市某某局20244年政府信息公开工作年度报告'), '\n2025年1月20日', '\n2024年1月20日');
  const f2 = only(split, 'year-mismatch').found;
  assert.equal(f2.length, 1);
  assert.equal(f2[0].fix, undefined);
});

test('year-mismatch: a plausible title year is still compared as before, and a title without a year gives nothing', () => {
  const wrong = only(edit(CORRECT, TITLE, '# 某某市某某局2023年政府信息公开工作年度报告'), 'year-mismatch').found;
  assert.equal(wrong.length, 1);
  assert.match(wrong[0].message, /标题写的是 2023 年/);
  assert.deepEqual(only(edit(CORRECT, TITLE, '# 某某市某某局政府信息公开工作年度报告'), 'year-mismatch').found, []);
});

test('year-mismatch: a garbled title year beside a publication date in the title is reported and fixed; the date is no report year (brk182 #4)', () => {
  for (const [bad, date] of [['2O24', '（2025年1月20日发布）'], ['20244', '（2025年1月发布）'], ['2l24', '（二〇二五年一月二十日印发）'], ['2204', '（2025年1月20日）']]) {
    const text = edit(CORRECT, TITLE, `# 某某市某某局${bad}年政府信息公开工作年度报告${date}`);
    const { report, found } = only(text, 'year-mismatch');
    assert.equal(report.year, 2024, bad);
    assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity, f.expected]), [[1, 'error', 2024]], bad);
    assert.equal(slice(report, found[0].range), bad);
    assert.doesNotMatch(found[0].message, /标题写的是 2025 年/, bad);
    assert.equal(core.fixAll(text).text.split('\n')[0], `${TITLE}${date}`, bad);
  }
  // A correct title with its publication or revision date: nothing; the title's year is read (2024, not 2025).
  for (const date of ['（2025年1月20日发布）', '（2025年1月修订）', '（二〇二五年一月二十日）']) {
    const { report, found } = only(edit(CORRECT, TITLE, `${TITLE}${date}`), 'year-mismatch');
    assert.deepEqual(found, [], date);
    assert.deepEqual(report.yearEvidence.filter((e) => e.source === 'title').map((e) => e.year), [2024], date);
  }
  // A title naming another report year beside its date is still compared as before.
  const wrong = only(edit(CORRECT, TITLE, `# 某某市某某局2023年政府信息公开工作年度报告（2025年1月20日发布）`), 'year-mismatch').found;
  assert.equal(wrong.length, 1);
  assert.match(wrong[0].message, /标题写的是 2023 年/);
});

test('year-mismatch: a garbled title year in Chinese numerals (二〇二〇四, 二二〇四) is reported and fixed in Chinese numerals; 二O二四 is a year (brk182 #6)', () => {
  for (const [bad, fixed] of [['二〇二〇四', '二〇二四'], ['二零二零四', '二零二四'], ['二二〇四', '二〇二四'], ['二〇四', '二〇二四']]) {
    const text = edit(CORRECT, TITLE, `# 某某市某某局${bad}年政府信息公开工作年度报告`);
    const { report, found } = only(text, 'year-mismatch');
    assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity, f.expected]), [[1, 'error', 2024]], bad);
    assert.equal(slice(report, found[0].range), bad);
    assert.equal(core.fixAll(text).text.split('\n')[0], `# 某某市某某局${fixed}年政府信息公开工作年度报告`, bad);
  }
  for (const good of ['二〇二四', '二O二四', '二o二四', '二零二四', '二0二四', '２０２４']) {
    assert.deepEqual(only(edit(CORRECT, TITLE, `# 某某市某某局${good}年政府信息公开工作年度报告`), 'year-mismatch').found, [], good);
  }
});
