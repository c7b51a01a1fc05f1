// brk106 #18: English wording. "value cells take numbers, and none is 0" stood for 没有发生的填 0 ("0 where nothing
// happened"); counts said "in 1 rows", "1 blank cell(s)", "1 file(s) checked: 1 error(s)"; the 一、总体情况 guidance
// cited "(30号 §1(1))"; completion details showed template ids (表三 R3.5.4, 表二 T2.5: test/lsp/completion-detail).
// Nouns now agree with their counts (core/text/english.ts), and a sweep of every English message of the fixtures and
// examples finds no `(s)`, no "1 rows"-like count and no § citation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, runCli } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const en = (text) => core.checkReport(core.parseReport(text), { locale: 'en' });
const SINGULAR_PLURAL = /\b1 (cells|rows|lines|columns|values|numbers|errors|warnings|notices|files|findings|places|problems|reports)\b|\(s\)|\(es\)|§|none is 0/;

test('words or marks for "none" in one row: "all in row …", and "0 where nothing happened"', () => {
  const text = correct.replace('| 规章           | 0            | 0            | 0            |', '| 规章           | -            | —            | /            |');
  const f = en(text).find((x) => x.ruleId === 'number-invalid');
  assert.equal(f.message, '3 cells of 表二 (all in row “规章”) hold a word or mark such as “-” instead of a number: value cells take numbers only, 0 where nothing happened (the fix writes 0 in them all); they are left out of the sums until then.');
});

test('one blank cell is "1 blank cell"; the guidance of 一 names the circular in English', () => {
  const text = correct.replace('| 二、上年结转政府信息公开申请数量                                         | 2      | 0        |', '| 二、上年结转政府信息公开申请数量                                         | 2      |          |');
  const blank = en(text).find((x) => x.ruleId === 'cell-blank');
  assert.match(blank.message, /has 1 blank cell \(商业企业\)/);
  const lines = correct.split('\n');
  const one = lines.indexOf('## 一、总体情况');
  const empty = [...lines.slice(0, one + 1), '', ...lines.slice(lines.indexOf('## 二、主动公开政府信息情况'))].join('\n');
  const guide = en(empty.replace(/### （[一二三四五]）[^\n]*\n\n[^\n]*\n\n/g, '')).find((x) => x.ruleId === 'section-empty');
  assert.match(guide.message, /\(General Office of the State Council circular 国办公开办函〔2021〕30号, part 一, item （一）\)$/);
});

test('the CLI summary: 1 file checked: 1 error, 1 warning', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-en-'));
  try {
    writeFileSync(join(dir, 'r.nianbao.md'), correct.replace('予以公开24件', '予以公开25件'));
    const r = await runCli(['check', '--locale', 'en', 'r.nianbao.md'], { cwd: dir });
    assert.match(r.stdout, /^1 file checked: 1 error, 1 warning, 0 info$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no English message of the fixtures and examples says (s), "1 rows" and the like, or cites a §', () => {
  const files = (dir) => readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && /\.(md|txt)$/.test(e.name)).map((e) => join(e.parentPath ?? e.path, e.name));
  const bad = [];
  for (const file of [...files(join(ROOT, 'test/fixtures')), ...files(join(ROOT, 'examples'))]) {
    const text = readFileSync(file, 'utf8');
    if (text.length > 200_000) continue;
    for (const f of en(text)) {
      for (const s of [f.message, f.fix?.title.en ?? '', ...(f.related ?? []).map((r) => r.message?.en ?? '')]) {
        if (SINGULAR_PLURAL.test(s)) bad.push(`${file.slice(ROOT.length + 1)} ${f.ruleId}: ${s.slice(0, 160)}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

// brk114 #6: one vocabulary in English. Info findings were "info" in the text summary, "notices" in the Markdown and
// GitHub ones and "notes" in the editor; the Markdown named 表三 "Table 3 (表三)" while the findings say 表三; a CLI
// message named the editor's “New report from template”; section-empty read "The format asks: Main problems and
// improvements: …"; prose-sum wrote "The total is 749 件"; 新收, 上年结转 and 结转下年度 stood without an English gloss.
const SUM_BAL = correct.replace('| 二、上年结转政府信息公开申请数量                                         | 2      | 0        | 0        | 0            | 0            | 0    | 2    |', '| 二、上年结转政府信息公开申请数量                                         | 3      | 0        | 0        | 0            | 0            | 0    | 3    |');

test('brk114 #6: info findings are counted as info in the text, Markdown and GitHub outputs alike, and 表三 is 表三', async () => {
  assert.notEqual(SUM_BAL, correct);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-en-'));
  try {
    writeFileSync(join(dir, 'r.nianbao.md'), SUM_BAL);
    const run = async (format) => (await runCli(['check', '--locale', 'en', '--format', format, 'r.nianbao.md'], { cwd: dir })).stdout;
    assert.match(await run('text'), /^1 file checked: 2 errors, 0 warnings, 1 info$/m);
    const md = await run('markdown');
    assert.match(md, /^1 report checked: ❌ 2 errors, ⚠️ 0 warnings, ℹ️ 1 info$/m);
    assert.match(md, /<summary>ℹ️ Info \(1\)<\/summary>/);
    assert.match(md, /^\| 表三 \| balance: new applications \(新收\) \+ carried over from last year \(上年结转\) = the total \(（七）总计\) \+ carried over to next year \(结转下年度\) \| ❌ \|/m);
    assert.doesNotMatch(md, /notices?\b|Table [234]/i);
    assert.match(await run('github'), /^nianbao: 1 report checked, 2 errors, 0 warnings, 1 info$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('brk114 #6: 新收, 上年结转 and 结转下年度 get their English gloss where a message first names them', () => {
  const bal = en(SUM_BAL).filter((f) => f.ruleId === 'sum-balance');
  assert.equal(bal.length, 2);
  assert.equal(bal.find((f) => f.message.includes('“总计”')).message, '表三 column “总计” does not balance: new applications (新收) 46 + carried over from last year (上年结转) 3 = 49, but （七）总计 47 + carried over to next year (结转下年度) 1 = 48 (difference -1). Check these four cells.');
  // The Chinese message keeps the table's own words.
  const zh = core.checkReport(core.parseReport(SUM_BAL), { locale: 'zh' }).find((f) => f.ruleId === 'sum-balance' && f.message.includes('“总计”列'));
  assert.match(zh.message, /^表三“总计”列勾稽关系不成立：新收 46 \+ 上年结转 3 = 49，而（七）总计 47 \+ 结转下年度 1 = 48/);
});

test('brk114 #6: prose-sum writes the total as a number, without the report\'s unit 件', () => {
  const text = correct.replace('组织业务培训2次、参训48人次。', '组织业务培训2次、参训48人次。共受理政府信息公开申请749件，其中自然人申请741件，法人或其他组织申请18件。');
  const f = en(text).find((x) => x.ruleId === 'prose-sum');
  assert.equal(f.message, 'The total is 749, but its listed parts add up to 741 + 18 = 759 (difference +10).');
  assert.match(core.checkReport(core.parseReport(text), { locale: 'zh' }).find((x) => x.ruleId === 'prose-sum').message, /^总数写为 749件，/);
});

test('brk114 #6: format-outdated names the CLI\'s nianbao new and the editor\'s “New report from template” (zh and en)', () => {
  const check = (text, locale) => core.checkReport(core.parseReport(text), { locale }).filter((f) => f.ruleId === 'format-outdated');
  // A 2022 report wholly in the 2019 format, and a 2020 report wholly in the conventional pre-2019 form.
  const f2019 = core.renderNewReport({ format: '2019', year: 2020, agency: '某某局' }).replaceAll('2020', '2022').replaceAll('2021', '2023');
  const pre = core.renderNewReport({ format: 'pre2019', year: 2018, agency: '某某局' }).replaceAll('2018', '2020').replaceAll('2019', '2021');
  for (const text of [f2019, pre]) {
    const [e] = check(text, 'en'), [z] = check(text, 'zh');
    assert.ok(e && z, text.slice(0, 200));
    assert.match(e.message, /\(the command nianbao new, or the editor's “New report from template”, writes the standard (tables|ones)\)/);
    assert.match(z.message, /（命令行的 nianbao new 或编辑器的“从模板新建年报”可生成标准表格）/);
  }
});

// brk114 #7: the 2019 format's title is 《…年度报告格式（试行）》 (templates.md §3, §4.5 item 12); the 2021 one has no 试行.
test('brk114 #7: a new report cites its format by the format\'s own title: 60号 with （试行）, 30号 without', async () => {
  const intro = (format, year) => core.renderNewReport({ format, year, agency: '某某局' }).split('\n').find((l) => l.startsWith('本报告根据'));
  for (const year of [2019, 2020]) assert.match(intro('2019', year), /和《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）要求编制/);
  for (const year of [2021, 2024]) assert.match(intro('2021', year), /和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制/);
  assert.match(intro('pre2019', 2018), /和有关规定要求编制/);
  const r = await runCli(['new', '--year', '2019', '--agency', '某某局'], { cwd: tmpdir() });
  assert.match(r.stdout, /《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）/);
});

// brk167 #3: English text still in Chinese where the meaning matters: the one-liners of sum-review, sum-balance and
// stock-flow (“表四 per group: 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结”) and the review summary's check names. A clause
// (between : ; . and the like) of three or more Chinese terms that are neither quoted from the report (“…”) nor
// glossed (`new applications (新收)`, `上年结转 (carried over)`) and fewer English words than terms is Chinese only.
const HAN_TERM = /[\u3400-\u9fff（）、，：]*[\u3400-\u9fff][\u3400-\u9fff（）、，：]*/g;
function unglossedClauses(text) {
  let t = text.replace(/“[^”]*”|`[^`]*`|"[^"]*"|《[^》]*》|<!--.*?-->/g, ' ');
  t = t.replace(/[\u3400-\u9fff（）()、\d.]+ \([A-Za-z][^()]*(?:\([^()]*\)[^()]*)*\)/g, ' ');
  t = t.replace(/\([^()]*[\u3400-\u9fff][^()]*\)/g, ' ');
  return t.split(/[:;.?!]\s|[:;.?!]$|, (?:but|while|and|or) /).map((c) => c.trim()).filter((c) => {
    const terms = c.match(HAN_TERM)?.length ?? 0;
    return terms >= 3 && (c.match(/\b[A-Za-z][A-Za-z']+\b/g)?.length ?? 0) < terms;
  });
}

test('brk167 #3: no English one-liner, example note, message or summary check name is a clause of unglossed Chinese terms', async () => {
  // The check itself: the old one-liners are caught, their glossed forms and quoted report text are not.
  assert.deepEqual(unglossedClauses('表四 per group: 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结'), ['总计 ≠ 维持 + 纠正 + 其他 + 尚未审结']);
  assert.equal(unglossedClauses('现行有效件数 ≠ last year\'s 现行有效 + 制发 − 废止').length, 1);
  assert.deepEqual(unglossedClauses('表三 per column: new applications (新收) + carried over from last year (上年结转) ≠ the total (（七）总计) + carried over to next year (结转下年度)'), []);
  assert.deepEqual(unglossedClauses('The prose “行政复议3件、行政诉讼2件、举报1件” contradicts 表四.'), []);
  const bad = [];
  for (const r of core.RULES) {
    for (const s of [r.meta.description.en, r.meta.example?.note?.en ?? '']) for (const c of unglossedClauses(s)) bad.push(`${r.meta.id} (rule): ${c}`);
  }
  const files = (dir) => readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && /\.(md|txt)$/.test(e.name)).map((e) => join(e.parentPath ?? e.path, e.name));
  for (const file of [...files(join(ROOT, 'test/fixtures')), ...files(join(ROOT, 'examples'))]) {
    const text = readFileSync(file, 'utf8');
    if (text.length > 200_000) continue;
    for (const f of en(text)) {
      for (const s of [f.message, f.fix?.title.en ?? '', ...(f.related ?? []).map((r) => r.message?.en ?? '')]) {
        for (const c of unglossedClauses(s)) bad.push(`${file.slice(ROOT.length + 1)} ${f.ruleId}: ${c}`);
      }
    }
  }
  // The review summary's check names (the second column of its table), with last year's report beside this year's.
  for (const target of ['examples', 'test/fixtures/crossyear']) {
    const md = (await runCli(['check', '--locale', 'en', '--format', 'markdown', target])).stdout;
    for (const line of md.split('\n').filter((l) => /^\| 表[二三四] \|/.test(l))) {
      for (const c of unglossedClauses(line.split('|')[2])) bad.push(`${target} summary: ${c}`);
    }
  }
  assert.deepEqual(bad, []);
});
