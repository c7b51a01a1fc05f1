// prose 其中 lists that split the count before them, numbers of more than 15 digits, the 汇编's Markdown summary, and
// where the fixes insert a missing 五 and 表四 (found by breaker28).
// breaker28 findings 4, 7, 8 and 9 (/work/breaker28-files/findings.md), on examples/correct-2024.nianbao.md
// (某某市某某局 2024: 新收 46, 上年结转 2, 办结 47, 予以公开 24) with the breaker's wordings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { core, edit, only, ROOT, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const T3_PROSE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
/** The example with its 表三 paragraph replaced by `prose`. */
const withProse = (prose) => edit(CORRECT, T3_PROSE, prose);
const percents = (text) => only(text, 'prose-percent').found.map((f) => [f.actual, f.expected]);
const channelSums = (text) => only(text, 'prose-table').found.filter((f) => /列举的各种方式提交的申请合计/.test(f.message)).map((f) => [f.actual, f.expected, f.severity]);

// ------------------------------------------------------------------------ finding 4: wordings not read

const F15 = '全年共受理政府信息公开申请48件（含上年结转2件），已办结47件。其中予以公开24件，占61.1%。从申请方式看，网上申请44件、信函申请6件。';

test('4: a sentence-opening 其中 of 办理结果 splits the 办结 count ending the sentence before, even after 受理48件 (its share is of 47)', () => {
  const text = withProse(F15);
  const found = only(text, 'prose-percent').found;
  assert.equal(found.length, 1);
  assert.equal(found[0].message, '比率写为 61.1%，但 24 / 47 = 51.1%。请核对比率或这两个数字。');
  // The right figure is no finding.
  assert.deepEqual(percents(withProse(F15.replace('61.1%', '51.1%'))), []);
  // A 其中 that is no 办理结果 may split either count (受理48件 or 办结47件): the whole is uncertain, nothing is said.
  assert.deepEqual(percents(withProse('全年共受理政府信息公开申请48件（含上年结转2件），已办结47件。其中自然人申请24件，占61.1%。')), []);
  // Nor when the count ending the sentence before is not of the applications concluded.
  assert.deepEqual(percents(withProse('全年共受理政府信息公开申请48件（含上年结转2件），上年结转2件，新收46件。其中予以公开24件，占61.1%。')), []);
});

test('4: a list of 办理结果 opening the next sentence adds up against the 办结 count before it (prose-sum)', () => {
  const text = withProse('全年共受理政府信息公开申请48件（含上年结转2件），已办结47件。其中予以公开25件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件。');
  const found = only(text, 'prose-sum').found;
  assert.equal(found.length, 1);
  assert.deepEqual([found[0].actual, found[0].expected], [47, 48]);
});

test('4: a breakdown by ways of applying after sentences that only go on about the same applications splits the count before them', () => {
  // F/15: 44 + 6 = 50 > 新收 46 and > 新收 + 上年结转 48, with a sentence of 办理结果 between.
  assert.deepEqual(channelSums(withProse(F15)), [[50, 46, 'error']]);
  // Up to 48 they may be of 新收 + 上年结转: nothing.
  assert.deepEqual(channelSums(withProse(F15.replace('信函申请6件', '信函申请4件'))), []);
  // Two sentences between, each only about those applications.
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件。已办结47件。其中予以公开24件。从申请方式看，网上申请44件、信函申请6件。')), [[50, 46, 'error']]);
  // A sentence between that counts something else (咨询): which count the breakdown splits is not known.
  assert.deepEqual(channelSums(withProse('全年共受理政府信息公开申请48件（含上年结转2件）。全年接待群众咨询300件。从申请方式看，网上申请44件、信函申请6件。')), []);
  assert.deepEqual(channelSums(withProse('全年共受理政府信息公开申请48件（含上年结转2件）。市长信箱收到来信120件，办结120件。从申请方式看，网上申请44件、信函申请6件。')), []);
});

// ------------------------------------------------------------------------ finding 7: numbers past 2^53

test('7: a cell of more than 15 digits is number-invalid and left out of the sums; no message shows a number not in the text', () => {
  const ROW = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
  // The breaker's row: 9007199254740993 + 3 + 0 + 1 + 2 + 0 = 9007199254740999, right as written, but not in doubles.
  const text = edit(CORRECT, ROW, ROW.replace('| 40     |', '| 9007199254740993 |').replace('| 46   |', '| 9007199254740999 |'));
  const { findings } = core.analyze(text);
  const invalid = findings.filter((f) => f.ruleId === 'number-invalid');
  assert.deepEqual(invalid.map((f) => f.message), ['9007199254740993', '9007199254740999'].map((n) =>
    `表三“一、本年新收政府信息公开申请数量”中的“${n}”位数过多（整数部分超过 15 位），不可能是件数或金额，也无法精确计算，多为误贴的证件号等编号：请填写表格应有的数字，此格不计入合计。`));
  assert.ok(invalid.every((f) => f.severity === 'error' && !f.fix));
  // No sum is computed with the rounded values (sum-applicants said 9007199254740998 ≠ 9007199254741000).
  assert.deepEqual(findings.filter((f) => /^sum-|prose-table/.test(f.ruleId)).map((f) => f.message), []);
  // Every long number a message shows is one the text holds.
  for (const f of findings) for (const n of f.message.match(/\d{16,}/g) ?? []) assert.ok(text.includes(n), `${f.ruleId}: ${n} is not in the text`);
  // 15 digits are still read as a number (and summed exactly).
  const fifteen = edit(CORRECT, ROW, ROW.replace('| 40     |', '| 999999999999993 |').replace('| 46   |', '| 999999999999999 |'));
  assert.deepEqual(core.analyze(fifteen).findings.filter((f) => f.ruleId === 'number-invalid' || f.ruleId === 'sum-applicants'), []);
});

test('7: in the prose, a number of more than 15 digits is no count: nothing is compared or printed rounded', () => {
  const text = withProse(T3_PROSE.replace('新收政府信息公开申请46件', '新收政府信息公开申请9007199254740993件'));
  const found = core.analyze(text).findings.filter((f) => f.category === 'prose' || /^prose-/.test(f.ruleId));
  assert.deepEqual(found.map((f) => f.message), []);
  // 15 digits are still a count, compared with 表三 (46) and printed as written.
  const fifteen = only(withProse(T3_PROSE.replace('新收政府信息公开申请46件', '新收政府信息公开申请999999999999999件')), 'prose-table').found;
  assert.deepEqual(fifteen.map((f) => f.actual), [999999999999999]);
});

// ------------------------------------------------------------------------ finding 8: where report 1 starts

test('8: the Markdown summary of a 汇编 says report 1 starts at its title (below the cover and contents), as report-multiple does', async () => {
  const second = CORRECT.replace(/某某市某某局/g, '某某市教育局');
  const cover = '# 某某市2024年政府信息公开工作年度报告汇编\n\n目录\n\n某某市某某局2024年政府信息公开工作年度报告……1\n某某市教育局2024年政府信息公开工作年度报告……5\n\n';
  const text = `${cover}${CORRECT}\n${second}`;
  const titleLine = text.split('\n').indexOf('# 某某市某某局2024年政府信息公开工作年度报告') + 1;
  const secondLine = text.split('\n').indexOf('# 某某市教育局2024年政府信息公开工作年度报告') + 1;
  assert.equal(titleLine, 8);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-b28-'));
  writeFileSync(join(dir, 'compiled.md'), text);
  const md = (await runCli(['check', '--format', 'markdown', 'compiled.md'], { cwd: dir })).stdout;
  assert.ok(md.includes(`**第 1 份：某某市某某局2024年政府信息公开工作年度报告**（第 ${titleLine} 行起）`), md);
  assert.ok(md.includes(`**第 2 份：某某市教育局2024年政府信息公开工作年度报告**（第 ${secondLine} 行起）`), md);
  const plain = (await runCli(['check', 'compiled.md'], { cwd: dir })).stdout;
  assert.ok(plain.includes(`第 ${secondLine} 行起是第 2 份（某某市教育局），与第 ${titleLine} 行起的第一份不是同一机关`), plain);
  // The parts' spans are unchanged: the cover belongs to report 1 (its findings are summed with it).
  const parts = core.reportParts(core.parseReport(text));
  assert.deepEqual(parts.map((p) => [p.startLine, p.titleLine]), [[0, titleLine - 1], [secondLine - 1, secondLine - 1]]);
});

// ------------------------------------------------------------------------ finding 9: 表四 and 五 both missing

test('9: without 表四 and the 五 heading, the fixes put 五 above its paragraph (not above 六) and the table between single blank lines', () => {
  const lines = CORRECT.split('\n');
  const four = lines.indexOf('## 四、政府信息公开行政复议、行政诉讼情况');
  const five = lines.indexOf('## 五、存在的主要问题及改进情况');
  const review = lines.findIndex((l) => l.startsWith('全年因政府信息公开被申请行政复议3件'));
  // The breaker's file: 四's table gone (two blank lines left under its heading), 五's heading gone, its text under 四.
  const broken = [...lines.slice(0, four + 1), '', '', ...lines.slice(review, five), ...lines.slice(five + 2)].join('\n');
  const found = core.analyze(broken).findings.filter((f) => f.ruleId === 'section-missing');
  assert.equal(found.length, 1);
  const at = broken.split('\n').findIndex((l) => l.startsWith('政策解读的形式还不够丰富'));
  assert.equal(found[0].range.start.line, at);
  assert.equal(found[0].message, `缺少“五、存在的主要问题及改进情况”部分（国办公开办函〔2021〕30号格式规定的第5部分）。其内容似乎从第 ${at + 1} 行“政策解读的形式还不够丰富。2025年将增…”开始（上一部分自身的文字之后），却没有标题。修复会在第 ${at + 1} 行之前插入“五、存在的主要问题及改进情况”，请核对。`);
  const { text } = core.fixAll(broken);
  const out = text.split('\n');
  // 五 heads its own paragraph; 四 keeps its own sentence, under the inserted table.
  const h5 = out.indexOf('## 五、存在的主要问题及改进情况');
  assert.deepEqual(out.slice(h5, h5 + 5).map((l) => l.slice(0, 12)), ['## 五、存在的主要问题', '', '政策解读的形式还不够丰富', '', '## 六、其他需要报告的']);
  const h4 = out.indexOf('## 四、政府信息公开行政复议、行政诉讼情况');
  assert.equal(out[h4 + 1], '');
  assert.ok(out[h4 + 2].startsWith('| 行政复议'), out[h4 + 2]);
  const after = out.findIndex((l, i) => i > h4 + 2 && !l.startsWith('|'));
  assert.deepEqual(out.slice(after, after + 3).map((l) => l.slice(0, 12)), ['', '全年因政府信息公开被申请', '']);
  // No text lost: every non-blank line of the input is in the output, in order.
  const kept = broken.split('\n').filter((l) => l.trim());
  let j = 0;
  for (const l of out) if (j < kept.length && l === kept[j]) j++;
  assert.equal(j, kept.length);
  // The re-check: only the blank 表四 to fill in (no section-empty under 五).
  assert.deepEqual(core.analyze(text).findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId), ['table-empty']);
});

test('9: the inserted table replaces the blank lines under a heading, so one blank line stands on each side', () => {
  const lines = CORRECT.split('\n');
  const four = lines.indexOf('## 四、政府信息公开行政复议、行政诉讼情况');
  const review = lines.findIndex((l) => l.startsWith('全年因政府信息公开被申请行政复议3件'));
  for (const blanks of [[], [''], ['', '', '  ']]) {
    const broken = [...lines.slice(0, four + 1), ...blanks, ...lines.slice(review)].join('\n');
    const f = core.analyze(broken).findings.find((x) => x.ruleId === 'table-missing');
    const fixed = core.applyFixes(broken, f.fix.edits).text.split('\n');
    const end = fixed.findIndex((l, i) => i > four + 1 && !l.startsWith('|'));
    assert.deepEqual([fixed[four + 1], fixed[end], fixed[end + 1].slice(0, 8)], ['', '', '全年因政府信息公'], JSON.stringify(blanks));
  }
});

// ------------------------------------------------------------------------ finding 11: the carry-over example

test('11: carry-over\'s example is a 2024 row that adds up by itself but differs from 2023\'s column by column, and its caption is not said twice', () => {
  const meta = core.RULES.find((r) => r.meta.id === 'carry-over').meta;
  const [last, now] = meta.example.bad.split('\n').map((l) => l.slice(l.indexOf('|')));
  const cells = (row) => row.split('|').slice(2, -1).map((c) => Number(c.trim()));
  // Each row adds up by itself (its six applicant columns give its 总计).
  for (const row of [last, now]) {
    const v = cells(row);
    assert.equal(v.slice(0, 6).reduce((a, b) => a + b, 0), v[6], row);
  }
  // Checked for real: the 2023 report's 结转下年度 row and the 2024 report's 上年结转 row from the example.
  const ROW2 = CORRECT.split('\n').find((l) => l.startsWith('| 二、上年结转政府信息公开申请数量'));
  const ROW4 = CORRECT.split('\n').find((l) => l.startsWith('| 四、结转下年度继续办理'));
  const previous = core.parseReport(edit(CORRECT, ROW4, last).replace(/2024年/g, '2023年').replace(/2025年/g, '2024年'));
  assert.equal(previous.year, 2023);
  const { findings } = core.analyze(edit(CORRECT, ROW2, now), { previous });
  const carry = findings.filter((f) => f.ruleId === 'carry-over');
  assert.deepEqual(carry.map((f) => [f.expected, f.actual]), [[118, 110], [3, 2], [121, 112]]);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'sum-applicants'), []);
  // The generated page does not repeat a caption that reads alike in both languages (`121 ≠ 112 — 121 ≠ 112`).
  for (const r of core.RULES) {
    const page = readFileSync(join(ROOT, 'docs', 'rules', `${r.meta.id}.md`), 'utf8');
    // The caption follows the example's code block, whose fence is longer than any backtick run in the example.
    const section = page.split('## 示例 Example')[1].split('\n## 配置 Configuration')[0];
    const fence = section.match(/^(`{3,})text$/m)[1];
    const caption = section.slice(section.indexOf(`\n${fence}\n`, section.indexOf(`${fence}text`) + fence.length) + fence.length + 2).trim();
    const { zh, en } = r.meta.example.note;
    assert.equal(caption, zh === en ? zh : `${zh} — ${en}`, r.meta.id);
  }
  assert.ok(!/121 ≠ 112 — 121 ≠ 112/.test(readFileSync(join(ROOT, 'docs', 'rules', 'carry-over.md'), 'utf8')));
});

// ------------------------------------------------------------------------ finding 10: Format Selection, as documented

test('10: Format Selection (a range) aligns each table it touches as a whole, and nothing else, as docs/editor.md says', () => {
  const lines = CORRECT.split('\n');
  // 表三 squeezed (its cells' padding dropped), and 表二 too: the selection is two data rows in the middle of 表三.
  const squeeze = (l) => (l.startsWith('|') ? l.replace(/ +\|/g, ' |').replace(/\| +/g, '| ') : l);
  const t3 = lines.indexOf('## 三、收到和处理政府信息公开申请情况');
  const text = lines.map(squeeze).join('\n');
  const from = t3 + 10, to = t3 + 12;
  const edits = core.formatPipeTables(text, { start: { line: from, character: 3 }, end: { line: to, character: 1 } });
  const changed = edits.map((e) => e.range.start.line);
  // Rows above the selection (表三's header and first rows) change with it; 表二 and the text do not.
  const t3Rows = lines.map((l, i) => [l, i]).filter(([l, i]) => i > t3 && i < lines.indexOf('## 四、政府信息公开行政复议、行政诉讼情况') && l.startsWith('|')).map(([, i]) => i);
  assert.ok(changed.some((i) => i < from), 'rows above the selection are aligned with it');
  assert.ok(changed.every((i) => t3Rows.includes(i)), 'only 表三 is changed');
  const doc = readFileSync(join(ROOT, 'docs', 'editor.md'), 'utf8');
  assert.match(doc, /Format Selection aligns every table the selection touches, as a whole/);
});
