// Rule docs and the README's rule table are generated from the rule metadata; they must not drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

test('docs/rules and the README rule table match the rule registry (node scripts/rule-docs.mjs --check)', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/rule-docs.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('every rule has complete metadata (zh and en) and a unique kebab-case id', () => {
  const ids = new Set();
  for (const r of core.RULES) {
    const m = r.meta;
    assert.match(m.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(!ids.has(m.id), `duplicate ${m.id}`);
    ids.add(m.id);
    assert.ok(['error', 'warning', 'info', 'hint'].includes(m.defaultSeverity));
    for (const b of [m.description, m.rationale, m.example.note]) assert.ok(b.zh && b.en, `${m.id}: zh and en text`);
  }
});

test('the rule ids of the public contract (rules.md) all exist', () => {
  const contract = ['section-missing', 'section-order', 'section-title', 'ordinal-malformed', 'table-missing', 'table-empty', 'row-missing', 'row-label',
    'column-label', 'cell-count', 'format-mixed', 'format-anachronism', 'template-note', 'number-invalid', 'cell-blank', 'sum-balance', 'sum-results',
    'sum-applicants', 'sum-review', 'prose-table', 'prose-sum', 'prose-percent', 'year-mismatch', 'date-invalid', 'carry-over', 'stock-flow',
    'page-leftover', 'duplicate-word'];
  const ids = core.RULES.map((r) => r.meta.id);
  for (const id of contract) assert.ok(ids.includes(id), id);
});

// brk114 #2, #3: two documented examples, put into a report, gave another rule. A general check of every rule's
// example is not possible (most are fragments or descriptions), so these two are checked on real reports.
const metaOf = (id) => core.RULES.find((r) => r.meta.id === id).meta;
const CORRECT_2024 = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const ruleIds = (text) => core.analyze(text).findings.map((f) => f.ruleId);

test('table-unreadable\'s example, as the 表四 section of the correct 2024 report, gives table-unreadable and nothing else', () => {
  const { bad } = metaOf('table-unreadable').example;
  const from = CORRECT_2024.indexOf('## 四、'), to = CORRECT_2024.indexOf('\n\n全年因政府信息公开被申请行政复议');
  assert.ok(from > 0 && to > from);
  const text = CORRECT_2024.slice(0, from) + bad + CORRECT_2024.slice(to);
  const found = core.analyze(text).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, f.data?.table]), [['table-unreadable', 't4']]);
  assert.match(found[0].message, /表四只读出 3 个数（应为 15 个）/);
  // The old example, a lone `| 1 | 0 | 0 |` for 表四, is no 表四 (table-missing); under 表四's header it is cell-count's.
  assert.deepEqual(ruleIds(CORRECT_2024.slice(0, from) + '## 四、政府信息公开行政复议、行政诉讼情况\n\n| 1 | 0 | 0 |' + CORRECT_2024.slice(to)), ['table-missing']);
  const row = CORRECT_2024.split('\n').find((l) => l.startsWith('| 2        | 0        | 1'));
  assert.deepEqual(ruleIds(CORRECT_2024.replace(row, '| 1 | 0 | 0 |')), ['cell-count']);
});

test('format-outdated\'s example: a 2022 report wholly in the 2019 format gives format-outdated; 表二\'s first block alone, format-mixed', () => {
  const { bad } = metaOf('format-outdated').example;
  assert.match(bad, /2022年度报告，整份按2019年格式/);
  // A 2019-format report (its 表二 with the example's columns and 第二十条第（九）项, its 表三 with one （六）其他处理 row),
  // made a 2022 report that cites the 2021 format.
  const fixture = readFileSync(join(ROOT, 'test', 'fixtures', 'crossyear-pre2019', '某某市某某局2020.md'), 'utf8');
  const text = fixture.replace(/2021年/g, '2023年').replace(/2020年/g, '2022年').replace('国办公开办函〔2019〕60号', '国办公开办函〔2021〕30号');
  const columns = bad.match(/“(本年新制作数量 \| 本年新公开数量 \| 对外公开总数量)”/)[1];
  assert.ok(text.includes(`| ${columns} |`) && text.includes('第二十条第（九）项') && text.includes('| （六）其他处理 |'));
  const report = core.parseReport(text);
  assert.equal(report.year, 2022);
  assert.deepEqual(ruleIds(text), ['format-outdated']);
  // Only 第二十条第（一）项's block in the 2019 columns of a 2022 report (the old example): format-mixed, not format-outdated
  // (and cell-count's error for the 2021 columns the block lacks, brk146 #3).
  const base = CORRECT_2024.replace(/2024年/g, '2022年').replace(/2025年/g, '2023年');
  const block = base.slice(base.indexOf('| 信息内容'), base.indexOf('\n\n', base.indexOf('| 信息内容')));
  const old = '| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n| --- | --- | --- | --- |\n| 规章 | 0 | 0 | 0 |\n| 规范性文件 | 2 | 2 | 15 |';
  const mixed = ruleIds(base.replace(block, old));
  assert.ok(mixed.includes('format-mixed') && mixed.every((id) => id === 'format-mixed' || id === 'cell-count'), mixed.join());
  assert.equal(mixed.filter((id) => id === 'cell-count').length, 1, mixed.join());
});

// brk138 #2: unused-disable-directive is set, linked (SARIF helpUri, GitLab, the editor) and listed like a rule, but had
// no docs page: every link to it was a 404.
test('unused-disable-directive has a docs page like a rule\'s, listed in the index, and its example gives the finding', () => {
  const meta = core.UNUSED_DISABLE_META;
  assert.equal(meta.id, core.UNUSED_DISABLE);
  const page = readFileSync(join(ROOT, 'docs', 'rules', `${meta.id}.md`), 'utf8');
  assert.match(page, /--report-unused-disable/);
  assert.match(page, /`off`/);
  assert.match(readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8'), /\[`unused-disable-directive`\]\(unused-disable-directive\.md\) \| off \|/);
  assert.equal(core.docsUrl(meta.id), `${core.DOCS_BASE}${meta.id}.md`);
  // The example's comment above the correct report's own sentence of 新收 and 结转: it has nothing to suppress.
  const [comment, sentence] = meta.example.bad.split('\n');
  const row = CORRECT_2024.split('\n').find((l) => l.startsWith(sentence.slice(0, -1)));
  const text = CORRECT_2024.replace(row, `${comment}\n${row}`);
  assert.deepEqual(core.checkReport(core.parseReport(CORRECT_2024), { reportUnusedDisable: true }).map((f) => f.ruleId), []);
  const found = core.checkReport(core.parseReport(text), { reportUnusedDisable: true });
  assert.deepEqual(found.map((f) => [f.ruleId, f.severity, f.range.start.line]), [['unused-disable-directive', 'warning', CORRECT_2024.split('\n').indexOf(row)]]);
});

// brk138 #10: the README's rule table is headed "What it catches" in both languages; it gave the Chinese only.
test('the README\'s rule table describes each rule in Chinese and English', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const r of core.RULES) assert.ok(readme.includes(`${r.meta.description.zh} / ${r.meta.description.en} |`), r.meta.id);
});
